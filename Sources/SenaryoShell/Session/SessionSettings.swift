import SenaryoEngine

/// Everything `settings` changes: the figure settings commands and plugins compute with, and
/// the session's own display choices, which no figure depends on.
public struct SessionSettings: Sendable, Hashable {
    public var figures: FigureSettings
    /// Whether output longer than the terminal goes through a pager (`settings pager`).
    public var pagesLongOutput: Bool
    /// How long an `sql` query may run, in seconds (`settings sql-timeout`).
    public var sqlTimeout: Double

    public init(figures: FigureSettings = .standard, pagesLongOutput: Bool = true, sqlTimeout: Double = Shell.defaultSQLTimeout) {
        self.figures = figures
        self.pagesLongOutput = pagesLongOutput
        self.sqlTimeout = sqlTimeout
    }

    public static let standard = SessionSettings()
}
