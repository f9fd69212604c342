import SenaryoEngine

/// An empty dataset to fill in a spreadsheet (`export template FILE.xlsx`): the manifest's
/// keys, each table's columns — required ones first — and the values the coded columns take.
/// Built from the same table definitions the reader checks, so a filled template loads.
public enum DatasetTemplate {
    public struct Sheet: Sendable {
        public var name: String
        public var columns: [String]
        /// Column name → the values its cells may take.
        public var choices: [String: [String]]
    }

    /// The sheet the manifest goes in.
    public static let manifestSheetName = WorkbookReader.manifestSheet

    /// The manifest's keys in the order the format lists them (delimiter does not apply to a workbook).
    public static let manifestKeys = ["format", "id", "institution", "title", "kind", "year", "plan_period", "currency",
                                      "number_format", "source", "notes"]

    /// Values the manifest starts with: the format's name, the only value it can have.
    public static let manifestDefaults = ["format": DatasetManifest.formatVersion]

    /// Values the manifest's coded keys take.
    public static let manifestChoices: [String: [String]] = [
        "kind": DocumentKind.allCases.map(\.rawValue),
        "number_format": NumberFormat.allCases.map(\.rawValue),
    ]

    /// The table sheets, in the format's order.
    public static let sheets: [Sheet] = [GoalsTable.spec, IndicatorsTable.spec, BudgetTable.spec, SeriesTable.spec].map { spec in
        let codes: [String: [String]] = [
            "level": GoalLevel.allCases.map(\.rawValue), "direction": Direction.allCases.map(\.rawValue),
            "aggregation": Aggregation.allCases.map(\.rawValue), "classification": Classification.allCases.map(\.rawValue),
        ]
        let columns = spec.required + spec.optional
        return Sheet(name: WorkbookReader.sheetName(of: spec.file), columns: columns, choices: codes.filter { columns.contains($0.key) })
    }
}
