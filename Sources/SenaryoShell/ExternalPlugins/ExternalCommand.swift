import Foundation
import SenaryoEngine
import SenaryoKit
import SenaryoPluginProtocol

/// A command of an external plugin, declared by its cached signature and run over the protocol.
struct ExternalCommand: ShellCommand {
    let signature: CommandSignature
    let plugin: String
    let spec: CommandSpec

    var pluginName: String? { plugin }

    init(signature: CommandSignature, plugin: String) {
        self.signature = signature
        self.plugin = plugin
        spec = CommandSpec(
            name: signature.name, group: "Plugin \(plugin)", summary: signature.summary, discussion: signature.discussion ?? "",
            arguments: (signature.arguments ?? []).map {
                ArgumentSpec($0.name, help: $0.help, isOptional: $0.optional ?? false, isRepeating: $0.repeating ?? false,
                             completion: Self.completion($0.completion))
            },
            options: (signature.options ?? []).map {
                OptionSpec($0.name, valueName: $0.value, help: $0.help, completion: Self.completion($0.completion))
            },
            examples: (signature.examples ?? []).map { CommandExample($0.command, $0.explanation) },
            recording: .change)
    }

    /// The parsed command line as the protocol sends it.
    static func wire(_ parsed: ParsedArguments, line: String) -> Arguments {
        let spec = parsed.spec
        return Arguments(
            positional: Dictionary(uniqueKeysWithValues: spec.arguments.map { ($0.name, parsed.strings($0.name)) }),
            options: Dictionary(uniqueKeysWithValues: spec.options.filter { !$0.isFlag }.compactMap { option in
                let values = parsed.strings(option.name)
                return values.isEmpty ? nil : (option.name, values)
            }),
            flags: spec.options.filter { $0.isFlag && parsed.flag($0.name) }.map(\.name),
            line: line)
    }

    static func completion(_ name: String?) -> CompletionKind {
        switch name {
        case "dataset": .datasetID
        case "goal": .goalCode
        case "indicator": .indicatorCode
        case "budget": .budgetCode
        case "series": .seriesID
        case "scenario": .scenarioName
        case "file": .filePath
        default: .none
        }
    }

    func run(_ arguments: ParsedArguments, in shell: Shell) throws -> CommandOutput {
        let wireArguments = Self.wire(arguments, line: ([spec.name] + arguments.rawWords).joined(separator: " "))
        let context = try PluginContextBuilder.context(for: signature.needs ?? [], in: shell)
        let response: Response
        do {
            let connection = try shell.pluginHost.connection(for: plugin)
            defer { for stray in connection.takeStrays() { shell.sink.writeError("warning: \(stray)\n") } }
            response = try connection.call("run", .init(command: signature.name, arguments: wireArguments, context: context),
                                           timeout: shell.pluginHost.timeout, interrupted: { Interrupt.isPending })
        } catch {
            throw CommandError(error.message, help: error.help)
        }
        if let error = response.error {
            // The span a plugin gives is in `arguments.line`, which starts as the typed line does.
            let span = error.span.flatMap { $0.count == 2 && $0[0] <= $0[1] ? $0[0]..<$0[1] : nil }
            if error.argument != nil || span != nil {
                throw UsageError(error.message + (error.help.map { " (\($0))" } ?? ""), argument: error.argument, span: span,
                                 usage: spec.synopsis)
            }
            throw CommandError(error.message, help: error.help)
        }
        guard let result = response.result else { throw CommandError("plugin \(plugin) answered with neither a result nor an error") }
        let blocks = try (result.output ?? []).map(Self.block)
        let operations = try (result.operations ?? []).map(WireOperations.operation)
        if !operations.isEmpty {
            // Shown like the built-in what-if commands: what the operations move.
            var output = CommandOutput(blocks, operations: operations)
            if let view = try? shell.context.view(dataset: nil, scenario: nil) {
                var after = view.result
                for operation in operations { after = (try? ScenarioEvaluator.applying(operation, to: after)) ?? after }
                let table = ComparisonTable.consequences(before: view.result, after: after, settings: shell.settings)
                if !table.rows.isEmpty { output.blocks.append(.table(table)) }
            }
            return output
        }
        return CommandOutput(blocks)
    }

    static func block(_ item: OutputItem) throws -> OutputBlock {
        switch item.type {
        case "message": return .message(item.text ?? "")
        case "text": return .text(item.text ?? "")
        case "table":
            let columns = item.columns ?? []
            let rows: [[Value]] = (item.rows ?? []).map { row in
                columns.indices.map { index in
                    guard index < row.count, let cell = row[index] else { return .missing }
                    switch columns[index].type {
                    case "decimal": return ExactDecimal(cell).map(Value.decimal) ?? .text(cell)
                    case "integer": return Int(cell).map(Value.integer) ?? .text(cell)
                    default: return .text(cell)
                    }
                }
            }
            return .table(Table(columns: columns.map { Column($0.key, header: $0.header, displayDecimals: $0.decimals) },
                                rows: rows, title: item.title, caption: item.caption))
        default:
            throw CommandError("a plugin sent an output item of unknown type \"\(item.type)\"")
        }
    }
}

/// The tables a plugin asked for, as protocol rows: exact decimals as strings, null when missing.
enum PluginContextBuilder {
    static func context(for needs: [String], in shell: Shell) throws -> Context {
        var settings = ["language": shell.settings.language.rawValue, "basis": shell.settings.basis.rawValue,
                        "bands": "\(shell.settings.bands.partialFrom) \(shell.settings.bands.reachedAt)"]
        settings["decimals"] = String(shell.settings.percentDecimals)
        // A plugin that rolls indicators up should count rates above 100 as the shell does.
        settings["rollup"] = shell.settings.rollup.rawValue
        guard shell.currentDatasetID != nil, let view = try? shell.context.view(dataset: nil, scenario: nil) else {
            return Context(dataset: nil, scenario: nil, settings: settings, tables: [:])
        }
        let m = view.summary.manifest
        let dataset = view.dataset
        var tables: [String: [[String: String?]]] = [:]
        for need in Set(needs) {
            switch need {
            case "goals":
                tables[need] = dataset.goals.map { ["code": $0.code, "parent": $0.parent, "level": $0.level.rawValue, "title": $0.title,
                                                    "responsible": $0.responsible, "reported_performance_pct": $0.reportedPerformancePct?.description] }
            case "indicators":
                tables[need] = dataset.indicators.map { i in
                    let f = IndicatorFigures(i, kind: m.kind, settings: shell.settings)
                    return ["code": i.code, "goal": i.goal, "year": String(i.year), "name": i.name, "unit": i.unit,
                            "direction": i.direction.rawValue, "aggregation": i.effectiveAggregation.rawValue, "weight_pct": i.weightPct?.description,
                            "baseline": i.baseline?.description, "target": i.target?.description,
                            "q1": i.quarters[0]?.description, "q2": i.quarters[1]?.description, "q3": i.quarters[2]?.description,
                            "q4": i.quarters[3]?.description, "actual": f.yearEnd?.description,
                            "rate_pct": f.rate.value?.normalized.description, "status": f.status?.rawValue,
                            "reported_rate_pct": i.reportedRatePct?.description, "reported_status": i.reportedStatus]
                }
            case "budget":
                tables[need] = dataset.budget.map { b in
                    ["year": String(b.year), "classification": b.classification.rawValue, "code": b.code, "parent": b.parent,
                     "name": b.name, "initial": b.initial?.description, "added": b.added?.description, "deducted": b.deducted?.description,
                     "revised": b.effectiveRevised?.description, "spent": b.spent?.description, "cancelled": b.cancelled?.description]
                }
            case "series":
                tables[need] = dataset.series.map { p in
                    ["series": p.series, "name": p.name, "unit": p.unit, "year": String(p.year), "period": p.period,
                     "value": p.value.description]
                }
            default:
                continue
            }
        }
        return Context(dataset: .init(id: m.id, institution: m.institution, title: m.title, kind: m.kind.rawValue, year: m.year,
                                      currency: m.currency),
                       scenario: view.scenario, settings: settings, tables: tables)
    }
}

/// Protocol operations to engine operations: the one place the two schemas meet.
enum WireOperations {
    static func operation(_ wire: WireOperation) throws -> ScenarioOperation {
        func decimal(_ text: String?, _ field: String) throws -> ExactDecimal {
            guard let text, let value = ExactDecimal(text) else { throw CommandError("plugin operation \(wire.op): \(field) must be a decimal string") }
            // As for a typed number: a value no dataset may hold is refused before anything is computed.
            guard value.isWithinSupportedRange else {
                throw CommandError("plugin operation \(wire.op): \(field) \(text) is beyond the supported range (at most 24 digits before the decimal point)")
            }
            return value
        }
        func change() throws -> ValueChange {
            if let to = wire.to { return .to(try decimal(to, "to")) }
            if let percent = wire.byPercent { return .byPercent(try decimal(percent, "by_percent")) }
            if let amount = wire.by { return .by(try decimal(amount, "by")) }
            throw CommandError("plugin operation \(wire.op) needs one of to, by_percent, by")
        }
        // `codes: []` selects nothing (an absent `codes` selects by goal, or all): never everything.
        if let codes = wire.codes, codes.isEmpty {
            throw CommandError("plugin operation \(wire.op) selects no indicator (codes is empty)")
        }
        let selection = IndicatorSelection(codes: wire.codes ?? [], goal: wire.goal, year: wire.year)
        switch wire.op {
        case "set_target": return .setTarget(selection, try change())
        case "set_actual": return .setActual(selection, try change())
        case "set_weight":
            guard let code = wire.codes?.first else { throw CommandError("plugin operation set_weight needs codes: [CODE]") }
            return .setWeight(code: code, year: wire.year, weight: try decimal(wire.to, "to"))
        case "inflation":
            let path = try (wire.path ?? [:]).map { year, rate -> YearRate in
                guard let y = Int(year) else { throw CommandError("plugin operation inflation: \(year) is not a year") }
                return YearRate(year: y, rate: try decimal(rate, "path"))
            }.sorted { $0.year < $1.year }
            guard !path.isEmpty else { throw CommandError("plugin operation inflation needs a path") }
            return .inflation(path)
        case "ceiling":
            guard let year = wire.year else { throw CommandError("plugin operation ceiling needs a year") }
            return .ceiling(year: year, classification: .economic, amount: try decimal(wire.to, "to"))
        case "grow_budget":
            guard let from = wire.fromYear, let to = wire.year else { throw CommandError("plugin operation grow_budget needs from_year and year") }
            return .growBudget(BudgetGrowth(fromYear: from, toYear: to, rate: try decimal(wire.byPercent, "by_percent"), holds: wire.holds ?? []))
        default:
            throw CommandError("plugin proposed an unknown operation \"\(wire.op)\"",
                               help: "operations: set_target, set_actual, set_weight, inflation, ceiling, grow_budget")
        }
    }
}
