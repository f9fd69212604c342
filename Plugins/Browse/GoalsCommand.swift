import SenaryoEngine
import SenaryoKit

/// `goals`: the plan hierarchy as a tree.
struct GoalsCommand: Command {
    let spec = CommandSpec(
        name: "goals", group: "Browse",
        summary: "Show the plan hierarchy (aims, objectives, programs, activities) as a tree",
        discussion: """
            Nodes are nested under their parents in the report's own order. Give a CODE to show \
            only that node and what is below it. `perf %` is the node's performance: the weighted \
            rates of its own indicators (weights normalised when they do not total 100), else \
            the mean of its children's; CSV and JSON say which method in `method`. An \
            indicator's rate counts at most 100 in a roll-up (`settings rollup capped`, the \
            strategic planning guide's rule; `uncapped` counts it as derived): the caption, \
            and `rollup` in CSV and JSON, say which. A node whose band the other rule would \
            change lists the indicators above 100 that change it (`changes band`), with its \
            performance under the other rule (`other_rollup_pct`).
            """,
        arguments: [ArgumentSpec("code", help: "show only this node and its descendants", isOptional: true, completion: .goalCode)],
        options: [
            OptionSpec("level", valueName: "LEVEL", help: "Only nodes of this level (aim, objective, program, ...).",
                       completion: .choices(GoalLevel.allCases.map(\.rawValue))),
            OptionSpec("search", short: "s", valueName: "TEXT", help: "Only nodes whose title contains TEXT (Turkish case rules: \"göç\" finds \"GÖÇ\")."),
            OptionSpec.dataset, OptionSpec.scenario,
        ],
        examples: [
            CommandExample("goals", "the whole tree"),
            CommandExample("goals A2", "aim A2 and its objectives"),
            CommandExample("goals --level objective --format csv", "every objective, as CSV"),
        ])

    func run(_ arguments: ParsedArguments, in context: any CommandContext) throws -> CommandOutput {
        let view = try context.view(dataset: arguments.string("dataset"), scenario: arguments.string("scenario"))
        let dataset = view.summary
        let level = try arguments.choice("level", as: GoalLevel.self)
        let search = arguments.string("search")
        var goals = view.dataset.goals
        guard !goals.isEmpty else { return .message("\(dataset.id) has no goals table") }
        if let root = arguments.string("code") {
            guard goals.contains(where: { $0.code == root }) else {
                let hint = Suggestion.nearest(to: root, in: goals.map(\.code)).map { "did you mean \($0)?" }
                throw CommandError("no goal \(root) in \(dataset.id)", help: hint)
            }
            let keep = Hierarchy.descendants(of: root, in: goals, key: \.code, parent: \.parent)
            goals = goals.filter { keep.contains($0.code) }
        }
        let settings = context.settings
        let rollups = GoalRollup.all(goals: view.dataset.goals, indicators: view.dataset.indicators,
                                     year: dataset.manifest.year, kind: dataset.manifest.kind, settings: settings)
        var rows = Hierarchy.depthFirst(goals, key: \.code, parent: \.parent)
        if let level { rows = rows.filter { $0.item.level == level } }
        if let search { rows = rows.filter { TurkishText.contains($0.item.title, search) } }
        let flat = level != nil || search != nil
        let extraNames = goals.first(where: { !$0.extra.isEmpty })?.extra.names ?? []
        let capped = settings.rollup == .capped
        // The other rule's value and the band changers only when some node shown has any.
        let anyChanger = rows.contains { !(rollups[$0.item.code]?.bandChangers.isEmpty ?? true) }
        let table = Table(
            columns: [
                Column("code", importance: .essential), Column("parent", isShownInTable: false), Column("depth", isShownInTable: false),
                Column("level"), Column("title", maximumWidth: 70, importance: .essential), Column("responsible", isShownInTable: false),
                Column("related", importance: .detail),
                Column.percent("performance_pct", header: "perf %", decimals: settings.percentDecimals, importance: .essential),
                Column("status", maximumWidth: 24, importance: .essential),
                Column("method", isShownInTable: false), Column("rollup", isShownInTable: false), Column("weight_total", isShownInTable: false),
                Column("reported_performance_pct", header: "stated %", importance: .detail),
                Column.percent("other_rollup_pct", header: capped ? "uncapped %" : "capped %", decimals: settings.percentDecimals,
                               isShownInTable: anyChanger),
                Column("band_changers", header: "changes band", isShownInTable: anyChanger, maximumWidth: 30),
            ] + extraNames.map { Column($0, isShownInTable: false) },
            rows: rows.map { goal, depth in
                let rollup = rollups[goal.code]
                return [.indented(goal.code, depth: flat ? 0 : depth), .optional(goal.parent), .integer(depth), .text(goal.level.rawValue),
                        .text(goal.title), .optional(goal.responsible), .optional(goal.related),
                        .outcome(rollup?.performance ?? .undefined("")), .optional(rollup?.status?.label(settings.language)),
                        .optional(rollup?.method?.rawValue), .text(settings.rollup.rawValue), .optional(rollup?.weightTotal),
                        .optional(goal.reportedPerformancePct), .optional(rollup?.otherCapping?.normalized),
                        .text(rollup?.bandChangers.map(\.code).joined(separator: " ") ?? "")]
                    + goal.extra.values(for: extraNames).map { Value.optional($0) }
            },
            caption: "\(view.scenario.map { "scenario \($0) · " } ?? "")\(rows.count) of \(dataset.counts.goals) goals · "
                + settings.rollup.phrase
                + (anyChanger ? " · changes band: indicators above 100 that would change their objective's band "
                    + (capped ? "if not capped" : "if capped at 100") : ""))
        return .table(table)
    }
}
