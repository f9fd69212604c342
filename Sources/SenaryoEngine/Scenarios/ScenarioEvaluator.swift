/// A dataset as a scenario sees it: the baseline with the scenario's operations applied, plus
/// what operations declare without changing data (ceilings, an inflation path).
public struct ScenarioResult: Sendable {
    public var dataset: Dataset
    public var ceilings: [BudgetCeiling] = []
    public var inflation: [YearRate] = []
    /// `code|year` of indicators whose year-end is a forecast.
    public var forecasts: Set<String> = []

    public init(dataset: Dataset) {
        self.dataset = dataset
    }

    public func isForecast(_ indicator: Indicator) -> Bool {
        forecasts.contains("\(indicator.code)|\(indicator.year)")
    }

    /// The amount in prices of the year before the inflation path starts (real terms):
    /// nominal / Π(1 + inflation) over the path's years up to `year`. Nil without a path.
    public func real(_ amount: ExactDecimal, year: Int) -> ExactDecimal? {
        // Prices of the year before the path: earlier years would need inflation the path does not give.
        guard let first = inflation.first, year >= first.year - 1 else { return nil }
        var deflator = ExactDecimal(1)
        for step in inflation where step.year <= year {
            deflator = deflator * (ExactDecimal(1) + step.rate.divided(by: .hundred)!)
        }
        return amount.divided(by: deflator, scale: 2, rule: .halfUp)
    }
}

/// A declared spending ceiling and how far the budget is above it.
public struct BudgetCeiling: Sendable, Hashable {
    public var year: Int
    public var classification: Classification
    public var amount: ExactDecimal

    public init(year: Int, classification: Classification, amount: ExactDecimal) {
        self.year = year
        self.classification = classification
        self.amount = amount
    }
}

/// A scenario operation that cannot be applied to this baseline.
public struct ScenarioError: Error, Sendable, CustomStringConvertible, Equatable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Applies operations to a baseline: a pure function, so every figure of any scenario is
/// derived exactly as for a loaded dataset, and replaying the same operations gives the same result.
public enum ScenarioEvaluator {
    public static func apply(_ operations: [ScenarioOperation], to baseline: Dataset) throws(ScenarioError) -> ScenarioResult {
        var result = ScenarioResult(dataset: baseline)
        for (index, operation) in operations.enumerated() {
            do {
                try apply(operation, to: &result)
            } catch {
                throw ScenarioError("operation \(index + 1) (\(operation.summary)): \(error.message)")
            }
        }
        return result
    }

    /// The result with one more operation applied (errors name no operation number).
    public static func applying(_ operation: ScenarioOperation, to result: ScenarioResult) throws(ScenarioError) -> ScenarioResult {
        var copy = result
        try apply(operation, to: &copy)
        return copy
    }

    /// One operation. An arithmetic overflow while applying it is this operation's error (the
    /// figures it would give do not fit in 38 digits), never a crash or a wrong figure.
    static func apply(_ operation: ScenarioOperation, to result: inout ScenarioResult) throws(ScenarioError) {
        let ((), overflow) = try ExactDecimal.withOverflowCheck { () throws(ScenarioError) in try applyUnchecked(operation, to: &result) }
        if let overflow { throw ScenarioError(overflow.description) }
    }

    private static func applyUnchecked(_ operation: ScenarioOperation, to result: inout ScenarioResult) throws(ScenarioError) {
        switch operation {
        case let .setTarget(selection, change):
            try changeIndicators(selection, in: &result.dataset) { indicator in
                guard let value = change.apply(to: indicator.target) else {
                    throw ScenarioError("\(indicator.code) has no target to change by \(change)")
                }
                try checkRange(value, "target", of: indicator)
                indicator.target = value
            }
        case let .setActual(selection, change):
            try changeIndicators(selection, in: &result.dataset) { indicator in
                guard let value = change.apply(to: indicator.actual ?? IndicatorFigures.aggregate(indicator.quarters, indicator.effectiveAggregation)) else {
                    throw ScenarioError("\(indicator.code) has no actual to change by \(change)")
                }
                try checkRange(value, "actual", of: indicator)
                indicator.actual = value
            }
        case let .setWeight(code, year, weight):
            let selection = IndicatorSelection(codes: [code], year: year)
            try changeIndicators(selection, in: &result.dataset) { $0.weightPct = weight }
        case let .forecast(selection, method):
            var forecasts: [String] = []
            try changeIndicators(selection, in: &result.dataset) { indicator in
                indicator.actual = try Forecasting.yearEnd(indicator, method)
                forecasts.append("\(indicator.code)|\(indicator.year)")
            }
            result.forecasts.formUnion(forecasts)
        case let .growBudget(growth):
            try BudgetScenarios.grow(growth, in: &result.dataset)
        case let .scaleBudget(year, classification, total, holds, rounding):
            try BudgetScenarios.scale(year: year, classification: classification, to: total, holds: holds, rounding: rounding,
                                      in: &result.dataset)
        case let .transfer(year, classification, amount, from, to):
            try BudgetScenarios.transfer(amount, from: from, to: to, year: year, classification: classification, in: &result.dataset)
        case let .ceiling(year, classification, amount):
            result.ceilings.removeAll { $0.year == year && $0.classification == classification }
            result.ceilings.append(BudgetCeiling(year: year, classification: classification, amount: amount))
        case let .inflation(path):
            var byYear = Dictionary(result.inflation.map { ($0.year, $0) }, uniquingKeysWith: { $1 })
            for step in path { byYear[step.year] = step }
            result.inflation = byYear.values.sorted { $0.year < $1.year }
        }
    }

    /// A value an operation gives an indicator must be one a dataset could hold
    /// (`ExactDecimal.supportedLimit`): figures derived from it then stay within 38 digits.
    static func checkRange(_ value: ExactDecimal, _ what: String, of indicator: Indicator) throws(ScenarioError) {
        guard value.isWithinSupportedRange else {
            throw ScenarioError("\(indicator.code): the new \(what) is beyond the supported range (below 10^24 in magnitude)")
        }
    }

    /// Runs `change` on every selected indicator; selecting none is an error (a replay on new
    /// data that no longer has the indicator must say so, not silently do nothing).
    static func changeIndicators(_ selection: IndicatorSelection, in dataset: inout Dataset,
                                 _ change: (inout Indicator) throws -> Void) throws(ScenarioError) {
        var goalCodes: Set<String>?
        if let goal = selection.goal {
            guard dataset.goals.contains(where: { $0.code == goal }) else { throw ScenarioError("no goal \(goal) in \(dataset.id)") }
            goalCodes = Hierarchy.descendants(of: goal, in: dataset.goals, key: \.code, parent: \.parent)
        }
        for code in selection.codes where !dataset.indicators.contains(where: { $0.code == code }) {
            throw ScenarioError("no indicator \(code) in \(dataset.id)")
        }
        var matched = 0
        for index in dataset.indicators.indices where selection.matches(dataset.indicators[index], goalCodes: goalCodes) {
            do {
                try change(&dataset.indicators[index])
            } catch let error as ScenarioError {
                throw error
            } catch {
                throw ScenarioError("\(error)")
            }
            matched += 1
        }
        if matched == 0 { throw ScenarioError("no indicator matches \(selection)") }
    }
}
