import SenaryoEngine

/// Reads a number cell in the dataset's declared `number_format`.
public struct NumberSyntax: Sendable {
    public var format: NumberFormat

    public init(_ format: NumberFormat) {
        self.format = format
    }

    /// What a valid cell looks like, for error messages.
    public var example: String {
        switch format {
        case .plain: "plain format, e.g. 1234567.89 or -19.6"
        case .tr: "Turkish format, e.g. 1.234.567,89, -19,6 or %94,43"
        }
    }

    /// The value of `cell`, or nil when it is not a number in this format.
    public func parse(_ cell: String) -> ExactDecimal? {
        switch format {
        case .plain: ExactDecimal(cell)
        case .tr: Self.parseTurkish(cell)
        }
    }

    /// `1.234.567,89`, `1234567,89`, `-19,6`, `%94,43`, `% 94,43`, `94,43%`.
    /// Thousands separators, when used, must group by three.
    static func parseTurkish(_ cell: String) -> ExactDecimal? {
        var text = Substring(cell)
        if text.hasPrefix("%") {
            text = text.dropFirst().drop(while: { $0 == " " })
        } else if text.hasSuffix("%") {
            text = text.dropLast()
            while text.hasSuffix(" ") { text = text.dropLast() }
        }
        var sign = ""
        if let first = text.first, first == "-" || first == "+" {
            sign = first == "-" ? "-" : ""
            text = text.dropFirst()
        }
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count <= 2, let integerPart = parts.first, !integerPart.isEmpty else { return nil }
        let groups = integerPart.split(separator: ".", omittingEmptySubsequences: false)
        if groups.count > 1 {
            guard let head = groups.first, (1...3).contains(head.count),
                  groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        }
        guard groups.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }) else { return nil }
        var plain = sign + groups.joined()
        if parts.count == 2 {
            let fraction = parts[1]
            guard !fraction.isEmpty, fraction.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
            plain += "." + fraction
        }
        return ExactDecimal(plain)
    }
}
