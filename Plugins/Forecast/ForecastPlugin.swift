import SenaryoEngine
import SenaryoKit

/// Year-end forecasts from the quarters known so far.
public struct ForecastPlugin: Plugin {
    public init() {}
    public let name = "forecast"
    public let summary = "Forecast year-end values from the quarters known so far"
    public var commands: [any Command] { [ForecastCommand()] }
}

/// `forecast`: run-rate, linear trend or a seasonal profile; forecasts feed status like actuals.
struct ForecastCommand: Command {
    let spec = CommandSpec(
        name: "forecast", group: "What-if",
        summary: "Forecast indicators' year-end from the quarters known so far (run-rate, linear trend, seasonal profile)",
        discussion: """
            Replaces the year-end (C) of the chosen indicators with a forecast from their first \
            --quarters N quarters (default: all reported): run-rate continues their pace (sum: \
            ×4/N; last: the last value; mean: their mean); linear extends a least-squares line to \
            Q4; seasonal uses the share of the year those quarters had in a profile — another \
            year's quarterly values, given with --profile Q1,Q2,Q3,Q4 or taken from the same \
            indicator in --profile-from DATASET. Forecasts feed rates and statuses like actuals \
            and are marked in CSV/JSON (`forecast`).
            """,
        arguments: [ArgumentSpec("codes", valueName: "CODE", help: "indicators to forecast", isOptional: true, isRepeating: true,
                                 completion: .indicatorCode)],
        options: [
            OptionSpec("method", short: "m", valueName: "METHOD", help: "run-rate (default), linear or seasonal.",
                       completion: .choices(["run-rate", "linear", "seasonal"])),
            OptionSpec("quarters", short: "q", valueName: "N", help: "Use only Q1..QN (as if the year were that far along)."),
            OptionSpec("profile", valueName: "Q1,Q2,Q3,Q4", help: "With seasonal: the profile's quarterly values (use ; or spaces with Turkish decimals)."),
            OptionSpec("profile-from", valueName: "DATASET", help: "With seasonal: take the profile from the same indicator in this dataset.",
                       completion: .datasetID),
            OptionSpec("profile-year", valueName: "YEAR", help: "With seasonal: take the profile from the same indicator in this year (of this dataset, or of --profile-from)."),
            OptionSpec("goal", short: "g", valueName: "CODE", help: "Every indicator of this goal and below.", completion: .goalCode),
            OptionSpec("all", help: "Every indicator with quarterly values."),
            OptionSpec.flips,
        ],
        examples: [
            CommandExample("forecast PP16 --quarters 2", "where PP16 ends if Q3 and Q4 go like Q1 and Q2"),
            CommandExample("forecast --all --quarters 3 --method linear", "every indicator, by trend, from three quarters"),
            CommandExample("forecast PP7 --quarters 2 --method seasonal --profile 20,25,25,30", "with last year's seasonal shape"),
        ],
        recording: .change)

    func run(_ arguments: ParsedArguments, in context: any CommandContext) throws -> CommandOutput {
        let known = try arguments.integer("quarters")
        if let known, !(1...4).contains(known) { throw UsageError("expects 1 to 4", argument: "--quarters") }
        let codes = arguments.strings("codes")
        let method: Forecast
        switch arguments.string("method") ?? "run-rate" {
        case "run-rate": method = .runRate(knownQuarters: known)
        case "linear": method = .linearTrend(knownQuarters: known)
        case "seasonal":
            var profile: [ExactDecimal] = []
            if let text = arguments.string("profile") {
                let separators: Set<Character> = text.contains(";") || text.contains(" ") ? [";", " "] : [","]
                profile = try text.split(whereSeparator: { separators.contains($0) }).map { part throws(UsageError) -> ExactDecimal in
                    try ValueSyntax.number(String(part), context.numbers, argument: "--profile")
                }
            } else if arguments.string("profile-from") != nil || arguments.string("profile-year") != nil {
                guard codes.count == 1 else { throw UsageError("a profile from data is one indicator's: name one CODE", argument: "--profile-from") }
                let source = arguments.string("profile-from")
                let year = try arguments.year("profile-year")
                let other = try context.view(dataset: source, scenario: "baseline")
                guard let indicator = other.dataset.indicators.first(where: { $0.code == codes[0] && (year == nil || $0.year == year) }) else {
                    throw CommandError("no indicator \(codes[0])\(year.map { " for \($0)" } ?? "") in \(other.summary.id)")
                }
                profile = indicator.quarters.compactMap { $0 }
            }
            guard profile.count == 4 else { throw UsageError("seasonal needs --profile Q1,Q2,Q3,Q4 or --profile-from DATASET", argument: "--method") }
            method = .seasonal(knownQuarters: known, profile: profile)
        case let other:
            throw UsageError("\"\(other)\" is not a method (expected run-rate, linear or seasonal)", argument: "--method")
        }
        if codes.isEmpty && arguments.string("goal") == nil && !arguments.flag("all") {
            throw UsageError("name the indicators: CODE..., --goal or --all", usage: spec.synopsis)
        }
        var selection = IndicatorSelection(codes: codes, goal: arguments.string("goal"))
        if arguments.flag("all") || selection.goal != nil {
            // Only indicators with quarters can be forecast: select those explicitly.
            let view = try context.view(dataset: nil, scenario: nil)
            var goalCodes: Set<String>?
            if let goal = selection.goal { goalCodes = Hierarchy.descendants(of: goal, in: view.dataset.goals, key: \.code, parent: \.parent) }
            selection.codes = view.dataset.indicators.filter { indicator in
                indicator.quarters.first! != nil && selection.matches(indicator, goalCodes: goalCodes)
            }.map(\.code)
            selection.goal = nil
            guard !selection.codes.isEmpty else { throw CommandError("no selected indicator has quarterly values") }
        }
        return try ScenarioChange.propose(.forecast(selection, method), in: context, flipsOnly: arguments.flag("flips"))
    }
}
