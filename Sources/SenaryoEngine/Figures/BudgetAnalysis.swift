/// Derived figures for a dataset's budget: roll-ups, remaining, realisation, shares,
/// year-on-year changes and totals, all exact.
public struct BudgetAnalysis: Sendable {
    /// One line with what is derived for it.
    public struct Line: Sendable {
        public var line: BudgetLine
        public var depth: Int
        /// Each amount: the line's own, or the sum of its children's when it has none of its own.
        public var amounts: [BudgetAmount: ExactDecimal]
        /// The amounts that were summed from children rather than stated.
        public var rolledUp: Set<BudgetAmount>
        /// revised − spent.
        public var remaining: Outcome
        /// spent / revised × 100.
        public var realisation: Outcome
        /// The line's revised (else initial) as a share of its year and classification's total.
        public var share: Outcome
        /// Change of the chosen amount against the same code's previous year.
        public var change: Outcome
        /// The previous year's amount the change compares with.
        public var previous: ExactDecimal?
    }

    /// The total of one year and classification: its top-level lines added up.
    public struct Total: Sendable {
        public var year: Int
        public var classification: Classification
        public var amounts: [BudgetAmount: ExactDecimal]
        public var remaining: Outcome
        public var realisation: Outcome
        public var change: Outcome
    }

    /// Lines in display order: by year and classification as first seen, nested depth-first.
    public private(set) var lines: [Line] = []
    public private(set) var totals: [Total] = []

    public init(_ budget: [BudgetLine], settings: FigureSettings = .standard) {
        var order: [String] = []
        var groups: [String: [BudgetLine]] = [:]
        for line in budget {
            let key = Self.key(line.year, line.classification)
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(line)
        }
        // Amounts with roll-ups, per group.
        var amountsByKey: [String: [BudgetAmount: ExactDecimal]] = [:]
        var rolledByKey: [String: Set<BudgetAmount>] = [:]
        var nested: [String: [(BudgetLine, Int)]] = [:]
        var totalsByGroup: [String: [BudgetAmount: ExactDecimal]] = [:]
        for key in order {
            let group = groups[key]!
            var children: [String: [BudgetLine]] = [:]
            for line in group { if let parent = line.parent { children[parent, default: []].append(line) } }
            var memo: [String: ([BudgetAmount: ExactDecimal], Set<BudgetAmount>)] = [:]
            var visiting: Set<String> = []
            func resolve(_ line: BudgetLine) -> ([BudgetAmount: ExactDecimal], Set<BudgetAmount>) {
                if let done = memo[line.code] { return done }
                visiting.insert(line.code)
                defer { visiting.remove(line.code) }
                var amounts: [BudgetAmount: ExactDecimal] = [:], rolled: Set<BudgetAmount> = []
                let kids = (children[line.code] ?? []).filter { !visiting.contains($0.code) }.map(resolve)
                for amount in BudgetAmount.allCases {
                    if let own = amount.of(line) {
                        amounts[amount] = own
                    } else {
                        let values = kids.compactMap { $0.0[amount] }
                        if !values.isEmpty { amounts[amount] = values.sum(); rolled.insert(amount) }
                    }
                }
                memo[line.code] = (amounts, rolled)
                return (amounts, rolled)
            }
            for line in group {
                let (amounts, rolled) = resolve(line)
                amountsByKey[Self.key(line)] = amounts
                rolledByKey[Self.key(line)] = rolled
            }
            nested[key] = Hierarchy.depthFirst(group, key: \.code, parent: \.parent).map { ($0.item, $0.depth) }
            var total: [BudgetAmount: ExactDecimal] = [:]
            let codes = Set(group.map(\.code))
            for line in group where line.parent == nil || !codes.contains(line.parent!) {
                for (amount, value) in amountsByKey[Self.key(line)]! { total[amount, default: .zero] += value }
            }
            totalsByGroup[key] = total
        }

        for key in order {
            let groupTotal = totalsByGroup[key]!
            for (line, depth) in nested[key]! {
                let amounts = amountsByKey[Self.key(line)]!
                let previousKey = Self.key(line.year - 1, line.classification) + "|" + line.code
                let previous = amountsByKey[previousKey]?[settings.changeBasis]
                let shareBase: BudgetAmount = amounts[.revised] != nil ? .revised : .initial
                lines.append(Line(
                    line: line, depth: depth, amounts: amounts, rolledUp: rolledByKey[Self.key(line)]!,
                    remaining: Self.remaining(amounts),
                    realisation: Formulas.percent(amounts[.spent], of: amounts[.revised]),
                    share: Formulas.percent(amounts[shareBase], of: groupTotal[shareBase]),
                    change: amountsByKey[previousKey] == nil ? .undefined("no line \(line.code) in \(line.year - 1)")
                        : Formulas.change(from: previous, to: amounts[settings.changeBasis]),
                    previous: previous))
            }
            let first = groups[key]![0]
            let previousTotal = totalsByGroup[Self.key(first.year - 1, first.classification)]
            totals.append(Total(
                year: first.year, classification: first.classification, amounts: groupTotal,
                remaining: Self.remaining(groupTotal),
                realisation: Formulas.percent(groupTotal[.spent], of: groupTotal[.revised]),
                change: previousTotal == nil ? .undefined("no budget in \(first.year - 1)")
                    : Formulas.change(from: previousTotal?[settings.changeBasis], to: groupTotal[settings.changeBasis])))
        }
    }

    private static func remaining(_ amounts: [BudgetAmount: ExactDecimal]) -> Outcome {
        guard let revised = amounts[.revised] else { return .undefined("no revised appropriation") }
        guard let spent = amounts[.spent] else { return .undefined("no spending") }
        return .value(revised - spent)
    }

    static func key(_ year: Int, _ classification: Classification) -> String { "\(year)|\(classification.rawValue)" }
    static func key(_ line: BudgetLine) -> String { key(line.year, line.classification) + "|" + line.code }

    /// The total of a year and classification, if the budget has one.
    public func total(year: Int, classification: Classification) -> Total? {
        totals.first { $0.year == year && $0.classification == classification }
    }
}

/// Year-on-year change of series values (same series and period, previous year).
public enum SeriesFigures {
    public static func changes(_ points: [SeriesPoint]) -> [Outcome] {
        var byKey: [String: ExactDecimal] = [:]
        for point in points { byKey["\(point.series)|\(point.period ?? "")|\(point.year)"] = point.value }
        return points.map { point in
            guard let previous = byKey["\(point.series)|\(point.period ?? "")|\(point.year - 1)"] else {
                return .undefined("no value for \(point.year - 1)")
            }
            return Formulas.change(from: previous, to: point.value)
        }
    }
}
