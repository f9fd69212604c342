/// Baseline and scenarios side by side: every indicator, goal, budget line and total whose
/// value any of them has, with status flips.
public struct Comparison: Sendable {
    public struct Row: Sendable {
        public enum Section: String, Sendable { case indicator, goal, budget, total }
        public var section: Section
        /// Code (with year for budget lines).
        public var key: String
        public var name: String
        /// What is compared: `target`, `actual`, `rate`, `performance`, `initial`, ...
        public var measure: String
        /// First the baseline's, then each scenario's.
        public var values: [ExactDecimal?]
        /// Status per column, for rates.
        public var statuses: [StatusBand?]

        public var isChanged: Bool { Set(values.map { $0?.normalized }).count > 1 || Set(statuses).count > 1 }
        public var flips: Bool { Set(statuses).count > 1 }
    }

    public private(set) var rows: [Row] = []

    /// - Parameter changedOnly: leave out what is the same in every result. Rows are then
    ///   derived only for indicators that differ and for the budget's year-and-classification
    ///   groups whose lines differ: a scenario that changes one year of a national budget is
    ///   compared on that year, not on every line of every year.
    public init(_ results: [ScenarioResult], settings: FigureSettings, changedOnly: Bool = false) {
        guard let first = results.first else { return }
        let kind = first.dataset.manifest.kind
        let year = first.dataset.manifest.year
        // Arrays shared between results (a scenario that never touched its indicators) compare
        // equal at once, without looking at their elements.
        let sameIndicators = changedOnly && results.allSatisfy { $0.dataset.indicators == first.dataset.indicators && $0.forecasts == first.forecasts }
        let sameGoals = sameIndicators && results.allSatisfy { $0.dataset.goals == first.dataset.goals }

        // Indicators: target, actual, rate (with status).
        let keys = sameIndicators ? [] : orderedKeys(results.map { $0.dataset.indicators.map { "\($0.code)|\($0.year)" } })
        let maps = sameIndicators ? [] : results.map { Dictionary($0.dataset.indicators.map { ("\($0.code)|\($0.year)", $0) }, uniquingKeysWith: { a, _ in a }) }
        for key in keys {
            let indicators = maps.map { $0[key] }
            guard let any = indicators.compactMap({ $0 }).first else { continue }
            if changedOnly, indicators.allSatisfy({ $0 == indicators[0] }) { continue }
            let figures = indicators.map { $0.map { IndicatorFigures($0, kind: kind, settings: settings) } }
            let label = year == nil || any.year != year ? "\(any.code) \(any.year)" : any.code
            rows.append(Row(section: .indicator, key: label, name: any.name, measure: "target", values: indicators.map { $0?.target }, statuses: []))
            rows.append(Row(section: .indicator, key: label, name: any.name, measure: "actual", values: figures.map { $0?.yearEnd }, statuses: []))
            rows.append(Row(section: .indicator, key: label, name: any.name, measure: "rate", values: figures.map { $0?.rate.value },
                            statuses: figures.map { $0?.status }))
        }

        // Goals: roll-up performance.
        let rollups = sameGoals ? [] : results.map { GoalRollup.all(goals: $0.dataset.goals, indicators: $0.dataset.indicators, year: year, kind: kind, settings: settings) }
        for goal in first.dataset.goals where !sameGoals {
            let values = rollups.map { $0[goal.code]?.performance.value }
            guard values.contains(where: { $0 != nil }) else { continue }
            rows.append(Row(section: .goal, key: goal.code, name: goal.title, measure: "performance", values: values,
                            statuses: rollups.map { $0[goal.code]?.status }))
        }

        // Budget lines and totals.
        let budgets = changedOnly ? Self.changedGroups(results) : results.map(\.dataset.budget)
        // Results with the same budget (an inflation path or a target changes none) share one
        // analysis; when all share it, no line can differ and only the totals are compared.
        var analyses: [BudgetAnalysis] = []
        var sameBudgetAsFirst = true
        for (index, budget) in budgets.enumerated() {
            if let earlier = budgets[..<index].firstIndex(of: budget) {
                analyses.append(analyses[earlier])
                if earlier != 0 { sameBudgetAsFirst = false }
            } else {
                analyses.append(BudgetAnalysis(budget, settings: settings))
                if index != 0 { sameBudgetAsFirst = false }
            }
        }
        let compareLines = !(changedOnly && sameBudgetAsFirst)
        let lineKeys = !compareLines ? [] : orderedKeys(analyses.map { $0.lines.map { "\($0.line.year)|\($0.line.classification.rawValue)|\($0.line.code)" } })
        let lineMaps = !compareLines ? [] : analyses.map { Dictionary($0.lines.map { ("\($0.line.year)|\($0.line.classification.rawValue)|\($0.line.code)", $0) },
                                                 uniquingKeysWith: { a, _ in a }) }
        for key in lineKeys {
            let entries = lineMaps.map { $0[key] }
            guard let any = entries.compactMap({ $0 }).first else { continue }
            for amount in BudgetAmount.allCases {
                let values = entries.map { $0?.amounts[amount] }
                guard values.contains(where: { $0 != nil }) else { continue }
                rows.append(Row(section: .budget, key: "\(any.line.year) \(any.line.code)", name: any.line.name, measure: amount.rawValue,
                                values: values, statuses: []))
            }
        }
        // Totals: of the groups compared line by line (only those can differ), except when only
        // what changed is wanted and the inflation paths differ: then of every group from the
        // whole budgets, since a group's real terms move even where no line does. Results with
        // one budget share them.
        var totalLists: [[BudgetAnalysis.GroupTotal]] = []
        if changedOnly && !results.allSatisfy({ $0.inflation == first.inflation }) {
            for (index, result) in results.enumerated() {
                if let earlier = results[..<index].firstIndex(where: { $0.dataset.budget == result.dataset.budget }) {
                    totalLists.append(totalLists[earlier])
                } else {
                    totalLists.append(BudgetAnalysis.groupTotals(of: result.dataset.budget))
                }
            }
        } else {
            totalLists = analyses.map { $0.totals.map { BudgetAnalysis.GroupTotal(year: $0.year, classification: $0.classification, amounts: $0.amounts) } }
        }
        let totalKeys = orderedKeys(totalLists.map { $0.map { "\($0.year)|\($0.classification.rawValue)" } })
        let totalMaps = totalLists.map { Dictionary($0.map { ("\($0.year)|\($0.classification.rawValue)", $0) }, uniquingKeysWith: { a, _ in a }) }
        for key in totalKeys {
            let totals = totalMaps.map { $0[key] }
            guard let any = totals.compactMap({ $0 }).first else { continue }
            for amount in BudgetAmount.allCases {
                let values = totals.map { $0?.amounts[amount] }
                guard values.contains(where: { $0 != nil }) else { continue }
                rows.append(Row(section: .total, key: "\(any.year)", name: "Toplam \(any.classification.turkishName)", measure: amount.rawValue,
                                values: values, statuses: []))
            }
            let reals = zip(results, totals).map { result, total -> ExactDecimal? in
                guard let total, let amount = total.amounts[.revised] ?? total.amounts[.initial] else { return nil }
                return result.real(amount, year: total.year)
            }
            if reals.contains(where: { $0 != nil }) {
                rows.append(Row(section: .total, key: "\(any.year)", name: "Toplam \(any.classification.turkishName)", measure: "real",
                                values: reals, statuses: []))
            }
        }
    }
}

extension Comparison {
    /// Each result's budget lines of the year-and-classification groups whose lines differ
    /// between the results.
    static func changedGroups(_ results: [ScenarioResult]) -> [[BudgetLine]] {
        let budgets = results.map(\.dataset.budget)
        if budgets.allSatisfy({ $0 == budgets[0] }) { return budgets.map { _ in [] } }
        // Groups as runs of positions, not copies of lines or a lookup per line: a national
        // budget has millions of lines, stored group after group.
        let grouped = budgets.map(Self.runs)
        func lines(_ budget: Int, _ key: GroupKey) -> some Sequence<BudgetLine> {
            (grouped[budget][key] ?? []).lazy.flatMap { budgets[budget][$0] }
        }
        func same(_ key: GroupKey, _ other: Int) -> Bool {
            let count = (grouped[0][key] ?? []).reduce(0) { $0 + $1.count }
            guard count == (grouped[other][key] ?? []).reduce(0, { $0 + $1.count }) else { return false }
            return lines(0, key).elementsEqual(lines(other, key))
        }
        let keys = Set(grouped.flatMap(\.keys))
        let changed = keys.filter { key in budgets.indices.dropFirst().contains { !same(key, $0) } }
        return budgets.indices.map { budget in
            // In the budget's own order: the runs of the changed groups, by first position.
            let ranges = changed.flatMap { grouped[budget][$0] ?? [] }.sorted { $0.lowerBound < $1.lowerBound }
            return ranges.flatMap { budgets[budget][$0] }
        }
    }

    struct GroupKey: Hashable { var year: Int; var classification: Classification }

    /// Each group's runs of consecutive positions in `budget`.
    static func runs(_ budget: [BudgetLine]) -> [GroupKey: [Range<Int>]] {
        var runs: [GroupKey: [Range<Int>]] = [:]
        var start = 0
        while start < budget.count {
            let key = GroupKey(year: budget[start].year, classification: budget[start].classification)
            var end = start + 1
            while end < budget.count, budget[end].year == key.year, budget[end].classification == key.classification { end += 1 }
            runs[key, default: []].append(start..<end)
            start = end
        }
        return runs
    }
}

/// Keys in first-seen order across several lists.
private func orderedKeys(_ lists: [[String]]) -> [String] {
    var seen = Set<String>(), order: [String] = []
    for list in lists { for key in list where seen.insert(key).inserted { order.append(key) } }
    return order
}
