import SenaryoEngine
import SenaryoKit

/// Goal seeking on targets, actuals and growth within a ceiling.
public struct GoalSeekPlugin: Plugin {
    public init() {}
    public let name = "goalseek"
    public let summary = "Find the target, actual or growth that reaches a status or fits a ceiling"
    public var commands: [any Command] { [GoalSeekCommand()] }
}

/// `goalseek target|actual|growth ...`
struct GoalSeekCommand: Command {
    let spec = CommandSpec(
        name: "goalseek", group: "What-if",
        summary: "Find the target or actual that reaches a status band, or the largest growth within a ceiling",
        discussion: """
            goalseek target CODE --band BAND: the most ambitious target at which the indicator \
            still reaches BAND with its actual as it is. goalseek actual CODE --band BAND: the \
            actual it needs. Both are closed-form (the formulas are linear) and exact. \
            goalseek growth: the largest rate for the scenario's last `grow` that keeps the grown \
            year within its `ceiling` (held lines stay held): closed-form for one year without \
            rounding, else bisection with the tolerance stated. --apply adds the target or actual \
            found to the scenario. BAND: partially-reached (default) or reached.
            """,
        arguments: [
            ArgumentSpec("what", help: "target, actual or growth", completion: .choices(["target", "actual", "growth"])),
            ArgumentSpec("code", help: "the indicator (target, actual)", isOptional: true, completion: .indicatorCode),
        ],
        options: [
            OptionSpec("band", short: "b", valueName: "BAND", help: "partially-reached (default) or reached.",
                       completion: .choices(["partially-reached", "reached"])),
            OptionSpec("year", short: "y", valueName: "YEAR", help: "The indicator's year (default: the dataset's)."),
            OptionSpec("apply", help: "Add the value found to the scenario in use."),
            OptionSpec.flips,
        ],
        examples: [
            CommandExample("goalseek target PP16 --band partially-reached", "the highest target PP16's actual still reaches 80 % of"),
            CommandExample("goalseek actual PP16 --band reached", "what PP16 needs for 100 %"),
            CommandExample("goalseek growth", "the largest uniform growth within the ceiling"),
        ])

    func run(_ arguments: ParsedArguments, in context: any CommandContext) throws -> CommandOutput {
        let view = try context.view(dataset: nil, scenario: nil)
        let settings = context.settings
        switch arguments.string("what")! {
        case let what where what == "target" || what == "actual":
            guard let code = arguments.string("code") else { throw UsageError("goalseek \(what) needs an indicator CODE", usage: spec.synopsis) }
            let band = try arguments.choice("band", as: StatusBand.self) ?? .partiallyReached
            let year = try arguments.year("year") ?? view.summary.manifest.year
            guard let indicator = view.dataset.indicators.first(where: { $0.code == code && (year == nil || $0.year == year) })
                ?? view.dataset.indicators.first(where: { $0.code == code }) else {
                throw CommandError("no indicator \(code) in \(view.label)")
            }
            let answer: GoalSeek.Answer
            do {
                answer = what == "target"
                    ? try GoalSeek.target(for: indicator, band: band, kind: view.summary.manifest.kind, settings: settings)
                    : try GoalSeek.actual(for: indicator, band: band, kind: view.summary.manifest.kind, settings: settings)
            } catch { throw CommandError(error.message) }
            let shown = answer.value.rounded(scale: 2)
            var output = CommandOutput([.record(Record(title: "\(what) of \(code) for \(band.label(settings.language))", fields: [
                ("indicator", "indicator", .text(code)), ("band", "band", .text(band.rawValue)),
                ("value", what, .decimal(shown)), ("exact", "exact", .decimal(answer.value.normalized)),
                ("method", "method", .text(answer.method)),
                ("current", "now", .optional(what == "target" ? indicator.target : IndicatorFigures(indicator, kind: view.summary.manifest.kind, settings: settings).yearEnd)),
            ]))])
            if arguments.flag("apply") {
                let selection = IndicatorSelection(codes: [code], year: indicator.year)
                let operation: ScenarioOperation = what == "target" ? .setTarget(selection, .to(answer.value.normalized)) : .setActual(selection, .to(answer.value.normalized))
                let proposed = try ScenarioChange.propose(operation, in: context, flipsOnly: arguments.flag("flips"))
                output.blocks += proposed.blocks
                output.operations = proposed.operations
            }
            return output
        case "growth":
            let chain = try view.scenario.map { try context.data.chain(of: $0) } ?? []
            guard !chain.isEmpty else { throw CommandError("goalseek growth works on a scenario with a `grow` and a `ceiling`") }
            guard let baseline = try context.data.dataset(view.summary.id) else { throw CommandError("no dataset") }
            let answer: GoalSeek.Answer
            do { answer = try GoalSeek.maximumGrowth(baseline: baseline, operations: chain.flatMap(\.operations), settings: settings) } catch {
                throw CommandError(error.message)
            }
            var fields: [(key: String, label: String, value: Value)] = [
                ("rate_pct", "largest growth %", .decimal(answer.value.rounded(scale: settings.percentDecimals))),
                ("exact", "exact", .decimal(answer.value.normalized)),
            ]
            if let tolerance = answer.tolerance { fields.append(("tolerance", "within", .text("± \(tolerance) percentage points"))) }
            fields.append(("method", "method", .text(answer.method)))
            return CommandOutput([.record(Record(title: "largest uniform growth of the lines not held, within the ceiling", fields: fields))])
        case let other:
            throw UsageError("\"\(other)\" is not something to seek (expected target, actual or growth)", argument: "WHAT")
        }
    }
}
