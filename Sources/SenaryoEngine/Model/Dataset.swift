/// A whole report dataset: the manifest and its four tables, in file order.
public struct Dataset: Sendable, Hashable {
    public var manifest: DatasetManifest
    public var goals: [Goal]
    public var indicators: [Indicator]
    public var budget: [BudgetLine]
    public var series: [SeriesPoint]

    public init(manifest: DatasetManifest, goals: [Goal] = [], indicators: [Indicator] = [],
                budget: [BudgetLine] = [], series: [SeriesPoint] = []) {
        self.manifest = manifest
        self.goals = goals
        self.indicators = indicators
        self.budget = budget
        self.series = series
    }

    public var id: String { manifest.id }

    /// Row counts, for the summary printed after a load.
    public var counts: DatasetCounts {
        DatasetCounts(goals: goals.count, indicators: indicators.count, budgetLines: budget.count, seriesPoints: series.count)
    }
}

/// How many rows each table of a dataset has.
public struct DatasetCounts: Sendable, Hashable, Codable {
    public var goals: Int
    public var indicators: Int
    public var budgetLines: Int
    public var seriesPoints: Int

    public init(goals: Int, indicators: Int, budgetLines: Int, seriesPoints: Int) {
        self.goals = goals
        self.indicators = indicators
        self.budgetLines = budgetLines
        self.seriesPoints = seriesPoints
    }
}
