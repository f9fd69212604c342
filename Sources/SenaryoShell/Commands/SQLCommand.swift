import SenaryoEngine
import SenaryoKit
import SenaryoStore

/// `sql "SELECT ..."`: read-only SQL over the workspace, for what no command answers yet.
struct SQLCommand: ShellCommand {
    let spec = CommandSpec(
        name: "sql", group: "Data",
        summary: "Run a read-only SQL query over the workspace (tables: dataset, goal, indicator, budget_line, series_point, scenario, ...)",
        discussion: """
            The query runs in a read-only transaction: nothing can be changed through it. Amounts \
            are stored as exact decimal text, so cast them for arithmetic in SQL (CAST(initial AS \
            REAL)) and prefer the commands when exact figures matter. Tables and columns are \
            described in docs/workspace.md. Output follows --format like any command; a table shows \
            at most --limit rows (CSV and JSON all of them unless --limit is given). A query is \
            stopped after `settings sql-timeout` seconds (30 by default) or at Ctrl-C; ATTACH is \
            refused, so the query sees the workspace only.
            """,
        arguments: [ArgumentSpec("query", help: "the SQL statement, quoted", isRepeating: true)],
        options: [OptionSpec("limit", valueName: "N", help: "Show at most N rows (default 1000 in a table).")],
        examples: [
            CommandExample("sql \"SELECT id, title FROM dataset\"", "the loaded datasets"),
            CommandExample("sql \"SELECT year, count(*) AS lines FROM budget_line GROUP BY year\"", "budget lines per year"),
            CommandExample("sql \"SELECT code, name, target FROM indicator WHERE dataset_id = 'goc-idaresi-2021' AND code LIKE 'PP1%'\" --format csv", "to a spreadsheet"),
        ])

    func run(_ arguments: ParsedArguments, in shell: Shell) throws -> CommandOutput {
        let sql = arguments.strings("query").joined(separator: " ")
        let format = try arguments.choice("format", as: OutputFormat.self) ?? shell.format
        let limit = try arguments.integer("limit") ?? (format == .table ? 1000 : nil)
        let result: QueryResult
        do {
            result = try shell.workspace.query(sql, limit: limit, timeout: shell.sqlTimeout, isCancelled: { Interrupt.isPending })
        } catch QueryStop.timedOut(let seconds) {
            throw CommandError("sql: stopped after \(Shell.format(seconds: seconds)) s", help: "a longer limit: settings sql-timeout SECONDS")
        } catch QueryStop.interrupted {
            throw CommandError("sql: interrupted")
        } catch QueryStop.attachRefused {
            throw CommandError("sql: ATTACH is refused: sql sees the workspace only")
        } catch {
            throw CommandError("sql: \(error)")
        }
        let rows: [[Value]] = result.rows.map { row in
            row.map { cell in
                switch cell {
                case .null: .missing
                case .integer(let number): .integer(Int(number))
                case .real(let number): .text(String(number))
                // Exact decimals stay exact; codes such as "01" stay text.
                case .text(let text): ExactDecimal(text).flatMap { $0.description == text ? Value.decimal($0) : nil } ?? .text(text)
                }
            }
        }
        let columns = result.columns.map { Column($0, maximumWidth: 60) }
        let caption = "\(rows.count) row\(rows.count == 1 ? "" : "s")" + (result.truncated ? " (more left out: --limit N)" : "")
        return .table(Table(columns: columns, rows: rows, caption: caption))
    }
}
