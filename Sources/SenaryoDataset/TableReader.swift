import SenaryoEngine

/// The columns one CSV table defines.
struct TableSpec {
    var file: String
    var required: [String]
    var optional: [String]

    var known: Set<String> { Set(required + optional) }
}

/// Reads the cells of one CSV table by column name, collecting a diagnostic for every bad cell.
///
/// Each table type (goals, indicators, ...) asks for its cells through the typed getters here,
/// so every table reports errors the same way: file, line, field number and column name.
struct TableReader {
    let spec: TableSpec
    let header: [String]
    let numbers: NumberSyntax
    private let indexOf: [String: Int]
    private(set) var diagnostics: [Diagnostic] = []
    /// Header names that are not the format's own, in file order.
    let extraColumns: [String]

    /// The record being read.
    private var record = CSVRecord(line: 0, fields: [])

    init?(spec: TableSpec, records: [CSVRecord], numbers: NumberSyntax, diagnostics: inout [Diagnostic]) {
        guard let first = records.first else {
            diagnostics.append(Diagnostic(file: spec.file, line: 1, message: "has no header row (expected columns \(spec.required.joined(separator: ", ")))"))
            return nil
        }
        self.spec = spec
        self.numbers = numbers
        self.header = first.fields.map { $0.trimmingSpaces }
        var indexOf: [String: Int] = [:]
        var problems: [Diagnostic] = []
        for (position, name) in header.enumerated() {
            if name.isEmpty {
                problems.append(Diagnostic(file: spec.file, line: first.line, column: position + 1, message: "header cell is empty (every column needs a name)"))
            } else if indexOf[name] != nil {
                problems.append(Diagnostic(file: spec.file, line: first.line, column: position + 1, field: name, message: "column appears twice in the header"))
            } else {
                indexOf[name] = position
            }
        }
        for name in spec.required where indexOf[name] == nil {
            problems.append(Diagnostic(file: spec.file, line: first.line, field: name,
                                       message: "required column is missing from the header (found: \(header.joined(separator: ", ")))"))
        }
        self.indexOf = indexOf
        let known = spec.known  // built once, not once per header cell
        self.extraColumns = header.filter { !$0.isEmpty && !known.contains($0) }
        diagnostics += problems
        if !problems.isEmpty { return nil }
    }

    /// Starts reading `record`; reports a field-count mismatch. Returns false when the row is unusable.
    mutating func begin(_ record: CSVRecord) -> Bool {
        self.record = record
        if record.fields.count != header.count {
            let (found, expected) = (record.fields.count, header.count)
            diagnostics.append(Diagnostic(file: spec.file, line: record.line, column: min(found, expected) + 1,
                                          message: "row has \(found) field\(found == 1 ? "" : "s"), the header has \(expected)"))
            return false
        }
        return true
    }

    var line: Int { record.line }

    /// The trimmed cell, or nil when the column is absent or the cell empty (missing).
    func text(_ column: String) -> String? {
        guard let index = indexOf[column], index < record.fields.count else { return nil }
        let value = record.fields[index].trimmingSpaces
        return value.isEmpty ? nil : value
    }

    func column(of name: String) -> Int? {
        indexOf[name].map { $0 + 1 }
    }

    mutating func report(_ column: String, _ message: String) {
        diagnostics.append(Diagnostic(file: spec.file, line: record.line, column: self.column(of: column), field: column, message: message))
    }

    mutating func requiredText(_ column: String, _ expected: String) -> String? {
        guard let value = text(column) else {
            report(column, "is empty (required: \(expected))")
            return nil
        }
        return value
    }

    mutating func number(_ column: String) -> ExactDecimal? {
        guard let cell = text(column) else { return nil }
        guard let value = numbers.parse(cell) else {
            report(column, "\(Diagnostic.quote(cell)) is not a number (expected \(numbers.example))")
            return nil
        }
        guard value.isWithinSupportedRange else {
            report(column, "\(Diagnostic.quote(cell, marks: false)) is beyond the supported range (at most 24 digits before the decimal point)")
            return nil
        }
        return value
    }

    mutating func year(_ column: String, required: Bool) -> Int? {
        guard let cell = text(column) else {
            if required { report(column, "is empty (required: a year such as 2021)") }
            return nil
        }
        guard cell.count == 4, cell.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let value = Int(cell) else {
            report(column, "\(Diagnostic.quote(cell)) is not a year (expected four digits, e.g. 2021)")
            return nil
        }
        return value
    }

    /// A value of a closed vocabulary, or `defaultValue` when the cell is empty.
    mutating func choice<Value: RawRepresentable & CaseIterable>(_ column: String, default defaultValue: Value?) -> Value?
    where Value.RawValue == String {
        guard let cell = text(column) else {
            if defaultValue == nil {
                report(column, "is empty (required: one of \(Value.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            return defaultValue
        }
        guard let value = Value(rawValue: cell) else {
            report(column, "\(Diagnostic.quote(cell)) is not a known value (expected one of \(Value.allCases.map(\.rawValue).joined(separator: ", ")))")
            return nil
        }
        return value
    }

    func extra() -> ExtraFields {
        guard !extraColumns.isEmpty else { return .none }
        return ExtraFields(names: extraColumns, values: extraColumns.map { text($0) ?? "" })
    }
}
