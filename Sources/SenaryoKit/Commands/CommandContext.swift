import SenaryoEngine

/// What a running command can see and use. The shell provides it; tests provide their own.
public protocol CommandContext: Sendable {
    /// Read access to the workspace's datasets.
    var data: any DataAccess { get }
    /// The dataset chosen with `use`, if any.
    var currentDatasetID: String? { get }
    /// The scenario chosen with `scenario use` (or just created), if any.
    var currentScenario: String? { get }
    /// True once the user pressed Ctrl-C; long commands poll it and stop.
    var isCancelled: Bool { get }
    /// Status bands, formula basis, display decimals: the session's `settings`.
    var settings: FigureSettings { get }
    /// Where a file path typed in a command points: in a script, relative to the script's
    /// folder; elsewhere, to the current folder (`~` expanded).
    func resolvedPath(_ path: String) -> String
}

extension CommandContext {
    /// How typed numbers are read: `settings numbers`, else the `number_format` of the dataset
    /// in use, else plain. Every command that takes a number or a change reads it this way.
    public var numbers: NumberFormat {
        if let declared = settings.numbers { return declared }
        guard let id = currentDatasetID, let summary = try? data.summary(of: id) else { return .plain }
        return summary.manifest.numberFormat
    }

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
    /// The scenario and every scenario it builds on, base first.
    func chain(of scenario: String) throws -> [Scenario]
    /// `operations` applied to a dataset's baseline; nil when there is no such dataset.
    /// Throws `ScenarioError` naming the operation that cannot apply. The workspace remembers
    /// recent evaluations, so the commands of a session do not re-evaluate the same chain.
    func result(of operations: [ScenarioOperation], on id: String) throws -> ScenarioResult?
}

extension DataAccess {
    public func result(of operations: [ScenarioOperation], on id: String) throws -> ScenarioResult? {
        guard let baseline = try dataset(id) else { return nil }
        return try ScenarioEvaluator.apply(operations, to: baseline)
    }
}

/// A dataset as a command sees it: the baseline, or a scenario of it evaluated.
public struct DatasetView: Sendable {
    public var summary: DatasetSummary
    /// The scenario's name; nil for the baseline.
    public var scenario: String?
    public var result: ScenarioResult
    public var dataset: Dataset { result.dataset }
    /// "goc-idaresi-2021" or "goc-idaresi-2021 › butce-2023".
    public var label: String { scenario.map { "\(summary.id) › \($0)" } ?? summary.id }
}

/// What a command works on, before anything is evaluated: the dataset, and the scenario in
/// use with its whole chain of operations.
public struct DatasetTarget: Sendable {
    public var summary: DatasetSummary
    /// The scenario's name; nil for the baseline.
    public var scenario: String?
    /// The operations of the scenario and of every scenario it builds on, base first.
    public var operations: [ScenarioOperation]
    /// "goc-idaresi-2021" or "goc-idaresi-2021 › butce-2023".
    public var label: String { scenario.map { "\(summary.id) › \($0)" } ?? summary.id }
}

extension CommandContext {
    /// The dataset a command shows and the scenario in use, without evaluating the scenario:
    /// for commands that evaluate it themselves (a sweep evaluates it at every point).
    /// `--scenario NAME` picks another (`baseline` for none); `--dataset ID` picks a dataset
    /// (its baseline, unless the scenario in use belongs to it).
    public func target(dataset explicitDataset: String?, scenario explicitScenario: String?) throws -> DatasetTarget {
        var scenarioName = explicitScenario == "baseline" ? nil : explicitScenario
        var datasetID = explicitDataset
        if let name = scenarioName, datasetID == nil {
            guard let root = try data.chain(of: name).first else { throw CommandError("no scenario \(name)") }
            datasetID = root.datasetID
        }
        let summary = try dataset(datasetID)
        if explicitScenario == nil, let current = currentScenario,
           let root = try? data.chain(of: current).first, root.datasetID == summary.id {
            scenarioName = current
        }
        guard let name = scenarioName else { return DatasetTarget(summary: summary, scenario: nil, operations: []) }
        let chain = try data.chain(of: name)
        guard chain.first?.datasetID == summary.id else {
            throw CommandError("scenario \(name) is a scenario of \(chain.first?.datasetID ?? "another dataset"), not of \(summary.id)")
        }
        return DatasetTarget(summary: summary, scenario: name, operations: chain.flatMap(\.operations))
    }

    /// The dataset a command shows, with the scenario in use applied (see `target`).
    public func view(dataset explicitDataset: String?, scenario explicitScenario: String?) throws -> DatasetView {
        let target = try target(dataset: explicitDataset, scenario: explicitScenario)
        let summary = target.summary
        guard let name = target.scenario else {
            guard let baseline = try data.dataset(summary.id) else { throw CommandError("no dataset \(summary.id)") }
            return DatasetView(summary: summary, scenario: nil, result: ScenarioResult(dataset: baseline))
        }
        do {
            guard let result = try data.result(of: target.operations, on: summary.id) else { throw CommandError("no dataset \(summary.id)") }
            return DatasetView(summary: summary, scenario: name, result: result)
        } catch let error as ScenarioError {
            throw CommandError("scenario \(name) cannot be applied to \(summary.id): \(error.message)")
        }
    }
}
