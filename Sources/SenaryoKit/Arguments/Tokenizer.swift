/// A word of a command line, with where it stands in the line (for error spans and completion).
public struct Token: Sendable, Equatable {
    public var text: String
    /// Character offsets into the line: `start..<end`.
    public var start: Int
    public var end: Int
    /// Whether any part of it was quoted (a quoted `--x` is a value, not an option).
    public var wasQuoted: Bool

    public init(text: String, start: Int, end: Int, wasQuoted: Bool = false) {
        self.text = text
        self.start = start
        self.end = end
        self.wasQuoted = wasQuoted
    }
}

/// Splits a command line into words the way a POSIX shell does, without expansion:
/// whitespace separates words; `'...'` and `"..."` group (Turkish text with spaces:
/// `--search "Sınır Dışı"`); a backslash escapes the next character outside single quotes;
/// a `#` that starts a word outside quotes starts a comment, to the end of the line. The same
/// rules hold at the prompt and in scripts, so a line copied from one works in the other.
public enum Tokenizer {
    public static func split(_ line: String) throws(UsageError) -> [Token] {
        mergingPercentSigns(try words(strippingComment(line)))
    }

    /// The line without its trailing comment: the text before the first `#` that starts a
    /// word outside quotes (`goals A1   # the tree` → `goals A1`). An apostrophe in the
    /// comment (`# the plan's aims`) is the comment's, not an open quote.
    public static func strippingComment(_ line: String) -> String {
        var quote: Character?
        var escaping = false, atWordStart = true
        for (offset, character) in line.enumerated() {
            defer { escaping = !escaping && character == "\\" && quote != "'" }
            if escaping { atWordStart = false; continue }
            if let open = quote {
                if character == open { quote = nil }
                continue
            }
            switch character {
            case "#" where atWordStart:
                var kept = String(line.prefix(offset))
                while kept.last?.isWhitespace == true { kept.removeLast() }
                return kept
            case "'", "\"":
                quote = character
                atWordStart = false
            case " ", "\t", "\n", "\r":
                atWordStart = true
            default:
                atWordStart = false
            }
        }
        return line
    }

    /// `% 10`, `+% 10`, `-% 5`: a percent sign typed apart from its number is one word with it,
    /// as `%10` is (a planner writes "% 10" as reports print "% 94,43").
    static func mergingPercentSigns(_ tokens: [Token]) -> [Token] {
        var merged: [Token] = []
        for token in tokens {
            if let last = merged.last, !last.wasQuoted, !token.wasQuoted, ["%", "+%", "-%"].contains(last.text),
               token.text.first.map({ $0.isASCII && $0.isNumber }) == true {
                merged[merged.count - 1] = Token(text: last.text + token.text, start: last.start, end: token.end)
            } else {
                merged.append(token)
            }
        }
        return merged
    }

    static func words(_ line: String) throws(UsageError) -> [Token] {
        var tokens: [Token] = []
        var current = "", start = -1, quoted = false
        var quote: Character?
        var quoteStart = 0
        var escaping = false
        for (offset, character) in line.enumerated() {
            if escaping {
                current.append(character)
                escaping = false
                continue
            }
            if let open = quote {
                if character == open {
                    quote = nil
                } else if character == "\\" && open == "\"" {
                    escaping = true
                } else {
                    current.append(character)
                }
                continue
            }
            switch character {
            case "\\":
                if start < 0 { start = offset }
                escaping = true
            case "'", "\"":
                if start < 0 { start = offset }
                quote = character
                quoteStart = offset
                quoted = true
            case " ", "\t", "\n", "\r":
                if start >= 0 {
                    tokens.append(Token(text: current, start: start, end: offset, wasQuoted: quoted))
                    current = ""
                    start = -1
                    quoted = false
                }
            default:
                if start < 0 { start = offset }
                current.append(character)
            }
        }
        if let quote {
            throw UsageError("unterminated \(quote) quote", span: quoteStart..<line.count)
        }
        if escaping { current.append("\\") }
        if start >= 0 {
            tokens.append(Token(text: current, start: start, end: line.count, wasQuoted: quoted))
        }
        return tokens
    }

    /// `text` quoted so that `split` gives it back as one word (for completion and exported scripts).
    public static func quote(_ text: String) -> String {
        if !text.isEmpty && !text.contains(where: { " \t\n'\"\\#".contains($0) }) { return text }
        return "\"" + text.replacingAll("\\", with: "\\\\").replacingAll("\"", with: "\\\"") + "\""
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        for character in self { if character == target { result += replacement } else { result.append(character) } }
        return result
    }
}
