/// A command the shell can run. Built-in commands, the built-in plugins under `Plugins/` and
/// (through an adapter) external plugins all provide commands through this one protocol.
public protocol Command: Sendable {
    /// The declaration: name, syntax, help, examples.
    var spec: CommandSpec { get }

    /// Runs the command. Throw `UsageError` for bad arguments and `CommandError` for anything
    /// else that stops it; the shell reports either and keeps going.
    func run(_ arguments: ParsedArguments, in context: any CommandContext) throws -> CommandOutput
}

/// A group of commands provided together: the unit a plugin author ships.
public protocol Plugin: Sendable {
    /// A short lowercase name: `browse`, `whatif-targets`.
    var name: String { get }
    /// One line on what the plugin adds.
    var summary: String { get }
    var commands: [any Command] { get }
}

/// A failure to run a command that is not about its syntax.
public struct CommandError: Error, Sendable, CustomStringConvertible {
    public var message: String
    /// What the user can do about it.
    public var help: String?

    public init(_ message: String, help: String? = nil) {
        self.message = message
        self.help = help
    }

    public var description: String {
        help.map { "\(message)\n  \($0)" } ?? message
    }
}
