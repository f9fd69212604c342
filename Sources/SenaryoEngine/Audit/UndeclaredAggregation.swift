extension ReportAudit {
    /// The stated year-end of an indicator that declares no aggregation, against every rule.
    ///
    /// Holding such a row to the default `last` raised false errors: counts of distinct people
    /// or workplaces per quarter have a year-end with those counted in several quarters
    /// removed, which is neither the sum nor the last quarter. Nothing here is an error (the
    /// report never said how it aggregates); a declared rule that disagrees stays one.
    /// Checked only when all four quarters are reported, as for a declared rule.
    func undeclaredAggregationFinding(_ indicator: Indicator, key: String) -> Finding? {
        guard indicator.aggregation == nil, let actual = indicator.actual else { return nil }
        let quarters = indicator.quarters.compactMap { $0 }
        guard quarters.count == 4 else { return nil }
        let tried = Aggregation.allCases.map { (rule: $0, value: IndicatorFigures.aggregate(indicator.quarters, $0)!) }
        // At the precision the year-end is printed: a mean of 14.333… printed 14.33 is the mean.
        let matching = tried.filter { PrintedValue.compare(printed: actual, derived: $0.value) == .agrees }.map(\.rule)
        if let first = matching.first {
            let described = matching.map(Self.describe).joined(separator: " and ")
            return Finding(.note, table: "indicators.csv", key: key, column: "aggregation", stated: nil,
                           derived: matching.map(\.rawValue).joined(separator: " "),
                           message: "no aggregation declared; the stated year-end \(actual) is \(described): declare `\(first.rawValue)` to have it checked")
        }
        let values = tried.map { "\($0.rule.rawValue) \($0.value.normalized)" }.joined(separator: ", ")
        let largest = quarters.max()!, sum = quarters.reduce(ExactDecimal.zero, +)
        // A count with duplicates removed lies between the largest quarter and the sum.
        let reason = largest <= actual && actual <= sum
            ? "likely a count of distinct people or units, those counted in more than one quarter removed from the year-end"
            : "it is outside what the quarters can give (from the largest quarter \(largest) to their sum \(sum)): check the year-end and the quarters"
        return Finding(.note, table: "indicators.csv", key: key, column: "actual", stated: actual.description, derived: nil,
                       message: "no aggregation declared, and no rule gives the stated year-end (tried \(values)); \(reason)")
    }

    private static func describe(_ rule: Aggregation) -> String {
        switch rule {
        case .sum: "the sum of the quarters"
        case .last: "the last quarter"
        case .mean: "the mean of the quarters"
        }
    }
}
