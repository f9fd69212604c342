import SenaryoKit

/// What-if budgets: growth from a base year, scaling to a total, transfers, ceilings, inflation.
public struct BudgetGrowthPlugin: Plugin {
    public init() {}
    public let name = "budget-growth"
    public let summary = "Grow next year's budget, hold lines, scale to a total, transfer, compare with a ceiling, deflate"
    public var commands: [any Command] {
        [GrowCommand(), ScaleCommand(), TransferCommand(), CeilingCommand(), InflationCommand()]
    }
}

let classificationOption = OptionSpec("classification", short: "c", valueName: "KIND",
                                      help: "economic (default), institutional, functional or project.",
                                      completion: .choices(["economic", "institutional", "functional", "project"]))
let roundOption = OptionSpec("round", valueName: "STEP", help: "Round each amount to a multiple of STEP (e.g. 1000), half-up.")
let holdOption = OptionSpec("hold", valueName: "CODE", help: "Keep this line (and those below it) at its base amount; may be repeated. `current` and `capital` name 01–05 and 06–07.",
                            completion: .combined([.budgetCode, .choices(["capital", "current"])]))
