import SenaryoEngine
import SenaryoKit

/// `ceiling YEAR AMOUNT`: compare a year's total with its ceiling and list the excess by line.
struct CeilingCommand: Command {
    let spec = CommandSpec(
        name: "ceiling", group: "What-if",
        summary: "Declare a spending ceiling for a year and list how much each line is over it",
        discussion: """
            Records the ceiling (ödenek teklif tavanı) in the scenario and compares the year's \
            total with it. Nothing is cut: the excess is listed per top-level line in proportion \
            to its amount (held lines, --hold, take no share), as the cut each line would need. \
            `ceiling YEAR` alone shows the comparison with the ceiling already declared. \
            `goalseek growth` finds the largest growth within it.
            """,
        arguments: [ArgumentSpec("year", help: "the year", completion: .year), ArgumentSpec("amount", help: "the ceiling", isOptional: true)],
        options: [holdOption, classificationOption, OptionSpec.flips],
        examples: [
            CommandExample("ceiling 2023 6500000000", "the 2023 ceiling, and the excess by line"),
            CommandExample("ceiling 2023 --hold 1", "the excess spread over the lines other than personnel"),
        ],
        recording: .change)

    func run(_ arguments: ParsedArguments, in context: any CommandContext) throws -> CommandOutput {
        guard let year = try arguments.year("year") else { throw UsageError("missing YEAR") }
        let classification = try arguments.choice("classification", as: Classification.self) ?? .economic
        var output: CommandOutput
        var view = try context.view(dataset: nil, scenario: nil)
        if let text = arguments.string("amount") {
            let amount = try ValueSyntax.number(text, context.numbers, argument: "AMOUNT")
            guard amount > .zero else { throw UsageError("expects a positive amount", argument: "AMOUNT") }
            let operation = ScenarioOperation.ceiling(year: year, classification: classification, amount: amount)
            output = try ScenarioChange.propose(operation, in: context, flipsOnly: arguments.flag("flips"))
            output.blocks = [output.blocks[0]]
            view.result.ceilings.removeAll { $0.year == year && $0.classification == classification }
            view.result.ceilings.append(BudgetCeiling(year: year, classification: classification, amount: amount))
        } else {
            output = CommandOutput()
        }
        guard let ceiling = view.result.ceilings.first(where: { $0.year == year && $0.classification == classification }) else {
            throw CommandError("no ceiling for \(year) in \(view.label)", help: "declare one: ceiling \(year) AMOUNT")
        }
        let analysis = BudgetAnalysis(view.dataset.budget.filter { $0.year == year && $0.classification == classification }, settings: context.settings)
        guard let total = analysis.totals.first, let amount = total.amounts[.revised] ?? total.amounts[.initial] else {
            throw CommandError("no \(classification.rawValue) budget for \(year) in \(view.label)", help: "grow one first: grow \(year - 1) \(year) RATE")
        }
        let measure: BudgetAmount = total.amounts[.revised] != nil ? .revised : .initial
        let excess = amount - ceiling.amount
        guard excess > .zero else {
            output.blocks.append(.message("\(year): \(amount) is within the ceiling of \(ceiling.amount) (\(-excess) to spare)"))
            return output
        }
        let holds = arguments.strings("hold")
        let top = analysis.lines.filter { $0.depth == 0 }
        let free = top.filter { entry in !holds.contains { BudgetCodes.code(entry.line.code, matches: $0, classification: classification) } }
        let freeTotal = free.compactMap { $0.amounts[measure] }.sum()
        let rows: [[Value]] = top.map { entry in
            let value = entry.amounts[measure]
            let isFree = free.contains { $0.line.code == entry.line.code }
            let share = isFree && !freeTotal.isZero ? value.map { ($0 * excess).divided(by: freeTotal, scale: 2, rule: .halfUp)! } : nil
            return [.text("line"), .text(entry.line.code), .text(entry.line.name), .optional(value), .optional(share),
                    .optional(share.flatMap { s in value.map { $0 - s } }), .text(isFree ? "" : "held")]
        }
        output.blocks.append(.message("\(year): \(amount) is over the ceiling of \(ceiling.amount) by \(excess)"))
        output.blocks.append(.table(Table(
            columns: [Column("kind", isShownInTable: false), Column("code"), Column("name", maximumWidth: 36), Column(measure.rawValue, minimumDecimals: 2),
                      Column("excess_share", header: "excess share", minimumDecimals: 2), Column("within_ceiling", header: "within ceiling", minimumDecimals: 2),
                      Column("held", header: "")],
            rows: rows, footer: [[.text("total"), .text(""), .text("Toplam"), .decimal(amount), .decimal(excess), .decimal(ceiling.amount), .text("")]],
            caption: "the excess shared in proportion to each line's \(measure.rawValue)\(holds.isEmpty ? "" : ", held lines excluded")")))
        return output
    }
}
