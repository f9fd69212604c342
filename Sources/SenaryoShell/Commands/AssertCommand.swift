import Foundation
import SenaryoEngine
import SenaryoKit

/// `assert "COMMAND" [ROW] COLUMN OP VALUE`: checks a figure in a command's output, so a
/// planner's script doubles as a test.
struct AssertCommand: ShellCommand {
    let spec = CommandSpec(
        name: "assert", group: "Scripts",
        summary: "Check a value in a command's output; fail the script when it does not hold",
        discussion: """
            Runs COMMAND (quoted) without printing it, finds the row whose code (or first column) \
            is ROW — `total` for the total row, or no ROW when the output has one row or is a \
            record — and compares its COLUMN (the CSV/JSON key, e.g. rate_pct, revised, status) \
            with VALUE. OP is one of = != < <= > >=. Numbers compare exactly, or within \
            --tolerance; text compares as written. COLUMN `rows` is the number of rows. A failed \
            assertion stops the script with both values.
            """,
        arguments: [
            ArgumentSpec("command", help: "the command whose output to check, quoted"),
            ArgumentSpec("terms", valueName: "[ROW] COLUMN OP VALUE", help: "what to compare", isRepeating: true),
        ],
        options: [
            OptionSpec("tolerance", valueName: "T", help: "Numbers within T of VALUE count as equal."),
            OptionSpec("message", valueName: "TEXT", help: "Say this when the assertion fails."),
        ],
        examples: [
            CommandExample("assert \"indicators PP16\" rate_pct = 62.46", "a single row: no ROW needed"),
            CommandExample("assert \"indicators --goal H1.2\" PG1.2.3 rate_pct = 57.14 --tolerance 0.01", "a row by its code"),
            CommandExample("assert \"budget 2021\" total revised = 4127115489", "the total row"),
            CommandExample("assert \"indicators --status not-reached\" rows <= 8", "how many rows"),
        ])

    static let operators = ["=", "==", "!=", "<", "<=", ">", ">="]

    func run(_ arguments: ParsedArguments, in shell: Shell) throws -> CommandOutput {
        let command = arguments.string("command")!
        let terms = arguments.strings("terms")
        guard terms.count == 3 || terms.count == 4 else {
            throw UsageError("expects [ROW] COLUMN OP VALUE after the command, got \(terms.count) word\(terms.count == 1 ? "" : "s")",
                             usage: spec.synopsis)
        }
        let row = terms.count == 4 ? terms[0] : nil
        let (column, op, expected) = (terms[terms.count - 3], terms[terms.count - 2], terms[terms.count - 1])
        guard Self.operators.contains(op) else {
            throw UsageError("\"\(op)\" is not a comparison (expected one of \(Self.operators.joined(separator: " ")))", argument: "OP")
        }
        let tolerance = try arguments.decimal("tolerance", numbers: shell.context.numbers)
        let output: CommandOutput
        do { output = try shell.evaluate(command) } catch {
            throw CommandError("assert: `\(command)` failed: \(error)")
        }
        let actual = try Self.value(in: output, row: row, column: column, command: command)
        let holds = Self.compare(actual, op, expected, tolerance: tolerance)
        guard holds else {
            let what = [row, column].compactMap { $0 }.joined(separator: " ")
            var message = "assertion failed: `\(command)` \(what) is \(actual.isEmpty ? "empty" : actual), expected \(op) \(expected)"
            if let tolerance { message += " (± \(tolerance))" }
            if let custom = arguments.string("message") { message = custom + "\n  " + message }
            return CommandOutput(failure: message)
        }
        return .empty
    }

    /// The cell's text, as CSV would write it (exact).
    static func value(in output: CommandOutput, row: String?, column: String, command: String) throws -> String {
        for block in output.blocks {
            switch block {
            case .table(let table), .data(let table):
                if column == "rows" && row == nil { return String(table.rows.count) }
                guard let index = table.columns.firstIndex(where: { $0.key == column }) else {
                    throw CommandError("`\(command)` has no column \(column)",
                                       help: "columns: " + table.columns.map(\.key).joined(separator: ", "))
                }
                let selected: [Value]
                if let row {
                    if ["total", "toplam"].contains(TurkishText.matchKey(row)), let footer = table.footer.first {
                        selected = footer
                    } else {
                        let keyIndex = table.columns.firstIndex { $0.key == "code" } ?? 0
                        guard let match = table.rows.first(where: { CellText.plain($0[safe: keyIndex] ?? .missing) == row }) else {
                            throw CommandError("`\(command)` has no row \(row)")
                        }
                        selected = match
                    }
                } else {
                    guard table.rows.count == 1 else {
                        throw CommandError("`\(command)` gives \(table.rows.count) rows: name the ROW to check")
                    }
                    selected = table.rows[0]
                }
                return CellText.plain(selected[safe: index] ?? .missing)
            case .record(let record):
                guard let field = record.fields.first(where: { $0.key == column }) else {
                    throw CommandError("`\(command)` has no field \(column)", help: "fields: " + record.fields.map(\.key).joined(separator: ", "))
                }
                return CellText.plain(field.value)
            case .message, .text, .drawing:
                continue
            }
        }
        throw CommandError("`\(command)` gives no table to check")
    }

    static func compare(_ actual: String, _ op: String, _ expected: String, tolerance: ExactDecimal?) -> Bool {
        if let a = ExactDecimal(actual), let e = ExactDecimal(expected.replacingOccurrences(of: ",", with: ".")) {
            let within = tolerance.map { (a - e).magnitude <= $0 } ?? (a == e)
            switch op {
            case "=", "==": return within
            case "!=": return !within
            case "<": return a < e && !within
            case "<=": return a <= e || within
            case ">": return a > e && !within
            case ">=": return a >= e || within
            default: return false
            }
        }
        switch op {
        case "=", "==": return actual == expected
        case "!=": return actual != expected
        case "<": return actual < expected
        case "<=": return actual <= expected
        case ">": return actual > expected
        case ">=": return actual >= expected
        default: return false
        }
    }
}
