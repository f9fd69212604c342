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
    /// The budget without the grown years' lines of the classification, which growth replaces.
    private let kept: [BudgetLine]

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
        let grownYears = (growth.fromYear + 1)...growth.toYear
        self.growth = growth
        self.template = template
        self.hierarchy = ParentSums(template)
        self.kept = budget.filter { !(grownYears.contains($0.year) && $0.classification == growth.classification) }
    }

    /// Whether this plan serves `other`: the same growth but for the overall rate.
    func serves(_ other: BudgetGrowth) -> Bool {
        var same = other
        same.rate = growth.rate
        return same == growth
    }

    /// The budget without the grown years' lines of the classification.
    var keptLines: [BudgetLine] { kept }

    /// The whole budget grown at the overall `rate`: the kept lines, then each grown year's.
    func budget(rate: ExactDecimal) -> [BudgetLine] {
        kept + grownLines(rate: rate)
    }

    /// The lines of the grown years at the overall `rate`, year after year.
    func grownLines(rate: ExactDecimal) -> [BudgetLine] {
        let grownYears = (growth.fromYear + 1)...growth.toYear
        var lines: [BudgetLine] = []
        lines.reserveCapacity(template.count * grownYears.count)
        var current = template
        let hundred = ExactDecimal.hundred
        for year in grownYears {
            for index in current.indices {
                current[index].year = year
                let lineRate: ExactDecimal
                switch rates[index] {
                case .held: continue
                case .own(let own): lineRate = own
                case .overall: lineRate = rate
                }
                guard let amount = current[index].initial else { continue }
                var grown = amount + (amount * lineRate).divided(by: hundred)!
                // The declared rounding rule: to the step given, else to the kuruş (half-up).
                grown = growth.rounding.map { grown.rounded(toMultipleOf: $0) } ?? grown.rounded(scale: 2).normalized
                current[index].initial = grown
            }
            hierarchy.apply(to: &current)
            lines += current
        }
        return lines
    }
}
