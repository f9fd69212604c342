import Foundation
import SenaryoKit
import SenaryoPluginProtocol
import SenaryoStore

/// `plugin add|list|remove|reload|test`: external plugins in any language.
struct PluginManagementCommand: ShellCommand {
    static let actions = ["add", "list", "remove", "reload", "test"]

    let spec = CommandSpec(
        name: "plugin", group: "Plugins",
        summary: "Add, list, remove, reload or test external plugins (any language, over the plugin protocol)",
        discussion: """
            An external plugin is a program — a Python file, or any executable — that speaks \
            Senaryo's plugin protocol (newline-delimited JSON on stdin/stdout, docs/plugin-protocol.md). \
            `plugin add PATH` asks it for its commands once and keeps them in the workspace, so \
            `help` and completion show them and start-up never launches a plugin. A plugin starts \
            on first use and stays up for the session. Files in the folders of SENARYO_PLUGIN_PATH \
            are added automatically. A plugin that crashes, hangs, floods or speaks another \
            protocol version gives an error and the shell goes on (SENARYO_PLUGIN_TIMEOUT sets the \
            deadline of a call, 30 s by default). `plugin test PATH` checks a plugin against the \
            protocol before you add it.
            """,
        arguments: [
            ArgumentSpec("action", help: Self.actions.joined(separator: ", "), completion: .choices(Self.actions)),
            ArgumentSpec("target", valueName: "PATH|NAME", help: "the plugin file (add, test) or name (remove, reload)", isOptional: true,
                         completion: .filePath),
        ],
        examples: [
            CommandExample("plugin add Plugins/examples/enflasyon.py", "register the example Python plugin"),
            CommandExample("plugin list", "the registered plugins and their commands"),
            CommandExample("plugin test Plugins/examples/enflasyon.py", "check a plugin against the protocol"),
            CommandExample("plugin reload enflasyon", "after editing the plugin"),
        ],
        recording: .change)

    func run(_ arguments: ParsedArguments, in shell: Shell) throws -> CommandOutput {
        let action = arguments.string("action")!
        let target = arguments.string("target")
        func required(_ what: String) throws -> String {
            guard let target else { throw UsageError("plugin \(action) needs \(what)", argument: "PATH|NAME", usage: spec.synopsis) }
            return target
        }
        do {
            switch action {
            case "add":
                let (record, launch, signatures) = try PluginRegistration.register(path: shell.resolvedPath(try required("a PATH")), in: shell.workspace,
                                                                                   timeout: shell.pluginHost.handshakeTimeout)
                let clashes = shell.registerExternal(name: record.name, launch: launch, signatures: signatures)
                let added = signatures.map(\.name).filter { !clashes.contains($0) }
                return .message("added plugin \(record.name)\(record.version.map { " \($0)" } ?? "") (protocol \(record.protocolVersion)): "
                                + (added.isEmpty ? "no command" : "command\(added.count == 1 ? "" : "s") " + added.map { "`\($0)`" }.joined(separator: ", ")))
            case "list":
                let records = try shell.workspace.plugins()
                if records.isEmpty { return .message("no external plugins (add one with `plugin add PATH`)") }
                return .table(Table(columns: [Column("name"), Column("version"), Column("protocol"), Column("commands", maximumWidth: 40),
                                              Column("path", maximumWidth: 60)],
                                    rows: records.map { record in
                                        let commands = (try? PluginRegistration.decode(record).1.map(\.name).joined(separator: ", ")) ?? "(unreadable)"
                                        return [.text(record.name), .optional(record.version), .integer(record.protocolVersion), .text(commands), .text(record.path)]
                                    }))
            case "remove":
                let name = try required("a NAME")
                guard try shell.workspace.removePlugin(name) else {
                    let hint = Suggestion.nearest(to: name, in: try shell.workspace.plugins().map(\.name)).map { "did you mean \($0)?" }
                    throw CommandError("no plugin \(name)", help: hint ?? "`plugin list` shows them")
                }
                shell.unregisterExternal(name: name)
                return .message("removed plugin \(name)")
            case "reload":
                let records = try shell.workspace.plugins().filter { target == nil || $0.name == target }
                guard !records.isEmpty else { throw CommandError("no plugin \(target ?? "registered")") }
                var lines: [String] = []
                for record in records {
                    shell.pluginHost.stop(record.name)
                    let (fresh, launch, signatures) = try PluginRegistration.register(path: record.path, in: shell.workspace,
                                                                                      timeout: shell.pluginHost.handshakeTimeout)
                    if fresh.name != record.name { _ = try shell.workspace.removePlugin(record.name); shell.unregisterExternal(name: record.name) }
                    shell.registerExternal(name: fresh.name, launch: launch, signatures: signatures)
                    lines.append("reloaded \(fresh.name): " + signatures.map(\.name).joined(separator: ", "))
                }
                return .message(lines.joined(separator: "\n"))
            case "test":
                let report = try PluginConformance.check(path: shell.resolvedPath(try required("a PATH")), shell: shell)
                return report
            default:
                let hint = Suggestion.nearest(to: action, in: Self.actions).map { " (did you mean \($0)?)" } ?? ""
                throw UsageError("\"\(action)\" is not a plugin action\(hint); expected \(Self.actions.joined(separator: ", "))",
                                 argument: "ACTION", usage: spec.synopsis)
            }
        } catch let fault as PluginFault {
            throw CommandError(fault.message, help: fault.help)
        }
    }
}
