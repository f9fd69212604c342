import Testing
@testable import SenaryoEngine

private struct Node: Equatable {
    var code: String
    var parent: String?
    init(_ code: String, _ parent: String? = nil) {
        self.code = code
        self.parent = parent
    }
}

private func order(_ nodes: [Node]) -> [String] {
    Hierarchy.depthFirst(nodes, key: \.code, parent: \.parent).map { "\(String(repeating: " ", count: $0.depth))\($0.item.code)" }
}

private func descendants(_ root: String, _ nodes: [Node]) -> Set<String> {
    Hierarchy.descendants(of: root, in: nodes, key: \.code, parent: \.parent)
}

@Suite("Hierarchy")
struct HierarchyTests {
    @Test("depth-first keeps the given sibling order")
    func siblingOrder() {
        let nodes = [Node("A2"), Node("A1"), Node("H2.2", "A2"), Node("H2.1", "A2"), Node("H1.1", "A1"), Node("F1", "H1.1")]
        #expect(order(nodes) == ["A2", " H2.2", " H2.1", "A1", " H1.1", "  F1"])
    }

    @Test("children that appear before their parent are nested under it")
    func childBeforeParent() {
        let nodes = [Node("F1", "H1.1"), Node("H1.1", "A1"), Node("H1.2", "A1"), Node("A1"), Node("A2")]
        #expect(order(nodes) == ["A1", " H1.1", "  F1", " H1.2", "A2"])
    }

    @Test("items whose parent is absent are roots")
    func missingParent() {
        let nodes = [Node("H9.1", "A9"), Node("A1"), Node("H1.1", "A1")]
        let result = Hierarchy.depthFirst(nodes, key: \.code, parent: \.parent)
        #expect(result.map(\.item.code) == ["H9.1", "A1", "H1.1"])
        #expect(result.map(\.depth) == [0, 0, 1])
    }

    @Test("cycles do not loop and every item appears once")
    func cycles() {
        let twoCycle = [Node("A", "B"), Node("B", "A"), Node("R"), Node("C", "R")]
        let result = order(twoCycle)
        #expect(result.count == 4)
        #expect(Set(result.map { String($0.drop(while: { $0 == " " })) }) == ["A", "B", "R", "C"])
        #expect(result == ["R", " C", "A", " B"])

        let selfParent = [Node("A", "A"), Node("B", "A")]
        #expect(order(selfParent) == ["A", " B"])

        let longCycle = [Node("A", "C"), Node("B", "A"), Node("C", "B"), Node("D", "B")]
        #expect(order(longCycle) == ["A", " B", "  C", "  D"])
    }

    @Test("empty input")
    func empty() {
        #expect(order([]).isEmpty)
    }

    @Test("descendants include the root and everything below it")
    func descendantsOfRoot() {
        let nodes = [Node("A1"), Node("H1.1", "A1"), Node("H1.2", "A1"), Node("F1", "H1.2"), Node("A2"), Node("H2.1", "A2")]
        #expect(descendants("A1", nodes) == ["A1", "H1.1", "H1.2", "F1"])
        #expect(descendants("H1.2", nodes) == ["H1.2", "F1"])
        #expect(descendants("F1", nodes) == ["F1"])
        #expect(descendants("missing", nodes) == ["missing"])
    }

    @Test("descendants terminate on cycles")
    func descendantsCycle() {
        let nodes = [Node("A", "B"), Node("B", "A"), Node("C", "B")]
        #expect(descendants("A", nodes) == ["A", "B", "C"])
        #expect(descendants("C", nodes) == ["C"])
    }
}
