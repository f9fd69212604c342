import SenaryoEngine

/// A command line parsed against a `CommandSpec`: values by argument and option name, with
/// typed accessors whose errors name the argument.
public struct ParsedArguments: Sendable {
    public let spec: CommandSpec
    /// The words after the command name, as given.
    public let rawWords: [String]
    private var positionals: [String: [Token]] = [:]
    private var options: [String: [Token]] = [:]
    private var flags: Set<String> = []

    /// Parses `tokens` (the words after the command name).
    public init(spec: CommandSpec, tokens: [Token]) throws(UsageError) {
        self.spec = spec
        rawWords = tokens.map(\.text)
        var positionalTokens: [Token] = []
        var index = 0
        var optionsEnded = false
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            let text = token.text
            if optionsEnded || token.wasQuoted || !text.hasPrefix("-") || text == "-" || Self.isNumber(text) {
                positionalTokens.append(token)
                continue
            }
            if text == "--" { optionsEnded = true; continue }
            var name: String, inlineValue: String?
            if text.hasPrefix("--") {
                let body = text.dropFirst(2)
                if let equals = body.firstIndex(of: "=") {
                    name = String(body[..<equals])
                    inlineValue = String(body[body.index(after: equals)...])
                } else {
                    name = String(body)
                }
            } else {
                let letter = text.dropFirst()
                guard letter.count == 1, let option = (spec.options + OptionSpec.common).first(where: { $0.short == letter.first }) else {
                    throw UsageError("unknown option \(text)\(Self.formatHint(String(letter)) ?? "")", span: token.start..<token.end, usage: spec.synopsis)
                }
                name = option.name
            }
            guard let option = spec.option(named: name) else {
                let known = (spec.options + OptionSpec.common).map(\.name)
                let hint = Self.formatHint(name) ?? Suggestion.nearest(to: name, in: known).map { " (did you mean --\($0)?)" } ?? ""
                throw UsageError("unknown option --\(name) for \(spec.name)\(hint)", span: token.start..<token.end, usage: spec.synopsis)
            }
            if option.isFlag {
                if inlineValue != nil {
                    throw UsageError("takes no value", argument: "--\(name)", span: token.start..<token.end, usage: spec.synopsis)
                }
                flags.insert(name)
            } else if let inlineValue {
                options[name, default: []].append(Token(text: inlineValue, start: token.start, end: token.end))
            } else {
                guard index < tokens.count else {
                    throw UsageError("needs a value (\(option.valueName!))", argument: "--\(name)", span: token.start..<token.end, usage: spec.synopsis)
                }
                options[name, default: []].append(tokens[index])
                index += 1
            }
        }

        var remaining = positionalTokens[...]
        for argument in spec.arguments {
            if argument.isRepeating {
                positionals[argument.name] = Array(remaining)
                remaining = []
            } else if let token = remaining.first {
                positionals[argument.name] = [token]
                remaining = remaining.dropFirst()
            }
            if positionals[argument.name, default: []].isEmpty && !argument.isOptional {
                throw UsageError("missing \(argument.valueName) (\(argument.help))", argument: argument.valueName, usage: spec.synopsis)
            }
        }
        if let extra = remaining.first {
            // The words up to the unexpected one and the groups of three digits after it: "6 500 000".
            let at = positionalTokens.firstIndex(of: extra)!
            let groups = positionalTokens[(at + 1)...].prefix { $0.text.count == 3 && $0.text.allSatisfy { $0.isASCII && $0.isNumber } }
            if let spaced = ValueSyntax.spacedNumber(endingAt: positionalTokens[...(at + groups.count)].map(\.text)) {
                throw UsageError("\"\(spaced)\" is one number written with spaces: \(ValueSyntax.forms)",
                                 span: extra.start..<extra.end, usage: spec.synopsis)
            }
            throw UsageError("unexpected argument \"\(extra.text)\"", span: extra.start..<extra.end, usage: spec.synopsis)
        }
    }

    /// `--json`, `-csv`: the sqlite3 and DuckDB way to choose an output format.
    private static func formatHint(_ name: String) -> String? {
        ["table", "csv", "json", "markdown"].contains(name) ? " (did you mean --format \(name)?)" : nil
    }

    private static func isNumber(_ text: String) -> Bool {
        guard text.count > 1, text.hasPrefix("-") else { return false }
        return text.dropFirst().allSatisfy { $0.isNumber || $0 == "." || $0 == "," || $0 == "%" }
    }

    // MARK: Accessors

    /// The value of a positional argument or option, or nil when not given.
    public func string(_ name: String) -> String? {
        (positionals[name] ?? options[name])?.last?.text
    }

    /// All values of a repeating argument or repeated option.
    public func strings(_ name: String) -> [String] {
        (positionals[name] ?? options[name] ?? []).map(\.text)
    }

    public func flag(_ name: String) -> Bool {
        flags.contains(name)
    }

    /// An integer value, or a `UsageError` naming the argument.
    public func integer(_ name: String) throws(UsageError) -> Int? {
        guard let token = (positionals[name] ?? options[name])?.last else { return nil }
        guard let value = Int(token.text) else {
            throw UsageError("\"\(token.text)\" is not a whole number", argument: label(name), span: token.start..<token.end)
        }
        return value
    }

    /// A year (four digits).
    public func year(_ name: String) throws(UsageError) -> Int? {
        guard let token = (positionals[name] ?? options[name])?.last else { return nil }
        guard token.text.count == 4, let value = Int(token.text) else {
            throw UsageError("\"\(token.text)\" is not a year (expected e.g. 2021)", argument: label(name), span: token.start..<token.end)
        }
        return value
    }

    /// An exact decimal, read under the session's number convention (`12.5`, `12,5`, `1.000`
    /// under `tr`); an ambiguous or malformed one is a `UsageError` naming the argument.
    public func decimal(_ name: String, numbers: NumberFormat) throws(UsageError) -> ExactDecimal? {
        guard let token = (positionals[name] ?? options[name])?.last else { return nil }
        do { return try ValueSyntax.number(token.text, numbers, argument: label(name)) } catch {
            throw UsageError(error.message, argument: error.argument, span: token.start..<token.end)
        }
    }

    /// A value of a closed vocabulary, or a `UsageError` listing the choices.
    public func choice<Value: RawRepresentable & CaseIterable>(_ name: String, as type: Value.Type) throws(UsageError) -> Value?
    where Value.RawValue == String {
        guard let token = (positionals[name] ?? options[name])?.last else { return nil }
        guard let value = Value(rawValue: token.text) else {
            let choices = Value.allCases.map(\.rawValue)
            let hint = Suggestion.nearest(to: token.text, in: choices).map { " (did you mean \($0)?)" } ?? ""
            throw UsageError("\"\(token.text)\" is not one of \(choices.joined(separator: ", "))\(hint)",
                             argument: label(name), span: token.start..<token.end)
        }
        return value
    }

    private func label(_ name: String) -> String {
        if let argument = spec.arguments.first(where: { $0.name == name }) { return argument.valueName }
        return "--\(name)"
    }
}
