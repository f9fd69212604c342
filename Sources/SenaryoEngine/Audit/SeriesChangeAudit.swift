extension ReportAudit {
    /// Each stated year-on-year change in series.csv (`reported_change_pct`) against the
    /// change the series' own values give, `(this − last) / last × 100`, with the same
    /// printed-precision rules and severities as budget lines and indicator rates.
    ///
    /// The other formulas reports use for a change are recognised (a warning, not an error):
    /// a difference in percentage points for a series in percent, and this year as a
    /// percentage of the last (138.8 printed for a rise of 38.8 %).
    func seriesFindings(_ dataset: Dataset) -> [Finding] {
        let points = dataset.series
        guard points.contains(where: { $0.reportedChangePct != nil }) else { return [] }
        let changes = SeriesFigures.changes(points)
        let previous = SeriesFigures.previousValues(points)
        var findings: [Finding] = []
        for index in points.indices {
            let point = points[index]
            guard let stated = point.reportedChangePct else { continue }
            let key = "\(point.series) \(point.year)" + (point.period.map { " \($0)" } ?? "")
            var alternatives: [(name: String, value: ExactDecimal)] = []
            if let last = previous[index] {
                if SeriesFigures.isPercentage(point) { alternatives.append(("the difference in percentage points", point.value - last)) }
                if let ratio = Formulas.percent(point.value, of: last).value { alternatives.append(("this year as a percentage of \(point.year - 1)", ratio)) }
            }
            compare(stated, changes[index], "series.csv", key, "reported_change_pct", "the change from \(point.year - 1)",
                    alternatives: alternatives, &findings)
        }
        return findings
    }
}

