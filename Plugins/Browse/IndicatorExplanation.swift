import SenaryoEngine
import SenaryoKit

/// What `show` says about an indicator's derived figures: its rate and status, which formula
/// gave them and why that one (the basis rule), the inputs with their values, and — where
/// there is no value — the reason.
enum IndicatorExplanation {
    static func record(_ indicator: Indicator, kind: DocumentKind, settings: FigureSettings) -> Record {
        let figures = IndicatorFigures(indicator, kind: kind, settings: settings)
        let decimals = settings.percentDecimals
        func percent(_ outcome: Outcome) -> Value {
            outcome.value.map { .percent($0.normalized, decimals: decimals) } ?? .text("none: \(outcome.reason ?? "undefined")")
        }
        let lessIsBetter = indicator.direction == .decrease
        let formula: String
        switch figures.basis {
        case .performance:
            formula = "performance (C − A) / (B − A) × 100, limited to 0..100" + (figures.baselineAssumedZero ? ", A taken as 0" : "")
        case .realisation:
            formula = lessIsBetter ? "realisation B / C × 100 (less is better)" : "realisation C / B × 100"
        }
        var fields: [(key: String, label: String, value: Value)] = [
            ("rate_pct", "rate %", percent(figures.rate)),
            ("status", "status", figures.status.map { .text($0.label(settings.language) + " (" + Self.band(of: $0, settings.bands) + ")") }
                ?? .text("none: there is no rate")),
            ("formula", "formula", .text(formula)),
            ("basis", "because", .text(Self.reason(for: figures.basis, indicator: indicator, kind: kind, rule: settings.basis))),
            ("baseline", "A (baseline)", indicator.baseline.map(Value.decimal) ?? .text(figures.baselineAssumedZero ? "missing, taken as 0 (settings missing-baseline)" : "missing")),
            ("target", "B (target)", indicator.target.map(Value.decimal) ?? .text("missing")),
            ("year_end", "C (year-end)", figures.yearEnd.map(Value.decimal) ?? .text("missing: no actual and no quarter reported")),
            ("year_end_source", "C from", .text(Self.yearEndSource(indicator, figures))),
        ]
        let other: Outcome = figures.basis == .performance ? figures.realisation : figures.performance
        fields.append((figures.basis == .performance ? "realisation_pct" : "performance_pct",
                       figures.basis == .performance ? "realisation %" : "performance %", percent(other)))
        return Record(title: "derived for \(indicator.code) (\(indicator.year))", fields: fields)
    }

    /// `from 80 to below 100` and the like: which band the rate fell in.
    private static func band(of band: StatusBand, _ bands: StatusBands) -> String {
        switch band {
        case .notReached: "below \(bands.partialFrom)"
        case .partiallyReached: "from \(bands.partialFrom) to below \(bands.reachedAt)"
        case .reached: "exactly \(bands.reachedAt)"
        case .exceeded: "above \(bands.reachedAt)"
        }
    }

    private static func reason(for basis: Basis, indicator: Indicator, kind: DocumentKind, rule: BasisRule) -> String {
        switch rule {
        case .performance, .realisation: return "settings basis \(rule.rawValue)"
        case .automatic:
            if kind == .strategicPlan { return "a strategic plan: indicators are evaluated by performance (settings basis auto)" }
            if indicator.weightPct != nil { return "it has a weight in its objective, a strategic-plan row (settings basis auto)" }
            return "a monitoring row with no weight in its objective (\(kind.rawValue); settings basis auto)"
        }
    }

    private static func yearEndSource(_ indicator: Indicator, _ figures: IndicatorFigures) -> String {
        let rule = indicator.aggregation.map { "by \($0.rawValue)" } ?? "by \(Aggregation.default.rawValue) (no aggregation declared)"
        if figures.yearEndFromQuarters { return "the \(figures.quartersReported) reported quarter\(figures.quartersReported == 1 ? "" : "s") \(rule)" }
        guard indicator.actual != nil else { return "nothing: no actual and no quarter reported" }
        guard let fromQuarters = figures.fromQuarters, let difference = figures.quarterDifference else { return "the stated actual" }
        return difference.isZero ? "the stated actual (the quarters give the same \(rule))"
            : "the stated actual; the quarters give \(fromQuarters) \(rule), a difference of \(difference)"
    }
}
