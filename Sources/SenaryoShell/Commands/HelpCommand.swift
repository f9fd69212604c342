import SenaryoKit

/// `help [COMMAND]`: generated from the commands' own declarations.
struct HelpCommand: ShellCommand {
    let spec = CommandSpec(
        name: "help", group: "Shell",
        summary: "List commands, or show one command's syntax, options and examples",
        arguments: [ArgumentSpec("command", help: "a command name", isOptional: true, completion: .commandName)],
        examples: [CommandExample("help", "list every command"), CommandExample("help indicators", "how to filter indicators")],
        recording: .never)

    func run(_ arguments: ParsedArguments, in shell: Shell) throws -> CommandOutput {
        guard let name = arguments.string("command") else {
            return .message(HelpText.overview(shell.registry))
        }
        guard let command = shell.registry.command(named: name) else {
            throw UnknownCommand.error(name, among: shell.registry.names)
        }
        return .message(HelpText.detail(command.spec, plugin: command.pluginName))
    }
}

/// Help text from command specs: the shell's `help` and the README's command reference.
public enum HelpText {
    public static func overview(_ registry: CommandRegistry) -> String {
        var lines: [String] = []
        let width = registry.commands.map { $0.spec.name.count }.max() ?? 0
        for group in registry.groups {
            lines.append("\(group.name):")
            for command in group.commands {
                lines.append("  " + command.spec.name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + command.spec.summary)
            }
        }
        lines.append("")
        lines.append("`help COMMAND` shows a command's options and examples. Every command takes --format table|csv|json|markdown.")
        return lines.joined(separator: "\n")
    }

    public static func detail(_ spec: CommandSpec, plugin: String? = nil) -> String {
        var lines = ["usage: \(spec.synopsis)", "", spec.summary + "."]
        if !spec.discussion.isEmpty { lines += ["", spec.discussion] }
        if !spec.aliases.isEmpty { lines += ["", "also: " + spec.aliases.joined(separator: ", ")] }
        if !spec.arguments.isEmpty {
            lines += ["", "arguments:"]
            let width = spec.arguments.map { $0.valueName.count }.max() ?? 0
            lines += spec.arguments.map { "  " + $0.valueName.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + $0.help }
        }
        let options = spec.options + OptionSpec.common
        lines += ["", "options:"]
        let labels = options.map(optionLabel)
        let width = labels.map(\.count).max() ?? 0
        for (option, label) in zip(options, labels) {
            lines.append("  " + label.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + option.help)
        }
        if !spec.examples.isEmpty {
            lines += ["", "examples:"]
            for example in spec.examples {
                lines.append("  \(example.command)")
                lines.append("      \(example.explanation)")
            }
        }
        if let plugin { lines += ["", "(from plugin \(plugin))"] }
        return lines.joined(separator: "\n")
    }

    static func optionLabel(_ option: OptionSpec) -> String {
        var label = option.short.map { "-\($0), " } ?? ""
        label += "--\(option.name)"
        if let value = option.valueName { label += " \(value)" }
        return label
    }

    /// The Markdown command reference for the README, one section per command.
    public static func markdownReference(_ registry: CommandRegistry) -> String {
        var lines: [String] = []
        for group in registry.groups {
            lines += ["### \(group.name)", ""]
            for command in group.commands {
                let spec = command.spec
                lines += ["#### `\(spec.name)`", "", "`\(spec.synopsis)`", "", spec.summary + "."]
                if !spec.discussion.isEmpty { lines += ["", spec.discussion] }
                if !spec.arguments.isEmpty || !spec.options.isEmpty {
                    lines.append("")
                    for argument in spec.arguments { lines.append("- `\(argument.valueName)`: \(argument.help)") }
                    for option in spec.options { lines.append("- `\(optionLabel(option))`: \(option.help)") }
                }
                if !spec.examples.isEmpty {
                    lines += ["", "```"]
                    for example in spec.examples { lines.append("\(example.command)    # \(example.explanation)") }
                    lines.append("```")
                }
                lines.append("")
            }
        }
        return lines.joined(separator: "\n")
    }
}
