/// The closed vocabularies of the dataset format. Each raw value is what the CSV or YAML holds.

/// What kind of document a dataset was transcribed from.
public enum DocumentKind: String, Sendable, CaseIterable, Codable {
    case strategicPlan = "strategic-plan"
    case performanceProgram = "performance-program"
    case activityReport = "activity-report"

    /// Whether the document is about one monitoring year, so `year` is required.
    public var requiresYear: Bool { self != .strategicPlan }
}

/// A node's place in the plan hierarchy.
public enum GoalLevel: String, Sendable, CaseIterable, Codable {
    case aim
    case objective
    case performanceTarget = "performance_target"
    case program
    case subprogram
    case subprogramObjective = "subprogram_objective"
    case activity

    /// The Turkish term planners read in reports.
    public var turkishName: String {
        switch self {
        case .aim: "Amaç"
        case .objective: "Hedef"
        case .performanceTarget: "Performans Hedefi"
        case .program: "Program"
        case .subprogram: "Alt Program"
        case .subprogramObjective: "Alt Program Hedefi"
        case .activity: "Faaliyet"
        }
    }
}

/// Whether more or less of an indicator is better.
public enum Direction: String, Sendable, CaseIterable, Codable {
    case increase
    case decrease
}

/// How quarterly values make the year-end value.
public enum Aggregation: String, Sendable, CaseIterable, Codable {
    /// Flows: the year is the sum of the quarters.
    case sum
    /// Stocks and levels: the year is the last quarter reported.
    case last
    /// The mean of the quarters reported.
    case mean

    /// The rule for an indicator that declares none: stocks and levels are the common case.
    public static let `default`: Aggregation = .last
}

/// The budget classification a line belongs to.
public enum Classification: String, Sendable, CaseIterable, Codable {
    case economic
    case institutional
    case functional
    case project

    /// Whether the classification's lines add up to the whole budget, so that their total is
    /// the budget's total. Economic, institutional and functional lines each split the whole
    /// budget; investment project lines are a part of it (mostly of capital spending, economic
    /// code 6), so a stated budget total is never compared with them.
    public var coversWholeBudget: Bool { self != .project }

    public var turkishName: String {
        switch self {
        case .economic: "Ekonomik"
        case .institutional: "Kurumsal"
        case .functional: "Fonksiyonel"
        case .project: "Proje"
        }
    }
}

/// How numbers are written in a dataset's CSV files.
public enum NumberFormat: String, Sendable, CaseIterable, Codable {
    /// `1234567.89`
    case plain
    /// `1.234.567,89`, `%94,43`
    case tr
}
