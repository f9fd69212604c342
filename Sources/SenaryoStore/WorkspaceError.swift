/// Why a workspace operation was refused. Nothing was changed when one is thrown.
public enum WorkspaceError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A dataset with this id is already loaded and replacing it was not asked for.
    case datasetExists(String)
    /// No dataset with this id is loaded.
    case noSuchDataset(String)
    /// The workspace file cannot be opened or is not a Senaryo workspace.
    case cannotOpen(path: String, reason: String)
    /// Part of the workspace file cannot be read back (damaged outside Senaryo).
    case damaged(path: String, reason: String)
    /// The operation was interrupted (Ctrl-C) and rolled back.
    case cancelled
    case scenarioExists(String)
    case noSuchScenario(String)
    /// Other scenarios build on this one.
    case scenarioHasDependents(String, [String])

    public var description: String {
        switch self {
        case .datasetExists(let id): "dataset \(id) is already loaded (use --replace to replace it)"
        case .noSuchDataset(let id): "no dataset \(id) in this workspace"
        case let .cannotOpen(path, reason): "cannot open workspace \(path): \(reason)"
        case let .damaged(path, reason): "workspace \(path) is damaged: \(reason) (load the dataset again with --replace)"
        case .cancelled: "interrupted; nothing was changed"
        case .scenarioExists(let name): "a scenario \(name) exists already"
        case .noSuchScenario(let name): "no scenario \(name) in this workspace"
        case let .scenarioHasDependents(name, others): "scenarios \(others.joined(separator: ", ")) build on \(name): drop them first"
        }
    }
}
