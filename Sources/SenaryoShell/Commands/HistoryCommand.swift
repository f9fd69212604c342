import Foundation
import SenaryoKit

/// `history`: this session's commands, and `history save FILE` to keep them as a script.
struct HistoryCommand: ShellCommand {
    let spec = CommandSpec(
        name: "history", group: "Scripts",
        summary: "List this session's commands, or save them as a replayable script",
        discussion: """
            Lists the commands that succeeded in this session, variables expanded. `history save \
            FILE` writes them as a script that `senaryo FILE` replays; with --changes-only it keeps \
            only what changes state (load, use, settings, set, scenario operations), not browsing. \
            An existing FILE is replaced only after asking, or with --force in a script. \
            (Up-arrow recall across sessions is the line editor's own history file.)
            """,
        arguments: [
            ArgumentSpec("action", help: "save", isOptional: true, completion: .choices(["save"])),
            ArgumentSpec("file", help: "where to save", isOptional: true, completion: .filePath),
        ],
        options: [OptionSpec("changes-only", help: "Leave out browsing commands."),
                  OptionSpec("force", help: "Replace FILE if it exists without asking (a script must say so).")],
        examples: [
            CommandExample("history", "what was run so far"),
            CommandExample("history save session.senaryo --changes-only", "keep it as a script"),
        ],
        recording: .never)

    func run(_ arguments: ParsedArguments, in shell: Shell) throws -> CommandOutput {
        let changesOnly = arguments.flag("changes-only")
        let lines = shell.history.filter { !changesOnly || $0.recording == .change }.map(\.line)
        switch arguments.string("action") {
        case nil:
            return .table(Table(columns: [Column("n"), Column("command")],
                                rows: lines.enumerated().map { [.integer($0.offset + 1), .text($0.element)] }))
        case "save":
            guard let file = arguments.string("file") else { throw UsageError("missing FILE", argument: "FILE", usage: spec.synopsis) }
            let text = "# saved by senaryo \(Launcher.version); replay with: senaryo \(Tokenizer.quote(file))\n"
                + lines.map { $0 + "\n" }.joined()
            try OutputFile(shell.resolvedPath(file), force: arguments.flag("force"), confirm: shell.confirm).replace(with: text.utf8)
            return .message("saved \(lines.count) command\(lines.count == 1 ? "" : "s") to \(file)")
        case let other?:
            throw UsageError("\"\(other)\" is not an action (expected save)", argument: "ACTION", usage: spec.synopsis)
        }
    }
}
