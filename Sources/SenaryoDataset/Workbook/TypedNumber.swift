/// The number a person typed into a spreadsheet cell, from the text the file stores.
///
/// Spreadsheets keep numbers as binary doubles and store up to 17 significant digits, so a
/// typed `94.43` may be stored as `94.430000000000007`; they show and accept 15. Reading the
/// stored text exactly and rounding it to 15 significant digits gives back what was typed,
/// without ever going through a `Double`.
enum TypedNumber {
    /// The significant digits a spreadsheet keeps.
    static let significantDigits = 15

    /// `94.430000000000007` → `94.43`, `1.5E-3` → `0.0015`, `2021` → `2021`; nil when `stored`
    /// is not a number. With a display of 2 decimals `24.5` → `24.50`; with a percentage
    /// format `0.9443` → `94.43` (the percent units the format's `_pct` columns hold).
    static func plainText(_ stored: String, display: NumberDisplay = .general) -> String? {
        var text = Substring(stored)
        var negative = false
        if text.hasPrefix("-") { negative = true; text = text.dropFirst() } else if text.hasPrefix("+") { text = text.dropFirst() }
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            guard let value = Int(text[text.index(after: e)...]), abs(value) < 400 else { return nil }
            exponent = value
            text = text[..<e]
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return nil }
        let integer = parts[0], fraction = parts.count == 2 ? parts[1] : ""
        let all = integer + fraction
        guard !all.isEmpty, all.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        var digits = all.utf8.map { Int($0) - 48 }
        var point = integer.count + exponent  // how many digits stand before the decimal point
        while digits.first == 0 { digits.removeFirst(); point -= 1 }
        let zero = display.decimals > 0 ? "0." + String(repeating: "0", count: display.decimals) : "0"
        guard !digits.isEmpty else { return zero }
        if digits.count > significantDigits {
            let rest = digits[significantDigits...]
            let roundsUp = rest.first! > 5 || (rest.first! == 5 && (rest.dropFirst().contains { $0 != 0 } || digits[significantDigits - 1] % 2 == 1))
            digits.removeLast(digits.count - significantDigits)
            if roundsUp {
                var index = digits.count - 1
                while index >= 0, digits[index] == 9 { digits[index] = 0; index -= 1 }
                if index >= 0 { digits[index] += 1 } else { digits.insert(1, at: 0); digits.removeLast(); point += 1 }
            }
        }
        if display.isPercent { point += 2 }
        // The fraction's trailing zeros go, except those the cell's format shows.
        while digits.count > max(point, 1) && digits.count - point > display.decimals, digits.last == 0 { digits.removeLast() }
        while digits.count - point < display.decimals { digits.append(0) }
        let body = String(decoding: digits.map { UInt8($0 + 48) }, as: UTF8.self)
        var result: String
        if point <= 0 {
            result = "0." + String(repeating: "0", count: -point) + body
        } else if point >= digits.count {
            result = body + String(repeating: "0", count: point - digits.count)
        } else {
            result = String(body.prefix(point)) + "." + String(body.dropFirst(point))
        }
        if result.hasSuffix(".") { result.removeLast() }
        if result.allSatisfy({ $0 == "0" || $0 == "." }) { return zero }
        return negative ? "-" + result : result
    }
}
