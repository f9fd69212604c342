import SenaryoEngine
import SenaryoKit

/// `series`: the other numbers a report states (key statistics, stated totals).
struct SeriesCommand: Command {
    let spec = CommandSpec(
        name: "series", group: "Browse",
        summary: "List the series values a report states (totals, staff, key statistics)",
        discussion: "Series ids are dotted (budget.total.revised). A PREFIX selects a branch: `series budget.total` lists every stated budget total.",
        arguments: [ArgumentSpec("prefix", help: "only series whose id is PREFIX or starts with PREFIX.", isOptional: true, completion: .seriesID)],
        options: [OptionSpec("year", short: "y", valueName: "YEAR", help: "Only values of this year."), OptionSpec.dataset],
        examples: [
            CommandExample("series budget.total", "the report's stated budget totals, by year"),
            CommandExample("series staff --year 2021", "staff figures for 2021"),
        ])

    func run(_ arguments: ParsedArguments, in context: any CommandContext) throws -> CommandOutput {
        let dataset = try context.dataset(arguments.string("dataset"))
        let year = try arguments.year("year")
        // Changes need the previous year's values, so read all years and filter after.
        let all = try context.data.series(in: dataset.id, prefix: arguments.string("prefix"), year: nil)
        let changes = SeriesFigures.changes(all), pointChanges = SeriesFigures.pointChanges(all)
        let selected = all.indices.filter { year == nil || all[$0].year == year }
        let points = selected.map { all[$0] }
        if dataset.counts.seriesPoints == 0 { return .message("\(dataset.id) has no series table") }
        let extraNames = points.first(where: { !$0.extra.isEmpty })?.extra.names ?? []
        let columns = [
            Column("series"), Column("name", maximumWidth: 48), Column("unit"), Column("year"), Column("period"), Column("value"),
            Column.percent("change_pct", header: "Δ%", decimals: context.settings.percentDecimals),
            Column("change_pp", header: "Δ pp", isShownInTable: points.contains(where: SeriesFigures.isPercentage),
                   displayDecimals: context.settings.percentDecimals),
            Column("reported_change_pct", header: "stated Δ%"),
            Column("source", isShownInTable: false),
        ] + extraNames.map { Column($0, isShownInTable: false) }
        let rows: [[Value]] = selected.map { index in
            let p = all[index]
            return [.text(p.series), .text(p.name), .optional(p.unit), .integer(p.year), .optional(p.period), .decimal(p.value),
             // A series in % changes in percentage points, not in per cent of itself.
             SeriesFigures.isPercentage(p) ? .missing : .outcome(changes[index]), .outcome(pointChanges[index]), .optional(p.reportedChangePct), .optional(p.source)] + p.extra.values(for: extraNames).map { Value.optional($0) }
        }
        return .table(Table(columns: columns, rows: rows, caption: "\(rows.count) of \(dataset.counts.seriesPoints) series values"))
    }
}
