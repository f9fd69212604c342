import Foundation
import SenaryoDataset
import SenaryoEngine
import SenaryoKit
import SenaryoStore

/// The `senaryo` program: parses its own command line, opens the workspace and runs the shell
/// interactively, on a script, on `-c` commands or on piped input.
public enum Launcher {
    public static let version = "0.1.0"

    static let spec = CommandSpec(
        name: "senaryo", group: "",
        summary: "What-if workbench for Turkish public-sector strategic plans, performance programs and activity reports",
        discussion: """
            With no SCRIPT and a terminal, starts the interactive shell. With a SCRIPT file, -c \
            commands or piped input, runs them in order and stops at the first error (exit \
            status 1) unless --keep-going. `senaryo test FILE.t...` replays transcripts and \
            compares their output (see `senaryo test --help`).
            """,
        arguments: [ArgumentSpec("script", help: "a file of shell commands to run", isOptional: true, completion: .filePath)],
        options: [
            OptionSpec("workspace", short: "w", valueName: "FILE",
                       help: "The workspace file (default $SENARYO_WORKSPACE, else $XDG_DATA_HOME/senaryo/workspace.sqlite); :memory: for a throwaway one."),
            OptionSpec("command", short: "c", valueName: "COMMAND", help: "Run COMMAND and exit; may be repeated."),
            OptionSpec("set", valueName: "NAME=VALUE", help: "Set a script variable ($NAME in commands); may be repeated."),
            OptionSpec("no-init", help: "Do not run the init script ($XDG_CONFIG_HOME/senaryo/init.senaryo) at interactive start."),
            OptionSpec("keep-going", help: "In scripts and piped input, continue after a failed command."),
            OptionSpec("echo", help: "Print each script command before its output."),
            OptionSpec("no-color", help: "Never use colour (NO_COLOR in the environment does the same)."),
            OptionSpec("version", help: "Print the version and exit."),
            OptionSpec("help", short: "h", help: "Print this help and exit."),
            OptionSpec("command-reference", help: "Print the Markdown reference of every command (the README's) and exit."),
        ],
        examples: [
            CommandExample("senaryo", "start the shell on the default workspace"),
            CommandExample("senaryo -w :memory: -c 'load SampleData/goc-idaresi-2021' -c 'indicators --format csv'", "one-off, nothing kept"),
            CommandExample("senaryo review.senaryo", "run a script"),
        ])

    /// Runs the program; returns the process exit status.
    public static func main(arguments: [String], environment: [String: String], plugins: [any Plugin]) -> Int32 {
        if arguments.count > 1, arguments[1] == "test" {
            return TranscriptCommand.main(arguments: Array(arguments.dropFirst(2)), plugins: plugins)
        }
        let err = StandardSink()
        let parsed: ParsedArguments
        do {
            let tokens = arguments.dropFirst().enumerated().map { Token(text: $0.element, start: $0.offset, end: $0.offset + 1) }
            parsed = try ParsedArguments(spec: spec, tokens: tokens)
        } catch {
            err.writeError("senaryo: \(error.description)\n")
            return 2
        }
        if parsed.flag("version") {
            err.write("senaryo \(version) (dataset format \(DatasetManifest.formatVersionString))\n")
            return 0
        }
        if parsed.flag("help") {
            err.write(HelpText.detail(spec) + "\n")
            return 0
        }
        let paths = SenaryoPaths(environment: environment)
        let stdinIsTerminal = isatty(STDIN_FILENO) == 1
        let stdoutIsTerminal = isatty(STDOUT_FILENO) == 1
        let commands = parsed.strings("command")
        let script = parsed.string("script")
        let interactive = stdinIsTerminal && commands.isEmpty && script == nil
        let color = stdoutIsTerminal && !parsed.flag("no-color") && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
        let format: OutputFormat
        do { format = try parsed.choice("format", as: OutputFormat.self) ?? .table } catch {
            err.writeError("senaryo: \(error.description)\n")
            return 2
        }

        if parsed.flag("command-reference") {
            let shell = Shell(workspace: try! Workspace(path: Workspace.inMemoryPath), plugins: plugins, sink: err)
            err.write(HelpText.markdownReference(shell.registry))
            return 0
        }

        let workspacePath = parsed.string("workspace") ?? paths.defaultWorkspace
        let workspace: Workspace
        do { workspace = try Workspace(path: workspacePath) } catch {
            err.writeError("senaryo: \(error.description)\n")
            return 1
        }
        signal(SIGPIPE, SIG_IGN)  // a plugin that exits must not take the shell with it
        signal(SIGXFSZ, SIG_IGN)  // a file grown past its size limit is a write error to report, not a kill
        let pluginFolders = (environment["SENARYO_PLUGIN_PATH"] ?? "").split(separator: ":").map(String.init)
        for warning in PluginRegistration.discover(pluginFolders, in: workspace, timeout: PluginHost(environment: environment).handshakeTimeout) {
            err.writeError("warning: \(warning)\n")
        }
        let shell = Shell(workspace: workspace, plugins: plugins, sink: err, format: format, isInteractive: interactive,
                          color: color, terminalWidth: stdoutIsTerminal ? Terminal.width() : nil)
        for assignment in parsed.strings("set") {
            guard let equals = assignment.firstIndex(of: "="), Variables.isValidName(String(assignment[..<equals])) else {
                err.writeError("senaryo: --set expects NAME=VALUE, got \(assignment)\n")
                return 2
            }
            shell.variables[String(assignment[..<equals])] = String(assignment[assignment.index(after: equals)...])
        }
        defer { shell.pluginHost.stopAll() }
        var runner = Runner(shell: shell)
        runner.keepGoing = parsed.flag("keep-going")
        runner.echo = parsed.flag("echo")

        shell.messagesToStandardError = commands.contains(where: Self.asksForData)
        if !commands.isEmpty { return runner.runCommands(commands) }
        if let script {
            guard let data = FileManager.default.contents(atPath: script), let text = String(data: data, encoding: .utf8) else {
                err.writeError("senaryo: cannot read script \(script)\n")
                return 1
            }
            shell.messagesToStandardError = text.split(separator: "\n").contains { Self.asksForData(String($0)) }
            do { return try shell.runScript(text, named: script, at: script, keepGoing: runner.keepGoing, echo: runner.echo) } catch {
                err.writeError("senaryo: \(error)\n")
                return 1
            }
        }
        guard interactive else { return runner.runBatch(PlainLineSource(), name: "<stdin>") }

        if stdoutIsTerminal {
            shell.terminalRows = { Terminal.height() }
            // PAGER="" or PAGER=cat: no pager, as git and man read it.
            let pager = environment["PAGER"] ?? Pager.defaultCommand
            shell.pagerCommand = ["", "cat"].contains(pager.trimmingCharacters(in: .whitespaces)) ? nil : pager
        }
        Interrupt.install()
        shell.confirm = { question in Terminal.confirm(question) }
        let count = (try? workspace.datasetIDs().count) ?? 0
        err.write("Senaryo \(version) — workspace \(workspacePath) (\(count) dataset\(count == 1 ? "" : "s"))\n")
        err.write("Type `help` for commands, Tab to complete, Ctrl-D to quit.\n")
        let ids = (try? workspace.datasetIDs()) ?? []
        if ids.count == 1 { shell.currentDatasetID = ids[0] }
        if !parsed.flag("no-init"), FileManager.default.fileExists(atPath: paths.initScript) {
            // The init script runs like `source`: its errors are shown, the shell still starts.
            shell.execute("source \(Tokenizer.quote(paths.initScript))")
        }
        let editor = LineEditor(historyPath: paths.history, completer: Completer(shell: shell))
        return runner.interact(with: editor)
    }
}

extension Launcher {
    /// Whether a command line asks for CSV, JSON or Markdown (`--format csv`, `--format=json`).
    static func asksForData(_ line: String) -> Bool {
        guard let tokens = try? Tokenizer.split(line).map(\.text) else { return false }
        let formats: Set<String> = ["csv", "json", "markdown"]
        return tokens.indices.contains { index in
            let token = tokens[index]
            if token.hasPrefix("--format=") { return formats.contains(String(token.dropFirst("--format=".count))) }
            return token == "--format" && index + 1 < tokens.count && formats.contains(tokens[index + 1])
        }
    }
}

extension DatasetManifest {
    static var formatVersionString: String { formatVersion }
}
