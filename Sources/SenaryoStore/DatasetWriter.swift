import Foundation
import GRDB
import SenaryoEngine

/// Inserts one dataset's rows with prepared statements, inside the caller's transaction.
struct DatasetWriter {
    let db: Database
    let dataset: Dataset
    let isCancelled: @Sendable () -> Bool

    /// How often (in rows) the cancellation flag is polled.
    private static let pollInterval = 4096

    func insert(origin: String?, loadedAt: String, image: DatasetImage.Encoding) throws {
        let m = dataset.manifest
        var extraColumns: [String: [String]] = [:]
        if let names = dataset.goals.first(where: { !$0.extra.isEmpty })?.extra.names { extraColumns["goals.csv"] = names }
        if let names = dataset.indicators.first(where: { !$0.extra.isEmpty })?.extra.names { extraColumns["indicators.csv"] = names }
        if let names = dataset.budget.first(where: { !$0.extra.isEmpty })?.extra.names { extraColumns["budget.csv"] = names }
        if let names = dataset.series.first(where: { !$0.extra.isEmpty })?.extra.names { extraColumns["series.csv"] = names }
        let c = dataset.counts
        // An upsert, not delete-and-insert: deleting the row would cascade to the dataset's
        // scenarios, and replacing a dataset with next quarter's data must keep them.
        for table in ["goal", "indicator", "budget_line", "series_point"] {
            try db.execute(sql: "DELETE FROM \(table) WHERE dataset_id = ?", arguments: [m.id])
        }
        try db.execute(sql: """
            INSERT INTO dataset (id, institution, title, kind, year, plan_period, currency, number_format, delimiter,
                source, notes, origin, loaded_at, goal_count, indicator_count, budget_count, series_count, extra_columns)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET institution = excluded.institution, title = excluded.title, kind = excluded.kind,
                year = excluded.year, plan_period = excluded.plan_period, currency = excluded.currency,
                number_format = excluded.number_format, delimiter = excluded.delimiter, source = excluded.source,
                notes = excluded.notes, origin = excluded.origin, loaded_at = excluded.loaded_at,
                goal_count = excluded.goal_count, indicator_count = excluded.indicator_count,
                budget_count = excluded.budget_count, series_count = excluded.series_count,
                extra_columns = excluded.extra_columns
            """, arguments: [m.id, m.institution, m.title, m.kind.rawValue, m.year, m.planPeriod, m.currency,
                             m.numberFormat.rawValue, String(m.delimiter), m.source, m.notes, origin, loadedAt,
                             c.goals, c.indicators, c.budgetLines, c.seriesPoints,
                             RecordMapping.encodeExtraColumns(extraColumns)])

        let goal = try db.makeStatement(sql: """
            INSERT INTO goal (dataset_id, position, code, parent, level, title, responsible, related,
                reported_performance_pct, extra) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (position, g) in dataset.goals.enumerated() {
            try poll(position)
            try goal.execute(arguments: [m.id, position, g.code, g.parent, g.level.rawValue, g.title, g.responsible,
                                         g.related, g.reportedPerformancePct?.description, RecordMapping.encodeExtra(g.extra)])
        }

        var indicator = try RowInserter(db, sql: """
            INSERT INTO indicator (dataset_id, position, code, goal, year, name, unit, direction, aggregation, weight_pct,
                baseline, baseline_year, target, q1, q2, q3, q4, actual, reported_rate_pct, reported_status,
                responsible, source, extra, aggregation_declared)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (position, i) in dataset.indicators.enumerated() {
            try poll(position)
            indicator.bind(m.id); indicator.bind(position); indicator.bind(i.code); indicator.bind(i.goal); indicator.bind(i.year)
            indicator.bind(i.name); indicator.bind(i.unit); indicator.bind(i.direction.rawValue); indicator.bind(i.effectiveAggregation.rawValue)
            indicator.bind(i.weightPct); indicator.bind(i.baseline); indicator.bind(i.baselineYear); indicator.bind(i.target)
            for quarter in i.quarters { indicator.bind(quarter) }
            indicator.bind(i.actual); indicator.bind(i.reportedRatePct); indicator.bind(i.reportedStatus); indicator.bind(i.responsible)
            indicator.bind(i.source); indicator.bind(RecordMapping.encodeExtra(i.extra)); indicator.bind(i.aggregation == nil ? 0 : 1)
            try indicator.insert()
        }

        var budget = try RowInserter(db, sql: """
            INSERT INTO budget_line (dataset_id, position, year, classification, code, parent, name, initial, added,
                deducted, revised, spent, cancelled, reported_rate_pct, reported_change_pct, extra)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (position, b) in dataset.budget.enumerated() {
            try poll(position)
            budget.bind(m.id); budget.bind(position); budget.bind(b.year); budget.bind(b.classification.rawValue); budget.bind(b.code)
            budget.bind(b.parent); budget.bind(b.name); budget.bind(b.initial); budget.bind(b.added); budget.bind(b.deducted)
            budget.bind(b.revised); budget.bind(b.spent); budget.bind(b.cancelled); budget.bind(b.reportedRatePct)
            budget.bind(b.reportedChangePct); budget.bind(RecordMapping.encodeExtra(b.extra))
            try budget.insert()
        }

        let series = try db.makeStatement(sql: """
            INSERT INTO series_point (dataset_id, position, series, name, unit, year, period, value,
                reported_change_pct, source, extra) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (position, s) in dataset.series.enumerated() {
            try poll(position)
            try series.execute(arguments: [m.id, position, s.series, s.name, s.unit, s.year, s.period, s.value.description,
                                           s.reportedChangePct?.description, s.source, RecordMapping.encodeExtra(s.extra)])
        }
        try poll(0)
        try db.execute(sql: """
            INSERT OR REPLACE INTO dataset_image (dataset_id, revision, format, bytes) VALUES (?, ?, ?, ?)
            """, arguments: [m.id, Int64.random(in: 1...Int64.max), Int(DatasetImage.version), Data(image.bytes())])
    }

    private func poll(_ position: Int) throws {
        if position % Self.pollInterval == 0, isCancelled() { throw WorkspaceError.cancelled }
    }
}
