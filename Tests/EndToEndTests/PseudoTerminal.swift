import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program on a pseudo-terminal, as if a person typed into it, and reads its screen output.
final class PseudoTerminal {
    private let master: Int32
    private let process = Process()
    private(set) var transcript = ""

    init(executable: URL, arguments: [String], environment: [String: String], directory: URL) throws {
        // posix_openpt and friends are not exported by Swift's Glibc module: use the Linux ioctls.
        // O_CLOEXEC: processes other tests start at the same time must not inherit this terminal.
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        var unlock: Int32 = 0, number: UInt32 = 0
        let TIOCSPTLCK: UInt = 0x4004_5431, TIOCGPTN: UInt = 0x8004_5430
        guard master >= 0, ioctl(master, TIOCSPTLCK, &unlock) == 0, ioctl(master, TIOCGPTN, &number) == 0 else {
            throw POSIXError(.ENOTTY)
        }
        let slave = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard slave >= 0 else { throw POSIXError(.ENOTTY) }
        var size = winsize(ws_row: 40, ws_col: 120, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(slave, UInt(TIOCSWINSZ), &size)
        let handle = FileHandle(fileDescriptor: slave, closeOnDealloc: true)
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment
        process.currentDirectoryURL = directory
        process.standardInput = handle
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
    }

    deinit {
        if process.isRunning { process.terminate() }
        close(master)
    }

    /// Waits until the program reads keys one by one (the line editor has switched the terminal
    /// out of canonical mode). A person types after seeing the prompt; on a loaded machine the
    /// prompt can appear before the editor is reading, and keys typed then are cooked by the
    /// terminal (an early Ctrl-D becomes a character in the line), not seen by the editor.
    func waitUntilReadingKeys(timeout: TimeInterval = 10) {
        let deadline = Date().addingTimeInterval(timeout)
        var attributes = termios()
        while Date() < deadline {
            if tcgetattr(master, &attributes) == 0, attributes.c_lflag & tcflag_t(ICANON) == 0 { return }
            waitFor("\u{0}", timeout: 0.02)
        }
    }

    /// Ctrl-C while a command runs: the terminal would send SIGINT (this one is not the program's
    /// controlling terminal, so the signal is sent as the terminal would).
    func interrupt() {
        kill(process.processIdentifier, SIGINT)
    }

    /// Types `text` (use "\t" for Tab, "\r" for Enter, "\u{1B}[A" for the up arrow) once the
    /// line editor is reading keys.
    func type(_ text: String) {
        waitUntilReadingKeys()
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBufferPointer { write(master, $0.baseAddress, $0.count) }
    }

    /// Types `text` at once, for a question the program asks on the cooked terminal (where the
    /// line editor is not reading and `type` would wait for it).
    func answer(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBufferPointer { write(master, $0.baseAddress, $0.count) }
    }

    /// Reads until `text` has appeared in the output since `from`, or the timeout passes.
    @discardableResult
    func waitFor(_ text: String, after mark: String.Index? = nil, timeout: TimeInterval = 10) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let searched = mark.map { transcript[$0...] } ?? transcript[...]
            if searched.contains(text) { return true }
            var pollfd = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            if poll(&pollfd, 1, 100) > 0 {
                var buffer = [UInt8](repeating: 0, count: 4096)
                let count = read(master, &buffer, buffer.count)
                if count <= 0 { break }
                transcript += String(decoding: buffer[0..<count], as: UTF8.self)
            }
        }
        let searched = mark.map { transcript[$0...] } ?? transcript[...]
        return searched.contains(text)
    }

    /// Where the output ends now, to look only at what comes next.
    var mark: String.Index { transcript.endIndex }

    /// Types `text` (a quit command, Ctrl-D) until the program exits. libedit discards input
    /// typed while it is not reading (it flushes when it switches the terminal mode), so on a
    /// loaded machine a key typed just after the output may be lost; typing again is what a
    /// person would do.
    func typeUntilExit(_ text: String, attempts: Int = 6) -> Int32? {
        for _ in 0..<attempts {
            type(text)
            if let status = waitForExit(timeout: 5) { return status }
        }
        return nil
    }

    func waitForExit(timeout: TimeInterval = 10) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { waitFor("\u{0}", timeout: 0.1) }
        return process.isRunning ? nil : process.terminationStatus
    }
}

extension PseudoTerminal {
    /// The real `senaryo` on a terminal, with a scratch home (history, config) and `TERM`.
    ///
    /// - Parameter controllingTerminal: make the terminal the program's controlling terminal
    ///   (through `setsid --ctty`), so that Ctrl-C typed on the cooked terminal — at a yes/no
    ///   question, while the line editor is not reading — sends SIGINT, as it does for a person.
    static func senaryo(_ arguments: [String], home: URL, directory: URL = SenaryoBinary.packageRoot, term: String = "vt100",
                        environment extra: [String: String] = [:], controllingTerminal: Bool = false) throws -> PseudoTerminal {
        var environment = SenaryoBinary.environment(home: home).merging(extra) { $1 }
        environment["TERM"] = term
        if controllingTerminal {
            return try PseudoTerminal(executable: URL(fileURLWithPath: "/usr/bin/setsid"),
                                      arguments: ["--ctty", "--wait", SenaryoBinary.executable.path] + arguments,
                                      environment: environment, directory: directory)
        }
        return try PseudoTerminal(executable: SenaryoBinary.executable, arguments: arguments, environment: environment, directory: directory)
    }
}
