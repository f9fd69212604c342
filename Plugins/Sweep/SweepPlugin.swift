import SenaryoEngine
import SenaryoKit

/// Parameter sweeps: a table of outputs over a grid of one or two parameters.
public struct SweepPlugin: Plugin {
    public init() {}
    public let name = "sweep"
    public let summary = "Sweep one or two scenario parameters over a range into a table of outputs"
    public var commands: [any Command] { [SweepCommand()] }
}

/// Parameters a sweep or simulation varies, shared wording.
let parameterHelp = "growth (the last `grow`), inflation (the path, as one rate), target and actual (the number of the change, in its own unit: a percentage for +P%), weight, total (`scale`), transfer, ceiling — or actual:CODE and target:CODE, one indicator's value itself"

/// `sweep PARAM FROM..TO [step S] [x PARAM FROM..TO step S] show METRIC...`
struct SweepCommand: Command {
    let spec = CommandSpec(
        name: "sweep", group: "What-if",
        summary: "Re-run the scenario over a range of one or two parameters and tabulate chosen outputs",
        discussion: """
            PARAM names a number of the scenario's last operation that has it: \(parameterHelp). \
            Each point of the grid re-evaluates the whole scenario with that number changed. \
            METRIC is one of \(ScenarioMetric.syntax). Excel's data tables, without the wait: every \
            value is exact. An axis has at most 1000 values and a grid at most \(maximumPoints) points; \
            Ctrl-C stops a sweep.
            """,
        arguments: [ArgumentSpec("terms", valueName: "PARAM FROM..TO [step S] [x PARAM FROM..TO step S] show METRIC...",
                                 help: "the grid and the outputs", isRepeating: true, completion: .scenarioParameter)],
        examples: [
            CommandExample("sweep growth 30..50 step 5 show total", "the 2023 total at 30, 35, ..., 50 % growth"),
            CommandExample("sweep actual:PP16 40000..80000 step 10000 show indicator:PP16 goal:P1.SP3.O1", "how PP16's year-end moves its objective"),
            CommandExample("sweep growth 30..50 step 5 x inflation 40..70 step 10 show total total.real", "a two-way table"),
            CommandExample("sweep target -20..20 step 10 show indicator:PP16 below80", "after `target PP16 +10%`: the change from −20 % to +20 %"),
        ])

    func run(_ arguments: ParsedArguments, in context: any CommandContext) throws -> CommandOutput {
        let (parameters, metrics) = try Self.parse(arguments.strings("terms"), usage: spec.synopsis, numbers: context.numbers)
        // The chain is evaluated at every point, not once for a view first.
        let view = try context.target(dataset: nil, scenario: nil)
        guard let baseline = try context.data.dataset(view.summary.id) else { throw CommandError("no dataset") }
        let operations = view.operations
        let grid: [(point: [ExactDecimal], values: [ExactDecimal?])]
        do {
            grid = try Exploration.sweep(baseline: baseline, operations: operations, parameters: parameters, metrics: metrics,
                                         settings: context.settings, isCancelled: { context.isCancelled })
        } catch { throw CommandError(error.message) }
        let columns = parameters.map { Column($0.name) } + metrics.map { metric in
            metric.isRate ? Column.percent(metric.description, header: metric.description, decimals: context.settings.percentDecimals)
                          : Column(metric.description, minimumDecimals: metric == .belowPartial ? nil : 2)
        }
        let rows: [[Value]] = grid.map { row in row.point.map { Value.decimal($0) } + row.values.map { Value.optional($0?.normalized) } }
        let rollup = metrics.contains { if case .goal = $0 { true } else { false } } ? " · goal: \(context.settings.rollup.phrase)" : ""
        return .table(Table(columns: columns, rows: rows, caption: "\(view.label): \(rows.count) runs\(rollup)"))
    }

    /// The most points a sweep evaluates (the product of its axes' values).
    static let maximumPoints = 10_000

    /// Parses `growth 30..50 step 5 x inflation 40..70 step 10 show total total.real`.
    static func parse(_ terms: [String], usage: String, numbers: NumberFormat) throws -> ([(name: String, values: [ExactDecimal])], [ScenarioMetric]) {
        let (before, metrics) = try ValueSyntax.outputs(terms, usage: usage)
        var parameters: [(String, [ExactDecimal])] = []
        var words = before
        while let name = words.first {
            words = words.dropFirst()
            guard let rangeText = words.first, let (from, to) = try ValueSyntax.range(rangeText, numbers, argument: name) else {
                throw UsageError("\(name) needs a range FROM..TO", argument: name, usage: usage)
            }
            words = words.dropFirst()
            var step = ExactDecimal(1)
            if words.first == "step" {
                words = words.dropFirst()
                guard let text = words.first else { throw UsageError("step needs a positive number", argument: name, usage: usage) }
                let value = try ValueSyntax.number(text, numbers, argument: "step")
                guard value > .zero else { throw UsageError("step needs a positive number", argument: name, usage: usage) }
                step = value
                words = words.dropFirst()
            }
            var values: [ExactDecimal] = []
            var value = from
            while value <= to && values.count <= 1000 {
                values.append(value)
                value += step
            }
            guard values.count <= 1000 else { throw UsageError("more than 1000 values: use a larger step", argument: name) }
            parameters.append((name, values))
            if let separator = words.first, ["x", "×", "*"].contains(separator) { words = words.dropFirst() }
        }
        guard (1...2).contains(parameters.count) else { throw UsageError("sweep one or two parameters", usage: usage) }
        // Each axis may have 1000 values, but not both: a million points ran for minutes unasked.
        let points = parameters.reduce(1) { $0 * $1.1.count }
        guard points <= maximumPoints else {
            throw UsageError("\(parameters.map { String($0.1.count) }.joined(separator: " × ")) = \(points) points, more than \(maximumPoints): use larger steps",
                             usage: usage)
        }
        return (parameters, metrics)
    }
}
