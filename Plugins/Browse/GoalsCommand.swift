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
            the mean of its children's; CSV and JSON say which method in `method`.
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
        let table = Table(
            columns: [
                Column("code"), Column("parent", isShownInTable: false), Column("depth", isShownInTable: false),
                Column("level"), Column("title", maximumWidth: 70), Column("responsible", isShownInTable: false),
                Column("related"),
                Column.percent("performance_pct", header: "perf %", decimals: settings.percentDecimals), Column("status", maximumWidth: 24),
                Column("method", isShownInTable: false), Column("weight_total", isShownInTable: false),
                Column("reported_performance_pct", header: "stated %"),
            ] + extraNames.map { Column($0, isShownInTable: false) },
            rows: rows.map { goal, depth in
                [.indented(goal.code, depth: flat ? 0 : depth), .optional(goal.parent), .integer(depth), .text(goal.level.rawValue),
                 .text(goal.title), .optional(goal.responsible), .optional(goal.related),
                 .outcome(rollups[goal.code]?.performance ?? .undefined("")), .optional(rollups[goal.code]?.status?.label(settings.language)),
                 .optional(rollups[goal.code]?.method?.rawValue), .optional(rollups[goal.code]?.weightTotal),
                 .optional(goal.reportedPerformancePct)]
                    + goal.extra.values(for: extraNames).map { Value.optional($0) }
            },
            caption: "\(view.scenario.map { "scenario \($0) · " } ?? "")\(rows.count) of \(dataset.counts.goals) goals")
        return .table(table)
    }
}
