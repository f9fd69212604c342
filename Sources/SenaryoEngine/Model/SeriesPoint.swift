/// One value of a numeric time series the report states (series.csv).
public struct SeriesPoint: Sendable, Hashable {
    /// A dotted id: `budget.total.revised`.
    public var series: String
    public var name: String
    public var unit: String?
    public var year: Int
    /// `Q1`...`Q4`, a month `2021-03`, or nil for the year.
    public var period: String?
    public var value: ExactDecimal
    public var reportedChangePct: ExactDecimal?
    public var source: String?
    public var extra: ExtraFields

    public init(series: String, name: String, unit: String? = nil, year: Int, period: String? = nil,
                value: ExactDecimal, reportedChangePct: ExactDecimal? = nil, source: String? = nil,
                extra: ExtraFields = .none) {
        self.series = series
        self.name = name
        self.unit = unit
        self.year = year
        self.period = period
        self.value = value
        self.reportedChangePct = reportedChangePct
        self.source = source
        self.extra = extra
    }
}
