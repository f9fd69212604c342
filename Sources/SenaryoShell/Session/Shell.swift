import Foundation
import SenaryoDataset
import SenaryoEngine
import SenaryoKit
import SenaryoPluginProtocol
import SenaryoStore

/// Where the shell writes. The real one is stdout/stderr; tests capture into strings.
public protocol OutputSink: AnyObject {
    func write(_ text: String)
    func writeError(_ text: String)
    /// A piece of standard output as UTF-8 (whole lines): long output arrives in many pieces.
    func write(bytes: [UInt8])
}

extension OutputSink {
    public func write(bytes: [UInt8]) { write(String(decoding: bytes, as: UTF8.self)) }
}

/// One shell session: the workspace, the registered commands, the current dataset and
/// output settings. It runs one command line at a time; the REPL and the script runner feed it.
public final class Shell: @unchecked Sendable {
    public let workspace: Workspace
    public private(set) var registry: CommandRegistry
    public var currentDatasetID: String?
    /// The scenario new operations go to (`scenario new`, `scenario use`).
    public var currentScenario: String?
    public var format: OutputFormat
    /// Bands, basis and decimals for derived figures (the `settings` command).
    public var settings = FigureSettings.standard
    /// How long an `sql` query may run (`settings sql-timeout`).
    public var sqlTimeout = Shell.defaultSQLTimeout
    public static let defaultSQLTimeout: TimeInterval = 30
    /// Whether a person is at a terminal (prompts, confirmation questions, colour).
    public let isInteractive: Bool
    var style: Style
    var terminalWidth: Int?
    /// The terminal's height now (it may be resized); nil when output does not go to a terminal.
    var terminalRows: (() -> Int?)?
    /// The pager long output goes through (`$PAGER`); nil: none.
    var pagerCommand: String?
    /// Whether informational lines go to stderr whatever the format: set for a run in which a
    /// command asks for CSV, JSON or Markdown, whose stdout is then that data alone.
    public var messagesToStandardError = false
    /// Whether long output at the terminal is paged (`settings pager`).
    public var pagesLongOutput = true
    /// Everything `settings` changes, figures and display.
    public var session: SessionSettings {
        get { SessionSettings(figures: settings, pagesLongOutput: pagesLongOutput, sqlTimeout: sqlTimeout) }
        set {
            settings = newValue.figures
            pagesLongOutput = newValue.pagesLongOutput
            sqlTimeout = newValue.sqlTimeout
        }
    }
    let sink: OutputSink
    /// Asks a yes/no question on the terminal; nil when nobody can answer (scripts).
    var confirm: ((String) -> Bool)?
    /// Set by `quit`.
    public private(set) var quitRequested = false
    /// Script variables (`set`, `--set`).
    public var variables = Variables()
    /// The successful command lines of this session, as run (variables expanded).
    public private(set) var history: [(line: String, recording: CommandSpec.Recording)] = []
    /// The script being written by `record`, if any.
    var recorder: Recorder?
    /// The scripts being run by `source`, innermost last (to refuse cycles and deep nesting).
    var sourceStack: [String] = []
    /// How deep `source` may nest.
    static let sourceDepthLimit = 16
    /// The running external plugins.
    let pluginHost = PluginHost()

    public init(workspace: Workspace, plugins: [any Plugin], sink: OutputSink, format: OutputFormat = .table,
                isInteractive: Bool = false, color: Bool = false, terminalWidth: Int? = nil) {
        self.workspace = workspace
        self.sink = sink
        self.format = format
        self.isInteractive = isInteractive
        self.style = Style(enabled: color)
        self.terminalWidth = terminalWidth
        var registry = CommandRegistry()
        for command in CoreCommands.all { registry.register(command) }
        var clashes: [String] = []
        for plugin in plugins { clashes += registry.register(plugin) }
        self.registry = registry
        for name in clashes {
            sink.writeError("warning: a plugin's command \(name) clashes with an existing command and was not added\n")
        }
        registerExternalPlugins()
    }

    /// Registers the external plugins cached in the workspace. A broken entry is reported and
    /// skipped; nothing is launched.
    func registerExternalPlugins() {
        guard let records = try? workspace.plugins() else { return }
        for record in records {
            do {
                let (launch, signatures) = try PluginRegistration.decode(record)
                registerExternal(name: record.name, launch: launch, signatures: signatures)
            } catch {
                sink.writeError("warning: plugin \(record.name) is skipped: \(error) (`plugin remove \(record.name)` or `plugin reload \(record.name)`)\n")
            }
        }
    }

    /// Adds (or replaces) an external plugin's commands. Returns the names that clashed.
    @discardableResult
    func registerExternal(name: String, launch: PluginLaunch, signatures: [CommandSignature]) -> [String] {
        registry.removeCommands(ofPlugin: name)
        pluginHost.setLaunch(launch, for: name)
        var clashes: [String] = []
        for signature in signatures where !registry.register(ExternalCommand(signature: signature, plugin: name)) {
            clashes.append(signature.name)
            sink.writeError("warning: plugin \(name)'s command \(signature.name) clashes with an existing command and was not added\n")
        }
        return clashes
    }

    func unregisterExternal(name: String) {
        registry.removeCommands(ofPlugin: name)
        pluginHost.stop(name)
    }

    var context: ShellContext {
        ShellContext(data: workspace, currentDatasetID: currentDatasetID, currentScenario: currentScenario, settings: settings,
                     scriptDirectory: scriptDirectory)
    }

    func requestQuit() { quitRequested = true }

    /// Runs one line. Returns false when the command failed (the error has been written).
    /// - Parameter errorPrefix: put before error messages; scripts pass `file:line: `.
    @discardableResult
    public func execute(_ line: String, errorPrefix: String = "") -> Bool {
        currentErrorPrefix = errorPrefix
        defer { currentErrorPrefix = "" }
        let trimmed = Tokenizer.strippingComment(line).trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return true }
        Interrupt.clear()
        do {
            let expanded = try variables.expand(trimmed)
            guard let (command, arguments) = try parse(expanded) else { return true }
            let format = try arguments.choice("format", as: OutputFormat.self) ?? self.format
            // What is kept to be replayed (history, record, scenario steps) means the same anywhere.
            let kept = PortableNumbers.line(lineWithResolvedPaths(expanded, spec: command.spec), spec: command.spec, convention: context.numbers)
            let output = try run(command, arguments)
            if !output.operations.isEmpty { try append(output.operations, command: kept) }
            if !arguments.flag("quiet") { emit(output, format: format) }
            if let failure = output.failure {
                // A failing verdict (`check` found errors, an assertion) stops a script; typed
                // at the prompt there is nothing to stop, so it is said, not reported as an error.
                if isInteractive && sourceStack.isEmpty { sink.writeError(failure + "\n") } else { report(failure) }
                return false
            }
            // A record that cannot be written any more fails the command: a script stops there.
            return remember(kept, command.spec.recording)
        } catch let error as UsageError {
            report(error.description + Self.pointer(at: error.span, in: (try? variables.expand(trimmed)) ?? trimmed))
        } catch let error as CommandError {
            report(error.description)
        } catch let error as DatasetError {
            report(error.description)
        } catch let error as WorkspaceError {
            report(error.description)
        } catch let error as ScriptError {
            report(error.description)
        } catch {
            report("\(error)")
        }
        return false
    }

    /// Appends operations a command proposed to the scenario in use, after checking that the
    /// scenario still evaluates with them: a bad operation is refused and nothing is stored.
    func append(_ operations: [ScenarioOperation], command: String) throws {
        guard let name = currentScenario else {
            throw CommandError("no scenario in use", help: "start one with `scenario new NAME` (or `scenario use NAME`)")
        }
        let chain = try workspace.chain(of: name)
        guard let root = chain.first else { throw CommandError("scenario \(name) has no dataset") }
        do {
            guard try workspace.result(of: chain.flatMap(\.operations) + operations, on: root.datasetID) != nil else {
                throw CommandError("scenario \(name) has no dataset")
            }
        } catch let error as ScenarioError {
            throw CommandError(error.message)
        }
        let now = Shell.timestamp()
        // One command, one transaction: a kill part-way stores none of its operations.
        try workspace.appendSteps(operations.map { Scenario.Step(operation: $0, command: command, createdAt: now) }, to: name)
    }

    /// Runs a command's work so that an arithmetic overflow in it is an error, not a crash:
    /// whatever it computed after the overflow is discarded.
    static func checkingOverflow<R>(_ name: String, _ body: () throws -> R) throws -> R {
        let (result, overflow) = try ExactDecimal.withOverflowCheck { () throws -> R in try body() }
        if let overflow { throw CommandError("\(name): \(overflow.description)", help: "Senaryo computes exactly, with at most 38 digits: use smaller numbers") }
        return result
    }

    /// `30` or `2.5`: seconds as typed.
    static func format(seconds: TimeInterval) -> String {
        seconds == seconds.rounded() && seconds < 1e15 ? String(Int(seconds)) : String(seconds)
    }

    /// Now, ISO 8601 (stored with scenario steps; never printed unless asked).
    static func timestamp() -> String {
        ISO8601DateFormatter().string(from: Date())
    }

    /// The command a line names and its parsed arguments; nil for an empty line.
    func parse(_ line: String) throws -> (any ShellCommand, ParsedArguments)? {
        let tokens = try Tokenizer.split(line)
        guard let name = tokens.first?.text else { return nil }
        guard let command = registry.command(named: name) else {
            let typed = String(line.drop(while: { $0 == " " }).prefix { $0 != " " })
            throw UnknownCommand.error(UnknownCommand.habits[typed] != nil ? typed : name, among: registry.names)
        }
        return (command, try ParsedArguments(spec: command.spec, tokens: Array(tokens.dropFirst())))
    }

    /// The line again with the part an error is about underlined: `  budget --clasification x`
    /// then `          ^^^^^^^^^^^^^^`.
    static func pointer(at span: Range<Int>?, in line: String) -> String {
        guard let span, span.lowerBound >= 0, span.upperBound <= line.count, !span.isEmpty else { return "" }
        let before = String(line.prefix(span.lowerBound)), part = String(line.dropFirst(span.lowerBound).prefix(span.count))
        return "\n  " + line + "\n  " + String(repeating: " ", count: DisplayWidth.of(before))
            + String(repeating: "^", count: max(1, DisplayWidth.of(part)))
    }

    /// Runs a command line without printing anything, for commands that look at another
    /// command's output (`assert`).
    func evaluate(_ line: String) throws -> CommandOutput {
        guard let (command, arguments) = try parse(try variables.expand(line)) else { return .empty }
        return try run(command, arguments)
    }

    /// Runs a command, then writes the files its output asks for, each the safe way
    /// (`OutputFile`), and says so. Every target is checked before any is written.
    private func run(_ command: any ShellCommand, _ arguments: ParsedArguments) throws -> CommandOutput {
        var output = try Self.checkingOverflow(command.spec.name) { try command.run(arguments, in: self) }
        let targets = try output.files.map { try OutputFile(resolvedPath($0.path), force: $0.replacing, confirm: confirm) }
        for (target, request) in zip(targets, output.files) {
            try target.replace(with: request.bytes)
            output.blocks.append(.message("wrote \(request.path)"))
        }
        return output
    }

    /// Keeps a successful line in the history and the record; false when the record failed.
    private func remember(_ line: String, _ recording: CommandSpec.Recording) -> Bool {
        guard recording != .never else { return true }
        history.append((line, recording))
        if let recorder, recording == .change || !recorder.changesOnly {
            do { try recorder.write(line) } catch {
                report(error.description)
                recorder.stop()
                self.recorder = nil
                return false
            }
        }
        return true
    }

    func emit(_ output: CommandOutput, format: OutputFormat? = nil) {
        var renderer = Renderer(format: format ?? self.format, style: style, width: terminalWidth)
        renderer.messagesToStandardError = messagesToStandardError
        renderer.numbers = NumberStyle.of(settings)
        let sink = self.sink
        // A person at the terminal reads long output through a pager; scripts and pipes never.
        let pager = isInteractive && pagesLongOutput ? pagerCommand.flatMap { command in
            terminalRows?().map { Pager(command: command, rows: $0) { sink.write(bytes: $0) } }
        } : nil
        var stream = TextStream { bytes in
            if let pager { pager.write(bytes) } else { sink.write(bytes: bytes) }
        }
        let err = renderer.write(output, to: &stream)
        stream.flush()
        pager?.finish()
        if !err.isEmpty { sink.writeError(err) }
    }

    private var currentErrorPrefix = ""

    func report(_ message: String) {
        sink.writeError(currentErrorPrefix + style.red("error:") + " " + TerminalText.escaped(message) + "\n")
    }

    /// The prompt: `senaryo> `, or `senaryo[goc-idaresi-2021]> ` with a dataset in use.
    public var prompt: String {
        var label = currentDatasetID
        if let scenario = currentScenario { label = (label.map { $0 + " › " } ?? "") + scenario }
        let name = label.map { "senaryo[\($0)]" } ?? "senaryo"
        guard style.enabled else { return name + "> " }
        // \u{1} and \u{2} tell libedit the escape codes take no columns.
        return "\u{1}\u{1B}[1;36m\u{2}" + name + "\u{1}\u{1B}[0m\u{2}> "
    }
}
