import SenaryoKit

/// `quit`: leaves the shell. Everything is already saved; there is nothing to lose.
struct QuitCommand: ShellCommand {
    let spec = CommandSpec(
        name: "quit", aliases: ["exit"], group: "Shell",
        summary: "Leave the shell (Ctrl-D does the same)",
        discussion: "The workspace is saved after every command, so quitting loses nothing.",
        examples: [CommandExample("quit", "leave")],
        recording: .never)

    func run(_ arguments: ParsedArguments, in shell: Shell) throws -> CommandOutput {
        shell.requestQuit()
        return .empty
    }
}
