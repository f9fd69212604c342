import SenaryoEngine
import SenaryoKit
import SenaryoStore

/// The `CommandContext` plugin commands receive: read access and the current selection.
struct ShellContext: CommandContext {
    let data: any DataAccess
    let currentDatasetID: String?
    let currentScenario: String?
    let settings: FigureSettings
    /// The folder of the script being run, which relative paths are resolved against.
    let scriptDirectory: String?
    var isCancelled: Bool { Interrupt.isPending }
    func resolvedPath(_ path: String) -> String { Shell.resolve(path, in: scriptDirectory) }
}

extension Workspace: DataAccess {}
