import SenaryoEngine

/// What a command produces: tables, records and messages, in order. The shell renders them
/// as an aligned table, CSV, JSON or Markdown; commands never format text for a terminal.
public struct CommandOutput: Sendable {
    public var blocks: [OutputBlock]
    /// Set when the command ran but its verdict is a failure (`check` found errors): the shell
    /// prints the output, then this message as an error, and a script stops there.
    public var failure: String?
    /// Operations for the shell to append to the scenario in use. Plugins never write the
    /// workspace: they propose operations, and the shell checks, applies and stores them.
    public var operations: [ScenarioOperation]
    /// Files for the shell to write (see `FileRequest`).
    public var files: [FileRequest]

    public init(_ blocks: [OutputBlock] = [], failure: String? = nil, operations: [ScenarioOperation] = [], files: [FileRequest] = []) {
        self.blocks = blocks
        self.failure = failure
        self.operations = operations
        self.files = files
    }

    public static let empty = CommandOutput()

    public static func message(_ text: String) -> CommandOutput { CommandOutput([.message(text)]) }
    public static func table(_ table: Table) -> CommandOutput { CommandOutput([.table(table)]) }
}

public enum OutputBlock: Sendable {
    /// A table of rows.
    case table(Table)
    /// One item's fields, shown as `field  value` lines (a JSON object in JSON).
    case record(Record)
    /// A line for people. In CSV and JSON output it goes to standard error, keeping stdout parseable.
    case message(String)
    /// Text that is the output itself (an exported script), written to stdout as it is in every format.
    case text(String)
    /// A drawing for people (a chart): shown in table and Markdown output, left out of CSV and JSON.
    case drawing(String)
    /// The data behind a drawing: written in CSV and JSON output only.
    case data(Table)
}

/// A table: typed cells, so each output format writes numbers its own exact way.
public struct Table: Sendable {
    public var columns: [Column]
    public var rows: [[Value]]
    /// Rows shown under a rule in a table (totals); in CSV, JSON and spreadsheets they follow the
    /// rows, so a table with a footer marks its rows in a column of their own (`kind`: `line`
    /// or `total`) for a script or a spreadsheet to tell them apart before summing.
    public var footer: [[Value]]
    /// Shown above the table in table and Markdown output.
    public var title: String?
    /// Shown under the table in table and Markdown output (e.g. "3 of 58 indicators").
    public var caption: String?

    public init(columns: [Column], rows: [[Value]] = [], footer: [[Value]] = [], title: String? = nil, caption: String? = nil) {
        self.columns = columns
        self.rows = rows
        self.footer = footer
        self.title = title
        self.caption = caption
    }
}

public struct Column: Sendable {
    /// The machine name: the JSON key and CSV header (`reported_rate_pct`).
    public var key: String
    /// What people read in the table header (`stated %`).
    public var header: String
    /// Whether the human table shows it (machine formats always include every column).
    public var isShownInTable: Bool
    /// Decimals a table shows at least (money: 2). Machine formats always print the exact value.
    public var minimumDecimals: Int?
    /// A table cuts longer text to this many columns (with …); machine formats never cut.
    public var maximumWidth: Int?
    /// Decimals a table rounds to (percentages); machine formats print the exact value.
    public var displayDecimals: Int?
    /// Whether a terminal too narrow for the whole table may hide this column (see `Importance`).
    public var importance: Importance
    /// A table wraps this column's long text onto more lines instead of cutting it with …
    /// (explanations a planner must read whole, such as `check`'s messages).
    public var wraps: Bool

    /// How much a column matters when the terminal is too narrow for the whole table: `detail`
    /// columns are hidden first, then `normal` ones, the rightmost first; `essential` ones (what
    /// identifies a row and its key figures) always stay. Machine formats never hide anything.
    public enum Importance: Int, Sendable, Comparable {
        case detail, normal, essential

        public static func < (lhs: Importance, rhs: Importance) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public init(_ key: String, header: String? = nil, isShownInTable: Bool = true, minimumDecimals: Int? = nil,
                maximumWidth: Int? = nil, displayDecimals: Int? = nil, importance: Importance = .normal, wraps: Bool = false) {
        self.key = key
        self.header = header ?? key
        self.isShownInTable = isShownInTable
        self.minimumDecimals = minimumDecimals
        self.maximumWidth = maximumWidth
        self.displayDecimals = displayDecimals
        self.importance = importance
        self.wraps = wraps
    }

    /// The same column with another importance: `Column("code").importance(.essential)`.
    public func importance(_ importance: Importance) -> Column {
        var column = self
        column.importance = importance
        return column
    }

    /// A derived percentage: exact in CSV and JSON, rounded to `decimals` in tables.
    public static func percent(_ key: String, header: String, decimals: Int, isShownInTable: Bool = true,
                               importance: Importance = .normal) -> Column {
        Column(key, header: header, isShownInTable: isShownInTable, displayDecimals: decimals, importance: importance)
    }
}

/// One cell.
public enum Value: Sendable, Equatable {
    case text(String)
    case integer(Int)
    case decimal(ExactDecimal)
    /// A percentage: exact in CSV, JSON and spreadsheets, rounded to `decimals` when shown to people
    /// (for a column that mixes percentages with amounts, where a column-wide rounding cannot apply).
    case percent(ExactDecimal, decimals: Int)
    /// Text shown indented by `depth` levels in a table (a tree), plain elsewhere.
    case indented(String, depth: Int)
    case missing

    public static func optional(_ value: ExactDecimal?) -> Value { value.map(Value.decimal) ?? .missing }
    public static func optional(_ value: String?) -> Value { value.map(Value.text) ?? .missing }
    public static func optional(_ value: Int?) -> Value { value.map(Value.integer) ?? .missing }
    /// A derived figure: its exact value (trailing zeros dropped), or missing when undefined.
    public static func outcome(_ outcome: Outcome) -> Value { outcome.value.map { .decimal($0.normalized) } ?? .missing }

    public var isNumeric: Bool {
        switch self {
        case .integer, .decimal, .percent: true
        default: false
        }
    }
}

/// One item's fields, in order.
public struct Record: Sendable {
    public var title: String
    public var fields: [(key: String, label: String, value: Value)]

    public init(title: String, fields: [(key: String, label: String, value: Value)]) {
        self.title = title
        self.fields = fields
    }
}
