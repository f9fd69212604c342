/// One problem found in a dataset, located precisely enough to fix it in a spreadsheet.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// The file's name inside the dataset folder (`indicators.csv`), or the folder itself.
    public var file: String
    /// 1-based line in the file; nil when the problem is about the file as a whole.
    public var line: Int?
    /// 1-based column: the field number in a CSV, the character column in YAML.
    public var column: Int?
    /// The CSV column's header or the YAML key, when there is one.
    public var field: String?
    /// What is wrong and what was expected.
    public var message: String

    public init(file: String, line: Int? = nil, column: Int? = nil, field: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.field = field
        self.message = message
    }

    /// A cell or code quoted in a message: in full when short, else its start and its length
    /// (a 50 MB cell was quoted whole, once per error).
    public static func quote(_ text: String, marks: Bool = true) -> String {
        let limit = 60
        let shown = text.count <= limit ? text : text.prefix(limit - 1) + "…"
        let quoted = marks ? "\"\(shown)\"" : String(shown)
        return text.count <= limit ? quoted : quoted + " (\(text.count) characters)"
    }

    /// `indicators.csv:12:9: target: "12,5" is not a number in plain format (expected 1234.56)`
    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        if let column { location += ":\(column)" }
        if let field { return "\(location): \(field): \(message)" }
        return "\(location): \(message)"
    }
}

/// A dataset that cannot be loaded, with every problem found (not only the first).
public struct DatasetError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    /// How many diagnostics a message lists; the rest are counted (a broken file gave 60 MB of errors).
    public static let shownLimit = 100

    public var description: String {
        let count = diagnostics.count
        let heading = count == 1 ? "1 error" : "\(count) errors"
        var lines = diagnostics.prefix(Self.shownLimit).map { "  " + $0.description }
        if count > Self.shownLimit { lines.append("  … and \(count - Self.shownLimit) more (fix these first: they often cause the rest)") }
        return "dataset not loaded, \(heading):\n" + lines.joined(separator: "\n")
    }
}
