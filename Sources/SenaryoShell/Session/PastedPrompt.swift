/// A shell prompt pasted with the command after it: `senaryo> use goc-idaresi-2021`,
/// `senaryo[goc-idaresi-2021 › butce-2023]> compare --changed`.
///
/// Sessions are shared as they looked on screen (the README's first session, a colleague's
/// notes); pasting one should run its commands, not fail on the prompt. No command is named
/// `senaryo`, so a line starting with a prompt cannot mean anything else.
enum PastedPrompt {
    /// `line` without a leading prompt; unchanged when it has none.
    static func stripped(_ line: String) -> String {
        var rest = line.drop(while: { $0 == " " || $0 == "\t" })
        guard rest.hasPrefix("senaryo") else { return line }
        rest = rest.dropFirst("senaryo".count)
        if rest.hasPrefix("[") {
            guard let close = rest.firstIndex(of: "]") else { return line }
            rest = rest[rest.index(after: close)...]
        }
        guard rest.hasPrefix(">") else { return line }
        return String(rest.dropFirst())
    }
}
