import Foundation
import SenaryoKit

/// `source FILE`: runs a script's commands in this session.
struct SourceCommand: ShellCommand {
    let spec = CommandSpec(
        name: "source", group: "Scripts",
        summary: "Run the commands of a script file in this session",
        discussion: """
            One command per line; `#` starts a comment; a line ending in \\ continues on the next; \
            $variables are expanded; relative paths are relative to the script's folder. Stops at the first failing command, naming file and line. \
            Scripts may source others, up to 16 deep; a script that sources itself is refused.
            """,
        arguments: [ArgumentSpec("file", help: "the script (.senaryo)", completion: .filePath)],
        options: [OptionSpec("keep-going", help: "Continue after a failing command.")],
        examples: [CommandExample("source scripts/examples/quarterly-review.senaryo", "run the quarterly review")],
        recording: .never)

    func run(_ arguments: ParsedArguments, in shell: Shell) throws -> CommandOutput {
        let path = arguments.string("file")!
        let resolved = shell.resolvedPath(path)
        guard let data = FileManager.default.contents(atPath: resolved), let text = String(data: data, encoding: .utf8) else {
            throw CommandError("cannot read script \(path)")
        }
        if try shell.runScript(text, named: path, at: resolved, keepGoing: arguments.flag("keep-going")) != 0 {
            return CommandOutput(failure: "\(path) did not complete")
        }
        return .empty
    }
}
