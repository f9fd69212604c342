import SenaryoEngine
import SenaryoKit

/// `budget`: appropriations and spending, nested by the classification's hierarchy, with the
/// figures planners read: remaining, realisation, share and year-on-year change.
struct BudgetCommand: Command {
    let spec = CommandSpec(
        name: "budget", group: "Browse",
        summary: "Show budget lines by year and classification, nested, with derived figures and totals",
        discussion: """
            Lines are nested under their parent codes; a parent without amounts of its own gets \
            its sub-lines' sums (marked in CSV/JSON by `rolled_up`). Amounts are exact, as the \
            report prints them; `revised` is the stated final appropriation, or initial + added − \
            deducted when left out. Derived: remaining (revised − spent), real % (spent / \
            revised), share % of the year's revised total (of KBÖ when there is no revised), \
            spent share % of the year's spending (the distribution of spending reports print), \
            and Δ% against the same code the year before (on `settings change-basis`, KBÖ by \
            default). The report's own percentages are shown as "stated". The total row adds \
            the top-level lines, one per year and classification; CSV, JSON and `export` have \
            the total rows too, after the lines, marked `total` in `kind` (lines are `line`).
            """,
        arguments: [ArgumentSpec("year", help: "only this fiscal year", isOptional: true, completion: .year)],
        options: [
            OptionSpec("classification", short: "c", valueName: "KIND",
                       help: "Only economic, institutional, functional or project lines.",
                       completion: .choices(Classification.allCases.map(\.rawValue))),
            OptionSpec("real", help: "Add real (deflated) amounts, when the scenario declares an inflation path."),
            OptionSpec.dataset, OptionSpec.scenario,
        ],
        examples: [
            CommandExample("budget 2021", "the 2021 budget execution"),
            CommandExample("budget --classification economic --format csv", "all years, as CSV"),
        ])

    func run(_ arguments: ParsedArguments, in context: any CommandContext) throws -> CommandOutput {
        let view = try context.view(dataset: arguments.string("dataset"), scenario: arguments.string("scenario"))
        let dataset = view.summary
        let year = try arguments.year("year")
        let classification = try arguments.choice("classification", as: Classification.self)
        let settings = context.settings
        // All years are analysed so that changes against the previous year can be derived.
        // Filters only when asked to: a national budget's lines are not copied for nothing.
        let all = classification.map { wanted in view.dataset.budget.filter { $0.classification == wanted } } ?? view.dataset.budget
        if all.isEmpty && dataset.counts.budgetLines == 0 { return .message("\(dataset.id) has no budget table") }
        let analysis = BudgetAnalysis(all, settings: settings)
        let lines = year.map { wanted in analysis.lines.filter { $0.line.year == wanted } } ?? analysis.lines
        guard !lines.isEmpty else {
            throw CommandError("no budget lines for \(year.map(String.init) ?? "any year")\(classification.map { " " + $0.rawValue } ?? "") in \(dataset.id)",
                               help: "years with a budget: " + Set(all.map(\.year)).sorted().map(String.init).joined(separator: ", "))
        }
        let totals = analysis.totals.filter { year == nil || $0.year == year }
        let multipleGroups = totals.count > 1
        let decimals = settings.percentDecimals
        let amounts: [BudgetAmount] = [.initial, .added, .deducted, .revised, .spent, .cancelled]
        var columns = [
            Column("kind", isShownInTable: false),
            // Which classification a line belongs to, when the table holds more than one.
            Column("year", isShownInTable: multipleGroups),
            Column("classification", isShownInTable: Set(totals.map(\.classification)).count > 1, importance: .detail),
            Column("code", importance: .essential), Column("parent", isShownInTable: false), Column("depth", isShownInTable: false),
            Column("name", maximumWidth: 36, importance: .essential),
        ]
        // On a narrow terminal the revised, spent and realisation stay; the parts of the
        // appropriation and the stated figures are hidden first.
        let amountImportance: [BudgetAmount: Column.Importance] = [.initial: .normal, .revised: .essential, .spent: .essential]
        columns += amounts.map { Column($0.rawValue, minimumDecimals: 2, importance: amountImportance[$0] ?? .detail) }
        columns += [
            Column("remaining", minimumDecimals: 2, importance: .detail), Column("rolled_up", isShownInTable: false),
            Column.percent("realisation_pct", header: "real %", decimals: decimals, importance: .essential),
            Column.percent("share_pct", header: "share %", decimals: decimals),
            Column.percent("spent_share_pct", header: "spent share %", decimals: decimals, importance: .detail),
            Column.percent("change_pct", header: "Δ%", decimals: decimals),
            Column("reported_rate_pct", header: "stated %", importance: .detail),
            Column("reported_change_pct", header: "stated Δ%", importance: .detail),
            Column("real", isShownInTable: arguments.flag("real"), minimumDecimals: 2),
        ]
        func real(_ amounts: BudgetAmounts, _ year: Int) -> Value {
            guard let amount = amounts[.revised] ?? amounts[.initial] else { return .missing }
            return .optional(view.result.real(amount, year: year))
        }
        // One array per row, filled in place: a national budget has millions of rows.
        let rows: [[Value]] = lines.map { entry in
            let line = entry.line
            var row: [Value] = []
            row.reserveCapacity(columns.count)
            row += [.text("line"), .integer(line.year), .text(line.classification.rawValue), .indented(line.code, depth: entry.depth),
                    .optional(line.parent), .integer(entry.depth), .text(line.name)]
            for amount in amounts { row.append(.optional(entry.amounts[amount])) }
            row.append(.optional(entry.remaining.value))
            row.append(.text(entry.rolledUp.isEmpty ? "" : entry.rolledUp.map(\.rawValue).sorted().joined(separator: " ")))
            row += [.outcome(entry.realisation), .outcome(entry.share), .outcome(entry.spentShare), .outcome(entry.change),
                    .optional(line.reportedRatePct), .optional(line.reportedChangePct), real(entry.amounts, line.year)]
            return row
        }
        let footer: [[Value]] = totals.map { total in
            [.text("total"), .integer(total.year), .text(total.classification.rawValue), .missing, .missing, .missing,
             .text(multipleGroups ? "Toplam \(total.year) \(total.classification.turkishName)" : "Toplam")]
                + amounts.map { Value.optional(total.amounts[$0]) }
                + [.optional(total.remaining.value), .missing, .outcome(total.realisation), .decimal(100),
                   total.amounts[.spent].map { $0.isZero ? Value.missing : .decimal(100) } ?? .missing, .outcome(total.change), .missing, .missing, real(total.amounts, total.year)]
        }
        // Columns with no value in any row are left out of the table to keep it readable.
        for index in columns.indices where columns[index].isShownInTable && index >= 7 {
            if rows.allSatisfy({ $0[index] == .missing }) && footer.allSatisfy({ $0[index] == .missing }) {
                columns[index].isShownInTable = false
            }
        }
        var caption = "\(view.scenario.map { "scenario \($0) · " } ?? "")\(dataset.manifest.currency) · Δ% on \(settings.changeBasis.rawValue) against the previous year"
        if arguments.flag("real") {
            caption += view.result.inflation.isEmpty ? " · no inflation path: declare one with `inflation`"
                : " · real: in \(view.result.inflation[0].year - 1) prices"
        }
        // Say why Δ% is empty everywhere when the basis amount is missing from every line.
        if settings.changeBasis == .initial, !lines.contains(where: { $0.amounts[.initial] != nil }) {
            caption += " · no line states an initial appropriation (KBÖ), so there is no Δ%: `settings change-basis revised` compares revised"
        }
        var blocks: [OutputBlock] = [.table(Table(columns: columns, rows: rows, footer: footer, caption: caption))]
        for ceiling in view.result.ceilings where totals.contains(where: { $0.year == ceiling.year && $0.classification == ceiling.classification }) {
            let total = totals.first { $0.year == ceiling.year && $0.classification == ceiling.classification }!
            if let amount = total.amounts[.revised] ?? total.amounts[.initial] {
                let excess = amount - ceiling.amount
                blocks.append(.message(excess > .zero
                    ? "\(ceiling.year): \(excess) over the ceiling of \(ceiling.amount) (see `ceiling \(ceiling.year)` for the excess by line)"
                    : "\(ceiling.year): within the ceiling of \(ceiling.amount) (\((-excess)) to spare)"))
            }
        }
        return CommandOutput(blocks)
    }
}
