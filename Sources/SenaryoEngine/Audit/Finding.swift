/// One place where a report's stated figure disagrees with what its own numbers give.
public struct Finding: Sendable, Hashable {
    public enum Severity: String, Sendable, CaseIterable, Comparable {
        /// The stated value is wrong: no rounding or known method gives it.
        case error
        /// Explainable but worth a look: another formula, a status from a rounded rate,
        /// weights not totalling 100, a slip in the last digit.
        case warning
        /// Harmless: the report truncated instead of rounding.
        case note

        private var rank: Int { Self.allCases.firstIndex(of: self)! }
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    public var severity: Severity
    /// The file the row is in: `indicators.csv`, `budget.csv`, `series.csv`.
    public var table: String
    /// The row's key, as a person reads it: `PP4 2021`, `2021 economic 6`.
    public var key: String
    /// The column whose stated value is questioned.
    public var column: String
    public var stated: String?
    public var derived: String?
    public var message: String

    public init(_ severity: Severity, table: String, key: String, column: String, stated: String?, derived: String?, message: String) {
        self.severity = severity
        self.table = table
        self.key = key
        self.column = column
        self.stated = stated
        self.derived = derived
        self.message = message
    }
}
