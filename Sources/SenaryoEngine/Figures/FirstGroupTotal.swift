extension BudgetAnalysis {
    /// The amounts of the first year-and-classification total of `budget`: what
    /// `BudgetAnalysis(budget).totals.first?.amounts` gives for `amounts`, without analysing
    /// every line (no depths, shares, changes or line records).
    ///
    /// A sweep asks for one total per point; the full analysis of a national year took most of
    /// its time. The same rules apply: a line's amount is its own, else the sum of its
    /// sub-lines' (recursively); the total adds up the lines whose parent is not in the group.
    public static func firstGroupTotal(of budget: [BudgetLine], amounts: [BudgetAmount]) -> BudgetAmounts? {
        guard let first = budget.first else { return nil }
        let members = budget.indices.filter { budget[$0].year == first.year && budget[$0].classification == first.classification }
        var indexOf: [String: Int] = [:]
        indexOf.reserveCapacity(members.count)
        for index in members where indexOf[budget[index].code] == nil { indexOf[budget[index].code] = index }
        var children: [Int: [Int]] = [:]
        var roots: [Int] = []
        for index in members {
            if let parent = budget[index].parent, let p = indexOf[parent], p != index {
                children[p, default: []].append(index)
            } else {
                roots.append(index)
            }
        }
        func amount(_ index: Int, _ kind: BudgetAmount) -> ExactDecimal? {
            if let own = kind.of(budget[index]) { return own }
            var sum: ExactDecimal?
            for child in children[index] ?? [] {
                if let value = amount(child, kind) { sum = (sum ?? .zero) + value }
            }
            return sum
        }
        var total = BudgetAmounts()
        for kind in amounts {
            var sum: ExactDecimal?
            for root in roots {
                if let value = amount(root, kind) { sum = (sum ?? .zero) + value }
            }
            total[kind] = sum
        }
        return total
    }
}
