import SenaryoEngine
import SenaryoKit

/// Turns command output into text in the chosen format.
struct Renderer {
    var format: OutputFormat
    /// Colour and bold (only on a terminal, never with NO_COLOR).
    var style: Style
    /// The terminal's width; long text columns are cut to fit. Nil: never cut.
    var width: Int?
    /// How tables and Markdown group digits; nil: plain (as exports and transcripts of old).
    var numbers: NumberStyle?
    /// Informational lines go to stderr in every format (a run that writes CSV, JSON or Markdown
    /// to stdout keeps it clean of `loaded …` and `using …`).
    var messagesToStandardError = false

    /// The text for stdout and the lines for stderr.
    func render(_ output: CommandOutput) -> (stdout: String, stderr: String) {
        var errors = ""
        let text = TextStream.collect { errors = write(output, to: &$0) }
        return (text, errors)
    }

    /// Writes the output for stdout to `stream` as it is formed; returns the lines for stderr
    /// (written after it, as they always were).
    func write(_ output: CommandOutput, to stream: inout TextStream) -> String {
        var err = ""
        func line(_ text: String) { stream.append(text.hasSuffix("\n") ? text : text + "\n") }
        for block in output.blocks {
            switch block {
            case .message(let message):
                // Messages quote dataset text (titles, codes): shown escaped wherever they go.
                let text = TerminalText.escaped(message)
                if format.isMachineReadable || messagesToStandardError { err += text + "\n" } else { stream.append(text + "\n") }
            case .text(let raw):
                line(format.isMachineReadable ? raw : TerminalText.escaped(raw))
            case .drawing(let text):
                if !format.isMachineReadable { line(text) }
            case .data(let table):
                if format.isMachineReadable { write(table, to: &stream) }
            case .table(let table):
                write(table, to: &stream)
            case .record(let record):
                stream.append(render(record))
            }
        }
        return err
    }

    func write(_ table: Table, to stream: inout TextStream) {
        switch format {
        case .table: stream.append(TableLayout(table: table, style: style, width: width, numbers: numbers).text)
        case .csv: CSVFormatter.write(table, to: &stream)
        case .json: JSONFormatter.write(table, to: &stream)
        case .markdown: stream.append(MarkdownFormatter.text(table, numbers: numbers))
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
                let value = CellText.plain(field.value, forPeople: true, numbers: numbers)
                // On a terminal a long value wraps under itself, never past the edge.
                let lines = width.map { DisplayWidth.wrap(value, to: max(20, $0 - labelWidth - 4)) }
                    ?? value.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
                text += "  " + style.dim(DisplayWidth.pad(field.label, to: labelWidth)) + "  " + (lines.first ?? "") + "\n"
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
    /// - Parameters:
    ///   - forPeople: round percentages for reading (tables, Markdown); machine formats pass false.
    ///   - numbers: for people, how digits are grouped in amounts and percentages (never years
    ///     or counts, which are integers).
    static func plain(_ value: Value, minimumDecimals: Int? = nil, displayDecimals: Int? = nil, forPeople: Bool = false,
                      numbers: NumberStyle? = nil) -> String {
        guard forPeople, let numbers else {
            return plain(value, minimumDecimals: minimumDecimals, displayDecimals: displayDecimals, forPeople: forPeople)
        }
        if case .decimal(let number) = value, displayDecimals == nil, number.normalized.scale > NumberStyle.printedDecimals {
            return numbers.apply(number.formatted(decimals: max(numbers.decimals, minimumDecimals ?? 0)))
        }
        let text = plain(value, minimumDecimals: minimumDecimals, displayDecimals: displayDecimals, forPeople: forPeople)
        switch value {
        case .decimal, .percent: return numbers.apply(text)
        default: return text
        }
    }

    private static func plain(_ value: Value, minimumDecimals: Int?, displayDecimals: Int?, forPeople: Bool) -> String {
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
