import SenaryoEngine
import SenaryoKit

/// A command's table as an HTML `<table>`: the columns a terminal shows, values rounded for
/// reading as in the terminal, numbers right-aligned, totals in a `<tfoot>`, and each row whose
/// status column names a band classed by it (`band-not-reached` …), so the page colours it.
enum HTMLTable {
    static func html(_ table: Table, numbers: NumberStyle? = nil) -> String {
        let shown = table.columns.indices.filter { table.columns[$0].isShownInTable }
        let statusColumn = table.columns.firstIndex { $0.key == "status" }
        var html = "<table>"
        if let title = table.title { html += "<caption>\(escape(title))</caption>" }
        html += "<thead><tr>" + shown.map { "<th scope=\"col\">\(escape(table.columns[$0].header))</th>" }.joined() + "</tr></thead>"
        func row(_ values: [Value]) -> String {
            var attributes = ""
            if let statusColumn, case .text(let status)? = values[safe: statusColumn], let band = StatusBand.parse(status) {
                attributes = " class=\"band-\(band.rawValue)\""
            }
            return "<tr\(attributes)>" + shown.map { index -> String in
                let value = values[safe: index] ?? .missing
                let column = table.columns[index]
                let text = escape(CellText.plain(value, minimumDecimals: column.minimumDecimals,
                                                 displayDecimals: column.displayDecimals, forPeople: true, numbers: numbers))
                var classes = value.isNumeric ? ["number"] : []
                if case let .indented(_, depth) = value, depth > 0 { classes.append("depth-\(min(depth, 6))") }
                let classAttribute = classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\""
                return "<td\(classAttribute)>\(text)</td>"
            }.joined() + "</tr>"
        }
        html += "<tbody>" + table.rows.map(row).joined() + "</tbody>"
        if !table.footer.isEmpty { html += "<tfoot>" + table.footer.map(row).joined() + "</tfoot>" }
        html += "</table>"
        if let caption = table.caption { html += "<p class=\"note\">\(escape(caption))</p>" }
        return html
    }

    /// Text for HTML content and attribute values.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }
}
