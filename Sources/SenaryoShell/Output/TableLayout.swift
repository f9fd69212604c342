import SenaryoEngine
import SenaryoKit

/// An aligned text table: numbers right-aligned, text left-aligned, widths measured in
/// terminal columns (so Turkish letters and wide characters line up).
///
/// On a terminal the table fits its width: long text columns are shortened with …, then
/// columns are hidden by importance (`Column.Importance`; a line under the table names them),
/// and when even the essential columns do not fit, each row is shown as a record, one field per
/// line. Columns that wrap (explanations) are never cut: their text continues on more lines.
struct TableLayout {
    let table: Table
    let style: Style
    let width: Int?
    var numbers: NumberStyle? = nil

    /// Text columns are shortened (or wrapped) to this many columns at most before any column
    /// is hidden.
    static let shortestText = 12
    /// A wrapping column with a long text (an explanation) keeps this width for reading.
    static let readableWrap = 26

    var text: String {
        var shown = table.columns.indices.filter { table.columns[$0].isShownInTable }
        guard !shown.isEmpty else { return "" }
        let allRows = table.rows + table.footer
        var cache: [Int: Measure] = [:]
        func measure(_ index: Int) -> Measure {
            if let known = cache[index] { return known }
            let measured = Measure(column: table.columns[index], index: index, rows: allRows, layout: self)
            cache[index] = measured
            return measured
        }
        func required(_ columns: [Int]) -> Int {
            columns.map { measure($0).narrowest }.reduce(0, +) + 2 * (columns.count - 1) + 1
        }
        var hidden: [Int] = []
        if let width {
            while required(shown) > width, shown.count > 1,
                  let drop = shown.filter({ table.columns[$0].importance != .essential })
                      .min(by: { (table.columns[$0].importance, -$0) < (table.columns[$1].importance, -$1) }) {
                shown.removeAll { $0 == drop }
                hidden.append(drop)
            }
            if required(shown) > width { return records(width: width) }
        }

        let measures = shown.map(measure)
        var widths = measures.map(\.natural)
        if let width {
            // Shorten the widest shortenable column, a column at a time, until the table fits.
            while widths.reduce(0, +) + 2 * (shown.count - 1) + 1 > width {
                guard let widest = widths.indices.filter({ widths[$0] > measures[$0].narrowest })
                    .max(by: { widths[$0] < widths[$1] }) else { break }
                widths[widest] -= 1
            }
        }

        func lines(of row: Int) -> [String] {
            let parts = measures.indices.map { position -> [String] in
                let text = measures[position].cells[row]
                guard DisplayWidth.of(text) > widths[position] else { return [text] }
                return measures[position].wraps ? DisplayWidth.wrap(text, to: widths[position])
                    : [DisplayWidth.truncate(text, to: widths[position])]
            }
            let height = parts.map(\.count).max() ?? 1
            return (0..<height).map { line in
                let padded = parts.indices.map { position in
                    DisplayWidth.pad(parts[position][safe: line] ?? "", to: widths[position], alignRight: measures[position].isNumeric)
                }
                return " " + trimTrailing(padded.joined(separator: "  "))
            }
        }

        var output: [String] = []
        if let title = table.title { output.append(style.bold(title)) }
        let headerCells = measures.indices.map { position in
            DisplayWidth.pad(DisplayWidth.truncate(measures[position].header, to: widths[position]), to: widths[position],
                             alignRight: measures[position].isNumeric)
        }
        output.append(style.bold(" " + trimTrailing(headerCells.joined(separator: "  "))))
        for row in table.rows.indices { output += lines(of: row) }
        if !table.footer.isEmpty {
            output.append(" " + widths.map { String(repeating: "─", count: $0) }.joined(separator: "  "))
            for row in table.footer.indices { output += lines(of: table.rows.count + row).map(style.bold) }
        }
        if let caption = table.caption { output += note(caption) }
        if !hidden.isEmpty {
            let names = hidden.sorted().map { table.columns[$0].header }.joined(separator: ", ")
            output += note("not shown at this width: \(names) (a wider terminal shows them; --format csv or export keeps every column)")
        }
        return output.joined(separator: "\n") + "\n"
    }

    /// Every row as a record, one `field  value` line per shown column: for a terminal too
    /// narrow for even the essential columns side by side.
    private func records(width: Int) -> String {
        let shown = table.columns.indices.filter { table.columns[$0].isShownInTable }
        let labels = shown.map { table.columns[$0].header }
        let labelWidth = min(labels.map(DisplayWidth.of).max() ?? 0, max(8, width / 3))
        let valueWidth = max(8, width - labelWidth - 4)
        var output: [String] = []
        if let title = table.title { output.append(style.bold(title)) }
        for (number, row) in (table.rows + table.footer).enumerated() {
            if number > 0 { output.append(style.dim(" " + String(repeating: "─", count: min(width - 2, labelWidth + 2 + valueWidth)))) }
            for (position, index) in shown.enumerated() {
                let text = cellText(row[safe: index] ?? .missing, column: table.columns[index]).trimmingLeadingSpaces
                guard !text.isEmpty else { continue }
                let label = DisplayWidth.pad(DisplayWidth.truncate(labels[position], to: labelWidth), to: labelWidth)
                for (line, part) in DisplayWidth.wrap(text, to: valueWidth).enumerated() {
                    output.append(" " + (line == 0 ? style.dim(label) : String(repeating: " ", count: labelWidth)) + "  " + part)
                }
            }
        }
        if let caption = table.caption { output += note(caption) }
        return output.joined(separator: "\n") + "\n"
    }

    /// A line under the table, wrapped to the terminal.
    private func note(_ text: String) -> [String] {
        (width.map { DisplayWidth.wrap(text, to: $0) } ?? [text]).map(style.dim)
    }

    /// One column's cells as text and the widths it can take.
    private struct Measure {
        var header: String
        var cells: [String]
        var isNumeric: Bool
        var wraps: Bool
        /// Its width with nothing cut (within the column's own cap).
        var natural: Int
        /// The least it can be given before the table hides columns instead.
        var narrowest: Int

        init(column: Column, index: Int, rows: [[Value]], layout: TableLayout) {
            header = column.header
            cells = rows.map { layout.cellText($0[safe: index] ?? .missing, column: column) }
            isNumeric = rows.contains { $0[safe: index]?.isNumeric == true } && !rows.contains { row in
                if case .text = row[safe: index] ?? .missing { return true } else { return false }
            }
            wraps = column.wraps
            natural = max(DisplayWidth.of(header), cells.map(DisplayWidth.of).max() ?? 0)
            if let cap = column.maximumWidth { natural = min(natural, max(cap, DisplayWidth.of(header))) }
            let readable = wraps && (column.maximumWidth ?? 0) > TableLayout.readableWrap ? TableLayout.readableWrap : TableLayout.shortestText
            narrowest = isNumeric ? natural : min(natural, readable)
        }
    }

    fileprivate func cellText(_ value: Value, column: Column) -> String {
        if case let .indented(text, depth) = value { return String(repeating: "  ", count: depth) + TerminalText.escaped(text, keepingNewlines: false) }
        return CellText.plain(value, minimumDecimals: column.minimumDecimals, displayDecimals: column.displayDecimals, forPeople: true,
                              numbers: numbers)
    }

    private func trimTrailing(_ text: String) -> String {
        var text = text
        while text.last == " " { text.removeLast() }
        return text
    }
}

private extension String {
    var trimmingLeadingSpaces: String { String(drop { $0 == " " }) }
}

extension Array {
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
