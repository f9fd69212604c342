import SenaryoEngine
import SenaryoKit
import SenaryoStore

/// The `CommandContext` plugin commands receive: read access and the current selection.
struct ShellContext: CommandContext {
    let data: any DataAccess
    let currentDatasetID: String?
    let currentScenario: String?
    let settings: FigureSettings
    var isCancelled: Bool { Interrupt.isPending }
}

extension Workspace: DataAccess {}
