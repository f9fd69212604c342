/// One budget line in one year and classification (budget.csv). Amounts are in the dataset's currency.
public struct BudgetLine: Sendable, Hashable {
    public var year: Int
    public var classification: Classification
    public var code: String
    public var parent: String?
    public var name: String
    /// KBÖ: the appropriation in the budget law.
    public var initial: ExactDecimal?
    public var added: ExactDecimal?
    public var deducted: ExactDecimal?
    /// The final appropriation as the report states it; see `effectiveRevised` for the derived one.
    public var revised: ExactDecimal?
    public var spent: ExactDecimal?
    public var cancelled: ExactDecimal?
    public var reportedRatePct: ExactDecimal?
    public var reportedChangePct: ExactDecimal?
    public var extra: ExtraFields

    public init(year: Int, classification: Classification, code: String, parent: String? = nil, name: String,
                initial: ExactDecimal? = nil, added: ExactDecimal? = nil, deducted: ExactDecimal? = nil,
                revised: ExactDecimal? = nil, spent: ExactDecimal? = nil, cancelled: ExactDecimal? = nil,
                reportedRatePct: ExactDecimal? = nil, reportedChangePct: ExactDecimal? = nil,
                extra: ExtraFields = .none) {
        self.year = year
        self.classification = classification
        self.code = code
        self.parent = parent
        self.name = name
        self.initial = initial
        self.added = added
        self.deducted = deducted
        self.revised = revised
        self.spent = spent
        self.cancelled = cancelled
        self.reportedRatePct = reportedRatePct
        self.reportedChangePct = reportedChangePct
        self.extra = extra
    }

    /// The final appropriation: as stated, or `initial + added − deducted` when the report
    /// gives the parts (a missing `added`/`deducted` counts as none).
    public var effectiveRevised: ExactDecimal? {
        if let revised { return revised }
        guard let initial, added != nil || deducted != nil else { return nil }
        return initial + (added ?? .zero) - (deducted ?? .zero)
    }
}
