/// Script variables: `--set name=value` on the command line, `set name value` inside, and
/// `$name`, `${name}` or `${name:-default}` in any command line.
public struct Variables: Sendable {
    public private(set) var values: [String: String] = [:]

    public init(_ values: [String: String] = [:]) {
        self.values = values
    }

    public subscript(name: String) -> String? {
        get { values[name] }
        set { values[name] = newValue }
    }

    public static func isValidName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first == "_" || first.properties.isAlphabetic else { return false }
        return name.unicodeScalars.allSatisfy { $0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0) }
    }

    /// The line with every reference replaced. `\$` is a literal dollar sign; text in single
    /// quotes is left as it is. An undefined variable without a default is an error.
    public func expand(_ line: String) throws -> String {
        guard line.contains("$") else { return line }
        var result = ""
        var characters = Array(line)[...]
        var inSingleQuotes = false
        while let character = characters.first {
            characters = characters.dropFirst()
            if character == "'" { inSingleQuotes.toggle() }
            if character == "\\", characters.first == "$" {
                result.append("$")
                characters = characters.dropFirst()
                continue
            }
            guard character == "$", !inSingleQuotes else {
                result.append(character)
                continue
            }
            if characters.first == "{" {
                guard let close = characters.firstIndex(of: "}") else {
                    throw ScriptError("unterminated ${ in \(line)")
                }
                let body = String(characters[characters.index(after: characters.startIndex)..<close])
                characters = characters[characters.index(after: close)...]
                var name = body, fallback: String?
                if let range = body.range(of: ":-") {
                    name = String(body[..<range.lowerBound])
                    fallback = String(body[range.upperBound...])
                }
                guard Self.isValidName(name) else { throw ScriptError("\"${\(body)}\" is not a variable reference (expected ${name} or ${name:-default})") }
                guard let value = values[name] ?? fallback else { throw Self.undefined(name) }
                result += value
            } else {
                let name = String(characters.prefix { $0 == "_" || $0.isLetter || $0.isNumber })
                guard !name.isEmpty else {
                    result.append("$")
                    continue
                }
                characters = characters.dropFirst(name.count)
                guard let value = values[name] else { throw Self.undefined(name) }
                result += value
            }
        }
        return result
    }

    static func undefined(_ name: String) -> ScriptError {
        ScriptError("variable $\(name) is not set (set it with `set \(name) VALUE`, `--set \(name)=VALUE`, or give a default: ${\(name):-VALUE})")
    }
}

/// A problem with a script itself (not with one of its commands).
public struct ScriptError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
