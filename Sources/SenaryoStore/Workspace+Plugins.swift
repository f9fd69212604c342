import GRDB

/// An external plugin as registered in the workspace. The launch and signatures are protocol
/// JSON the store keeps as it was given.
public struct PluginRecord: Sendable, Hashable {
    public var name: String
    /// The plugin file as registered (absolute).
    public var path: String
    /// How to start it (JSON).
    public var launch: String
    public var protocolVersion: Int
    public var version: String?
    /// The commands `describe` returned (JSON).
    public var signatures: String
    /// The file's size and modification time at registration: a changed file is described anew.
    public var fileSize: Int
    public var fileModified: Double
    public var addedAt: String

    public init(name: String, path: String, launch: String, protocolVersion: Int, version: String?, signatures: String,
                fileSize: Int, fileModified: Double, addedAt: String) {
        self.name = name
        self.path = path
        self.launch = launch
        self.protocolVersion = protocolVersion
        self.version = version
        self.signatures = signatures
        self.fileSize = fileSize
        self.fileModified = fileModified
        self.addedAt = addedAt
    }
}

extension Workspace {
    public func plugins() throws -> [PluginRecord] {
        try writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM plugin ORDER BY name").map { row in
                PluginRecord(name: row["name"], path: row["path"], launch: row["launch"], protocolVersion: row["protocol"],
                             version: row["version"], signatures: row["signatures"], fileSize: row["file_size"],
                             fileModified: row["file_modified"], addedAt: row["added_at"])
            }
        }
    }

    /// Registers or re-registers (same name) a plugin.
    public func savePlugin(_ plugin: PluginRecord) throws {
        try writer.write { db in
            try db.execute(sql: """
                INSERT INTO plugin (name, path, launch, protocol, version, signatures, file_size, file_modified, added_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(name) DO UPDATE SET path = excluded.path, launch = excluded.launch, protocol = excluded.protocol,
                    version = excluded.version, signatures = excluded.signatures, file_size = excluded.file_size,
                    file_modified = excluded.file_modified
                """, arguments: [plugin.name, plugin.path, plugin.launch, plugin.protocolVersion, plugin.version, plugin.signatures,
                                 plugin.fileSize, plugin.fileModified, plugin.addedAt])
        }
    }

    @discardableResult
    public func removePlugin(_ name: String) throws -> Bool {
        try writer.write { db in
            try db.execute(sql: "DELETE FROM plugin WHERE name = ?", arguments: [name])
            return db.changesCount > 0
        }
    }
}
