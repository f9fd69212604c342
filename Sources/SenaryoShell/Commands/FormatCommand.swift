import SenaryoKit

/// `format [FORMAT]`: shows or sets how output is written for the rest of the session.
struct FormatCommand: ShellCommand {
    let spec = CommandSpec(
        name: "format", group: "Shell",
        summary: "Show or set the output format (table, csv, json, markdown)",
        discussion: """
            table aligns columns for reading; csv and json are stable and exact for other tools \
            (messages then go to standard error); markdown pastes into documents. Any command \
            also takes --format for one run.
            """,
        arguments: [ArgumentSpec("format", help: "table, csv, json or markdown", isOptional: true,
                                 completion: .choices(OutputFormat.allCases.map(\.rawValue)))],
        examples: [CommandExample("format csv", "write CSV from now on"), CommandExample("format", "show the current format")],
        recording: .change)

    func run(_ arguments: ParsedArguments, in shell: Shell) throws -> CommandOutput {
        guard let format = try arguments.choice("format", as: OutputFormat.self) else {
            return .message("output format: \(shell.format.rawValue)")
        }
        shell.format = format
        return .empty
    }
}
