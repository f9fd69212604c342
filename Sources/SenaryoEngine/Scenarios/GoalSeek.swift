/// Goal seeking: the value that reaches a status band. The formulas are linear in the target
/// and the actual, so those answers are closed-form and exact; the growth within a ceiling is
/// closed-form for one year without rounding, else found by bisection with a stated tolerance.
public enum GoalSeek {
    /// An answer: the value, and whether it is exact or within a tolerance.
    public struct Answer: Sendable, Hashable {
        public var value: ExactDecimal
        /// Nil when exact.
        public var tolerance: ExactDecimal?
        /// How it was found, for the output.
        public var method: String
    }

    /// The percentage a band starts at (for "not reached": just below the partial band).
    static func threshold(_ band: StatusBand, _ bands: StatusBands) throws(ScenarioError) -> ExactDecimal {
        switch band {
        case .partiallyReached: return bands.partialFrom
        case .reached: return bands.reachedAt
        case .exceeded: throw ScenarioError("\"exceeded\" has no single threshold: seek reached and go beyond it")
        case .notReached: throw ScenarioError("every value below \(bands.partialFrom) % is not reached: seek a band to reach")
        }
    }

    /// The largest target (for more-is-better; smallest for less-is-better) at which the
    /// indicator's rate still reaches `band`, with its actual as it is.
    public static func target(for indicator: Indicator, band: StatusBand, kind: DocumentKind, settings: FigureSettings) throws(ScenarioError) -> Answer {
        let t = try threshold(band, settings.bands)
        guard !t.isZero else {
            throw ScenarioError("the \(band.rawValue) band starts at 0 %: every target reaches it, so there is none to seek (`settings bands` sets where bands start)")
        }
        let figures = IndicatorFigures(indicator, kind: kind, settings: settings)
        guard let c = figures.yearEnd else { throw ScenarioError("\(indicator.code) has no actual (C) or quarters") }
        switch figures.basis {
        case .realisation:
            switch indicator.direction {
            case .increase:  // C / B × 100 = t  →  B = C × 100 / t
                return Answer(value: (c * .hundred).divided(by: t)!, tolerance: nil, method: "B = C × 100 / \(t)")
            case .decrease:  // B / C × 100 = t  →  B = C × t / 100
                return Answer(value: (c * t).divided(by: .hundred)!, tolerance: nil, method: "B = C × \(t) / 100")
            }
        case .performance:  // (C − A) / (B − A) × 100 = t  →  B = A + (C − A) × 100 / t
            let a = indicator.baseline ?? (settings.missingBaselineIsZero ? .zero : nil)
            guard let a else { throw ScenarioError("\(indicator.code) has no baseline (A)") }
            return Answer(value: a + ((c - a) * .hundred).divided(by: t)!, tolerance: nil, method: "B = A + (C − A) × 100 / \(t)")
        }
    }

    /// The actual the indicator needs to reach `band`, with its target as it is.
    public static func actual(for indicator: Indicator, band: StatusBand, kind: DocumentKind, settings: FigureSettings) throws(ScenarioError) -> Answer {
        let t = try threshold(band, settings.bands)
        let figures = IndicatorFigures(indicator, kind: kind, settings: settings)
        guard let b = indicator.target else { throw ScenarioError("\(indicator.code) has no target (B)") }
        switch figures.basis {
        case .realisation:
            switch indicator.direction {
            case .increase: return Answer(value: (b * t).divided(by: .hundred)!, tolerance: nil, method: "C = B × \(t) / 100")
            case .decrease:
                guard !t.isZero else { throw ScenarioError("a zero threshold has no actual") }
                return Answer(value: (b * .hundred).divided(by: t)!, tolerance: nil, method: "C = B × 100 / \(t)")
            }
        case .performance:
            let a = indicator.baseline ?? (settings.missingBaselineIsZero ? .zero : nil)
            guard let a else { throw ScenarioError("\(indicator.code) has no baseline (A)") }
            return Answer(value: a + ((b - a) * t).divided(by: .hundred)!, tolerance: nil, method: "C = A + (B − A) × \(t) / 100")
        }
    }

    /// The largest rate for the scenario's last growth operation that keeps the grown year's
    /// total within its ceiling (held lines stay as they are).
    public static func maximumGrowth(baseline: Dataset, operations: [ScenarioOperation], settings: FigureSettings) throws(ScenarioError) -> Answer {
        let index = try Exploration.operationIndex(for: "growth", in: operations)
        guard case .growBudget(let growth) = operations[index] else { throw ScenarioError("no growth operation") }
        let evaluated = try ScenarioEvaluator.apply(operations, to: baseline)
        guard let ceiling = evaluated.ceilings.first(where: { $0.year == growth.toYear && $0.classification == growth.classification }) else {
            throw ScenarioError("no ceiling for \(growth.toYear): declare one with `ceiling \(growth.toYear) AMOUNT`")
        }
        let metric = ScenarioMetric.total(year: growth.toYear, real: false)
        func total(at rate: ExactDecimal) throws(ScenarioError) -> ExactDecimal {
            var changed = operations
            changed[index] = .growBudget({ var g = growth; g.rate = rate; return g }())
            guard let value = metric.value(in: try ScenarioEvaluator.apply(changed, to: baseline), settings: settings) else {
                throw ScenarioError("the grown year has no total")
            }
            return value
        }
        if try total(at: -100) == total(at: 1000) {
            throw ScenarioError("the overall growth rate applies to no line: every line is held or has its own --rate")
        }
        // Closed form for one year without a rounding step: lines with their own rate or held are
        // fixed, the rest grow linearly: fixed + free × (1 + r/100) = ceiling.
        if growth.toYear == growth.fromYear + 1, growth.rounding == nil {
            let atZero = try total(at: .zero), atHundred = try total(at: .hundred)
            let free = atHundred - atZero            // the free lines' base total
            guard !free.isZero else { throw ScenarioError("every line is held: growth changes nothing") }
            let rate = ((ceiling.amount - atZero) * .hundred).divided(by: free)!
            // Below −100 % lines would be negative: the held lines alone are above the ceiling.
            guard rate >= -100 else { throw ScenarioError("even −100 % exceeds the ceiling (held lines alone are above it)") }
            return Answer(value: rate, tolerance: nil,
                          method: "closed form: (ceiling − total at 0 %) / lines not held × 100 (each line then rounded to the kuruş)")
        }
        // Bisection: total(rate) is non-decreasing in rate.
        var low = ExactDecimal(-100), high = ExactDecimal(1000)
        guard try total(at: low) <= ceiling.amount else { throw ScenarioError("even −100 % exceeds the ceiling (held lines alone are above it)") }
        guard try total(at: high) > ceiling.amount else { throw ScenarioError("the ceiling is not reached even at 1000 %") }
        let tolerance = ExactDecimal(significand: 1, scale: 9)
        while high - low > tolerance {
            let middle = (low + high).divided(by: 2, scale: 12)!
            if try total(at: middle) <= ceiling.amount { low = middle } else { high = middle }
        }
        return Answer(value: low, tolerance: tolerance, method: "bisection (rounding or compounding make it non-linear)")
    }
}
