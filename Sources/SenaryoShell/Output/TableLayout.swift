import SenaryoEngine
import SenaryoKit

/// An aligned text table: numbers right-aligned, text left-aligned, widths measured in
/// terminal columns (so Turkish letters and wide characters line up).
struct TableLayout {
    let table: Table
    let style: Style
    let width: Int?

    var text: String {
        let shown = table.columns.indices.filter { table.columns[$0].isShownInTable }
        guard !shown.isEmpty else { return "" }
        let allRows = table.rows + table.footer
        var cells: [[String]] = allRows.map { row in
            shown.map { index in cellText(row[safe: index] ?? .missing, column: table.columns[index]) }
        }
        let headers = shown.map { table.columns[$0].header }
        let numeric = shown.map { index in
            allRows.contains { $0[safe: index]?.isNumeric == true } && !allRows.contains { row in
                if case .text = row[safe: index] ?? .missing { return true } else { return false }
            }
        }
        var widths = shown.indices.map { position in
            max(DisplayWidth.of(headers[position]), cells.map { DisplayWidth.of($0[position]) }.max() ?? 0)
        }
        // Apply per-column caps, then fit the terminal by shrinking the widest text column.
        for (position, index) in shown.enumerated() {
            if let cap = table.columns[index].maximumWidth { widths[position] = min(widths[position], max(cap, DisplayWidth.of(headers[position]))) }
        }
        if let width {
            let separators = 2 * (shown.count - 1) + 1
            while widths.reduce(0, +) + separators > width {
                guard let widest = widths.indices.filter({ !numeric[$0] && widths[$0] > 12 }).max(by: { widths[$0] < widths[$1] }) else { break }
                widths[widest] -= 1
            }
        }
        for row in cells.indices {
            for position in shown.indices where DisplayWidth.of(cells[row][position]) > widths[position] {
                cells[row][position] = DisplayWidth.truncate(cells[row][position], to: widths[position])
            }
        }

        func line(_ values: [String]) -> String {
            let padded = values.enumerated().map { position, value in
                DisplayWidth.pad(value, to: widths[position], alignRight: numeric[position])
            }
            return " " + trimTrailing(padded.joined(separator: "  "))
        }

        var lines: [String] = []
        if let title = table.title { lines.append(style.bold(title)) }
        let headerCells = headers.enumerated().map { position, header in
            DisplayWidth.pad(DisplayWidth.truncate(header, to: widths[position]), to: widths[position], alignRight: numeric[position])
        }
        lines.append(style.bold(" " + trimTrailing(headerCells.joined(separator: "  "))))
        for row in cells.prefix(table.rows.count) { lines.append(line(row)) }
        if !table.footer.isEmpty {
            lines.append(" " + widths.map { String(repeating: "─", count: $0) }.joined(separator: "  "))
            for row in cells.dropFirst(table.rows.count) { lines.append(style.bold(line(row))) }
        }
        if let caption = table.caption { lines.append(style.dim(caption)) }
        return lines.joined(separator: "\n") + "\n"
    }

    private func cellText(_ value: Value, column: Column) -> String {
        if case let .indented(text, depth) = value { return String(repeating: "  ", count: depth) + TerminalText.escaped(text, keepingNewlines: false) }
        return CellText.plain(value, minimumDecimals: column.minimumDecimals, displayDecimals: column.displayDecimals, forPeople: true)
    }

    private func trimTrailing(_ text: String) -> String {
        var text = text
        while text.last == " " { text.removeLast() }
        return text
    }
}

extension Array {
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
