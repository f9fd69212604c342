/// An output a sweep or simulation reports for each run: a budget total, a count of
/// indicators below the partial band, a goal's performance, an indicator's rate.
public enum ScenarioMetric: Sendable, Hashable, CustomStringConvertible {
    /// The total of the latest budget year (or `year`): revised where stated, else initial.
    case total(year: Int?, real: Bool)
    /// The total minus the ceiling declared for that year.
    case excess(year: Int?)
    /// How many indicators of the dataset's year are "not reached".
    case belowPartial
    /// A goal's roll-up performance, percent.
    case goal(String)
    /// An indicator's rate, percent.
    case indicator(String)

    /// `total`, `total.real`, `total:2023`, `excess`, `below80`, `goal:H1.2`, `indicator:PP16`.
    public init?(_ text: String) {
        let parts = text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        guard let name = parts.first, !name.isEmpty else { return nil }
        let argument = parts.count > 1 ? parts[1] : nil
        // A year, when one is given, must be one: "total:abc" is a mistake, not the latest year.
        var year: Int?
        if ["total", "total.real", "excess"].contains(name), let argument {
            guard argument.count == 4, let value = Int(argument) else { return nil }
            year = value
        }
        switch name {
        case "total": self = .total(year: year, real: false)
        case "total.real": self = .total(year: year, real: true)
        case "excess": self = .excess(year: year)
        case "below80", "not-reached": self = .belowPartial
        case "goal", "objective": guard let argument, !argument.isEmpty else { return nil }; self = .goal(argument)
        case "indicator": guard let argument, !argument.isEmpty else { return nil }; self = .indicator(argument)
        default: return nil
        }
    }

    public static let syntax = "total, total.real, total:YEAR, excess, below80, goal:CODE, indicator:CODE"

    public var description: String {
        switch self {
        case let .total(year, real): (real ? "total.real" : "total") + (year.map { ":\($0)" } ?? "")
        case .excess(let year): "excess" + (year.map { ":\($0)" } ?? "")
        case .belowPartial: "below80"
        case .goal(let code): "goal:\(code)"
        case .indicator(let code): "indicator:\(code)"
        }
    }

    /// Whether its values are percentages that fall in status bands.
    public var isRate: Bool {
        switch self {
        case .goal, .indicator: true
        default: false
        }
    }

    public func value(in result: ScenarioResult, settings: FigureSettings) -> ExactDecimal? {
        value(in: result, settings: settings) { Self.total(result.dataset, year: $0) }
    }

    /// The value, with budget totals from `total` (which a sweep remembers between points).
    func value(in result: ScenarioResult, settings: FigureSettings, total: (Int?) -> (Int, ExactDecimal)?) -> ExactDecimal? {
        let dataset = result.dataset
        switch self {
        case let .total(year, real):
            guard let (y, amount) = total(year) else { return nil }
            return real ? result.real(amount, year: y) : amount
        case .excess(let year):
            guard let (y, amount) = total(year),
                  let ceiling = result.ceilings.first(where: { $0.year == y }) else { return nil }
            return amount - ceiling.amount
        case .belowPartial:
            let year = dataset.manifest.year
            return ExactDecimal(dataset.indicators.filter { year == nil || $0.year == year }
                .filter { IndicatorFigures($0, kind: dataset.manifest.kind, settings: settings).status == .notReached }.count)
        case .goal(let code):
            let rollups = GoalRollup.all(goals: dataset.goals, indicators: dataset.indicators, year: dataset.manifest.year,
                                         kind: dataset.manifest.kind, settings: settings)
            return rollups[code]?.performance.value
        case .indicator(let code):
            let year = dataset.manifest.year
            guard let indicator = dataset.indicators.first(where: { $0.code == code && (year == nil || $0.year == year) })
                ?? dataset.indicators.first(where: { $0.code == code }) else { return nil }
            return IndicatorFigures(indicator, kind: dataset.manifest.kind, settings: settings).rate.value
        }
    }

    /// The budget total of `year` (default: the latest year) on the first classification.
    static func total(_ dataset: Dataset, year: Int?) -> (Int, ExactDecimal)? {
        guard let chosen = year ?? dataset.budget.map(\.year).max() else { return nil }
        guard let total = BudgetAnalysis.firstGroupTotal(of: dataset.budget.filter { $0.year == chosen }, amounts: [.revised, .initial]),
              let amount = total.revised ?? total.initial else { return nil }
        return (chosen, amount)
    }
}
