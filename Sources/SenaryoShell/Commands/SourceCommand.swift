import Foundation
import SenaryoKit

/// `source FILE`: runs a script's commands in this session.
struct SourceCommand: ShellCommand {
    let spec = CommandSpec(
        name: "source", group: "Scripts",
        summary: "Run the commands of a script file in this session",
        discussion: """
            One command per line; `#` starts a comment; a line ending in \\ continues on the next; \
            $variables are expanded. Stops at the first failing command, naming file and line. \
            Scripts may source others, up to 16 deep; a script that sources itself is refused.
            """,
        arguments: [ArgumentSpec("file", help: "the script (.senaryo)", completion: .filePath)],
        options: [OptionSpec("keep-going", help: "Continue after a failing command.")],
        examples: [CommandExample("source scripts/examples/quarterly-review.senaryo", "run the quarterly review")],
        recording: .never)

    func run(_ arguments: ParsedArguments, in shell: Shell) throws -> CommandOutput {
        let path = arguments.string("file")!
        let resolved = URL(fileURLWithPath: (path as NSString).expandingTildeInPath).standardizedFileURL.path
        if shell.sourceStack.contains(resolved) {
            throw ScriptError("\(path) sources itself (\((shell.sourceStack + [resolved]).map { ($0 as NSString).lastPathComponent }.joined(separator: " → ")))")
        }
        guard shell.sourceStack.count < Shell.sourceDepthLimit else {
            throw ScriptError("scripts nested more than \(Shell.sourceDepthLimit) deep")
        }
        guard let data = FileManager.default.contents(atPath: resolved), let text = String(data: data, encoding: .utf8) else {
            throw CommandError("cannot read script \(path)")
        }
        shell.sourceStack.append(resolved)
        defer { shell.sourceStack.removeLast() }
        var runner = Runner(shell: shell)
        runner.keepGoing = arguments.flag("keep-going")
        if runner.runBatch(TextLineSource(text), name: path) != 0 {
            return CommandOutput(failure: "\(path) did not complete")
        }
        return .empty
    }
}
