/// Text from a dataset or a plugin, made safe to show on a terminal.
///
/// A title or a cell may hold control characters (an escape sequence in a CSV cell can recolour,
/// retitle or clear the planner's terminal): they are shown escaped, `\x1B`, never sent as they
/// are. Line breaks are kept where the output has room for them.
enum TerminalText {
    static func escaped(_ text: String, keepingNewlines: Bool = true) -> String {
        // Most text has no control character at all: one pass over the bytes, no copy.
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 }) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let isControl = (value < 0x20 && !(keepingNewlines && value == 0x0A)) || (0x7F...0x9F).contains(value)
            if isControl {
                let hex = String(value, radix: 16, uppercase: true)
                result += "\\x" + (hex.count == 1 ? "0" + hex : hex)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
