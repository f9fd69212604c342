import CEditLine
import Foundation

/// Line editing, history and tab completion on a terminal, through libedit.
///
/// libedit's readline-compatible API is used because its variadic native API cannot be called
/// from Swift. Its completion callback is a C function pointer that cannot capture context,
/// so the current completer lives in one global the callback reads.
public final class LineEditor: LineSource {
    let historyPath: String?
    private var lastHistoryLine: String?

    /// Maximum history entries kept on disk.
    static let historyLimit: Int32 = 2000

    public init(historyPath: String?, completer: Completer) {
        self.historyPath = historyPath
        LineEditor.installLocale()
        senaryo_set_readline_name("senaryo")
        CompletionBridge.completer.withLock { $0 = completer }
        senaryo_set_completion_function(completionCallback)
        // Codes contain dots and paths slashes: split words on spaces and quotes only.
        senaryo_set_basic_word_break_characters(" \t\n\"'")
        using_history()
        stifle_history(Self.historyLimit)
        if let historyPath {
            try? FileManager.default.createDirectory(atPath: (historyPath as NSString).deletingLastPathComponent,
                                                     withIntermediateDirectories: true)
            _ = read_history(historyPath)
        }
    }

    /// libedit drops non-ASCII input under the C locale: "café ünï" became "caf n".
    static func installLocale() {
        if let name = setlocale(LC_CTYPE, ""), String(cString: name) != "C", String(cString: name) != "POSIX" { return }
        _ = setlocale(LC_CTYPE, "C.UTF-8")
    }

    public func readLine(prompt: String) -> LineEvent {
        Interrupt.clear()
        guard let raw = readline(prompt) else {
            if Interrupt.isPending {
                Interrupt.clear()
                return .interrupted
            }
            return .end
        }
        defer { free(raw) }
        var line = String(cString: raw)
        while line.hasSuffix("\n") || line.hasSuffix("\r") { line.removeLast() }
        if Interrupt.isPending {
            Interrupt.clear()
            return .interrupted
        }
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if !trimmed.isEmpty && trimmed != lastHistoryLine {
            add_history(trimmed)
            lastHistoryLine = trimmed
            if let historyPath { _ = write_history(historyPath) }
        }
        return .line(line)
    }
}

/// The completer the C callback consults, and the candidates of the completion in progress.
enum CompletionBridge {
    static let completer = Mutex<Completer?>(nil)
    static let candidates = Mutex<[String]>([])
}

import Synchronization

private func completionCallback(_ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
    senaryo_set_attempted_completion_over(1)  // never fall back to file names for everything
    guard let buffer = senaryo_line_buffer() else { return nil }
    let line = String(cString: buffer)
    let point = Int(senaryo_point())
    let prefix = String(decoding: Array(line.utf8.prefix(point)), as: UTF8.self)
    let words = CompletionBridge.completer.withLock { $0?.candidates(forLineBefore: prefix) ?? [] }
    guard !words.isEmpty else { return nil }
    CompletionBridge.candidates.withLock { $0 = words }
    senaryo_set_completion_append_character(words.count == 1 && words[0].hasSuffix("/") ? 0 : 32)
    return senaryo_completion_matches(text, completionGenerator)
}

private func completionGenerator(_ text: UnsafePointer<CChar>?, _ state: Int32) -> UnsafeMutablePointer<CChar>? {
    let words = CompletionBridge.candidates.withLock { $0 }
    let index = Int(state)
    guard index < words.count else { return nil }
    return strdup(words[index])
}
