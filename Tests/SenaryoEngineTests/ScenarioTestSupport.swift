import Testing
@testable import SenaryoEngine

// Helpers shared by the scenario tests (evaluator, forecasting, goal seek, exploration, comparison).

/// Evaluates operations on a baseline (the Göç İdaresi 2021 fixture unless given).
func evaluate(_ operations: [ScenarioOperation], on baseline: Dataset = GocFixture.dataset) throws -> ScenarioResult {
    try ScenarioEvaluator.apply(operations, to: baseline)
}

/// The message of the ScenarioError `body` throws; records an issue when it throws none.
func scenarioErrorMessage(sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> Void) -> String? {
    do {
        try body()
    } catch let error as ScenarioError {
        return error.message
    } catch {
        Issue.record("expected a ScenarioError, got \(error)", sourceLocation: sourceLocation)
        return nil
    }
    Issue.record("expected a ScenarioError, nothing was thrown", sourceLocation: sourceLocation)
    return nil
}

extension Dataset {
    /// The indicator with `code` (in `year` when given).
    func indicator(_ code: String, year: Int? = nil) -> Indicator? {
        indicators.first { $0.code == code && (year == nil || $0.year == year) }
    }

    /// The budget line of `year` with `code`.
    func line(_ year: Int, _ code: String, _ classification: Classification = .economic) -> BudgetLine? {
        budget.first { $0.year == year && $0.code == code && $0.classification == classification }
    }

    /// The lines of `year`, in order.
    func lines(_ year: Int, _ classification: Classification = .economic) -> [BudgetLine] {
        budget.filter { $0.year == year && $0.classification == classification }
    }

    /// The total of one year as BudgetAnalysis derives it (top-level lines added up).
    func budgetTotal(_ year: Int, _ amount: BudgetAmount, _ classification: Classification = .economic) -> ExactDecimal? {
        BudgetAnalysis(budget).total(year: year, classification: classification)?.amounts[amount]
    }
}

/// |a − b| ≤ tolerance.
func isClose(_ a: ExactDecimal?, _ b: ExactDecimal?, within tolerance: ExactDecimal) -> Bool {
    guard let a, let b else { return false }
    return (a - b).magnitude <= tolerance
}

/// A small economic budget with sub-lines, for growth, scaling and hold rules:
///
///     01   1000   (01.1 600, 01.2 400)
///     03    500
///     05    300
///     06    200   (06.1 150, 06.2 50)
///     07    100
///
/// Parents state their amount (equal to their children's sum), as reports print them.
enum NestedBudget {
    static let year = 2023

    static var lines: [BudgetLine] {
        func line(_ code: String, _ parent: String?, _ amount: String) -> BudgetLine {
            BudgetLine(year: year, classification: .economic, code: code, parent: parent, name: "Kalem \(code)", initial: dec(amount))
        }
        return [
            line("01", nil, "1000"), line("01.1", "01", "600"), line("01.2", "01", "400"),
            line("03", nil, "500"),
            line("05", nil, "300"),
            line("06", nil, "200"), line("06.1", "06", "150"), line("06.2", "06", "50"),
            line("07", nil, "100"),
        ]
    }

    static var dataset: Dataset {
        Dataset(manifest: makeManifest(kind: .performanceProgram, year: year), budget: lines)
    }

    /// One growth of this budget to the next year.
    static func growth(rate: String, codeRates: [(String, String)] = [], holds: [String] = [],
                       rounding: String? = nil) -> ScenarioOperation {
        .growBudget(BudgetGrowth(fromYear: year, toYear: year + 1, rate: dec(rate),
                                 codeRates: codeRates.map { BudgetGrowth.CodeRate(code: $0.0, rate: dec($0.1)) },
                                 holds: holds, rounding: rounding.map { dec($0) }))
    }
}

/// A dataset with the same indicator codes in two years and a goal tree, for selection rules.
enum TwoYears {
    static var dataset: Dataset {
        let goals = [
            Goal(code: "A1", parent: nil, level: .aim, title: "Amaç 1", reportedPerformancePct: nil),
            Goal(code: "H1.1", parent: "A1", level: .objective, title: "Hedef 1.1", reportedPerformancePct: nil),
            Goal(code: "H1.2", parent: "A1", level: .objective, title: "Hedef 1.2", reportedPerformancePct: nil),
            Goal(code: "A2", parent: nil, level: .aim, title: "Amaç 2", reportedPerformancePct: nil),
        ]
        var indicators: [Indicator] = []
        for year in [2021, 2022] {
            indicators.append(makeIndicator(code: "G1", goal: "H1.1", year: year, target: dec("100"), actual: dec("90")))
            indicators.append(makeIndicator(code: "G2", goal: "H1.2", year: year, target: dec("200"), actual: dec("150")))
            indicators.append(makeIndicator(code: "G3", goal: "A2", year: year, target: dec("50"), actual: dec("60")))
        }
        return Dataset(manifest: makeManifest(kind: .performanceProgram, year: 2022), goals: goals, indicators: indicators)
    }
}
