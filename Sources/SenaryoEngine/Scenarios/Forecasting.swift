/// Year-end forecasts from the quarters known so far.
public enum Forecasting {
    public static func yearEnd(_ indicator: Indicator, _ method: Forecast) throws(ScenarioError) -> ExactDecimal {
        try unnormalizedYearEnd(indicator, method).normalized
    }

    static func unnormalizedYearEnd(_ indicator: Indicator, _ method: Forecast) throws(ScenarioError) -> ExactDecimal {
        let reported = indicator.quarters.prefix { $0 != nil }.compactMap { $0 }
        let known = Array(reported.prefix(method.knownQuarters ?? reported.count))
        guard !known.isEmpty else { throw ScenarioError("\(indicator.code) has no quarterly values to forecast from") }
        let n = ExactDecimal(known.count)
        switch method {
        case .runRate:
            switch indicator.effectiveAggregation {
            case .sum: return (known.sum() * 4).divided(by: n)!
            case .last: return known.last!
            case .mean: return known.sum().divided(by: n)!
            }
        case .linearTrend:
            let values = known + trend(known, count: 4 - known.count)
            switch indicator.effectiveAggregation {
            case .sum: return values.sum()
            case .last: return values.last!
            case .mean: return values.sum().divided(by: 4)!
            }
        case .seasonal(_, let profile):
            guard profile.count == 4 else { throw ScenarioError("a seasonal profile needs four quarterly values") }
            switch indicator.effectiveAggregation {
            case .sum:
                let share = profile.prefix(known.count).sum()
                guard !share.isZero else { throw ScenarioError("the profile's first \(known.count) quarters are zero") }
                return (known.sum() * profile.sum()).divided(by: share)!
            case .last, .mean:
                // Levels: scale the profile's later quarters by the ratio seen in the last known one.
                let anchor = profile[known.count - 1]
                guard !anchor.isZero else { throw ScenarioError("the profile's Q\(known.count) is zero") }
                let ratio = known.last!.divided(by: anchor)!
                let projected = known + profile.dropFirst(known.count).map { $0 * ratio }
                return indicator.effectiveAggregation == .last ? projected.last! : projected.sum().divided(by: 4)!
            }
        }
    }

    /// The next `count` values of the least-squares line through `values` (x = 1, 2, ...).
    static func trend(_ values: [ExactDecimal], count: Int) -> [ExactDecimal] {
        guard count > 0 else { return [] }
        let n = values.count
        guard n > 1 else { return Array(repeating: values[0], count: count) }
        let xs = (1...n).map { ExactDecimal($0) }
        let meanX = xs.sum().divided(by: ExactDecimal(n))!, meanY = values.sum().divided(by: ExactDecimal(n))!
        let sxy = zip(xs, values).map { ($0 - meanX) * ($1 - meanY) }.sum()
        let sxx = xs.map { ($0 - meanX) * ($0 - meanX) }.sum()
        let slope = sxy.divided(by: sxx)!
        return (n + 1...n + count).map { meanY + slope * (ExactDecimal($0) - meanX) }
    }
}
