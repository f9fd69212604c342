/// Next year's appropriations from a base year: the parameters of `grow`.
public struct BudgetGrowth: Sendable, Hashable, Codable {
    public var classification: Classification
    public var fromYear: Int
    /// Which amount of the base year is grown (KBÖ, revised or spent).
    public var base: BudgetAmount
    public var toYear: Int
    /// The overall rate, percent per year.
    public var rate: ExactDecimal
    /// Rates for particular codes (and the lines below them), percent per year. `capital` and
    /// `current` name the economic groups 06–07 and 01–05.
    public var codeRates: [CodeRate]
    /// Lines (and the lines below them) kept at their base amount.
    public var holds: [String]
    /// Each grown amount is rounded to a multiple of this (e.g. 1000 TL), half-up.
    public var rounding: ExactDecimal?

    public init(classification: Classification = .economic, fromYear: Int, base: BudgetAmount = .initial, toYear: Int,
                rate: ExactDecimal, codeRates: [CodeRate] = [], holds: [String] = [], rounding: ExactDecimal? = nil) {
        self.classification = classification
        self.fromYear = fromYear
        self.base = base
        self.toYear = toYear
        self.rate = rate
        self.codeRates = codeRates
        self.holds = holds
        self.rounding = rounding
    }

    public struct CodeRate: Sendable, Hashable, Codable {
        public var code: String
        public var rate: ExactDecimal
        public init(code: String, rate: ExactDecimal) {
            self.code = code
            self.rate = rate
        }
    }

    public var summary: String {
        var text = "grow \(classification.rawValue) \(base.rawValue) of \(fromYear) to \(toYear) by \(rate)%"
        if toYear - fromYear > 1 { text += " a year (compound)" }
        if !codeRates.isEmpty { text += ", " + codeRates.map { "\($0.code) by \($0.rate)%" }.joined(separator: ", ") }
        if !holds.isEmpty { text += ", holding \(holds.joined(separator: ", "))" }
        text += ", rounded to \(rounding.map { $0.description } ?? "0.01")"
        return text
    }
}

/// Matching budget codes the way planners write them: `6` and `06` are the same economic
/// code, and a code covers the lines below it (`06` covers `06.1` and `06.1.2`).
public enum BudgetCodes {
    /// The code's segments with leading zeros dropped: "06.1.02" → ["6", "1", "2"].
    static func segments(_ code: String) -> [Substring] {
        code.split(separator: ".").map { segment in
            let trimmed = segment.drop(while: { $0 == "0" })
            return trimmed.isEmpty ? segment.suffix(1) : trimmed
        }
    }

    /// Whether `code` is `ancestor` or below it.
    public static func code(_ code: String, isWithin ancestor: String) -> Bool {
        let a = segments(ancestor), c = segments(code)
        return c.count >= a.count && Array(c.prefix(a.count)) == a
    }

    /// Whether `code` is in a named group (`capital`: 06–07, `current`: 01–05) or within a code.
    public static func code(_ code: String, matches selector: String, classification: Classification) -> Bool {
        let first = segments(code).first.flatMap { Int($0) }
        switch selector {
        case "capital" where classification == .economic: return first == 6 || first == 7
        case "current" where classification == .economic: return first.map { (1...5).contains($0) } ?? false
        default: return Self.code(code, isWithin: selector)
        }
    }
}
