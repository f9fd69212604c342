import Foundation
import SenaryoEngine
import SenaryoKit

/// `report FILE.html [--scenario A,B]`: the page a manager reads, built from the same commands a
/// planner runs (`indicators`, `goals`, `budget`, `compare`, `chart`, `check`), so every figure
/// on it is the one the shell shows.
struct ReportCommand: ShellCommand {
    let spec = CommandSpec(
        name: "report", group: "Data",
        summary: "Write a self-contained HTML report: key figures, indicators by status, budget execution, scenarios, charts and the audit",
        discussion: """
            One page with no external requests (styles inline, charts as inline SVG), for a \
            manager who reads pages, not shells: the dataset's key figures, the indicator table \
            coloured by status, the aims and objectives, budget execution with its totals, each \
            --scenario compared with the baseline (Δ, Δ% and status flips), the charts, and the \
            `check` findings. Labels follow `settings language`; printing it (or a browser's \
            print to PDF) gives A4 pages. The figures are the baseline's; scenarios appear in \
            their comparison. An existing FILE is replaced only after asking, or with --force in \
            a script.
            """,
        arguments: [ArgumentSpec("file", help: "the .html file to write", completion: .filePath)],
        options: [
            OptionSpec("scenario", valueName: "A,B", help: "Compare these scenarios (comma-separated) with the baseline.", completion: .scenarioName),
            OptionSpec.dataset,
            OptionSpec("force", help: "Replace FILE if it exists without asking (a script must say so)."),
        ],
        examples: [
            CommandExample("report goc-2021.html", "the report's own figures, checked"),
            CommandExample("report butce-2023.html --scenario butce-2023,yuksek", "with two scenarios against the baseline"),
        ])

    func run(_ arguments: ParsedArguments, in shell: Shell) throws -> CommandOutput {
        let file = arguments.string("file")!
        guard ["html", "htm"].contains((file as NSString).pathExtension.lowercased()) else {
            throw UsageError("\"\(file)\" is not an .html file", argument: "FILE", usage: spec.synopsis)
        }
        // Checked before any work: no link, device or unasked replacement.
        let target = try OutputFile(shell.resolvedPath(file), force: arguments.flag("force"), confirm: shell.confirm)
        let summary = try shell.context.dataset(arguments.string("dataset"))
        let scenarios = (arguments.string("scenario") ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let english = shell.settings.language == .english
        func label(_ turkish: String, _ inEnglish: String) -> String { english ? inEnglish : turkish }
        let on = " --dataset \(Tokenizer.quote(summary.id))"
        let numbers = NumberStyle.of(shell.settings)

        var sections: [HTMLReport.Section] = []
        var keyFigures: [(label: String, value: String)] = []
        func tables(_ output: CommandOutput) -> [Table] {
            output.blocks.compactMap { if case .table(let table) = $0 { table } else { nil } }
        }
        func body(_ output: CommandOutput) -> String {
            output.blocks.map { block -> String in
                switch block {
                case .table(let table): HTMLTable.html(table, numbers: numbers)
                case .record(let record):
                    HTMLTable.html(Table(columns: [Column("field"), Column("value")], rows: record.fields.map { [.text($0.label), $0.value] }, title: record.title),
                                   numbers: numbers)
                case .message(let text), .text(let text): "<p class=\"note\">\(HTMLTable.escape(text))</p>"
                case .drawing, .data: ""
                }
            }.joined(separator: "\n")
        }

        if summary.counts.indicators > 0 {
            let output = try shell.evaluate("indicators --scenario baseline" + on)
            sections.append(.init(id: "indicators", title: label("Performans göstergeleri", "Performance indicators"), body: body(output)))
            if let table = tables(output).first, let status = table.columns.firstIndex(where: { $0.key == "status" }) {
                let bands = table.rows.compactMap { row -> StatusBand? in
                    if case .text(let text)? = row[safe: status] { StatusBand.parse(text) } else { nil }
                }
                keyFigures.append((label("gösterge", "indicators"), String(table.rows.count)))
                for band in StatusBand.allCases {
                    keyFigures.append((band.label(shell.settings.language), String(bands.filter { $0 == band }.count)))
                }
            }
        }
        if summary.counts.goals > 0 {
            let output = try shell.evaluate("goals --scenario baseline" + on)
            sections.append(.init(id: "goals", title: label("Amaçlar ve hedefler", "Aims and objectives"), body: body(output)))
        }
        var budgetYear: Int?
        if summary.counts.budgetLines > 0 {
            let all = try shell.evaluate("budget --scenario baseline --format csv" + on)
            let years = Set(tables(all).first?.rows.compactMap { row -> Int? in if case .integer(let year)? = row[safe: 1] { year } else { nil } } ?? [])
            budgetYear = summary.manifest.year.flatMap { years.contains($0) ? $0 : nil } ?? years.max()
            let output = try shell.evaluate("budget \(budgetYear.map(String.init) ?? "") --scenario baseline" + on)
            sections.append(.init(id: "budget", title: label("Bütçe gerçekleşmesi", "Budget execution") + (budgetYear.map { " \($0)" } ?? ""), body: body(output)))
            if let table = tables(output).first, let realisation = table.columns.firstIndex(where: { $0.key == "realisation_pct" }),
               case .decimal(let rate)? = table.footer.first?[safe: realisation] {
                let shown = rate.formatted(decimals: 1)
                keyFigures.append((label("bütçe gerçekleşme oranı", "budget realisation"),
                                   english ? shown + " %" : "%" + shown.replacingOccurrences(of: ".", with: ",")))
            }
        }
        if !scenarios.isEmpty {
            let output = try shell.evaluate("compare baseline " + scenarios.map(Tokenizer.quote).joined(separator: " ") + " --changed")
            sections.append(.init(id: "scenarios", title: label("Senaryolar", "Scenarios") + ": " + scenarios.joined(separator: ", "), body: body(output)))
        }
        var charts: [String] = []
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("senaryo-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var chartCommands: [String] = []
        if summary.counts.indicators > 0 { chartCommands.append("chart indicators") }
        if let budgetYear { chartCommands.append("chart budget \(budgetYear)") }
        for (index, command) in chartCommands.enumerated() {
            let svg = folder.appendingPathComponent("\(index).svg")
            // A chart that has nothing to draw (no indicator with a rate) is left out.
            guard (try? shell.evaluate(command + " --scenario baseline --svg \(Tokenizer.quote(svg.path))" + on)) != nil,
                  let text = try? String(contentsOf: svg, encoding: .utf8) else { continue }
            charts.append("<figure>\(Self.inlined(svg: text))</figure>")
        }
        if !charts.isEmpty { sections.append(.init(id: "charts", title: label("Grafikler", "Charts"), body: charts.joined(separator: "\n"))) }
        let audit = try shell.evaluate("check \(Tokenizer.quote(summary.id)) --warn-only")
        sections.append(.init(id: "check", title: label("Denetim bulguları", "Audit findings"), body: body(audit)))
        if let table = tables(audit).first, let severity = table.columns.firstIndex(where: { $0.key == "severity" }) {
            let errors = table.rows.filter { $0[safe: severity] == .text("error") }.count
            keyFigures.append((label("denetim hatası", "audit errors"), String(errors)))
        }

        let manifest = summary.manifest
        let report = HTMLReport(
            language: shell.settings.language, title: "\(manifest.institution) — \(manifest.title)",
            subtitle: [summary.id, manifest.kind.rawValue, manifest.year.map(String.init), manifest.planPeriod].compactMap { $0 }.joined(separator: " · "),
            keyFigures: keyFigures, sections: sections)
        try target.replace(with: report.html.utf8)
        return .message("wrote \(file) (\(sections.map(\.title).joined(separator: ", ")))")
    }

    /// An SVG document as an element of the page: its XML declaration dropped.
    static func inlined(svg: String) -> String {
        guard svg.hasPrefix("<?xml"), let end = svg.range(of: "?>") else { return svg }
        return String(svg[end.upperBound...]).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
