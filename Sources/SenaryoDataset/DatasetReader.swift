import SenaryoEngine

/// Reads a dataset from the contents of its files, validating everything before returning it.
///
/// Pure: it takes bytes, not paths, so every rule is testable without a file system. A dataset
/// with any error is rejected whole, with every error of every file listed.
public struct DatasetReader: Sendable {
    /// The table files of the format, in the order they are read.
    public static let tableFiles = ["goals.csv", "indicators.csv", "budget.csv", "series.csv"]

    /// Stands for the dataset folder in diagnostics about the folder as a whole; the loader,
    /// which knows the path, puts it in.
    public static let folderPlaceholder = "."

    public init() {}

    /// Tables with at least this many rows are read on two cores.
    static let splitThreshold = 20_000

    /// - Parameter files: file name → contents, for `dataset.yaml` and whichever tables exist.
    public func read(_ files: [String: [UInt8]]) -> Result<Dataset, DatasetError> {
        guard let manifestBytes = files[ManifestReader.fileName] else {
            return .failure(DatasetError([Diagnostic(file: ManifestReader.fileName, message: "is missing (every dataset folder needs one)")]))
        }
        guard let manifestText = String(validating: manifestBytes, as: UTF8.self) else {
            let position = TextEncoding.utf16(manifestBytes) == nil ? TextEncoding.firstInvalidUTF8(manifestBytes) : nil
            return .failure(DatasetError([Diagnostic(file: ManifestReader.fileName, line: position?.line, column: position?.column,
                                                     message: TextEncoding.problem(manifestBytes))]))
        }
        let manifest: DatasetManifest
        switch ManifestReader().read(manifestText.hasPrefix("\u{FEFF}") ? String(manifestText.dropFirst()) : manifestText) {
        case .success(let value): manifest = value
        case .failure(let error): return .failure(error)
        }
        var diagnostics: [Diagnostic] = []
        let csv = CSVReader(delimiter: manifest.delimiter)
        var tables: [String: [CSVRecord]] = [:]
        for file in Self.tableFiles {
            guard let bytes = files[file] else { continue }
            switch csv.records(bytes, file: file) {
            case .success(let records): tables[file] = records
            case .failure(let error): diagnostics += error.diagnostics
            }
        }
        return read(manifest, tables: tables, present: Set(Self.tableFiles.filter { files[$0] != nil }), diagnostics: diagnostics)
    }

    /// Reads and validates the tables' records (header first), however they were stored: CSV
    /// files or a workbook's sheets. Diagnostics name the CSV file, the record's line and the
    /// field's position; a workbook reader turns them into cell references.
    ///
    /// - Parameters:
    ///   - tables: table file name (`budget.csv`) → its records, for the tables that could be read.
    ///   - present: the tables the dataset has, readable or not.
    ///   - diagnostics: problems already found in reading the records.
    public func read(_ manifest: DatasetManifest, tables: consuming [String: [CSVRecord]], present: Set<String>,
                     diagnostics found: [Diagnostic] = []) -> Result<Dataset, DatasetError> {
        guard !present.isEmpty else {
            return .failure(DatasetError([Diagnostic(file: Self.folderPlaceholder, message: "has no table (expected at least one of \(Self.tableFiles.joined(separator: ", ")))")]))
        }
        var diagnostics = found
        let numbers = NumberSyntax(manifest.numberFormat)

        var headers: [String: [String]] = [:]
        var rawKeys: [String: Set<String>] = [:]   // file → keys of every row, valid or not
        func table<Row: Sendable>(_ spec: TableSpec, _ parse: @escaping @Sendable (inout TableReader, ArraySlice<CSVRecord>) -> [Row]) -> [Row] {
            // Taken out of `tables`: a big table's records are freed once its rows are read.
            guard let records = tables.removeValue(forKey: spec.file),
                  let reader = TableReader(spec: spec, records: records, numbers: numbers, diagnostics: &diagnostics)
            else { return [] }
            headers[spec.file] = reader.header
            // A big table is read in two halves on two cores, its raw keys alongside; rows and
            // diagnostics come out in file order either way.
            let body = records.dropFirst()
            let halves = body.count >= Self.splitThreshold
                ? [body[..<(body.startIndex + body.count / 2)], body[(body.startIndex + body.count / 2)...]] : [body]
            let parts = Parallel.map(halves) { half -> ([Row], [Diagnostic]) in
                var own = reader
                let rows = parse(&own, half)
                return (rows, own.diagnostics)
            }
            rawKeys[spec.file] = Self.rawKeys(spec.file, header: reader.header, records: body)
            for part in parts { diagnostics += part.1 }
            return parts.count == 1 ? parts[0].0 : parts.flatMap { $0.0 }
        }

        let goals = table(GoalsTable.spec, GoalsTable.rows)
        let indicators = table(IndicatorsTable.spec, IndicatorsTable.rows)
        let budget = table(BudgetTable.spec, BudgetTable.rows)
        let series = table(SeriesTable.spec, SeriesTable.rows)

        var validator = DatasetValidator(goalsPresent: present.contains("goals.csv"), headers: headers,
                                         goalCodesSeen: rawKeys["goals.csv"], budgetKeysSeen: rawKeys["budget.csv"])
        validator.check(goals: goals, indicators: indicators, budget: budget, series: series)
        diagnostics += validator.diagnostics

        guard diagnostics.isEmpty else { return .failure(DatasetError(Self.sorted(diagnostics))) }
        return .success(Dataset(manifest: manifest, goals: goals.map(\.goal), indicators: indicators.map(\.indicator),
                                budget: budget.map(\.budgetLine), series: series.map(\.point)))
    }

    /// The key of every row of a table, including rows rejected for a bad cell, so that a
    /// reference to such a row is not reported as unknown too (one mistake, one message).
    static func rawKeys(_ file: String, header: [String], records: ArraySlice<CSVRecord>) -> Set<String>? {
        let columns: [String]
        switch file {
        case "goals.csv": columns = ["code"]
        case "budget.csv": columns = ["year", "classification", "code"]
        default: return nil
        }
        let indices = columns.compactMap { header.firstIndex(of: $0) }
        guard indices.count == columns.count else { return nil }
        return Set(records.map { record in
            indices.map { $0 < record.fields.count ? record.fields[$0].trimmingSpaces : "" }.joined(separator: "|")
        })
    }

    /// Errors in reading order: by file (manifest, then tables), line, column.
    static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        let fileOrder = [ManifestReader.fileName] + tableFiles
        return diagnostics.enumerated().sorted { a, b in
            let fa = fileOrder.firstIndex(of: a.element.file) ?? -1, fb = fileOrder.firstIndex(of: b.element.file) ?? -1
            if fa != fb { return fa < fb }
            let la = a.element.line ?? 0, lb = b.element.line ?? 0
            if la != lb { return la < lb }
            let ca = a.element.column ?? 0, cb = b.element.column ?? 0
            if ca != cb { return ca < cb }
            return a.offset < b.offset
        }.map(\.element)
    }
}
