/// A number as a person types it at the prompt or in a script, read under a declared convention.
///
/// Planners type both `75000.5` and the Turkish `75.000,5`. Most inputs have one reading, but
/// `75.000` is 75 to an engineer and 75 000 to a Turkish reader, and `1,234` is 1.234 or 1 234.
/// Guessing made `target PP16 = 75.000` set the target to 75, silently. So the convention
/// (`settings numbers`, defaulting to the dataset's `number_format`) decides the forms it owns,
/// a form it cannot decide is refused with both readings, and English grouping
/// (`1,234,567.89`) is never accepted: nobody in the administrations writes it, and it reads
/// as something else in Turkish.
public enum TypedNumber: Sendable, Equatable {
    case number(ExactDecimal)
    /// Two readings are possible: the separator as a decimal mark, or as grouping thousands.
    case ambiguous(decimal: ExactDecimal, grouped: ExactDecimal)
    case notANumber

    /// Reads `text`: an optional sign, then digits with `.` and `,` (no percent sign, no spaces).
    ///
    /// - `tr`: `.` groups thousands (`75.000` is 75 000) and `,` is the decimal mark;
    ///   `12.5` has no Turkish reading, so it is 12.5.
    /// - `plain`: `.` is the decimal mark; a lone `.` or `,` followed by exactly three digits
    ///   (`75.000`, `1,234`) is ambiguous; `6.500.000` and `1.234,5` can only be Turkish.
    public static func read(_ text: String, convention: NumberFormat) -> TypedNumber {
        var body = Substring(text)
        var sign = ""
        if let first = body.first, first == "-" || first == "+" {
            sign = first == "-" ? "-" : ""
            body = body.dropFirst()
        }
        guard let first = body.first, first.isASCII, first.isNumber,
              body.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "." || $0 == "," }) else { return .notANumber }
        func value(_ plain: String) -> TypedNumber {
            ExactDecimal(sign + plain).map(TypedNumber.number) ?? .notANumber
        }
        let dots = body.filter { $0 == "." }.count, commas = body.filter { $0 == "," }.count
        switch (dots, commas) {
        case (0, 0):
            return value(String(body))
        case (_, 0) where dots > 1, (_, 1) where dots > 0:
            // 6.500.000 or 1.234.567,89: only Turkish can mean these.
            guard let turkish = turkishReading(body) else { return .notANumber }
            return value(turkish)
        case (1, 0), (0, 1):
            let separator: Character = dots == 1 ? "." : ","
            let parts = body.split(separator: separator, omittingEmptySubsequences: false)
            let (head, tail) = (parts[0], parts[1])
            guard !head.isEmpty, !tail.isEmpty else { return .notANumber }
            let decimalText = String(head) + "." + String(tail)
            let groups = head.count <= 3 && tail.count == 3 && head.first != "0"  // 0.125 groups nothing
            // The convention owns its own separators: tr groups with "." and marks decimals with ",".
            if convention == .tr { return value(separator == "." && groups ? String(head + tail) : decimalText) }
            guard groups else { return value(decimalText) }
            guard let decimal = ExactDecimal(sign + decimalText), let grouped = ExactDecimal(sign + head + tail) else { return .notANumber }
            return .ambiguous(decimal: decimal, grouped: grouped)
        default:
            return .notANumber  // 1,234,567 or 1,234.5: English grouping
        }
    }

    /// `value` spelled so that both conventions read it as it is: plain, and with a fourth
    /// decimal where three would look like a thousands group (`2.125` → `2.1250`).
    public static func portableSpelling(_ value: ExactDecimal) -> String {
        let text = value.normalized.description
        guard let dot = text.firstIndex(of: "."), text[text.index(after: dot)...].count == 3,
              text.prefix(while: { $0 != "." }).filter(\.isNumber).count <= 3 else { return text }
        return text + "0"
    }

    /// `1.234.567,89` → `1234567.89`: groups of three after a head of one to three digits.
    private static func turkishReading(_ body: Substring) -> String? {
        let parts = body.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return nil }
        let groups = parts[0].split(separator: ".", omittingEmptySubsequences: false)
        guard let head = groups.first, (1...3).contains(head.count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        var plain = groups.joined()
        if parts.count == 2 {
            guard !parts[1].isEmpty else { return nil }
            plain += "." + parts[1]
        }
        return plain
    }
}
