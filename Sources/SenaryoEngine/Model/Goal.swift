/// A node of the plan hierarchy (goals.csv): an aim, objective, program, activity, ...
public struct Goal: Sendable, Hashable {
    public var code: String
    public var parent: String?
    public var level: GoalLevel
    public var title: String
    public var responsible: String?
    /// A node in another branch this one serves (e.g. a subprogram objective's strategic aim).
    public var related: String?
    /// The performance the report itself states for this node.
    public var reportedPerformancePct: ExactDecimal?
    public var extra: ExtraFields

    public init(code: String, parent: String? = nil, level: GoalLevel, title: String, responsible: String? = nil,
                related: String? = nil, reportedPerformancePct: ExactDecimal? = nil, extra: ExtraFields = .none) {
        self.code = code
        self.parent = parent
        self.level = level
        self.title = title
        self.responsible = responsible
        self.related = related
        self.reportedPerformancePct = reportedPerformancePct
        self.extra = extra
    }
}
