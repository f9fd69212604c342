import Foundation

/// The wire protocol between Senaryo and external plugins: newline-delimited JSON over the
/// plugin's stdin and stdout. Its version is the plugin protocol's own, independent of
/// Senaryo's release version, so a plugin written today keeps working across releases that
/// speak the same protocol. The reference is docs/plugin-protocol.md; golden transcripts in
/// the tests freeze it.
///
/// These types are the wire schema and nothing else: engine types are never serialised.
public enum PluginProtocol {
    /// The protocol version this build speaks.
    public static let version = 1
    /// Features this host offers; a plugin ignores those it does not know.
    public static let hostFeatures = ["interrupt", "operations", "tables"]
}

/// A request from the host: `handshake`, `describe`, `run`; or a notification (no id):
/// `interrupt`, `shutdown`.
public struct Request: Codable, Sendable, Equatable {
    public var id: Int?
    public var method: String
    public var params: Params?

    public init(id: Int?, method: String, params: Params? = nil) {
        self.id = id
        self.method = method
        self.params = params
    }

    /// The parameters of every method, all optional: each method uses its own.
    public struct Params: Codable, Sendable, Equatable {
        // handshake
        public var `protocol`: Int?
        public var host: String?
        public var features: [String]?
        // run
        public var command: String?
        public var arguments: Arguments?
        public var context: Context?
        // interrupt
        public var request: Int?

        public init(protocol: Int? = nil, host: String? = nil, features: [String]? = nil, command: String? = nil,
                    arguments: Arguments? = nil, context: Context? = nil, request: Int? = nil) {
            self.protocol = `protocol`
            self.host = host
            self.features = features
            self.command = command
            self.arguments = arguments
            self.context = context
            self.request = request
        }
    }
}

/// A reply to a request with the same id: a result or an error.
public struct Response: Codable, Sendable, Equatable {
    public var id: Int
    public var result: Result?
    public var error: PluginError?

    public init(id: Int, result: Result? = nil, error: PluginError? = nil) {
        self.id = id
        self.result = result
        self.error = error
    }

    public struct Result: Codable, Sendable, Equatable {
        // handshake
        public var `protocol`: Int?
        public var name: String?
        public var version: String?
        public var features: [String]?
        // describe
        public var commands: [CommandSignature]?
        // run
        public var output: [OutputItem]?
        public var operations: [WireOperation]?

        public init(protocol: Int? = nil, name: String? = nil, version: String? = nil, features: [String]? = nil,
                    commands: [CommandSignature]? = nil, output: [OutputItem]? = nil, operations: [WireOperation]? = nil) {
            self.protocol = `protocol`
            self.name = name
            self.version = version
            self.features = features
            self.commands = commands
            self.output = output
            self.operations = operations
        }
    }
}

/// An error a plugin reports: a message, what to do about it, and the argument it concerns.
public struct PluginError: Codable, Sendable, Equatable {
    public var message: String
    public var help: String?
    /// The argument or option (`--year`, `CODE`) the error is about.
    public var argument: String?
    /// Character offsets into the command line, when the plugin knows them (from `Arguments.spans`).
    public var span: [Int]?

    public init(message: String, help: String? = nil, argument: String? = nil, span: [Int]? = nil) {
        self.message = message
        self.help = help
        self.argument = argument
        self.span = span
    }
}

/// A command as a plugin declares it in `describe`.
public struct CommandSignature: Codable, Sendable, Equatable {
    public var name: String
    public var summary: String
    public var discussion: String?
    public var arguments: [ArgumentSignature]?
    public var options: [OptionSignature]?
    public var examples: [ExampleSignature]?
    /// The tables the command needs in `run`'s context: `goals`, `indicators`, `budget`, `series`.
    public var needs: [String]?

    public init(name: String, summary: String, discussion: String? = nil, arguments: [ArgumentSignature]? = nil,
                options: [OptionSignature]? = nil, examples: [ExampleSignature]? = nil, needs: [String]? = nil) {
        self.name = name
        self.summary = summary
        self.discussion = discussion
        self.arguments = arguments
        self.options = options
        self.examples = examples
        self.needs = needs
    }
}

public struct ArgumentSignature: Codable, Sendable, Equatable {
    public var name: String
    public var help: String
    public var optional: Bool?
    public var repeating: Bool?
    /// What Tab offers: `dataset`, `goal`, `indicator`, `budget`, `series`, `scenario`, `file`, or none.
    public var completion: String?

    public init(name: String, help: String, optional: Bool? = nil, repeating: Bool? = nil, completion: String? = nil) {
        self.name = name
        self.help = help
        self.optional = optional
        self.repeating = repeating
        self.completion = completion
    }
}

public struct OptionSignature: Codable, Sendable, Equatable {
    public var name: String
    public var help: String
    /// The value's placeholder; absent for a flag.
    public var value: String?
    public var completion: String?

    public init(name: String, help: String, value: String? = nil, completion: String? = nil) {
        self.name = name
        self.help = help
        self.value = value
        self.completion = completion
    }
}

public struct ExampleSignature: Codable, Sendable, Equatable {
    public var command: String
    public var explanation: String

    public init(command: String, explanation: String) {
        self.command = command
        self.explanation = explanation
    }
}

/// The parsed command line `run` receives: positional values by argument name, option values
/// by option name, flags, and where each word stood in the line.
public struct Arguments: Codable, Sendable, Equatable {
    public var positional: [String: [String]]
    public var options: [String: [String]]
    public var flags: [String]
    /// The command line as typed (variables expanded).
    public var line: String

    public init(positional: [String: [String]], options: [String: [String]], flags: [String], line: String) {
        self.positional = positional
        self.options = options
        self.flags = flags
        self.line = line
    }
}

/// What a command sees: the dataset (as the scenario in use has it) and the tables it asked for.
/// Numbers are exact decimals written as JSON strings ("309779558.12").
public struct Context: Codable, Sendable, Equatable {
    public var dataset: DatasetInfo?
    public var scenario: String?
    public var settings: [String: String]
    /// Table name → rows, each row a JSON object of column → value (strings; null when missing).
    public var tables: [String: [[String: String?]]]

    public init(dataset: DatasetInfo?, scenario: String?, settings: [String: String], tables: [String: [[String: String?]]]) {
        self.dataset = dataset
        self.scenario = scenario
        self.settings = settings
        self.tables = tables
    }

    public struct DatasetInfo: Codable, Sendable, Equatable {
        public var id: String
        public var institution: String
        public var title: String
        public var kind: String
        public var year: Int?
        public var currency: String

        public init(id: String, institution: String, title: String, kind: String, year: Int?, currency: String) {
            self.id = id
            self.institution = institution
            self.title = title
            self.kind = kind
            self.year = year
            self.currency = currency
        }
    }
}

/// One piece of a command's output.
public struct OutputItem: Codable, Sendable, Equatable {
    /// `message`, `table` or `text`.
    public var type: String
    public var text: String?
    public var title: String?
    public var columns: [ColumnSignature]?
    /// Cells as strings (a decimal column's cells are exact decimals as strings); null when missing.
    public var rows: [[String?]]?
    public var caption: String?

    public init(type: String, text: String? = nil, title: String? = nil, columns: [ColumnSignature]? = nil,
                rows: [[String?]]? = nil, caption: String? = nil) {
        self.type = type
        self.text = text
        self.title = title
        self.columns = columns
        self.rows = rows
        self.caption = caption
    }

    public static func message(_ text: String) -> OutputItem { OutputItem(type: "message", text: text) }
}

public struct ColumnSignature: Codable, Sendable, Equatable {
    public var key: String
    public var header: String?
    /// `text` (default), `decimal` or `integer`.
    public var type: String?
    /// Decimals a table shows (percentages); CSV and JSON keep the exact value.
    public var decimals: Int?

    public init(key: String, header: String? = nil, type: String? = nil, decimals: Int? = nil) {
        self.key = key
        self.header = header
        self.type = type
        self.decimals = decimals
    }
}

/// A scenario operation a plugin proposes; the host checks and applies it.
/// `op` is one of: `set_target`, `set_actual` (with `codes`, `goal`, `year` and exactly one of
/// `to`, `by_percent`, `by`), `set_weight` (`codes` = [one code], `to`), `inflation` (`path`:
/// year → percent), `ceiling` (`year`, `to`), `grow_budget` (`from_year`, `year`, `by_percent`,
/// `holds`).
public struct WireOperation: Codable, Sendable, Equatable {
    public var op: String
    public var codes: [String]?
    public var goal: String?
    public var year: Int?
    public var fromYear: Int?
    public var to: String?
    public var byPercent: String?
    public var by: String?
    public var path: [String: String]?
    public var holds: [String]?

    enum CodingKeys: String, CodingKey {
        case op, codes, goal, year, to, by, path, holds
        case fromYear = "from_year"
        case byPercent = "by_percent"
    }

    public init(op: String, codes: [String]? = nil, goal: String? = nil, year: Int? = nil, fromYear: Int? = nil, to: String? = nil,
                byPercent: String? = nil, by: String? = nil, path: [String: String]? = nil, holds: [String]? = nil) {
        self.op = op
        self.codes = codes
        self.goal = goal
        self.year = year
        self.fromYear = fromYear
        self.to = to
        self.byPercent = byPercent
        self.by = by
        self.path = path
        self.holds = holds
    }
}

/// Encoding and decoding one message per line.
public enum Wire {
    public static func encode<T: Encodable>(_ message: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(message)
        data.append(0x0A)
        return data
    }

    public static func decode<T: Decodable>(_ type: T.Type, from line: Data) throws -> T {
        try JSONDecoder().decode(type, from: line)
    }
}
