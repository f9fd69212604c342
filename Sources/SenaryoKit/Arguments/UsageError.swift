/// A command line that does not fit the command's declaration. Names the argument concerned
/// and, where known, its span in the line, so the shell can point at it.
public struct UsageError: Error, Sendable, CustomStringConvertible {
    public var message: String
    /// The argument or option concerned (`--year`, `PATH`).
    public var argument: String?
    /// Character offsets into the line.
    public var span: Range<Int>?
    /// The synopsis to remind the user of.
    public var usage: String?

    public init(_ message: String, argument: String? = nil, span: Range<Int>? = nil, usage: String? = nil) {
        self.message = message
        self.argument = argument
        self.span = span
        self.usage = usage
    }

    public var description: String {
        var text = argument.map { "\($0): \(message)" } ?? message
        if let usage { text += "\n  usage: \(usage)" }
        return text
    }
}
