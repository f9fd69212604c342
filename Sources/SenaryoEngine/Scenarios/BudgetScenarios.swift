/// The budget operations: growth, scaling to a total, transfers.
enum BudgetScenarios {
    static func grow(_ growth: BudgetGrowth, in dataset: inout Dataset) throws(ScenarioError) {
        dataset.budget = try GrowthPlan(growth, budget: dataset.budget).budget(rate: growth.rate)
    }

    /// Scales the lines without sub-lines that are not held by one factor, then sums parents
    /// from their sub-lines, so the year's total becomes `total` and every parent its parts' sum.
    static func scale(year: Int, classification: Classification, to total: ExactDecimal, holds: [String], rounding: ExactDecimal?,
                      in dataset: inout Dataset) throws(ScenarioError) {
        let indices = dataset.budget.indices.filter { dataset.budget[$0].year == year && dataset.budget[$0].classification == classification }
        guard !indices.isEmpty else { throw ScenarioError("no \(classification.rawValue) budget lines in \(year)") }
        let present = BudgetCodes.prefixes(of: indices.map { dataset.budget[$0].code })
        for hold in holds where !["capital", "current"].contains(hold) {
            guard present.contains(BudgetCodes.segments(hold).joined(separator: ".")) else {
                throw ScenarioError("no \(classification.rawValue) line \(hold) in \(year)")
            }
        }
        let amount: BudgetAmount = indices.contains { dataset.budget[$0].revised != nil } ? .revised : .initial
        let parents = Set(indices.compactMap { dataset.budget[$0].parent })
        let leaves = indices.filter { !parents.contains(dataset.budget[$0].code) }
        let heldSelectors = CodeSelectors(holds.map { ($0, ()) }, classification: classification)
        func held(_ index: Int) -> Bool { !heldSelectors.isEmpty && heldSelectors.match(dataset.budget[index].code, order: [:]) != nil }
        let heldTotal = leaves.filter(held).compactMap { amount.of(dataset.budget[$0]) }.sum()
        let freeTotal = leaves.filter { !held($0) }.compactMap { amount.of(dataset.budget[$0]) }.sum()
        guard !freeTotal.isZero else { throw ScenarioError("every line is held: nothing can scale") }
        let factor = (total - heldTotal).divided(by: freeTotal)!
        for index in leaves where !held(index) {
            guard let value = amount.of(dataset.budget[index]) else { continue }
            let scaled = rounding.map { (value * factor).rounded(toMultipleOf: $0) } ?? (value * factor).rounded(scale: 2).normalized
            if amount == .revised { dataset.budget[index].revised = scaled } else { dataset.budget[index].initial = scaled }
        }
        // Parents are the sum of their sub-lines, deepest first.
        var firstIndex: [String: Int] = [:], childrenOf: [String: [Int]] = [:]
        for index in indices {
            let line = dataset.budget[index]
            if firstIndex[line.code] == nil { firstIndex[line.code] = index }
            if let parent = line.parent { childrenOf[parent, default: []].append(index) }
        }
        let group = indices.map { dataset.budget[$0] }
        for (line, _) in Hierarchy.depthFirst(group, key: \.code, parent: \.parent).reversed() where parents.contains(line.code) {
            guard let index = firstIndex[line.code] else { continue }
            let children = (childrenOf[line.code] ?? []).compactMap { amount.of(dataset.budget[$0]) }
            guard !children.isEmpty else { continue }
            if amount == .revised { dataset.budget[index].revised = children.sum() } else { dataset.budget[index].initial = children.sum() }
        }
    }

    static func transfer(_ amount: ExactDecimal, from: String, to: String, year: Int, classification: Classification,
                         in dataset: inout Dataset) throws(ScenarioError) {
        func find(_ code: String) throws(ScenarioError) -> Int {
            guard let index = dataset.budget.firstIndex(where: { $0.year == year && $0.classification == classification && $0.code == code }) else {
                throw ScenarioError("no \(classification.rawValue) line \(code) in \(year)")
            }
            return index
        }
        let source = try find(from), target = try find(to)
        guard source != target else { throw ScenarioError("a transfer needs two different lines") }
        // Each line gives or takes from what it has: its final appropriation during the year
        // (recorded as deducted / added), or, in a year being planned, its KBÖ.
        guard let available = dataset.budget[source].effectiveRevised ?? dataset.budget[source].initial, available >= amount else {
            throw ScenarioError("line \(from) has less than \(amount) to give")
        }
        for (index, sign) in [(source, ExactDecimal(-1)), (target, ExactDecimal(1))] {
            var line = dataset.budget[index]
            if let revised = line.effectiveRevised {
                if sign.isNegative { line.deducted = (line.deducted ?? .zero) + amount } else { line.added = (line.added ?? .zero) + amount }
                if line.revised != nil { line.revised = revised + sign * amount }
            } else {
                line.initial = (line.initial ?? .zero) + sign * amount
            }
            dataset.budget[index] = line
        }
    }
}

/// The parent–child structure of one year and classification's lines, built once, so that
/// parents can be re-summed from their sub-lines (deepest first) in linear time however often
/// the amounts change (every year of a compound growth, every point of a sweep).
struct ParentSums {
    /// Line indices, children before their parents.
    private let bottomUp: [Int]
    /// Each line's children (lines whose `parent` is its code), in file order.
    private let children: [[Int]]

    init(_ lines: [BudgetLine]) {
        var byCode: [String: [Int]] = [:]
        for (index, line) in lines.enumerated() { if let parent = line.parent { byCode[parent, default: []].append(index) } }
        children = lines.map { byCode[$0.code] ?? [] }
        bottomUp = Hierarchy.depthFirst(Array(lines.indices), key: { lines[$0].code }, parent: { lines[$0].parent }).reversed().map(\.item)
    }

    func apply(to lines: inout [BudgetLine]) {
        for index in bottomUp where !children[index].isEmpty {
            var sum: ExactDecimal?
            for child in children[index] { if let value = lines[child].initial { sum = (sum ?? .zero) + value } }
            if let sum { lines[index].initial = sum }
        }
    }

    /// The same on the lines' amounts alone (one per line, in line order).
    func apply(toAmounts amounts: inout [ExactDecimal?]) {
        for index in bottomUp where !children[index].isEmpty {
            var sum: ExactDecimal?
            for child in children[index] { if let value = amounts[child] { sum = (sum ?? .zero) + value } }
            if let sum { amounts[index] = sum }
        }
    }
}
