import Foundation
import GRDB
import SenaryoEngine

/// Conversions between engine records and rows. The only place that knows column names.
enum RecordMapping {
    static func decimal(_ row: Row, _ column: String) -> ExactDecimal? {
        (row[column] as String?).flatMap(ExactDecimal.init)
    }

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

    static func extra(_ row: Row, names: [String]?) -> ExtraFields {
        guard let names, !names.isEmpty, let json = row["extra"] as String?, let data = json.data(using: .utf8),
              let values = try? JSONDecoder().decode([String].self, from: data), values.count == names.count
        else { return .none }
        return ExtraFields(names: names, values: values)
    }

    static func goal(_ row: Row, extraNames: [String]?) -> Goal {
        Goal(code: row["code"], parent: row["parent"], level: GoalLevel(rawValue: row["level"]) ?? .objective,
             title: row["title"], responsible: row["responsible"], related: row["related"],
             reportedPerformancePct: decimal(row, "reported_performance_pct"), extra: extra(row, names: extraNames))
    }

    static func indicator(_ row: Row, extraNames: [String]?) -> Indicator {
        Indicator(
            code: row["code"], goal: row["goal"], year: row["year"], name: row["name"], unit: row["unit"],
            direction: Direction(rawValue: row["direction"]) ?? .increase,
            aggregation: Aggregation(rawValue: row["aggregation"]) ?? .last,
            weightPct: decimal(row, "weight_pct"), baseline: decimal(row, "baseline"), baselineYear: row["baseline_year"],
            target: decimal(row, "target"),
            quarters: [decimal(row, "q1"), decimal(row, "q2"), decimal(row, "q3"), decimal(row, "q4")],
            actual: decimal(row, "actual"), reportedRatePct: decimal(row, "reported_rate_pct"),
            reportedStatus: row["reported_status"], responsible: row["responsible"], source: row["source"],
            extra: extra(row, names: extraNames))
    }

    static func budgetLine(_ row: Row, extraNames: [String]?) -> BudgetLine {
        BudgetLine(
            year: row["year"], classification: Classification(rawValue: row["classification"]) ?? .economic,
            code: row["code"], parent: row["parent"], name: row["name"], initial: decimal(row, "initial"),
            added: decimal(row, "added"), deducted: decimal(row, "deducted"), revised: decimal(row, "revised"),
            spent: decimal(row, "spent"), cancelled: decimal(row, "cancelled"),
            reportedRatePct: decimal(row, "reported_rate_pct"), reportedChangePct: decimal(row, "reported_change_pct"),
            extra: extra(row, names: extraNames))
    }

    static func seriesPoint(_ row: Row, extraNames: [String]?) -> SeriesPoint {
        SeriesPoint(series: row["series"], name: row["name"], unit: row["unit"], year: row["year"], period: row["period"],
                    value: decimal(row, "value") ?? .zero, reportedChangePct: decimal(row, "reported_change_pct"),
                    source: row["source"], extra: extra(row, names: extraNames))
    }
}

extension Workspace {
    static func extraColumns(_ db: Database, _ id: String) throws -> [String: [String]] {
        guard let json = try String.fetchOne(db, sql: "SELECT extra_columns FROM dataset WHERE id = ?", arguments: [id]),
              let data = json.data(using: .utf8) else { return [:] }
        return (try? JSONDecoder().decode([String: [String]].self, from: data)) ?? [:]
    }

    static func goals(_ db: Database, _ id: String, _ extras: [String: [String]]) throws -> [Goal] {
        try Row.fetchAll(db, sql: "SELECT * FROM goal WHERE dataset_id = ? ORDER BY position", arguments: [id])
            .map { RecordMapping.goal($0, extraNames: extras["goals.csv"]) }
    }

    static func indicators(_ db: Database, _ id: String, _ extras: [String: [String]], whereSQL: String,
                           arguments: [any DatabaseValueConvertible]) throws -> [Indicator] {
        try Row.fetchAll(db, sql: "SELECT * FROM indicator WHERE dataset_id = ?\(whereSQL) ORDER BY position",
                         arguments: StatementArguments([id as any DatabaseValueConvertible] + arguments))
            .map { RecordMapping.indicator($0, extraNames: extras["indicators.csv"]) }
    }

    static func budgetLines(_ db: Database, _ id: String, _ extras: [String: [String]], whereSQL: String,
                            arguments: [any DatabaseValueConvertible]) throws -> [BudgetLine] {
        try Row.fetchAll(db, sql: "SELECT * FROM budget_line WHERE dataset_id = ?\(whereSQL) ORDER BY position",
                         arguments: StatementArguments([id as any DatabaseValueConvertible] + arguments))
            .map { RecordMapping.budgetLine($0, extraNames: extras["budget.csv"]) }
    }

    static func series(_ db: Database, _ id: String, _ extras: [String: [String]], whereSQL: String,
                       arguments: [any DatabaseValueConvertible]) throws -> [SeriesPoint] {
        try Row.fetchAll(db, sql: "SELECT * FROM series_point WHERE dataset_id = ?\(whereSQL) ORDER BY position",
                         arguments: StatementArguments([id as any DatabaseValueConvertible] + arguments))
            .map { RecordMapping.seriesPoint($0, extraNames: extras["series.csv"]) }
    }
}
