/// What Senaryo derives for one indicator: year-end value, performance, realisation, status.
public struct IndicatorFigures: Sendable, Hashable {
    /// The quarters made into a year-end value by the indicator's aggregation.
    public var fromQuarters: ExactDecimal?
    /// How many quarters were reported.
    public var quartersReported: Int
    /// C: the stated actual, else the value from the quarters.
    public var yearEnd: ExactDecimal?
    /// Whether `yearEnd` came from the quarters (no stated actual).
    public var yearEndFromQuarters: Bool
    /// Stated actual minus the value from the quarters, when both exist.
    public var quarterDifference: ExactDecimal?
    /// Whether the performance took a missing baseline as 0 (`FigureSettings.missingBaselineIsZero`).
    public var baselineAssumedZero: Bool
    /// (C − A) / (B − A) × 100, not limited.
    public var performanceUnlimited: Outcome
    /// The same, limited to 0...100 as strategic plans report it.
    public var performance: Outcome
    /// C / B × 100 (B / C × 100 when less is better).
    public var realisation: Outcome
    /// The formula the status comes from.
    public var basis: Basis
    /// The percentage the status comes from: the limited performance or the realisation.
    public var rate: Outcome
    /// The status band of `rate` (for performance, of the unlimited value, so "exceeded" shows).
    public var status: StatusBand?

    public init(_ indicator: Indicator, kind: DocumentKind, settings: FigureSettings = .standard) {
        let reported = indicator.quarters.compactMap { $0 }
        quartersReported = reported.count
        fromQuarters = Self.aggregate(indicator.quarters, indicator.effectiveAggregation)
        if let actual = indicator.actual {
            yearEnd = actual
            yearEndFromQuarters = false
            quarterDifference = fromQuarters.map { actual - $0 }
        } else {
            yearEnd = fromQuarters
            yearEndFromQuarters = fromQuarters != nil
            quarterDifference = nil
        }
        baselineAssumedZero = indicator.baseline == nil && settings.missingBaselineIsZero
        performanceUnlimited = Formulas.performance(baseline: baselineAssumedZero ? .zero : indicator.baseline,
                                                    target: indicator.target, actual: yearEnd)
        performance = performanceUnlimited.value.map { .value(Swift.min(Swift.max($0, .zero), .hundred)) } ?? performanceUnlimited
        realisation = Formulas.realisation(target: indicator.target, actual: yearEnd, direction: indicator.direction)
        basis = settings.basis.basis(for: indicator, in: kind)
        switch basis {
        case .performance:
            rate = performance
            status = performanceUnlimited.value.map { settings.bands.band(for: $0) }
        case .realisation:
            rate = realisation
            status = realisation.value.map { settings.bands.band(for: $0) }
        }
    }

    /// The year-end value the quarters give: their sum, the last reported, or their mean.
    public static func aggregate(_ quarters: [ExactDecimal?], _ aggregation: Aggregation) -> ExactDecimal? {
        let reported = quarters.compactMap { $0 }
        guard !reported.isEmpty else { return nil }
        switch aggregation {
        case .sum: return reported.sum()
        case .last: return reported.last
        case .mean: return reported.sum().divided(by: ExactDecimal(reported.count))?.normalized
        }
    }
}

/// The report formulas, each a pure function of its inputs.
public enum Formulas {
    /// Strategic-plan performance `(C − A) / (B − A) × 100`, not limited.
    /// Works for less-is-better indicators through the signs.
    public static func performance(baseline: ExactDecimal?, target: ExactDecimal?, actual: ExactDecimal?) -> Outcome {
        guard let a = baseline else { return .undefined("no baseline (A)") }
        guard let b = target else { return .undefined("no target (B)") }
        guard let c = actual else { return .undefined("no actual (C)") }
        guard b != a else { return .undefined("target equals baseline (B = A)") }
        return .value(((c - a) * .hundred).divided(by: b - a)!)
    }

    /// Performance-program realisation `C / B × 100`, or `B / C × 100` when less is better.
    public static func realisation(target: ExactDecimal?, actual: ExactDecimal?, direction: Direction) -> Outcome {
        guard let b = target else { return .undefined("no target (B)") }
        guard let c = actual else { return .undefined("no actual (C)") }
        switch direction {
        case .increase:
            guard !b.isZero else { return .undefined("target is zero") }
            return .value((c * .hundred).divided(by: b)!)
        case .decrease:
            guard !c.isZero else { return .undefined("actual is zero (less is better: B / C)") }
            return .value((b * .hundred).divided(by: c)!)
        }
    }

    /// `part / whole × 100`; undefined when either is missing or the whole is zero.
    public static func percent(_ part: ExactDecimal?, of whole: ExactDecimal?) -> Outcome {
        guard let part, let whole else { return .undefined("missing amount") }
        guard !whole.isZero else { return .undefined("divides by zero") }
        return .value((part * .hundred).divided(by: whole)!)
    }

    /// Year-on-year change `(this − last) / last × 100`.
    public static func change(from previous: ExactDecimal?, to current: ExactDecimal?) -> Outcome {
        guard let previous else { return .undefined("no previous-year value") }
        guard let current else { return .undefined("no value this year") }
        guard !previous.isZero else { return .undefined("previous-year value is zero") }
        return .value(((current - previous) * .hundred).divided(by: previous)!)
    }
}
