import Foundation
import SenaryoDataset
import SenaryoKit
import SenaryoStore

/// `load PATH`: validates a dataset folder and stores it in the workspace, all or nothing.
struct LoadCommand: ShellCommand {
    let spec = CommandSpec(
        name: "load", group: "Data",
        summary: "Load a report dataset (a folder or an .xlsx workbook) into the workspace",
        discussion: """
            Reads dataset.yaml and the CSV tables (goals, indicators, budget, series), checks \
            everything, and stores the dataset in one transaction. A dataset with any error is \
            not loaded at all: every error is listed with its file, line and column. Loading an \
            id that is already in the workspace asks before replacing it; scripts pass --replace.
            A workbook has one sheet per table with the CSV's column names and a `dataset` sheet \
            of key and value rows; numbers may be number cells or text, and errors name the \
            sheet and cell (budget!F12).
            """,
        arguments: [ArgumentSpec("path", help: "the dataset folder (the one holding dataset.yaml), or an .xlsx workbook", completion: .filePath)],
        options: [
            OptionSpec("replace", help: "Replace a loaded dataset with the same id without asking."),
            OptionSpec("unless-loaded", valueName: "ID",
                       help: "Do nothing if the workspace already holds dataset ID (scripts from `scenario export` and `record` start so: they replay with or without it).",
                       completion: .datasetID),
        ],
        examples: [
            CommandExample("load SampleData/goc-idaresi-2021", "load the bundled Göç İdaresi 2021 activity report"),
            CommandExample("load ~/raporlar/2022 --replace", "reload a dataset after fixing its CSV files"),
            CommandExample("load ~/raporlar/faaliyet-2022.xlsx", "load the same tables from a workbook"),
            CommandExample("load SampleData/goc-idaresi-2021 --unless-loaded goc-idaresi-2021", "load it only if it is not there yet"),
        ],
        recording: .change)

    func run(_ arguments: ParsedArguments, in shell: Shell) throws -> CommandOutput {
        let path = arguments.string("path")!
        let folder = shell.resolvedPath(path)
        let guardID = arguments.string("unless-loaded")
        if let id = guardID {
            if try shell.workspace.contains(datasetID: id) { return .message("\(id) is already loaded; kept it") }
            guard FileManager.default.fileExists(atPath: folder) else {
                throw CommandError("\(id) is not in this workspace, and the folder it was loaded from, \(Self.absolute(folder)), no longer exists",
                                   help: "load \(id) from where it is now (`load PATH`), then run this again")
            }
        }
        let dataset = try DatasetLoader().load(from: folder)
        if let id = guardID, dataset.id != id {
            throw CommandError("\(Self.absolute(folder)) holds dataset \(dataset.id), not \(id); nothing loaded")
        }
        var replace = arguments.flag("replace")
        let exists = try shell.workspace.contains(datasetID: dataset.id)
        if !replace, exists {
            guard let confirm = shell.confirm else { throw WorkspaceError.datasetExists(dataset.id) }
            guard confirm("dataset \(dataset.id) is already loaded; replace it?") else {
                return .message("kept the loaded \(dataset.id); nothing changed")
            }
            replace = true
        }
        let summary = try shell.workspace.save(dataset, origin: Self.absolute(folder), replace: replace, isCancelled: { Interrupt.isPending })
        if shell.currentDatasetID == nil { shell.currentDatasetID = summary.id }
        let c = summary.counts
        let verb = exists ? "replaced" : "loaded"
        return .message("""
            \(verb) \(summary.id) — \(summary.manifest.institution), \(summary.manifest.title)
              \(c.goals) goals · \(c.indicators) indicators · \(c.budgetLines) budget lines · \(c.seriesPoints) series values
            """)
    }

    /// The folder as an absolute path, stored as the dataset's origin: `scenario export` writes
    /// it into a script that may be run from anywhere.
    static func absolute(_ folder: String) -> String {
        URL(fileURLWithPath: folder).standardizedFileURL.path
    }
}
