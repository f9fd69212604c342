/// An exact base-10 number: money, counts and indicator values as the report printed them.
///
/// Reports are compared digit for digit with what Senaryo prints, so binary floating point is
/// never used for them: `309779558.12` stays `309779558.12` through load, store and display.
/// The value is `significand × 10^-scale`, with a 128-bit significand (38 significant digits).
///
/// Foundation's `Decimal` would also be exact, but it measured about 3.7 µs per operation on
/// this project's machines (2 M divisions took 7.4 s), too slow for national-scale budgets;
/// this type does the same work with integer arithmetic.
public struct ExactDecimal: Sendable {
    /// The digits, as an integer.
    public private(set) var significand: Int128
    /// How many of those digits stand after the decimal point (0...38).
    public private(set) var scale: Int

    public static let maximumScale = 38

    /// Creates `significand × 10^-scale`. `scale` must be in `0...maximumScale`.
    public init(significand: Int128, scale: Int = 0) {
        precondition(scale >= 0 && scale <= Self.maximumScale, "scale out of range")
        self.significand = significand
        self.scale = scale
    }

    public init(_ value: Int) {
        self.init(significand: Int128(value), scale: 0)
    }

    public static let zero = ExactDecimal(0)
    public static let hundred = ExactDecimal(100)

    public var isZero: Bool { significand == 0 }
    public var isNegative: Bool { significand < 0 }

    /// An approximation for charts and statistics, never for money shown to a user.
    public var doubleValue: Double {
        Double(significand) / pow10Double(scale)
    }
}

// MARK: - Scale arithmetic

extension ExactDecimal {
    /// The same value written with `newScale` digits after the point, when that is exact.
    /// Returns nil when digits would be lost or the significand would overflow.
    public func rescaled(to newScale: Int) -> ExactDecimal? {
        if newScale == scale { return self }
        if newScale > scale {
            guard newScale <= Self.maximumScale else { return nil }
            let (product, overflow) = significand.multipliedReportingOverflow(by: Self.power(newScale - scale))
            return overflow ? nil : ExactDecimal(significand: product, scale: newScale)
        }
        let divisor = Self.power(scale - newScale)
        let (quotient, remainder) = significand.quotientAndRemainder(dividingBy: divisor)
        return remainder == 0 ? ExactDecimal(significand: quotient, scale: newScale) : nil
    }

    /// The value without trailing zeros after the point (`24.50` → `24.5`, `3.00` → `3`).
    public var normalized: ExactDecimal {
        var value = self
        while value.scale > 0, value.significand % 10 == 0 {
            value.significand /= 10
            value.scale -= 1
        }
        return value
    }

    /// 10^exponent as an Int128, for exponent in 0...38.
    static func power(_ exponent: Int) -> Int128 {
        precondition(exponent >= 0 && exponent <= 38)
        return powersOfTen[exponent]
    }

    private static let powersOfTen: [Int128] = {
        var powers: [Int128] = [1]
        for _ in 1...38 { powers.append(powers.last! * 10) }
        return powers
    }()
}

private func pow10Double(_ exponent: Int) -> Double {
    var result = 1.0
    for _ in 0..<exponent { result *= 10 }
    return result
}

// MARK: - Equality, ordering, hashing (by value: 24.5 == 24.50)

extension ExactDecimal: Equatable, Hashable, Comparable {
    public static func == (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool {
        compare(lhs, rhs) == 0
    }

    public func hash(into hasher: inout Hasher) {
        let canonical = normalized
        hasher.combine(canonical.significand)
        hasher.combine(canonical.scale)
    }

    public static func < (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool {
        compare(lhs, rhs) < 0
    }

    private static func compare(_ lhs: ExactDecimal, _ rhs: ExactDecimal) -> Int {
        if lhs.scale == rhs.scale { return lhs.significand == rhs.significand ? 0 : (lhs.significand < rhs.significand ? -1 : 1) }
        let target = max(lhs.scale, rhs.scale)
        if let a = lhs.rescaled(to: target), let b = rhs.rescaled(to: target) {
            return a.significand == b.significand ? 0 : (a.significand < b.significand ? -1 : 1)
        }
        // One side is too large to rescale: compare the integer parts first.
        let ai = lhs.significand / power(lhs.scale), bi = rhs.significand / power(rhs.scale)
        if ai != bi { return ai < bi ? -1 : 1 }
        let d = lhs.doubleValue - rhs.doubleValue
        return d == 0 ? 0 : (d < 0 ? -1 : 1)
    }
}
