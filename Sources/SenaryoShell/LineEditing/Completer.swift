import Foundation
import SenaryoEngine
import SenaryoKit
import SenaryoStore

/// Decides what Tab offers from the words before the cursor and the command's declaration:
/// command names first, then dataset ids, codes, file paths or fixed choices as the argument
/// or option at the cursor declares.
public final class Completer: @unchecked Sendable {
    let shell: Shell

    public init(shell: Shell) {
        self.shell = shell
    }

    /// The candidates for the word being typed at the end of `line` (the text before the cursor).
    public func candidates(forLineBefore line: String) -> [String] {
        let endsWithSpace = line.last.map { $0 == " " || $0 == "\t" } ?? true
        guard let tokens = try? Tokenizer.split(line) else { return [] }
        let words = tokens.map(\.text)
        let partial = endsWithSpace ? "" : (words.last ?? "")
        let complete = endsWithSpace ? words : Array(words.dropLast())

        guard let commandName = complete.first else {
            return shell.registry.names.filter { $0.hasPrefix(partial) }
        }
        guard let command = shell.registry.command(named: commandName) else { return [] }
        let spec = command.spec
        let options = spec.options + OptionSpec.common

        // An option's value?
        if let previous = complete.last, previous.hasPrefix("--"),
           let option = options.first(where: { "--" + $0.name == previous }), !option.isFlag {
            return values(for: option.completion, matching: partial, after: complete)
        }
        if partial.hasPrefix("-") {
            return options.map { "--" + $0.name }.filter { $0.hasPrefix(partial) }
        }
        // Which positional is this? Count the positional words already typed.
        var positionalCount = 0
        var index = 1
        while index < complete.count {
            let word = complete[index]
            if word.hasPrefix("--"), let option = options.first(where: { "--" + $0.name == word }) {
                index += option.isFlag ? 1 : 2
                continue
            }
            positionalCount += 1
            index += 1
        }
        let argument = positionalCount < spec.arguments.count ? spec.arguments[positionalCount]
            : spec.arguments.last.flatMap { $0.isRepeating ? $0 : nil }
        guard let argument else { return [] }
        return values(for: argument.completion, matching: partial, after: complete)
    }

    /// - Parameter words: the complete words before the one being typed (the command first).
    func values(for kind: CompletionKind, matching partial: String, after words: [String] = []) -> [String] {
        let candidates: [String]
        switch kind {
        case .choicesFollowing(let choices): candidates = words.count > 1 ? choices[words[words.count - 1]] ?? [] : []
        case .year: candidates = years()
        case .scenarioParameter: candidates = scenarioTerms(after: words)
        case .combined(let kinds): candidates = kinds.flatMap { values(for: $0, matching: partial, after: words) }
        case .none: return []
        case .commandName: candidates = shell.registry.names
        case .datasetID: candidates = (try? shell.workspace.datasetIDs()) ?? []
        case .scenarioName: candidates = ((try? shell.workspace.scenarioNames()) ?? []) + ["baseline"]
        case .choices(let choices): candidates = choices
        case .filePath: return Self.paths(matching: partial)
        case .goalCode: candidates = codes(.goal)
        case .indicatorCode: candidates = codes(.indicator)
        case .budgetCode: candidates = codes(.budget)
        case .seriesID: candidates = codes(.series)
        case .anyCode: candidates = codes(.goal) + codes(.indicator) + codes(.budget)
        }
        var seen = Set<String>()
        return candidates.filter { TurkishText.hasPrefix($0, partial) && seen.insert($0).inserted }
    }

    /// The years of the dataset in use, and the year after the last (the one `grow` creates).
    private func years() -> [String] {
        guard let id = shell.currentDatasetID, let dataset = try? shell.workspace.dataset(id) else { return [] }
        var years = Set(dataset.budget.map(\.year)).union(dataset.indicators.map(\.year))
        if let year = dataset.manifest.year { years.insert(year) }
        if let last = years.max() { years.insert(last + 1) }
        return years.sorted().map(String.init)
    }

    /// For `sweep` and `simulate`: the parameters of the scenario in use and `show`; after
    /// `show`, the outputs.
    private func scenarioTerms(after words: [String]) -> [String] {
        if words.contains("show") { return ["total", "total.real", "excess", "below80", "goal:", "indicator:"] }
        guard let scenario = shell.currentScenario, let chain = try? shell.workspace.chain(of: scenario) else { return ["show"] }
        var names: [String] = []
        for operation in chain.flatMap(\.operations) { names += operation.parameterNames.filter { !names.contains($0) } }
        return names + ["show"]
    }

    private func codes(_ kind: CodeKind) -> [String] {
        guard let id = shell.currentDatasetID else { return [] }
        return ((try? shell.workspace.codes(in: id, of: kind)) ?? []).sorted(by: CodeOrder.precedes)
    }

    /// Files and folders starting with `partial`; folders end in `/`.
    static func paths(matching partial: String) -> [String] {
        let expanded = (partial as NSString).expandingTildeInPath
        let directory: String, namePrefix: String, shownDirectory: String
        if partial.hasSuffix("/") {
            (directory, namePrefix, shownDirectory) = (expanded, "", partial)
        } else if let slash = partial.lastIndex(of: "/") {
            shownDirectory = String(partial[...slash])
            directory = (expanded as NSString).deletingLastPathComponent
            namePrefix = (expanded as NSString).lastPathComponent
        } else {
            (directory, namePrefix, shownDirectory) = (".", partial, "")
        }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.isEmpty ? "/" : directory) else { return [] }
        return names.filter { $0.hasPrefix(namePrefix) && (!$0.hasPrefix(".") || namePrefix.hasPrefix(".")) }.sorted().map { name in
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: (directory as NSString).appendingPathComponent(name), isDirectory: &isDirectory)
            return shownDirectory + name + (isDirectory.boolValue ? "/" : "")
        }
    }
}
