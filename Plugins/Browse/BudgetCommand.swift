import SenaryoEngine
import SenaryoKit

/// `budget`: appropriations and spending, nested by the classification's hierarchy.
struct BudgetCommand: Command {
    let spec = CommandSpec(
        name: "budget", group: "Browse",
        summary: "Show budget lines by year and classification, nested, with totals",
        discussion: """
            Lines are nested under their parent codes. Amounts are exact, as the report prints \
            them. `revised` is the stated final appropriation, or initial + added − deducted \
            when the report leaves it out. The total row adds the top-level lines of each year \
            and classification.
            """,
        arguments: [ArgumentSpec("year", help: "only this fiscal year", isOptional: true)],
        options: [
            OptionSpec("classification", short: "c", valueName: "KIND",
                       help: "Only economic, institutional, functional or project lines.",
                       completion: .choices(Classification.allCases.map(\.rawValue))),
            datasetOption,
        ],
        examples: [
            CommandExample("budget 2021", "the 2021 budget execution"),
            CommandExample("budget --classification economic --format csv", "all years, as CSV"),
        ])

    func run(_ arguments: ParsedArguments, in context: any CommandContext) throws -> CommandOutput {
        let dataset = try context.dataset(arguments.string("dataset"))
        let year = try arguments.year("year")
        let classification = try arguments.choice("classification", as: Classification.self)
        let lines = try context.data.budgetLines(in: dataset.id, year: year, classification: classification)
        guard !lines.isEmpty else {
            if dataset.counts.budgetLines == 0 { return .message("\(dataset.id) has no budget table") }
            throw CommandError("no budget lines for \(year.map(String.init) ?? "any year")\(classification.map { " " + $0.rawValue } ?? "") in \(dataset.id)")
        }

        // Group by (year, classification) in order of first appearance, nest each group.
        var groupOrder: [String] = []
        var groups: [String: [BudgetLine]] = [:]
        for line in lines {
            let key = "\(line.year)|\(line.classification.rawValue)"
            if groups[key] == nil { groupOrder.append(key) }
            groups[key, default: []].append(line)
        }
        let multipleGroups = groupOrder.count > 1
        let amountColumns = ["initial", "added", "deducted", "revised", "spent", "cancelled"]
        let columns = [
            Column("year", isShownInTable: multipleGroups), Column("classification", isShownInTable: false),
            Column("code"), Column("parent", isShownInTable: false), Column("depth", isShownInTable: false),
            Column("name", maximumWidth: 40),
        ] + amountColumns.map { Column($0, minimumDecimals: 2) } + [
            Column("revised_is_derived", isShownInTable: false),
            Column("reported_rate_pct", header: "stated %"), Column("reported_change_pct", header: "stated Δ%"),
        ]
        var rows: [[Value]] = []
        var footer: [[Value]] = []
        for key in groupOrder {
            let group = groups[key]!
            for (line, depth) in Hierarchy.depthFirst(group, key: \.code, parent: \.parent) {
                rows.append([
                    .integer(line.year), .text(line.classification.rawValue), .indented(line.code, depth: depth),
                    .optional(line.parent), .integer(depth), .text(line.name), .optional(line.initial), .optional(line.added),
                    .optional(line.deducted), .optional(line.effectiveRevised), .optional(line.spent), .optional(line.cancelled),
                    .text(line.revised == nil && line.effectiveRevised != nil ? "yes" : "no"),
                    .optional(line.reportedRatePct), .optional(line.reportedChangePct),
                ])
            }
            let top = group.filter { $0.parent == nil }
            func total(_ amount: (BudgetLine) -> ExactDecimal?) -> Value {
                let values = top.compactMap(amount)
                return values.isEmpty ? .missing : .decimal(values.sum())
            }
            let first = group[0]
            footer.append([
                .integer(first.year), .text(first.classification.rawValue), .text(""), .missing, .missing,
                .text(multipleGroups ? "Toplam \(first.year) \(first.classification.turkishName)" : "Toplam"),
                total(\.initial), total(\.added), total(\.deducted), total(\.effectiveRevised), total(\.spent), total(\.cancelled),
                .missing, .missing, .missing,
            ])
        }
        // Empty columns (no line has a value) are left out of the table to keep it readable.
        var shownColumns = columns
        for (index, column) in columns.enumerated() where amountColumns.contains(column.key) {
            if rows.allSatisfy({ $0[index] == .missing }) { shownColumns[index].isShownInTable = false }
        }
        return .table(Table(columns: shownColumns, rows: rows, footer: footer))
    }
}
