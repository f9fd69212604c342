import SenaryoEngine

/// indicators.csv: performance indicators, one row per indicator and monitoring year.
enum IndicatorsTable {
    static let spec = TableSpec(
        file: "indicators.csv",
        required: ["code", "year", "name"],
        optional: ["goal", "unit", "direction", "aggregation", "weight_pct", "baseline", "baseline_year", "target",
                   "q1", "q2", "q3", "q4", "actual", "reported_rate_pct", "reported_status", "responsible", "source"]
    )

    static func rows(_ reader: inout TableReader, _ records: ArraySlice<CSVRecord>) -> [(line: Int, indicator: Indicator)] {
        var rows: [(Int, Indicator)] = []
        for record in records {
            guard reader.begin(record) else { continue }
            let code = reader.requiredText("code", "the indicator's code, e.g. PG1.2.3")
            let year = reader.year("year", required: true)
            let name = reader.requiredText("name", "the indicator's name as written in the report")
            let direction: Direction? = reader.choice("direction", default: .increase)
            // An empty cell stays undeclared (nil), not `last`: the audit then tries every rule.
            let declaresAggregation = reader.text("aggregation") != nil
            let aggregation: Aggregation? = declaresAggregation ? reader.choice("aggregation", default: nil) : nil
            let weight = reader.number("weight_pct")
            let baseline = reader.number("baseline")
            let baselineYear = reader.year("baseline_year", required: false)
            let target = reader.number("target")
            let quarters = ["q1", "q2", "q3", "q4"].map { reader.number($0) }
            let actual = reader.number("actual")
            let rate = reader.number("reported_rate_pct")
            guard let code, let year, let name, let direction, !declaresAggregation || aggregation != nil else { continue }
            rows.append((record.line, Indicator(
                code: code, goal: reader.text("goal"), year: year, name: name, unit: reader.text("unit"),
                direction: direction, aggregation: aggregation, weightPct: weight, baseline: baseline,
                baselineYear: baselineYear, target: target, quarters: quarters, actual: actual,
                reportedRatePct: rate, reportedStatus: reader.text("reported_status"),
                responsible: reader.text("responsible"), source: reader.text("source"), extra: reader.extra())))
        }
        return rows
    }
}
