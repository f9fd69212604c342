extension BudgetAnalysis {
    /// One year and classification's total, as `BudgetAnalysis.Total.amounts` has it.
    public struct GroupTotal: Sendable, Hashable {
        public var year: Int
        public var classification: Classification
        public var amounts: BudgetAmounts
    }

    /// The totals of every year and classification of `budget`, in first-seen order: what
    /// `BudgetAnalysis(budget).totals` gives for `amounts`, without analysing every line (no
    /// depths, shares, changes or line records).
    ///
    /// A sweep asks for a total per point, and a comparison of real terms for every total; the
    /// full analysis of a national budget took most of their time. The rules are the same: a
    /// line's amount is its own, else the sum of its sub-lines' (recursively); the total adds
    /// up the lines whose parent is not in the group.
    public static func groupTotals(of budget: [BudgetLine], amounts: [BudgetAmount] = BudgetAmount.allCases,
                                   onlyFirst: Bool = false) -> [GroupTotal] {
        struct GroupKey: Hashable { var year: Int; var classification: Classification }
        var order: [GroupKey] = []
        var members: [GroupKey: [Int]] = [:]
        for index in budget.indices {
            let key = GroupKey(year: budget[index].year, classification: budget[index].classification)
            if members[key] == nil {
                if onlyFirst && !order.isEmpty { continue }
                order.append(key)
            }
            members[key, default: []].append(index)
        }
        return order.map { key in
            GroupTotal(year: key.year, classification: key.classification,
                       amounts: total(of: members[key]!, in: budget, amounts: amounts))
        }
    }

    /// The total of the first year and classification of `budget` (see `groupTotals`).
    public static func firstGroupTotal(of budget: [BudgetLine], amounts: [BudgetAmount]) -> BudgetAmounts? {
        groupTotals(of: budget, amounts: amounts, onlyFirst: true).first?.amounts
    }

    private static func total(of members: [Int], in budget: [BudgetLine], amounts: [BudgetAmount]) -> BudgetAmounts {
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
