extension ExactDecimal: CustomStringConvertible, LosslessStringConvertible {
    /// Parses the plain form: an optional `-` or `+`, digits, and optionally `.` and digits
    /// (`1234567.89`, `-19.6`, `.5` is rejected). No exponent, no thousands separators.
    public init?(_ text: String) {
        guard let value = ExactDecimal.parsePlain(text.utf8) else { return nil }
        self = value
    }

    /// The plain form, keeping the scale the value has (`24.50` prints as `24.50`).
    public var description: String {
        formatted(scale: scale)
    }

    /// The plain form with exactly `decimals` digits after the point (rounded half-up if needed).
    public func formatted(decimals: Int, rule: RoundingRule = .halfUp) -> String {
        let value = rounded(scale: decimals, rule: rule)
        return value.formatted(scale: decimals)
    }

    /// The plain form with at least `decimals` digits after the point and never fewer than the
    /// value's own: exact, but padded for columns of money (`736083000` → `736083000.00`).
    public func formatted(minimumDecimals decimals: Int) -> String {
        formatted(scale: Swift.max(scale, decimals))
    }

    /// Grouped for reading: `1 234 567,89` style with the given separators.
    public func grouped(decimals: Int, groupSeparator: Character = ",", decimalSeparator: Character = ".") -> String {
        let plain = formatted(decimals: decimals)
        var sign = "", integer = Substring(plain), fraction: Substring = ""
        if integer.hasPrefix("-") { sign = "-"; integer = integer.dropFirst() }
        if let dot = integer.firstIndex(of: ".") {
            fraction = integer[integer.index(after: dot)...]
            integer = integer[..<dot]
        }
        var groups: [Substring] = []
        var end = integer.endIndex
        while end > integer.startIndex {
            let start = integer.index(end, offsetBy: -3, limitedBy: integer.startIndex) ?? integer.startIndex
            groups.insert(integer[start..<end], at: 0)
            end = start
        }
        var result = sign + groups.joined(separator: String(groupSeparator))
        if !fraction.isEmpty { result += String(decimalSeparator) + fraction }
        return result
    }

    private func formatted(scale target: Int) -> String {
        let value = target >= scale ? (rescaled(to: target) ?? self) : self
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.textCapacity) { buffer in
            let start = value.writePlain(into: buffer)
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[start...]), as: UTF8.self)
        }
    }

    /// Appends the plain form (`description`) as UTF-8, without making a string: machine
    /// formats write millions of amounts.
    public func appendPlain(to bytes: inout [UInt8]) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.textCapacity) { buffer in
            let start = writePlain(into: buffer)
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start...]))
        }
    }

    /// 39 digits, a point, a sign and a leading zero at most.
    private static let textCapacity = 48

    /// Writes the plain form right-aligned into `buffer` (`textCapacity` bytes); returns where it starts.
    private func writePlain(into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var position = buffer.count
        var written = 0
        func put(_ byte: UInt8) { position -= 1; buffer[position] = byte }
        let magnitude = significand.magnitude
        if magnitude <= UInt128(UInt64.max) {
            var small = UInt64(magnitude)
            repeat {
                if written == scale && scale > 0 { put(UInt8(ascii: ".")) }
                put(UInt8(ascii: "0") + UInt8(small % 10)); small /= 10; written += 1
            } while small != 0 || written <= scale
        } else {
            var rest = magnitude
            repeat {
                if written == scale && scale > 0 { put(UInt8(ascii: ".")) }
                put(UInt8(ascii: "0") + UInt8(rest % 10)); rest /= 10; written += 1
            } while rest != 0 || written <= scale
        }
        if significand < 0 { put(UInt8(ascii: "-")) }
        return position
    }

    static func parsePlain<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> ExactDecimal? {
        var negative = false
        var significand: Int128 = 0
        var scale = 0, digits = 0, integerDigits = 0
        var seenPoint = false
        var index = bytes.startIndex
        guard index != bytes.endIndex else { return nil }
        if bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            negative = bytes[index] == UInt8(ascii: "-")
            index = bytes.index(after: index)
        }
        while index != bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: ".") {
                guard !seenPoint, integerDigits > 0 else { return nil }
                seenPoint = true
            } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                // Leading integer zeros are not significant; every other digit is.
                if significand != 0 || seenPoint || byte != UInt8(ascii: "0") { digits += 1 }
                guard digits <= 38 else { return nil }
                significand = significand * 10 + Int128(byte - UInt8(ascii: "0"))
                if seenPoint { scale += 1 } else { integerDigits += 1 }
            } else {
                return nil
            }
            index = bytes.index(after: index)
        }
        guard integerDigits > 0, !(seenPoint && scale == 0), scale <= maximumScale else { return nil }
        return ExactDecimal(significand: negative ? -significand : significand, scale: scale)
    }
}

extension ExactDecimal: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) {
        self.init(value)
    }
}

/// Encoded as a JSON string (`"309779558.12"`) so that no decoder turns it into a Double.
extension ExactDecimal: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = ExactDecimal(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "\"\(text)\" is not a decimal number")
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
