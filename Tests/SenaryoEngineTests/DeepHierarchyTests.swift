import Testing
@testable import SenaryoEngine

// Hierarchies of any depth are walked without recursion (issue 13): a valid chain of goals
// tens of thousands deep overflowed the stack in `goals`.

@Suite("Robustness: deep hierarchies")
struct DeepHierarchyTests {
    /// A valid chain: G0 ← G1 ← … ← G(n−1), the deepest with an indicator.
    static func chain(_ depth: Int) -> (goals: [Goal], indicators: [Indicator]) {
        let goals = (0..<depth).map { Goal(code: "G\($0)", parent: $0 == 0 ? nil : "G\($0 - 1)", level: .objective, title: "goal \($0)") }
        let indicator = Indicator(code: "I1", goal: "G\(depth - 1)", year: 2021, name: "deepest", target: 100, actual: 50)
        return (goals, [indicator])
    }

    @Test func aChainFiftyThousandDeepIsOrderedAndRolledUp() {
        // Recursion overflowed the stack at 5 000 (debug) and 20 000 (release).
        let (goals, indicators) = Self.chain(50_000)
        let ordered = Hierarchy.depthFirst(goals.reversed(), key: \.code, parent: \.parent)
        #expect(ordered.map(\.item.code) == goals.map(\.code))
        #expect(ordered.last?.depth == 49_999)
        let rollups = GoalRollup.all(goals: goals, indicators: indicators, year: 2021, kind: .performanceProgram)
        #expect(rollups.count == 50_000)
        #expect(rollups["G0"]?.performance.value == rollups["G49999"]?.performance.value)
        #expect(rollups["G0"]?.performance.value == dec("50"))
        #expect(rollups["G0"]?.method == .childrenMean)
    }

    @Test func depthFirstKeepsSiblingOrderAndSurvivesCycles() {
        let goals = [Goal(code: "A", level: .aim, title: ""), Goal(code: "B", parent: "A", level: .objective, title: ""),
                     Goal(code: "C", parent: "A", level: .objective, title: ""), Goal(code: "D", parent: "B", level: .performanceTarget, title: ""),
                     Goal(code: "X", parent: "Y", level: .aim, title: ""), Goal(code: "Y", parent: "X", level: .aim, title: "")]
        let ordered = Hierarchy.depthFirst(goals, key: \.code, parent: \.parent)
        #expect(ordered.map { "\($0.item.code)\($0.depth)" } == ["A0", "B1", "D2", "C1", "X0", "Y1"])
        let rollups = GoalRollup.all(goals: goals, indicators: [], year: nil, kind: .performanceProgram)
        #expect(rollups.count == 6)
    }
}
