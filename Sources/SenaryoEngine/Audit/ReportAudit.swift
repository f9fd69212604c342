/// The report audit behind `check`: every stated figure of a dataset compared with what the
/// dataset's own numbers give.
public struct ReportAudit: Sendable {
    public var settings: FigureSettings

    public init(settings: FigureSettings = .standard) {
        self.settings = settings
    }

    public func findings(in dataset: Dataset) -> [Finding] {
        var findings: [Finding] = []
        findings += indicatorFindings(dataset)
        findings += weightFindings(dataset)
        findings += goalFindings(dataset)
        findings += budgetFindings(dataset)
        findings += seriesFindings(dataset)
        return findings
    }

    /// A percentage for messages: 4 decimals, enough to see why it does or does not round.
    func show(_ value: ExactDecimal) -> String {
        value.rounded(scale: 4).normalized.description
    }

    // MARK: Indicators

    func indicatorFindings(_ dataset: Dataset) -> [Finding] {
        var findings: [Finding] = []
        let kind = dataset.manifest.kind
        for indicator in dataset.indicators {
            let figures = IndicatorFigures(indicator, kind: kind, settings: settings)
            let key = "\(indicator.code) \(indicator.year)"
            func add(_ severity: Finding.Severity, _ column: String, _ stated: String?, _ derived: String?, _ message: String) {
                findings.append(Finding(severity, table: "indicators.csv", key: key, column: column, stated: stated, derived: derived, message: message))
            }

            if let aggregation = indicator.aggregation {
                if let actual = indicator.actual, let fromQuarters = figures.fromQuarters, figures.quartersReported == 4, actual != fromQuarters {
                    add(.error, "actual", actual.description, fromQuarters.description,
                        "the quarters give \(fromQuarters) by \(aggregation.rawValue), the stated year-end is \(actual) (difference \(actual - fromQuarters))")
                }
            } else if let finding = undeclaredAggregationFinding(indicator, key: key) {
                findings.append(finding)
            }

            if let stated = indicator.reportedRatePct {
                let basisName = figures.basis == .performance ? "performance (C−A)/(B−A)" : "realisation \(indicator.direction == .decrease ? "B/C" : "C/B")"
                if let rate = figures.rate.value {
                    let agreement = PrintedValue.compare(printed: stated, derived: rate)
                    let other = agreement == .agrees || agreement == .truncated
                        ? nil : alternative(to: figures, stated: stated, direction: indicator.direction)
                    switch (agreement, other) {
                    case (.agrees, _): break
                    case (.truncated, _):
                        add(.note, "reported_rate_pct", stated.description, show(rate), "\(basisName) \(show(rate)) truncated, not rounded")
                    case let (_, (name, value)?):
                        add(.warning, "reported_rate_pct", stated.description, show(rate),
                            "stated value matches \(name) (\(show(value))), not the \(basisName) this row's status uses (\(show(rate)))")
                    case (.lastDigit, nil):
                        add(.warning, "reported_rate_pct", stated.description, show(rate), "\(basisName) is \(show(rate)): off by one in the last printed digit")
                    case (.differs, nil):
                        add(.error, "reported_rate_pct", stated.description, show(rate), "\(basisName) gives \(show(rate))")
                    }
                } else if let reason = figures.rate.reason {
                    add(.warning, "reported_rate_pct", stated.description, nil, "stated, but the \(basisName) is undefined: \(reason)")
                }
            }

            if let text = indicator.reportedStatus {
                guard let stated = StatusBand.parse(text) else {
                    add(.warning, "reported_status", text, nil, "status text not recognised")
                    continue
                }
                if let derived = figures.status, derived != stated {
                    let printedRate = indicator.reportedRatePct
                    let derivedRate = figures.basis == .performance ? figures.performanceUnlimited.value : figures.rate.value
                    let label = derived.label(settings.language)
                    // A status that follows a printed rate the numbers explain (by rounding or by the
                    // other formula) is a warning; one nothing explains is an error.
                    let explained = printedRate.map { printed in
                        PrintedValue.compare(printed: printed, derived: figures.rate.value ?? derivedRate!) != .differs
                            || alternative(to: figures, stated: printed, direction: indicator.direction) != nil
                    } ?? false
                    if let printedRate, explained, settings.bands.band(for: printedRate) == stated {
                        add(.warning, "reported_status", text, label,
                            "status follows the printed rate \(printedRate); the exact rate \(show(derivedRate!)) gives \(label)")
                    } else {
                        add(.error, "reported_status", text, label, "the derived rate \(show(derivedRate!)) gives \(label)")
                    }
                }
            }
        }
        return findings
    }

    /// Another formula that gives the stated rate, if any: reports mix them.
    private func alternative(to figures: IndicatorFigures, stated: ExactDecimal, direction: Direction) -> (String, ExactDecimal)? {
        var candidates: [(String, Outcome)] = []
        if figures.basis == .performance {
            candidates.append(("realisation \(direction == .decrease ? "B/C" : "C/B")", figures.realisation))
            // The unlimited value is another formula only where the limit cut it.
            if figures.performanceUnlimited != figures.performance {
                candidates.append(("performance not limited to 0..100", figures.performanceUnlimited))
            }
        } else {
            candidates.append(("performance (C−A)/(B−A) limited to 0..100", figures.performance))
        }
        for (name, outcome) in candidates {
            if let value = outcome.value, PrintedValue.compare(printed: stated, derived: value) != .differs { return (name, value) }
        }
        return nil
    }

    func weightFindings(_ dataset: Dataset) -> [Finding] {
        var order: [String] = []
        var totals: [String: ExactDecimal] = [:]
        for indicator in dataset.indicators {
            guard let goal = indicator.goal, let weight = indicator.weightPct else { continue }
            let key = "\(goal) \(indicator.year)"
            if totals[key] == nil { order.append(key) }
            totals[key, default: .zero] += weight
        }
        return order.compactMap { key in
            let total = totals[key]!
            guard total != .hundred else { return nil }
            let goal = key.split(separator: " ").first.map(String.init) ?? key
            return Finding(.warning, table: "indicators.csv", key: key, column: "weight_pct", stated: total.description, derived: "100",
                           message: "the weights of \(goal)'s indicators total \(total), not 100; its roll-up \(settings.normalisesWeights ? "normalises them" : "uses them as they are")")
        }
    }

    /// An objective's stated performance against the weighted roll-up of its indicators, where
    /// the weights total 100 (otherwise the weight warning says why no roll-up can match). Reports
    /// roll up their own stated indicator rates; a figure that matches those, not the derived
    /// ones, is a warning pointing at the indicator rates.
    func goalFindings(_ dataset: Dataset) -> [Finding] {
        let year = dataset.manifest.year
        let rollups = GoalRollup.all(goals: dataset.goals, indicators: dataset.indicators, year: year,
                                     kind: dataset.manifest.kind, settings: settings)
        var findings: [Finding] = []
        let rule = settings.rollup == .capped ? "capped at 100" : "not capped at 100"
        let otherRule = settings.rollup == .capped ? "not capped at 100" : "capped at 100"
        for goal in dataset.goals {
            guard let stated = goal.reportedPerformancePct, let rollup = rollups[goal.code], rollup.method == .weighted,
                  let derived = rollup.performance.value else { continue }
            let key = year.map { "\(goal.code) \($0)" } ?? goal.code
            func add(_ severity: Finding.Severity, _ message: String) {
                findings.append(Finding(severity, table: "goals.csv", key: key, column: "reported_performance_pct",
                                        stated: stated.description, derived: show(derived), message: message))
            }
            let agreement = PrintedValue.compare(printed: stated, derived: derived)
            if agreement == .agrees { continue }
            if agreement == .truncated { add(.note, "the weighted roll-up \(show(derived)) truncated, not rounded"); continue }
            let own = dataset.indicators.filter { $0.goal == goal.code && (year == nil || $0.year == year) }
            if own.allSatisfy({ $0.reportedRatePct != nil && $0.weightPct != nil }) {
                let fromStated = own.map { $0.weightPct! * $0.reportedRatePct! }.sum().divided(by: .hundred)!
                if PrintedValue.compare(printed: stated, derived: fromStated) != .differs {
                    add(.warning, "matches the roll-up of the report's stated indicator rates (\(show(fromStated))), not of the derived rates (\(show(derived)))")
                    continue
                }
            }
            // A report that did (or did not) cap its indicators at 100 where Senaryo does not.
            if let other = rollup.otherCapping, PrintedValue.compare(printed: stated, derived: other) != .differs {
                add(.warning, "matches the roll-up with indicator rates \(otherRule) (\(show(other))), not the one \(rule) (\(show(derived))); see `settings rollup`")
                continue
            }
            if agreement == .lastDigit {
                add(.warning, "the weighted roll-up is \(show(derived)): off by one in the last printed digit")
            } else {
                add(.error, "the weighted roll-up of its indicators gives \(show(derived))")
            }
        }
        return findings
    }

    // MARK: Budget

    func budgetFindings(_ dataset: Dataset) -> [Finding] {
        var findings: [Finding] = []
        let analysis = BudgetAnalysis(dataset.budget, settings: settings)
        func add(_ severity: Finding.Severity, _ table: String, _ key: String, _ column: String, _ stated: String?, _ derived: String?, _ message: String) {
            findings.append(Finding(severity, table: table, key: key, column: column, stated: stated, derived: derived, message: message))
        }
        var children: [String: [BudgetAnalysis.Line]] = [:]
        for entry in analysis.lines {
            if let parent = entry.line.parent { children["\(entry.line.year)|\(entry.line.classification.rawValue)|\(parent)", default: []].append(entry) }
        }

        for entry in analysis.lines {
            let line = entry.line
            let key = "\(line.year) \(line.classification.rawValue) \(line.code)"
            if let revised = line.revised, let initial = line.initial, line.added != nil || line.deducted != nil {
                let parts = initial + (line.added ?? .zero) - (line.deducted ?? .zero)
                if parts != revised {
                    add(.error, "budget.csv", key, "revised", revised.description, parts.description,
                        "initial + added − deducted = \(parts) (difference \(revised - parts))")
                }
            }
            let kids = children["\(line.year)|\(line.classification.rawValue)|\(line.code)"] ?? []
            if !kids.isEmpty {
                for amount in BudgetAmount.allCases {
                    guard let own = amount.of(line) else { continue }
                    let values = kids.compactMap { $0.amounts[amount] }
                    guard !values.isEmpty, values.sum() != own else { continue }
                    add(.error, "budget.csv", key, amount.rawValue, own.description, values.sum().description,
                        "its \(kids.count) sub-lines add up to \(values.sum()) (difference \(own - values.sum()))")
                }
            }
            if let cancelled = line.cancelled, let revised = entry.amounts[.revised], let spent = entry.amounts[.spent], revised - spent != cancelled {
                add(.error, "budget.csv", key, "cancelled", cancelled.description, (revised - spent).description, "revised − spent = \(revised - spent)")
            }
            if let stated = line.reportedRatePct {
                compare(stated, entry.realisation, "budget.csv", key, "reported_rate_pct", "spent / revised", &findings)
            }
            if let stated = line.reportedChangePct {
                compare(stated, entry.change, "budget.csv", key, "reported_change_pct", "change of \(settings.changeBasis.rawValue) from \(line.year - 1)", &findings)
            }
        }

        // Totals the report states in series.csv.
        for point in dataset.series where point.period == nil && point.series.hasPrefix("budget.total.") {
            let name = String(point.series.dropFirst("budget.total.".count))
            let key = "\(point.series) \(point.year)"
            // Only a classification that splits the whole budget adds up to its total: project
            // lines are a part of it (see `projectFindings`).
            for total in analysis.totals where total.year == point.year && total.classification.coversWholeBudget {
                let label = "the \(total.classification.rawValue) lines of \(total.year)"
                let derived: Outcome
                if let amount = BudgetAmount(rawValue: name) {
                    derived = total.amounts[amount].map(Outcome.value) ?? .undefined("no \(name) amounts")
                    guard let value = derived.value else { continue }
                    switch PrintedValue.compare(printed: point.value, derived: value) {
                    case .agrees: break
                    default:
                        add(.error, "series.csv", key, "value", point.value.description, value.description,
                            "\(label) add up to \(value) (difference \(point.value - value))")
                    }
                } else if name == "rate", total.realisation.value != nil {
                    compare(point.value, total.realisation, "series.csv", key, "value", "spent / revised of \(label)", &findings)
                } else if name == "change", total.change.value != nil {
                    compare(point.value, total.change, "series.csv", key, "value", "change of \(settings.changeBasis.rawValue) of \(label)", &findings)
                }
                // A stated total the budget lines cannot give (a year with only KBÖ lines) is a
                // gap in the data, not a disagreement: nothing to report.
            }
        }
        findings += projectFindings(analysis)
        return findings
    }

    /// A stated percentage against the derived one at its printed precision: agrees → nothing;
    /// truncated → note; matches one of `alternatives` (another formula reports use) → warning;
    /// off by one in the last digit → warning; else error. Undefined → warning with the reason.
    func compare(_ stated: ExactDecimal, _ derived: Outcome, _ table: String, _ key: String, _ column: String,
                 _ formula: String, alternatives: [(name: String, value: ExactDecimal)] = [], _ findings: inout [Finding]) {
        guard let value = derived.value else {
            findings.append(Finding(.warning, table: table, key: key, column: column, stated: stated.description, derived: nil,
                                    message: "stated, but \(formula) is undefined: \(derived.reason ?? "")"))
            return
        }
        let severity: Finding.Severity, message: String
        let agreement = PrintedValue.compare(printed: stated, derived: value)
        let other = agreement == .agrees || agreement == .truncated
            ? nil : alternatives.first { PrintedValue.compare(printed: stated, derived: $0.value) != .differs }
        switch (agreement, other) {
        case (.agrees, _): return
        case (.truncated, _): (severity, message) = (.note, "\(formula) \(show(value)) truncated, not rounded")
        case let (_, (name, alternative)?):
            (severity, message) = (.warning, "stated value matches \(name) (\(show(alternative))), not \(formula) (\(show(value)))")
        case (.lastDigit, nil): (severity, message) = (.warning, "\(formula) is \(show(value)): off by one in the last printed digit")
        case (.differs, nil): (severity, message) = (.error, "\(formula) gives \(show(value))")
        }
        findings.append(Finding(severity, table: table, key: key, column: column, stated: stated.description, derived: show(value), message: message))
    }
}
