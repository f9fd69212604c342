/// Feeds lines to the shell: interactively (prompt, keep going after errors) or as a batch
/// (scripts and piped input: stop at the first error, naming the file and line).
public struct Runner {
    public var shell: Shell
    /// Continue after a failed command in batch mode.
    public var keepGoing = false
    /// Print each command before its output (batch mode).
    public var echo = false

    public init(shell: Shell) {
        self.shell = shell
    }

    /// The prompt while a line continued with `\` goes on.
    static let continuationPrompt = "…> "

    /// The interactive loop. Returns the exit status: 0.
    ///
    /// The prompt reads the language scripts are written in: a trailing `\` continues the line
    /// (Ctrl-C drops all of it), `#` starts a comment, and a prompt pasted with a line
    /// (`senaryo[goc-idaresi-2021]> goals A1`, from the README or a colleague's notes) is left out.
    public func interact(with source: LineSource) -> Int32 {
        while !shell.quitRequested {
            switch source.readLine(prompt: shell.prompt) {
            case .line(let first):
                var line = PastedPrompt.stripped(first)
                var dropped = false
                while ScriptLines.continues(line) {
                    line.removeLast()
                    guard case .line(let more) = source.readLine(prompt: Self.continuationPrompt) else { dropped = true; break }
                    line += more
                }
                if dropped { shell.sink.write("\n") } else { shell.execute(line) }
            case .interrupted:
                shell.sink.write("\n")
            case .end:
                shell.sink.write("\n")
                return 0
            }
        }
        return 0
    }

    /// Runs lines as a script named `name` (a file path, or `<stdin>`). Returns the exit status:
    /// 0 when every command succeeded, 1 otherwise.
    public func runBatch(_ source: LineSource, name: String) -> Int32 {
        var lines = ScriptLines(source)
        var failed = false
        while !shell.quitRequested, let (lineNumber, line) = lines.next() {
            if echo, !line.trimmingCharacters(in: .whitespaces).isEmpty { shell.sink.write("> \(line)\n") }
            if !shell.execute(line, errorPrefix: "\(name):\(lineNumber): ") {
                failed = true
                if !keepGoing { return 1 }
            }
        }
        return failed ? 1 : 0
    }

    /// Runs each `-c` command in turn, stopping at the first failure unless keepGoing.
    public func runCommands(_ commands: [String]) -> Int32 {
        var failed = false
        for command in commands where !shell.quitRequested {
            if !shell.execute(command) {
                failed = true
                if !keepGoing { return 1 }
            }
        }
        return failed ? 1 : 0
    }
}

import Foundation
