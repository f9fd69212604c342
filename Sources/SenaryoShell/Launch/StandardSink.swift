import Foundation

/// Writes to the process's stdout and stderr, unbuffered enough for interactive use.
///
/// When stdout cannot be written the program ends there: a closed pipe (`senaryo -c budget |
/// head -1`) ends it quietly with status 141, as a program killed by SIGPIPE would; any other
/// failure (`/dev/full`, a full disk) is reported on stderr with status 1. Nothing is written
/// after that would reach anyone, and carrying on would hide that the output is incomplete.
final class StandardSink: OutputSink {
    func write(_ text: String) {
        written(FileDescriptor.writeAll(STDOUT_FILENO, text.utf8))
    }

    func write(bytes: [UInt8]) {
        written(FileDescriptor.writeAll(STDOUT_FILENO, bytes))
    }

    /// Ends the program when a write to stdout failed (`code`), as above.
    private func written(_ code: Int32?) {
        guard let code else { return }
        if code == EPIPE { exit(141) }
        writeError("senaryo: cannot write to standard output: \(FileDescriptor.describe(code))\n")
        exit(1)
    }

    func writeError(_ text: String) {
        // Where errors cannot be written there is nobody to tell.
        _ = FileDescriptor.writeAll(STDERR_FILENO, text.utf8)
    }
}
