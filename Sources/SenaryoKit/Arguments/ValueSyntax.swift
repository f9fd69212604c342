import Foundation
import SenaryoEngine

/// How planners write numbers and changes on a command line, shared by the what-if commands:
/// `45`, `45%`, `%45`, `% 45`, `45,5`, `=60000`, `+10%`, `+%10`, `-5%`, `+500`, `1.234.567,89`,
/// `capital=10`. Numbers are read under the session's convention (`settings numbers`, see
/// `TypedNumber`): what it cannot decide is refused with both readings, never guessed.
public enum ValueSyntax {
    /// The two forms a number may take, for messages.
    public static let forms = "numbers are written 1234567.89 or, the Turkish way, 1.234.567,89, without spaces"

    /// A number with an optional percent sign: `45`, `45%`, `%45,5`, `% 45`, `1.234.567,89`.
    /// - Parameter argument: the argument named in the error (`AMOUNT`, `--round`).
    public static func number(_ text: String, _ numbers: NumberFormat, argument: String) throws(UsageError) -> ExactDecimal {
        try read(strippingPercent(Substring(text)).body, typed: text, numbers, argument: argument)
    }

    /// A change: `=X` or `X` (to X); `+P%`, `-P%`, `+%P`, `%P`, `P%` (by percent); `+X` / `-X` (by an amount).
    public static func change(_ text: String, _ numbers: NumberFormat, argument: String = "CHANGE") throws(UsageError) -> ValueChange {
        var body = Substring(text)
        if body.hasPrefix("=") {
            return .to(try number(String(body.dropFirst().drop(while: { $0 == " " })), numbers, argument: argument))
        }
        var negative = false, signed = false
        if let first = body.first, first == "+" || first == "-" {
            (negative, signed) = (first == "-", true)
            body = body.dropFirst()
        }
        let (digits, isPercent) = strippingPercent(body)
        let value: ExactDecimal
        do { value = try read(digits, typed: text, numbers, argument: argument) } catch {
            if case .notANumber = TypedNumber.read(String(digits), convention: numbers),
               !digits.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "." || $0 == "," }) {
                throw UsageError("\"\(text)\" is not a change (\(changeHelp); \(forms))", argument: argument)
            }
            throw error
        }
        let amount = negative ? -value : value
        if isPercent { return .byPercent(amount) }
        return signed ? .by(amount) : .to(amount)
    }

    /// `KEY=VALUE` with a number value; nil when `text` has no key and `=`.
    public static func pair(_ text: String, _ numbers: NumberFormat, argument: String) throws(UsageError) -> (key: String, value: ExactDecimal)? {
        guard let equals = text.firstIndex(of: "="), equals != text.startIndex else { return nil }
        return (String(text[..<equals]), try number(String(text[text.index(after: equals)...]), numbers, argument: argument))
    }

    /// `FROM..TO`, e.g. `30..50`; nil when `text` is not a range. A range that runs backwards
    /// (`50..30`) is refused: it would give no values, and an empty table says nothing.
    public static func range(_ text: String, _ numbers: NumberFormat, argument: String) throws(UsageError) -> (ExactDecimal, ExactDecimal)? {
        let parts = text.components(separatedBy: "..")
        guard parts.count == 2 else { return nil }
        let from = try number(parts[0], numbers, argument: argument), to = try number(parts[1], numbers, argument: argument)
        guard from <= to else {
            throw UsageError("the range \(text) runs backwards: write it from the smaller value, \(parts[1])..\(parts[0])", argument: argument)
        }
        return (from, to)
    }

    /// A number typed with spaces between its groups at the end of `words` (`60 000`), which
    /// the shell splits into words; nil when there is none.
    public static func spacedNumber(endingAt words: [String]) -> String? {
        func digits(_ word: String, _ counts: ClosedRange<Int>) -> Bool {
            counts.contains(word.count) && word.allSatisfy { $0.isASCII && $0.isNumber }
        }
        guard let last = words.last, digits(last, 3...3) else { return nil }
        var start = words.count - 1
        while start > 0, digits(words[start - 1], 3...3) { start -= 1 }
        guard start > 0, digits(words[start - 1], 1...3) else { return nil }
        return words[(start - 1)...].joined(separator: " ")
    }

    public static let changeHelp = "=X or X to set, +P% or -P% (or %P) to change by a percentage, +X or -X to add"

    /// The text without a leading (`%45`, `% 45`) or trailing (`45%`) percent sign.
    private static func strippingPercent(_ text: Substring) -> (body: Substring, isPercent: Bool) {
        if text.hasPrefix("%") { return (text.dropFirst().drop(while: { $0 == " " }), true) }
        if text.hasSuffix("%") {
            var body = text.dropLast()
            while body.hasSuffix(" ") { body = body.dropLast() }
            return (body, true)
        }
        return (text, false)
    }

    private static func read(_ body: Substring, typed: String, _ numbers: NumberFormat, argument: String) throws(UsageError) -> ExactDecimal {
        switch TypedNumber.read(String(body), convention: numbers) {
        case .number(let value):
            return value
        case let .ambiguous(decimal, grouped):
            let mark = body.contains(",") ? "comma" : "point"
            throw UsageError("""
                "\(typed)" could be \(decimal.normalized) (a decimal \(mark)) or \(grouped) (a thousands \(mark)): \
                write \(TypedNumber.portableSpelling(decimal)) or \(grouped), or declare how numbers are typed with `settings numbers tr` or `settings numbers plain`
                """, argument: argument)
        case .notANumber:
            throw UsageError("\"\(typed)\" is not a number (\(forms))", argument: argument)
        }
    }
}

extension ValueSyntax {
    /// Splits `... show METRIC...` (sweep, simulate): the words before `show`, and the outputs after it.
    public static func outputs(_ terms: [String], usage: String) throws(UsageError) -> (before: ArraySlice<String>, metrics: [ScenarioMetric]) {
        guard let show = terms.firstIndex(of: "show") else {
            throw UsageError("say what to show: ... show METRIC (\(ScenarioMetric.syntax))", usage: usage)
        }
        var metrics: [ScenarioMetric] = []
        for text in terms[(show + 1)...] {
            guard let metric = ScenarioMetric(text) else {
                throw UsageError("\"\(text)\" is not an output (expected \(ScenarioMetric.syntax))", argument: "METRIC")
            }
            metrics.append(metric)
        }
        guard !metrics.isEmpty else { throw UsageError("name at least one output after show", usage: usage) }
        return (terms[..<show], metrics)
    }
}
