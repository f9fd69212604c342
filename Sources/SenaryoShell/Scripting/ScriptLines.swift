/// Reads a script's commands from a line source: joins lines continued with a trailing `\`
/// and remembers the line each command starts on, for `file:line:` messages.
struct ScriptLines {
    let source: LineSource
    private(set) var lineNumber = 0

    init(_ source: LineSource) {
        self.source = source
    }

    /// The next command and the line it starts on; nil at the end.
    mutating func next() -> (line: Int, text: String)? {
        guard case .line(var text) = source.readLine(prompt: "") else { return nil }
        lineNumber += 1
        let start = lineNumber
        while Self.continues(text) {
            text.removeLast()
            guard case .line(let more) = source.readLine(prompt: "") else { break }
            lineNumber += 1
            text += more
        }
        return (start, text)
    }

    /// Whether `line` goes on on the next one: it ends in a single `\` (`\\` is an escaped backslash).
    static func continues(_ line: String) -> Bool {
        line.hasSuffix("\\") && !line.hasSuffix("\\\\")
    }
}
