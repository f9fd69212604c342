/// Everything the shell needs to know about a command without running it: its name, syntax,
/// help text and examples, declared in one place.
///
/// `help`, tab completion, argument errors and the README's command reference are all
/// generated from specs, so a command's documentation cannot drift from what it accepts.
public struct CommandSpec: Sendable {
    /// The word typed to run it: `indicators`.
    public var name: String
    /// Other words that run it: `exit` for `quit`.
    public var aliases: [String]
    /// Where `help` lists it: "Data", "Browse", "Shell", or a plugin's name.
    public var group: String
    /// One line, shown in `help`'s list.
    public var summary: String
    /// A paragraph or two, shown by `help NAME`: what it does and why one would use it.
    public var discussion: String
    public var arguments: [ArgumentSpec]
    public var options: [OptionSpec]
    public var examples: [CommandExample]
    /// How `record` and `history save` treat it.
    public var recording: Recording

    /// Whether a command belongs in a recorded, replayable script.
    public enum Recording: Sendable {
        /// Looks at data (browsing, check): recorded, left out by `--changes-only`.
        case view
        /// Changes the session or workspace (load, use, settings, scenario operations): always recorded.
        case change
        /// About the session itself (help, history, record, source): never recorded.
        case never
    }

    public init(name: String, aliases: [String] = [], group: String, summary: String, discussion: String = "",
                arguments: [ArgumentSpec] = [], options: [OptionSpec] = [], examples: [CommandExample] = [],
                recording: Recording = .view) {
        self.recording = recording
        self.name = name
        self.aliases = aliases
        self.group = group
        self.summary = summary
        self.discussion = discussion
        self.arguments = arguments
        self.options = options
        self.examples = examples
    }

    /// `indicators [--goal CODE] [--search TEXT] [CODE]`
    public var synopsis: String {
        var parts = [name]
        for argument in arguments {
            var word = argument.valueName
            if argument.isRepeating { word += "..." }
            parts.append(argument.isOptional ? "[\(word)]" : word)
        }
        for option in options {
            let word = option.valueName.map { "--\(option.name) \($0)" } ?? "--\(option.name)"
            parts.append("[\(word)]")
        }
        return parts.joined(separator: " ")
    }

    /// The option named `name` (long name, without dashes), including the common ones.
    public func option(named name: String) -> OptionSpec? {
        (options + OptionSpec.common).first { $0.name == name }
    }
}

/// A positional argument.
public struct ArgumentSpec: Sendable {
    /// The key a command reads it by.
    public var name: String
    /// How the synopsis shows it: `PATH`, `CODE`.
    public var valueName: String
    public var help: String
    public var isOptional: Bool
    /// Takes all remaining positional words.
    public var isRepeating: Bool
    public var completion: CompletionKind

    public init(_ name: String, valueName: String? = nil, help: String, isOptional: Bool = false,
                isRepeating: Bool = false, completion: CompletionKind = .none) {
        self.name = name
        self.valueName = valueName ?? name.uppercased()
        self.help = help
        self.isOptional = isOptional
        self.isRepeating = isRepeating
        self.completion = completion
    }
}

/// A named option: `--goal H1.2`, or a flag `--replace`.
public struct OptionSpec: Sendable {
    /// The long name without dashes.
    public var name: String
    /// A one-letter short name, without the dash.
    public var short: Character?
    /// The value's placeholder; nil for a flag that takes no value.
    public var valueName: String?
    public var help: String
    public var completion: CompletionKind

    public init(_ name: String, short: Character? = nil, valueName: String? = nil, help: String,
                completion: CompletionKind = .none) {
        self.name = name
        self.short = short
        self.valueName = valueName
        self.help = help
        self.completion = completion
    }

    public var isFlag: Bool { valueName == nil }

    /// `--dataset ID`: work on another dataset than the one in use.
    public static let dataset = OptionSpec("dataset", short: "d", valueName: "ID", help: "Work on this dataset instead of the one in use.",
                                           completion: .datasetID)

    /// `--year YEAR` on a command that takes one year of the data.
    public static func year(_ help: String) -> OptionSpec {
        OptionSpec("year", short: "y", valueName: "YEAR", help: help, completion: .year)
    }

    /// `--flips`: a what-if table or comparison lists only the rows whose status changed.
    public static let flips = OptionSpec("flips", help: "List only the rows whose status changed (✱).")

    /// `--scenario NAME`: show a scenario's figures instead of the one in use (`baseline` for none).
    public static let scenario = OptionSpec("scenario", valueName: "NAME", help: "Show this scenario's figures (baseline: the report's own).",
                                            completion: .scenarioName)

    /// Options every command accepts, handled by the shell.
    public static let common: [OptionSpec] = [
        OptionSpec("format", valueName: "FORMAT", help: "Output as table, csv, json or markdown for this command only.",
                   completion: .choices(["table", "csv", "json", "markdown"])),
        OptionSpec("quiet", help: "Print nothing but errors (the lines a recorded or exported script starts with, to set up its state)."),
    ]
}

/// What tab completion offers for an argument.
public enum CompletionKind: Sendable, Equatable {
    case none
    case commandName
    case datasetID
    case scenarioName
    case goalCode
    case indicatorCode
    case budgetCode
    case seriesID
    /// Any code of the current dataset (goals, indicators, budget lines).
    case anyCode
    case filePath
    case choices([String])
    /// Choices that depend on the word before: a setting's values after its name.
    case choicesFollowing([String: [String]])
    /// The years of the dataset in use (its budget and indicators), and the year after the last.
    case year
    /// What `sweep` and `simulate` may vary in the scenario in use (growth, target, ...), then
    /// `show` and the outputs after it.
    case scenarioParameter
    /// Everything each kind offers.
    indirect case combined([CompletionKind])
}

/// One example of a command, shown by `help NAME` and run by the test suite.
public struct CommandExample: Sendable {
    public var command: String
    public var explanation: String

    public init(_ command: String, _ explanation: String) {
        self.command = command
        self.explanation = explanation
    }
}
