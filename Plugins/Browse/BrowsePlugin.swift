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

