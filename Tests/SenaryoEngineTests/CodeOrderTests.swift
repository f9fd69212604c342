import Testing
@testable import SenaryoEngine

@Suite("CodeOrder")
struct CodeOrderTests {
    @Test("numeric parts compare as numbers", arguments: [
        ("H1.2", "H1.10"), ("PG1.2.3", "PG1.10.1"), ("A2", "A10"), ("P1.SP1.O2", "P1.SP1.O10"),
        ("05", "05.6"), ("05.6", "05.6.1"), ("05.6.1", "05.7"), ("1", "01"), ("9", "10"), ("1.9", "1.10"),
        ("43.04.00.02", "43.04.00.10"), ("A1", "B1"), ("A9", "B1"), ("H1", "H1.1"), ("1", "A"),
        ("Canik1", "Çanakkale1"), ("PP2", "PP10"), ("0", "00"), ("09", "10"),
    ])
    func precedes(_ pair: (String, String)) {
        #expect(CodeOrder.precedes(pair.0, pair.1))
        #expect(!CodeOrder.precedes(pair.1, pair.0))
    }

    @Test("1 and 01 are distinct and their order is stable")
    func leadingZeros() {
        #expect(CodeOrder.precedes("1", "01"))
        #expect(!CodeOrder.precedes("01", "1"))
        #expect(CodeOrder.precedes("01", "001"))
        #expect(CodeOrder.precedes("01", "2"))
        #expect(CodeOrder.precedes("1.01", "1.1") == false)
        #expect(CodeOrder.precedes("1.1", "1.01"))
        #expect(["01", "1", "001", "1"].sorted(by: CodeOrder.precedes) == ["1", "1", "01", "001"])
        #expect(["1", "01"].sorted(by: CodeOrder.precedes) == ["01", "1"].sorted(by: CodeOrder.precedes))
    }

    @Test("equal codes do not precede each other")
    func irreflexive() {
        for code in ["H1.2", "01", "", "PG1.10.1", "Ç"] {
            #expect(!CodeOrder.precedes(code, code))
        }
        #expect(CodeOrder.precedes("", "A"))
        #expect(!CodeOrder.precedes("A", ""))
    }

    @Test("a plan's codes sort naturally")
    func sortPlan() {
        let codes = ["H1.10", "A2", "H1.2", "05.6.1", "A1", "H1.1", "05", "A10", "H2.1", "05.6", "PG1.10.1", "PG1.2.3"]
        #expect(codes.sorted(by: CodeOrder.precedes) ==
            ["05", "05.6", "05.6.1", "A1", "A2", "A10", "H1.1", "H1.2", "H1.10", "H2.1", "PG1.2.3", "PG1.10.1"])
    }
}
