/// How command output is written.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// Aligned columns for people.
    case table
    /// RFC 4180 CSV with a header row of column keys; exact numbers; no totals.
    case csv
    /// A JSON array of row objects (a JSON object for a record); exact numbers as JSON numbers.
    case json
    /// A GitHub-style Markdown table, for pasting into reports and issues.
    case markdown

    /// Machine formats keep stdout parseable: messages go to stderr.
    var isMachineReadable: Bool { self == .csv || self == .json }
}
