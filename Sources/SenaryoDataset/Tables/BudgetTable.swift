import SenaryoEngine

/// budget.csv: appropriations and spending, one row per line, year and classification.
enum BudgetTable {
    static let spec = TableSpec(
        file: "budget.csv",
        required: ["year", "classification", "code", "name"],
        optional: ["parent", "initial", "added", "deducted", "revised", "spent", "cancelled",
                   "reported_rate_pct", "reported_change_pct"]
    )

    static func rows(_ reader: inout TableReader, _ records: ArraySlice<CSVRecord>) -> [(line: Int, budgetLine: BudgetLine)] {
        var rows: [(Int, BudgetLine)] = []
        for record in records {
            guard reader.begin(record) else { continue }
            let year = reader.year("year", required: true)
            let classification: Classification? = reader.choice("classification", default: nil)
            let code = reader.requiredText("code", "the line's code, e.g. 03.2")
            let name = reader.requiredText("name", "the line's name as written in the report")
            let amounts = ["initial", "added", "deducted", "revised", "spent", "cancelled", "reported_rate_pct", "reported_change_pct"]
                .map { reader.number($0) }
            guard let year, let classification, let code, let name else { continue }
            rows.append((record.line, BudgetLine(
                year: year, classification: classification, code: code, parent: reader.text("parent"), name: name,
                initial: amounts[0], added: amounts[1], deducted: amounts[2], revised: amounts[3], spent: amounts[4],
                cancelled: amounts[5], reportedRatePct: amounts[6], reportedChangePct: amounts[7], extra: reader.extra())))
        }
        return rows
    }
}
