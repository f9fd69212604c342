import SenaryoEngine

/// series.csv: other numbers the report states, as dotted time series.
enum SeriesTable {
    static let spec = TableSpec(
        file: "series.csv",
        required: ["series", "name", "year", "value"],
        optional: ["unit", "period", "reported_change_pct", "source"]
    )

    static func rows(_ reader: inout TableReader, _ records: ArraySlice<CSVRecord>) -> [(line: Int, point: SeriesPoint)] {
        var rows: [(Int, SeriesPoint)] = []
        for record in records {
            guard reader.begin(record) else { continue }
            let series = reader.requiredText("series", "a dotted id such as budget.total.revised")
            let name = reader.requiredText("name", "a human label")
            let year = reader.year("year", required: true)
            let value = reader.number("value")
            if reader.text("value") == nil { reader.report("value", "is empty (required: the stated value)") }
            let change = reader.number("reported_change_pct")
            let period = reader.text("period")
            if let period, !isPeriod(period) {
                reader.report("period", "\"\(period)\" is not a period (expected Q1..Q4, a month such as 2021-03, or empty for the year)")
            }
            guard let series, let name, let year, let value else { continue }
            rows.append((record.line, SeriesPoint(series: series, name: name, unit: reader.text("unit"), year: year,
                                                  period: period, value: value, reportedChangePct: change,
                                                  source: reader.text("source"), extra: reader.extra())))
        }
        return rows
    }

    static func isPeriod(_ text: String) -> Bool {
        if ["Q1", "Q2", "Q3", "Q4"].contains(text) { return true }
        let parts = text.split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, Int(parts[0]) != nil,
              let month = Int(parts[1]) else { return false }
        return (1...12).contains(month)
    }
}
