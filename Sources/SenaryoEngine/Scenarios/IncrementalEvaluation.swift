/// Evaluates many variants of one chain of operations that differ only in the operations at a
/// few positions (a sweep's or simulation's parameters, a goal seek's rate).
///
/// Re-running the whole chain for every variant repeats the work of the operations before the
/// first one that changed. This keeps the result just before each varying position (a
/// checkpoint) and restarts from the latest one still valid, so a 50 × 20 sweep of growth ×
/// inflation grows the budget 50 times, not 1 000, and deflates a total 1 000 times. Results
/// are those of `ScenarioEvaluator.apply`, operation for operation.
public struct IncrementalEvaluation: Sendable {
    public let baseline: Dataset
    /// Positions whose operation may differ between calls: a checkpoint is kept before each.
    private let varying: Set<Int>
    private var operations: [ScenarioOperation] = []
    private var checkpoints: [Int: ScenarioResult] = [:]
    /// Growths compiled against the checkpoint before their position: while that checkpoint
    /// stands, a growth that differs only in its overall rate reuses the plan.
    private var plans: [Int: GrowthPlan] = [:]
    /// False when the last `evaluate` re-applied only operations that change no data (a
    /// ceiling, an inflation path): the dataset is then the same as the call before's.
    public private(set) var dataMayHaveChanged = true

    public init(baseline: Dataset, varying positions: some Sequence<Int>) {
        self.baseline = baseline
        self.varying = Set(positions)
    }

    /// The chain's result; errors name the operation as `ScenarioEvaluator.apply` does.
    public mutating func evaluate(_ chain: [ScenarioOperation]) throws(ScenarioError) -> ScenarioResult {
        // The first position whose operation is not the one evaluated last time.
        var firstChanged = 0
        while firstChanged < min(chain.count, operations.count), chain[firstChanged] == operations[firstChanged] { firstChanged += 1 }
        if operations.isEmpty { firstChanged = 0 }
        checkpoints = checkpoints.filter { $0.key <= firstChanged }
        let start = checkpoints.keys.max() ?? 0
        plans = plans.filter { $0.key <= start }
        var result = start == 0 ? (checkpoints[0] ?? ScenarioResult(dataset: baseline)) : checkpoints[start]!
        operations = []  // until this call succeeds, nothing evaluated is trusted
        dataMayHaveChanged = false
        for index in start..<chain.count {
            if varying.contains(index) { checkpoints[index] = result }
            let operation = chain[index]
            if operation.changesData { dataMayHaveChanged = true }
            do throws(ScenarioError) {
                if varying.contains(index), case .growBudget(let growth) = operation {
                    var plan: GrowthPlan
                    if let known = plans[index], known.serves(growth) { plan = known } else { plan = try GrowthPlan(growth, budget: result.dataset.budget) }
                    plans[index] = plan
                    result.dataset.budget = plan.budget(rate: growth.rate)
                } else {
                    try ScenarioEvaluator.apply(operation, to: &result)
                }
            } catch {
                checkpoints = [:]
                plans = [:]
                throw ScenarioError("operation \(index + 1) (\(operation.summary)): \(error.message)")
            }
        }
        operations = chain
        return result
    }
}

extension ScenarioOperation {
    /// Whether applying it can change the dataset's rows (ceilings and inflation paths only
    /// declare what figures are compared with or deflated by).
    public var changesData: Bool {
        switch self {
        case .ceiling, .inflation: false
        default: true
        }
    }
}

/// Metric values over many evaluations of one chain, recomputing what depends on the data
/// only when the data may have changed (a budget total is the same at every inflation rate).
struct MetricCache {
    let metrics: [ScenarioMetric]
    let settings: FigureSettings
    private var totals: [Int?: (Int, ExactDecimal)?] = [:]
    private var dataOnly: [Int: ExactDecimal?] = [:]

    init(_ metrics: [ScenarioMetric], settings: FigureSettings) {
        self.metrics = metrics
        self.settings = settings
    }

    mutating func values(in result: ScenarioResult, dataChanged: Bool) -> [ExactDecimal?] {
        if dataChanged { totals = [:]; dataOnly = [:] }
        return metrics.indices.map { index in
            let metric = metrics[index]
            switch metric {
            case .total, .excess:
                return metric.value(in: result, settings: settings) { year in
                    if let known = totals[year] { return known }
                    let total = ScenarioMetric.total(result.dataset, year: year)
                    totals[year] = total
                    return total
                }
            default:
                if let known = dataOnly[index] { return known }
                let value = metric.value(in: result, settings: settings)
                dataOnly[index] = value
                return value
            }
        }
    }
}
