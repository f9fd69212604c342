extension ReportAudit {
    /// Investment project lines against the capital line (economic code 6) of the same year.
    ///
    /// Project lines are a part of the budget, not a split of it, so they are never compared
    /// with a stated total. They are mostly capital spending: a project total above the capital
    /// line is worth a look, but a report may count other lines in its projects, so it is a
    /// note. A total at or below the capital line is what is expected: nothing to report.
    func projectFindings(_ analysis: BudgetAnalysis) -> [Finding] {
        var findings: [Finding] = []
        for total in analysis.totals where total.classification == .project {
            guard let capital = analysis.lines.first(where: {
                $0.line.year == total.year && $0.line.classification == .economic && $0.depth == 0 && Self.capitalCodes.contains($0.line.code)
            }) else { continue }
            for amount in [BudgetAmount.initial, .revised, .spent] {
                guard let projects = total.amounts[amount], let capitalAmount = capital.amounts[amount], projects > capitalAmount else { continue }
                findings.append(Finding(.note, table: "budget.csv", key: "\(total.year) project", column: amount.rawValue,
                                        stated: projects.description, derived: capitalAmount.description,
                                        message: "the project lines add up to \(projects), more than the capital line \(capital.line.code) (\(capitalAmount)): projects are mostly capital spending, unless the report counts other lines in them"))
            }
        }
        return findings
    }

    /// Economic level 1 code of capital spending (Sermaye Giderleri), as reports write it.
    static let capitalCodes: Set<String> = ["6", "06"]
}
