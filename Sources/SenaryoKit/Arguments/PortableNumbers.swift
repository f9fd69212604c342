import SenaryoEngine

/// A command line rewritten so that it means the same under either number convention, for
/// what is kept to be replayed (history, `record`, the commands stored with scenario steps
/// that `scenario export` writes).
///
/// A line typed under `settings numbers tr` may hold `75.000` (75 000), which a replay under
/// `plain` refuses as ambiguous, or `1,234` (1.234). Every number the plain convention reads
/// is read the same way under `tr`, so only numbers whose plain reading differs are rewritten,
/// in plain form: `target PP16 = 75.000` is kept as `target PP16 = 75000`. Codes are never
/// touched (a code is text, even when it looks like a number).
public enum PortableNumbers {
    public static func line(_ line: String, spec: CommandSpec, convention: NumberFormat) -> String {
        guard convention == .tr, let tokens = try? Tokenizer.split(line), tokens.count > 1 else { return line }
        var replacements: [(token: Token, text: String)] = []
        for role in WordRoles.of(Array(tokens.dropFirst()), spec: spec) where !role.token.wasQuoted {
            switch role.completion {
            case .goalCode, .indicatorCode, .budgetCode, .anyCode, .seriesID, .datasetID, .scenarioName, .filePath, .commandName:
                if !role.isRepeating { continue }
            case .combined(let kinds) where kinds.contains(.budgetCode):
                if !role.token.text.contains("=") { continue }  // --hold CODE; --rate CODE=PCT has a number
            default:
                break
            }
            let portable = word(role.token.text)
            if portable != role.token.text { replacements.append((role.token, portable)) }
        }
        return WordRoles.replacing(replacements, in: line)
    }

    /// One word: `75.000`, `+%1.000`, `=1,234`, `capital=1.000`, `1.000..2.000`.
    static func word(_ text: String) -> String {
        if let equals = text.firstIndex(of: "="), equals != text.startIndex {
            return String(text[...equals]) + word(String(text[text.index(after: equals)...]))
        }
        if text.contains("..") {
            return text.components(separatedBy: "..").map(word).joined(separator: "..")
        }
        // The number inside its decoration: = + - % and spaces.
        let decoration: Set<Character> = ["=", "+", "-", "%", " "]
        guard let start = text.firstIndex(where: { !decoration.contains($0) }),
              let end = text.lastIndex(where: { !decoration.contains($0) }) else { return text }
        let body = String(text[start...end])
        guard case .number(let turkish) = TypedNumber.read(body, convention: .tr),
              TypedNumber.read(body, convention: .plain) != .number(turkish) else { return text }
        return String(text[..<start]) + TypedNumber.portableSpelling(turkish) + String(text[text.index(after: end)...])
    }
}
