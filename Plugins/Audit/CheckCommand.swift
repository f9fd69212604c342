import SenaryoEngine
import SenaryoKit

/// `check`: every disagreement between what a report states and what its numbers give.
struct CheckCommand: Command {
    let spec = CommandSpec(
        name: "check", group: "Audit",
        summary: "List every place where a report's stated figures disagree with its own numbers",
        discussion: """
            Compares, at the precision the report printed: stated rates and performances with \
            the derived ones (recognising truncation instead of rounding, and a figure computed \
            with the other formula), stated statuses with the band of the derived rate, quarters \
            with the stated year-end (by the declared aggregation; when none is declared every \
            rule is tried, and a year-end none gives, as de-duplicated counts have, is a note), \
            revised with initial + added − deducted, sub-lines with their parent, the totals \
            stated in series.csv (budget.total.*) with the lines of each classification that \
            covers the whole budget (economic, institutional, functional; project lines are a \
            part of it, noted only when they exceed the capital line 6), stated year-on-year \
            changes of budget lines and of series with the derived ones, revised − spent with \
            cancelled, objective weights with 100, and an objective's stated performance with \
            the weighted roll-up of its indicators (where the weights total 100). Severity: \
            error (no rounding or known method gives the stated value), warning (explainable, \
            worth a look), note (harmless: truncated instead of rounded, or how an undeclared \
            rule was read). In scripts the exit status is 1 when errors are found, unless \
            --warn-only.
            """,
        arguments: [ArgumentSpec("ids", valueName: "ID", help: "datasets to check (default: the one in use)", isOptional: true,
                                 isRepeating: true, completion: .datasetID)],
        options: [
            OptionSpec("all", help: "Check every dataset in the workspace."),
            OptionSpec("severity", valueName: "LEVEL", help: "Show only findings at least this severe: error, warning or note (default note: all).",
                       completion: .choices(Finding.Severity.allCases.map(\.rawValue))),
            OptionSpec("warn-only", help: "Report errors without failing (exit status 0 in scripts)."),
        ],
        examples: [
            CommandExample("check", "audit the dataset in use"),
            CommandExample("check --severity error", "only the figures no rounding explains"),
            CommandExample("check --all --format json --warn-only", "every dataset, for another tool, without failing"),
        ])

    func run(_ arguments: ParsedArguments, in context: any CommandContext) throws -> CommandOutput {
        var ids = arguments.strings("ids")
        if arguments.flag("all") { ids = try context.data.datasetSummaries().map(\.id) }
        if ids.isEmpty { ids = [try context.dataset(nil).id] }
        let threshold = try arguments.choice("severity", as: Finding.Severity.self) ?? .note
        let audit = ReportAudit(settings: context.settings)

        var rows: [[Value]] = []
        var blocks: [OutputBlock] = []
        var errorCount = 0
        for id in ids {
            let summary = try context.dataset(id)
            guard let dataset = try context.data.dataset(summary.id) else { continue }
            let findings = audit.findings(in: dataset)
            let counts = Dictionary(grouping: findings, by: \.severity).mapValues(\.count)
            errorCount += counts[.error] ?? 0
            let parts = Finding.Severity.allCases.compactMap { severity in
                counts[severity].map { "\($0) \(severity.rawValue)\($0 == 1 ? "" : "s")" }
            }
            let headline: String
            if findings.isEmpty {
                headline = "\(id): no disagreements"
            } else if counts[.error] == nil && counts[.warning] == nil {
                // Notes only (truncations, how an undeclared aggregation was read): nothing to fix.
                headline = "\(id): no errors or warnings (\(parts.joined(separator: ", ")))"
            } else {
                headline = "\(id): \(findings.count) disagreement\(findings.count == 1 ? "" : "s") (\(parts.joined(separator: ", ")))"
            }
            blocks.append(.message(headline))
            for finding in findings where finding.severity <= threshold {
                rows.append([.text(id), .text(finding.severity.rawValue), .text(finding.table), .text(finding.key), .text(finding.column),
                             .optional(finding.stated), .optional(finding.derived), .text(finding.message)])
            }
        }
        if !rows.isEmpty {
            blocks.append(.table(Table(columns: [
                Column("dataset", isShownInTable: ids.count > 1), Column("severity", importance: .essential),
                Column("table", importance: .detail), Column("key", importance: .essential, wraps: true), Column("column", importance: .detail),
                Column("stated", wraps: true), Column("derived", wraps: true),
                // The explanation is what the planner needs: wrapped, never cut.
                Column("message", maximumWidth: 90, importance: .essential, wraps: true),
            ], rows: rows)))
        }
        let failure = errorCount > 0 && !arguments.flag("warn-only")
            ? "check found \(errorCount) error\(errorCount == 1 ? "" : "s") (--warn-only to report without failing)" : nil
        return CommandOutput(blocks, failure: failure)
    }
}
