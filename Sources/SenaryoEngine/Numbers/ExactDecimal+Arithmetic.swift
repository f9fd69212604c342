/// How a value is brought to fewer decimals.
public enum RoundingRule: String, Sendable, CaseIterable {
    /// Half away from zero: what reports and spreadsheets print (`2.345` → `2.35`).
    case halfUp = "half-up"
    /// Half to even (banker's rounding).
    case halfEven = "half-even"
    /// Toward zero: truncation, which some reports apply by mistake (`99.989` → `99.98`).
    case towardZero = "down"
    /// Away from zero.
    case awayFromZero = "up"
}

extension ExactDecimal {
    /// The largest number of decimals kept after multiplication; more would only risk overflow.
    public static let workingScale = 24

    public static prefix func - (value: ExactDecimal) -> ExactDecimal {
        guard value.significand != .min else { return overflowed(in: "negation") }
        return ExactDecimal(significand: -value.significand, scale: value.scale)
    }

    public var magnitude: ExactDecimal {
        isNegative ? -self : self
    }

    public static func + (lhs: ExactDecimal, rhs: ExactDecimal) -> ExactDecimal {
        let (a, b) = aligned(lhs, rhs)
        let (sum, overflow) = a.significand.addingReportingOverflow(b.significand)
        if overflow { return overflowed(in: "addition") }
        return ExactDecimal(significand: sum, scale: a.scale)
    }

    public static func - (lhs: ExactDecimal, rhs: ExactDecimal) -> ExactDecimal {
        lhs + (-rhs)
    }

    public static func += (lhs: inout ExactDecimal, rhs: ExactDecimal) { lhs = lhs + rhs }
    public static func -= (lhs: inout ExactDecimal, rhs: ExactDecimal) { lhs = lhs - rhs }

    public static func * (lhs: ExactDecimal, rhs: ExactDecimal) -> ExactDecimal {
        var a = lhs.normalized, b = rhs.normalized
        while true {
            let (product, overflow) = a.significand.multipliedReportingOverflow(by: b.significand)
            if !overflow && a.scale + b.scale <= maximumScale {
                // Trailing zeros carry no information in a product (2.50 × 2 is 5): drop them.
                let exact = ExactDecimal(significand: product, scale: a.scale + b.scale)
                return (exact.scale > workingScale ? exact.rounded(scale: workingScale) : exact).normalized
            }
            // Give up the least significant digit of the operand with more decimals.
            guard a.scale > 0 || b.scale > 0 else { return overflowed(in: "multiplication") }
            if a.scale >= b.scale { a = a.rounded(scale: a.scale - 1) } else { b = b.rounded(scale: b.scale - 1) }
        }
    }

    /// `self / divisor`, rounded to `scale` decimals; nil when dividing by zero.
    ///
    /// Division is the one operation that cannot always be exact, so the caller chooses the
    /// precision; the default keeps 24 decimals, far below anything a report prints.
    public func divided(by divisor: ExactDecimal, scale resultScale: Int = workingScale,
                        rule: RoundingRule = .halfEven) -> ExactDecimal? {
        guard !divisor.isZero else { return nil }
        // result = (s1 / 10^k1) / (s2 / 10^k2) = s1 * 10^(k2 - k1) / s2
        // To get resultScale decimals (plus one guard digit handled by remainder), compute
        // s1 * 10^(resultScale + k2 - k1) / s2.
        var numerator = normalized, denominator = divisor.normalized
        var shift = resultScale + denominator.scale - numerator.scale
        var working = resultScale
        while true {
            if shift < 0 {
                // Scale the denominator up instead.
                if let d = multiply(denominator.significand, byPowerOfTen: -shift) {
                    return Self.roundedQuotient(numerator.significand, d, scale: working, rule: rule)
                }
            } else if let n = multiply(numerator.significand, byPowerOfTen: shift) {
                return Self.roundedQuotient(n, denominator.significand, scale: working, rule: rule)
            }
            // Too many digits: trade precision for range.
            if working > 0 {
                working -= 1
                shift -= 1
            } else if denominator.scale > 0 {
                denominator = denominator.rounded(scale: denominator.scale - 1)
                // A divisor rounded away to zero: the quotient is beyond any precision left.
                if denominator.isZero { return Self.overflowed(in: "division") }
                shift -= 1
            } else if numerator.scale > 0 {
                numerator = numerator.rounded(scale: numerator.scale - 1)
                shift += 1
            } else {
                return Self.overflowed(in: "division")
            }
        }
    }

    /// The value rounded to `scale` decimals (no change when it already has that few).
    public func rounded(scale newScale: Int, rule: RoundingRule = .halfUp) -> ExactDecimal {
        guard newScale < scale else { return self }
        let divisor = Self.power(scale - newScale)
        return Self.roundedQuotient(significand, divisor, scale: newScale, rule: rule)
    }

    /// The value rounded to a multiple of `step` (e.g. to 1,000 TL).
    public func rounded(toMultipleOf step: ExactDecimal, rule: RoundingRule = .halfUp) -> ExactDecimal {
        guard !step.isZero, let count = divided(by: step, scale: 0, rule: rule) else { return self }
        return count * step
    }

    private func multiply(_ value: Int128, byPowerOfTen exponent: Int) -> Int128? {
        guard exponent <= 38 else { return value == 0 ? 0 : nil }
        let (product, overflow) = value.multipliedReportingOverflow(by: Self.power(exponent))
        return overflow ? nil : product
    }

    private static func roundedQuotient(_ n: Int128, _ d: Int128, scale: Int, rule: RoundingRule) -> ExactDecimal {
        var (q, r) = n.quotientAndRemainder(dividingBy: d)
        if r != 0 {
            let negative = (n < 0) != (d < 0)
            let twiceRemainder = r.magnitude.multipliedReportingOverflow(by: 2)
            let comparison: Int  // sign of (2|r| - |d|)
            if twiceRemainder.overflow { comparison = 1 } else {
                comparison = twiceRemainder.partialValue == d.magnitude ? 0 : (twiceRemainder.partialValue < d.magnitude ? -1 : 1)
            }
            let awayFromZero: Bool
            switch rule {
            case .towardZero: awayFromZero = false
            case .awayFromZero: awayFromZero = true
            case .halfUp: awayFromZero = comparison >= 0
            case .halfEven: awayFromZero = comparison > 0 || (comparison == 0 && q % 2 != 0)
            }
            if awayFromZero { q += negative ? -1 : 1 }
            r = 0
        }
        return ExactDecimal(significand: q, scale: scale)
    }

    private static func aligned(_ lhs: ExactDecimal, _ rhs: ExactDecimal) -> (ExactDecimal, ExactDecimal) {
        if lhs.scale == rhs.scale { return (lhs, rhs) }
        let target = max(lhs.scale, rhs.scale)
        if let a = lhs.rescaled(to: target), let b = rhs.rescaled(to: target) { return (a, b) }
        // Rescaling overflowed: drop decimals from the finer operand instead.
        let coarse = min(lhs.scale, rhs.scale)
        return (lhs.rounded(scale: coarse), rhs.rounded(scale: coarse))
    }
}

extension Sequence where Element == ExactDecimal {
    /// The exact sum; zero for an empty sequence.
    public func sum() -> ExactDecimal {
        reduce(ExactDecimal.zero, +)
    }
}
