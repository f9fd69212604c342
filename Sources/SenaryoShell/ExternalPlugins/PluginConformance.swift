import Foundation
import SenaryoKit
import SenaryoPluginProtocol

/// `plugin test PATH`: checks a plugin against the protocol and says what is wrong.
enum PluginConformance {
    static func check(path: String, shell: Shell) throws -> CommandOutput {
        var rows: [[Value]] = []
        var passed = 0, failed = 0
        func record(_ name: String, _ ok: Bool, _ detail: String) {
            rows.append([.text(ok ? "ok" : "FAIL"), .text(name), .text(detail)])
            if ok { passed += 1 } else { failed += 1 }
        }
        let timeout = shell.pluginHost.handshakeTimeout
        let launch = try PluginLaunch.forFile(path)
        let label = ((launch.arguments.first ?? launch.executable) as NSString).lastPathComponent

        // 1. Handshake.
        let connection: PluginConnection
        var signatures: [CommandSignature] = []
        do {
            connection = try PluginConnection(name: label, launch: launch)
            let hello = try PluginHost.handshake(connection, timeout: timeout)
            let name = hello.name ?? ""
            record("handshake", DatasetManifestName.isValid(name),
                   "protocol \(hello.protocol ?? 0), name \(name.isEmpty ? "(none)" : name), version \(hello.version ?? "(none)")")
        } catch {
            record("handshake", false, error.description)
            return output(rows, passed, failed)
        }
        defer { connection.stop() }

        // 2. Describe.
        do {
            let response = try connection.call("describe", nil, timeout: timeout)
            signatures = response.result?.commands ?? []
            var problems: [String] = []
            if signatures.isEmpty { problems.append("no commands") }
            for signature in signatures {
                if !DatasetManifestName.isValid(signature.name) { problems.append("\"\(signature.name)\" is not a valid command name") }
                if signature.summary.isEmpty { problems.append("\(signature.name) has no summary") }
                if shell.registry.command(named: signature.name).map({ $0.pluginName != label }) == true,
                   shell.registry.command(named: signature.name)?.pluginName == nil {
                    problems.append("\(signature.name) clashes with a built-in command")
                }
                if (signature.examples ?? []).isEmpty { problems.append("\(signature.name) has no example") }
            }
            record("describe", problems.isEmpty, problems.isEmpty ? signatures.map(\.name).joined(separator: ", ") : problems.joined(separator: "; "))
        } catch {
            record("describe", false, error.description)
        }

        // 3. Every example parses against its signature and runs within the deadline.
        for signature in signatures {
            let command = ExternalCommand(signature: signature, plugin: label)
            for example in signature.examples ?? [] {
                do {
                    let tokens = try Tokenizer.split(example.command)
                    guard tokens.first?.text == signature.name else {
                        record("example", false, "`\(example.command)` does not start with \(signature.name)")
                        continue
                    }
                    let parsed = try ParsedArguments(spec: command.spec, tokens: Array(tokens.dropFirst()))
                    let arguments = ExternalCommand.wire(parsed, line: example.command)
                    let context = try PluginContextBuilder.context(for: signature.needs ?? [], in: shell)
                    let started = Date()
                    let response = try connection.call("run", .init(command: signature.name, arguments: arguments, context: context),
                                                       timeout: shell.pluginHost.timeout)
                    let elapsed = String(format: "%.0f ms", Date().timeIntervalSince(started) * 1000)
                    if let error = response.error {
                        record("example", !error.message.isEmpty, "`\(example.command)` → error: \(error.message) (\(elapsed))")
                    } else if let result = response.result {
                        let blocks = try (result.output ?? []).map(ExternalCommand.block)
                        _ = try (result.operations ?? []).map(WireOperations.operation)
                        record("example", true, "`\(example.command)` → \(blocks.count) output item\(blocks.count == 1 ? "" : "s") (\(elapsed))")
                    } else {
                        record("example", false, "`\(example.command)` → neither result nor error")
                    }
                } catch {
                    record("example", false, "`\(example.command)`: \(error)")
                }
            }
        }

        // 4. Errors: an unknown command gets an error reply, not silence or a crash.
        do {
            let response = try connection.call("run", .init(command: "no-such-command-\(UUID().uuidString.prefix(6).lowercased())"), timeout: timeout)
            record("unknown command", response.error?.message.isEmpty == false, response.error.map { "error: \($0.message)" } ?? "no error reply")
        } catch {
            record("unknown command", false, error.description)
        }

        // 5. A malformed line does not kill it: it still answers afterwards.
        connection.sendRaw("this is not json\n")
        do {
            let response = try connection.call("describe", nil, timeout: timeout)
            record("malformed input", response.result?.commands != nil, "still answers after a malformed line")
        } catch {
            record("malformed input", false, error.description)
        }

        // 6. Another protocol version is refused with an error, not a crash.
        do {
            let other = try PluginConnection(name: label, launch: launch)
            defer { other.stop() }
            let response = try other.call("handshake", .init(protocol: PluginProtocol.version + 98, host: "senaryo-test"), timeout: timeout)
            record("version mismatch", response.error != nil || response.result?.protocol != PluginProtocol.version + 98,
                   response.error.map { "refused: \($0.message)" } ?? "answered protocol \(response.result?.protocol.map(String.init) ?? "none")")
        } catch {
            record("version mismatch", false, error.description)
        }
        return output(rows, passed, failed)
    }

    private static func output(_ rows: [[Value]], _ passed: Int, _ failed: Int) -> CommandOutput {
        CommandOutput([.table(Table(columns: [Column("result"), Column("check"), Column("detail", maximumWidth: 90)], rows: rows)),
                       .text("\(passed) passed, \(failed) failed")],
                      failure: failed > 0 ? "the plugin fails \(failed) check\(failed == 1 ? "" : "s")" : nil)
    }
}
