import SenaryoKit

/// `set NAME VALUE`: a script variable, used as `$NAME` or `${NAME}` in later commands.
struct SetCommand: ShellCommand {
    let spec = CommandSpec(
        name: "set", group: "Scripts",
        summary: "Set a script variable, used as $NAME or ${NAME:-default} in later commands",
        discussion: """
            Variables make a script reusable: `senaryo --set growth=40 budget.senaryo` replays it \
            with another parameter. `set` alone lists the variables; `set --unset NAME` removes one. \
            A value given on the command line with --set wins over `set NAME VALUE --default` in \
            the script, so a script can declare defaults that callers override.
            """,
        arguments: [
            ArgumentSpec("name", help: "the variable (letters, digits, _), or NAME=VALUE", isOptional: true),
            ArgumentSpec("value", help: "its value (several words are joined with spaces)", isOptional: true, isRepeating: true),
        ],
        options: [
            OptionSpec("default", help: "Only set it if it has no value yet (a script's default, overridden by --set)."),
            OptionSpec("unset", help: "Remove the variable."),
        ],
        examples: [
            CommandExample("set year 2021", "then `budget $year`"),
            CommandExample("set growth=45", "NAME=VALUE works too"),
            CommandExample("set growth 40 --default", "a default the command line's --set growth=... overrides"),
            CommandExample("set", "list the variables"),
        ],
        recording: .change)

    func run(_ arguments: ParsedArguments, in shell: Shell) throws -> CommandOutput {
        guard var name = arguments.string("name") else {
            let rows: [[Value]] = shell.variables.values.keys.sorted().map { [.text($0), .text(shell.variables[$0]!)] }
            if rows.isEmpty { return .message("no variables set") }
            return .table(Table(columns: [Column("name"), Column("value")], rows: rows))
        }
        var words = arguments.strings("value")
        if let equals = name.firstIndex(of: "=") {
            words.insert(String(name[name.index(after: equals)...]), at: 0)
            name = String(name[..<equals])
        }
        guard Variables.isValidName(name) else {
            throw UsageError("\"\(name)\" is not a variable name (letters, digits and _, not starting with a digit)", argument: "NAME")
        }
        if arguments.flag("unset") {
            shell.variables[name] = nil
            return .empty
        }
        guard !words.isEmpty else {
            guard let value = shell.variables[name] else { throw CommandError("variable \(name) is not set") }
            return .message("\(name)=\(value)")
        }
        if arguments.flag("default"), shell.variables[name] != nil { return .empty }
        shell.variables[name] = words.joined(separator: " ")
        return .empty
    }
}
