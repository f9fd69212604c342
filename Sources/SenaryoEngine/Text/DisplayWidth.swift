/// How many terminal columns a string takes.
///
/// Counting bytes or scalars misaligns tables: "Ş" is two UTF-8 bytes, and a decomposed "İ"
/// is two scalars, but each is one column. We count grapheme clusters, giving two columns to
/// East Asian wide characters and none to zero-width ones.
public enum DisplayWidth {
    public static func of(_ text: String) -> Int {
        // Fast path: printable ASCII (codes, numbers) is one column per byte.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        var width = 0
        for character in text {
            width += of(character)
        }
        return width
    }

    public static func of(_ character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        let value = first.value
        if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
        if value == 0x200B || value == 0xFEFF { return 0 }
        if isWide(value) { return 2 }
        if character.unicodeScalars.contains(where: { $0.properties.isEmojiPresentation }) { return 2 }
        return 1
    }

    private static func isWide(_ v: UInt32) -> Bool {
        (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
            || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v)
    }

    /// `text` cut to at most `width` columns, ending in "…" when it was cut.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard of(text) > width else { return text }
        guard width > 1 else { return width == 1 ? "…" : "" }
        var result = "", used = 0
        for character in text {
            let w = of(character)
            if used + w > width - 1 { break }
            result.append(character)
            used += w
        }
        return result + "…"
    }

    /// `text` broken into lines of at most `width` columns, at spaces where it can be (a word
    /// longer than a line is split). Existing line breaks are kept.
    public static func wrap(_ text: String, to width: Int) -> [String] {
        guard width > 0 else { return [text] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = "", used = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var word = String(word), length = of(word)
                if used > 0 && used + 1 + length <= width {
                    line += " " + word
                    used += 1 + length
                    continue
                }
                if used > 0 { lines.append(line); line = ""; used = 0 }
                while length > width {  // a word wider than the line: split it
                    var head = "", headWidth = 0
                    for character in word {
                        if headWidth + of(character) > width { break }
                        head.append(character)
                        headWidth += of(character)
                    }
                    lines.append(head)
                    word = String(word.dropFirst(head.count))
                    length = of(word)
                }
                line = word
                used = length
            }
            lines.append(line)
        }
        return lines
    }

    /// `text` padded with spaces to `width` columns, on the right or on the left.
    public static func pad(_ text: String, to width: Int, alignRight: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - of(text)))
        return alignRight ? padding + text : text + padding
    }
}
