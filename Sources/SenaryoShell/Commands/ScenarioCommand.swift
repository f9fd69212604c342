import Foundation
import SenaryoEngine
import SenaryoKit
import SenaryoStore

/// `scenario ACTION ...`: create, choose, inspect, copy, rename, drop, undo and export scenarios.
struct ScenarioCommand: ShellCommand {
    static let actions = ["new", "list", "show", "use", "copy", "rename", "drop", "undo", "export"]

    let spec = CommandSpec(
        name: "scenario", group: "Scenarios",
        summary: "Create, choose, show, copy, rename, drop, undo or export what-if scenarios",
        discussion: """
            A scenario is a named, ordered list of changes (operations) applied to an untouched \
            baseline dataset, or to another scenario (--base: a chain). The what-if commands \
            (target, grow, ceiling, forecast, ...) append operations to the scenario in use; the \
            browsing commands then show its figures, and `compare` sets it beside the baseline. \
            Scenarios are stored in the workspace and survive restarts; there is no limit on \
            operations or scenarios.
              scenario new NAME [--base SCENARIO] [--note WHY]   create and use it
              scenario list                                      every scenario
              scenario show [NAME]                               its operations, with when and why
              scenario use NAME|baseline                         choose where operations go
              scenario copy NAME NEW | rename NAME NEW | drop NAME
              scenario undo [NAME]                               remove the last operation
              scenario export [NAME]                             the script that rebuilds it, loading the dataset from its folder if needed
            """,
        arguments: [
            ArgumentSpec("action", help: Self.actions.joined(separator: ", "), completion: .choices(Self.actions)),
            ArgumentSpec("names", valueName: "NAME", help: "scenario name(s)", isOptional: true, isRepeating: true, completion: .scenarioName),
        ],
        options: [
            OptionSpec("base", valueName: "SCENARIO", help: "With new: build on this scenario instead of the bare dataset.", completion: .scenarioName),
            OptionSpec("note", valueName: "TEXT", help: "With new: why this scenario exists."),
            OptionSpec("replace", help: "With new: replace a scenario of that name (scenario export uses it, so replays are repeatable)."),
            OptionSpec.dataset,
        ],
        examples: [
            CommandExample("scenario new butce-2023 --note \"OVP 2023 tavanları\"", "start a scenario of the dataset in use"),
            CommandExample("scenario new yuksek --base butce-2023", "a variant built on it"),
            CommandExample("scenario show", "the operations of the scenario in use"),
            CommandExample("scenario undo", "take the last operation back"),
            CommandExample("scenario export butce-2023", "a script that rebuilds it"),
            CommandExample("scenario use baseline", "back to the report's own figures"),
        ],
        recording: .change)

    func run(_ arguments: ParsedArguments, in shell: Shell) throws -> CommandOutput {
        let action = arguments.string("action")!
        let names = arguments.strings("names")
        let workspace = shell.workspace
        func one(_ index: Int, _ what: String) throws -> String {
            guard index < names.count else { throw UsageError("scenario \(action) needs \(what)", argument: "NAME", usage: spec.synopsis) }
            return names[index]
        }
        func currentOrNamed() throws -> String {
            if let name = names.first { return name }
            guard let current = shell.currentScenario else {
                throw CommandError("no scenario in use", help: "name one, or choose one with `scenario use NAME`")
            }
            return current
        }
        func existing(_ name: String) throws -> Scenario {
            guard let scenario = try workspace.scenario(named: name) else {
                let hint = Suggestion.nearest(to: name, in: try workspace.scenarioNames()).map { "did you mean \($0)?" }
                throw CommandError("no scenario \(name)", help: hint ?? "`scenario list` shows them")
            }
            return scenario
        }
        switch action {
        case "new":
            let name = try one(0, "a NAME")
            guard Scenario.isValidName(name) else {
                throw UsageError("\"\(name)\" is not a scenario name (\(Scenario.nameRule))", argument: "NAME")
            }
            var datasetID: String
            if let base = arguments.string("base") {
                datasetID = try existing(base).datasetID
                if let explicit = arguments.string("dataset"), explicit != datasetID {
                    throw CommandError("scenario \(base) is a scenario of \(datasetID), not of \(explicit)")
                }
            } else {
                datasetID = try shell.context.dataset(arguments.string("dataset")).id
            }
            let scenario = Scenario(name: name, datasetID: datasetID, base: arguments.string("base"),
                                    note: arguments.string("note"), createdAt: Shell.timestamp())
            if arguments.flag("replace"), try workspace.scenario(named: name) != nil {
                if let base = scenario.base, try workspace.chain(of: base).contains(where: { $0.name == name }) {
                    throw CommandError("scenario \(name) cannot build on \(base), which builds on it")
                }
                try workspace.resetScenario(scenario)
            } else {
                try workspace.createScenario(scenario)
            }
            shell.currentDatasetID = datasetID
            shell.currentScenario = name
            return .message("scenario \(name) of \(datasetID)\(arguments.string("base").map { ", based on \($0)" } ?? "") — now in use")
        case "list":
            let scenarios = try workspace.scenarios(of: arguments.string("dataset"))
            if scenarios.isEmpty { return .message("no scenarios (start one with `scenario new NAME`)") }
            return .table(Table(columns: [Column("current", header: ""), Column("name"), Column("dataset"), Column("base"),
                                          Column("operations"), Column("note", maximumWidth: 50)],
                                rows: scenarios.map { s in
                                    [.text(s.name == shell.currentScenario ? "*" : ""), .text(s.name), .text(s.datasetID), .optional(s.base),
                                     .integer(s.steps.count), .optional(s.note)]
                                }))
        case "show":
            let scenario = try existing(try currentOrNamed())
            var blocks: [OutputBlock] = [.record(Record(title: "scenario \(scenario.name)", fields: [
                ("name", "name", .text(scenario.name)), ("dataset", "dataset", .text(scenario.datasetID)),
                ("base", "based on", .optional(scenario.base)), ("note", "note", .optional(scenario.note)),
                ("operations", "operations", .integer(scenario.steps.count)),
            ]))]
            if !scenario.steps.isEmpty {
                blocks.append(.table(Table(columns: [Column("n"), Column("operation", maximumWidth: 70), Column("command", isShownInTable: false),
                                                     Column("note", isShownInTable: false), Column("created_at", isShownInTable: false)],
                                           rows: scenario.steps.enumerated().map { index, step in
                                               [.integer(index + 1), .text(step.operation.summary), .text(step.command), .optional(step.note),
                                                .text(step.createdAt)]
                                           })))
            }
            return CommandOutput(blocks)
        case "use":
            let name = try one(0, "a NAME (or baseline)")
            if name == "baseline" {
                shell.currentScenario = nil
                return .message("using the baseline of \(shell.currentDatasetID ?? "the dataset")")
            }
            let scenario = try existing(name)
            shell.currentScenario = scenario.name
            shell.currentDatasetID = scenario.datasetID
            return .message("using scenario \(scenario.name) of \(scenario.datasetID)")
        case "copy":
            var scenario = try existing(try one(0, "the NAME to copy"))
            let newName = try one(1, "a NEW name")
            guard Scenario.isValidName(newName) else { throw UsageError("\"\(newName)\" is not a scenario name (\(Scenario.nameRule))", argument: "NEW") }
            scenario.name = newName
            scenario.createdAt = Shell.timestamp()
            try workspace.createScenario(scenario)
            return .message("copied \(names[0]) to \(newName)")
        case "rename":
            let name = try one(0, "the NAME"), newName = try one(1, "a NEW name")
            guard Scenario.isValidName(newName) else { throw UsageError("\"\(newName)\" is not a scenario name (\(Scenario.nameRule))", argument: "NEW") }
            _ = try existing(name)
            try workspace.renameScenario(name, to: newName)
            if shell.currentScenario == name { shell.currentScenario = newName }
            return .message("renamed \(name) to \(newName)")
        case "drop":
            let name = try one(0, "the NAME")
            _ = try existing(name)
            try workspace.dropScenario(name)
            if shell.currentScenario == name { shell.currentScenario = nil }
            return .message("dropped \(name)")
        case "undo":
            let name = try currentOrNamed()
            _ = try existing(name)
            guard let step = try workspace.removeLastStep(of: name) else { throw CommandError("scenario \(name) has no operation to undo") }
            return .message("undid: \(step.operation.summary)")
        case "export":
            let chain = try workspace.chain(of: try currentOrNamed())
            let id = chain.first!.datasetID
            var lines = ["# scenario \(chain.last!.name) of \(id), exported by senaryo \(Launcher.version)"]
            if let load = try shell.loadLine(for: id) {
                lines += ["# replay: senaryo [--workspace FILE] THIS-FILE (loads \(id) from its folder unless the workspace holds it)", load]
            } else {
                lines.append("# replay after loading the dataset: senaryo --workspace FILE THIS-FILE")
            }
            lines.append("use \(id)")
            lines += Shell.scenarioLines(chain)
            return CommandOutput([.text(lines.joined(separator: "\n"))])
        default:
            let hint = Suggestion.nearest(to: action, in: Self.actions).map { " (did you mean \($0)?)" } ?? ""
            throw UsageError("\"\(action)\" is not a scenario action\(hint); expected \(Self.actions.joined(separator: ", "))",
                             argument: "ACTION", usage: spec.synopsis)
        }
    }
}
