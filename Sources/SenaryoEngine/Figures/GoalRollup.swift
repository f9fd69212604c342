/// An objective's (or any node's) performance from its indicators' weighted rates.
///
/// By default each indicator counts at most 100 (the strategic planning guide's rule for
/// roll-ups): an indicator at 856 % would otherwise lift an objective whose other indicators
/// stand at 22 % and 29 % to "exceeded". Strategic-plan performance is already limited to
/// 0..100 by its formula, so the cap changes only realisation rates (C/B) above 100.
public struct GoalRollup: Sendable, Hashable {
    public enum Method: String, Sendable {
        /// Σ wᵢ × Pᵢ / 100: the weights add to 100.
        case weighted
        /// Σ wᵢ × Pᵢ / Σ wᵢ: the weights do not add to 100 and were normalised.
        case normalised
        /// Σ wᵢ × Pᵢ / 100 although the weights do not add to 100 (normalising switched off).
        case weightedUnnormalised = "weighted-unnormalised"
        /// No weights given: the mean of the indicators' rates.
        case mean
        /// No indicators of its own: the mean of its children's performance.
        case childrenMean = "children-mean"
    }

    public var code: String
    public var performance: Outcome
    public var method: Method?
    /// The total of the weights of its indicators, when any has one.
    public var weightTotal: ExactDecimal?
    /// How many indicators (or children) fed the roll-up, and how many had no rate.
    public var inputs: Int
    public var skipped: Int
    public var status: StatusBand?
    /// How indicator rates above 100 were counted (`FigureSettings.rollup`).
    public var capping: RollupCapping = .capped
    /// The node's performance under the other capping rule, when one of its own indicators is
    /// above 100 (otherwise both rules give the same value).
    public var otherCapping: ExactDecimal?
    /// Its indicators above 100 whose value under the other rule would change the node's band:
    /// the ones a planner should look at before reading the band.
    public var bandChangers: [RateAboveHundred] = []

    /// An indicator's rate above 100, as derived (before any cap).
    public struct RateAboveHundred: Sendable, Hashable {
        public var code: String
        public var rate: ExactDecimal
    }

    /// Roll-ups for every goal: from its own indicators of `year`, else from its children.
    public static func all(goals: [Goal], indicators: [Indicator], year: Int?, kind: DocumentKind,
                           settings: FigureSettings = .standard) -> [String: GoalRollup] {
        var byGoal: [String: [Indicator]] = [:]
        for indicator in indicators where year == nil || indicator.year == year {
            if let goal = indicator.goal { byGoal[goal, default: []].append(indicator) }
        }
        var children: [String: [String]] = [:]
        for goal in goals { if let parent = goal.parent { children[parent, default: []].append(goal.code) } }
        var result: [String: GoalRollup] = [:]
        var visiting: Set<String> = []

        // Depth first with an explicit stack, not recursion: a valid chain of goals may be tens
        // of thousands deep. A node's children already on the path (a cycle) are left out.
        struct Frame {
            var code: String
            var pending: [String]
            var next = 0
            var parts: [GoalRollup] = []
        }
        /// The node's roll-up when it has indicators of its own, else a frame to roll up its children.
        func open(_ code: String) -> Frame? {
            if let own = byGoal[code], !own.isEmpty {
                result[code] = fromIndicators(code, own, kind: kind, settings: settings)
                return nil
            }
            visiting.insert(code)
            return Frame(code: code, pending: (children[code] ?? []).filter { !visiting.contains($0) })
        }
        func finish(_ frame: Frame) -> GoalRollup {
            let parts = frame.parts
            let rates = parts.compactMap(\.performance.value)
            if rates.isEmpty {
                return GoalRollup(code: frame.code, performance: .undefined("no indicators"), method: nil, weightTotal: nil,
                                  inputs: 0, skipped: parts.count, status: nil, capping: settings.rollup)
            }
            let mean = rates.sum().divided(by: ExactDecimal(rates.count))!
            return GoalRollup(code: frame.code, performance: .value(mean), method: .childrenMean, weightTotal: nil,
                              inputs: rates.count, skipped: parts.count - rates.count, status: settings.bands.band(for: mean),
                              capping: settings.rollup)
        }
        func rollup(_ code: String) {
            guard result[code] == nil, let first = open(code) else { return }
            var stack = [first]
            while let top = stack.last {
                if top.next < top.pending.count {
                    let child = top.pending[top.next]
                    stack[stack.count - 1].next += 1
                    if let done = result[child] {
                        stack[stack.count - 1].parts.append(done)
                    } else if let frame = open(child) {
                        stack.append(frame)
                    } else {
                        stack[stack.count - 1].parts.append(result[child]!)
                    }
                } else {
                    stack.removeLast()
                    let value = finish(top)
                    result[top.code] = value
                    visiting.remove(top.code)
                    if !stack.isEmpty { stack[stack.count - 1].parts.append(value) }
                }
            }
        }
        for goal in goals { rollup(goal.code) }
        return result
    }

    static func fromIndicators(_ code: String, _ indicators: [Indicator], kind: DocumentKind, settings: FigureSettings) -> GoalRollup {
        let figures = indicators.map { ($0, IndicatorFigures($0, kind: kind, settings: settings)) }
        let weighted = figures.filter { $0.0.weightPct != nil }
        let weightTotal = weighted.isEmpty ? nil : weighted.map { $0.0.weightPct! }.sum()
        let usable = figures.filter { $0.1.rate.value != nil && (weightTotal == nil || $0.0.weightPct != nil) }
        let skipped = figures.count - usable.count
        guard !usable.isEmpty else {
            return GoalRollup(code: code, performance: .undefined("no indicator has a rate"), method: nil, weightTotal: weightTotal,
                              inputs: 0, skipped: skipped, status: nil, capping: settings.rollup)
        }
        let rates = usable.map { $0.1.rate.value! }
        let weights = usable.map(\.0.weightPct)
        let method: Method
        if let weightTotal {
            let usedWeights = weights.map { $0! }.sum()
            if weightTotal == .hundred && usedWeights == .hundred {
                method = .weighted
            } else if settings.normalisesWeights, !usedWeights.isZero {
                method = .normalised
            } else {
                method = .weightedUnnormalised
            }
        } else {
            method = .mean
        }
        /// The node's value from its indicators' rates, each capped at 100 where `capped` says so.
        func value(capped: (Int) -> Bool) -> ExactDecimal {
            let counted = rates.indices.map { capped($0) ? Swift.min(rates[$0], .hundred) : rates[$0] }
            switch method {
            case .weighted, .weightedUnnormalised:
                return zip(weights, counted).map { $0! * $1 }.sum().divided(by: .hundred)!
            case .normalised:
                return zip(weights, counted).map { $0! * $1 }.sum().divided(by: weights.map { $0! }.sum())!
            case .mean, .childrenMean:
                return counted.sum().divided(by: ExactDecimal(counted.count))!
            }
        }
        let capsAll = settings.rollup == .capped
        let performance = value { _ in capsAll }
        let status = settings.bands.band(for: performance)
        // What the other rule would make of the node, and which indicators above 100 change
        // its band: each one alone, else (when only together they do) all of them.
        let other = value { _ in !capsAll }
        let above = rates.indices.filter { rates[$0] > .hundred }
        var changers = above.filter { flipped in settings.bands.band(for: value { $0 == flipped ? !capsAll : capsAll }) != status }
        if changers.isEmpty && settings.bands.band(for: other) != status { changers = above }
        return GoalRollup(code: code, performance: .value(performance), method: method, weightTotal: weightTotal,
                          inputs: usable.count, skipped: skipped, status: status, capping: settings.rollup,
                          otherCapping: above.isEmpty ? nil : other,
                          bandChangers: changers.map { RateAboveHundred(code: usable[$0].0.code, rate: rates[$0]) })
    }
}
