import SenaryoKit
import SenaryoStore

/// `unload ID`: removes a dataset and all its rows from the workspace.
struct UnloadCommand: ShellCommand {
    let spec = CommandSpec(
        name: "unload", group: "Data",
        summary: "Remove a dataset from the workspace",
        discussion: "Deletes the dataset and all its tables from the workspace file. The folder it was loaded from is not touched.",
        arguments: [ArgumentSpec("id", help: "the dataset id", completion: .datasetID)],
        examples: [CommandExample("unload iletisim-sp-2020-2024", "remove the İletişim strategic plan")],
        recording: .change)

    func run(_ arguments: ParsedArguments, in shell: Shell) throws -> CommandOutput {
        let id = arguments.string("id")!
        guard try shell.workspace.removeDataset(id) else {
            let hint = Suggestion.nearest(to: id, in: try shell.workspace.datasetIDs()).map { "did you mean \($0)?" }
            throw CommandError("no dataset \(id) in this workspace", help: hint ?? "`datasets` lists the loaded ones")
        }
        if shell.currentDatasetID == id { shell.currentDatasetID = nil }
        return .message("unloaded \(id)")
    }
}
