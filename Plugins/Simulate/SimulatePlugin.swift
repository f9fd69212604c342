import Foundation
import SenaryoEngine
import SenaryoKit

/// Monte Carlo simulation over parameter ranges, with a fixed seed.
public struct SimulatePlugin: Plugin {
    public init() {}
    public let name = "simulate"
    public let summary = "Simulate uncertain parameters: P10/P50/P90 of chosen outputs and the probability of each status"
    public var commands: [any Command] { [SimulateCommand()] }
}

/// `simulate N vary PARAM uniform A B | triangular MIN MODE MAX ... show METRIC...`
struct SimulateCommand: Command {
    let spec = CommandSpec(
        name: "simulate", group: "What-if",
        summary: "Run the scenario N times with parameters drawn from ranges; P10/P50/P90 and band probabilities",
        discussion: """
            Each `vary PARAM uniform MIN MAX` or `vary PARAM triangular MIN MODE MAX` draws that \
            number of the scenario's last operation that has it (growth, inflation, target, \
            actual, weight, total, transfer, ceiling) for each run — or, with actual:CODE or \
            target:CODE, one indicator's actual or target itself (no scenario needed). Outputs (\(ScenarioMetric.syntax)) \
            are summarised by their 10th, 50th and 90th percentiles and mean; for a goal's or \
            indicator's rate, also the share of runs in each status band — e.g. the probability \
            that an objective stays above 80 %. The same --seed gives the same numbers.
            """,
        arguments: [
            ArgumentSpec("runs", valueName: "N", help: "how many runs"),
            ArgumentSpec("terms", valueName: "vary PARAM DIST ... show METRIC...", help: "the ranges and the outputs", isRepeating: true,
                         completion: .scenarioParameter),
        ],
        options: [OptionSpec("seed", valueName: "S", help: "The random seed, a whole number 0 or more (default 1): same seed, same result.")],
        examples: [
            CommandExample("simulate 1000 vary growth triangular 35 45 55 show total excess", "the total under uncertain growth"),
            CommandExample("simulate 500 --seed 7 vary actual:PP16 triangular 40000 55000 70000 show indicator:PP16 goal:P1.SP3.O1", "how likely PP16 and its objective reach their bands"),
        ])

    func run(_ arguments: ParsedArguments, in context: any CommandContext) throws -> CommandOutput {
        guard let runs = try arguments.integer("runs"), (1...100_000).contains(runs) else {
            throw UsageError("expects a number of runs from 1 to 100000", argument: "N")
        }
        guard let seed = UInt64(exactly: try arguments.integer("seed") ?? 1) else {
            throw UsageError("expects a seed of 0 or more", argument: "--seed")
        }
        let terms = arguments.strings("terms")
        let (before, metrics) = try ValueSyntax.outputs(terms, usage: spec.synopsis)
        var parameters: [(name: String, distribution: Exploration.Distribution)] = []
        var words = before
        while !words.isEmpty {
            guard words.first == "vary", words.count >= 4 else { throw UsageError("expects vary PARAM uniform MIN MAX or vary PARAM triangular MIN MODE MAX", usage: spec.synopsis) }
            let name = words[words.startIndex + 1], kind = words[words.startIndex + 2]
            words = words.dropFirst(3)
            func number() throws(UsageError) -> Double {
                guard let text = words.first else { throw UsageError("\(name): expects numbers", argument: name) }
                let value = try ValueSyntax.number(text, context.numbers, argument: name)
                words = words.dropFirst()
                return value.doubleValue
            }
            switch kind {
            case "uniform":
                let low = try number(), high = try number()
                guard low <= high else { throw UsageError("\(name): MIN must not exceed MAX", argument: name) }
                parameters.append((name, .uniform(min: low, max: high)))
            case "triangular":
                let low = try number(), mode = try number(), high = try number()
                guard low <= mode, mode <= high else { throw UsageError("\(name): expects MIN ≤ MODE ≤ MAX", argument: name) }
                parameters.append((name, .triangular(min: low, mode: mode, max: high)))
            default:
                throw UsageError("\"\(kind)\" is not a distribution (expected uniform or triangular)", argument: name)
            }
        }
        guard !parameters.isEmpty, !metrics.isEmpty else { throw UsageError("vary at least one parameter and show at least one output", usage: spec.synopsis) }
        // The chain is evaluated at every point, not once for a view first.
        let view = try context.target(dataset: nil, scenario: nil)
        guard let baseline = try context.data.dataset(view.summary.id) else { throw CommandError("no dataset") }
        let operations = view.operations
        let summaries: [Exploration.Summary]
        do {
            summaries = try Exploration.simulate(baseline: baseline, operations: operations, parameters: parameters, metrics: metrics,
                                                 runs: runs, seed: seed, settings: context.settings, isCancelled: { context.isCancelled })
        } catch { throw CommandError(error.message) }
        let decimals = context.settings.percentDecimals
        let bandColumns = StatusBand.allCases.map { Column.percent("p_\($0.rawValue.replacingOccurrences(of: "-", with: "_"))",
                                                                   header: "P(\($0.label(context.settings.language)))", decimals: 1) }
        let rows: [[Value]] = summaries.map { summary in
            let round: (ExactDecimal?) -> Value = { value in
                value.map { summary.metric.isRate ? .decimal($0.rounded(scale: decimals)) : .decimal($0.rounded(scale: 2)) } ?? .missing
            }
            return [.text(summary.metric.description), .integer(summary.runs), round(summary.p10), round(summary.p50), round(summary.p90),
                    round(summary.mean)] + StatusBand.allCases.map { Value.optional(summary.bandShares[$0]) }
        }
        let anyRate = summaries.contains { $0.metric.isRate }
        return .table(Table(columns: [Column("output"), Column("runs"), Column("p10", header: "P10"), Column("p50", header: "P50"),
                                      Column("p90", header: "P90"), Column("mean")] + bandColumns.map { var c = $0; c.isShownInTable = anyRate; return c },
                            rows: rows,
                            caption: "\(view.label): \(runs) runs, seed \(seed); " + parameters.map { "\($0.name) \($0.distribution)" }.joined(separator: ", ")
                                + (metrics.contains { if case .goal = $0 { true } else { false } } ? " · goal: \(context.settings.rollup.phrase)" : "")))
    }
}
