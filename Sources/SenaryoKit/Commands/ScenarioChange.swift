import SenaryoEngine

/// Proposing an operation: check it applies, show its consequences, hand it to the shell.
public enum ScenarioChange {
    /// The output a what-if command returns: the operation for the shell to store, and a
    /// table of what it changes in the scenario in use (refused early if it cannot apply).
    /// - Parameter flipsOnly: list only the rows whose status changed (`--flips`).
    public static func propose(_ operation: ScenarioOperation, in context: any CommandContext, flipsOnly: Bool = false) throws -> CommandOutput {
        guard context.currentScenario != nil else {
            throw CommandError("no scenario in use", help: "what-if changes go to a scenario: start one with `scenario new NAME`")
        }
        let view = try context.view(dataset: nil, scenario: nil)
        let after: ScenarioResult
        do {
            // Through the workspace, which remembers the evaluation: storing the step then
            // checks the same chain without evaluating it again.
            if let name = view.scenario,
               let remembered = try? context.data.result(of: try context.data.chain(of: name).flatMap(\.operations) + [operation], on: view.summary.id) {
                after = remembered
            } else {
                after = try ScenarioEvaluator.applying(operation, to: view.result)
            }
        } catch {
            throw CommandError(error.message)
        }
        var table = ComparisonTable.consequences(before: view.result, after: after, settings: context.settings)
        if flipsOnly && !table.rows.isEmpty { table = ComparisonTable.flipsOnly(table) }
        if table.rows.isEmpty {
            return CommandOutput([.message("\(view.label): \(operation.summary) (no figure changes)")], operations: [operation])
        }
        return CommandOutput([.message("\(view.label): \(operation.summary)"), .table(table)], operations: [operation])
    }
}
