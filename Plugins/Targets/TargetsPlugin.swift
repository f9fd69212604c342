import SenaryoKit

/// What-if changes to indicators: targets, actuals and weights.
public struct TargetsPlugin: Plugin {
    public init() {}
    public let name = "targets"
    public let summary = "Change indicator targets, actuals and weights, and see which statuses flip"
    public var commands: [any Command] {
        [IndicatorChangeCommand(field: .target), IndicatorChangeCommand(field: .actual), WeightCommand()]
    }
}
