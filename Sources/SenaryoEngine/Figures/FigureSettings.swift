/// The settings derived figures depend on. Reports differ in these, so they are choices with
/// the İzleme Rehberi's defaults, and every output says which were used.
public struct FigureSettings: Sendable, Hashable {
    /// Status band limits, in percent.
    public var bands: StatusBands
    /// Which formula feeds an indicator's status.
    public var basis: BasisRule
    /// Decimals shown for percentages (values are kept exact; only display rounds).
    public var percentDecimals: Int
    /// Language of status labels.
    public var language: Language
    /// Whether an objective's roll-up divides by the weights' total when they do not add to 100.
    public var normalisesWeights: Bool
    /// Which amount a budget line's year-on-year change compares.
    public var changeBasis: BudgetAmount
    /// Whether a missing baseline (A, printed "-") counts as 0 in (C − A) / (B − A), as
    /// strategic-plan evaluation tables do for indicators new in the plan; else undefined.
    public var missingBaselineIsZero: Bool
    /// Whether a roll-up counts an indicator's rate above 100 as 100.
    public var rollup: RollupCapping
    /// How numbers typed at the prompt and in scripts are read (`75.000` is 75 000 under `tr`);
    /// nil: as the dataset in use writes its CSV files (its `number_format`). Not a figure
    /// setting, but a session choice `settings` shows and `settings reset` restores with the rest.
    public var numbers: NumberFormat?

    public init(bands: StatusBands = .izlemeRehberi, basis: BasisRule = .automatic, percentDecimals: Int = 2,
                language: Language = .turkish, normalisesWeights: Bool = true, changeBasis: BudgetAmount = .initial,
                missingBaselineIsZero: Bool = true, rollup: RollupCapping = .capped, numbers: NumberFormat? = nil) {
        self.numbers = numbers
        self.missingBaselineIsZero = missingBaselineIsZero
        self.rollup = rollup
        self.bands = bands
        self.basis = basis
        self.percentDecimals = percentDecimals
        self.language = language
        self.normalisesWeights = normalisesWeights
        self.changeBasis = changeBasis
    }

    public static let standard = FigureSettings()

    public enum Language: String, Sendable, CaseIterable {
        case turkish = "tr"
        case english = "en"
    }
}

/// How a roll-up (an objective's performance from its indicators) counts a rate above 100.
public enum RollupCapping: String, Sendable, CaseIterable {
    /// At most 100, as the strategic planning guide counts it: one indicator far above its
    /// target cannot make up for others far below theirs.
    case capped
    /// As derived: the rate each indicator's own status uses.
    case uncapped

    /// The other rule, for comparisons.
    public var other: RollupCapping { self == .capped ? .uncapped : .capped }

    /// What outputs that show roll-ups say about the rule.
    public var phrase: String {
        self == .capped ? "indicator rates capped at 100 in roll-ups" : "indicator rates not capped in roll-ups"
    }
}

/// Which formula an indicator's status comes from.
public enum Basis: String, Sendable, CaseIterable {
    /// Strategic-plan performance (C − A) / (B − A).
    case performance
    /// Performance-program realisation C / B (B / C when less is better).
    case realisation
}

/// How the basis is chosen for each indicator.
public enum BasisRule: String, Sendable, CaseIterable {
    /// Strategic-plan rows (a strategic-plan dataset, or an indicator with a weight in its
    /// objective, Hedefe Etkisi) use performance; monitoring rows use realisation.
    case automatic = "auto"
    case performance
    case realisation

    public func basis(for indicator: Indicator, in kind: DocumentKind) -> Basis {
        switch self {
        case .performance: return .performance
        case .realisation: return .realisation
        case .automatic: return kind == .strategicPlan || indicator.weightPct != nil ? .performance : .realisation
        }
    }
}

/// One of a budget line's amounts.
public enum BudgetAmount: String, Sendable, CaseIterable, Codable {
    case initial, added, deducted, revised, spent, cancelled

    public func of(_ line: BudgetLine) -> ExactDecimal? {
        switch self {
        case .initial: line.initial
        case .added: line.added
        case .deducted: line.deducted
        case .revised: line.effectiveRevised
        case .spent: line.spent
        case .cancelled: line.cancelled
        }
    }
}

/// The six amounts of a budget line, any of them missing. A struct, not a dictionary: a national
/// budget has millions of lines, and hashing was most of the time spent analysing them.
public struct BudgetAmounts: Sendable, Hashable {
    public var initial, added, deducted, revised, spent, cancelled: ExactDecimal?

    public init() {}

    public subscript(amount: BudgetAmount) -> ExactDecimal? {
        get {
            switch amount {
            case .initial: initial
            case .added: added
            case .deducted: deducted
            case .revised: revised
            case .spent: spent
            case .cancelled: cancelled
            }
        }
        set {
            switch amount {
            case .initial: initial = newValue
            case .added: added = newValue
            case .deducted: deducted = newValue
            case .revised: revised = newValue
            case .spent: spent = newValue
            case .cancelled: cancelled = newValue
            }
        }
    }

    /// The amounts present, in `BudgetAmount` order.
    public var pairs: [(amount: BudgetAmount, value: ExactDecimal)] {
        BudgetAmount.allCases.compactMap { amount in self[amount].map { (amount, $0) } }
    }
}
