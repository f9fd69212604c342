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

    static func scale(year: Int, classification: Classification, to total: ExactDecimal, holds: [String], rounding: ExactDecimal?,
                      in dataset: inout Dataset) throws(ScenarioError) {
        let indices = dataset.budget.indices.filter { dataset.budget[$0].year == year && dataset.budget[$0].classification == classification }
        guard !indices.isEmpty else { throw ScenarioError("no \(classification.rawValue) budget lines in \(year)") }
        let amount: BudgetAmount = indices.contains { dataset.budget[$0].revised != nil } ? .revised : .initial
        let codes = Set(indices.map { dataset.budget[$0].code })
        let top = indices.filter { dataset.budget[$0].parent.map { !codes.contains($0) } ?? true }
        func held(_ index: Int) -> Bool { holds.contains { BudgetCodes.code(dataset.budget[index].code, matches: $0, classification: classification) } }
        let heldTotal = top.filter(held).compactMap { amount.of(dataset.budget[$0]) }.sum()
        let freeTotal = top.filter { !held($0) }.compactMap { amount.of(dataset.budget[$0]) }.sum()
        guard !freeTotal.isZero else { throw ScenarioError("every line is held: nothing can scale") }
        let factor = (total - heldTotal).divided(by: freeTotal)!
        for index in indices where !held(index) {
            var line = dataset.budget[index]
            if let value = amount.of(line) {
                var scaled = value * factor
                scaled = rounding.map { scaled.rounded(toMultipleOf: $0) } ?? scaled.rounded(scale: 2)
                if amount == .revised { line.revised = scaled } else { line.initial = scaled }
            }
            dataset.budget[index] = line
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
        // A year being planned has only appropriations (KBÖ): the transfer moves those.
        if dataset.budget[source].effectiveRevised == nil && dataset.budget[target].effectiveRevised == nil {
            guard let available = dataset.budget[source].initial, available >= amount, dataset.budget[target].initial != nil else {
                throw ScenarioError("line \(from) has less than \(amount) to give")
            }
            dataset.budget[source].initial = available - amount
            dataset.budget[target].initial = dataset.budget[target].initial! + amount
            return
        }
        guard let available = dataset.budget[source].effectiveRevised, available >= amount else {
            throw ScenarioError("line \(from) has less than \(amount) to give")
        }
        for (index, sign) in [(source, ExactDecimal(-1)), (target, ExactDecimal(1))] {
            var line = dataset.budget[index]
            let revised = line.effectiveRevised ?? .zero
            if sign.isNegative { line.deducted = (line.deducted ?? .zero) + amount } else { line.added = (line.added ?? .zero) + amount }
            if line.revised != nil || line.effectiveRevised == nil { line.revised = revised + sign * amount }
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
