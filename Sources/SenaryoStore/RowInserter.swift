import GRDB
import GRDBSQLite
import SenaryoEngine

/// One prepared INSERT executed row after row, its parameters bound through SQLite's C API.
///
/// GRDB's `StatementArguments` boxes every value in an existential array; for the two million
/// lines of a national budget that boxing, not SQLite, was most of the load's write time.
/// Values are bound in column order with `bind`, then `insert()` runs the row.
struct RowInserter {
    private let statement: Statement
    private let db: Database
    private var column: Int32 = 1

    init(_ db: Database, sql: String) throws {
        self.db = db
        self.statement = try db.makeStatement(sql: sql)
    }

    private var handle: OpaquePointer { statement.sqliteStatement }

    mutating func bind(_ text: String?) {
        defer { column += 1 }
        guard var text else { sqlite3_bind_null(handle, column); return }
        text.withUTF8 { bytes in
            _ = sqlite3_bind_text(handle, column, UnsafeRawPointer(bytes.baseAddress!).assumingMemoryBound(to: CChar.self),
                                  Int32(bytes.count), Self.transient)
        }
    }

    mutating func bind(_ number: Int?) {
        defer { column += 1 }
        guard let number else { sqlite3_bind_null(handle, column); return }
        sqlite3_bind_int64(handle, column, Int64(number))
    }

    /// Exact decimals are stored as their plain text, as everywhere in the workspace.
    mutating func bind(_ decimal: ExactDecimal?) {
        bind(decimal?.description)
    }

    /// Runs the row bound so far and readies the statement for the next.
    mutating func insert() throws {
        let code = sqlite3_step(handle)
        column = 1
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)),
                                sql: statement.sql)
        }
    }

    /// SQLite copies the bytes before `bind` returns (SQLITE_TRANSIENT).
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}
