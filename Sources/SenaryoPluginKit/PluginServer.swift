import Foundation
@_exported import SenaryoPluginProtocol

/// The plugin side of Senaryo's protocol: reads requests from stdin, answers on stdout.
///
///     import SenaryoPluginKit
///
///     PluginServer(name: "merhaba", version: "1.0", commands: [
///         PluginCommand(CommandSignature(name: "merhaba", summary: "Greet the dataset in use")) { request in
///             .message("Merhaba, \(request.context.dataset?.institution ?? "dünya")")
///         },
///     ]).run()
public struct PluginServer: Sendable {
    public var name: String
    public var version: String
    public var commands: [PluginCommand]

    public init(name: String, version: String, commands: [PluginCommand]) {
        self.name = name
        self.version = version
        self.commands = commands
    }

    /// Serves requests until stdin closes or the host says `shutdown`.
    public func run() {
        while let line = readLine(strippingNewline: true) {
            guard !line.isEmpty else { continue }
            guard let request = try? Wire.decode(Request.self, from: Data(line.utf8)) else {
                send(Response(id: 0, error: PluginError(message: "not a request: \(line.prefix(80))")))
                continue
            }
            if request.method == "shutdown" { return }
            guard let id = request.id else { continue }  // notifications (interrupt) need no reply
            send(respond(to: request, id: id))
        }
    }

    /// The reply to one request (public so a plugin's tests can call it without a process).
    public func respond(to request: Request, id: Int) -> Response {
        switch request.method {
        case "handshake":
            guard request.params?.protocol == PluginProtocol.version else {
                return Response(id: id, error: PluginError(
                    message: "\(name) speaks plugin protocol \(PluginProtocol.version), the host \(request.params?.protocol.map(String.init) ?? "none")",
                    help: "update the plugin or Senaryo so that they speak the same protocol"))
            }
            return Response(id: id, result: .init(protocol: PluginProtocol.version, name: name, version: version, features: ["operations"]))
        case "describe":
            return Response(id: id, result: .init(commands: commands.map(\.signature)))
        case "run":
            guard let params = request.params, let commandName = params.command,
                  let command = commands.first(where: { $0.signature.name == commandName }) else {
                return Response(id: id, error: PluginError(message: "\(name) has no command \(request.params?.command ?? "(none)")"))
            }
            let runRequest = RunRequest(arguments: params.arguments ?? Arguments(positional: [:], options: [:], flags: [], line: commandName),
                                        context: params.context ?? Context(dataset: nil, scenario: nil, settings: [:], tables: [:]))
            do {
                let result = try command.run(runRequest)
                return Response(id: id, result: .init(output: result.output, operations: result.operations))
            } catch let failure as PluginFailure {
                return Response(id: id, error: PluginError(message: failure.message, help: failure.help, argument: failure.argument))
            } catch {
                return Response(id: id, error: PluginError(message: "\(error)"))
            }
        default:
            return Response(id: id, error: PluginError(message: "unknown method \(request.method)"))
        }
    }

    private func send(_ response: Response) {
        guard let data = try? Wire.encode(response) else { return }
        FileHandle.standardOutput.write(data)
    }
}

/// One command of a plugin: its declaration and what it does.
public struct PluginCommand: Sendable {
    public var signature: CommandSignature
    public var run: @Sendable (RunRequest) throws -> RunResult

    public init(_ signature: CommandSignature, run: @escaping @Sendable (RunRequest) throws -> RunResult) {
        self.signature = signature
        self.run = run
    }
}

/// What a command receives.
public struct RunRequest: Sendable {
    public var arguments: Arguments
    public var context: Context

    public func value(_ name: String) -> String? {
        arguments.positional[name]?.last ?? arguments.options[name]?.last
    }

    public func flag(_ name: String) -> Bool { arguments.flags.contains(name) }

    /// A table of the context, each row a dictionary of column → value.
    public func table(_ name: String) -> [[String: String?]] { context.tables[name] ?? [] }
}

/// What a command returns: output items and scenario operations.
public struct RunResult: Sendable {
    public var output: [OutputItem]
    public var operations: [WireOperation]

    public init(output: [OutputItem] = [], operations: [WireOperation] = []) {
        self.output = output
        self.operations = operations
    }

    public static func message(_ text: String) -> RunResult { RunResult(output: [.message(text)]) }
}

/// A failure to report to the user, with what to do about it and the argument concerned.
public struct PluginFailure: Error, Sendable {
    public var message: String
    public var help: String?
    public var argument: String?

    public init(_ message: String, help: String? = nil, argument: String? = nil) {
        self.message = message
        self.help = help
        self.argument = argument
    }
}
