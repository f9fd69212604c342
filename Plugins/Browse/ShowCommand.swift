import SenaryoEngine
import SenaryoKit

/// `show CODE`: everything about one goal, indicator or budget line.
struct ShowCommand: Command {
    let spec = CommandSpec(
        name: "show", group: "Browse",
        summary: "Show one goal, indicator or budget line in full",
        discussion: """
            Looks the code up among goals, indicators and budget lines (a code can name several: \
            a budget line exists once per year). Shows every field, extra columns included, and \
            for a goal its parent, children and indicators. For an indicator it then explains \
            its derived figures: the rate and status, the formula they come from and why that \
            one (settings basis), the inputs A, B and C with where C comes from, the other \
            formula's value, and the reason wherever a figure has no value.
            """,
        arguments: [ArgumentSpec("code", help: "a goal, indicator or budget code", completion: .anyCode)],
        options: [OptionSpec("year", short: "y", valueName: "YEAR", help: "Only the indicator or budget line of this year."),
                  OptionSpec.dataset, OptionSpec.scenario],
        examples: [
            CommandExample("show H1.2", "objective H1.2 with its indicators"),
            CommandExample("show PP16", "one indicator, every column"),
            CommandExample("show 5 --year 2021", "budget line 5 (Cari Transferler) in 2021"),
        ])

    func run(_ arguments: ParsedArguments, in context: any CommandContext) throws -> CommandOutput {
        let view = try context.view(dataset: arguments.string("dataset"), scenario: arguments.string("scenario"))
        let dataset = view.summary
        let code = arguments.string("code")!
        let year = try arguments.year("year")
        var blocks: [OutputBlock] = []

        let goals = view.dataset.goals
        let indicators = view.dataset.indicators
        if let goal = goals.first(where: { $0.code == code }) {
            let parentTitle = goal.parent.flatMap { p in goals.first { $0.code == p }.map { "\(p) — \($0.title)" } }
            let children = goals.filter { $0.parent == code }.map(\.code)
            let measured = indicators.filter { $0.goal == code }.map(\.code)
            var fields: [(key: String, label: String, value: Value)] = [
                ("code", "code", .text(goal.code)), ("level", "level", .text(goal.level.rawValue)),
                ("level_tr", "düzey", .text(goal.level.turkishName)),
                ("title", "title", .text(goal.title)), ("parent", "parent", .optional(parentTitle ?? goal.parent)),
                ("responsible", "responsible", .optional(goal.responsible)), ("related", "related", .optional(goal.related)),
                ("reported_performance_pct", "stated performance %", .optional(goal.reportedPerformancePct)),
                ("children", "children", children.isEmpty ? .missing : .text(children.joined(separator: ", "))),
                ("indicators", "indicators", measured.isEmpty ? .missing : .text(measured.joined(separator: ", "))),
            ]
            fields += goal.extra.pairs.map { ($0.name, $0.name, Value.text($0.value)) }
            blocks.append(.record(Record(title: "goal \(goal.code)", fields: fields)))
        }
        for indicator in indicators where indicator.code == code && (year == nil || indicator.year == year) {
            blocks.append(.record(Self.record(indicator)))
            blocks.append(.record(IndicatorExplanation.record(indicator, kind: dataset.manifest.kind, settings: context.settings)))
        }
        for line in view.dataset.budget where line.code == code && (year == nil || line.year == year) {
            blocks.append(.record(Self.record(line, currency: dataset.manifest.currency)))
        }
        guard !blocks.isEmpty else {
            let budgetCodes = view.dataset.budget.map(\.code)
            let all = goals.map(\.code) + indicators.map(\.code) + budgetCodes
            let hint = Suggestion.nearest(to: code, in: all).map { "did you mean \($0)?" }
            throw CommandError("no goal, indicator or budget line \(code) in \(dataset.id)\(year.map { " for \($0)" } ?? "")", help: hint)
        }
        return CommandOutput(blocks)
    }

    static func record(_ i: Indicator) -> Record {
        var fields: [(key: String, label: String, value: Value)] = [
            ("code", "code", .text(i.code)), ("year", "year", .integer(i.year)), ("name", "name", .text(i.name)),
            ("goal", "goal", .optional(i.goal)), ("unit", "unit", .optional(i.unit)),
            ("direction", "direction", .text(i.direction.rawValue)), ("aggregation", "aggregation", .text(i.aggregation?.rawValue ?? "\(Aggregation.default.rawValue) (not declared)")),
            ("weight_pct", "weight %", .optional(i.weightPct)), ("baseline", "baseline (A)", .optional(i.baseline)),
            ("baseline_year", "baseline year", .optional(i.baselineYear)), ("target", "target (B)", .optional(i.target)),
        ]
        for (index, value) in i.quarters.enumerated() { fields.append(("q\(index + 1)", "Q\(index + 1)", .optional(value))) }
        fields += [
            ("actual", "actual (C)", .optional(i.actual)), ("reported_rate_pct", "stated rate %", .optional(i.reportedRatePct)),
            ("reported_status", "stated status", .optional(i.reportedStatus)), ("responsible", "responsible", .optional(i.responsible)),
            ("source", "source", .optional(i.source)),
        ]
        fields += i.extra.pairs.map { ($0.name, $0.name, Value.text($0.value)) }
        return Record(title: "indicator \(i.code) (\(i.year))", fields: fields)
    }

    static func record(_ b: BudgetLine, currency: String) -> Record {
        var fields: [(key: String, label: String, value: Value)] = [
            ("year", "year", .integer(b.year)), ("classification", "classification", .text(b.classification.rawValue)),
            ("code", "code", .text(b.code)), ("parent", "parent", .optional(b.parent)), ("name", "name", .text(b.name)),
            ("initial", "initial (KBÖ)", .optional(b.initial)), ("added", "added", .optional(b.added)),
            ("deducted", "deducted", .optional(b.deducted)), ("revised", "revised (stated)", .optional(b.revised)),
        ]
        if b.revised == nil, let derived = b.effectiveRevised {
            fields.append(("revised_derived", "revised (initial + added − deducted)", .decimal(derived)))
        }
        fields += [
            ("spent", "spent", .optional(b.spent)), ("cancelled", "cancelled", .optional(b.cancelled)),
            ("reported_rate_pct", "stated rate %", .optional(b.reportedRatePct)),
            ("reported_change_pct", "stated change %", .optional(b.reportedChangePct)), ("currency", "currency", .text(currency)),
        ]
        fields += b.extra.pairs.map { ($0.name, $0.name, Value.text($0.value)) }
        return Record(title: "budget line \(b.code) (\(b.year), \(b.classification.rawValue))", fields: fields)
    }
}
