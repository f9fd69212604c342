import BuiltinPlugins
import Foundation
import SenaryoShell
import SenaryoStore
import Testing

/// Records each piece of standard output as the shell hands it on.
private final class PieceSink: OutputSink {
    var pieces: [[UInt8]] = [], errors = ""
    func write(_ text: String) { pieces.append(Array(text.utf8)) }
    func write(bytes: [UInt8]) { pieces.append(bytes) }
    func writeError(_ text: String) { errors += text }
}

/// A dataset whose budget in CSV is a few megabytes: 20 000 lines with Turkish names.
private func largeBudgetDataset() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("senaryo-stream-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try """
        format: senaryo-dataset/1
        id: akis
        institution: "Akış Başkanlığı"
        title: "Akış"
        kind: activity-report
        year: 2021
        currency: TRY
        """.write(to: folder.appendingPathComponent("dataset.yaml"), atomically: true, encoding: .utf8)
    var csv = "year,classification,code,parent,name,initial,added,deducted,revised,spent\n"
    for line in 1...20_000 {
        csv += "2021,institutional,K\(line),,Şube Müdürlüğü İğdır \(line),\(line)000,\(line),0,,\(line)00.5\n"
    }
    try csv.write(to: folder.appendingPathComponent("budget.csv"), atomically: true, encoding: .utf8)
    return folder
}

@Suite("Streamed output")
struct StreamedOutputTests {
    @Test(arguments: ["csv", "json"])
    func longMachineOutputArrivesInWholeLinePieces(format: String) throws {
        let folder = try largeBudgetDataset()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sink = PieceSink()
        let shell = Shell(workspace: try Workspace(path: Workspace.inMemoryPath), plugins: builtinPlugins, sink: sink)
        #expect(shell.execute("load \(folder.path)"))
        sink.pieces.removeAll()
        #expect(shell.execute("budget --format \(format)"))

        // Several pieces, each ending a line and valid UTF-8 on its own (İ, ş, ğ are two bytes).
        #expect(sink.pieces.count > 2)
        for piece in sink.pieces {
            #expect(piece.last == UInt8(ascii: "\n"))
            #expect(String(validating: piece, as: UTF8.self) != nil)
        }
        let text = String(decoding: sink.pieces.joined(), as: UTF8.self)
        let lines = text.split(separator: "\n")
        if format == "csv" {
            #expect(lines.count == 20_002)  // the header, the lines and the total
            #expect(lines[1].hasPrefix("line,2021,institutional,K1,,0,Şube Müdürlüğü İğdır 1,1000,1,0,1001,100.5,"))
            #expect(lines[20_001].hasPrefix("total,2021,institutional,"))
        } else {
            #expect(lines.count == 20_003)
            #expect(text.hasPrefix("[\n  {\"kind\": \"line\", \"year\": 2021, \"classification\": \"institutional\", \"code\": \"K1\""))
            #expect(text.hasSuffix("}\n]\n"))
        }
    }
}
