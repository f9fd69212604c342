import SenaryoKit

/// The report audit: `check` lists where a report's stated figures disagree with its own numbers.
public struct AuditPlugin: Plugin {
    public init() {}

    public let name = "audit"
    public let summary = "Audit a report: stated rates, statuses, totals and sums against the derived ones"

    public var commands: [any Command] { [CheckCommand()] }
}
