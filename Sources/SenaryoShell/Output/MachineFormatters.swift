import Foundation
import SenaryoEngine
import SenaryoKit

/// RFC 4180 CSV: a header of column keys, then the rows and the totals (a table's footer, which
/// the table marks in a column of its own); exact values.
enum CSVFormatter {
    static func text(_ table: Table) -> String {
        TextStream.collect { write(table, to: &$0) }
    }

    /// Writes the table row by row: amounts go as digits straight into the stream's bytes (a
    /// national budget is millions of cells), and no row is held after it is written.
    static func write(_ table: Table, to stream: inout TextStream) {
        for (index, column) in table.columns.enumerated() {
            if index > 0 { stream.bytes.append(UInt8(ascii: ",")) }
            append(column.key, to: &stream.bytes)
        }
        stream.bytes.append(UInt8(ascii: "\n"))
        for row in [table.rows, table.footer].joined() {
            for index in table.columns.indices {
                if index > 0 { stream.bytes.append(UInt8(ascii: ",")) }
                switch row[safe: index] ?? .missing {
                case .decimal(let number): number.appendPlain(to: &stream.bytes)
                case .missing: break
                case let value: append(CellText.plain(value), to: &stream.bytes)
                }
            }
            stream.bytes.append(UInt8(ascii: "\n"))
            stream.endOfItem()
        }
    }

    private static func append(_ field: String, to bytes: inout [UInt8]) {
        let utf8 = field.utf8
        let needsQuotes = utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
        guard needsQuotes else { bytes.append(contentsOf: utf8); return }
        bytes.append(UInt8(ascii: "\""))
        for byte in utf8 {
            if byte == UInt8(ascii: "\"") { bytes.append(byte) }
            bytes.append(byte)
        }
        bytes.append(UInt8(ascii: "\""))
    }
}

/// JSON with keys in column order and numbers written exactly (`309779558.12`, never
/// `309779558.12000001`): a JSON number may have any number of digits.
enum JSONFormatter {
    static func text(_ table: Table) -> String {
        TextStream.collect { write(table, to: &$0) }
    }

    /// Writes the array one object per line, as each row is formed (pieces end at line ends).
    static func write(_ table: Table, to stream: inout TextStream) {
        let keys = table.columns.map { quoted($0.key) + ": " }
        stream.bytes.append(contentsOf: "[\n".utf8)
        // Totals (the footer) follow the rows, as in CSV; the table marks them in a column.
        let count = table.rows.count + table.footer.count
        for (number, row) in [table.rows, table.footer].joined().enumerated() {
            stream.bytes.append(contentsOf: "  {".utf8)
            for index in keys.indices {
                if index > 0 { stream.bytes.append(contentsOf: ", ".utf8) }
                stream.bytes.append(contentsOf: keys[index].utf8)
                switch row[safe: index] ?? .missing {
                case .decimal(let number): number.appendPlain(to: &stream.bytes)
                case let value: stream.bytes.append(contentsOf: Self.value(value).utf8)
                }
            }
            stream.bytes.append(contentsOf: number == count - 1 ? "}\n".utf8 : "},\n".utf8)
            stream.endOfItem()
        }
        stream.bytes.append(contentsOf: "]\n".utf8)
        stream.endOfItem()
    }

    static func text(_ record: Record) -> String {
        let members = record.fields.map { quoted($0.key) + ": " + value($0.value) }
        return "{\n" + members.map { "  " + $0 }.joined(separator: ",\n") + "\n}\n"
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
    static func text(_ table: Table, numbers: NumberStyle? = nil) -> String {
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
                                                 displayDecimals: table.columns[index].displayDecimals, forPeople: true,
                                                 numbers: numbers))
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
