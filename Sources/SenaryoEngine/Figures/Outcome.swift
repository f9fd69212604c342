/// A derived figure: a value, or an explicit reason why there is none.
///
/// Formulas meet missing inputs, zero targets and targets equal to their baseline in real
/// reports; those give `.undefined` with the reason, never a crash or NaN.
public enum Outcome: Sendable, Hashable {
    case value(ExactDecimal)
    case undefined(String)

    public var value: ExactDecimal? {
        if case .value(let v) = self { return v }
        return nil
    }

    public var reason: String? {
        if case .undefined(let r) = self { return r }
        return nil
    }
}
