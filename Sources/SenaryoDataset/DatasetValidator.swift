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
                error("goals.csv", line, "code", "\"\(goal.code)\" is a duplicate (first defined on line \(previous))")
            } else {
                firstLine[goal.code] = line
            }
        }
        let parents = Dictionary(goals.map { ($0.goal.code, $0.goal.parent) }, uniquingKeysWith: { first, _ in first })
        for (line, goal) in goals {
            if let parent = goal.parent, firstLine[parent] == nil, goalCodesSeen?.contains(parent) != true {
                error("goals.csv", line, "parent", "\"\(parent)\" is not a code in goals.csv")
            }
            if let related = goal.related, firstLine[related] == nil, goalCodesSeen?.contains(related) != true {
                error("goals.csv", line, "related", "\"\(related)\" is not a code in goals.csv")
            }
        }
        for (line, goal) in goals {
            if let cycle = Self.cycle(from: goal.code, parents: parents), cycle.first == goal.code, firstLine[goal.code] == line {
                error("goals.csv", line, "parent", "forms a cycle: \(cycle.joined(separator: " → "))")
            }
        }
    }

    private mutating func checkIndicators(_ indicators: [(line: Int, indicator: Indicator)], goalCodes: Set<String>?) {
        var firstLine: [String: Int] = [:]
        for (line, indicator) in indicators {
            let key = "\(indicator.code)|\(indicator.year)"
            if let previous = firstLine[key] {
                error("indicators.csv", line, "code", "\"\(indicator.code)\" appears twice for year \(indicator.year) (first on line \(previous))")
            } else {
                firstLine[key] = line
            }
            if let goal = indicator.goal, goalsPresent, let goalCodes, !goalCodes.contains(goal) {
                error("indicators.csv", line, "goal", "\"\(goal)\" is not a code in goals.csv")
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
                error("budget.csv", line, "code", "\"\(budgetLine.code)\" appears twice for \(budgetLine.year) \(budgetLine.classification.rawValue) (first on line \(previous))")
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
                error("budget.csv", line, "parent", "\"\(parent)\" is not a \(l.classification.rawValue) line of \(l.year) in budget.csv")
            }
        }
        for (line, l) in lines {
            let k = LineKey(l.year, l.classification, l.code)
            if let cycle = Self.cycle(from: k, parents: parents), cycle.first == k, firstLine[k] == line {
                error("budget.csv", line, "parent", "forms a cycle: \(cycle.map(\.code).joined(separator: " → "))")
            }
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
                error("series.csv", line, "series", "\"\(point.series)\" has two values for \(when) (first on line \(previous))")
            } else {
                firstLine[key] = line
            }
        }
    }

    /// The cycle reached by following parents from `start`, if `start` is on it.
    static func cycle<Key: Hashable>(from start: Key, parents: [Key: Key?]) -> [Key]? {
        var path = [start]
        var seen: Set<Key> = [start]
        var current = start
        while let next = parents[current] ?? nil {
            if next == start { return path + [start] }
            if seen.contains(next) { return nil }  // a cycle further up, reported from its own members
            seen.insert(next)
            path.append(next)
            current = next
        }
        return nil
    }
}
