import Foundation
import SenaryoDataset
import SenaryoKit

/// `export FILE "COMMAND"`: a command's output written to a file, in the format the file's
/// extension names — .xlsx for Excel, .csv, .json, .md, or .txt for the aligned table.
struct ExportCommand: ShellCommand {
    let spec = CommandSpec(
        name: "export", group: "Data",
        summary: "Write a command's output to a file: Excel (.xlsx), CSV, JSON, Markdown or text",
        discussion: """
            Runs COMMAND and writes what it shows to FILE instead of the screen, in the format of \
            FILE's extension. An .xlsx workbook gets one sheet per table (a record becomes a \
            two-column sheet), numbers as numbers and headers in bold, for planners who continue \
            in a spreadsheet. Messages still go to the screen. The file is written whole or not \
            at all (a temporary file renamed over it); an existing FILE is replaced only after \
            asking, or with --force in a script; links, devices and read-only files are refused. `export template FILE.xlsx` writes an empty dataset \
            workbook instead: the dataset sheet's keys, each table's header row and drop-downs \
            for the coded columns, which `load FILE.xlsx` reads once it is filled.
            """,
        arguments: [
            ArgumentSpec("file", help: "where to write: .xlsx, .csv, .json, .md, .txt (or .senaryo for an exported script)", completion: .filePath),
            ArgumentSpec("command", help: "the command, quoted", isRepeating: true),
        ],
        options: [OptionSpec("force", help: "Replace FILE if it exists without asking (a script must say so).")],
        examples: [
            CommandExample("export butce-2021.xlsx \"budget 2021\"", "the 2021 budget as an Excel workbook"),
            CommandExample("export sapmalar.csv \"check --warn-only\"", "the audit as CSV"),
            CommandExample("export karsilastirma.xlsx \"compare baseline butce-2023 --changed\"", "a scenario comparison for the meeting"),
            CommandExample("export butce-2023.senaryo \"scenario export butce-2023\"", "the script that rebuilds a scenario"),
            CommandExample("export template sablon.xlsx", "an empty dataset workbook to fill, then `load sablon.xlsx`"),
        ])

    func run(_ arguments: ParsedArguments, in shell: Shell) throws -> CommandOutput {
        let file = arguments.string("file")!
        let command = arguments.strings("command").joined(separator: " ")
        if file == "template" { return try template(command, arguments, shell) }
        guard !command.isEmpty else { throw UsageError("missing COMMAND", argument: "COMMAND", usage: spec.synopsis) }
        let target = try OutputFile(shell.resolvedPath(file), force: arguments.flag("force"), confirm: shell.confirm)
        let url = URL(fileURLWithPath: target.path)
        let output: CommandOutput
        do { output = try shell.evaluate(command) } catch {
            throw CommandError("export: `\(command)` failed: \(error)")
        }
        var messages: [OutputBlock] = output.blocks.compactMap { if case .message = $0 { return $0 } else { return nil } }
        do {
            switch url.pathExtension.lowercased() {
            case "xlsx":
                var tables: [(String, Table)] = []
                for block in output.blocks {
                    switch block {
                    case .table(let table), .data(let table):
                        tables.append((table.title ?? command.split(separator: " ").first.map(String.init) ?? "Sheet", table))
                    case .record(let record):
                        tables.append((record.title, Table(columns: [Column("field"), Column("value")], rows: record.fields.map { [.text($0.label), $0.value] })))
                    default: continue
                    }
                }
                guard !tables.isEmpty else { throw CommandError("`\(command)` gives no table to write") }
                try target.replace { temporary in try XLSXWriter.write(tables, to: URL(fileURLWithPath: temporary)) }
            case let ext:
                let format: OutputFormat
                switch ext {
                case "csv": format = .csv
                case "json": format = .json
                case "md", "markdown": format = .markdown
                case "txt", "senaryo", "": format = .table
                default:
                    throw UsageError("\"\(ext)\" is not a format to export to (expected .xlsx, .csv, .json, .md or .txt)", argument: "FILE")
                }
                let text = Renderer(format: format, style: .plain, width: nil).render(CommandOutput(output.blocks.filter {
                    if case .message = $0 { return false } else { return true }
                })).stdout
                try target.replace(with: text.utf8)
            }
        } catch let error as UsageError {
            throw error
        } catch let error as CommandError {
            throw error
        } catch {
            throw CommandError("cannot write \(file): \(FileDescriptor.reason(error))")
        }
        messages.append(.message("wrote \(file)"))
        return CommandOutput(messages, failure: output.failure)
    }

    /// `export template FILE.xlsx`: an empty dataset workbook for a planner to fill — the
    /// `dataset` sheet's keys (format filled in), each table's header row, and drop-downs for
    /// the coded columns — which `load FILE.xlsx` reads once it is filled.
    private func template(_ file: String, _ arguments: ParsedArguments, _ shell: Shell) throws -> CommandOutput {
        guard (file as NSString).pathExtension.lowercased() == "xlsx" else {
            throw UsageError("a template is a workbook: export template FILE.xlsx", argument: "FILE", usage: spec.synopsis)
        }
        let target = try OutputFile(shell.resolvedPath(file), force: arguments.flag("force"), confirm: shell.confirm)
        let keys = DatasetTemplate.manifestKeys
        var sheets: [(name: String, table: Table)] = [(DatasetTemplate.manifestSheetName, Table(
            columns: [Column("key"), Column("value")],
            rows: keys.map { [.text($0), .optional(DatasetTemplate.manifestDefaults[$0])] }))]
        var choices: [[String: [String]]] = [Dictionary(uniqueKeysWithValues: DatasetTemplate.manifestChoices.compactMap { key, values in
            keys.firstIndex(of: key).map { ("B\($0 + 2)", values) }
        })]
        for sheet in DatasetTemplate.sheets {
            sheets.append((sheet.name, Table(columns: sheet.columns.map { Column($0) })))
            choices.append(Dictionary(uniqueKeysWithValues: sheet.choices.compactMap { column, values in
                sheet.columns.firstIndex(of: column).map { index in
                    let letter = XLSXWriter.columnName(index)
                    return ("\(letter)2:\(letter)1048576", values)
                }
            }))
        }
        try target.replace { temporary in try XLSXWriter.write(sheets, choices: choices, to: URL(fileURLWithPath: temporary)) }
        return .message("wrote \(file): a dataset sheet and \(DatasetTemplate.sheets.map(\.name).joined(separator: ", ")); fill it, then `load \(file)`")
    }
}
