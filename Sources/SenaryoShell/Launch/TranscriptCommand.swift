import Foundation
import SenaryoKit

/// `senaryo test FILE.t...`: replays transcripts and reports which differ.
enum TranscriptCommand {
    static let spec = CommandSpec(
        name: "senaryo test", group: "",
        summary: "Replay transcripts (.t files) and compare their output",
        discussion: """
            Each transcript is replayed in a fresh in-memory workspace: its `> command` lines run \
            in order and the output must equal the lines that follow each command (a line ending \
            in ` (re)` is a regular expression; `[exit 1]` last means some command failed). A \
            difference is shown as a unified diff. Relative paths in commands are resolved from \
            the current folder. Ends with `N passed, N failed`; the exit status is 1 when any failed.
            """,
        arguments: [ArgumentSpec("files", valueName: "FILE.t", help: "transcripts to replay", isRepeating: true, completion: .filePath)],
        options: [
            OptionSpec("update", help: "Rewrite each failing transcript with the actual output (review the change with a diff tool)."),
            OptionSpec("quiet", short: "q", help: "Print only failures and the summary."),
        ],
        examples: [
            CommandExample("senaryo test quarterly-review.t", "replay one transcript"),
            CommandExample("senaryo test --update Tests/*.t", "accept the new output"),
        ])

    static func main(arguments: [String], plugins: [any Plugin]) -> Int32 {
        let out = StandardSink()
        let parsed: ParsedArguments
        do {
            let tokens = arguments.enumerated().map { Token(text: $0.element, start: $0.offset, end: $0.offset + 1) }
            parsed = try ParsedArguments(spec: spec, tokens: tokens)
        } catch {
            out.writeError("senaryo test: \(error.description)\n")
            return 2
        }
        let files = parsed.strings("files")
        guard !files.isEmpty else {
            out.write(HelpText.detail(spec) + "\n")
            return 2
        }
        var passed = 0, failed = 0
        for file in files {
            do {
                let transcript = try Transcript(path: file)
                let result = try transcript.replay(plugins: plugins)
                if result.passed {
                    passed += 1
                    if !parsed.flag("quiet") { out.write("\(file): passed\n") }
                } else if parsed.flag("update") {
                    try result.updated.write(toFile: file, atomically: true, encoding: .utf8)
                    passed += 1
                    out.write("\(file): updated\n")
                } else {
                    failed += 1
                    let count = result.diff.split(separator: "\n").filter { $0.hasPrefix("+") && !$0.hasPrefix("+++") }.count
                    out.write("\(file): \(count) difference\(count == 1 ? "" : "s")\n" + result.diff)
                }
            } catch {
                failed += 1
                out.write("\(file): \(error)\n")
            }
        }
        out.write("\(passed) passed, \(failed) failed\n")
        return failed == 0 ? 0 : 1
    }
}
