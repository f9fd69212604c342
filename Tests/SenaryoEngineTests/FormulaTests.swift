import Testing
@testable import SenaryoEngine

@Suite("Formulas.performance (C − A) / (B − A) × 100")
struct PerformanceFormulaTests {
    @Test("an increasing indicator part of the way from A to B")
    func normal() {
        // PG1.2.3 of the Göç report: A=6, B=27, C=18 → 12/21 = 57.142857…
        let p = Formulas.performance(baseline: 6, target: 27, actual: 18)
        #expect(p.value?.formatted(decimals: 6) == "57.142857")
        #expect(p.reason == nil)
        #expect(Formulas.performance(baseline: 0, target: 200, actual: 50) == .value(25))
        #expect(Formulas.performance(baseline: 1050000, target: 5050000, actual: 3050000) == .value(50))
    }

    @Test("exactly at the target is 100, at the baseline 0")
    func endpoints() {
        #expect(Formulas.performance(baseline: 70, target: 85, actual: 85) == .value(100))
        #expect(Formulas.performance(baseline: 15, target: 16, actual: 15) == .value(0))
    }

    @Test("a decreasing indicator works through the signs: A=20, B=10, C=14 → 60")
    func decreasing() {
        #expect(Formulas.performance(baseline: 20, target: 10, actual: 14) == .value(60))
        // Going beyond a less-is-better target is over 100 as well.
        #expect(Formulas.performance(baseline: 20, target: 10, actual: 5) == .value(150))
        // Getting worse than the baseline is negative.
        #expect(Formulas.performance(baseline: 20, target: 10, actual: 25) == .value(-50))
    }

    @Test("over 100 is not limited by the formula itself")
    func overHundred() {
        // PG1.3.2: A=65, B=85, C=100 → 175.
        #expect(Formulas.performance(baseline: 65, target: 85, actual: 100) == .value(175))
        // PG6.4.3: A=270999077.22, B=1133325657.89, C=1629018813.72 → 157.48…
        let p = Formulas.performance(baseline: dec("270999077.22"), target: dec("1133325657.89"), actual: dec("1629018813.72"))
        #expect(p.value?.formatted(decimals: 2) == "157.48")
    }

    @Test("negative when the actual moved away from the target")
    func negative() {
        // PP15: A=3, B=4, C=2 → −100.
        #expect(Formulas.performance(baseline: 3, target: 4, actual: 2) == .value(-100))
        // PP4: A=20000, B=22600, C=16000 → −153.846…
        let p = Formulas.performance(baseline: 20000, target: 22600, actual: 16000)
        #expect(p.value?.formatted(decimals: 4) == "-153.8462")
    }

    @Test("B = A has no defined value and says so")
    func targetEqualsBaseline() {
        let p = Formulas.performance(baseline: 95, target: 95, actual: 95)
        #expect(p.value == nil)
        #expect(p.reason == "target equals baseline (B = A)")
        // Equal by value though written with different scales.
        #expect(Formulas.performance(baseline: dec("95.0"), target: dec("95"), actual: 100).value == nil)
        #expect(Formulas.performance(baseline: 0, target: 0, actual: 0).reason?.contains("B = A") == true)
    }

    @Test("a missing input is undefined with the input named")
    func missingInputs() {
        #expect(Formulas.performance(baseline: nil, target: 10, actual: 5) == .undefined("no baseline (A)"))
        #expect(Formulas.performance(baseline: 0, target: nil, actual: 5) == .undefined("no target (B)"))
        #expect(Formulas.performance(baseline: 0, target: 10, actual: nil) == .undefined("no actual (C)"))
        // All missing: the first one missing is named.
        #expect(Formulas.performance(baseline: nil, target: nil, actual: nil).reason == "no baseline (A)")
    }

    @Test("exact decimals: no binary rounding creeps in")
    func exact() {
        // (0.3 − 0.1) / (0.4 − 0.1) × 100 = 66.666…; 0.1 + 0.2 style errors would show here.
        let p = Formulas.performance(baseline: dec("0.1"), target: dec("0.4"), actual: dec("0.3"))
        #expect(p.value?.formatted(decimals: 10) == "66.6666666667")
        #expect(Formulas.performance(baseline: dec("0.1"), target: dec("0.3"), actual: dec("0.2")) == .value(50))
    }
}

@Suite("Formulas.realisation, percent and change")
struct OtherFormulaTests {
    @Test("increase: C / B × 100")
    func increase() {
        #expect(Formulas.realisation(target: 200000, actual: 214075, direction: .increase).value?.formatted(decimals: 4) == "107.0375")
        #expect(Formulas.realisation(target: 80, actual: dec("22.82"), direction: .increase) == .value(dec("28.525")))
        #expect(Formulas.realisation(target: 4, actual: 0, direction: .increase) == .value(0))
    }

    @Test("decrease: B / C × 100")
    func decrease() {
        #expect(Formulas.realisation(target: 10, actual: 14, direction: .decrease).value?.formatted(decimals: 4) == "71.4286")
        #expect(Formulas.realisation(target: 10, actual: 8, direction: .decrease) == .value(125))
        // A zero target (e.g. zero incidents) is fine when less is better.
        #expect(Formulas.realisation(target: 0, actual: 5, direction: .decrease) == .value(0))
    }

    @Test("zero target (increase) and zero actual (decrease) are undefined with a reason")
    func zeroDivisors() {
        #expect(Formulas.realisation(target: 0, actual: 5, direction: .increase) == .undefined("target is zero"))
        #expect(Formulas.realisation(target: 10, actual: 0, direction: .decrease) == .undefined("actual is zero (less is better: B / C)"))
        #expect(Formulas.realisation(target: dec("0.00"), actual: 5, direction: .increase).value == nil)
    }

    @Test("missing target or actual is undefined")
    func missing() {
        #expect(Formulas.realisation(target: nil, actual: 5, direction: .increase) == .undefined("no target (B)"))
        #expect(Formulas.realisation(target: 5, actual: nil, direction: .decrease) == .undefined("no actual (C)"))
    }

    @Test("percent: part / whole × 100")
    func percent() {
        #expect(Formulas.percent(50, of: 200) == .value(25))
        #expect(Formulas.percent(dec("309779558.12"), of: 314426000).value?.formatted(decimals: 2) == "98.52")
        #expect(Formulas.percent(nil, of: 200) == .undefined("missing amount"))
        #expect(Formulas.percent(5, of: nil) == .undefined("missing amount"))
        #expect(Formulas.percent(5, of: 0) == .undefined("divides by zero"))
    }

    @Test("change: (this − last) / last × 100")
    func change() {
        #expect(Formulas.change(from: 100, to: 125) == .value(25))
        #expect(Formulas.change(from: 100, to: 80) == .value(-20))
        #expect(Formulas.change(from: 138003000, to: 207447000).value?.formatted(decimals: 1) == "50.3")
        #expect(Formulas.change(from: nil, to: 5) == .undefined("no previous-year value"))
        #expect(Formulas.change(from: 5, to: nil) == .undefined("no value this year"))
        #expect(Formulas.change(from: 0, to: 5) == .undefined("previous-year value is zero"))
    }
}
