import SenaryoEngine

/// The rules that span rows: unique keys, existing parents and goals, no cycles.
struct DatasetValidator {
    let goalsPresent: Bool
    /// Each file's header, to name the column of a cross-row error.
    let headers: [String: [String]]
    private(set) var diagnostics: [Diagnostic] = []

    /// Codes of every goals.csv row, valid or not; nil when goals.csv could not be read at all
    /// (then references to goals are not checked: the file's own errors say what is wrong).
    let goalCodesSeen: Set<String>?
    /// `year|classification|code` of every budget.csv row, valid or not.
    let budgetKeysSeen: Set<String>?

    init(goalsPresent: Bool, headers: [String: [String]], goalCodesSeen: Set<String>?, budgetKeysSeen: Set<String>?) {
        self.goalsPresent = goalsPresent
        self.headers = headers
        self.goalCodesSeen = goalCodesSeen
        self.budgetKeysSeen = budgetKeysSeen
    }

    mutating func check(goals: [(line: Int, goal: Goal)], indicators: [(line: Int, indicator: Indicator)],
                        budget: [(line: Int, budgetLine: BudgetLine)], series: [(line: Int, point: SeriesPoint)]) {
        checkGoals(goals)
        checkIndicators(indicators, goalCodes: goalCodesSeen)
        checkBudget(budget)
        checkSeries(series)
    }

    private mutating func error(_ file: String, _ line: Int, _ field: String, _ message: String) {
        let column = headers[file]?.firstIndex(of: field).map { $0 + 1 }
        diagnostics.append(Diagnostic(file: file, line: line, column: column, field: field, message: message))
    }

    private mutating func checkGoals(_ goals: [(line: Int, goal: Goal)]) {
        var firstLine: [String: Int] = [:]
        for (line, goal) in goals {
            if let previous = firstLine[goal.code] {
                error("goals.csv", line, "code", "\(Diagnostic.quote(goal.code)) is a duplicate (first defined on line \(previous))")
            } else {
                firstLine[goal.code] = line
            }
        }
        let parents = Dictionary(goals.map { ($0.goal.code, $0.goal.parent) }, uniquingKeysWith: { first, _ in first })
        for (line, goal) in goals {
            if let parent = goal.parent, firstLine[parent] == nil, goalCodesSeen?.contains(parent) != true {
                error("goals.csv", line, "parent", "\(Diagnostic.quote(parent)) is not a code in goals.csv")
            }
            if let related = goal.related, firstLine[related] == nil, goalCodesSeen?.contains(related) != true {
                error("goals.csv", line, "related", "\(Diagnostic.quote(related)) is not a code in goals.csv")
            }
        }
        for cycle in Self.cycles(in: parents, order: goals.compactMap { firstLine[$0.goal.code] == $0.line ? $0.goal.code : nil }) {
            error("goals.csv", firstLine[cycle[0]]!, "parent", "forms a cycle: \(Self.describe(cycle, \.self))")
        }
    }

    private mutating func checkIndicators(_ indicators: [(line: Int, indicator: Indicator)], goalCodes: Set<String>?) {
        var firstLine: [String: Int] = [:]
        for (line, indicator) in indicators {
            let key = "\(indicator.code)|\(indicator.year)"
            if let previous = firstLine[key] {
                error("indicators.csv", line, "code", "\(Diagnostic.quote(indicator.code)) appears twice for year \(indicator.year) (first on line \(previous))")
            } else {
                firstLine[key] = line
            }
            if let goal = indicator.goal, goalsPresent, let goalCodes, !goalCodes.contains(goal) {
                error("indicators.csv", line, "goal", "\(Diagnostic.quote(goal)) is not a code in goals.csv")
            }
            if let weight = indicator.weightPct, weight < .zero || weight > .hundred {
                error("indicators.csv", line, "weight_pct", "\(weight) is outside 0..100 (a weight is a percentage of its objective)")
            }
        }
    }

    private mutating func checkBudget(_ lines: [(line: Int, budgetLine: BudgetLine)]) {
        // Keys are values, not interpolated strings: a national budget has millions of lines.
        var firstLine: [LineKey: Int] = [:]
        firstLine.reserveCapacity(lines.count)
        for (line, budgetLine) in lines {
            let k = LineKey(budgetLine.year, budgetLine.classification, budgetLine.code)
            if let previous = firstLine[k] {
                error("budget.csv", line, "code", "\(Diagnostic.quote(budgetLine.code)) appears twice for \(budgetLine.year) \(budgetLine.classification.rawValue) (first on line \(previous))")
            } else {
                firstLine[k] = line
            }
        }
        var parents: [LineKey: LineKey?] = [:]
        parents.reserveCapacity(lines.count)
        for (_, l) in lines { parents[LineKey(l.year, l.classification, l.code)] = l.parent.map { LineKey(l.year, l.classification, $0) } }
        for (line, l) in lines {
            if let parent = l.parent, firstLine[LineKey(l.year, l.classification, parent)] == nil,
               budgetKeysSeen?.contains("\(l.year)|\(l.classification.rawValue)|\(parent)") != true {
                error("budget.csv", line, "parent", "\(Diagnostic.quote(parent)) is not a \(l.classification.rawValue) line of \(l.year) in budget.csv")
            }
        }
        let order = lines.compactMap { entry -> LineKey? in
            let k = LineKey(entry.budgetLine.year, entry.budgetLine.classification, entry.budgetLine.code)
            return firstLine[k] == entry.line ? k : nil
        }
        for cycle in Self.cycles(in: parents, order: order) {
            error("budget.csv", firstLine[cycle[0]]!, "parent", "forms a cycle: \(Self.describe(cycle, \.code))")
        }
    }

    /// A budget line's identity: year, classification and code.
    struct LineKey: Hashable {
        var year: Int
        var classification: Classification
        var code: String
        init(_ year: Int, _ classification: Classification, _ code: String) {
            self.year = year
            self.classification = classification
            self.code = code
        }
    }

    private mutating func checkSeries(_ points: [(line: Int, point: SeriesPoint)]) {
        var firstLine: [String: Int] = [:]
        for (line, point) in points {
            let key = "\(point.series)|\(point.year)|\(point.period ?? "")"
            if let previous = firstLine[key] {
                let when = point.period.map { "\(point.year) \($0)" } ?? "\(point.year)"
                error("series.csv", line, "series", "\(Diagnostic.quote(point.series)) has two values for \(when) (first on line \(previous))")
            } else {
                firstLine[key] = line
            }
        }
    }

    /// Every cycle of the parent links, each once, starting at its member that comes first in
    /// `order` (the keys in file order) and ending where it starts: `A → B → A`.
    ///
    /// Linear: each key is walked once (a path is followed until it reaches a key seen before),
    /// so a 20 000-deep chain or a 10 000-member cycle costs as little as a flat list.
    static func cycles<Key: Hashable>(in parents: [Key: Key?], order: [Key]) -> [[Key]] {
        var position: [Key: Int] = [:]
        position.reserveCapacity(order.count)
        for (index, key) in order.enumerated() where position[key] == nil { position[key] = index }
        var onPath: [Key: Int] = [:]  // index in `path` of the keys of the walk in progress
        var done: Set<Key> = []
        var found: [[Key]] = []
        for start in order where !done.contains(start) {
            var path: [Key] = []
            var current: Key? = start
            while let key = current, !done.contains(key) {
                if let index = onPath[key] {
                    // The walk came back to itself: path[index...] is a cycle.
                    let members = Array(path[index...])
                    let first = members.indices.min { position[members[$0]] ?? .max < position[members[$1]] ?? .max }!
                    let rotated = Array(members[first...] + members[..<first])
                    found.append(rotated + [rotated[0]])
                    break
                }
                onPath[key] = path.count
                path.append(key)
                current = parents[key] ?? nil
            }
            for key in path { done.insert(key); onPath[key] = nil }
        }
        return found.sorted { position[$0[0]] ?? .max < position[$1[0]] ?? .max }
    }

    /// `A → B → A`; a long cycle shows its first members and how many it has.
    static func describe<Key>(_ cycle: [Key], _ code: (Key) -> String) -> String {
        let limit = 12
        guard cycle.count > limit + 1 else { return cycle.map(code).joined(separator: " → ") }
        return cycle.prefix(limit).map(code).joined(separator: " → ") + " → … → \(code(cycle[0])) (\(cycle.count - 1) members)"
    }
}
