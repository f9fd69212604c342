import SenaryoKit

/// `use ID`: chooses the dataset the browsing commands work on.
struct UseCommand: ShellCommand {
    let spec = CommandSpec(
        name: "use", group: "Data",
        summary: "Choose the dataset to work on",
        discussion: "Browsing commands (goals, indicators, budget, series, show) work on the dataset in use unless given --dataset. The prompt shows it.",
        arguments: [ArgumentSpec("id", help: "the dataset id", completion: .datasetID)],
        examples: [CommandExample("use goc-idaresi-2021", "work on the Göç İdaresi 2021 report")],
        recording: .change)

    func run(_ arguments: ParsedArguments, in shell: Shell) throws -> CommandOutput {
        let summary = try shell.context.dataset(arguments.string("id"))
        shell.currentDatasetID = summary.id
        let year = summary.manifest.year.map { ", \($0)" } ?? ""
        return .message("using \(summary.id) — \(summary.manifest.institution), \(summary.manifest.title)\(year)")
    }
}
