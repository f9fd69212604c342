import SenaryoEngine
import SenaryoKit

/// `settings`: the choices derived figures depend on (bands, formula basis, decimals, ...) and
/// how the session reads numbers and shows long output.
struct SettingsCommand: ShellCommand {
    /// Each setting: its name, what values it takes, how to read it and how to set it.
    struct Setting: Sendable {
        var name: String
        var values: String
        var help: String
        var show: @Sendable (SessionSettings) -> String
        var apply: @Sendable (inout SessionSettings, [String]) throws -> Void
        /// The values Tab offers when `values` does not list them all.
        var allValues: [String]? = nil

        /// The values Tab offers: those `values` lists (`auto|performance|realisation`).
        var choices: [String] {
            allValues ?? (values.contains("|") ? values.split(separator: "|").map(String.init) : [])
        }
    }

    static let settings: [Setting] = [
        Setting(name: "bands", values: "PARTIAL REACHED", help: "status bands: below PARTIAL not reached, from PARTIAL partially, at REACHED reached, above exceeded",
                show: { "\($0.figures.bands.partialFrom) \($0.figures.bands.reachedAt)" },
                apply: { settings, values in
                    guard values.count == 2, let partial = ExactDecimal(values[0]), let reached = ExactDecimal(values[1]), partial <= reached else {
                        throw UsageError("expects two numbers, PARTIAL ≤ REACHED (e.g. 80 100)", argument: "bands")
                    }
                    settings.figures.bands = StatusBands(partialFrom: partial, reachedAt: reached)
                }),
        Setting(name: "basis", values: "auto|performance|realisation", help: "which formula an indicator's rate and status come from",
                show: { $0.figures.basis.rawValue },
                apply: { settings, values in settings.figures.basis = try choice(values, "basis", BasisRule.self) }),
        Setting(name: "decimals", values: "N", help: "decimals tables show for percentages (values stay exact)",
                show: { String($0.figures.percentDecimals) },
                apply: { settings, values in
                    guard values.count == 1, let n = Int(values[0]), (0...10).contains(n) else {
                        throw UsageError("expects a whole number from 0 to 10", argument: "decimals")
                    }
                    settings.figures.percentDecimals = n
                }),
        Setting(name: "language", values: "tr|en", help: "language of status labels",
                show: { $0.figures.language.rawValue },
                apply: { settings, values in settings.figures.language = try choice(values, "language", FigureSettings.Language.self) }),
        Setting(name: "normalise", values: "on|off", help: "divide an objective's roll-up by its weights' total when they do not add to 100",
                show: { $0.figures.normalisesWeights ? "on" : "off" },
                apply: { settings, values in settings.figures.normalisesWeights = try onOff(values, "normalise") }),
        Setting(name: "missing-baseline", values: "zero|undefined", help: "a missing baseline (A) in (C−A)/(B−A): 0, as plan evaluation tables do, or undefined",
                show: { $0.figures.missingBaselineIsZero ? "zero" : "undefined" },
                apply: { settings, values in
                    guard values.count == 1, ["zero", "undefined"].contains(values[0]) else {
                        throw UsageError("expects zero or undefined", argument: "missing-baseline")
                    }
                    settings.figures.missingBaselineIsZero = values[0] == "zero"
                }),
        Setting(name: "rollup", values: "capped|uncapped", help: "an indicator's rate above 100 counts as 100 in roll-ups (capped, the planning guide's rule) or as derived",
                show: { $0.figures.rollup.rawValue },
                apply: { settings, values in settings.figures.rollup = try choice(values, "rollup", RollupCapping.self) }),
        Setting(name: "numbers", values: "tr|plain|dataset",
                help: "how typed numbers are read: tr (75.000 is 75 000, 12,5 is 12.5), plain (a point marks decimals; 75.000 is refused as ambiguous), or dataset: as the dataset in use writes its CSV (number_format)",
                show: { $0.figures.numbers?.rawValue ?? "dataset" },
                apply: { settings, values in
                    guard values.count == 1, values[0] == "dataset" || NumberFormat(rawValue: values[0]) != nil else {
                        throw UsageError("expects tr, plain or dataset", argument: "numbers")
                    }
                    settings.figures.numbers = NumberFormat(rawValue: values[0])
                }),
        Setting(name: "change-basis", values: "initial|revised|spent|...", help: "the budget amount year-on-year changes compare",
                show: { $0.figures.changeBasis.rawValue },
                apply: { settings, values in settings.figures.changeBasis = try choice(values, "change-basis", BudgetAmount.self) },
                allValues: BudgetAmount.allCases.map(\.rawValue)),
        Setting(name: "pager", values: "on|off", help: "long output at the terminal goes through $PAGER (default less -FRSX); never in scripts or pipes",
                show: { $0.pagesLongOutput ? "on" : "off" },
                apply: { settings, values in settings.pagesLongOutput = try onOff(values, "pager") }),
        Setting(name: "sql-timeout", values: "SECONDS", help: "how long an `sql` query may run before it is stopped (Ctrl-C stops it sooner)",
                show: { Shell.format(seconds: $0.sqlTimeout) },
                apply: { settings, values in
                    guard values.count == 1, let seconds = Double(values[0]), seconds > 0, seconds <= 86_400 else {
                        throw UsageError("expects a number of seconds above 0 (at most 86400)", argument: "sql-timeout")
                    }
                    settings.sqlTimeout = seconds
                }),
    ]

    private static func choice<Value: RawRepresentable & CaseIterable>(_ values: [String], _ name: String, _ type: Value.Type) throws -> Value
    where Value.RawValue == String {
        guard values.count == 1, let value = Value(rawValue: values[0]) else {
            throw UsageError("expects one of \(Value.allCases.map(\.rawValue).joined(separator: ", "))", argument: name)
        }
        return value
    }

    private static func onOff(_ values: [String], _ name: String) throws -> Bool {
        guard values.count == 1, ["on", "off"].contains(values[0]) else { throw UsageError("expects on or off", argument: name) }
        return values[0] == "on"
    }

    let spec = CommandSpec(
        name: "settings", group: "Shell",
        summary: "Show or change how figures are derived: status bands, formula basis, decimals, language",
        discussion: "Administrations use different bands and formulas; these choices apply to every figure, `check` included, for the rest of the session. `settings reset` restores the İzleme Rehberi defaults.\n\n"
            + settings.map { "  \($0.name) \($0.values)\n      \($0.help)" }.joined(separator: "\n"),
        arguments: [
            ArgumentSpec("name", help: "the setting to change, or reset", isOptional: true,
                         completion: .choices(settings.map(\.name) + ["reset"])),
            ArgumentSpec("values", valueName: "VALUE", help: "its new value", isOptional: true, isRepeating: true,
                         completion: .choicesFollowing(Dictionary(uniqueKeysWithValues: settings.map { ($0.name, $0.choices) }))),
        ],
        examples: [
            CommandExample("settings", "show every setting"),
            CommandExample("settings bands 75 100", "partially reached from 75 %"),
            CommandExample("settings basis realisation", "rate every indicator by C/B"),
            CommandExample("settings rollup uncapped", "roll up indicator rates above 100 as they are"),
            CommandExample("settings numbers tr", "read typed numbers the Turkish way: 75.000 is 75 000"),
            CommandExample("settings reset", "back to the defaults"),
        ],
        recording: .change)

    /// A setting's value as shown; `numbers dataset` also says which convention that is now.
    private func shown(_ setting: Setting, in shell: Shell, briefly: Bool = false) -> String {
        let value = setting.show(shell.session)
        guard setting.name == "numbers", shell.settings.numbers == nil else { return value }
        let numbers = shell.context.numbers.rawValue
        if briefly { return value + " (\(numbers))" }
        return value + " (" + (shell.currentDatasetID.map { "\(numbers): \($0)'s number_format" } ?? "\(numbers): no dataset in use") + ")"
    }

    func run(_ arguments: ParsedArguments, in shell: Shell) throws -> CommandOutput {
        guard let name = arguments.string("name") else {
            let rows: [[Value]] = Self.settings.map { [.text($0.name), .text(shown($0, in: shell, briefly: true)), .text($0.values), .text($0.help)] }
            return .table(Table(columns: [Column("setting"), Column("value"), Column("values"), Column("meaning", maximumWidth: 70)], rows: rows))
        }
        if name == "reset" {
            shell.session = .standard
            return .message("settings reset to the defaults")
        }
        guard let setting = Self.settings.first(where: { $0.name == name }) else {
            let hint = Suggestion.nearest(to: name, in: Self.settings.map(\.name)).map { " (did you mean \($0)?)" } ?? ""
            throw UsageError("no setting \(name)\(hint)", argument: "NAME", usage: spec.synopsis)
        }
        let values = arguments.strings("values")
        if values.isEmpty { return .message("\(setting.name) \(shown(setting, in: shell))") }
        try setting.apply(&shell.session, values)
        return .message("\(setting.name) \(shown(setting, in: shell))")
    }
}
