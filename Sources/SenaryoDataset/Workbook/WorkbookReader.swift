import SenaryoEngine

/// Reads a dataset from an .xlsx workbook: one sheet per table (`goals`, `indicators`,
/// `budget`, `series`, with the CSV format's column names in the first row) and a `dataset`
/// sheet of key–value rows for the manifest.
///
/// The cells become the same records a CSV file gives, so every rule is the CSV format's and
/// every error is reported, now located by sheet and cell (`budget!F12`). Number cells are
/// written into the dataset's `number_format` before they are read, so a column may mix numbers
/// typed as numbers with numbers typed as text in that format (`1.234.567,89` when it is `tr`).
public struct WorkbookReader: Sendable {
    /// The sheet holding the manifest.
    public static let manifestSheet = "dataset"

    public init() {}

    /// - Parameter file: the workbook's name, for messages about the file as a whole.
    public func read(_ bytes: [UInt8], file: String) -> Result<Dataset, DatasetError> {
        let workbook: Workbook
        do { workbook = try Workbook(bytes: bytes) } catch {
            return .failure(DatasetError([Diagnostic(file: file, message: error.description)]))
        }
        // Sheets are found by name, whatever their order; names are compared without case.
        var sheets: [String: Workbook.Sheet] = [:]
        for sheet in workbook.sheets {
            let name = sheet.name.trimmingSpaces.lowercased()
            if sheets[name] == nil { sheets[name] = sheet }
        }
        guard let manifestSheet = sheets[Self.manifestSheet] else {
            let found = workbook.sheets.map(\.name).joined(separator: ", ")
            return .failure(DatasetError([Diagnostic(file: file, message: "has no \(Self.manifestSheet) sheet (key and value columns: format, id, institution, title, kind, ...; sheets found: \(found.isEmpty ? "none" : found))")]))
        }
        let located = { (diagnostics: [Diagnostic]) in diagnostics.map { locate($0, sheets: sheets, file: file) } }

        var diagnostics: [Diagnostic] = []
        var values: [String: ManifestReader.Value] = [:]
        for row in manifestSheet.rows {
            guard let key = row.cells.first.flatMap({ $0.map(Self.plainText) })?.trimmingSpaces, !key.isEmpty else { continue }
            if row.number == manifestSheet.rows.first?.number, key.lowercased() == "key" { continue }  // a header row
            if values[key] != nil {
                diagnostics.append(Diagnostic(file: ManifestReader.fileName, line: row.number, column: 1, field: key, message: "is given twice"))
                continue
            }
            let value = row.cells.count > 1 ? row.cells[1].map(Self.plainText) ?? "" : ""
            values[key] = ManifestReader.Value(text: value, line: row.number, column: 2)
        }
        let manifest: DatasetManifest
        switch ManifestReader().read(values, diagnostics: diagnostics) {
        case .success(let value): manifest = value
        case .failure(let error): return .failure(DatasetError(located(error.diagnostics)))
        }

        var tables: [String: [CSVRecord]] = [:]
        var present: Set<String> = []
        diagnostics = []
        for file in DatasetReader.tableFiles {
            guard let sheet = sheets[Self.sheetName(of: file)] else { continue }
            present.insert(file)
            tables[file] = records(of: sheet, file: file, format: manifest.numberFormat, diagnostics: &diagnostics)
        }
        switch DatasetReader().read(manifest, tables: tables, present: present, diagnostics: diagnostics) {
        case .success(let dataset): return .success(dataset)
        case .failure(let error): return .failure(DatasetError(located(error.diagnostics)))
        }
    }

    /// `budget.csv` → `budget`.
    static func sheetName(of file: String) -> String {
        String(file.prefix { $0 != "." })
    }

    /// The sheet's rows as CSV records: the header's trailing empty cells dropped, every row as
    /// wide as the header (cells a CSV row would have left empty), numbers in `format`.
    private func records(of sheet: Workbook.Sheet, file: String, format: NumberFormat, diagnostics: inout [Diagnostic]) -> [CSVRecord] {
        guard let headerRow = sheet.rows.first else { return [] }
        var width = headerRow.cells.count
        while width > 0, headerRow.cells[width - 1].map(Self.plainText)?.trimmingSpaces.isEmpty ?? true { width -= 1 }
        return sheet.rows.map { row in
            var fields = row.cells.enumerated().map { column, cell -> String in
                switch cell {
                case nil: return ""
                case let .number(stored, display)?:
                    guard let plain = TypedNumber.plainText(stored, display: display) else {
                        diagnostics.append(Diagnostic(file: file, line: row.number, column: column + 1, message: "holds the number \(stored), which cannot be read"))
                        return ""
                    }
                    return format == .tr ? plain.replacingOccurrences(of: ".", with: ",") : plain
                case .error(let code)?:
                    diagnostics.append(Diagnostic(file: file, line: row.number, column: column + 1, message: "holds the spreadsheet error \(code) (fix the formula or type the value)"))
                    return ""
                case let value?:
                    return Self.plainText(value)
                }
            }
            // Empty cells past the header are not cells of the table; filled ones are reported.
            while fields.count > width, fields.last?.isEmpty == true { fields.removeLast() }
            if fields.count < width { fields += [String](repeating: "", count: width - fields.count) }
            return CSVRecord(line: row.number, fields: fields)
        }
    }

    private static func plainText(_ cell: Workbook.Cell) -> String {
        switch cell {
        case .text(let text): text
        case let .number(stored, display): TypedNumber.plainText(stored, display: display) ?? stored
        case .boolean(let value): value ? "true" : "false"
        case .error(let code): code
        }
    }

    /// A diagnostic located by sheet and cell: `budget!F12`, `budget row 12`, `budget sheet`.
    private func locate(_ diagnostic: Diagnostic, sheets: [String: Workbook.Sheet], file: String) -> Diagnostic {
        let name: String
        if diagnostic.file == ManifestReader.fileName {
            name = sheets[Self.manifestSheet]?.name ?? Self.manifestSheet
        } else if DatasetReader.tableFiles.contains(diagnostic.file) {
            let key = Self.sheetName(of: diagnostic.file)
            name = sheets[key]?.name ?? key
        } else {
            return Diagnostic(file: file, field: diagnostic.field, message: diagnostic.message)
        }
        let sheet = name.contains(" ") ? "'\(name)'" : name
        let location = switch (diagnostic.line, diagnostic.column) {
        case let (line?, column?): "\(sheet)!\(CellReference.columnName(column))\(line)"
        case let (line?, nil): "\(sheet) row \(line)"
        default: "\(sheet) sheet"
        }
        return Diagnostic(file: location, field: diagnostic.field, message: diagnostic.message)
    }
}
