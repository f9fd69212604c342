/// The budget operations: growth, scaling to a total, transfers.
enum BudgetScenarios {
    static func grow(_ growth: BudgetGrowth, in dataset: inout Dataset) throws(ScenarioError) {
        guard growth.toYear > growth.fromYear else { throw ScenarioError("the target year must come after \(growth.fromYear)") }
        let base = dataset.budget.filter { $0.year == growth.fromYear && $0.classification == growth.classification }
        guard !base.isEmpty else { throw ScenarioError("no \(growth.classification.rawValue) budget lines in \(growth.fromYear)") }
        for selector in growth.holds + growth.codeRates.map(\.code) where !["capital", "current"].contains(selector) {
            guard base.contains(where: { BudgetCodes.code($0.code, isWithin: selector) }) else {
                throw ScenarioError("no \(growth.classification.rawValue) line \(selector) in \(growth.fromYear)")
            }
        }
        var current = base.map { line -> BudgetLine in
            var copy = BudgetLine(year: line.year, classification: line.classification, code: line.code, parent: line.parent, name: line.name)
            copy.initial = growth.base.of(line)
            return copy
        }
        guard current.contains(where: { $0.initial != nil }) else {
            throw ScenarioError("no \(growth.base.rawValue) amounts in \(growth.fromYear) to grow")
        }
        let hundred = ExactDecimal.hundred
        for year in (growth.fromYear + 1)...growth.toYear {
            current = current.map { line in
                var next = line
                next.year = year
                if let amount = line.initial, !growth.holds.contains(where: { BudgetCodes.code(line.code, matches: $0, classification: growth.classification) }) {
                    // The most specific rate that covers the line: a code rate (longest code) or the overall one.
                    let rate = growth.codeRates
                        .filter { BudgetCodes.code(line.code, matches: $0.code, classification: growth.classification) }
                        .max { BudgetCodes.segments($0.code).count < BudgetCodes.segments($1.code).count }?.rate ?? growth.rate
                    var grown = amount + (amount * rate).divided(by: hundred)!
                    // The declared rounding rule: to the step given, else to the kuruş (half-up).
                    grown = growth.rounding.map { grown.rounded(toMultipleOf: $0) } ?? grown.rounded(scale: 2).normalized
                    next.initial = grown
                }
                return next
            }
            current = sumParents(current)
            dataset.budget.removeAll { $0.year == year && $0.classification == growth.classification }
            dataset.budget += current
        }
    }

    /// Scales the lines without sub-lines that are not held by one factor, then sums parents
    /// from their sub-lines, so the year's total becomes `total` and every parent its parts' sum.
    static func scale(year: Int, classification: Classification, to total: ExactDecimal, holds: [String], rounding: ExactDecimal?,
                      in dataset: inout Dataset) throws(ScenarioError) {
        let indices = dataset.budget.indices.filter { dataset.budget[$0].year == year && dataset.budget[$0].classification == classification }
        guard !indices.isEmpty else { throw ScenarioError("no \(classification.rawValue) budget lines in \(year)") }
        for hold in holds where !["capital", "current"].contains(hold) {
            guard indices.contains(where: { BudgetCodes.code(dataset.budget[$0].code, isWithin: hold) }) else {
                throw ScenarioError("no \(classification.rawValue) line \(hold) in \(year)")
            }
        }
        let amount: BudgetAmount = indices.contains { dataset.budget[$0].revised != nil } ? .revised : .initial
        let parents = Set(indices.compactMap { dataset.budget[$0].parent })
        let leaves = indices.filter { !parents.contains(dataset.budget[$0].code) }
        func held(_ index: Int) -> Bool { holds.contains { BudgetCodes.code(dataset.budget[index].code, matches: $0, classification: classification) } }
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
        let group = indices.map { dataset.budget[$0] }
        for (line, _) in Hierarchy.depthFirst(group, key: \.code, parent: \.parent).reversed() where parents.contains(line.code) {
            guard let index = indices.first(where: { dataset.budget[$0].code == line.code }) else { continue }
            let children = indices.filter { dataset.budget[$0].parent == line.code }.compactMap { amount.of(dataset.budget[$0]) }
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

    /// Parents with children get their children's sum, so grown sub-lines and their parent agree.
    static func sumParents(_ lines: [BudgetLine]) -> [BudgetLine] {
        var result = lines
        let depthFirst = Hierarchy.depthFirst(Array(lines.indices), key: { lines[$0].code }, parent: { lines[$0].parent })
        for (index, _) in depthFirst.reversed() {
            let children = result.indices.filter { result[$0].parent == result[index].code }
            let values = children.compactMap { result[$0].initial }
            if !values.isEmpty { result[index].initial = values.sum() }
        }
        return result
    }
}
