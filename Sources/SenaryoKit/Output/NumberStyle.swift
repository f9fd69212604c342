import SenaryoEngine

/// How tables write numbers for people: digits grouped by thousands, the Turkish way
/// (`1.234.567,89`, `94,43`) or the English way (`1,234,567.89`), and computed fractions
/// (a forecast's 1510395.666…) rounded to the display decimals. Only display does this: values
/// stay exact, and CSV, JSON and workbooks write them plain. Public so that commands write the
/// amounts in their message lines and charts the way tables do (`context.numberStyle.amount(x)`).
public struct NumberStyle: Sendable, Hashable {
    public var separator: Character
    public var decimalMark: Character
    /// Decimals a computed amount is shown with (`settings decimals`).
    public var decimals = 2

    /// A report prints at most this many decimals; a value with more was computed (a forecast,
    /// a scenario's division) and is shown rounded to `decimals`.
    public static let printedDecimals = 4

    public static let turkish = NumberStyle(separator: ".", decimalMark: ",")
    public static let english = NumberStyle(separator: ",", decimalMark: ".")

    /// Turkish when the labels are Turkish or typed numbers are read the Turkish way.
    public static func of(_ settings: FigureSettings) -> NumberStyle {
        var style: NumberStyle = settings.language == .turkish || settings.numbers == .tr ? .turkish : .english
        style.decimals = settings.percentDecimals
        return style
    }

    /// `plain` (`-1234567.89`, as `ExactDecimal` writes it) grouped: `-1.234.567,89`.
    public func apply(_ plain: String) -> String {
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

    /// An amount as a message line shows it: exact and grouped (`6.000.000.000`), unless it is a
    /// computed fraction (more than `printedDecimals` decimals), which is rounded to `decimals`.
    public func amount(_ value: ExactDecimal) -> String {
        apply(value.normalized.scale > Self.printedDecimals ? value.formatted(decimals: decimals) : value.description)
    }

    /// A percentage as a message line shows it: rounded to `decimals` and grouped (`%12,50` is
    /// written `12,50`; the caller adds the sign it needs).
    public func percent(_ value: ExactDecimal) -> String {
        apply(value.formatted(decimals: decimals))
    }
}

extension CommandContext {
    /// How this session writes numbers for people (`settings language`, `settings numbers`).
    public var numberStyle: NumberStyle { NumberStyle.of(settings) }
}

private extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
