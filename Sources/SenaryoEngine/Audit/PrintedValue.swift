/// Compares a value a report printed with the exact value derived from its numbers, at the
/// precision the report printed it: `57.15` is compared to two decimals, `80` to none.
public enum PrintedValue {
    public enum Agreement: Sendable, Equatable {
        /// The derived value rounds (half-up or half-even) to the printed one.
        case agrees
        /// The derived value gives the printed one only when truncated: the report cut digits
        /// instead of rounding (99.9897 printed as 99.98).
        case truncated
        /// Off by one in the last printed digit: a rounding slip (57.142… printed as 57.15).
        case lastDigit
        case differs
    }

    public static func compare(printed: ExactDecimal, derived: ExactDecimal) -> Agreement {
        let decimals = printed.scale
        if derived.rounded(scale: decimals, rule: .halfUp) == printed || derived.rounded(scale: decimals, rule: .halfEven) == printed {
            return .agrees
        }
        if derived.rounded(scale: decimals, rule: .towardZero) == printed { return .truncated }
        let unit = ExactDecimal(significand: 1, scale: decimals)
        if (derived.rounded(scale: decimals, rule: .halfUp) - printed).magnitude == unit { return .lastDigit }
        return .differs
    }
}
