import SenaryoEngine
import SenaryoKit

/// The lines of a script that rebuild the session's state before its work: the dataset
/// (loaded from the folder it came from, unless the workspace already holds it), the settings
/// that differ from the defaults, and a scenario with everything it builds on.
///
/// `scenario export` writes them so that its script rebuilds the scenario in a fresh
/// workspace; `record` starts its file with them so that the recorded commands find the state
/// they ran in (the dataset in use, the scenario they add to), in this workspace or a fresh one.
extension Shell {
    /// `load ORIGIN --unless-loaded ID`, when the workspace knows where the dataset came from.
    func loadLine(for id: String) throws -> String? {
        guard let origin = try workspace.summary(of: id)?.origin else { return nil }
        return "load \(Tokenizer.quote(origin)) --unless-loaded \(id) --quiet"
    }

    /// `scenario new ... --replace` and the commands of its steps, for the chain base first.
    /// Replace, not use: in the workspace it was made in, a replay must not add the steps again.
    static func scenarioLines(_ chain: [Scenario]) -> [String] {
        var lines: [String] = []
        for scenario in chain {
            var new = "scenario new \(scenario.name) --replace"
            if let base = scenario.base { new += " --base \(base)" }
            if let note = scenario.note { new += " --note \(Tokenizer.quote(note))" }
            lines.append(new)
            lines += scenario.steps.map(\.command)
        }
        return lines
    }

    /// `settings NAME VALUE` for each setting that differs from the defaults.
    var settingsLines: [String] {
        SettingsCommand.settings.compactMap { setting in
            let value = setting.show(session)
            return value == setting.show(.standard) ? nil : "settings \(setting.name) \(value)"
        }
    }

    /// What `record` writes before the commands it records, each line `--quiet`: a replay
    /// prints what the recorded commands printed, nothing more.
    func recordingPreamble() throws -> [String] {
        guard let id = currentDatasetID else { return settingsLines.map(Self.quiet) }
        var lines = try loadLine(for: id).map { [$0] } ?? []
        lines += (["use \(id)"] + settingsLines).map(Self.quiet)
        if let name = currentScenario {
            lines += Self.scenarioLines(try workspace.chain(of: name)).map(Self.quiet)
        }
        return lines
    }

    /// `line` with `--quiet` after the command name (before any `--` that ends the options).
    static func quiet(_ line: String) -> String {
        if line.hasSuffix(" --quiet") { return line }
        guard let space = line.firstIndex(of: " ") else { return line + " --quiet" }
        return line[..<space] + " --quiet" + line[space...]
    }
}
