import Foundation
import SenaryoEngine
import SenaryoKit

/// `chart budget|indicators|series ...`
struct ChartCommand: Command {
    let spec = CommandSpec(
        name: "chart", group: "Browse",
        summary: "Draw a bar chart of a budget year, indicator rates or a series, in the terminal or as SVG",
        discussion: """
            chart budget YEAR: the top-level lines of a year (--amount initial, revised or spent; \
            --classification). chart indicators: each indicator's rate, with the status bands \
            marked (--goal, --prefix). chart series ID: a series' values by year. Charts show the \
            scenario in use, like the other commands. --max N caps the scale at N, so that an outlier \
            (an 856 % rate) does not flatten the other bars: a longer bar is drawn to N, with a \
            break (» in the terminal), and its note says where it was cut. --svg FILE writes the \
            chart as an SVG document for a meeting: every label whole (the canvas is sized from \
            the longest), bars coloured by status band with a legend, the marks labelled clear of \
            the values. FILE is replaced only after asking, or with --force in a script; links, \
            devices and read-only files are refused. In CSV or JSON format the chart's data is \
            written instead of the drawing.
            """,
        arguments: [
            ArgumentSpec("what", help: "budget, indicators or series", completion: .choices(["budget", "indicators", "series"])),
            ArgumentSpec("subject", valueName: "YEAR|ID", help: "the budget year, or the series id", isOptional: true, completion: .seriesID),
        ],
        options: [
            OptionSpec("amount", valueName: "AMOUNT", help: "budget: initial, revised (default when stated) or spent.",
                       completion: .choices(["initial", "revised", "spent"])),
            OptionSpec("classification", short: "c", valueName: "KIND", help: "budget: the classification (default economic).",
                       completion: .choices(Classification.allCases.map(\.rawValue))),
            OptionSpec("goal", short: "g", valueName: "CODE", help: "indicators: only those of this goal and below.", completion: .goalCode),
            OptionSpec("prefix", valueName: "CODE", help: "indicators: only codes starting with this."),
            OptionSpec("max", valueName: "N", help: "Cap the scale at N; longer bars are drawn to N and marked as cut."),
            OptionSpec("svg", valueName: "FILE", help: "Also write the chart to FILE as SVG.", completion: .filePath),
            OptionSpec("force", help: "Replace the --svg FILE if it exists without asking (a script must say so)."),
            OptionSpec.dataset, OptionSpec.scenario,
        ],
        examples: [
            CommandExample("chart budget 2021 --amount spent", "2021 spending by economic code"),
            CommandExample("chart indicators --prefix PP --svg izleme.svg", "monitoring rates against the 80 and 100 marks, and an SVG"),
            CommandExample("chart indicators --max 200 --svg izleme.svg --force", "an outlier capped at 200 %, the SVG replaced"),
            CommandExample("chart series budget.total.revised", "the revised budget by year"),
        ])

    func run(_ arguments: ParsedArguments, in context: any CommandContext) throws -> CommandOutput {
        let view = try context.view(dataset: arguments.string("dataset"), scenario: arguments.string("scenario"))
        let settings = context.settings, numbers = context.numberStyle
        var chart: BarChart
        switch arguments.string("what")! {
        case "budget":
            guard let text = arguments.string("subject"), let year = Int(text), text.count == 4 else {
                throw UsageError("chart budget needs a YEAR", argument: "YEAR|ID", usage: spec.synopsis)
            }
            let classification = try arguments.choice("classification", as: Classification.self) ?? .economic
            let analysis = BudgetAnalysis(view.dataset.budget.filter { $0.classification == classification }, settings: settings)
            let top = analysis.lines.filter { $0.line.year == year && $0.depth == 0 }
            guard !top.isEmpty else { throw CommandError("no \(classification.rawValue) budget lines for \(year) in \(view.label)") }
            let amount = try arguments.choice("amount", as: BudgetAmount.self) ?? (top.contains { $0.amounts[.revised] != nil } ? .revised : .initial)
            chart = BarChart(title: "\(view.label): \(year) \(classification.turkishName) — \(amount.rawValue)", unit: view.summary.manifest.currency,
                             bars: top.compactMap { entry in
                                 entry.amounts[amount].map { value in
                                     BarChart.Bar(label: "\(entry.line.code) \(entry.line.name)", value: value,
                                                  note: numbers.apply(value.formatted(decimals: 0))
                                                      + (entry.share.value.map { " (%\(numbers.apply($0.formatted(decimals: 1))))" } ?? ""))
                                 }
                             })
        case "indicators":
            var indicators = view.dataset.indicators.filter { view.summary.manifest.year == nil || $0.year == view.summary.manifest.year }
            if let goal = arguments.string("goal") {
                let below = Hierarchy.descendants(of: goal, in: view.dataset.goals, key: \.code, parent: \.parent)
                indicators = indicators.filter { $0.goal.map(below.contains) ?? false }
            }
            if let prefix = arguments.string("prefix") { indicators = indicators.filter { TurkishText.hasPrefix($0.code, prefix) } }
            let bars = indicators.compactMap { indicator -> BarChart.Bar? in
                let figures = IndicatorFigures(indicator, kind: view.summary.manifest.kind, settings: settings)
                guard let rate = figures.rate.value else { return nil }
                return BarChart.Bar(label: "\(indicator.code) \(indicator.name)", value: rate,
                                    note: "\(numbers.percent(rate)) \(figures.status?.label(settings.language) ?? "")", band: figures.status)
            }
            guard !bars.isEmpty else { throw CommandError("no indicator with a rate to chart in \(view.label)") }
            chart = BarChart(title: "\(view.label): indicator rates", unit: "%", bars: bars,
                             markers: [settings.bands.partialFrom, settings.bands.reachedAt])
        case "series":
            guard let id = arguments.string("subject") else { throw UsageError("chart series needs a series ID", argument: "YEAR|ID", usage: spec.synopsis) }
            let points = view.dataset.series.filter { $0.series == id }
            guard !points.isEmpty else {
                let hint = Suggestion.nearest(to: id, in: Array(Set(view.dataset.series.map(\.series)))).map { "did you mean \($0)?" }
                throw CommandError("no series \(id) in \(view.label)", help: hint)
            }
            chart = BarChart(title: "\(view.label): \(points[0].name)", unit: points[0].unit ?? "",
                             bars: points.map { BarChart.Bar(label: "\($0.year)\($0.period.map { " \($0)" } ?? "")", value: $0.value, note: numbers.amount($0.value)) })
        case let other:
            throw UsageError("\"\(other)\" is not a chart (expected budget, indicators or series)", argument: "WHAT", usage: spec.synopsis)
        }
        if let text = arguments.string("max") {
            let cap = try ValueSyntax.number(text, context.numbers, argument: "--max")
            guard cap > .zero else { throw UsageError("expects a positive number", argument: "--max") }
            chart.cap = cap
        }
        chart.numbers = numbers
        chart.language = settings.language
        // The shell writes the SVG the safe way (see FileRequest); the data is for CSV and JSON
        // (the shell shows the drawing in the human formats).
        let files = arguments.string("svg").map { [FileRequest(path: $0, text: SVGBarChart(chart).document, replacing: arguments.flag("force"))] } ?? []
        let data = Table(columns: [Column("label"), Column("value"), Column("note")],
                         rows: chart.bars.map { [.text($0.label), .decimal($0.value.normalized), .text(chart.note($0))] })
        return CommandOutput([.drawing(chart.terminal()), .data(data)], files: files)
    }
}
