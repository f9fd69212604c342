import Testing
@testable import SenaryoEngine

// The compiled growth sweep (GrowthSweep) against the definition: every point's whole chain
// evaluated from the baseline, then the metric read off the result.

private let goc = GocFixture.dataset

private func definition(_ operations: [ScenarioOperation], _ parameters: [(name: String, values: [ExactDecimal])],
                        _ metrics: [ScenarioMetric]) throws -> [[ExactDecimal?]] {
    let (bound, bindings) = try Exploration.bind(parameters.map(\.name), to: operations)
    var grid: [[ExactDecimal]] = [[]]
    for parameter in parameters { grid = grid.flatMap { prefix in parameter.values.map { prefix + [$0] } } }
    return try grid.map { point in
        var chain = bound
        for (position, binding) in bindings.enumerated() { chain[binding.index] = chain[binding.index].with(binding.parameter, point[position]) }
        let result = try ScenarioEvaluator.apply(chain, to: goc)
        return metrics.map { $0.value(in: result, settings: .standard) }
    }
}

private func values(_ list: [String]) -> [ExactDecimal] { list.map { dec($0) } }

@Suite("Exploration: compiled growth sweep")
struct CompiledSweepTests {
    static let growths: [BudgetGrowth] = [
        BudgetGrowth(fromYear: 2021, toYear: 2022, rate: dec("45")),
        BudgetGrowth(fromYear: 2021, toYear: 2022, rate: dec("45"), codeRates: [.init(code: "06", rate: dec("10"))], holds: ["1"]),
        BudgetGrowth(fromYear: 2021, toYear: 2023, rate: dec("45"), codeRates: [.init(code: "capital", rate: dec("-3.5"))], rounding: dec("1000")),
        BudgetGrowth(fromYear: 2021, base: .spent, toYear: 2022, rate: dec("45"), holds: ["3"], rounding: dec("0.5")),
    ]

    @Test(arguments: growths)
    func growthAndInflationGiveTheDefinitionsValues(_ growth: BudgetGrowth) throws {
        let operations: [ScenarioOperation] = [
            .setTarget(IndicatorSelection(codes: ["PP16"]), .to(dec("75000"))),
            .growBudget(growth),
            .ceiling(year: growth.toYear, classification: .economic, amount: dec("4000000000")),
            .inflation([YearRate(year: growth.toYear, rate: dec("0"))]),
        ]
        let parameters: [(name: String, values: [ExactDecimal])] = [("growth", values(["-12.5", "0", "7", "33.3", "50"])),
                                                                     ("inflation", values(["0", "1", "19.75"]))]
        let metrics: [ScenarioMetric] = [.total(year: nil, real: true), .total(year: nil, real: false), .total(year: 2021, real: false),
                                         .excess(year: nil), .total(year: 2020, real: false)]
        let (bound, bindings) = try Exploration.bind(parameters.map(\.name), to: operations)
        let compiled = try #require(GrowthSweep(baseline: goc, operations: bound, bindings: bindings, metrics: metrics, settings: .standard))
        var grid: [[ExactDecimal]] = [[]]
        for parameter in parameters { grid = grid.flatMap { prefix in parameter.values.map { prefix + [$0] } } }
        let evaluated = compiled.evaluate(grid, isCancelled: { false })
        let fast = try #require(evaluated)
        #expect(fast == (try definition(operations, parameters, metrics)))
        #expect(fast.contains { $0[0] != nil }, "real totals are defined")
        let sweep = try Exploration.sweep(baseline: goc, operations: operations, parameters: parameters, metrics: metrics, settings: .standard)
        #expect(sweep.map(\.values) == fast)
    }

    @Test func otherShapesAreEvaluatedPointByPoint() throws {
        let grow = ScenarioOperation.growBudget(BudgetGrowth(fromYear: 2021, toYear: 2022, rate: dec("10")))
        let target = ScenarioOperation.setTarget(IndicatorSelection(codes: ["PP16"]), .to(dec("75000")))
        let (afterGrowth, bindings) = try Exploration.bind(["growth"], to: [grow, target])
        #expect(GrowthSweep(baseline: goc, operations: afterGrowth, bindings: bindings, metrics: [.total(year: nil, real: false)], settings: .standard) == nil,
                "an operation after the growth changes data")
        let (bound, only) = try Exploration.bind(["growth"], to: [grow])
        #expect(GrowthSweep(baseline: goc, operations: bound, bindings: only, metrics: [.indicator("PP16")], settings: .standard) == nil,
                "an indicator metric")
    }

    @Test func aGrowthThatCannotApplyGivesTheUsualError() throws {
        let operations: [ScenarioOperation] = [.growBudget(BudgetGrowth(fromYear: 2019, toYear: 2020, rate: dec("1")))]
        #expect(throws: ScenarioError.self) {
            _ = try Exploration.sweep(baseline: goc, operations: operations, parameters: [("growth", values(["1", "2"]))],
                                      metrics: [.total(year: nil, real: false)], settings: .standard)
        }
    }
}

@Suite("Budget code prefixes")
struct BudgetCodePrefixTests {
    @Test func onePassGivesTheSegmentsJoined() {
        let codes = ["06.1.02", "6", "0", "00", "000.1", "5..4", ".5.", "ADM001/06.1", "ADM001/5.4.1.02", "04.1.2.03", "2019H030012",
                     "10.0.00.01", "İÇ.01", ""]
        for code in codes {
            var prefixes: [String] = []
            var depths: [Int] = []
            BudgetCodes.forEachPrefix(of: code) { prefixes.append($0); depths.append($1) }
            let segments = BudgetCodes.segments(code)
            let expected = segments.indices.map { segments[...$0].joined(separator: ".") }
            #expect(prefixes == expected, "\(code)")
            #expect(depths == Array(1...max(1, segments.count)).prefix(segments.count).map { $0 }, "\(code)")
        }
    }
}
