import SenaryoEngine

/// Tables that set scenarios side by side: `compare` and the consequences the what-if commands
/// show after each change. Value, Δ and Δ% per scenario; status flips marked.
public enum ComparisonTable {
    /// - Parameters:
    ///   - names: a column label per result, the first being the reference (baseline).
    ///   - sections: which kinds of rows to keep (nil: all).
    ///   - changedOnly: keep only rows where some value or status differs.
    public static func make(_ results: [ScenarioResult], names: [String], settings: FigureSettings,
                            sections: Set<Comparison.Row.Section>? = nil, changedOnly: Bool) -> Table {
        let comparison = Comparison(results, settings: settings, changedOnly: changedOnly)
        let decimals = settings.percentDecimals
        var columns = [Column("section", importance: .detail), Column("key", importance: .essential),
                       Column("name", maximumWidth: 36, importance: .detail), Column("measure", importance: .essential),
                       Column(names[0].replacingAll("-", with: "_"), header: names[0], importance: .essential)]
        for name in names.dropFirst() {
            let key = name.replacingAll("-", with: "_")
            columns += [Column(key, header: name, importance: .essential), Column(key + "_delta", header: "Δ"),
                        Column.percent(key + "_delta_pct", header: "Δ%", decimals: decimals)]
        }
        columns += [Column("status_" + names[0].replacingAll("-", with: "_"), header: "status", maximumWidth: 22)]
        for name in names.dropFirst() {
            columns.append(Column("status_" + name.replacingAll("-", with: "_"), header: "→ " + name, maximumWidth: 22))
        }
        columns.append(Column("flip", importance: .essential))
        var rows: [[Value]] = []
        for row in comparison.rows {
            if let sections, !sections.contains(row.section) { continue }
            if changedOnly && !row.isChanged { continue }
            let isPercent = row.measure == "rate" || row.measure == "performance"
            func show(_ value: ExactDecimal?) -> Value {
                value.map { isPercent ? .percent($0.normalized, decimals: decimals) : .decimal($0) } ?? .missing
            }
            // A goal's performance is a roll-up: say how rates above 100 were counted.
            let measure = row.section == .goal ? "\(row.measure) (\(settings.rollup.rawValue))" : row.measure
            var cells: [Value] = [.text(row.section.rawValue), .text(row.key), .text(row.name), .text(measure), show(row.values[0])]
            for value in row.values.dropFirst() {
                var delta: ExactDecimal?
                if let value, let base = row.values[0] { delta = value - base }
                let percent = delta.flatMap { d in row.values[0].flatMap { base in base.isZero ? nil : (d * .hundred).divided(by: base.magnitude)?.normalized } }
                cells += [show(value), show(delta), percent.map { .percent($0, decimals: decimals) } ?? .missing]
            }
            let statuses = row.statuses.isEmpty ? Array(repeating: StatusBand?.none, count: row.values.count) : row.statuses
            cells += statuses.map { Value.optional($0?.label(settings.language)) }
            cells.append(.text(row.flips ? "✱" : ""))
            rows.append(cells)
        }
        // Status columns only mean something for rates: hide them when no row has one.
        if !rows.contains(where: { row in row[(columns.count - names.count - 1)..<(columns.count - 1)].contains { $0 != .missing } }) {
            for index in (columns.count - names.count - 1)..<columns.count { columns[index].isShownInTable = false }
        }
        return Table(columns: columns, rows: rows)
    }

    /// The same table with only the rows whose status flipped (`--flips`); the caption says so.
    public static func flipsOnly(_ table: Table) -> Table {
        var flipped = table
        flipped.rows = table.rows.filter { $0.last == .text("✱") }
        flipped.caption = "\(flipped.rows.count) status flip\(flipped.rows.count == 1 ? "" : "s") (✱), of \(table.rows.count) row\(table.rows.count == 1 ? "" : "s") that moved"
        return flipped
    }

    /// What one change did: the rows that moved between `before` and `after`.
    public static func consequences(before: ScenarioResult, after: ScenarioResult, settings: FigureSettings) -> Table {
        var table = make([before, after], names: ["before", "after"], settings: settings, changedOnly: true)
        let flips = table.rows.filter { $0.last == .text("✱") }.count
        table.caption = "\(table.rows.count) figure\(table.rows.count == 1 ? "" : "s") moved" + (flips > 0 ? ", \(flips) status flip\(flips == 1 ? "" : "s") (✱)" : "")
        return table
    }
}
