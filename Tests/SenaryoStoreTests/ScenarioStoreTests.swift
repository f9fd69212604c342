import Foundation
import SenaryoDataset
import SenaryoEngine
import SenaryoStore
import Testing

// Scenarios in the workspace: stored, listed, changed step by step, chained, renamed, dropped,
// and kept across reopening; operations survive the JSON round trip digit for digit.

private let sampleData = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("SampleData")

private func sample(_ id: String) throws -> Dataset {
    try DatasetLoader().load(from: sampleData.appendingPathComponent(id).path)
}

private func temporaryWorkspacePath() -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("senaryo-scenarios-\(UUID().uuidString)/workspace.sqlite").path
}

private let goc = "goc-idaresi-2021"
private let iletisim = "iletisim-sp-2020-2024"

private func decimal(_ text: String) -> ExactDecimal { ExactDecimal(text)! }

/// A workspace with both sample datasets loaded.
private func loadedWorkspace(path: String = Workspace.inMemoryPath) throws -> Workspace {
    let workspace = try Workspace(path: path)
    try workspace.save(try sample(goc))
    try workspace.save(try sample(iletisim))
    return workspace
}

private func step(_ operation: ScenarioOperation, _ command: String, note: String? = nil) -> Scenario.Step {
    Scenario.Step(operation: operation, command: command, note: note, createdAt: "2025-01-02T03:04:05Z")
}

private func scenario(_ name: String, dataset: String = goc, base: String? = nil, note: String? = nil, steps: [Scenario.Step] = []) -> Scenario {
    Scenario(name: name, datasetID: dataset, base: base, note: note, createdAt: "2025-01-01T00:00:00Z", steps: steps)
}

/// Every case of ScenarioOperation, with decimals whose digits must survive (trailing zeros,
/// negatives, many decimals, large amounts).
private let everyOperation: [ScenarioOperation] = [
    .setTarget(IndicatorSelection(codes: ["PP16", "PP1"], goal: "P1.SP3.O1", year: 2021, prefix: "PP"), .to(decimal("82500.00"))),
    .setTarget(IndicatorSelection(), .byPercent(decimal("-19.60"))),
    .setActual(IndicatorSelection(goal: "H1.2"), .by(decimal("0.000000000000000000000001"))),
    .setActual(IndicatorSelection(prefix: "PG1."), .to(decimal("-0.5"))),
    .setWeight(code: "PG1.2.3", year: 2021, weight: decimal("12.50")),
    .setWeight(code: "PG1.2.3", year: nil, weight: decimal("0")),
    .forecast(IndicatorSelection(codes: ["PP16"]), .runRate(knownQuarters: 3)),
    .forecast(IndicatorSelection(year: 2021), .linearTrend(knownQuarters: nil)),
    .forecast(IndicatorSelection(codes: ["PP1"]), .seasonal(knownQuarters: 2, profile: [decimal("21"), decimal("24.75"), decimal("24.750"), decimal("24.50")])),
    .growBudget(BudgetGrowth(classification: .economic, fromYear: 2021, base: .revised, toYear: 2024, rate: decimal("53.90"),
                             codeRates: [.init(code: "06", rate: decimal("-19.6")), .init(code: "capital", rate: decimal("0.05"))],
                             holds: ["1", "current"], rounding: decimal("1000.00"))),
    .growBudget(BudgetGrowth(fromYear: 2021, toYear: 2022, rate: decimal("10"))),
    .scaleBudget(year: 2022, classification: .institutional, total: decimal("4517597000.01"), holds: ["5"], rounding: nil),
    .scaleBudget(year: 2022, classification: .economic, total: decimal("1234567890123456.789"), holds: [], rounding: decimal("0.10")),
    .transfer(year: 2021, classification: .functional, amount: decimal("309779558.12"), from: "1", to: "06.1"),
    .ceiling(year: 2023, classification: .project, amount: decimal("5000000000.00")),
    .inflation([YearRate(year: 2022, rate: decimal("64.27")), YearRate(year: 2023, rate: decimal("40.0"))]),
    .inflation([]),
]

private func json(_ operation: ScenarioOperation) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    return String(decoding: try encoder.encode(operation), as: UTF8.self)
}

@Suite("Workspace scenarios")
struct ScenarioStoreTests {
    @Test func createListAndGet() throws {
        let workspace = try loadedWorkspace()
        #expect(try workspace.scenarios().isEmpty)
        try workspace.createScenario(scenario("hedef", note: "Hedef revizyonu"))
        try workspace.createScenario(scenario("butce"))
        try workspace.createScenario(scenario("iletisim-a", dataset: iletisim))

        #expect(try workspace.scenarios().map(\.name) == ["butce", "hedef", "iletisim-a"])
        #expect(try workspace.scenarios(of: goc).map(\.name) == ["butce", "hedef"])
        #expect(try workspace.scenarios(of: iletisim).map(\.name) == ["iletisim-a"])
        #expect(try workspace.scenarios(of: "no-such-dataset").isEmpty)
        #expect(try workspace.scenarioNames() == ["butce", "hedef", "iletisim-a"])

        let stored = try #require(try workspace.scenario(named: "hedef"))
        #expect(stored == scenario("hedef", note: "Hedef revizyonu"))
        #expect(try workspace.scenario(named: "yok") == nil)
    }

    @Test func createdWithStepsReadsBackIdentically() throws {
        let workspace = try loadedWorkspace()
        let original = scenario("adimli", note: "not", steps: [
            step(.setTarget(IndicatorSelection(codes: ["PP16"]), .byPercent(decimal("10"))), "target PP16 +10%", note: "neden"),
            step(.ceiling(year: 2022, classification: .economic, amount: decimal("4000000000")), "ceiling 2022 4000000000"),
        ])
        try workspace.createScenario(original)
        #expect(try workspace.scenario(named: "adimli") == original)
    }

    @Test func appendAndUndoSteps() throws {
        let workspace = try loadedWorkspace()
        try workspace.createScenario(scenario("s"))
        let steps = [
            step(.setTarget(IndicatorSelection(codes: ["PP16"]), .to(decimal("80000"))), "target PP16 = 80000"),
            step(.growBudget(BudgetGrowth(fromYear: 2021, toYear: 2022, rate: decimal("10"))), "grow 2021 2022 --rate 10", note: "ilk tahmin"),
            step(.ceiling(year: 2022, classification: .economic, amount: decimal("4000000000")), "ceiling 2022 4000000000"),
        ]
        for step in steps { try workspace.appendStep(step, to: "s") }
        #expect(try workspace.scenario(named: "s")?.steps == steps)
        #expect(try workspace.scenario(named: "s")?.operations == steps.map(\.operation))

        #expect(try workspace.removeLastStep(of: "s") == steps[2])
        #expect(try workspace.scenario(named: "s")?.steps == Array(steps.prefix(2)))
        // A step appended after an undo takes the freed place.
        let replacement = step(.ceiling(year: 2022, classification: .economic, amount: decimal("4100000000")), "ceiling 2022 4100000000")
        try workspace.appendStep(replacement, to: "s")
        #expect(try workspace.scenario(named: "s")?.steps == [steps[0], steps[1], replacement])

        #expect(try workspace.removeLastStep(of: "s") == replacement)
        #expect(try workspace.removeLastStep(of: "s") == steps[1])
        #expect(try workspace.removeLastStep(of: "s") == steps[0])
        #expect(try workspace.removeLastStep(of: "s") == nil)
        #expect(try workspace.scenario(named: "s")?.steps.isEmpty == true)
        #expect(try workspace.removeLastStep(of: "no-such-scenario") == nil)
    }

    @Test func appendingToAMissingScenarioFails() throws {
        let workspace = try loadedWorkspace()
        #expect(throws: (any Error).self) {
            try workspace.appendStep(step(.inflation([]), "inflation"), to: "no-such-scenario")
        }
    }

    @Test func everyOperationRoundTripsExactly() throws {
        let workspace = try loadedWorkspace()
        try workspace.createScenario(scenario("hepsi"))
        for (index, operation) in everyOperation.enumerated() {
            try workspace.appendStep(step(operation, "command \(index)"), to: "hepsi")
        }
        let stored = try #require(try workspace.scenario(named: "hepsi"))
        #expect(stored.operations.count == everyOperation.count)
        for (read, written) in zip(stored.operations, everyOperation) {
            #expect(read == written)
            // Same digits, not merely equal values: 82500.00 stays 82500.00.
            #expect(try json(read) == json(written))
        }
        #expect(stored.steps.map(\.command) == everyOperation.indices.map { "command \($0)" })

        // Spot checks of the digits.
        guard case .setTarget(let selection, .to(let value)) = stored.operations[0] else { Issue.record("not a target change"); return }
        #expect(value.description == "82500.00")
        #expect(selection == IndicatorSelection(codes: ["PP16", "PP1"], goal: "P1.SP3.O1", year: 2021, prefix: "PP"))
        guard case .scaleBudget(_, _, let total, _, let rounding) = stored.operations[12] else { Issue.record("not a scale"); return }
        #expect(total.description == "1234567890123456.789")
        #expect(rounding?.description == "0.10")
        guard case .setActual(_, .by(let tiny)) = stored.operations[2] else { Issue.record("not an actual change"); return }
        #expect(tiny.description == "0.000000000000000000000001")
    }

    @Test func everyOperationCaseIsCovered() throws {
        // One of each case in `everyOperation` (a new case must be added there).
        let cases = Set(everyOperation.map { operation -> String in
            switch operation {
            case .setTarget: "setTarget"
            case .setActual: "setActual"
            case .setWeight: "setWeight"
            case .forecast: "forecast"
            case .growBudget: "growBudget"
            case .scaleBudget: "scaleBudget"
            case .transfer: "transfer"
            case .ceiling: "ceiling"
            case .inflation: "inflation"
            }
        })
        #expect(cases.count == 9)
    }

    @Test func chainOfAScenarioBuiltOnAnother() throws {
        let workspace = try loadedWorkspace()
        try workspace.createScenario(scenario("a", steps: [step(.growBudget(BudgetGrowth(fromYear: 2021, toYear: 2022, rate: decimal("10"))), "grow")]))
        try workspace.createScenario(scenario("b", base: "a", steps: [step(.ceiling(year: 2022, classification: .economic, amount: decimal("1")), "ceiling")]))
        try workspace.createScenario(scenario("c", base: "b"))
        try workspace.appendStep(step(.inflation([YearRate(year: 2022, rate: decimal("20"))]), "inflation"), to: "c")

        #expect(try workspace.chain(of: "c").map(\.name) == ["a", "b", "c"])
        #expect(try workspace.chain(of: "b").map(\.name) == ["a", "b"])
        #expect(try workspace.chain(of: "a").map(\.name) == ["a"])
        let operations = try workspace.chain(of: "c").flatMap(\.operations)
        #expect(operations.count == 3)
        if case .growBudget = operations[0] {} else { Issue.record("the base's operations come first") }
        if case .inflation = operations[2] {} else { Issue.record("the scenario's own operations come last") }

        // The chain evaluates as one list of operations.
        let baseline = try #require(try workspace.dataset(goc))
        let result = try ScenarioEvaluator.apply(operations, to: baseline)
        #expect(result.ceilings.count == 1 && result.inflation.count == 1)
        #expect(result.dataset.budget.first { $0.year == 2022 && $0.code == "1" }?.initial == decimal("809691300"))

        #expect(throws: WorkspaceError.noSuchScenario("yok")) { try workspace.chain(of: "yok") }
    }

    @Test func aBaseMustExist() throws {
        let workspace = try loadedWorkspace()
        #expect(throws: (any Error).self) { try workspace.createScenario(scenario("b", base: "no-such-base")) }
        #expect(try workspace.scenario(named: "b") == nil)
    }

    @Test func renameMovesStepsAndBaseReferences() throws {
        let workspace = try loadedWorkspace()
        let steps = [step(.setTarget(IndicatorSelection(codes: ["PP16"]), .to(decimal("1"))), "target PP16 = 1"),
                     step(.ceiling(year: 2022, classification: .economic, amount: decimal("2")), "ceiling 2022 2")]
        try workspace.createScenario(scenario("a", note: "kök", steps: steps))
        try workspace.createScenario(scenario("b", base: "a"))
        try workspace.createScenario(scenario("c", base: "b"))

        try workspace.renameScenario("a", to: "temel")
        #expect(try workspace.scenario(named: "a") == nil)
        let renamed = try #require(try workspace.scenario(named: "temel"))
        #expect(renamed.steps == steps)
        #expect(renamed.note == "kök")
        #expect(try workspace.scenario(named: "b")?.base == "temel")
        #expect(try workspace.chain(of: "c").map(\.name) == ["temel", "b", "c"])
        #expect(try workspace.scenarioNames() == ["b", "c", "temel"])

        // Undo works on the new name.
        #expect(try workspace.removeLastStep(of: "temel") == steps[1])

        try workspace.renameScenario("b", to: "orta")
        #expect(try workspace.scenario(named: "c")?.base == "orta")
        #expect(try workspace.chain(of: "c").map(\.name) == ["temel", "orta", "c"])
    }

    @Test func renameRefusals() throws {
        let workspace = try loadedWorkspace()
        try workspace.createScenario(scenario("a"))
        try workspace.createScenario(scenario("b"))
        #expect(throws: WorkspaceError.scenarioExists("b")) { try workspace.renameScenario("a", to: "b") }
        #expect(throws: WorkspaceError.noSuchScenario("yok")) { try workspace.renameScenario("yok", to: "c") }
        #expect(try workspace.scenarioNames() == ["a", "b"])
    }

    @Test func dropIsRefusedWhileAnotherBuildsOnIt() throws {
        let workspace = try loadedWorkspace()
        try workspace.createScenario(scenario("a", steps: [step(.inflation([]), "inflation")]))
        try workspace.createScenario(scenario("b", base: "a"))
        try workspace.createScenario(scenario("c", base: "a"))

        #expect(throws: WorkspaceError.scenarioHasDependents("a", ["b", "c"])) { try workspace.dropScenario("a") }
        #expect(try workspace.scenario(named: "a") != nil)
        try workspace.dropScenario("b")
        #expect(throws: WorkspaceError.scenarioHasDependents("a", ["c"])) { try workspace.dropScenario("a") }
        try workspace.dropScenario("c")
        try workspace.dropScenario("a")
        #expect(try workspace.scenarios().isEmpty)
        #expect(throws: WorkspaceError.noSuchScenario("a")) { try workspace.dropScenario("a") }

        // Its steps went with it: a new scenario of the same name starts empty.
        try workspace.createScenario(scenario("a"))
        #expect(try workspace.scenario(named: "a")?.steps.isEmpty == true)
    }

    @Test func unloadingTheDatasetDropsItsScenarios() throws {
        let workspace = try loadedWorkspace()
        try workspace.createScenario(scenario("a", steps: [step(.inflation([]), "inflation")]))
        try workspace.createScenario(scenario("b", steps: [step(.inflation([]), "inflation")]))
        try workspace.createScenario(scenario("other", dataset: iletisim))
        #expect(try workspace.removeDataset(goc))
        #expect(try workspace.scenarios().map(\.name) == ["other"])
        #expect(try workspace.scenario(named: "a") == nil)
        // The names are free again, and no steps are left behind.
        try workspace.save(try sample(goc))
        try workspace.createScenario(scenario("a"))
        #expect(try workspace.scenario(named: "a")?.steps.isEmpty == true)
    }

    @Test func unloadingTheDatasetDropsAChainOfScenarios() throws {
        let workspace = try loadedWorkspace()
        try workspace.createScenario(scenario("a", steps: [step(.inflation([]), "inflation")]))
        try workspace.createScenario(scenario("b", base: "a"))
        try workspace.createScenario(scenario("c", base: "b"))
        #expect(try workspace.removeDataset(goc))
        #expect(try workspace.scenarios().isEmpty)
        #expect(try workspace.datasetIDs() == [iletisim])
    }

    @Test func namesAreUnique() throws {
        let workspace = try loadedWorkspace()
        try workspace.createScenario(scenario("a", steps: [step(.inflation([]), "inflation")]))
        #expect(throws: WorkspaceError.scenarioExists("a")) { try workspace.createScenario(scenario("a")) }
        // Across datasets too: a name names one scenario in the workspace.
        #expect(throws: WorkspaceError.scenarioExists("a")) { try workspace.createScenario(scenario("a", dataset: iletisim)) }
        // The refused create changed nothing.
        #expect(try workspace.scenario(named: "a")?.steps.count == 1)
        #expect(try workspace.scenario(named: "a")?.datasetID == goc)
    }

    @Test func scenariosSurviveReopeningAFileWorkspace() throws {
        let path = temporaryWorkspacePath()
        let stored: [Scenario]
        do {
            let workspace = try loadedWorkspace(path: path)
            try workspace.createScenario(scenario("a", note: "kalıcı", steps: everyOperation.enumerated().map { step($1, "command \($0)") }))
            try workspace.createScenario(scenario("b", base: "a"))
            try workspace.appendStep(step(.setTarget(IndicatorSelection(codes: ["PP16"]), .byPercent(decimal("10"))), "target PP16 +10%"), to: "b")
            stored = try workspace.scenarios()
        }
        let reopened = try Workspace(path: path)
        #expect(try reopened.scenarios() == stored)
        #expect(try reopened.chain(of: "b").map(\.name) == ["a", "b"])
        let operations = try #require(try reopened.scenario(named: "a")).operations
        #expect(try operations.map(json) == everyOperation.map(json))
    }
}
