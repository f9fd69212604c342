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
        let shape = GroupTotalShape(codes: members.map { budget[$0].code }, parents: members.map { budget[$0].parent })
        var total = BudgetAmounts()
        for kind in amounts { total[kind] = shape.total { kind.of(budget[members[$0]]) } }
        return total
    }
}

/// How one year and classification's lines add up to its total: which lines are at the top
/// (their parent is not in the group) and each line's sub-lines. Built once from the codes,
/// it totals any amounts for those lines: a sweep totals the same lines at every rate.
struct GroupTotalShape: Sendable {
    private let roots: [Int]
    private let children: [[Int]]

    /// `codes` and `parents` of the group's lines, in order; the first line with a code is the
    /// one its sub-lines belong to.
    init(codes: [String], parents: [String?]) {
        var indexOf: [String: Int] = [:]
        indexOf.reserveCapacity(codes.count)
        for (index, code) in codes.enumerated() where indexOf[code] == nil { indexOf[code] = index }
        var children = [[Int]](repeating: [], count: codes.count)
        var roots: [Int] = []
        for index in codes.indices {
            if let parent = parents[index], let p = indexOf[parent], p != index {
                children[p].append(index)
            } else {
                roots.append(index)
            }
        }
        self.roots = roots
        self.children = children
    }

    /// The total of `amount` (by line position): a line's own amount, else its sub-lines'
    /// (recursively); nil when no top line has one.
    func total(_ amount: (Int) -> ExactDecimal?) -> ExactDecimal? {
        func value(_ index: Int) -> ExactDecimal? {
            if let own = amount(index) { return own }
            var sum: ExactDecimal?
            for child in children[index] {
                if let part = value(child) { sum = (sum ?? .zero) + part }
            }
            return sum
        }
        var sum: ExactDecimal?
        for root in roots {
            if let part = value(root) { sum = (sum ?? .zero) + part }
        }
        return sum
    }
}
