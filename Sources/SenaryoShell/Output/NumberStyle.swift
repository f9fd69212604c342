import SenaryoEngine

/// How tables write numbers for people: digits grouped by thousands, the Turkish way
/// (`1.234.567,89`, `94,43`) or the English way (`1,234,567.89`), and computed fractions
/// (a forecast's 1510395.666…) rounded to the display decimals. Only display does this: values
/// stay exact, and CSV, JSON and workbooks write them plain.
struct NumberStyle: Sendable, Hashable {
    var separator: Character
    var decimalMark: Character
    /// Decimals a computed amount is shown with (`settings decimals`).
    var decimals = 2

    /// A report prints at most this many decimals; a value with more was computed (a forecast,
    /// a scenario's division) and is shown rounded to `decimals`.
    static let printedDecimals = 4

    static let turkish = NumberStyle(separator: ".", decimalMark: ",")
    static let english = NumberStyle(separator: ",", decimalMark: ".")

    /// Turkish when the labels are Turkish or typed numbers are read the Turkish way.
    static func of(_ settings: FigureSettings) -> NumberStyle {
        var style: NumberStyle = settings.language == .turkish || settings.numbers == .tr ? .turkish : .english
        style.decimals = settings.percentDecimals
        return style
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
