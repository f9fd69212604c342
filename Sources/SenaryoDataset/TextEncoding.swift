/// Recognising files that are not UTF-8, to name what they are instead of "invalid text":
/// spreadsheets on Turkish Windows save CSV as Windows-1254 or UTF-16 ("Unicode text").
enum TextEncoding {
    /// "UTF-16 (little-endian)" or "UTF-16 (big-endian)" when the bytes are UTF-16 text: by its
    /// byte-order mark, or by a NUL beside every ASCII letter of the first line (no mark).
    static func utf16(_ bytes: [UInt8]) -> String? {
        if bytes.count >= 2 {
            if bytes[0] == 0xFF && bytes[1] == 0xFE { return "UTF-16 (little-endian)" }
            if bytes[0] == 0xFE && bytes[1] == 0xFF { return "UTF-16 (big-endian)" }
        }
        let start = bytes.prefix(64)
        guard start.count >= 8 else { return nil }
        let even = stride(from: 0, to: start.count - 1, by: 2).map { start[$0] }
        let odd = stride(from: 1, to: start.count, by: 2).map { start[$0] }
        if odd.allSatisfy({ $0 == 0 }) && even.allSatisfy({ $0 != 0 }) { return "UTF-16 (little-endian)" }
        if even.allSatisfy({ $0 == 0 }) && odd.allSatisfy({ $0 != 0 }) { return "UTF-16 (big-endian)" }
        return nil
    }

    /// Whether invalid UTF-8 has the bytes Windows-1254 uses for Turkish letters (ı ş ğ İ Ş Ğ ç ö ü).
    static func looksLikeWindows1254(_ bytes: [UInt8]) -> Bool {
        bytes.contains { [0xFD, 0xFE, 0xF0, 0xDD, 0xDE, 0xD0, 0xE7, 0xF6, 0xFC, 0xC7, 0xD6, 0xDC].contains($0) }
    }

    /// Line and column (1-based, in characters) of the first byte that is not valid UTF-8; nil when all are.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> (line: Int, column: Int)? {
        var line = 1, column = 1, index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length = byte < 0x80 ? 1 : byte >= 0xC2 && byte < 0xE0 ? 2 : byte >= 0xE0 && byte < 0xF0 ? 3 : byte >= 0xF0 && byte < 0xF5 ? 4 : 0
            guard length > 0, index + length <= bytes.count,
                  String(validating: bytes[index..<(index + length)], as: UTF8.self) != nil else { return (line, column) }
            if byte == UInt8(ascii: "\n") { line += 1; column = 1 } else { column += 1 }
            index += length
        }
        return nil
    }

    /// What a file that is not UTF-8 is, and how to fix it: for `file: MESSAGE` diagnostics.
    static func problem(_ bytes: [UInt8]) -> String {
        if let encoding = utf16(bytes) { return "is \(encoding), not UTF-8 (save it as UTF-8)" }
        let hint = looksLikeWindows1254(bytes) ? "it looks like Windows-1254 (Turkish) text: save the file as UTF-8" : "save the file as UTF-8"
        return "is not valid UTF-8 (\(hint))"
    }
}
