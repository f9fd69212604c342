import Foundation
import GRDB
import SenaryoEngine

/// Conversions between engine records and rows. The only place that knows column names.
enum RecordMapping {
    static func summary(_ row: Row) -> DatasetSummary {
        let manifest = DatasetManifest(
            id: row["id"], institution: row["institution"], title: row["title"],
            kind: DocumentKind(rawValue: row["kind"]) ?? .activityReport, year: row["year"],
            planPeriod: row["plan_period"], currency: row["currency"],
            numberFormat: NumberFormat(rawValue: row["number_format"]) ?? .plain,
            delimiter: (row["delimiter"] as String).first ?? ",", source: row["source"], notes: row["notes"])
        let counts = DatasetCounts(goals: row["goal_count"], indicators: row["indicator_count"],
                                   budgetLines: row["budget_count"], seriesPoints: row["series_count"])
        return DatasetSummary(manifest: manifest, counts: counts, origin: row["origin"], loadedAt: row["loaded_at"])
    }

    /// file → extra column names, from the dataset row's JSON.
    static func extraColumns(_ row: Row) -> [String: [String]] {
        guard let json = row["extra_columns"] as String?, let data = json.data(using: .utf8) else { return [:] }
        return (try? JSONDecoder().decode([String: [String]].self, from: data)) ?? [:]
    }

    static func encodeExtraColumns(_ columns: [String: [String]]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return (try? encoder.encode(columns)).flatMap { String(data: $0, encoding: .utf8) } ?? "{}"
    }

    /// A row's extra values, as a JSON array aligned with the file's extra columns.
    static func encodeExtra(_ extra: ExtraFields) -> String? {
        guard !extra.isEmpty, let data = try? JSONEncoder().encode(extra.values) else { return nil }
        return String(data: data, encoding: .utf8)
    }

    // Rows are read by position, not by name: GRDB matches names case-insensitively, which
    // lowercases every name for every cell and was the largest cost of reading a big budget.

    static func decimal(_ row: Row, _ index: Int) -> ExactDecimal? {
        (row[index] as String?).flatMap(ExactDecimal.init)
    }

    static func extra(_ row: Row, _ index: Int, names: [String]?) -> ExtraFields {
        guard let names, !names.isEmpty, let json = row[index] as String?, let data = json.data(using: .utf8),
              let values = try? JSONDecoder().decode([String].self, from: data), values.count == names.count
        else { return .none }
        return ExtraFields(names: names, values: values)
    }

    static let goalColumns = "code, parent, level, title, responsible, related, reported_performance_pct, extra"

    static func goal(_ row: Row, extraNames: [String]?) -> Goal {
        Goal(code: row[0], parent: row[1], level: GoalLevel(rawValue: row[2]) ?? .objective,
             title: row[3], responsible: row[4], related: row[5],
             reportedPerformancePct: decimal(row, 6), extra: extra(row, 7, names: extraNames))
    }

    static let indicatorColumns = """
        code, goal, year, name, unit, direction, aggregation, weight_pct, baseline, baseline_year, target, q1, q2, q3, q4, \
        actual, reported_rate_pct, reported_status, responsible, source, extra, aggregation_declared
        """

    static func indicator(_ row: Row, extraNames: [String]?) -> Indicator {
        Indicator(
            code: row[0], goal: row[1], year: row[2], name: row[3], unit: row[4],
            direction: Direction(rawValue: row[5]) ?? .increase,
            // `aggregation` holds the rule figures use; `aggregation_declared` whether the file said it.
            aggregation: (row[21] as Int?) == 0 ? nil : Aggregation(rawValue: row[6]) ?? .default,
            weightPct: decimal(row, 7), baseline: decimal(row, 8), baselineYear: row[9],
            target: decimal(row, 10),
            quarters: [decimal(row, 11), decimal(row, 12), decimal(row, 13), decimal(row, 14)],
            actual: decimal(row, 15), reportedRatePct: decimal(row, 16),
            reportedStatus: row[17], responsible: row[18], source: row[19],
            extra: extra(row, 20, names: extraNames))
    }

    static let budgetColumns = """
        year, classification, code, parent, name, initial, added, deducted, revised, spent, cancelled, \
        reported_rate_pct, reported_change_pct, extra
        """

    static func budgetLine(_ row: Row, extraNames: [String]?) -> BudgetLine {
        BudgetLine(
            year: row[0], classification: Classification(rawValue: row[1]) ?? .economic,
            code: row[2], parent: row[3], name: row[4], initial: decimal(row, 5),
            added: decimal(row, 6), deducted: decimal(row, 7), revised: decimal(row, 8),
            spent: decimal(row, 9), cancelled: decimal(row, 10),
            reportedRatePct: decimal(row, 11), reportedChangePct: decimal(row, 12),
            extra: extra(row, 13, names: extraNames))
    }

    static let seriesColumns = "series, name, unit, year, period, value, reported_change_pct, source, extra"

    static func seriesPoint(_ row: Row, extraNames: [String]?) -> SeriesPoint {
        SeriesPoint(series: row[0], name: row[1], unit: row[2], year: row[3], period: row[4],
                    value: decimal(row, 5) ?? .zero, reportedChangePct: decimal(row, 6),
                    source: row[7], extra: extra(row, 8, names: extraNames))
    }
}

extension Workspace {
    static func extraColumns(_ db: Database, _ id: String) throws -> [String: [String]] {
        guard let json = try String.fetchOne(db, sql: "SELECT extra_columns FROM dataset WHERE id = ?", arguments: [id]),
              let data = json.data(using: .utf8) else { return [:] }
        return (try? JSONDecoder().decode([String: [String]].self, from: data)) ?? [:]
    }

    static func goals(_ db: Database, _ id: String, _ extras: [String: [String]]) throws -> [Goal] {
        try Row.fetchAll(db, sql: "SELECT \(RecordMapping.goalColumns) FROM goal WHERE dataset_id = ? ORDER BY position", arguments: [id])
            .map { RecordMapping.goal($0, extraNames: extras["goals.csv"]) }
    }

    static func indicators(_ db: Database, _ id: String, _ extras: [String: [String]], whereSQL: String,
                           arguments: [any DatabaseValueConvertible]) throws -> [Indicator] {
        try Row.fetchAll(db, sql: "SELECT \(RecordMapping.indicatorColumns) FROM indicator WHERE dataset_id = ?\(whereSQL) ORDER BY position",
                         arguments: StatementArguments([id as any DatabaseValueConvertible] + arguments))
            .map { RecordMapping.indicator($0, extraNames: extras["indicators.csv"]) }
    }

    static func budgetLines(_ db: Database, _ id: String, _ extras: [String: [String]], whereSQL: String,
                            arguments: [any DatabaseValueConvertible]) throws -> [BudgetLine] {
        try Row.fetchAll(db, sql: "SELECT \(RecordMapping.budgetColumns) FROM budget_line WHERE dataset_id = ?\(whereSQL) ORDER BY position",
                         arguments: StatementArguments([id as any DatabaseValueConvertible] + arguments))
            .map { RecordMapping.budgetLine($0, extraNames: extras["budget.csv"]) }
    }

    static func series(_ db: Database, _ id: String, _ extras: [String: [String]], whereSQL: String,
                       arguments: [any DatabaseValueConvertible]) throws -> [SeriesPoint] {
        try Row.fetchAll(db, sql: "SELECT \(RecordMapping.seriesColumns) FROM series_point WHERE dataset_id = ?\(whereSQL) ORDER BY position",
                         arguments: StatementArguments([id as any DatabaseValueConvertible] + arguments))
            .map { RecordMapping.seriesPoint($0, extraNames: extras["series.csv"]) }
    }
}
