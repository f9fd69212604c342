/// One performance indicator in one monitoring year (indicators.csv).
public struct Indicator: Sendable, Hashable {
    public var code: String
    public var goal: String?
    public var year: Int
    public var name: String
    public var unit: String?
    public var direction: Direction
    /// How the quarters make the year-end, as the file declares it; nil when the cell is empty.
    /// Kept apart from the default (`effectiveAggregation`) because an undeclared rule is a
    /// guess: the audit then tries every rule instead of holding the report to `last`.
    public var aggregation: Aggregation?
    /// Hedefe Etkisi: the share of its objective, percent.
    public var weightPct: ExactDecimal?
    /// A: the plan-period starting value.
    public var baseline: ExactDecimal?
    public var baselineYear: Int?
    /// B: the year-end target.
    public var target: ExactDecimal?
    /// Q1...Q4 as reported; a missing quarter is nil.
    public var quarters: [ExactDecimal?]
    /// C: the year-end realised value.
    public var actual: ExactDecimal?
    public var reportedRatePct: ExactDecimal?
    public var reportedStatus: String?
    public var responsible: String?
    public var source: String?
    public var extra: ExtraFields

    public init(code: String, goal: String? = nil, year: Int, name: String, unit: String? = nil,
                direction: Direction = .increase, aggregation: Aggregation? = nil, weightPct: ExactDecimal? = nil,
                baseline: ExactDecimal? = nil, baselineYear: Int? = nil, target: ExactDecimal? = nil,
                quarters: [ExactDecimal?] = [nil, nil, nil, nil], actual: ExactDecimal? = nil,
                reportedRatePct: ExactDecimal? = nil, reportedStatus: String? = nil, responsible: String? = nil,
                source: String? = nil, extra: ExtraFields = .none) {
        precondition(quarters.count == 4, "an indicator has four quarters")
        self.code = code
        self.goal = goal
        self.year = year
        self.name = name
        self.unit = unit
        self.direction = direction
        self.aggregation = aggregation
        self.weightPct = weightPct
        self.baseline = baseline
        self.baselineYear = baselineYear
        self.target = target
        self.quarters = quarters
        self.actual = actual
        self.reportedRatePct = reportedRatePct
        self.reportedStatus = reportedStatus
        self.responsible = responsible
        self.source = source
        self.extra = extra
    }

    /// The rule figures use: the declared one, else `Aggregation.default` (`last`).
    public var effectiveAggregation: Aggregation { aggregation ?? .default }
}
