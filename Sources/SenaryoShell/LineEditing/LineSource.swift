/// What reading a line gave.
public enum LineEvent: Equatable {
    case line(String)
    /// Ctrl-C while typing: the line is dropped, the shell goes on.
    case interrupted
    /// Ctrl-D or the end of the input.
    case end
}

/// Where the shell's lines come from: the line editor on a terminal, plain reads otherwise.
public protocol LineSource: AnyObject {
    func readLine(prompt: String) -> LineEvent
}

/// Reads lines from standard input with no prompt, no editing and no escape codes.
public final class PlainLineSource: LineSource {
    public init() {}

    public func readLine(prompt: String) -> LineEvent {
        guard let line = Swift.readLine(strippingNewline: true) else { return .end }
        return .line(line.hasSuffix("\r") ? String(line.dropLast()) : line)
    }
}

/// Lines from a string already in memory (a script file's contents).
public final class TextLineSource: LineSource {
    private var lines: [Substring]
    private var index = 0

    public init(_ text: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        self.lines = lines.map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
    }

    public func readLine(prompt: String) -> LineEvent {
        guard index < lines.count else { return .end }
        defer { index += 1 }
        return .line(String(lines[index]))
    }
}
