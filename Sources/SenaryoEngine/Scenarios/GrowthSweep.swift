import Dispatch
import Synchronization

/// A sweep or simulation compiled for its commonest shape: an overall growth rate (and
/// inflation or ceilings after it) varied, budget totals reported.
///
/// Evaluated point by point, each point grows and copies the whole budget and then analyses
/// the year it reports on. Here nothing that does not depend on the parameters is done twice:
/// the operations before the growth run once, the growth is compiled once (`GrowthPlan`),
/// each distinct rate grows only the base year's lines and totals only the year reported
/// (both cores, one rate each), and each point then only deflates or compares that total.
/// The values are those of the general evaluation, digit for digit (tested side by side).
struct GrowthSweep {
    private let baseline: Dataset
    private let operations: [ScenarioOperation]
    private let growthIndex: Int
    /// (operation index, parameter) of each swept parameter, as `Exploration.bind` gives them.
    private let bindings: [(index: Int, parameter: String)]
    private let metrics: [ScenarioMetric]
    private let settings: FigureSettings

    /// Nil when the sweep has another shape: then every point is evaluated in full.
    init?(baseline: Dataset, operations: [ScenarioOperation], bindings: [(index: Int, parameter: String)],
          metrics: [ScenarioMetric], settings: FigureSettings) {
        guard let growth = bindings.first(where: { $0.parameter == "growth" }),
              case .growBudget = operations[growth.index] else { return nil }
        // Everything after the growth only declares what totals are compared with.
        guard operations[(growth.index + 1)...].allSatisfy({ !$0.changesData }),
              bindings.allSatisfy({ $0.index == growth.index ? $0.parameter == "growth" : $0.index > growth.index }),
              metrics.allSatisfy({ if case .total = $0 { true } else if case .excess = $0 { true } else { false } })
        else { return nil }
        self.baseline = baseline
        self.operations = operations
        self.growthIndex = growth.index
        self.bindings = bindings
        self.metrics = metrics
        self.settings = settings
    }

    /// Each point's metric values; nil when some point cannot be evaluated (the general
    /// evaluation then gives the error, worded as always).
    func evaluate(_ points: [[ExactDecimal]], isCancelled: @Sendable () -> Bool) -> [[ExactDecimal?]]? {
        guard case .growBudget(let growth) = operations[growthIndex] else { return nil }
        guard let before = try? ScenarioEvaluator.apply(Array(operations[..<growthIndex]), to: baseline),
              let plan = try? GrowthPlan(growth, budget: before.dataset.budget) else { return nil }
        let growthParameter = bindings.firstIndex { $0.index == growthIndex }!

        // The years the metrics report on: as given, else the latest year of the grown budget.
        let latest = max(before.dataset.budget.lazy.map(\.year).max() ?? growth.toYear, growth.toYear)
        let years = Set(metrics.map { metric -> Int in
            switch metric {
            case let .total(year, _), let .excess(year): year ?? latest
            default: latest
            }
        })
        let kept = Dictionary(grouping: plan.keptLines(in: years), by: \.year)
        let grownYears = Array((growth.fromYear + 1)...growth.toYear)

        // A reported year that growth fills alone totals its grown amounts through one shape;
        // any other year's total does not depend on the rate: it is worked out once.
        let base = plan.baseLines
        let shape = GroupTotalShape(codes: base.map(\.code), parents: base.map(\.parent))
        var fixedTotals: [Int: ExactDecimal?] = [:]
        let varying = years.filter { grownYears.contains($0) && (kept[$0] ?? []).isEmpty }
        if varying.count < years.count, let first = points.first {
            let grown = plan.grownLines(rate: first[growthParameter])
            for year in years where !varying.contains(year) {
                let total = BudgetAnalysis.firstGroupTotal(of: (kept[year] ?? []) + grown.filter { $0.year == year }, amounts: [.revised, .initial])
                fixedTotals[year] = total.flatMap { $0.revised ?? $0.initial }
            }
        }

        // One total per distinct rate and year, the rates shared out over the cores.
        var distinct: [ExactDecimal] = []
        var rateIndex: [ExactDecimal: Int] = [:]
        for point in points where rateIndex[point[growthParameter]] == nil {
            rateIndex[point[growthParameter]] = distinct.count
            distinct.append(point[growthParameter])
        }
        let rates = distinct
        let fixed = fixedTotals
        let totals = Mutex([[Int: ExactDecimal?]](repeating: [:], count: rates.count))
        let scope = OverflowScope.current
        DispatchQueue.concurrentPerform(iterations: rates.count) { position in scope.enter {
            if isCancelled() { return }
            var byYear = fixed
            if !varying.isEmpty {
                let amounts = plan.grownAmounts(rate: rates[position])
                for year in varying {
                    let yearAmounts = amounts[grownYears.firstIndex(of: year)!]
                    // Grown lines state only `initial`: the revised total is missing, so the
                    // initial one is reported, as for any budget without revised amounts.
                    byYear[year] = shape.total { yearAmounts[$0] }
                }
            }
            totals.withLock { $0[position] = byYear }
        } }
        if isCancelled() { return nil }
        let totalsByRate = totals.withLock { $0 }

        // Each point: the declarations after the growth with its parameters, then its values.
        var values: [[ExactDecimal?]] = []
        values.reserveCapacity(points.count)
        for point in points {
            var result = before
            for index in (growthIndex + 1)..<operations.count {
                var operation = operations[index]
                for (parameter, binding) in bindings.enumerated() where binding.index == index {
                    operation = operation.with(binding.parameter, point[parameter])
                }
                guard (try? ScenarioEvaluator.apply(operation, to: &result)) != nil else { return nil }
            }
            let byYear = totalsByRate[rateIndex[point[growthParameter]]!]
            values.append(metrics.map { metric in
                metric.value(in: result, settings: settings) { year in
                    let chosen = year ?? latest
                    guard let total = byYear[chosen] ?? nil else { return nil }
                    return (chosen, total)
                }
            })
        }
        return values
    }
}
