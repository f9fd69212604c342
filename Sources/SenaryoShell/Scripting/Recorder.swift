import Foundation

/// Writes the session's successful commands to a script as they happen (`record FILE`), so a
/// replay rebuilds the same state. Each line is flushed at once: a killed session keeps its record.
final class Recorder {
    let path: String
    let changesOnly: Bool
    private let descriptor: Int32

    /// Starts the script at `target` (checked: no link, device or unasked replacement) with the
    /// `preamble` lines the recorded commands need.
    init(target: OutputFile, changesOnly: Bool, preamble: [String] = []) throws(CommandError) {
        self.path = target.name
        self.changesOnly = changesOnly
        let descriptor = open(target.path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw CommandError("cannot write \(target.name): \(FileDescriptor.describe(errno))") }
        self.descriptor = descriptor
        try write("# recorded by senaryo \(Launcher.version); replay with: senaryo \(Tokenizer.quoteForShell(target.name))")
        for line in preamble { try write(line) }
    }

    /// Appends a line; a failure (a full disk) is an error naming the file, and the caller stops recording.
    func write(_ line: String) throws(CommandError) {
        if let code = FileDescriptor.writeAll(descriptor, (line + "\n").utf8) {
            throw CommandError("record: cannot write \(path): \(FileDescriptor.describe(code)); recording stopped")
        }
    }

    /// Closes the script (`record stop`, or the end of the session).
    func stop() {
        guard !stopped else { return }
        stopped = true
        close(descriptor)
    }

    private var stopped = false

    deinit { stop() }
}

import SenaryoKit

extension Tokenizer {
    static func quoteForShell(_ text: String) -> String { quote(text) }
}
