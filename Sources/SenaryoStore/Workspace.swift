import Foundation
import GRDB
import Synchronization
import SenaryoEngine

/// A Senaryo workspace: one SQLite file holding loaded datasets (and, later, scenarios,
/// plugin registrations and history).
///
/// Opening is cheap: it runs pending migrations and reads nothing else, so the shell starts
/// instantly however many datasets the workspace holds. Files use WAL, so a second shell can
/// read while one writes, and a kill at any moment leaves the last committed state.
public final class Workspace: Sendable {
    /// The file path, or `:memory:`.
    public let path: String
    let writer: any DatabaseWriter
    /// Datasets this session has read, by id, with the image revision they were read at: a
    /// second command on the same dataset reads nothing but that revision.
    private let kept = Mutex<[String: (revision: Int64, dataset: Dataset)]>([:])
    /// The latest scenario evaluations: `compare` after `grow` evaluates the chain `grow`
    /// just checked, and a chain extended by one operation starts from the one before.
    private let evaluations = Mutex<[Evaluation]>([])
    private struct Evaluation {
        var datasetID: String
        var revision: Int64
        var operations: [ScenarioOperation]
        var result: ScenarioResult
    }
    /// How many evaluations are kept: each may hold its own copy of a budget it changed.
    private static let keptEvaluations = 2

    public static let inMemoryPath = ":memory:"

    /// Opens (creating if needed) the workspace at `path`; `:memory:` gives a throwaway one.
    public init(path: String) throws(WorkspaceError) {
        self.path = path
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        configuration.label = "senaryo"
        do {
            if path == Self.inMemoryPath {
                writer = try DatabaseQueue(configuration: configuration)
            } else {
                let directory = (path as NSString).deletingLastPathComponent
                if !directory.isEmpty {
                    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
                }
                // One connection in WAL mode: the shell does one thing at a time, and a single
                // connection opens faster than a pool (start-up is measured in milliseconds).
                // WAL still lets another shell read this file while this one writes.
                configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
                let queue = try DatabaseQueue(path: path, configuration: configuration)
                try Self.useWriteAheadLog(queue)
                writer = queue
            }
            // Migrating takes the write lock (and creates the WAL files); an up-to-date workspace
            // needs only a read to know it, which keeps start-up fast.
            let migrator = Schema.migrator
            if try !writer.read({ try migrator.hasCompletedMigrations($0) }) {
                try migrator.migrate(writer)
            }
        } catch let error as DatabaseError {
            throw .cannotOpen(path: path, reason: error.message ?? error.description)
        } catch {
            throw .cannotOpen(path: path, reason: "\(error)")
        }
    }

    /// Puts the file in WAL mode, once: the mode is stored in the file, so opening an existing
    /// workspace only reads it. (GRDB's own `.wal` set-up writes a throwaway table on every open
    /// that finds no WAL file, i.e. after every clean exit: two fsyncs on the start path.)
    private static func useWriteAheadLog(_ queue: DatabaseQueue) throws {
        try queue.writeWithoutTransaction { db in
            guard try String.fetchOne(db, sql: "PRAGMA journal_mode") != "wal" else { return }
            guard try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") == "wal" else {
                throw DatabaseError(message: "could not switch to WAL mode")
            }
        }
    }

    /// The migrations applied to this file, oldest first (for `--version` and diagnostics).
    public func appliedMigrations() throws -> [String] {
        try writer.read { db in try Schema.migrator.appliedMigrations(db) }
    }

    // MARK: Datasets

    /// Every loaded dataset, by id. Reads the `dataset` table only.
    public func datasetSummaries() throws -> [DatasetSummary] {
        try writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM dataset ORDER BY id").map(RecordMapping.summary)
        }
    }

    public func summary(of id: String) throws -> DatasetSummary? {
        try writer.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM dataset WHERE id = ?", arguments: [id]).map(RecordMapping.summary)
        }
    }

    public func contains(datasetID id: String) throws -> Bool {
        try writer.read { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM dataset WHERE id = ?)", arguments: [id]) ?? false
        }
    }

    /// Stores `dataset` in one transaction: either all of it is there afterwards, or nothing
    /// changed. With `replace`, an existing dataset of the same id is replaced in that same
    /// transaction — its scenarios are kept, to be evaluated on the new data; without it, an
    /// existing id is refused.
    ///
    /// - Parameter isCancelled: polled while rows are written; returning true rolls back.
    @discardableResult
    public func save(_ dataset: Dataset, origin: String? = nil, replace: Bool = false,
                     isCancelled: @escaping @Sendable () -> Bool = { false }) throws -> DatasetSummary {
        let loadedAt = ISO8601DateFormatter().string(from: Date())
        // The image is encoded on another core while the rows are inserted: it only reads the dataset.
        let image = DatasetImage.Encoding(dataset)
        try writer.write { db in
            let exists = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM dataset WHERE id = ?)", arguments: [dataset.id]) ?? false
                if exists {
                    guard replace else { throw WorkspaceError.datasetExists(dataset.id) }
                }
                try DatasetWriter(db: db, dataset: dataset, isCancelled: isCancelled).insert(origin: origin, loadedAt: loadedAt, image: image)
        }
        return DatasetSummary(manifest: dataset.manifest, counts: dataset.counts, origin: origin, loadedAt: loadedAt)
    }

    /// Removes a dataset and all its rows. Returns false when there was none.
    @discardableResult
    public func removeDataset(_ id: String) throws -> Bool {
        try writer.write { db in
            try db.execute(sql: "DELETE FROM dataset WHERE id = ?", arguments: [id])
            return db.changesCount > 0
        }
    }

    /// The whole dataset, as loaded (extra columns included).
    ///
    /// Read from the dataset's image (see `DatasetImage`) and kept for the session: a second
    /// call reads only the image's revision, and reads again only after the dataset was
    /// replaced (by this shell or another). A workspace written before images existed is read
    /// row by row, as before.
    public func dataset(_ id: String) throws -> Dataset? {
        try writer.read { db -> Dataset? in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM dataset WHERE id = ?", arguments: [id]) else {
                kept.withLock { $0[id] = nil }
                return nil
            }
            let summary = RecordMapping.summary(row)
            let revision = try Int64.fetchOne(db, sql: "SELECT revision FROM dataset_image WHERE dataset_id = ? AND format = ?",
                                              arguments: [id, Int(DatasetImage.version)])
            if let revision, let known = kept.withLock({ $0[id] }), known.revision == revision {
                var dataset = known.dataset
                dataset.manifest = summary.manifest
                return dataset
            }
            let dataset: Dataset
            if let revision, let bytes = try Data.fetchOne(db, sql: "SELECT bytes FROM dataset_image WHERE dataset_id = ?", arguments: [id]) {
                do {
                    dataset = try DatasetImage.decode(Array(bytes), manifest: summary.manifest)
                } catch let error as DatasetImage.Corrupt {
                    throw WorkspaceError.damaged(path: path, reason: "dataset \(id): \(error.description)")
                }
                kept.withLock { $0[id] = (revision, dataset) }
            } else {
                let extras = RecordMapping.extraColumns(row)
                dataset = Dataset(
                    manifest: summary.manifest,
                    goals: try Self.goals(db, id, extras),
                    indicators: try Self.indicators(db, id, extras, whereSQL: "", arguments: []),
                    budget: try Self.budgetLines(db, id, extras, whereSQL: "", arguments: []),
                    series: try Self.series(db, id, extras, whereSQL: "", arguments: []))
            }
            return dataset
        }
    }

    /// `operations` applied to the dataset's baseline (nil: no such dataset). Errors are
    /// `ScenarioError`s naming the operation, as `ScenarioEvaluator.apply` gives them; the
    /// evaluation starts from the longest chain of these operations evaluated lately.
    public func result(of operations: [ScenarioOperation], on id: String) throws -> ScenarioResult? {
        guard let baseline = try dataset(id) else { return nil }
        guard let revision = kept.withLock({ $0[id]?.revision }) else {
            return try ScenarioEvaluator.apply(operations, to: baseline)
        }
        let known = evaluations.withLock { list in
            list.filter { $0.datasetID == id && $0.revision == revision && $0.operations.count <= operations.count
                && Array(operations.prefix($0.operations.count)) == $0.operations }
                .max { $0.operations.count < $1.operations.count }
        }
        var result = known?.result ?? ScenarioResult(dataset: baseline)
        let start = known?.operations.count ?? 0
        if start < operations.count {
            for index in start..<operations.count {
                do {
                    result = try ScenarioEvaluator.applying(operations[index], to: result)
                } catch {
                    throw ScenarioError("operation \(index + 1) (\(operations[index].summary)): \(error.message)")
                }
            }
        }
        if start < operations.count || known == nil {
            let entry = Evaluation(datasetID: id, revision: revision, operations: operations, result: result)
            evaluations.withLock { list in
                list.removeAll { $0.datasetID == id && $0.operations == operations }
                list.append(entry)
                if list.count > Self.keptEvaluations { list.removeFirst(list.count - Self.keptEvaluations) }
            }
        }
        return result
    }

    // MARK: Tables

    public func goals(in id: String) throws -> [Goal] {
        try writer.read { db in try Self.goals(db, id, try Self.extraColumns(db, id)) }
    }

    /// Indicators of a dataset, in file order, optionally of one year or measuring the given goals.
    public func indicators(in id: String, year: Int? = nil, goals: [String]? = nil) throws -> [Indicator] {
        var clauses: [String] = [], arguments: [any DatabaseValueConvertible] = []
        if let year { clauses.append("year = ?"); arguments.append(year) }
        if let goals {
            clauses.append("goal IN (\(goals.map { _ in "?" }.joined(separator: ",")))")
            arguments += goals.map { $0 as any DatabaseValueConvertible }
        }
        let whereSQL = clauses.map { " AND " + $0 }.joined()
        return try writer.read { db in
            try Self.indicators(db, id, try Self.extraColumns(db, id), whereSQL: whereSQL, arguments: arguments)
        }
    }

    /// Budget lines of a dataset, in file order, optionally of one year and classification.
    public func budgetLines(in id: String, year: Int? = nil, classification: Classification? = nil) throws -> [BudgetLine] {
        var clauses: [String] = [], arguments: [any DatabaseValueConvertible] = []
        if let year { clauses.append("year = ?"); arguments.append(year) }
        if let classification { clauses.append("classification = ?"); arguments.append(classification.rawValue) }
        let whereSQL = clauses.map { " AND " + $0 }.joined()
        return try writer.read { db in
            try Self.budgetLines(db, id, try Self.extraColumns(db, id), whereSQL: whereSQL, arguments: arguments)
        }
    }

    /// The years and classifications a dataset's budget has, ascending.
    public func budgetYears(in id: String) throws -> [Int] {
        try writer.read { db in
            try Int.fetchAll(db, sql: "SELECT DISTINCT year FROM budget_line WHERE dataset_id = ? ORDER BY year", arguments: [id])
        }
    }

    /// Series points of a dataset, in file order, optionally those whose id starts with `prefix`.
    public func series(in id: String, prefix: String? = nil, year: Int? = nil) throws -> [SeriesPoint] {
        var clauses: [String] = [], arguments: [any DatabaseValueConvertible] = []
        if let prefix, !prefix.isEmpty {
            clauses.append("(series = ? OR substr(series, 1, ?) = ?)")
            let dotted = prefix.hasSuffix(".") ? prefix : prefix + "."
            arguments += [prefix, dotted.utf8.count, dotted]
        }
        if let year { clauses.append("year = ?"); arguments.append(year) }
        let whereSQL = clauses.map { " AND " + $0 }.joined()
        return try writer.read { db in
            try Self.series(db, id, try Self.extraColumns(db, id), whereSQL: whereSQL, arguments: arguments)
        }
    }

    /// The distinct codes of one kind in a dataset, for tab completion. Cheap: index-only scans.
    public func codes(in id: String, of kind: CodeKind) throws -> [String] {
        let sql: String
        switch kind {
        case .goal: sql = "SELECT code FROM goal WHERE dataset_id = ? ORDER BY position"
        case .indicator: sql = "SELECT DISTINCT code FROM indicator WHERE dataset_id = ?"
        case .budget: sql = "SELECT DISTINCT code FROM budget_line WHERE dataset_id = ?"
        case .series: sql = "SELECT DISTINCT series FROM series_point WHERE dataset_id = ?"
        }
        return try writer.read { db in try String.fetchAll(db, sql: sql, arguments: [id]) }
    }

    /// Dataset ids, for tab completion.
    public func datasetIDs() throws -> [String] {
        try writer.read { db in try String.fetchAll(db, sql: "SELECT id FROM dataset ORDER BY id") }
    }
}

/// The kinds of code a dataset holds.
public enum CodeKind: Sendable, CaseIterable {
    case goal, indicator, budget, series
}
