import Foundation

/// Writes to the process's stdout and stderr, unbuffered enough for interactive use.
final class StandardSink: OutputSink {
    func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    func write(bytes: [UInt8]) {
        FileHandle.standardOutput.write(Data(bytes))
    }

    func writeError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
