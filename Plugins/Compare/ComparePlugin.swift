import SenaryoEngine
import SenaryoKit

/// Baseline and scenarios side by side.
public struct ComparePlugin: Plugin {
    public init() {}
    public let name = "compare"
    public let summary = "Compare the baseline with one or more scenarios"
    public var commands: [any Command] { [CompareCommand()] }
}

/// `compare [baseline] SCENARIO...`
struct CompareCommand: Command {
    let spec = CommandSpec(
        name: "compare", group: "What-if",
        summary: "Set the baseline and scenarios side by side: value, Δ, Δ% and status flips",
        discussion: """
            Every indicator (target, actual, rate), goal (performance), budget line and total of \
            the baseline and each scenario, with each scenario's difference from the first column \
            and status flips marked ✱. --changed keeps only what differs. The first name may be \
            `baseline` (the default) or a scenario to compare others against. Machine formats \
            give exact values.
            """,
        arguments: [ArgumentSpec("names", valueName: "SCENARIO", help: "baseline and/or scenarios (default: baseline and the scenario in use)",
                                 isOptional: true, isRepeating: true, completion: .scenarioName)],
        options: [
            OptionSpec("changed", help: "Only rows where something differs."), OptionSpec.flips,
            OptionSpec("section", valueName: "KIND", help: "Only indicator, goal, budget or total rows; may be repeated.",
                       completion: .choices(["indicator", "goal", "budget", "total"])),
        ],
        examples: [
            CommandExample("compare --changed", "what the scenario in use changes"),
            CommandExample("compare baseline butce-2023 yuksek --section total", "two scenarios' totals against the report"),
        ])

    func run(_ arguments: ParsedArguments, in context: any CommandContext) throws -> CommandOutput {
        var names = arguments.strings("names")
        if names.isEmpty {
            guard let current = context.currentScenario else {
                throw CommandError("name the scenarios to compare", help: "e.g. compare baseline NAME")
            }
            names = ["baseline", current]
        }
        if names.count == 1 { names.insert("baseline", at: 0) }
        let datasetID = try names.first { $0 != "baseline" }.flatMap { try context.data.chain(of: $0).first?.datasetID }
        let views = try names.map { try context.view(dataset: datasetID, scenario: $0) }
        let sections = try Set(arguments.strings("section").map { text -> Comparison.Row.Section in
            guard let section = Comparison.Row.Section(rawValue: text) else {
                throw UsageError("\"\(text)\" is not a section (expected indicator, goal, budget or total)", argument: "--section")
            }
            return section
        })
        var table = ComparisonTable.make(views.map(\.result), names: names, settings: context.settings,
                                         sections: sections.isEmpty ? nil : sections, changedOnly: arguments.flag("changed"))
        let flips = table.rows.filter { $0.last == .text("✱") }.count
        if arguments.flag("flips") { table.rows = table.rows.filter { $0.last == .text("✱") } }
        table.caption = "\(views[0].summary.id): \(table.rows.count) row\(table.rows.count == 1 ? "" : "s")" + (flips > 0 ? ", \(flips) status flip\(flips == 1 ? "" : "s") (✱)" : "")
        return .table(table)
    }
}
