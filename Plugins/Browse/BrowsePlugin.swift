import SenaryoKit

/// The browsing commands: goals, indicators, budget, series and show.
///
/// Built in, but written against the same `SenaryoKit` API a third-party plugin uses: it sees
/// the workspace only through `CommandContext`.
public struct BrowsePlugin: Plugin {
    public init() {}

    public let name = "browse"
    public let summary = "Browse a dataset's plan hierarchy, indicators, budget and series"

    public var commands: [any Command] {
        [GoalsCommand(), IndicatorsCommand(), BudgetCommand(), SeriesCommand(), ShowCommand()]
    }
}

/// The `--dataset` option every browsing command takes.
let datasetOption = OptionSpec("dataset", short: "d", valueName: "ID", help: "Work on this dataset instead of the one in use.",
                               completion: .datasetID)

/// The `--scenario` option: show a scenario's figures instead of the one in use (`baseline` for none).
let scenarioOption = OptionSpec("scenario", valueName: "NAME", help: "Show this scenario's figures (baseline: the report's own).",
                                completion: .scenarioName)
