import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Facts about the terminal, and questions asked on it.
enum Terminal {
    static func width() -> Int? {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    static func height() -> Int? {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 else { return nil }
        return Int(size.ws_row)
    }

    /// Asks a yes/no question; anything but y/yes/e/evet is no, and so is Ctrl-C or Ctrl-D.
    ///
    /// The answer is read with read(2), not `readLine()`: Ctrl-C interrupts the read (the
    /// SIGINT handler is installed without SA_RESTART), and `readLine()` then retried the
    /// failed read of its stdio stream for ever, spinning at full CPU and ignoring all input.
    static func confirm(_ question: String) -> Bool {
        Interrupt.clear()
        _ = FileDescriptor.writeAll(STDERR_FILENO, "\(question) [y/N] ".utf8)
        var answer: [UInt8] = []
        var byte: UInt8 = 0
        while true {
            // A Ctrl-C that came before the read started would not interrupt it.
            let count = Interrupt.isPending ? -1 : read(STDIN_FILENO, &byte, 1)
            if count == 1 {
                if byte == UInt8(ascii: "\n") { break }
                answer.append(byte)
                continue
            }
            if count < 0, !Interrupt.isPending, errno == EINTR { continue }
            // Ctrl-C (EINTR with the flag set), Ctrl-D or a read error: no.
            _ = FileDescriptor.writeAll(STDERR_FILENO, "\n".utf8)
            Interrupt.clear()
            return false
        }
        let text = String(decoding: answer, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        return ["y", "yes", "e", "evet"].contains(text)
    }
}
