/// A budget growth compiled against one budget: everything `grow` works out that does not
/// depend on the overall rate.
///
/// Growing a national budget means finding the base year's lines, which rate each line takes
/// (held, a code's own rate, or the overall one), the order parents are re-summed in, and the
/// lines the grown years keep. A sweep over the overall rate asks for the same growth at 50
/// rates on the same budget; with the plan made once, each rate only computes the grown
/// amounts. `budget(rate:)` gives exactly what `BudgetScenarios.grow` gives at that rate.
struct GrowthPlan: Sendable {
    /// Which rate a base line grows by.
    enum LineRate: Sendable {
        case held
        case own(ExactDecimal)
        case overall
    }

    let growth: BudgetGrowth
    /// The base year's lines of the classification, carrying only the base amount (as `initial`).
    private let template: [BudgetLine]
    private let rates: [LineRate]
    private let hierarchy: ParentSums
    /// The budget grown (shared, not copied): its lines outside the grown years'
    /// classification are kept, the others replaced.
    private let source: [BudgetLine]

    init(_ growth: BudgetGrowth, budget: [BudgetLine]) throws(ScenarioError) {
        guard growth.toYear > growth.fromYear else { throw ScenarioError("the target year must come after \(growth.fromYear)") }
        let base = budget.filter { $0.year == growth.fromYear && $0.classification == growth.classification }
        guard !base.isEmpty else { throw ScenarioError("no \(growth.classification.rawValue) budget lines in \(growth.fromYear)") }
        let present = BudgetCodes.prefixes(of: base.lazy.map(\.code))
        for selector in growth.holds + growth.codeRates.map(\.code) where !["capital", "current"].contains(selector) {
            guard present.contains(BudgetCodes.segments(selector).joined(separator: ".")) else {
                throw ScenarioError("no \(growth.classification.rawValue) line \(selector) in \(growth.fromYear)")
            }
        }
        let template = base.map { line -> BudgetLine in
            var copy = BudgetLine(year: line.year, classification: line.classification, code: line.code, parent: line.parent, name: line.name)
            copy.initial = growth.base.of(line)
            return copy
        }
        guard template.contains(where: { $0.initial != nil }) else {
            throw ScenarioError("no \(growth.base.rawValue) amounts in \(growth.fromYear) to grow")
        }
        // Held lines keep their amount; others take the most specific code rate that covers
        // them, else the overall one.
        let holds = CodeSelectors(growth.holds.map { ($0, ()) }, classification: growth.classification)
        let codeRates = CodeSelectors(growth.codeRates.map { ($0.code, $0.rate) }, classification: growth.classification)
        let order = CodeSelectors<ExactDecimal>.order(of: growth.codeRates.map(\.code), classification: growth.classification)
        rates = template.map { line in
            if !holds.isEmpty, holds.match(line.code, order: [:]) != nil { return .held }
            if !codeRates.isEmpty, let rate = codeRates.match(line.code, order: order) { return .own(rate) }
            return .overall
        }
        self.growth = growth
        self.template = template
        self.hierarchy = ParentSums(template)
        self.source = budget
    }

    /// Whether this plan serves `other`: the same growth but for the overall rate.
    func serves(_ other: BudgetGrowth) -> Bool {
        var same = other
        same.rate = growth.rate
        return same == growth
    }

    private func isReplaced(_ line: BudgetLine) -> Bool {
        line.classification == growth.classification && line.year > growth.fromYear && line.year <= growth.toYear
    }

    /// The kept lines of `years`, in budget order.
    func keptLines(in years: Set<Int>) -> [BudgetLine] {
        source.filter { years.contains($0.year) && !isReplaced($0) }
    }

    /// The whole budget grown at the overall `rate`: the kept lines, then each grown year's.
    func budget(rate: ExactDecimal) -> [BudgetLine] {
        let grown = grownLines(rate: rate)
        var budget: [BudgetLine] = []
        budget.reserveCapacity(source.count + grown.count)
        for line in source where !isReplaced(line) { budget.append(line) }
        budget += grown
        return budget
    }

    /// The lines of the grown years at the overall `rate`, year after year.
    func grownLines(rate: ExactDecimal) -> [BudgetLine] {
        let grownYears = Array((growth.fromYear + 1)...growth.toYear)
        var lines: [BudgetLine] = []
        lines.reserveCapacity(template.count * grownYears.count)
        for (year, amounts) in zip(grownYears, grownAmounts(rate: rate)) {
            var current = template
            for index in current.indices {
                current[index].year = year
                current[index].initial = amounts[index]
            }
            lines += current
        }
        return lines
    }

    /// The base year's lines (with the base amount as `initial`), in order: the shape every
    /// grown year has.
    var baseLines: [BudgetLine] { template }

    /// Each grown year's amounts at the overall `rate`, one per base line: the arithmetic of
    /// growth without building lines (a sweep needs only the amounts).
    func grownAmounts(rate: ExactDecimal) -> [[ExactDecimal?]] {
        var years: [[ExactDecimal?]] = []
        var current = template.map(\.initial)
        let hundred = ExactDecimal.hundred
        for _ in (growth.fromYear + 1)...growth.toYear {
            for index in current.indices {
                let lineRate: ExactDecimal
                switch rates[index] {
                case .held: continue
                case .own(let own): lineRate = own
                case .overall: lineRate = rate
                }
                guard let amount = current[index] else { continue }
                var grown = amount + (amount * lineRate).divided(by: hundred)!
                // The declared rounding rule: to the step given, else to the kuruş (half-up).
                grown = growth.rounding.map { grown.rounded(toMultipleOf: $0) } ?? grown.rounded(scale: 2).normalized
                current[index] = grown
            }
            hierarchy.apply(toAmounts: &current)
            years.append(current)
        }
        return years
    }
}
