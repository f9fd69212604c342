import SenaryoKit

/// Charts of budgets, indicators and series: in the terminal, and as SVG files.
public struct ChartsPlugin: Plugin {
    public init() {}
    public let name = "charts"
    public let summary = "Bar charts of budgets, indicator rates and series, in the terminal or as SVG"
    public var commands: [any Command] { [ChartCommand()] }
}
