import SenaryoEngine
import SenaryoKit

/// `indicators`: performance indicators with their baseline, target and actuals.
struct IndicatorsCommand: Command {
    let spec = CommandSpec(
        name: "indicators", group: "Browse",
        summary: "List performance indicators: baseline (A), target (B), actual (C), stated rate and status",
        discussion: """
            Filters combine. --goal includes the indicators of every node below that goal, so \
            `--goal A1` lists all indicators of aim A1's objectives. Text matching follows \
            Turkish case rules (I/ı, İ/i). C is the stated \
            year-end value, or the quarters' aggregate when none is stated (by `aggregation`; \
            the last quarter when none is declared, and `aggregation` is then empty in CSV and \
            JSON). `rate` is \
            the figure the status comes from: strategic-plan performance (C−A)/(B−A) limited to \
            0..100, or realisation C/B (B/C when less is better), per `settings basis`; the \
            report's own figures are shown beside it as "stated". Machine formats (csv, json) include every column: \
            quarters, weight, direction, aggregation, source and extra columns. A CODE no \
            indicator starts with is said so; one that is a code and the start of others \
            (PP1: PP1, PP10–PP19) is said to be taken as a prefix.
            """,
        arguments: [ArgumentSpec("prefix", valueName: "CODE", help: "only indicators whose code starts with this (PG1.2 → PG1.2.1, PG1.2.2, ...)",
                                 isOptional: true, completion: .indicatorCode)],
        options: [
            OptionSpec("goal", short: "g", valueName: "CODE", help: "Only indicators measuring this goal or a goal below it.", completion: .goalCode),
            OptionSpec("search", short: "s", valueName: "TEXT", help: "Only indicators whose name contains TEXT."),
            OptionSpec.year("Only this monitoring year."),
            OptionSpec("status", valueName: "STATUS", help: "Only indicators whose derived status is this (not-reached, partially-reached, reached, exceeded, or a Turkish label).",
                       completion: .choices(StatusBand.allCases.map(\.rawValue))),
            OptionSpec("quarters", short: "q", help: "Show the quarterly values Q1..Q4 in the table."),
            OptionSpec.dataset, OptionSpec.scenario,
        ],
        examples: [
            CommandExample("indicators", "every indicator of the dataset in use"),
            CommandExample("indicators --goal H1.2", "the indicators of objective H1.2"),
            CommandExample("indicators PP --quarters", "the monitoring-form indicators with their quarters"),
            CommandExample("indicators --search \"sınır dışı\"", "find by name"),
            CommandExample("indicators --status not-reached", "the indicators below 80 %"),
        ])

    func run(_ arguments: ParsedArguments, in context: any CommandContext) throws -> CommandOutput {
        let view = try context.view(dataset: arguments.string("dataset"), scenario: arguments.string("scenario"))
        let dataset = view.summary
        let year = try arguments.year("year")
        var indicators = view.dataset.indicators.filter { year == nil || $0.year == year }
        if let goal = arguments.string("goal") {
            let goals = view.dataset.goals
            guard goals.contains(where: { $0.code == goal }) else {
                let hint = Suggestion.nearest(to: goal, in: goals.map(\.code)).map { "did you mean \($0)?" }
                throw CommandError("no goal \(goal) in \(dataset.id)", help: hint)
            }
            let below = Hierarchy.descendants(of: goal, in: goals, key: \.code, parent: \.parent)
            indicators = indicators.filter { $0.goal.map(below.contains) ?? false }
        }
        var notes: [OutputBlock] = []
        if let prefix = arguments.string("prefix") {
            let all = indicators
            indicators = indicators.filter { TurkishText.hasPrefix($0.code, prefix) }
            let codes = indicators.map(\.code)
            if codes.isEmpty {
                // Said, not an empty table: a mistyped code must not look like "nothing to show".
                let hint = Suggestion.nearest(to: prefix, in: all.map(\.code)).map { " (did you mean \($0)?)" } ?? ""
                notes.append(.message("no indicator of \(view.label) has a code starting with \(prefix)\(hint)"))
            } else if codes.contains(where: { TurkishText.matchKey($0) == TurkishText.matchKey(prefix) }),
                      codes.contains(where: { TurkishText.matchKey($0) != TurkishText.matchKey(prefix) }) {
                // PP1 is a code and the start of PP10–PP19: say that all of them are listed.
                notes.append(.message("\(prefix) is taken as a prefix: \(CodeRanges.text(codes))"))
            }
        }
        if let search = arguments.string("search") { indicators = indicators.filter { TurkishText.contains($0.name, search) } }

        var statusFilter: StatusBand?
        if let text = arguments.string("status") {
            guard let band = StatusBand(rawValue: text) ?? StatusBand.parse(text) else {
                throw UsageError("\"\(text)\" is not a status (expected not-reached, partially-reached, reached or exceeded)", argument: "--status")
            }
            statusFilter = band
        }
        let settings = context.settings
        var figures = indicators.map { IndicatorFigures($0, kind: dataset.manifest.kind, settings: settings) }
        if let statusFilter {
            let keep = figures.map { $0.status == statusFilter }
            indicators = zip(indicators, keep).filter(\.1).map(\.0)
            figures = zip(figures, keep).filter(\.1).map(\.0)
        }
        let showQuarters = arguments.flag("quarters")
        let decimals = settings.percentDecimals
        let years = Set(indicators.map(\.year))
        let extraNames = indicators.first(where: { !$0.extra.isEmpty })?.extra.names ?? []
        var columns = [
            Column("code", importance: .essential), Column("goal", importance: .detail), Column("year", isShownInTable: years.count > 1),
            Column("name", maximumWidth: 48, importance: .essential),
            Column("unit", isShownInTable: false), Column("direction", isShownInTable: false),
            Column("aggregation", isShownInTable: false), Column("weight_pct", header: "weight", isShownInTable: false),
            Column("baseline", header: "A"), Column("baseline_year", isShownInTable: false), Column("target", header: "B"),
        ]
        columns += ["q1", "q2", "q3", "q4"].map { Column($0, header: $0.uppercased(), isShownInTable: showQuarters, importance: .detail) }
        columns += [
            Column("actual", header: "C", isShownInTable: false), Column("year_end", header: "C"),
            Column("year_end_from_quarters", isShownInTable: false), Column("quarter_difference", isShownInTable: false),
            Column.percent("performance_pct", header: "perf %", decimals: decimals, isShownInTable: false),
            Column.percent("realisation_pct", header: "real %", decimals: decimals, isShownInTable: false),
            Column("basis", isShownInTable: false), Column("forecast", isShownInTable: false),
            Column.percent("rate_pct", header: "rate %", decimals: decimals, importance: .essential),
            Column("status", maximumWidth: 24, importance: .essential),
            Column("reported_rate_pct", header: "stated %", importance: .detail),
            Column("reported_status", header: "stated status", maximumWidth: 24, importance: .detail),
            Column("responsible", isShownInTable: false), Column("source", isShownInTable: false),
        ]
        columns += extraNames.map { Column($0, isShownInTable: false) }
        let rows: [[Value]] = zip(indicators, figures).map { i, f in
            var row: [Value] = [
                .text(i.code), .optional(i.goal), .integer(i.year), .text(i.name), .optional(i.unit), .text(i.direction.rawValue),
                .optional(i.aggregation?.rawValue), .optional(i.weightPct), .optional(i.baseline), .optional(i.baselineYear),
                .optional(i.target),
            ]
            row += i.quarters.map { Value.optional($0) }
            row += [.optional(i.actual), .optional(f.yearEnd),
                    .text(f.yearEndFromQuarters ? "yes" : "no"), .optional(f.quarterDifference),
                    .outcome(f.performance), .outcome(f.realisation), .text(f.basis.rawValue),
                    .text(view.result.isForecast(i) ? "yes" : "no"),
                    .outcome(f.rate), .optional(f.status?.label(settings.language)),
                    .optional(i.reportedRatePct), .optional(i.reportedStatus), .optional(i.responsible), .optional(i.source)]
            row += i.extra.values(for: extraNames).map { Value.optional($0) }
            return row
        }
        let table = Table(columns: columns, rows: rows, caption: "\(view.scenario.map { "scenario \($0) · " } ?? "")\(rows.count) of \(view.dataset.indicators.count) indicators\(figures.indices.contains { view.result.isForecast(indicators[$0]) } ? " · C includes forecasts" : "") · rate: \(settings.basis == .automatic ? "performance for weighted (strategic-plan) rows, realisation for monitoring rows" : settings.basis.rawValue) · bands \(settings.bands.partialFrom)/\(settings.bands.reachedAt)")
        if rows.isEmpty && !notes.isEmpty { return CommandOutput(notes + [.data(table)]) }
        return CommandOutput(notes + [.table(table)])
    }
}
