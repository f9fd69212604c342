import Testing
@testable import SenaryoEngine

// Issue 12: a report no one here transcribed raised false alarms (partial classifications,
// undeclared aggregations), missed stated series changes, hid spending shares and capped
// nothing in roll-ups. Each case is a small invented dataset; each test fails on the code
// before the issue. Shared helpers for those tests.

func auditFindings(_ dataset: Dataset, settings: FigureSettings = .standard) -> [Finding] {
    ReportAudit(settings: settings).findings(in: dataset)
}

func findingsAt(_ all: [Finding], _ key: String, _ column: String? = nil) -> [Finding] {
    all.filter { $0.key == key && (column == nil || $0.column == column) }
}

func budgetLine(_ year: Int, _ classification: Classification, _ code: String, parent: String? = nil,
                initial: ExactDecimal? = nil, revised: ExactDecimal? = nil, spent: ExactDecimal? = nil) -> BudgetLine {
    BudgetLine(year: year, classification: classification, code: code, parent: parent, name: "Kalem \(code)",
               initial: initial, revised: revised, spent: spent)
}

func statedTotal(_ name: String, _ year: Int, _ value: ExactDecimal) -> SeriesPoint {
    SeriesPoint(series: "budget.total.\(name)", name: name, unit: "TL", year: year, value: value)
}
