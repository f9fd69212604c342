import Foundation
import SenaryoEngine
import SenaryoKit

/// RFC 4180 CSV: a header of column keys, then the rows; exact values; totals left out so a
/// spreadsheet summing the column does not count them twice.
enum CSVFormatter {
    static func text(_ table: Table) -> String {
        // One string grown in place, fields scanned as UTF-8: a national budget is millions of cells.
        var text = ""
        text.reserveCapacity(64 * (table.rows.count + 1))
        for (index, column) in table.columns.enumerated() {
            if index > 0 { text.append(",") }
            append(column.key, to: &text)
        }
        text.append("\n")
        for row in table.rows {
            for index in table.columns.indices {
                if index > 0 { text.append(",") }
                append(CellText.plain(row[safe: index] ?? .missing), to: &text)
            }
            text.append("\n")
        }
        return text
    }

    static func escape(_ field: String) -> String {
        var text = ""
        append(field, to: &text)
        return text
    }

    private static func append(_ field: String, to text: inout String) {
        let needsQuotes = field.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
        guard needsQuotes else { text.append(field); return }
        text.append("\"")
        text.append(field.utf8.contains(UInt8(ascii: "\"")) ? field.replacingOccurrences(of: "\"", with: "\"\"") : field)
        text.append("\"")
    }
}

/// JSON with keys in column order and numbers written exactly (`309779558.12`, never
/// `309779558.12000001`): a JSON number may have any number of digits.
enum JSONFormatter {
    static func text(_ table: Table) -> String {
        var text = "[\n"
        text += table.rows.map { "  " + object(table.columns, $0) }.joined(separator: ",\n")
        text += table.rows.isEmpty ? "]\n" : "\n]\n"
        return text
    }

    static func text(_ record: Record) -> String {
        let members = record.fields.map { quoted($0.key) + ": " + value($0.value) }
        return "{\n" + members.map { "  " + $0 }.joined(separator: ",\n") + "\n}\n"
    }

    static func object(_ columns: [Column], _ row: [Value]) -> String {
        let members = columns.indices.map { quoted(columns[$0].key) + ": " + value(row[safe: $0] ?? .missing) }
        return "{" + members.joined(separator: ", ") + "}"
    }

    static func value(_ value: Value) -> String {
        switch value {
        case .text(let text), .indented(let text, _): quoted(text)
        case .integer(let number): String(number)
        case .decimal(let number): number.description
        case .percent(let number, _): number.normalized.description
        case .missing: "null"
        }
    }

    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}

/// A GitHub-flavoured Markdown table.
enum MarkdownFormatter {
    static func text(_ table: Table) -> String {
        let shown = table.columns.indices.filter { table.columns[$0].isShownInTable }
        let numeric = shown.map { index in table.rows.contains { $0[safe: index]?.isNumeric == true } }
        var lines: [String] = []
        if let title = table.title { lines += ["**\(escape(title))**", ""] }
        lines.append("| " + shown.map { escape(table.columns[$0].header) }.joined(separator: " | ") + " |")
        lines.append("|" + numeric.map { $0 ? " ---: |" : " --- |" }.joined())
        func row(_ values: [Value], bold: Bool) -> String {
            "| " + shown.map { index -> String in
                let value = values[safe: index] ?? .missing
                var text = escape(CellText.plain(value, minimumDecimals: table.columns[index].minimumDecimals,
                                                 displayDecimals: table.columns[index].displayDecimals, forPeople: true))
                if case let .indented(_, depth) = value, depth > 0 { text = String(repeating: "&nbsp;&nbsp;", count: depth) + text }
                return bold && !text.isEmpty ? "**\(text)**" : text
            }.joined(separator: " | ") + " |"
        }
        lines += table.rows.map { row($0, bold: false) }
        lines += table.footer.map { row($0, bold: true) }
        if let caption = table.caption { lines += ["", escape(caption)] }
        return lines.joined(separator: "\n") + "\n"
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
