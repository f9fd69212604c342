import SenaryoKit

/// What to say about a word that is not a command: the nearest command, or — for an engineer
/// used to the sqlite3 and DuckDB shells — the Senaryo way of doing what the dot command did.
enum UnknownCommand {
    /// sqlite3 and psql habits, and what does that here.
    static let habits: [String: String] = [
        ".mode": "`format table|csv|json|markdown` sets the output format (`--format` for one command)",
        ".read": "`source FILE` runs a script",
        ".output": "`export FILE \"COMMAND\"` writes a command's output to a file (.csv, .json, .md, .xlsx, .txt)",
        ".once": "`export FILE \"COMMAND\"` writes a command's output to a file (.csv, .json, .md, .xlsx, .txt)",
        ".tables": "`datasets` lists the datasets; `sql \"SELECT name FROM sqlite_master WHERE type = 'table'\"` lists the workspace's tables",
        ".schema": "`sql \"SELECT sql FROM sqlite_master\"` shows the workspace's schema (docs/workspace.md describes it)",
        ".quit": "`quit` (or Ctrl-D) leaves",
        ".exit": "`quit` (or Ctrl-D) leaves",
        "\\q": "`quit` (or Ctrl-D) leaves",
        ".help": "`help` lists the commands",
        "\\?": "`help` lists the commands",
    ]

    /// The error for `name` (as typed, before the tokenizer took backslashes away).
    static func error(_ name: String, among names: [String]) -> CommandError {
        if let habit = habits[name] {
            return CommandError("unknown command \(name): Senaryo is not sqlite3", help: habit)
        }
        let hint = Suggestion.nearest(to: name, in: names).map { " (did you mean \($0)?)" } ?? ""
        return CommandError("unknown command \(name)\(hint)", help: "`help` lists the commands")
    }
}
