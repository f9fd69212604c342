import Foundation
import SenaryoEngine

/// How planners write numbers and changes on a command line, shared by the what-if commands:
/// `45%`, `%45`, `45,5`, `=60000`, `+10%`, `-5%`, `+500`, `1.234.567,89`, `capital=10`.
public enum ValueSyntax {
    /// A plain or Turkish-format number, with an optional percent sign: `45`, `45%`, `%45,5`, `1.234.567,89`.
    public static func number(_ text: String) -> ExactDecimal? {
        var body = Substring(text)
        if body.hasPrefix("%") { body = body.dropFirst() } else if body.hasSuffix("%") { body = body.dropLast() }
        let string = String(body)
        if let value = ExactDecimal(string) { return value }
        if string.contains(",") || string.filter({ $0 == "." }).count > 1 {
            // Turkish: dots group thousands, a comma marks decimals.
            let plain = string.replacingAll(".", with: "").replacingAll(",", with: ".")
            return ExactDecimal(plain)
        }
        return nil
    }

    /// A change: `=X` or `X` (to X), `+P%` / `-P%` (by percent), `+X` / `-X` (by an amount).
    public static func change(_ text: String) -> ValueChange? {
        if text.hasPrefix("=") { return number(String(text.dropFirst())).map(ValueChange.to) }
        let isPercent = text.hasSuffix("%") || text.hasPrefix("%")
        if text.hasPrefix("+") || text.hasPrefix("-") {
            guard let value = number(text.hasPrefix("+") ? String(text.dropFirst()) : text) else { return nil }
            return isPercent ? .byPercent(value) : .by(value)
        }
        if isPercent { return nil }  // "10%" alone is ambiguous: write +10% or =10
        return number(text).map(ValueChange.to)
    }

    /// `KEY=VALUE` with a number value.
    public static func pair(_ text: String) -> (key: String, value: ExactDecimal)? {
        guard let equals = text.firstIndex(of: "="), let value = number(String(text[text.index(after: equals)...])) else { return nil }
        let key = String(text[..<equals])
        return key.isEmpty ? nil : (key, value)
    }

    /// `FROM..TO`, e.g. `30..50`.
    public static func range(_ text: String) -> (ExactDecimal, ExactDecimal)? {
        let parts = text.components(separatedBy: "..")
        guard parts.count == 2, let from = number(parts[0]), let to = number(parts[1]) else { return nil }
        return (from, to)
    }

    public static let changeHelp = "=X or X to set, +P% or -P% to change by a percentage, +X or -X to add"
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
