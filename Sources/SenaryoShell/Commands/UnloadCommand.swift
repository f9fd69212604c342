import SenaryoKit
import SenaryoStore

/// `unload ID`: removes a dataset and all its rows from the workspace.
struct UnloadCommand: ShellCommand {
    let spec = CommandSpec(
        name: "unload", group: "Data",
        summary: "Remove a dataset from the workspace",
        discussion: """
            Deletes the dataset and all its tables from the workspace file, with its scenarios: \
            a dataset that has scenarios is unloaded only after a yes at the terminal, or with \
            --force (scripts), and the message says how many scenarios and operations were \
            dropped. The folder it was loaded from is not touched.
            """,
        arguments: [ArgumentSpec("id", help: "the dataset id", completion: .datasetID)],
        options: [OptionSpec("force", help: "Unload it even if it has scenarios, without asking (they are dropped).")],
        examples: [
            CommandExample("unload iletisim-sp-2020-2024", "remove the İletişim strategic plan"),
            CommandExample("unload goc-idaresi-2021 --force", "remove it and its scenarios, in a script"),
        ],
        recording: .change)

    func run(_ arguments: ParsedArguments, in shell: Shell) throws -> CommandOutput {
        let id = arguments.string("id")!
        guard try shell.workspace.contains(datasetID: id) else {
            let hint = Suggestion.nearest(to: id, in: try shell.workspace.datasetIDs()).map { "did you mean \($0)?" }
            throw CommandError("no dataset \(id) in this workspace", help: hint ?? "`datasets` lists the loaded ones")
        }
        let scenarios = try shell.workspace.scenarios(of: id)
        let operations = scenarios.map(\.steps.count).reduce(0, +)
        let dropped = Self.count(scenarios.count, "scenario") + " with " + Self.count(operations, "operation")
        if !scenarios.isEmpty && !arguments.flag("force") {
            guard let confirm = shell.confirm else {
                throw CommandError("\(id) has \(dropped); unloading it drops them", help: "pass --force to unload it anyway")
            }
            guard confirm("\(id) has \(dropped); unload it and drop them?") else {
                return .message("kept \(id) and its scenarios; nothing changed")
            }
        }
        try shell.workspace.removeDataset(id)
        if shell.currentDatasetID == id { shell.currentDatasetID = nil }
        if let current = shell.currentScenario, scenarios.contains(where: { $0.name == current }) { shell.currentScenario = nil }
        return .message(scenarios.isEmpty ? "unloaded \(id)" : "unloaded \(id), dropping its \(dropped)")
    }

    static func count(_ n: Int, _ noun: String) -> String {
        "\(n) \(noun)\(n == 1 ? "" : "s")"
    }
}
