import Foundation
import SenaryoKit

/// Where a path typed in a command points. In a script, a relative path is relative to the
/// script's folder, so a script and the data beside it can be run from anywhere
/// (`senaryo ~/raporlar/2023/review.senaryo`); at the prompt, in `-c` commands and in piped
/// input it is relative to the current folder, as in any shell.
extension Shell {
    /// The folder of the script being run (the innermost `source`), if any.
    var scriptDirectory: String? {
        sourceStack.last.map { ($0 as NSString).deletingLastPathComponent }
    }

    /// `path` with `~` expanded and, inside a script, made relative to the script's folder.
    func resolvedPath(_ path: String) -> String {
        Self.resolve(path, in: scriptDirectory)
    }

    static func resolve(_ path: String, in directory: String?) -> String {
        let expanded = (path as NSString).expandingTildeInPath
        guard let directory, !expanded.hasPrefix("/") else { return expanded }
        return (directory as NSString).appendingPathComponent(expanded)
    }

    /// `line` (a command of `spec` that ran) with its relative file paths made absolute, for the
    /// history and `record`: a recorded script resolves relative paths against its own folder,
    /// so the line must mean the same wherever the script is saved and replayed.
    func lineWithResolvedPaths(_ line: String, spec: CommandSpec) -> String {
        guard let tokens = try? Tokenizer.split(line), tokens.count > 1 else { return line }
        let directory = scriptDirectory ?? FileManager.default.currentDirectoryPath
        let options = spec.options + OptionSpec.common
        var paths: [Token] = []
        var positional = 0, index = 1
        while index < tokens.count {
            let text = tokens[index].text
            if !tokens[index].wasQuoted, text.hasPrefix("--"), let option = options.first(where: { "--" + $0.name == text }) {
                if !option.isFlag, index + 1 < tokens.count, option.completion == .filePath { paths.append(tokens[index + 1]) }
                index += option.isFlag ? 1 : 2
                continue
            }
            let argument = positional < spec.arguments.count ? spec.arguments[positional] : spec.arguments.last.flatMap { $0.isRepeating ? $0 : nil }
            if argument?.completion == .filePath { paths.append(tokens[index]) }
            positional += 1
            index += 1
        }
        var characters = Array(line)
        for token in paths.reversed() where !token.text.hasPrefix("/") && !token.text.hasPrefix("~") && token.text != "stop" {
            let absolute = URL(fileURLWithPath: Self.resolve(token.text, in: directory)).standardizedFileURL.path
            characters.replaceSubrange(token.start..<token.end, with: Tokenizer.quote(absolute))
        }
        return String(characters)
    }

    /// Runs `text` as the script at `path` (shown in messages as `name`), which relative paths
    /// in it are resolved against; refuses a script that is already running (a cycle) or
    /// nesting deeper than the limit.
    func runScript(_ text: String, named name: String, at path: String, keepGoing: Bool, echo: Bool = false) throws -> Int32 {
        let resolved = URL(fileURLWithPath: path).standardizedFileURL.path
        if sourceStack.contains(resolved) {
            throw ScriptError("\(name) sources itself (\((sourceStack + [resolved]).map { ($0 as NSString).lastPathComponent }.joined(separator: " → ")))")
        }
        guard sourceStack.count < Shell.sourceDepthLimit else {
            throw ScriptError("scripts nested more than \(Shell.sourceDepthLimit) deep")
        }
        sourceStack.append(resolved)
        defer { sourceStack.removeLast() }
        var runner = Runner(shell: self)
        runner.keepGoing = keepGoing
        runner.echo = echo
        return runner.runBatch(TextLineSource(text), name: name)
    }
}
