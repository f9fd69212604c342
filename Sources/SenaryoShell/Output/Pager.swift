import Foundation

/// Long output at the terminal, shown through a pager (`$PAGER`, default `less -FRSX`).
///
/// Output is held until it is longer than the screen, so a short answer never starts a pager;
/// past that, the pager is started and fed as the command's output is formed (a national
/// budget is not held whole first). Quitting the pager early ends the output quietly.
final class Pager {
    /// What runs the pager: `/bin/sh -c COMMAND`, so `$PAGER` may carry options.
    let command: String
    /// The screen's height: output of this many lines or more is paged.
    let rows: Int
    private let direct: ([UInt8]) -> Void
    private var held: [UInt8] = []
    private var lines = 0
    private var process: Process?
    private var input: FileHandle?
    private var closed = false

    static let defaultCommand = "less -FRSX"

    init(command: String, rows: Int, direct: @escaping ([UInt8]) -> Void) {
        self.command = command
        self.rows = rows
        self.direct = direct
    }

    func write(_ bytes: [UInt8]) {
        if closed { return }
        if input != nil { feed(bytes); return }
        held += bytes
        lines += bytes.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
        guard lines >= rows - 1 else { return }
        if start() {
            feed(held)
        } else {
            direct(held)  // no pager could start: the output goes straight to the terminal
            closed = true
        }
        held = []
    }

    /// Ends the output: short output is written as it is; a pager is waited for.
    func finish() {
        if let process {
            try? input?.close()
            process.waitUntilExit()
        } else if !held.isEmpty, !closed {
            direct(held)
        }
        held = []
    }

    private func start() -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let pipe = Pipe()
        process.standardInput = pipe
        do { try process.run() } catch { return false }
        self.process = process
        input = pipe.fileHandleForWriting
        return true
    }

    private func feed(_ bytes: [UInt8]) {
        do { try input?.write(contentsOf: bytes) } catch {
            closed = true  // the pager was quit before the end
            try? input?.close()
            input = nil
        }
    }
}
