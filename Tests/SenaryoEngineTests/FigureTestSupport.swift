import Testing
@testable import SenaryoEngine

// Helpers shared by the figure, roll-up, budget and audit tests.

/// A plain-format literal that must parse (`"57.15"` keeps its two decimals).
func dec(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> ExactDecimal {
    guard let value = ExactDecimal(text) else {
        Issue.record("\"\(text)\" did not parse", sourceLocation: sourceLocation)
        return .zero
    }
    return value
}

/// The value of an outcome, recording an issue (with the reason) when it is undefined.
func valueOf(_ outcome: Outcome, sourceLocation: SourceLocation = #_sourceLocation) -> ExactDecimal? {
    if case .undefined(let reason) = outcome {
        Issue.record("expected a value, got undefined: \(reason)", sourceLocation: sourceLocation)
    }
    return outcome.value
}

/// An outcome's value rounded for comparison with a printed figure.
func rounded(_ outcome: Outcome, _ decimals: Int) -> String? {
    outcome.value?.formatted(decimals: decimals)
}

/// A small indicator for figure tests: only what the formulas read.
func makeIndicator(code: String = "X1", goal: String? = nil, year: Int = 2021, direction: Direction = .increase,
                   aggregation: Aggregation = .last, weight: ExactDecimal? = nil, baseline: ExactDecimal? = nil,
                   target: ExactDecimal? = nil, quarters: [ExactDecimal?] = [nil, nil, nil, nil],
                   actual: ExactDecimal? = nil, reportedRate: ExactDecimal? = nil, reportedStatus: String? = nil) -> Indicator {
    Indicator(code: code, goal: goal, year: year, name: "\(code) test indicator", direction: direction,
              aggregation: aggregation, weightPct: weight, baseline: baseline, target: target, quarters: quarters,
              actual: actual, reportedRatePct: reportedRate, reportedStatus: reportedStatus)
}

/// A manifest for datasets built in tests.
func makeManifest(kind: DocumentKind = .activityReport, year: Int? = 2024) -> DatasetManifest {
    DatasetManifest(id: "test-\(kind.rawValue)", institution: "Deneme Başkanlığı", title: "Test", kind: kind, year: year)
}
