import Foundation
import SenaryoPluginProtocol

/// The running external plugins of a session: started on first use, kept for fast repeated
/// calls, stopped cleanly when the shell exits.
final class PluginHost: @unchecked Sendable {
    private var connections: [String: PluginConnection] = [:]
    private var launches: [String: PluginLaunch] = [:]
    /// Seconds a `run` may take (SENARYO_PLUGIN_TIMEOUT), and the handshake and describe.
    let timeout: TimeInterval
    var handshakeTimeout: TimeInterval { min(5, timeout) }

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        timeout = environment["SENARYO_PLUGIN_TIMEOUT"].flatMap(Double.init).flatMap { $0 > 0 ? $0 : nil } ?? 30
    }

    func setLaunch(_ launch: PluginLaunch, for name: String) {
        if launches[name] != launch { connections[name]?.stop(); connections[name] = nil }
        launches[name] = launch
    }

    /// The plugin's connection, starting it (and shaking hands) if it is not running.
    func connection(for name: String) throws(PluginFault) -> PluginConnection {
        if let existing = connections[name], existing.isAlive { return existing }
        guard let launch = launches[name] else { throw PluginFault(message: "plugin \(name) is not registered") }
        let connection = try PluginConnection(name: name, launch: launch)
        _ = try Self.handshake(connection, timeout: handshakeTimeout)
        connections[name] = connection
        return connection
    }

    func stop(_ name: String) {
        connections[name]?.stop()
        connections[name] = nil
    }

    func stopAll() {
        for connection in connections.values { connection.stop() }
        connections.removeAll()
    }

    /// The handshake: the same protocol version, or a clear refusal.
    static func handshake(_ connection: PluginConnection, timeout: TimeInterval) throws(PluginFault) -> Response.Result {
        let response = try connection.call("handshake", .init(protocol: PluginProtocol.version, host: "senaryo \(Launcher.version)",
                                                              features: PluginProtocol.hostFeatures), timeout: timeout)
        if let error = response.error {
            connection.stop()
            throw PluginFault(message: "plugin \(connection.name) refused the handshake: \(error.message)", help: error.help)
        }
        guard let result = response.result, result.protocol == PluginProtocol.version else {
            connection.stop()
            throw PluginFault(message: "plugin \(connection.name) speaks plugin protocol \(response.result?.protocol.map(String.init) ?? "(none)"), Senaryo speaks \(PluginProtocol.version)",
                              help: "update the plugin (or Senaryo) so that both speak protocol \(PluginProtocol.version)")
        }
        return result
    }

    /// Starts a plugin just to learn its name, version and commands (for `plugin add`).
    static func describe(_ launch: PluginLaunch, label: String, timeout: TimeInterval) throws(PluginFault) -> (Response.Result, [CommandSignature]) {
        let connection = try PluginConnection(name: label, launch: launch)
        defer { connection.stop() }
        let hello = try handshake(connection, timeout: timeout)
        let response = try connection.call("describe", nil, timeout: timeout)
        if let error = response.error { throw PluginFault(message: "plugin \(label) failed to describe itself: \(error.message)", help: error.help) }
        guard let commands = response.result?.commands, !commands.isEmpty else {
            throw PluginFault(message: "plugin \(label) describes no command")
        }
        return (hello, commands)
    }
}
