/// Derived figures for a dataset's budget: roll-ups, remaining, realisation, shares,
/// year-on-year changes and totals, all exact.
public struct BudgetAnalysis: Sendable {
    /// One line with what is derived for it.
    public struct Line: Sendable {
        public var line: BudgetLine
        public var depth: Int
        /// Each amount: the line's own, or the sum of its children's when it has none of its own.
        public var amounts: BudgetAmounts
        /// The amounts that were summed from children rather than stated.
        public var rolledUp: Set<BudgetAmount>
        /// revised − spent.
        public var remaining: Outcome
        /// spent / revised × 100.
        public var realisation: Outcome
        /// The line's revised (else initial) as a share of its year and classification's total.
        public var share: Outcome
        /// The line's spending as a share of its year and classification's spending: the
        /// distribution of spending (harcamaların dağılımı) reports print beside that of the
        /// appropriations.
        public var spentShare: Outcome
        /// Change of the chosen amount against the same code's previous year.
        public var change: Outcome
        /// The previous year's amount the change compares with.
        public var previous: ExactDecimal?
    }

    /// The total of one year and classification: its top-level lines added up.
    public struct Total: Sendable {
        public var year: Int
        public var classification: Classification
        public var amounts: BudgetAmounts
        public var remaining: Outcome
        public var realisation: Outcome
        public var change: Outcome
    }

    /// Lines in display order: by year and classification as first seen, nested depth-first.
    public private(set) var lines: [Line] = []
    public private(set) var totals: [Total] = []

    public init(_ budget: [BudgetLine], settings: FigureSettings = .standard) {
        // Everything is indexed by position in `budget`: a national budget has millions of
        // lines, so no per-line string keys, dictionaries of amounts or copies of lines.
        struct GroupKey: Hashable { var year: Int; var classification: Classification }
        struct LineKey: Hashable { var year: Int; var classification: Classification; var code: String }
        var groupOrder: [GroupKey] = []
        var members: [GroupKey: [Int]] = [:]
        var indexOf: [LineKey: Int] = [:]
        indexOf.reserveCapacity(budget.count)
        for (index, line) in budget.enumerated() {
            let group = GroupKey(year: line.year, classification: line.classification)
            if members[group] == nil { groupOrder.append(group) }
            members[group, default: []].append(index)
            indexOf[LineKey(year: line.year, classification: line.classification, code: line.code)] = indexOf[LineKey(year: line.year, classification: line.classification, code: line.code)] ?? index
        }
        var parentOf = [Int?](repeating: nil, count: budget.count)
        var children = [[Int]](repeating: [], count: budget.count)
        for (index, line) in budget.enumerated() {
            guard let parent = line.parent, let p = indexOf[LineKey(year: line.year, classification: line.classification, code: parent)], p != index else { continue }
            parentOf[index] = p
            children[p].append(index)
        }

        // Amounts, with roll-ups: children before parents (depth-first order, reversed).
        var amounts = [BudgetAmounts](repeating: BudgetAmounts(), count: budget.count)
        var rolled = [Set<BudgetAmount>](repeating: [], count: budget.count)
        var depthOf = [Int](repeating: 0, count: budget.count)
        var ordered: [(group: GroupKey, indices: [Int])] = []
        for group in groupOrder {
            let indices = members[group]!
            let nested = Hierarchy.depthFirst(indices, key: { budget[$0].code }, parent: { budget[$0].parent })
            for (index, depth) in nested { depthOf[index] = depth }
            ordered.append((group, nested.map(\.item)))
            for (index, _) in nested.reversed() {
                let line = budget[index]
                var own = BudgetAmounts()
                for amount in BudgetAmount.allCases {
                    if let value = amount.of(line) {
                        own[amount] = value
                    } else {
                        var sum: ExactDecimal?
                        for child in children[index] where parentOf[child] == index {
                            if let value = amounts[child][amount] { sum = (sum ?? .zero) + value }
                        }
                        if let sum { own[amount] = sum; rolled[index].insert(amount) }
                    }
                }
                amounts[index] = own
            }
        }

        // Totals: the top-level lines of each year and classification.
        var totalOf: [GroupKey: BudgetAmounts] = [:]
        for (group, indices) in ordered {
            var total = BudgetAmounts()
            for index in indices where parentOf[index] == nil {
                for (amount, value) in amounts[index].pairs { total[amount] = (total[amount] ?? .zero) + value }
            }
            totalOf[group] = total
        }

        lines.reserveCapacity(budget.count)
        for (group, indices) in ordered {
            let groupTotal = totalOf[group]!
            for index in indices {
                let line = budget[index]
                let own = amounts[index]
                let previousIndex = indexOf[LineKey(year: line.year - 1, classification: line.classification, code: line.code)]
                let previous = previousIndex.flatMap { amounts[$0][settings.changeBasis] }
                let shareBase: BudgetAmount = own[.revised] != nil ? .revised : .initial
                lines.append(Line(
                    line: line, depth: depthOf[index], amounts: own, rolledUp: rolled[index],
                    remaining: Self.remaining(own),
                    realisation: Formulas.percent(own[.spent], of: own[.revised]),
                    share: Formulas.percent(own[shareBase], of: groupTotal[shareBase]),
                    spentShare: Formulas.percent(own[.spent], of: groupTotal[.spent]),
                    change: previousIndex == nil ? .undefined("no line \(line.code) in \(line.year - 1)")
                        : Formulas.change(from: previous, to: own[settings.changeBasis]),
                    previous: previous))
            }
            let previousTotal = totalOf[GroupKey(year: group.year - 1, classification: group.classification)]
            totals.append(Total(
                year: group.year, classification: group.classification, amounts: groupTotal,
                remaining: Self.remaining(groupTotal),
                realisation: Formulas.percent(groupTotal[.spent], of: groupTotal[.revised]),
                change: previousTotal == nil ? .undefined("no budget in \(group.year - 1)")
                    : Formulas.change(from: previousTotal?[settings.changeBasis], to: groupTotal[settings.changeBasis])))
        }
    }

    private static func remaining(_ amounts: BudgetAmounts) -> Outcome {
        guard let revised = amounts[.revised] else { return .undefined("no revised appropriation") }
        guard let spent = amounts[.spent] else { return .undefined("no spending") }
        return .value(revised - spent)
    }


    /// The total of a year and classification, if the budget has one.
    public func total(year: Int, classification: Classification) -> Total? {
        totals.first { $0.year == year && $0.classification == classification }
    }
}

/// Year-on-year change of series values (same series and period, previous year).
public enum SeriesFigures {
    /// The change from the year before, `(this − last) / last × 100` (for a series measured in
    /// per cent, tables show `pointChanges` instead: a percentage of a percentage misleads).
    public static func changes(_ points: [SeriesPoint]) -> [Outcome] {
        zip(points, previousValues(points)).map { point, previous in
            guard let previous else { return .undefined("no value for \(point.year - 1)") }
            return Formulas.change(from: previous, to: point.value)
        }
    }

    /// The change from the year before in percentage points, for series measured in per cent.
    public static func pointChanges(_ points: [SeriesPoint]) -> [Outcome] {
        zip(points, previousValues(points)).map { point, previous in
            guard isPercentage(point) else { return .undefined("not a series in %") }
            guard let previous else { return .undefined("no value for \(point.year - 1)") }
            return .value(point.value - previous)
        }
    }

    /// Whether the series is measured in per cent: its unit is `%`, Yüzde, Oran or Puan.
    public static func isPercentage(_ point: SeriesPoint) -> Bool {
        guard let unit = point.unit else { return false }
        // Cells are read trimmed; "Yüzde" and "YÜZDE" are the same unit.
        let key = TurkishText.matchKey(unit)
        return key == "%" || key == "yüzde" || key == "oran" || key == "puan"
    }

    /// Each point's value of the year before (same series and period), when the series has it.
    public static func previousValues(_ points: [SeriesPoint]) -> [ExactDecimal?] {
        var byKey: [String: ExactDecimal] = [:]
        for point in points { byKey["\(point.series)|\(point.period ?? "")|\(point.year)"] = point.value }
        return points.map { byKey["\($0.series)|\($0.period ?? "")|\($0.year - 1)"] }
    }
}
