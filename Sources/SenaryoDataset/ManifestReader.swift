import SenaryoEngine
import Yams

/// Reads `dataset.yaml` into a `DatasetManifest`, collecting every problem with its position.
public struct ManifestReader: Sendable {
    public static let fileName = "dataset.yaml"

    /// Keys the format defines; others are ignored (a newer minor revision may add some).
    static let knownKeys: Set<String> = [
        "format", "id", "institution", "title", "kind", "year", "plan_period", "currency",
        "number_format", "delimiter", "source", "notes",
    ]

    public init() {}

    public func read(_ text: String) -> Result<DatasetManifest, DatasetError> {
        let file = Self.fileName
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                return .failure(DatasetError([Diagnostic(file: file, line: 1, column: 1, message: "is empty (expected format, id, institution, title and kind)")]))
            }
            root = node
        } catch let error as YamlError {
            return .failure(DatasetError([Self.diagnostic(for: error)]))
        } catch {
            return .failure(DatasetError([Diagnostic(file: file, message: "cannot be read as YAML: \(error)")]))
        }
        guard let mapping = root.mapping else {
            return .failure(DatasetError([Diagnostic(file: file, line: root.mark.map { $0.line }, column: root.mark.map { $0.column },
                                                     message: "must be a mapping of keys to values (expected `format: senaryo-dataset/1`, `id: ...`)")]))
        }

        var diagnostics: [Diagnostic] = []
        var values: [String: Value] = [:]
        for (keyNode, valueNode) in mapping {
            guard let key = keyNode.string else { continue }
            let mark = valueNode.mark ?? keyNode.mark
            guard let scalar = valueNode.scalar else {
                if Self.knownKeys.contains(key) {
                    diagnostics.append(Diagnostic(file: file, line: mark?.line, column: mark?.column, field: key,
                                                  message: "must be a single value, not a list or mapping"))
                }
                continue
            }
            values[key] = Value(text: scalar.string, line: mark?.line, column: mark?.column)
        }
        return read(values, diagnostics: diagnostics)
    }

    /// One manifest value and where it was written (for messages).
    public struct Value: Sendable {
        public var text: String
        public var line: Int?
        public var column: Int?

        public init(text: String, line: Int?, column: Int?) {
            self.text = text
            self.line = line
            self.column = column
        }
    }

    /// The manifest from key–value pairs however they were written: YAML, or a workbook's
    /// `dataset` sheet. Problems are located in `ManifestReader.fileName` by the values' positions.
    public func read(_ values: [String: Value], diagnostics found: [Diagnostic] = []) -> Result<DatasetManifest, DatasetError> {
        let file = Self.fileName
        var diagnostics = found

        func required(_ key: String, _ expected: String) -> String? {
            guard let value = values[key], !value.text.trimmingSpaces.isEmpty else {
                diagnostics.append(Diagnostic(file: file, line: values[key]?.line, column: values[key]?.column, field: key,
                                              message: "is required (\(expected))"))
                return nil
            }
            return value.text
        }
        func invalid(_ key: String, _ message: String) {
            diagnostics.append(Diagnostic(file: file, line: values[key]?.line, column: values[key]?.column, field: key, message: message))
        }
        func optional(_ key: String) -> String? {
            guard let value = values[key]?.text.trimmingSpaces, !value.isEmpty else { return nil }
            return values[key]?.text
        }

        if let format = required("format", "`senaryo-dataset/1`"), format != DatasetManifest.formatVersion {
            invalid("format", "\"\(format)\" is not a format this version reads (expected \(DatasetManifest.formatVersion))")
        }
        let id = required("id", "a short slug such as goc-idaresi-2021")
        if let id, !DatasetManifest.isValidID(id) {
            invalid("id", "\"\(id)\" is not a valid id (expected lowercase letters, digits and -)")
        }
        let institution = required("institution", "the administration's name")
        let title = required("title", "the document's title")
        var kind: DocumentKind?
        if let text = required("kind", "strategic-plan, performance-program or activity-report") {
            kind = DocumentKind(rawValue: text)
            if kind == nil {
                invalid("kind", "\"\(text)\" is not a document kind (expected strategic-plan, performance-program or activity-report)")
            }
        }
        var year: Int?
        if let text = optional("year") {
            year = Int(text)
            if year == nil || !(1900...2200).contains(year!) {
                invalid("year", "\"\(text)\" is not a year (expected four digits, e.g. 2021)")
                year = nil
            }
        } else if let kind, kind.requiresYear {
            diagnostics.append(Diagnostic(file: file, field: "year", message: "is required for kind \(kind.rawValue) (the monitoring year, e.g. 2021)"))
        }
        var numberFormat = NumberFormat.plain
        if let text = optional("number_format") {
            if let parsed = NumberFormat(rawValue: text) { numberFormat = parsed } else {
                invalid("number_format", "\"\(text)\" is not a number format (expected plain or tr)")
            }
        }
        var delimiter: Character = ","
        if let text = values["delimiter"]?.text, !text.isEmpty {
            if text == "," || text == ";" { delimiter = Character(text) } else {
                invalid("delimiter", "\"\(text)\" is not a delimiter (expected , or ;)")
            }
        }
        let planPeriod = optional("plan_period")
        if let planPeriod, !Self.isPlanPeriod(planPeriod) {
            invalid("plan_period", "\"\(planPeriod)\" is not a plan period (expected e.g. 2019-2023)")
        }
        let currency = optional("currency") ?? "TRY"
        if currency.count != 3 || !currency.allSatisfy({ $0.isASCII && $0.isUppercase }) {
            invalid("currency", "\"\(currency)\" is not an ISO currency code (expected e.g. TRY)")
        }

        guard diagnostics.isEmpty, let id, let institution, let title, let kind else {
            return .failure(DatasetError(diagnostics))
        }
        return .success(DatasetManifest(id: id, institution: institution, title: title, kind: kind, year: year,
                                        planPeriod: planPeriod, currency: currency, numberFormat: numberFormat,
                                        delimiter: delimiter, source: optional("source"), notes: optional("notes")))
    }

    private static func isPlanPeriod(_ text: String) -> Bool {
        let parts = text.split(separator: "-")
        guard parts.count == 2, let start = Int(parts[0]), let end = Int(parts[1]) else { return false }
        return parts.allSatisfy { $0.count == 4 } && start <= end
    }

    /// libyaml reports where it gave up (often the end of the file) and, as context, where the
    /// construct it was reading began (an unclosed quote's opening mark): point at the latter.
    private static func yamlDiagnostic(problem: String, mark: Mark, context: YamlError.Context?) -> Diagnostic {
        guard let context else {
            return Diagnostic(file: fileName, line: mark.line, column: mark.column, message: "is not valid YAML: \(problem)")
        }
        return Diagnostic(file: fileName, line: context.mark.line, column: context.mark.column,
                          message: "is not valid YAML: \(context.text): \(problem) (at \(mark.line):\(mark.column))")
    }

    private static func diagnostic(for error: YamlError) -> Diagnostic {
        switch error {
        case let .scanner(context, problem, mark, _):
            return yamlDiagnostic(problem: problem, mark: mark, context: context)
        case let .parser(context, problem, mark, _):
            return yamlDiagnostic(problem: problem, mark: mark, context: context)
        case let .composer(context, problem, mark, _):
            return yamlDiagnostic(problem: problem, mark: mark, context: context)
        case let .duplicatedKeysInMapping(duplicates, context):
            return Diagnostic(file: fileName, line: context.mark.line, column: context.mark.column,
                              message: "has a key given twice: \(duplicates.joined(separator: ", "))")
        default:
            return Diagnostic(file: fileName, message: "is not valid YAML: \(error)")
        }
    }
}

extension String {
    var trimmingSpaces: String {
        // Almost every cell starts and ends with a visible ASCII character: no Unicode lookup then.
        if let first = utf8.first, let last = utf8.last, Self.isVisibleASCII(first), Self.isVisibleASCII(last) { return self }
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }

    private static func isVisibleASCII(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x7F }
}
