import SenaryoEngine

/// goals.csv: the plan hierarchy.
enum GoalsTable {
    static let spec = TableSpec(
        file: "goals.csv",
        required: ["code", "level", "title"],
        optional: ["parent", "responsible", "related", "reported_performance_pct"]
    )

    static func rows(_ reader: inout TableReader, _ records: ArraySlice<CSVRecord>) -> [(line: Int, goal: Goal)] {
        var rows: [(Int, Goal)] = []
        for record in records {
            guard reader.begin(record) else { continue }
            let code = reader.requiredText("code", "the node's code, e.g. H1.2")
            let level: GoalLevel? = reader.choice("level", default: nil)
            let title = reader.requiredText("title", "the node's title as written in the report")
            let performance = reader.number("reported_performance_pct")
            guard let code, let level, let title else { continue }
            rows.append((record.line, Goal(code: code, parent: reader.text("parent"), level: level, title: title,
                                           responsible: reader.text("responsible"), related: reader.text("related"),
                                           reportedPerformancePct: performance, extra: reader.extra())))
        }
        return rows
    }
}
