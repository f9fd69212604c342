/// What each word of a command line is, by the command's declaration: which positional
/// argument or option value it fills. Used to rewrite a line that ran (paths made absolute,
/// numbers made portable) without running the parser again.
public enum WordRoles {
    /// One word that is a positional argument or an option's value.
    public struct Role: Sendable {
        public var token: Token
        /// What Tab offers for it, which says what it is (a file path, a code, ...).
        public var completion: CompletionKind
        /// Whether it is an option's value (`--round 1000`) rather than a positional argument.
        public var isOptionValue: Bool
        /// Whether it belongs to a repeating argument that mixes kinds (`target PP16 +10%`).
        public var isRepeating: Bool
    }

    /// The roles of `tokens`, the words after the command name.
    public static func of(_ tokens: [Token], spec: CommandSpec) -> [Role] {
        let options = spec.options + OptionSpec.common
        var roles: [Role] = []
        var positional = 0, index = 0
        while index < tokens.count {
            let token = tokens[index]
            if !token.wasQuoted, token.text.hasPrefix("--"), let option = options.first(where: { "--" + $0.name == token.text }) {
                if !option.isFlag, index + 1 < tokens.count {
                    roles.append(Role(token: tokens[index + 1], completion: option.completion, isOptionValue: true, isRepeating: false))
                }
                index += option.isFlag ? 1 : 2
                continue
            }
            let argument = positional < spec.arguments.count ? spec.arguments[positional] : spec.arguments.last.flatMap { $0.isRepeating ? $0 : nil }
            if let argument {
                roles.append(Role(token: token, completion: argument.completion, isOptionValue: false, isRepeating: argument.isRepeating))
            }
            positional += 1
            index += 1
        }
        return roles
    }

    /// `line` with the words at the given tokens' spans replaced.
    public static func replacing(_ replacements: [(token: Token, text: String)], in line: String) -> String {
        var characters = Array(line)
        for (token, text) in replacements.sorted(by: { $0.token.start > $1.token.start }) {
            characters.replaceSubrange(token.start..<token.end, with: text)
        }
        return String(characters)
    }
}
