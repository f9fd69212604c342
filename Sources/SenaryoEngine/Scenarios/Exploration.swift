import Dispatch
import Synchronization

/// Sweeps and simulations: the scenario re-evaluated with one operation parameter changed.
public enum Exploration {
    /// The index of the last operation that has `parameter` (the one a sweep varies).
    public static func operationIndex(for parameter: String, in operations: [ScenarioOperation]) throws(ScenarioError) -> Int {
        guard let index = operations.lastIndex(where: { $0.parameterNames.contains(parameter) }) else {
            let available = Set(operations.flatMap(\.parameterNames)).sorted()
            throw ScenarioError("no operation of this scenario has a parameter \(parameter)"
                + (available.isEmpty ? " (add one first, e.g. `grow ...`)" : " (it has: \(available.joined(separator: ", ")))"))
        }
        return index
    }

    /// Where each parameter goes: the last operation with it, or — for `actual:CODE` and
    /// `target:CODE` — an operation setting that indicator's value, added at the end, so a
    /// range can be put on any actual or target without a scenario step for it.
    static func bind(_ names: [String], to operations: [ScenarioOperation]) throws(ScenarioError) -> ([ScenarioOperation], [(index: Int, parameter: String)]) {
        var operations = operations
        var bindings: [(Int, String)] = []
        for name in names {
            let parts = name.split(separator: ":", maxSplits: 1).map(String.init)
            if parts.count == 2, ["actual", "target"].contains(parts[0]), !parts[1].isEmpty {
                let selection = IndicatorSelection(codes: [parts[1]])
                operations.append(parts[0] == "actual" ? .setActual(selection, .to(.zero)) : .setTarget(selection, .to(.zero)))
                bindings.append((operations.count - 1, parts[0]))
            } else {
                bindings.append((try operationIndex(for: name, in: operations), name))
            }
        }
        return (operations, bindings)
    }

    /// Every combination of the parameters' values, with each metric's value.
    /// `isCancelled` is polled as the points are evaluated (Ctrl-C): the sweep then throws "interrupted".
    public static func sweep(baseline: Dataset, operations: [ScenarioOperation], parameters: [(name: String, values: [ExactDecimal])],
                             metrics: [ScenarioMetric], settings: FigureSettings,
                             isCancelled: @Sendable () -> Bool = { false }) throws(ScenarioError) -> [(point: [ExactDecimal], values: [ExactDecimal?])] {
        let (operations, bindings) = try bind(parameters.map(\.name), to: operations)
        var grid: [[ExactDecimal]] = [[]]
        for parameter in parameters {
            grid = grid.flatMap { prefix in parameter.values.map { prefix + [$0] } }
        }
        let values = try evaluate(grid, baseline: baseline, operations: operations, bindings: bindings, metrics: metrics, settings: settings,
                                  isCancelled: isCancelled)
        return zip(grid, values).map { ($0, $1) }
    }

    /// Each point's metric values: the points are split into contiguous runs evaluated on all
    /// cores, each run restarting its chain only from the first operation a point changes.
    /// The values are those of evaluating every point's whole chain in order; an error is the
    /// one the first failing point (in order) gives.
    static func evaluate(_ points: [[ExactDecimal]], baseline: Dataset, operations: [ScenarioOperation],
                         bindings: [(index: Int, parameter: String)], metrics: [ScenarioMetric], settings: FigureSettings,
                         isCancelled: @Sendable () -> Bool = { false }) throws(ScenarioError) -> [[ExactDecimal?]] {
        if let compiled = GrowthSweep(baseline: baseline, operations: operations, bindings: bindings, metrics: metrics, settings: settings),
           let values = compiled.evaluate(points, isCancelled: isCancelled) {
            return values
        }
        if isCancelled() { throw ScenarioError("interrupted") }
        let chunks = Swift.min(points.count, Swift.max(1, points.count / 16), 8)
        let outcomes = Outcomes(count: points.count)
        let bound = bindings.map { ($0.index, $0.parameter) }
        let scope = OverflowScope.current
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in scope.enter {
            let range = (points.count * chunk / chunks)..<(points.count * (chunk + 1) / chunks)
            var evaluation = IncrementalEvaluation(baseline: baseline, varying: bound.map(\.0))
            var cache = MetricCache(metrics, settings: settings)
            for position in range {
                if isCancelled() { outcomes.set(position, .failure(ScenarioError("interrupted"))); return }
                var changed = operations
                for (parameter, binding) in bound.enumerated() {
                    changed[binding.0] = changed[binding.0].with(binding.1, points[position][parameter])
                }
                do throws(ScenarioError) {
                    let result = try evaluation.evaluate(changed)
                    outcomes.set(position, .success(cache.values(in: result, dataChanged: evaluation.dataMayHaveChanged)))
                } catch {
                    outcomes.set(position, .failure(error))
                    return
                }
            }
        } }
        return try outcomes.values()
    }

    /// A range a simulation draws a parameter from.
    public enum Distribution: Sendable, Hashable, CustomStringConvertible {
        case uniform(min: Double, max: Double)
        case triangular(min: Double, mode: Double, max: Double)

        /// Finite bounds below `ExactDecimal.supportedLimit`: every draw then converts exactly.
        var isWithinSupportedRange: Bool {
            let bounds: [Double]
            switch self {
            case let .uniform(min, max): bounds = [min, max]
            case let .triangular(min, mode, max): bounds = [min, mode, max]
            }
            return bounds.allSatisfy { $0.isFinite && $0.magnitude < 1e24 }
        }

        func sample(_ u: Double) -> Double {
            switch self {
            case let .uniform(min, max): return min + u * (max - min)
            case let .triangular(min, mode, max):
                guard max > min else { return min }
                let cut = (mode - min) / (max - min)
                return u < cut ? min + ((max - min) * (mode - min) * u).squareRoot()
                               : max - ((max - min) * (max - mode) * (1 - u)).squareRoot()
            }
        }

        public var description: String {
            switch self {
            case let .uniform(min, max): "uniform \(min)..\(max)"
            case let .triangular(min, mode, max): "triangular \(min)/\(mode)/\(max)"
            }
        }
    }

    /// Summary of one metric over the runs.
    public struct Summary: Sendable {
        public var metric: ScenarioMetric
        public var runs: Int
        public var p10: ExactDecimal?
        public var p50: ExactDecimal?
        public var p90: ExactDecimal?
        public var mean: ExactDecimal?
        /// For rate metrics: the share of runs in each band, percent.
        public var bandShares: [StatusBand: ExactDecimal]
    }

    /// Runs the scenario `runs` times with parameters drawn from their distributions
    /// (a fixed seed gives the same numbers every time).
    public static func simulate(baseline: Dataset, operations: [ScenarioOperation], parameters: [(name: String, distribution: Distribution)],
                                metrics: [ScenarioMetric], runs: Int, seed: UInt64, settings: FigureSettings,
                                isCancelled: @Sendable () -> Bool = { false }) throws(ScenarioError) -> [Summary] {
        for parameter in parameters where !parameter.distribution.isWithinSupportedRange {
            throw ScenarioError("\(parameter.name): \(parameter.distribution) is beyond the supported range (below 10^24 in magnitude)")
        }
        let (operations, bindings) = try bind(parameters.map(\.name), to: operations)
        // The draws come first, in order, so a seed gives the same runs however they are evaluated.
        var random = SplitMix64(seed: seed)
        let points: [[ExactDecimal]] = (0..<runs).map { _ in
            parameters.map { parameter in
                let drawn = parameter.distribution.sample(random.nextUnit())
                return ExactDecimal(significand: Int128((drawn * 1_000_000).rounded()), scale: 6).normalized
            }
        }
        if isCancelled() { throw ScenarioError("interrupted") }
        let values = try evaluate(points, baseline: baseline, operations: operations, bindings: bindings, metrics: metrics,
                                  settings: settings, isCancelled: isCancelled)
        var samples: [[ExactDecimal]] = Array(repeating: [], count: metrics.count)
        for run in values {
            for (m, value) in run.enumerated() { if let value { samples[m].append(value) } }
        }
        return metrics.enumerated().map { m, metric in
            let sorted = samples[m].sorted()
            func percentile(_ p: Int) -> ExactDecimal? {
                guard !sorted.isEmpty else { return nil }
                // Nearest rank: the smallest value with at least p % of the runs at or below it.
                let rank = max(1, (p * sorted.count + 99) / 100)
                return sorted[rank - 1]
            }
            var shares: [StatusBand: ExactDecimal] = [:]
            if metric.isRate, !sorted.isEmpty {
                for band in StatusBand.allCases {
                    let count = sorted.filter { settings.bands.band(for: $0) == band }.count
                    shares[band] = (ExactDecimal(count) * .hundred).divided(by: ExactDecimal(sorted.count))!.normalized
                }
            }
            return Summary(metric: metric, runs: sorted.count, p10: percentile(10), p50: percentile(50), p90: percentile(90),
                           mean: sorted.isEmpty ? nil : sorted.sum().divided(by: ExactDecimal(sorted.count), scale: 6),
                           bandShares: shares)
        }
    }
}

/// A small, fast, seedable generator (SplitMix64): the same seed gives the same runs on every machine.
public struct SplitMix64: Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform value in [0, 1).
    public mutating func nextUnit() -> Double {
        Double(next() >> 11) / Double(UInt64(1) << 53)
    }
}

/// Per-point outcomes written by concurrent runs, each to its own slots.
private final class Outcomes: Sendable {
    private let slots: Mutex<[Result<[ExactDecimal?], ScenarioError>?]>

    init(count: Int) { slots = Mutex(Array(repeating: nil, count: count)) }

    func set(_ position: Int, _ outcome: Result<[ExactDecimal?], ScenarioError>) {
        slots.withLock { $0[position] = outcome }
    }

    /// The values in order, or the first point's error; a point a failed run never reached
    /// comes after that run's error, so it is never the first missing.
    func values() throws(ScenarioError) -> [[ExactDecimal?]] {
        var result: [[ExactDecimal?]] = []
        for slot in slots.withLock({ $0 }) {
            switch slot {
            case .success(let values): result.append(values)
            case .failure(let error): throw error
            case nil: continue
            }
        }
        return result
    }
}
