import SenaryoEngine
import SenaryoKit

/// Turns command output into text in the chosen format.
struct Renderer {
    var format: OutputFormat
    /// Colour and bold (only on a terminal, never with NO_COLOR).
    var style: Style
    /// The terminal's width; long text columns are cut to fit. Nil: never cut.
    var width: Int?

    /// The text for stdout and the lines for stderr.
    func render(_ output: CommandOutput) -> (stdout: String, stderr: String) {
        var out = "", err = ""
        for block in output.blocks {
            switch block {
            case .message(let message):
                // Messages quote dataset text (titles, codes): shown escaped wherever they go.
                let text = TerminalText.escaped(message)
                if format.isMachineReadable { err += text + "\n" } else { out += text + "\n" }
            case .text(let raw):
                let text = format.isMachineReadable ? raw : TerminalText.escaped(raw)
                out += text.hasSuffix("\n") ? text : text + "\n"
            case .drawing(let text):
                if !format.isMachineReadable { out += text.hasSuffix("\n") ? text : text + "\n" }
            case .data(let table):
                if format.isMachineReadable { out += render(table) }
            case .table(let table):
                out += render(table)
            case .record(let record):
                out += render(record)
            }
        }
        return (out, err)
    }

    func render(_ table: Table) -> String {
        switch format {
        case .table: TableLayout(table: table, style: style, width: width).text
        case .csv: CSVFormatter.text(table)
        case .json: JSONFormatter.text(table)
        case .markdown: MarkdownFormatter.text(table)
        }
    }

    func render(_ record: Record) -> String {
        switch format {
        case .json:
            return JSONFormatter.text(record)
        case .csv:
            let table = Table(columns: [Column("field"), Column("value")],
                              rows: record.fields.map { [.text($0.key), $0.value] })
            return CSVFormatter.text(table)
        case .markdown:
            let table = Table(columns: [Column("field"), Column("value")],
                              rows: record.fields.map { [.text($0.label), $0.value] }, title: record.title)
            return MarkdownFormatter.text(table)
        case .table:
            let labelWidth = record.fields.map { DisplayWidth.of($0.label) }.max() ?? 0
            var text = style.bold(record.title) + "\n"
            for field in record.fields where field.value != .missing {
                let value = CellText.plain(field.value, forPeople: true)
                let lines = value.split(separator: "\n", omittingEmptySubsequences: false)
                text += "  " + style.dim(DisplayWidth.pad(field.label, to: labelWidth)) + "  " + (lines.first.map(String.init) ?? "") + "\n"
                for line in lines.dropFirst() {
                    text += "  " + String(repeating: " ", count: labelWidth) + "  " + line + "\n"
                }
            }
            return text
        }
    }
}

/// How a cell is written as plain text.
enum CellText {
    /// - Parameter forPeople: round percentages for reading (tables, Markdown); machine formats pass false.
    static func plain(_ value: Value, minimumDecimals: Int? = nil, displayDecimals: Int? = nil, forPeople: Bool = false) -> String {
        switch value {
        case let .percent(number, decimals): forPeople ? number.formatted(decimals: decimals) : number.normalized.description
        case .text(let text): forPeople ? TerminalText.escaped(text) : text
        case .integer(let number): String(number)
        case .decimal(let number) where displayDecimals != nil: number.formatted(decimals: displayDecimals!)
        case .decimal(let number): minimumDecimals.map { number.formatted(minimumDecimals: $0) } ?? number.description
        case .indented(let text, _): forPeople ? TerminalText.escaped(text) : text
        case .missing: ""
        }
    }
}
