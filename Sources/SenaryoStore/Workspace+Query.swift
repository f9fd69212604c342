import GRDB

/// The result of a read-only SQL query: column names and rows of SQLite values.
public struct QueryResult: Sendable {
    public enum Cell: Sendable, Equatable {
        case null
        case integer(Int64)
        case real(Double)
        case text(String)
    }

    public var columns: [String]
    public var rows: [[Cell]]
    /// Whether more rows were left out than `limit` allowed.
    public var truncated: Bool
}

extension Workspace {
    /// Runs one read-only SQL statement over the workspace (`sql` in the shell). The statement
    /// runs in a read-only transaction: anything that would write fails with SQLite's own error.
    public func query(_ sql: String, limit: Int? = nil) throws -> QueryResult {
        try writer.read { db in
            let statement = try db.makeStatement(sql: sql)
            guard statement.isReadonly else { throw DatabaseError(resultCode: .SQLITE_READONLY, message: "sql is read-only: only SELECT, WITH and read-only PRAGMA statements run") }
            let columns = statement.columnNames
            var rows: [[QueryResult.Cell]] = []
            var truncated = false
            let cursor = try Row.fetchCursor(statement)
            while let row = try cursor.next() {
                if let limit, rows.count >= limit { truncated = true; break }
                rows.append((0..<columns.count).map { index in
                    switch row[index] as DatabaseValue? {
                    case nil: return .null
                    case let value?:
                        switch value.storage {
                        case .null: return .null
                        case .int64(let number): return .integer(number)
                        case .double(let number): return .real(number)
                        case .string(let text): return .text(text)
                        case .blob(let data): return .text("<\(data.count) bytes>")
                        }
                    }
                })
            }
            return QueryResult(columns: columns, rows: rows, truncated: truncated)
        }
    }
}
