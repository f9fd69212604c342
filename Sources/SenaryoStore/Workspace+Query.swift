import Foundation
import GRDB
import GRDBSQLite

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

/// Why a query stopped before its end.
public enum QueryStop: Error, Sendable, Equatable {
    /// It ran longer than its time limit (seconds).
    case timedOut(TimeInterval)
    /// The user pressed Ctrl-C.
    case interrupted
    /// It tried to attach another database file (`sql` sees the workspace only).
    case attachRefused
}

extension Workspace {
    /// Runs one read-only SQL statement over the workspace (`sql` in the shell). The statement
    /// runs in a read-only transaction: anything that would write fails with SQLite's own error.
    ///
    /// A runaway statement (a recursive CTE without end) is stopped: SQLite calls back every
    /// few thousand instructions, and the query ends with `QueryStop` once `timeout` seconds
    /// have passed or `isCancelled` says so. ATTACH is refused (the connection may hold no other
    /// database while the query runs), so no other file is created, read or kept attached.
    public func query(_ sql: String, limit: Int? = nil, timeout: TimeInterval? = nil,
                      isCancelled: @escaping @Sendable () -> Bool = { false }) throws -> QueryResult {
        let watch = QueryWatch(deadline: timeout.map { Date().addingTimeInterval($0) }, isCancelled: isCancelled)
        return try writer.read { db in
            let connection = db.sqliteConnection
            // GRDB owns the connection's one authorizer, so ATTACH is refused with a limit instead.
            let attachedLimit = sqlite3_limit(connection, SQLITE_LIMIT_ATTACHED, 0)
            sqlite3_progress_handler(connection, 10_000, { context in
                Unmanaged<QueryWatch>.fromOpaque(context!).takeUnretainedValue().shouldStop() ? 1 : 0
            }, Unmanaged.passUnretained(watch).toOpaque())
            defer {
                sqlite3_progress_handler(connection, 0, nil, nil)
                sqlite3_limit(connection, SQLITE_LIMIT_ATTACHED, attachedLimit)
            }
            do {
                return try Self.run(sql, limit: limit, in: db, watch: watch)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_INTERRUPT {
                throw watch.isCancelled() ? QueryStop.interrupted : QueryStop.timedOut(timeout ?? 0)
            } catch let error as DatabaseError where error.message?.hasPrefix("too many attached databases") == true {
                throw QueryStop.attachRefused
            }
        }
    }

    private static func run(_ sql: String, limit: Int?, in db: Database, watch: QueryWatch) throws -> QueryResult {
        let statement = try db.makeStatement(sql: sql)
        guard statement.isReadonly else { throw DatabaseError(resultCode: .SQLITE_READONLY, message: "sql is read-only: only SELECT, WITH and read-only PRAGMA statements run") }
        let columns = statement.columnNames
        var rows: [[QueryResult.Cell]] = []
        var truncated = false
        let cursor = try Row.fetchCursor(statement)
        while let row = try cursor.next() {
            if let limit, rows.count >= limit { truncated = true; break }
            // Rows that come fast run few instructions each: the time limit is checked here too.
            if rows.count % 1024 == 1023, watch.shouldStop() { throw DatabaseError(resultCode: .SQLITE_INTERRUPT) }
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

/// What a running query's progress callback asks: past the deadline, or cancelled?
private final class QueryWatch: Sendable {
    let deadline: Date?
    let isCancelled: @Sendable () -> Bool

    init(deadline: Date?, isCancelled: @escaping @Sendable () -> Bool) {
        self.deadline = deadline
        self.isCancelled = isCancelled
    }

    func shouldStop() -> Bool {
        isCancelled() || deadline.map { Date() >= $0 } == true
    }
}
