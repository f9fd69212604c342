import SenaryoEngine
import SenaryoKit

/// `grow FROM TO RATE`: next year's appropriations from a base year.
struct GrowCommand: Command {
    let spec = CommandSpec(
        name: "grow", group: "What-if",
        summary: "Grow a base year's appropriations into later years: overall rate, per-code rates, held lines, rounding",
        discussion: """
            Creates the lines of TO from those of FROM (their KBÖ by default; --base revised or \
            spent), each grown by RATE per year — compounded when TO is more than a year later — \
            or by the rate given for its code with --rate CODE=PCT (the most specific code wins; \
            `capital` and `current` name the economic groups 06–07 and 01–05). Held lines keep \
            their base amount. Parents are the sum of their grown sub-lines. The lines the \
            report states for TO, if any, are replaced in the scenario: `compare` shows the \
            differences. Amounts are exact; --round rounds each to a step.
            """,
        arguments: [
            ArgumentSpec("from", help: "the base year", completion: .year),
            ArgumentSpec("to", help: "the year to create", completion: .year),
            ArgumentSpec("percent", valueName: "RATE", help: "overall growth per year, percent (45 or 45%)"),
        ],
        options: [
            OptionSpec("base", valueName: "AMOUNT", help: "initial (KBÖ, default), revised or spent of the base year.",
                       completion: .choices(["initial", "revised", "spent"])),
            OptionSpec("rate", short: "r", valueName: "CODE=PCT", help: "A rate for one code and the lines below it; may be repeated.",
                       completion: .combined([.budgetCode, .choices(["capital", "current"])])),
            holdOption, roundOption, classificationOption, OptionSpec.flips,
        ],
        examples: [
            CommandExample("grow 2021 2022 45", "every line 45 % up"),
            CommandExample("grow 2022 2023 45 --rate capital=10 --hold 1 --round 1000", "45 % overall, capital 10 %, personnel held, to 1 000 TL"),
            CommandExample("grow 2021 2022 50 --rate 1=53.9 --rate 2=50.3 --rate 6=-19.6", "per economic code"),
            CommandExample("grow 2022 2025 12", "three years at 12 % a year, compounded"),
        ],
        recording: .change)

    func run(_ arguments: ParsedArguments, in context: any CommandContext) throws -> CommandOutput {
        guard let from = try arguments.year("from"), let to = try arguments.year("to") else { throw UsageError("missing years") }
        let numbers = context.numbers
        let rate = try ValueSyntax.number(arguments.string("percent")!, numbers, argument: "RATE")
        let codeRates = try arguments.strings("rate").map { text -> BudgetGrowth.CodeRate in
            guard let (code, value) = try ValueSyntax.pair(text, numbers, argument: "--rate") else {
                throw UsageError("\"\(text)\" is not CODE=PCT", argument: "--rate")
            }
            return BudgetGrowth.CodeRate(code: code, rate: value)
        }
        let growth = BudgetGrowth(
            classification: try arguments.choice("classification", as: Classification.self) ?? .economic, fromYear: from,
            base: try arguments.choice("base", as: BudgetAmount.self) ?? .initial, toYear: to, rate: rate, codeRates: codeRates,
            holds: arguments.strings("hold"), rounding: try arguments.decimal("round", numbers: numbers))
        return try ScenarioChange.propose(.growBudget(growth), in: context, flipsOnly: arguments.flag("flips"))
    }
}

/// `scale YEAR TOTAL`: lines held fixed while the rest scale to reach a total.
struct ScaleCommand: Command {
    let spec = CommandSpec(
        name: "scale", group: "What-if",
        summary: "Scale a year's lines so that they total an amount, holding some lines fixed",
        discussion: "The lines not held are multiplied by one factor, (TOTAL − held) / (total − held), so the year's total becomes TOTAL (up to --round).",
        arguments: [ArgumentSpec("year", help: "the year", completion: .year), ArgumentSpec("total", help: "the total to reach")],
        options: [holdOption, roundOption, classificationOption, OptionSpec.flips],
        examples: [CommandExample("scale 2023 6500000000 --hold 1 --hold 2", "fit 2023 into 6.5 billion, personnel and SGK held")],
        recording: .change)

    func run(_ arguments: ParsedArguments, in context: any CommandContext) throws -> CommandOutput {
        guard let year = try arguments.year("year") else { throw UsageError("missing YEAR") }
        let total = try ValueSyntax.number(arguments.string("total")!, context.numbers, argument: "TOTAL")
        return try ScenarioChange.propose(.scaleBudget(year: year, classification: try arguments.choice("classification", as: Classification.self) ?? .economic,
                                                       total: total, holds: arguments.strings("hold"), rounding: try arguments.decimal("round", numbers: context.numbers)),
                                          in: context)
    }
}

/// `transfer AMOUNT --from CODE --to CODE`: move appropriation between lines, total unchanged.
struct TransferCommand: Command {
    let spec = CommandSpec(
        name: "transfer", group: "What-if",
        summary: "Move appropriation from one line to another during a year; the total stays the same",
        discussion: "Adds AMOUNT to the source line's deducted and the target's added, and moves it between their revised appropriations.",
        arguments: [ArgumentSpec("amount", help: "how much to move")],
        options: [
            OptionSpec("from", valueName: "CODE", help: "The line giving it.", completion: .budgetCode),
            OptionSpec("to", valueName: "CODE", help: "The line receiving it.", completion: .budgetCode),
            OptionSpec.year("The year (default: the dataset's)."),
            classificationOption,
            OptionSpec.flips,
        ],
        examples: [CommandExample("transfer 5000000 --from 5 --to 3 --year 2021", "move 5 million TL from current transfers to goods and services")],
        recording: .change)

    func run(_ arguments: ParsedArguments, in context: any CommandContext) throws -> CommandOutput {
        let amount = try ValueSyntax.number(arguments.string("amount")!, context.numbers, argument: "AMOUNT")
        guard amount > .zero else {
            throw UsageError("expects a positive amount", argument: "AMOUNT")
        }
        guard let from = arguments.string("from"), let to = arguments.string("to") else {
            throw UsageError("needs --from CODE and --to CODE", usage: spec.synopsis)
        }
        let view = try context.view(dataset: nil, scenario: nil)
        guard let year = try arguments.year("year") ?? view.summary.manifest.year ?? view.dataset.budget.map(\.year).max() else {
            throw UsageError("needs --year", argument: "--year")
        }
        return try ScenarioChange.propose(.transfer(year: year, classification: try arguments.choice("classification", as: Classification.self) ?? .economic,
                                                    amount: amount, from: from, to: to), in: context, flipsOnly: arguments.flag("flips"))
    }
}

/// `inflation YEAR=PCT...`: an inflation path for real amounts.
struct InflationCommand: Command {
    let spec = CommandSpec(
        name: "inflation", group: "What-if",
        summary: "Declare an inflation path (TÜFE, % a year) so budgets show real as well as nominal amounts",
        discussion: "Real amounts are in the prices of the year before the path starts: nominal / Π(1 + inflation). `budget --real` shows them; `sweep` and `simulate` can vary the path as `inflation`.",
        arguments: [ArgumentSpec("rates", valueName: "YEAR=PCT", help: "one rate per year", isRepeating: true)],
        options: [OptionSpec.flips],
        examples: [CommandExample("inflation 2022=64.3 2023=45", "the Medium-Term Programme's path")],
        recording: .change)

    func run(_ arguments: ParsedArguments, in context: any CommandContext) throws -> CommandOutput {
        let path = try arguments.strings("rates").map { text -> YearRate in
            guard let (year, rate) = try ValueSyntax.pair(text, context.numbers, argument: "YEAR=PCT"), let y = Int(year), year.count == 4 else {
                throw UsageError("\"\(text)\" is not YEAR=PCT", argument: "YEAR=PCT")
            }
            return YearRate(year: y, rate: rate)
        }
        guard !path.isEmpty else { throw UsageError("give at least one YEAR=PCT", usage: spec.synopsis) }
        return try ScenarioChange.propose(.inflation(path.sorted { $0.year < $1.year }), in: context, flipsOnly: arguments.flag("flips"))
    }
}
