import SenaryoKit

/// `record FILE` ... `record stop`: writes successful commands to a script as they run.
struct RecordCommand: ShellCommand {
    let spec = CommandSpec(
        name: "record", group: "Scripts",
        summary: "Record the following commands to a replayable script (record stop ends it)",
        discussion: """
            From now on every command that succeeds is appended to FILE, variables expanded, and \
            written at once (a killed session keeps what it recorded). The file starts with the \
            state the commands need, each line --quiet: the dataset in use (loaded from its \
            folder unless the workspace holds it), settings that differ from the defaults, and \
            the scenario in use rebuilt as it is now; so `senaryo FILE` replays the session in \
            this workspace or a fresh one and prints what it printed. With --changes-only only \
            commands that change state are kept: the dataset loads, settings and scenario \
            operations, not the browsing. Replay with `senaryo FILE` or `source FILE`. An existing \
            FILE is replaced only after asking, or with --force in a script; if FILE cannot be \
            written any more (a full disk), recording stops with an error.
            """,
        arguments: [ArgumentSpec("file", help: "the script to write, or stop", completion: .filePath)],
        options: [OptionSpec("changes-only", help: "Leave out browsing commands."),
                  OptionSpec("force", help: "Replace FILE if it exists without asking (a script must say so).")],
        examples: [
            CommandExample("record review.senaryo", "start recording"),
            CommandExample("record stop", "stop recording"),
        ],
        recording: .never)

    func run(_ arguments: ParsedArguments, in shell: Shell) throws -> CommandOutput {
        let file = arguments.string("file")!
        if file == "stop" {
            guard let recorder = shell.recorder else { throw CommandError("not recording") }
            recorder.stop()
            shell.recorder = nil
            return .message("stopped recording to \(recorder.path)")
        }
        if let current = shell.recorder {
            throw CommandError("already recording to \(current.path)", help: "`record stop` first")
        }
        let target = try OutputFile(shell.resolvedPath(file), force: arguments.flag("force"), confirm: shell.confirm)
        shell.recorder = try Recorder(target: target, changesOnly: arguments.flag("changes-only"), preamble: try shell.recordingPreamble())
        return .message("recording to \(file)\(arguments.flag("changes-only") ? " (changes only)" : "")")
    }
}
