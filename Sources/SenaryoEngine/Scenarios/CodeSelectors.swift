/// Budget code selectors (`6`, `06.1`, `capital`, `current`) matched against many lines at once.
///
/// `BudgetCodes.code(_:matches:classification:)` answers for one line and one selector; a
/// national `grow` names a hold and a rate for each of 400 administrations over 200 000 lines,
/// and asking every selector for every line was quadratic. This index normalises each selector
/// once (`06.1` → `6.1`) and looks up each line's own prefixes instead: linear in the lines.
struct CodeSelectors<Value> {
    private var byPrefix: [String: (value: Value, depth: Int)] = [:]
    private var capital: Value?
    private var current: Value?
    private let classification: Classification

    /// `entries` in the order given: the first of two selectors for the same code wins, as
    /// `max(by:)` over the list did.
    init(_ entries: [(selector: String, value: Value)], classification: Classification) {
        self.classification = classification
        for (selector, value) in entries {
            if classification == .economic && selector == "capital" {
                if capital == nil { capital = value }
            } else if classification == .economic && selector == "current" {
                if current == nil { current = value }
            } else {
                let segments = BudgetCodes.segments(selector)
                let key = segments.joined(separator: ".")
                if byPrefix[key] == nil { byPrefix[key] = (value, segments.count) }
            }
        }
    }

    var isEmpty: Bool { byPrefix.isEmpty && capital == nil && current == nil }

    /// The most specific selector covering `code`: the one with the most segments; a group
    /// (`capital`, `current`) counts as one segment, and among equals the earlier given wins.
    func match(_ code: String, order: [String: Int]) -> Value? {
        var best: (value: Value, depth: Int, order: Int)?
        func consider(_ value: Value, depth: Int, order position: Int) {
            guard let current = best else { best = (value, depth, position); return }
            if depth > current.depth || (depth == current.depth && position < current.order) { best = (value, depth, position) }
        }
        var first: Int?
        let lookUp = !byPrefix.isEmpty
        BudgetCodes.forEachPrefix(of: code) { key, depth in
            if depth == 1 { first = Int(key) }
            if lookUp, let hit = byPrefix[key] { consider(hit.value, depth: hit.depth, order: order[key] ?? 0) }
        }
        if capital != nil || current != nil, let first {
            if let capital, first == 6 || first == 7 { consider(capital, depth: 1, order: order["capital"] ?? 0) }
            if let current, (1...5).contains(first) { consider(current, depth: 1, order: order["current"] ?? 0) }
        }
        return best?.value
    }

    /// The normalised form a selector is looked up by, and its position among `selectors`
    /// (first occurrence), for breaking ties between equally specific selectors.
    static func order(of selectors: [String], classification: Classification) -> [String: Int] {
        var order: [String: Int] = [:]
        for (position, selector) in selectors.enumerated() {
            let key = classification == .economic && (selector == "capital" || selector == "current")
                ? selector : BudgetCodes.segments(selector).joined(separator: ".")
            if order[key] == nil { order[key] = position }
        }
        return order
    }
}

extension BudgetCodes {
    /// Every normalised prefix of the codes (`6`, `6.1`, `6.1.2` for `06.1.02`): what a
    /// selector must be one of to select at least one line.
    static func prefixes<S: Sequence<String>>(of codes: S) -> Set<String> {
        var result = Set<String>()
        for code in codes { forEachPrefix(of: code) { key, _ in result.insert(key) } }
        return result
    }

    /// Calls `body` with each normalised prefix of `code` and its depth in segments (`6`, 1;
    /// `6.1`, 2; `6.1.2`, 3 for `06.1.02`): `segments(code)` joined up to each segment, built
    /// in one pass over the bytes (a national growth asks this of every line).
    static func forEachPrefix(of code: String, _ body: (String, Int) -> Void) {
        var key: [UInt8] = []
        key.reserveCapacity(code.utf8.count)
        var depth = 0
        var segment: [UInt8] = []
        func close() {
            guard !segment.isEmpty else { return }  // empty segments are skipped, as `split` does
            var start = 0
            while start < segment.count - 1, segment[start] == UInt8(ascii: "0") { start += 1 }
            if depth > 0 { key.append(UInt8(ascii: ".")) }
            key += segment[start...]
            depth += 1
            segment.removeAll(keepingCapacity: true)
            body(String(decoding: key, as: UTF8.self), depth)
        }
        for byte in code.utf8 {
            if byte == UInt8(ascii: ".") { close() } else { segment.append(byte) }
        }
        close()
    }
}
