import Foundation
import SenaryoPluginProtocol
#if canImport(Glibc)
import Glibc
#endif

/// Why talking to a plugin failed. Every case leaves the shell running.
struct PluginFault: Error, CustomStringConvertible {
    var message: String
    var help: String?
    var description: String { help.map { "\(message)\n  \($0)" } ?? message }
}

/// How to start a plugin: the program and its arguments, never through a shell.
struct PluginLaunch: Sendable, Hashable, Codable {
    var executable: String
    var arguments: [String]

    /// The launch for a plugin file: Python files run under the resolved interpreter (so a
    /// version-manager shim is not in the way of every start), others are executed directly.
    static func forFile(_ path: String) throws(PluginFault) -> PluginLaunch {
        let absolute = URL(fileURLWithPath: (path as NSString).expandingTildeInPath).standardizedFileURL.path
        guard FileManager.default.fileExists(atPath: absolute) else { throw PluginFault(message: "no plugin file \(path)") }
        if absolute.hasSuffix(".py") {
            return PluginLaunch(executable: try resolvedPython(), arguments: [absolute])
        }
        guard FileManager.default.isExecutableFile(atPath: absolute) else {
            throw PluginFault(message: "\(path) is not executable", help: "chmod +x it, or give a .py file")
        }
        return PluginLaunch(executable: absolute, arguments: [])
    }

    /// The real python3 executable, asked of the python3 on PATH once.
    static func resolvedPython() throws(PluginFault) -> String {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        guard let python = path.split(separator: ":").map({ "\($0)/python3" }).first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw PluginFault(message: "python3 is not on PATH", help: "install Python 3 to use Python plugins")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", "import sys; print(sys.executable)"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { throw PluginFault(message: "cannot run \(python): \(error)") }
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let resolved = output.trimmingCharacters(in: .whitespacesAndNewlines)
        return FileManager.default.isExecutableFile(atPath: resolved) ? resolved : python
    }
}

/// One running plugin process, spoken to with request/response over pipes, with a deadline on
/// every call. A plugin that crashes, hangs, floods or writes invalid JSON becomes a
/// `PluginFault`, and the process is stopped.
final class PluginConnection: @unchecked Sendable {
    let name: String
    private let process = Process()
    private let input: FileHandle
    private let outputDescriptor: Int32
    /// Bytes read and not yet taken as lines; `scanned` of them are known to hold no newline, so
    /// each byte is looked at once however long a reply is (an 8 MB reply took 30 s).
    private var buffer: [UInt8] = []
    private var scanned = 0
    /// How many bytes at the start of `buffer` have been taken already.
    private var consumed = 0
    /// Ids already used this session. Ids are drawn at random, not counted: a plugin can then
    /// answer only a request it was sent, never one it guesses is coming next.
    private var usedIDs: Set<Int> = []
    private let stderrTail = TextTail()
    private(set) var isAlive = true
    /// The plugin's process group, when it has one of its own (Foundation starts each child in a
    /// new group): stopping the plugin stops whatever it started too.
    private var processGroup: pid_t?
    /// Answers the plugin sent to no pending request, dropped; for the shell to show.
    private var strays: [String] = []

    /// The most a plugin may write for one response before it is stopped as flooding
    /// (SENARYO_PLUGIN_MAX_OUTPUT bytes, 64 MiB by default).
    static let maximumResponse = ProcessInfo.processInfo.environment["SENARYO_PLUGIN_MAX_OUTPUT"].flatMap(Int.init) ?? 64 << 20

    init(name: String, launch: PluginLaunch) throws(PluginFault) {
        self.name = name
        process.executableURL = URL(fileURLWithPath: launch.executable)
        process.arguments = launch.arguments
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        input = stdin.fileHandleForWriting
        outputDescriptor = stdout.fileHandleForReading.fileDescriptor
        let tail = stderrTail
        stderr.fileHandleForReading.readabilityHandler = { handle in
            let data = handle.availableData
            guard !data.isEmpty else { handle.readabilityHandler = nil; return }
            tail.append(data)
        }
        do { try process.run() } catch {
            throw PluginFault(message: "plugin \(name) cannot start: \(FileDescriptor.reason(error))", help: "\(launch.executable) \(launch.arguments.joined(separator: " "))")
        }
        let pid = process.processIdentifier
        // Never our own group: signalling it would stop the shell.
        if getpgid(pid) == pid, pid != getpgrp() { processGroup = pid }
    }

    /// The answers the plugin sent to no pending request since last asked (dropped, not used).
    func takeStrays() -> [String] {
        defer { strays.removeAll() }
        return strays
    }

    deinit { stop() }

    /// What the plugin wrote to stderr lately, for error messages.
    var diagnostics: String {
        let text = stderrTail.text.trimmingCharacters(in: .whitespacesAndNewlines)
        return text.split(separator: "\n").suffix(5).joined(separator: "\n    ")
    }

    /// Sends a request and waits for its response. `interrupted` is polled while waiting: when it
    /// turns true the plugin is sent `interrupt` and given two seconds before it is stopped.
    /// The deadline holds whatever the plugin does: one that closes its output but stays alive
    /// is stopped, as is one that never answers.
    func call(_ method: String, _ params: Request.Params?, timeout: TimeInterval,
              interrupted: () -> Bool = { false }) throws(PluginFault) -> Response {
        guard isAlive else { throw PluginFault(message: "plugin \(name) is not running") }
        // Whatever arrived while no request was pending answers none: an answer sent ahead of
        // time must not be taken for this request's.
        try drainStrays()
        var id = Int.random(in: 1...Int(Int32.max))
        while !usedIDs.insert(id).inserted { id = Int.random(in: 1...Int(Int32.max)) }
        try send(Request(id: id, method: method, params: params))
        var deadline = Date().addingTimeInterval(timeout)
        var interruptSent = false
        var received = 0
        while true {
            if let line = takeLine() {
                received += line.count
                let response = try decode(line)
                if response.id == id { return response }
                noteStray(response)  // a late answer to an earlier, abandoned request, or an invented one
                continue
            }
            if buffer.count - consumed + received > Self.maximumResponse {
                stop()
                throw fault("flooded its output (more than \(Self.maximumResponse) bytes for one answer)")
            }
            if !interruptSent && interrupted() {
                interruptSent = true
                try? send(Request(id: nil, method: "interrupt", params: .init(request: id)))
                deadline = min(deadline, Date().addingTimeInterval(2))
            }
            let remaining = deadline.timeIntervalSinceNow
            if remaining <= 0 {
                stop()
                throw fault(interruptSent ? "was interrupted and stopped" : "did not answer \(method) within \(Self.format(timeout)) s",
                            help: interruptSent ? nil : "a slow plugin can be given longer with SENARYO_PLUGIN_TIMEOUT=SECONDS")
            }
            switch readAvailable(waiting: min(remaining, 0.1)) {
            case .data, .nothing: continue
            case .end:
                // No answer can come any more. A plugin that closed its output and lives on is
                // stopped after a moment (an exiting one closes its output just before it ends).
                let grace = Date().addingTimeInterval(1)
                while process.isRunning && Date() < grace { usleep(5_000) }
                let wasRunning = process.isRunning
                stop()
                if wasRunning { throw fault("closed its output before answering \(method), and was stopped") }
                let how = process.terminationReason == .uncaughtSignal ? "was killed by signal \(process.terminationStatus)"
                    : "exited with status \(process.terminationStatus)"
                throw fault("\(how) before answering \(method)")
            }
        }
    }

    private enum ReadOutcome { case data, nothing, end }

    /// Reads what the plugin has written, waiting at most `seconds` for something.
    private func readAvailable(waiting seconds: TimeInterval) -> ReadOutcome {
        var descriptor = pollfd(fd: outputDescriptor, events: Int16(POLLIN), revents: 0)
        let ready = poll(&descriptor, 1, Int32(seconds * 1000) + (seconds > 0 ? 1 : 0))
        guard ready > 0 else { return .nothing }
        var chunk = [UInt8](repeating: 0, count: 65536)
        let count = read(outputDescriptor, &chunk, chunk.count)
        if count < 0 && (errno == EINTR || errno == EAGAIN) { return .nothing }
        guard count > 0 else { return .end }
        buffer.append(contentsOf: chunk[0..<count])
        return .data
    }

    /// Drops the complete answers already written while no request was pending.
    private func drainStrays() throws(PluginFault) {
        while true {
            while let line = takeLine() { noteStray(try decode(line)) }
            guard case .data = readAvailable(waiting: 0) else { return }
        }
    }

    private func decode(_ line: [UInt8]) throws(PluginFault) -> Response {
        guard let response = try? Wire.decode(Response.self, from: Data(line)) else {
            stop()
            throw fault("wrote something that is not a protocol message: \(String(decoding: line.prefix(120), as: UTF8.self))")
        }
        return response
    }

    private func noteStray(_ response: Response) {
        strays.append("plugin \(name) sent an answer to no pending request (id \(response.id)); it was dropped")
    }

    /// Asks the plugin to exit, then makes sure it has.
    func stop() {
        guard isAlive else { return }
        isAlive = false
        if let shutdown = try? Wire.encode(Request(id: nil, method: "shutdown")) { try? input.write(contentsOf: shutdown) }
        try? input.close()
        let deadline = Date().addingTimeInterval(1)
        while process.isRunning && Date() < deadline { usleep(10_000) }
        if process.isRunning {
            process.terminate()
            usleep(100_000)
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        }
        // Its children too (a forked child outlived the shell): the group is the plugin's own.
        if let processGroup { kill(-processGroup, SIGKILL) }
        let reaped = Date().addingTimeInterval(1)
        while process.isRunning && Date() < reaped { usleep(10_000) }
    }

    private func send(_ request: Request) throws(PluginFault) {
        do {
            try input.write(contentsOf: try Wire.encode(request))
        } catch {
            isAlive = false
            throw fault("cannot be written to (it has exited)")
        }
    }

    /// Sends raw bytes, for `plugin test`'s robustness checks.
    func sendRaw(_ text: String) {
        try? input.write(contentsOf: Data(text.utf8))
    }

    /// The next complete line (without its newline and a CR before it), skipping empty ones.
    private func takeLine() -> [UInt8]? {
        while true {
            guard let newline = buffer[Swift.max(consumed, scanned)...].firstIndex(of: 0x0A) else {
                scanned = buffer.count
                return nil
            }
            var line = Array(buffer[consumed..<newline])
            consumed = newline + 1
            // Taken lines are dropped in one move once they are most of the buffer.
            if consumed > buffer.count / 2 {
                buffer.removeFirst(consumed)
                consumed = 0
            }
            scanned = consumed
            if line.last == 0x0D { line.removeLast() }
            if !line.isEmpty { return line }
        }
    }

    private func fault(_ what: String, help: String? = nil) -> PluginFault {
        let stderr = diagnostics
        return PluginFault(message: "plugin \(name) \(what)", help: help ?? (stderr.isEmpty ? nil : "its stderr:\n    \(stderr)"))
    }

    static func format(_ seconds: TimeInterval) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}

/// The last few kilobytes a plugin wrote to stderr, filled from the pipe's reader thread.
final class TextTail: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    private let limit = 8192

    func append(_ chunk: Data) {
        lock.lock()
        defer { lock.unlock() }
        data.append(chunk)
        if data.count > limit { data = Data(data.suffix(limit)) }
    }

    var text: String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: data, as: UTF8.self)
    }
}
