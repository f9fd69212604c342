import Foundation
import SenaryoPluginKit
import Testing

/// Golden transcripts freeze protocol 1: each `> ` line is a request as the host writes it,
/// each `< ` line the plugin's reply. A change to the wire schema makes these fail; a protocol
/// change must then come with a new protocol version (and new golden files), never silently.
@Suite("Plugin protocol 1 golden transcripts")
struct ProtocolGoldenTests {
    /// A small plugin with the shape of a real one.
    static let server = PluginServer(name: "golden", version: "1.0.0", commands: [
        PluginCommand(CommandSignature(
            name: "yuzde", summary: "A share as a percentage",
            arguments: [ArgumentSignature(name: "part", help: "the part"), ArgumentSignature(name: "whole", help: "the whole")],
            options: [OptionSignature(name: "decimals", help: "decimals shown", value: "N")],
            examples: [ExampleSignature(command: "yuzde 1 4", explanation: "25 %")], needs: ["budget"])) { request in
            guard let part = request.value("part").flatMap({ Decimal(string: $0) }),
                  let whole = request.value("whole").flatMap({ Decimal(string: $0) }), whole != 0 else {
                throw PluginFailure("PART and WHOLE must be numbers, WHOLE not zero", help: "e.g. yuzde 1 4", argument: "WHOLE")
            }
            let share = part / whole * 100
            return RunResult(output: [OutputItem(type: "table", columns: [ColumnSignature(key: "share_pct", type: "decimal", decimals: 1)],
                                                 rows: [["\(share)"]])],
                             operations: [WireOperation(op: "set_target", codes: ["PP16"], byPercent: "\(share)")])
        },
    ])

    static func golden(_ name: String) throws -> [String] {
        let url = try #require(Bundle.module.url(forResource: "Golden", withExtension: nil)).appendingPathComponent(name)
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
    }

    /// SENARYO_UPDATE_GOLDEN=1 rewrites the `< ` lines from the actual replies (for a new protocol version only).
    @Test("requests and replies are exactly the golden lines", arguments: ["session.jsonl", "errors.jsonl"])
    func session(_ name: String) throws {
        let lines = try Self.golden(name)
        var pending: Request?
        var rewritten: [String] = []
        for line in lines {
            if line.hasPrefix("#") { rewritten.append(line); continue }
            let body = String(line.dropFirst(2))
            if line.hasPrefix("> ") {
                let request = try Wire.decode(Request.self, from: Data(body.utf8))
                #expect(String(decoding: try Wire.encode(request), as: UTF8.self) == body + "\n", "request re-encodes differently")
                pending = request
                rewritten.append(line)
            } else if line.hasPrefix("<") {
                let request = try #require(pending)
                let reply = String(decoding: try Wire.encode(Self.server.respond(to: request, id: try #require(request.id))), as: UTF8.self)
                rewritten.append("< " + reply.dropLast())
                if ProcessInfo.processInfo.environment["SENARYO_UPDATE_GOLDEN"] == nil {
                    #expect(reply == body + "\n", "reply to \(request.method) differs from the golden line")
                }
                pending = nil
            }
        }
        if ProcessInfo.processInfo.environment["SENARYO_UPDATE_GOLDEN"] != nil {
            let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden").appendingPathComponent(name)
            try (rewritten.joined(separator: "\n") + "\n").write(to: source, atomically: true, encoding: .utf8)
        }
    }

    @Test func hostHandshakeIsTheGoldenOne() throws {
        let request = Request(id: 1, method: "handshake", params: .init(protocol: PluginProtocol.version, host: "senaryo test",
                                                                       features: PluginProtocol.hostFeatures))
        let line = try Self.golden("session.jsonl").first { $0.hasPrefix("> ") }!
        #expect(String(decoding: try Wire.encode(request), as: UTF8.self) == String(line.dropFirst(2)) + "\n")
    }

    @Test func protocolVersionIsOne() {
        // Bumping it is a deliberate act: new golden files, docs/plugin-protocol.md, and plugins told.
        #expect(PluginProtocol.version == 1)
    }
}
