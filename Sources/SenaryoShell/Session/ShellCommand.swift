import SenaryoKit

/// A command as the shell runs it. Core commands (`load`, `use`, `help`, ...) need the shell
/// itself; plugin commands see only a `CommandContext` and are wrapped by `PluginCommand`.
public protocol ShellCommand: Sendable {
    var spec: CommandSpec { get }
    /// The plugin that provides it; nil for the shell's own commands.
    var pluginName: String? { get }
    func run(_ arguments: ParsedArguments, in shell: Shell) throws -> CommandOutput
}

extension ShellCommand {
    public var pluginName: String? { nil }
}

/// Runs a plugin's `Command` with a context that exposes only what plugins may see.
struct PluginCommand: ShellCommand {
    let command: any Command
    let plugin: String

    var spec: CommandSpec { command.spec }
    var pluginName: String? { plugin }

    func run(_ arguments: ParsedArguments, in shell: Shell) throws -> CommandOutput {
        try command.run(arguments, in: shell.context)
    }
}
