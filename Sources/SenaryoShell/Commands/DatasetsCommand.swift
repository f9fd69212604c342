import SenaryoKit

/// `datasets`: what the workspace holds.
struct DatasetsCommand: ShellCommand {
    let spec = CommandSpec(
        name: "datasets", group: "Data",
        summary: "List the datasets in the workspace",
        discussion: "One row per loaded dataset: its id, document kind, year, institution and table sizes. The one in use is marked with *.",
        options: [OptionSpec("verbose", short: "v", help: "Also show where each was loaded from and when.")],
        examples: [CommandExample("datasets", "list loaded datasets"), CommandExample("datasets --format json", "the same, for other tools")])

    func run(_ arguments: ParsedArguments, in shell: Shell) throws -> CommandOutput {
        let verbose = arguments.flag("verbose")
        let summaries = try shell.workspace.datasetSummaries()
        var columns = [Column("current", header: ""), Column("id"), Column("kind"), Column("year"), Column("institution", maximumWidth: 32),
                       Column("title", maximumWidth: 40), Column("goals"), Column("indicators"), Column("budget_lines", header: "budget"),
                       Column("series")]
        if verbose { columns += [Column("origin"), Column("loaded_at", header: "loaded")] }
        let rows: [[Value]] = summaries.map { s in
            var row: [Value] = [.text(s.id == shell.currentDatasetID ? "*" : ""), .text(s.id), .text(s.manifest.kind.rawValue),
                                .optional(s.manifest.year), .text(s.manifest.institution), .text(s.manifest.title),
                                .integer(s.counts.goals), .integer(s.counts.indicators), .integer(s.counts.budgetLines),
                                .integer(s.counts.seriesPoints)]
            if verbose { row += [.optional(s.origin), .text(s.loadedAt)] }
            return row
        }
        if summaries.isEmpty && shell.format == .table {
            return .message("no datasets loaded (try `load SampleData/goc-idaresi-2021`)")
        }
        return .table(Table(columns: columns, rows: rows))
    }
}
