import SenaryoEngine

/// What a running command can see and use. The shell provides it; tests provide their own.
public protocol CommandContext: Sendable {
    /// Read access to the workspace's datasets.
    var data: any DataAccess { get }
    /// The dataset chosen with `use`, if any.
    var currentDatasetID: String? { get }
    /// True once the user pressed Ctrl-C; long commands poll it and stop.
    var isCancelled: Bool { get }
    /// Status bands, formula basis, display decimals: the session's `settings`.
    var settings: FigureSettings { get }
}

extension CommandContext {
    /// The dataset a command works on: the one named with `--dataset`, else the current one.
    public func dataset(_ explicit: String?) throws -> DatasetSummary {
        guard let id = explicit ?? currentDatasetID else {
            throw CommandError("no dataset selected", help: "choose one with `use ID` or pass --dataset ID (`datasets` lists them)")
        }
        guard let summary = try data.summary(of: id) else {
            let known = (try? data.datasetSummaries().map(\.id)) ?? []
            let hint = Suggestion.nearest(to: id, in: known).map { "did you mean \($0)?" } ?? "`datasets` lists the loaded ones"
            throw CommandError("no dataset \(id) in this workspace", help: hint)
        }
        return summary
    }
}

/// Read access to loaded datasets, as plugins see it. The workspace implements it.
public protocol DataAccess: Sendable {
    func datasetSummaries() throws -> [DatasetSummary]
    func summary(of id: String) throws -> DatasetSummary?
    func goals(in id: String) throws -> [Goal]
    func indicators(in id: String, year: Int?, goals: [String]?) throws -> [Indicator]
    func budgetLines(in id: String, year: Int?, classification: Classification?) throws -> [BudgetLine]
    func series(in id: String, prefix: String?, year: Int?) throws -> [SeriesPoint]
    /// The whole dataset, every table.
    func dataset(_ id: String) throws -> Dataset?
}
