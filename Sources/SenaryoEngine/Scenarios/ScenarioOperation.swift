/// One declared change of a scenario. Scenarios are ordered lists of these, applied to an
/// untouched baseline; each is data (Codable), so it can be stored, shown, swept and exported.
public enum ScenarioOperation: Sendable, Hashable, Codable {
    /// Change indicator targets (B).
    case setTarget(IndicatorSelection, ValueChange)
    /// Change indicator actuals (C).
    case setActual(IndicatorSelection, ValueChange)
    /// Change an indicator's weight in its objective.
    case setWeight(code: String, year: Int?, weight: ExactDecimal)
    /// Forecast year-end values from the quarters known so far.
    case forecast(IndicatorSelection, Forecast)
    /// Next year's (or several years') appropriations grown from a base year.
    case growBudget(BudgetGrowth)
    /// Scale a year's lines so that their total reaches an amount, holding some lines fixed.
    case scaleBudget(year: Int, classification: Classification, total: ExactDecimal, holds: [String], rounding: ExactDecimal?)
    /// Move appropriation between two lines during a year; the total stays the same.
    case transfer(year: Int, classification: Classification, amount: ExactDecimal, from: String, to: String)
    /// A spending ceiling for a year (ödenek teklif tavanı); the excess is listed, nothing is cut.
    case ceiling(year: Int, classification: Classification, amount: ExactDecimal)
    /// An inflation path, percent per year, for real (deflated) amounts.
    case inflation([YearRate])

    /// The names of the numbers `sweep` and `simulate` may vary in this operation.
    public var parameterNames: [String] {
        switch self {
        case .setTarget(_, let change): change.isParametric ? ["target"] : []
        case .setActual(_, let change): change.isParametric ? ["actual"] : []
        case .setWeight: ["weight"]
        case .forecast: []
        case .growBudget: ["growth"]
        case .scaleBudget: ["total"]
        case .transfer: ["transfer"]
        case .ceiling: ["ceiling"]
        case .inflation: ["inflation"]
        }
    }

    /// The same operation with the named parameter replaced (a uniform rate for paths).
    public func with(_ parameter: String, _ value: ExactDecimal) -> ScenarioOperation {
        switch (self, parameter) {
        case let (.setTarget(selection, change), "target"):
            return .setTarget(selection, change.with(value))
        case let (.setActual(selection, change), "actual"):
            return .setActual(selection, change.with(value))
        case let (.setWeight(code, year, _), "weight"):
            return .setWeight(code: code, year: year, weight: value)
        case (.growBudget(var growth), "growth"):
            growth.rate = value
            return .growBudget(growth)
        case let (.scaleBudget(year, classification, _, holds, rounding), "total"):
            return .scaleBudget(year: year, classification: classification, total: value, holds: holds, rounding: rounding)
        case let (.transfer(year, classification, _, from, to), "transfer"):
            return .transfer(year: year, classification: classification, amount: value, from: from, to: to)
        case let (.ceiling(year, classification, _), "ceiling"):
            return .ceiling(year: year, classification: classification, amount: value)
        case let (.inflation(path), "inflation"):
            return .inflation(path.map { YearRate(year: $0.year, rate: value) })
        default:
            return self
        }
    }

    /// One line saying what it does, for `scenario show`.
    public var summary: String {
        switch self {
        case let .setTarget(selection, change): "target of \(selection) \(change)"
        case let .setActual(selection, change): "actual of \(selection) \(change)"
        case let .setWeight(code, year, weight): "weight of \(code)\(year.map { " (\($0))" } ?? "") = \(weight)"
        case let .forecast(selection, forecast): "forecast \(selection) by \(forecast)"
        case let .growBudget(growth): growth.summary
        case let .scaleBudget(year, classification, total, holds, rounding):
            "scale \(year) \(classification.rawValue) to \(total)" + (holds.isEmpty ? "" : " holding \(holds.joined(separator: ", "))")
                + (rounding.map { ", rounded to \($0)" } ?? "")
        case let .transfer(year, classification, amount, from, to): "transfer \(amount) from \(from) to \(to) (\(year) \(classification.rawValue))"
        case let .ceiling(year, classification, amount): "ceiling \(amount) for \(year) \(classification.rawValue)"
        case let .inflation(path): "inflation " + path.map { "\($0.year): \($0.rate)%" }.joined(separator: ", ")
        }
    }
}

/// A year and a percentage rate.
public struct YearRate: Sendable, Hashable, Codable {
    public var year: Int
    public var rate: ExactDecimal
    public init(year: Int, rate: ExactDecimal) {
        self.year = year
        self.rate = rate
    }
}

/// How a value changes: to an amount, by a percentage, or by an amount.
public enum ValueChange: Sendable, Hashable, Codable, CustomStringConvertible {
    case to(ExactDecimal)
    case byPercent(ExactDecimal)
    case by(ExactDecimal)

    public func apply(to value: ExactDecimal?) -> ExactDecimal? {
        switch self {
        case .to(let new): return new
        case .byPercent(let percent):
            guard let value else { return nil }
            return (value + (value * percent).divided(by: .hundred)!).normalized
        case .by(let amount):
            guard let value else { return nil }
            return value + amount
        }
    }

    var isParametric: Bool { true }

    func with(_ value: ExactDecimal) -> ValueChange {
        switch self {
        case .to: .to(value)
        case .byPercent: .byPercent(value)
        case .by: .by(value)
        }
    }

    public var description: String {
        switch self {
        case .to(let value): "= \(value)"
        case .byPercent(let percent): percent.isNegative ? "\(percent)%" : "+\(percent)%"
        case .by(let amount): amount.isNegative ? "\(amount)" : "+\(amount)"
        }
    }
}

/// Which indicators an operation touches.
public struct IndicatorSelection: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Indicator codes; empty means no restriction by code.
    public var codes: [String]
    /// Only indicators of this goal or any goal below it.
    public var goal: String?
    /// Only this monitoring year.
    public var year: Int?
    /// Only indicators whose code starts with this.
    public var prefix: String?

    public init(codes: [String] = [], goal: String? = nil, year: Int? = nil, prefix: String? = nil) {
        self.codes = codes
        self.goal = goal
        self.year = year
        self.prefix = prefix
    }

    public var description: String {
        var parts: [String] = []
        if !codes.isEmpty { parts.append(codes.joined(separator: ", ")) }
        if let goal { parts.append("indicators of \(goal)") }
        if let prefix { parts.append("codes \(prefix)*") }
        if parts.isEmpty { parts.append("all indicators") }
        if let year { parts.append("in \(year)") }
        return parts.joined(separator: " ")
    }

    /// Whether `indicator` is selected; `goalCodes` is the goal and its descendants.
    public func matches(_ indicator: Indicator, goalCodes: Set<String>?) -> Bool {
        if !codes.isEmpty && !codes.contains(indicator.code) { return false }
        if let year, indicator.year != year { return false }
        if let prefix, !TurkishText.hasPrefix(indicator.code, prefix) { return false }
        if let goalCodes, !(indicator.goal.map(goalCodes.contains) ?? false) { return false }
        return true
    }
}

/// How a forecast extends the known quarters to the year end.
public enum Forecast: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The known quarters continue at their average pace.
    case runRate(knownQuarters: Int?)
    /// A least-squares line through the known quarters, extended to Q4.
    case linearTrend(knownQuarters: Int?)
    /// The known quarters' share of the year in a profile (quarterly values of another year).
    case seasonal(knownQuarters: Int?, profile: [ExactDecimal])

    public var knownQuarters: Int? {
        switch self {
        case .runRate(let n), .linearTrend(let n), .seasonal(let n, _): n
        }
    }

    public var description: String {
        let known = knownQuarters.map { " from Q1–Q\($0)" } ?? ""
        switch self {
        case .runRate: return "run-rate" + known
        case .linearTrend: return "linear trend" + known
        case .seasonal(_, let profile): return "seasonal profile (\(profile.map(\.description).joined(separator: ", ")))" + known
        }
    }
}
