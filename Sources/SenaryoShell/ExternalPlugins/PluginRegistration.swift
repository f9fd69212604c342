import Foundation
import SenaryoPluginProtocol
import SenaryoStore

/// Registering external plugins in the workspace: describe once, cache the signatures.
enum PluginRegistration {
    /// Describes the plugin in `path` and stores it. Returns the record stored.
    static func register(path: String, in workspace: Workspace, timeout: TimeInterval) throws -> (PluginRecord, PluginLaunch, [CommandSignature]) {
        let launch = try PluginLaunch.forFile(path)
        let file = launch.arguments.first ?? launch.executable
        let (hello, signatures) = try PluginHost.describe(launch, label: (file as NSString).lastPathComponent, timeout: timeout)
        guard let name = hello.name, DatasetManifestName.isValid(name) else {
            throw PluginFault(message: "plugin \(file) gave no valid name in its handshake (lowercase letters, digits and -)")
        }
        try validate(signatures, plugin: name)
        let attributes = (try? FileManager.default.attributesOfItem(atPath: file)) ?? [:]
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let record = PluginRecord(
            name: name, path: file, launch: String(decoding: try encoder.encode(launch), as: UTF8.self),
            protocolVersion: hello.protocol ?? PluginProtocol.version, version: hello.version,
            signatures: String(decoding: try encoder.encode(signatures), as: UTF8.self),
            fileSize: (attributes[.size] as? Int) ?? 0,
            fileModified: (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0,
            addedAt: Shell.timestamp())
        try workspace.savePlugin(record)
        return (record, launch, signatures)
    }

    static func decode(_ record: PluginRecord) throws(PluginFault) -> (PluginLaunch, [CommandSignature]) {
        guard let launch = try? JSONDecoder().decode(PluginLaunch.self, from: Data(record.launch.utf8)),
              let signatures = try? JSONDecoder().decode([CommandSignature].self, from: Data(record.signatures.utf8)) else {
            throw PluginFault(message: "its registry entry cannot be read")
        }
        guard record.protocolVersion == PluginProtocol.version else {
            throw PluginFault(message: "it was registered for plugin protocol \(record.protocolVersion), this Senaryo speaks \(PluginProtocol.version)")
        }
        guard FileManager.default.fileExists(atPath: record.path) else { throw PluginFault(message: "its file \(record.path) is gone") }
        // Entries cached before a rule existed are checked again, so a bad one is skipped, not run.
        try validate(signatures, plugin: record.name)
        return (launch, signatures)
    }

    /// The rules a declaration must follow before the shell builds commands from it: valid
    /// names, each command once, and each argument or option name once within a command.
    static func validate(_ signatures: [CommandSignature], plugin name: String) throws(PluginFault) {
        var commands: Set<String> = []
        for signature in signatures {
            guard DatasetManifestName.isValid(signature.name) else {
                throw PluginFault(message: "plugin \(name) declares a command named \"\(signature.name)\" (expected lowercase letters, digits and -)")
            }
            guard commands.insert(signature.name).inserted else {
                throw PluginFault(message: "plugin \(name) declares the command \(signature.name) twice")
            }
            var names: Set<String> = []
            for argument in (signature.arguments ?? []).map(\.name) + (signature.options ?? []).map(\.name) {
                guard !argument.isEmpty else { throw PluginFault(message: "plugin \(name)'s command \(signature.name) declares an argument without a name") }
                guard names.insert(argument).inserted else {
                    throw PluginFault(message: "plugin \(name)'s command \(signature.name) declares the argument or option \"\(argument)\" twice")
                }
            }
        }
    }

    /// Plugin files in the folders of SENARYO_PLUGIN_PATH that are new or changed since they were
    /// described are described and cached now; the rest start from the cache. Problems are
    /// returned as warnings, never fatal.
    static func discover(_ folders: [String], in workspace: Workspace, timeout: TimeInterval) -> [String] {
        var warnings: [String] = []
        let known = (try? workspace.plugins()) ?? []
        for folder in folders where !folder.isEmpty {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { continue }
            for name in names.sorted() where !name.hasPrefix(".") && !name.hasPrefix("test_") {
                let path = URL(fileURLWithPath: folder).appendingPathComponent(name).standardizedFileURL.path
                let isPlugin = name.hasSuffix(".py") || (FileManager.default.isExecutableFile(atPath: path) && !isDirectory(path))
                guard isPlugin else { continue }
                let attributes = (try? FileManager.default.attributesOfItem(atPath: path)) ?? [:]
                let size = (attributes[.size] as? Int) ?? 0
                let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
                if known.contains(where: { $0.path == path && $0.fileSize == size && $0.fileModified == modified }) { continue }
                do { _ = try register(path: path, in: workspace, timeout: timeout) } catch {
                    warnings.append("plugin \(path) from SENARYO_PLUGIN_PATH is skipped: \(error)")
                }
            }
        }
        return warnings
    }

    private static func isDirectory(_ path: String) -> Bool {
        var flag: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &flag) && flag.boolValue
    }
}

/// Plugin and command names follow the dataset id rule: lowercase letters, digits and `-`.
enum DatasetManifestName {
    static func isValid(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
    }
}
