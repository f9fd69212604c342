import SenaryoEngine

/// How tables write numbers for people: digits grouped by thousands, the Turkish way
/// (`1.234.567,89`, `94,43`) or the English way (`1,234,567.89`). Only display groups digits:
/// values stay exact, and CSV, JSON and workbooks write them plain.
struct NumberGrouping: Sendable, Hashable {
    var separator: Character
    var decimalMark: Character

    static let turkish = NumberGrouping(separator: ".", decimalMark: ",")
    static let english = NumberGrouping(separator: ",", decimalMark: ".")

    /// Turkish when the labels are Turkish or typed numbers are read the Turkish way.
    static func of(_ settings: FigureSettings) -> NumberGrouping {
        settings.language == .turkish || settings.numbers == .tr ? .turkish : .english
    }

    /// `plain` (`-1234567.89`, as `ExactDecimal` writes it) grouped: `-1.234.567,89`.
    func apply(_ plain: String) -> String {
        var body = Substring(plain), sign = ""
        if body.hasPrefix("-") { sign = "-"; body = body.dropFirst() }
        let point = body.firstIndex(of: ".")
        let integer = point.map { body[..<$0] } ?? body
        guard integer.allSatisfy(\.isASCIIDigit) else { return plain }
        var grouped = ""
        for (offset, digit) in integer.enumerated() {
            if offset > 0 && (integer.count - offset) % 3 == 0 { grouped.append(separator) }
            grouped.append(digit)
        }
        if let point { grouped += String(decimalMark) + body[body.index(after: point)...] }
        return sign + grouped
    }
}

private extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
