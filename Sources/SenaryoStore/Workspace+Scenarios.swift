import Foundation
import GRDB
import SenaryoEngine

/// Scenarios in the workspace: stored, listed, changed one step at a time.
extension Workspace {
    public func scenarios(of datasetID: String? = nil) throws -> [Scenario] {
        try writer.read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT * FROM scenario WHERE ?1 IS NULL OR dataset_id = ?1 ORDER BY name",
                                        arguments: [datasetID])
            return try rows.map { try Self.scenario(db, $0) }
        }
    }

    public func scenario(named name: String) throws -> Scenario? {
        try writer.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM scenario WHERE name = ?", arguments: [name]).map { try Self.scenario(db, $0) }
        }
    }

    /// The operations of `name` and of every scenario it builds on, base first.
    public func chain(of name: String) throws -> [Scenario] {
        var chain: [Scenario] = []
        var next: String? = name
        while let current = next {
            guard let scenario = try scenario(named: current) else { throw WorkspaceError.noSuchScenario(current) }
            guard !chain.contains(where: { $0.name == current }) else { break }
            chain.insert(scenario, at: 0)
            next = scenario.base
        }
        return chain
    }

    public func createScenario(_ scenario: Scenario) throws {
        try writer.write { db in
            if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM scenario WHERE name = ?)", arguments: [scenario.name]) == true {
                throw WorkspaceError.scenarioExists(scenario.name)
            }
            try db.execute(sql: "INSERT INTO scenario (name, dataset_id, base, note, created_at) VALUES (?, ?, ?, ?, ?)",
                           arguments: [scenario.name, scenario.datasetID, scenario.base, scenario.note, scenario.createdAt])
            for (position, step) in scenario.steps.enumerated() { try Self.insert(step, of: scenario.name, at: position, db) }
        }
    }

    public func appendStep(_ step: Scenario.Step, to name: String) throws {
        try appendSteps([step], to: name)
    }

    /// Appends steps in one transaction: all of them are stored, or (after an error or a kill) none.
    public func appendSteps(_ steps: [Scenario.Step], to name: String) throws {
        try writer.write { db in
            let position = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM scenario_step WHERE scenario = ?", arguments: [name]) ?? 0
            for (offset, step) in steps.enumerated() { try Self.insert(step, of: name, at: position + offset, db) }
        }
    }

    /// Empties an existing scenario and sets its base and note anew, keeping its name (and the
    /// scenarios built on it): what `scenario new --replace` does, so an export replays twice.
    public func resetScenario(_ scenario: Scenario) throws {
        try writer.write { db in
            try db.execute(sql: "UPDATE scenario SET dataset_id = ?, base = ?, note = ?, created_at = ? WHERE name = ?",
                           arguments: [scenario.datasetID, scenario.base, scenario.note, scenario.createdAt, scenario.name])
            if db.changesCount == 0 { throw WorkspaceError.noSuchScenario(scenario.name) }
            try db.execute(sql: "DELETE FROM scenario_step WHERE scenario = ?", arguments: [scenario.name])
        }
    }

    /// Removes and returns the last step (undo).
    public func removeLastStep(of name: String) throws -> Scenario.Step? {
        try writer.write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM scenario_step WHERE scenario = ? ORDER BY position DESC LIMIT 1",
                                             arguments: [name]) else { return nil }
            try db.execute(sql: "DELETE FROM scenario_step WHERE scenario = ? AND position = ?", arguments: [name, row["position"] as Int])
            return try Self.step(row)
        }
    }

    public func renameScenario(_ name: String, to newName: String) throws {
        try writer.write { db in
            if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM scenario WHERE name = ?)", arguments: [newName]) == true {
                throw WorkspaceError.scenarioExists(newName)
            }
            try db.execute(sql: "UPDATE scenario SET name = ? WHERE name = ?", arguments: [newName, name])
            if db.changesCount == 0 { throw WorkspaceError.noSuchScenario(name) }
        }
    }

    /// Drops a scenario. One that others build on is refused (drop those first).
    public func dropScenario(_ name: String) throws {
        try writer.write { db in
            let dependents = try String.fetchAll(db, sql: "SELECT name FROM scenario WHERE base = ? ORDER BY name", arguments: [name])
            if !dependents.isEmpty { throw WorkspaceError.scenarioHasDependents(name, dependents) }
            try db.execute(sql: "DELETE FROM scenario WHERE name = ?", arguments: [name])
            if db.changesCount == 0 { throw WorkspaceError.noSuchScenario(name) }
        }
    }

    /// Scenario names, for completion.
    public func scenarioNames() throws -> [String] {
        try writer.read { db in try String.fetchAll(db, sql: "SELECT name FROM scenario ORDER BY name") }
    }

    private static func insert(_ step: Scenario.Step, of name: String, at position: Int, _ db: Database) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(data: try encoder.encode(step.operation), encoding: .utf8)!
        try db.execute(sql: "INSERT INTO scenario_step (scenario, position, operation, command, note, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                       arguments: [name, position, json, step.command, step.note, step.createdAt])
    }

    private static func step(_ row: Row) throws -> Scenario.Step {
        let json: String = row["operation"]
        let operation = try JSONDecoder().decode(ScenarioOperation.self, from: Data(json.utf8))
        return Scenario.Step(operation: operation, command: row["command"], note: row["note"], createdAt: row["created_at"])
    }

    private static func scenario(_ db: Database, _ row: Row) throws -> Scenario {
        let name: String = row["name"]
        let steps = try Row.fetchAll(db, sql: "SELECT * FROM scenario_step WHERE scenario = ? ORDER BY position", arguments: [name]).map(step)
        return Scenario(name: name, datasetID: row["dataset_id"], base: row["base"], note: row["note"], createdAt: row["created_at"], steps: steps)
    }
}
