import SenaryoEngine
import SenaryoKit

/// `settings`: the choices derived figures depend on (bands, formula basis, decimals, ...).
struct SettingsCommand: ShellCommand {
    /// Each setting: its name, what values it takes, how to read it and how to set it.
    struct Setting: Sendable {
        var name: String
        var values: String
        var help: String
        var show: @Sendable (Shell) -> String
        var apply: @Sendable (Shell, [String]) throws -> Void

        /// A setting of how figures are derived (`FigureSettings`).
        init(name: String, values: String, help: String, show: @escaping @Sendable (FigureSettings) -> String,
             apply: @escaping @Sendable (inout FigureSettings, [String]) throws -> Void) {
            self.init(name: name, values: values, help: help, session: { show($0.settings) },
                      apply: { shell, values in try apply(&shell.settings, values) })
        }

        /// A setting of the session itself.
        init(name: String, values: String, help: String, session show: @escaping @Sendable (Shell) -> String,
             apply: @escaping @Sendable (Shell, [String]) throws -> Void) {
            self.name = name
            self.values = values
            self.help = help
            self.show = show
            self.apply = apply
        }
    }

    static let settings: [Setting] = [
        Setting(name: "bands", values: "PARTIAL REACHED", help: "status bands: below PARTIAL not reached, from PARTIAL partially, at REACHED reached, above exceeded",
                show: { "\($0.bands.partialFrom) \($0.bands.reachedAt)" },
                apply: { settings, values in
                    guard values.count == 2, let partial = ExactDecimal(values[0]), let reached = ExactDecimal(values[1]), partial <= reached else {
                        throw UsageError("expects two numbers, PARTIAL ≤ REACHED (e.g. 80 100)", argument: "bands")
                    }
                    settings.bands = StatusBands(partialFrom: partial, reachedAt: reached)
                }),
        Setting(name: "basis", values: "auto|performance|realisation", help: "which formula an indicator's rate and status come from",
                show: { $0.basis.rawValue },
                apply: { settings, values in settings.basis = try choice(values, "basis", BasisRule.self) }),
        Setting(name: "decimals", values: "N", help: "decimals tables show for percentages (values stay exact)",
                show: { String($0.percentDecimals) },
                apply: { settings, values in
                    guard values.count == 1, let n = Int(values[0]), (0...10).contains(n) else {
                        throw UsageError("expects a whole number from 0 to 10", argument: "decimals")
                    }
                    settings.percentDecimals = n
                }),
        Setting(name: "language", values: "tr|en", help: "language of status labels",
                show: { $0.language.rawValue },
                apply: { settings, values in settings.language = try choice(values, "language", FigureSettings.Language.self) }),
        Setting(name: "normalise", values: "on|off", help: "divide an objective's roll-up by its weights' total when they do not add to 100",
                show: { $0.normalisesWeights ? "on" : "off" },
                apply: { settings, values in settings.normalisesWeights = try onOff(values, "normalise") }),
        Setting(name: "missing-baseline", values: "zero|undefined", help: "a missing baseline (A) in (C−A)/(B−A): 0, as plan evaluation tables do, or undefined",
                show: { $0.missingBaselineIsZero ? "zero" : "undefined" },
                apply: { settings, values in
                    guard values.count == 1, ["zero", "undefined"].contains(values[0]) else {
                        throw UsageError("expects zero or undefined", argument: "missing-baseline")
                    }
                    settings.missingBaselineIsZero = values[0] == "zero"
                }),
        Setting(name: "change-basis", values: "initial|revised|spent|...", help: "the budget amount year-on-year changes compare",
                show: { $0.changeBasis.rawValue },
                apply: { settings, values in settings.changeBasis = try choice(values, "change-basis", BudgetAmount.self) }),
        Setting(name: "sql-timeout", values: "SECONDS", help: "how long an `sql` query may run before it is stopped (Ctrl-C stops it sooner)",
                session: { Shell.format(seconds: $0.sqlTimeout) },
                apply: { shell, values in
                    guard values.count == 1, let seconds = Double(values[0]), seconds > 0, seconds <= 86_400 else {
                        throw UsageError("expects a number of seconds above 0 (at most 86400)", argument: "sql-timeout")
                    }
                    shell.sqlTimeout = seconds
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
            ArgumentSpec("values", valueName: "VALUE", help: "its new value", isOptional: true, isRepeating: true),
        ],
        examples: [
            CommandExample("settings", "show every setting"),
            CommandExample("settings bands 75 100", "partially reached from 75 %"),
            CommandExample("settings basis realisation", "rate every indicator by C/B"),
            CommandExample("settings reset", "back to the defaults"),
        ],
        recording: .change)

    func run(_ arguments: ParsedArguments, in shell: Shell) throws -> CommandOutput {
        guard let name = arguments.string("name") else {
            let rows: [[Value]] = Self.settings.map { [.text($0.name), .text($0.show(shell)), .text($0.values), .text($0.help)] }
            return .table(Table(columns: [Column("setting"), Column("value"), Column("values"), Column("meaning", maximumWidth: 70)], rows: rows))
        }
        if name == "reset" {
            shell.settings = .standard
            shell.sqlTimeout = Shell.defaultSQLTimeout
            return .message("settings reset to the defaults")
        }
        guard let setting = Self.settings.first(where: { $0.name == name }) else {
            let hint = Suggestion.nearest(to: name, in: Self.settings.map(\.name)).map { " (did you mean \($0)?)" } ?? ""
            throw UsageError("no setting \(name)\(hint)", argument: "NAME", usage: spec.synopsis)
        }
        let values = arguments.strings("values")
        if values.isEmpty { return .message("\(setting.name) \(setting.show(shell))") }
        try setting.apply(shell, values)
        return .message("\(setting.name) \(setting.show(shell))")
    }
}
