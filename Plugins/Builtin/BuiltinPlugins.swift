@_exported import AuditPlugin
@_exported import BrowsePlugin
@_exported import BudgetGrowthPlugin
@_exported import ChartsPlugin
@_exported import ComparePlugin
@_exported import ForecastPlugin
@_exported import GoalSeekPlugin
import SenaryoKit
@_exported import SimulatePlugin
@_exported import SweepPlugin
@_exported import TargetsPlugin

/// The plugins that ship with Senaryo, in the order `help` lists their commands.
public let builtinPlugins: [any Plugin] = [
    BrowsePlugin(), ChartsPlugin(), AuditPlugin(), TargetsPlugin(), BudgetGrowthPlugin(), ForecastPlugin(), GoalSeekPlugin(),
    SweepPlugin(), SimulatePlugin(), ComparePlugin(),
]
