import SenaryoEngine
import SenaryoKit

/// `target` and `actual`: change B or C of one indicator, several, an objective's, or all.
struct IndicatorChangeCommand: Command {
    enum Field: String { case target, actual }
    let field: Field

    var spec: CommandSpec {
        let letter = field == .target ? "B" : "C"
        return CommandSpec(
            name: field.rawValue, group: "What-if",
            summary: field == .target
                ? "Set indicator targets (B) absolutely or by ±%, in the scenario in use; shows status flips"
                : "Set indicator actuals (C) absolutely or by ±%, in the scenario in use; shows status flips",
            discussion: """
                Changes \(letter) of the indicators named, of every indicator of --goal (and the \
                goals below it), of those whose code starts with --prefix, or of all with --all; \
                then lists what moved: each indicator's rate and status (flips marked ✱) and the \
                performance of the objectives and aims above it. The change is an operation of \
                the scenario in use (`scenario new` first); `scenario undo` takes it back.
                CHANGE is \(ValueSyntax.changeHelp).
                """,
            arguments: [
                ArgumentSpec("items", valueName: "[CODE...] CHANGE", help: "indicator codes, then the change", isRepeating: true,
                             completion: .indicatorCode),
            ],
            options: [
                OptionSpec("goal", short: "g", valueName: "CODE", help: "Every indicator of this goal and the goals below it.", completion: .goalCode),
                OptionSpec("prefix", valueName: "CODE", help: "Every indicator whose code starts with this."),
                OptionSpec("all", help: "Every indicator."),
                OptionSpec.year("Only this monitoring year."),
                OptionSpec.flips,
            ],
            examples: field == .target ? [
                CommandExample("target PP16 = 60000", "set one target"),
                CommandExample("target PP16 PP17 +10%", "raise two targets by 10 %"),
                CommandExample("target --goal H1.2 +20%", "raise every target of objective H1.2"),
            ] : [
                CommandExample("actual PP16 55000", "what if the year ends at 55 000?"),
                CommandExample("actual --all -10%", "every actual 10 % lower"),
            ],
            recording: .change)
    }

    func run(_ arguments: ParsedArguments, in context: any CommandContext) throws -> CommandOutput {
        var items = arguments.strings("items")
        // `= -5` with the sign apart still sets (it stored "subtract 5"): the `=` decides, not the sign.
        let setsTo = items.count >= 2 && items[items.count - 2] == "="
        items.removeAll { $0 == "=" }
        if let spaced = ValueSyntax.spacedNumber(endingAt: items) {
            throw UsageError("\"\(spaced)\" is one number written with spaces: \(ValueSyntax.forms)", argument: "CHANGE", usage: spec.synopsis)
        }
        guard var last = items.popLast(), last.first.map({ ($0.isASCII && $0.isNumber) || "=+-%".contains($0) }) == true else {
            throw UsageError("the last word must be the change (\(ValueSyntax.changeHelp))", argument: "CHANGE", usage: spec.synopsis)
        }
        if setsTo && !last.hasPrefix("=") { last = "=" + last }
        let change = try ValueSyntax.change(last, context.numbers)
        let selection = IndicatorSelection(codes: items, goal: arguments.string("goal"), year: try arguments.year("year"),
                                           prefix: arguments.string("prefix"))
        if items.isEmpty && selection.goal == nil && selection.prefix == nil && !arguments.flag("all") {
            throw UsageError("name the indicators: CODE..., --goal, --prefix or --all", usage: spec.synopsis)
        }
        let operation: ScenarioOperation = field == .target ? .setTarget(selection, change) : .setActual(selection, change)
        return try ScenarioChange.propose(operation, in: context, flipsOnly: arguments.flag("flips"))
    }
}

/// `weight CODE VALUE`: an indicator's share of its objective, with the 100 check.
struct WeightCommand: Command {
    let spec = CommandSpec(
        name: "weight", group: "What-if",
        summary: "Change an indicator's weight in its objective (Hedefe Etkisi), with the check that weights total 100",
        arguments: [
            ArgumentSpec("code", help: "the indicator", completion: .indicatorCode),
            ArgumentSpec("weight", help: "its new weight, percent"),
        ],
        options: [OptionSpec.year("Only this monitoring year."), OptionSpec.flips],
        examples: [CommandExample("weight PG1.2.3 20", "PG1.2.3 counts for 20 % of H1.2")],
        recording: .change)

    func run(_ arguments: ParsedArguments, in context: any CommandContext) throws -> CommandOutput {
        let code = arguments.string("code")!
        let weight = try ValueSyntax.number(arguments.string("weight")!, context.numbers, argument: "WEIGHT")
        guard weight >= .zero, weight <= .hundred else {
            throw UsageError("expects a percentage from 0 to 100", argument: "WEIGHT")
        }
        let year = try arguments.year("year")
        var output = try ScenarioChange.propose(.setWeight(code: code, year: year, weight: weight), in: context, flipsOnly: arguments.flag("flips"))
        // The 100 check on the objective after the change.
        let view = try context.view(dataset: nil, scenario: nil)
        let after = try ScenarioEvaluator.apply([.setWeight(code: code, year: year, weight: weight)], to: view.dataset)
        if let goal = after.dataset.indicators.first(where: { $0.code == code })?.goal {
            let total = after.dataset.indicators.filter { $0.goal == goal && (year == nil || $0.year == year) }.compactMap(\.weightPct).sum()
            output.blocks.append(.message(total == .hundred ? "the weights of \(goal) total 100"
                : "the weights of \(goal) now total \(total), not 100: its roll-up \(context.settings.normalisesWeights ? "normalises them" : "uses them as they are")"))
        }
        return output
    }
}

