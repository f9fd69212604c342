/// Turkish-aware case mapping, matching and ordering.
///
/// Swift's own `lowercased()` maps `I` to `i` and `İ` to `i̇` (with a combining dot), so
/// "SINIR".lowercased() is "sinir" and a planner searching for "sınır" would not find it.
/// These functions follow the Turkish alphabet instead: I ↔ ı, İ ↔ i.
public enum TurkishText {
    /// Lowercase with Turkish rules: `İ` → `i`, `I` → `ı`, then the usual mapping.
    public static func lowercased(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        // Compose first, so a decomposed İ (I + U+0307) is one letter before I → ı applies.
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar {
            case "I": result.unicodeScalars.append("ı")
            case "İ": result.unicodeScalars.append("i")
            case "\u{0307}" where result.unicodeScalars.last == "i":
                continue  // i + combining dot above is written as plain i
            default: result += String(scalar).lowercased()
            }
        }
        return result
    }

    /// Uppercase with Turkish rules: `i` → `İ`, `ı` → `I`.
    public static func uppercased(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "i": result.unicodeScalars.append("İ")
            case "ı": result.unicodeScalars.append("I")
            default: result += String(scalar).uppercased()
            }
        }
        return result
    }

    /// A key for case-insensitive matching: Turkish lowercase, composed form.
    public static func matchKey(_ text: String) -> String {
        lowercased(text.precomposedStringWithCanonicalMapping)
    }

    /// Whether `text` contains `query`, ignoring case the Turkish way ("SINIR" finds "sınır").
    public static func contains(_ text: String, _ query: String) -> Bool {
        guard !query.isEmpty else { return true }
        return matchKey(text).contains(matchKey(query))
    }

    /// Whether `text` starts with `prefix`, ignoring case the Turkish way.
    public static func hasPrefix(_ text: String, _ prefix: String) -> Bool {
        matchKey(text).hasPrefix(matchKey(prefix))
    }

    /// Orders two strings by the Turkish alphabet (a b c ç d e f g ğ h ı i j k l m n o ö p r s ş
    /// t u ü v y z), case-insensitively, with digits before letters and ties broken by case.
    public static func precedes(_ lhs: String, _ rhs: String) -> Bool {
        let a = sortKey(lhs), b = sortKey(rhs)
        if a != b { return a.lexicographicallyPrecedes(b) }
        return lhs < rhs
    }

    /// A sequence of weights that sorts in Turkish alphabetical order.
    public static func sortKey(_ text: String) -> [UInt32] {
        lowercased(text.precomposedStringWithCanonicalMapping).unicodeScalars.map { scalar in
            if let rank = alphabetRank[scalar] { return 0x1000 + rank * 4 }
            if let base = accentedBase[scalar], let rank = alphabetRank[base] { return 0x1000 + rank * 4 + 1 }
            if scalar.properties.numericType != nil, let digit = scalar.properties.numericValue, scalar.isASCII {
                return 0x0800 + UInt32(digit)
            }
            if scalar.value < 0x80 { return scalar.value } // punctuation and space first
            return 0x10000 + scalar.value
        }
    }

    private static let alphabet: [Unicode.Scalar] = [
        "a", "b", "c", "ç", "d", "e", "f", "g", "ğ", "h", "ı", "i", "j", "k", "l", "m",
        "n", "o", "ö", "p", "q", "r", "s", "ş", "t", "u", "ü", "v", "w", "x", "y", "z",
    ]
    private static let alphabetRank: [Unicode.Scalar: UInt32] = {
        var ranks: [Unicode.Scalar: UInt32] = [:]
        for (rank, letter) in alphabet.enumerated() { ranks[letter] = UInt32(rank) }
        return ranks
    }()
    /// Letters from loanwords sort just after their base letter (â after a, î after i, û after u).
    private static let accentedBase: [Unicode.Scalar: Unicode.Scalar] = [
        "â": "a", "à": "a", "á": "a", "ä": "a", "ê": "e", "é": "e", "è": "e", "î": "i", "í": "i",
        "ô": "o", "ó": "o", "û": "u", "ú": "u",
    ]
}

extension String {
    /// Composed (NFC) form, without depending on Foundation.
    var precomposedStringWithCanonicalMapping: String {
        // Swift strings compare by canonical equivalence; we compose the common Turkish
        // decomposed sequences explicitly so byte-level operations see one form.
        guard unicodeScalars.contains(where: { (0x0300...0x036F).contains($0.value) }) else { return self }
        var result = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            if let last = result.last, let composed = composeTable[[last, scalar]] {
                result.removeLast()
                result.append(composed)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }
}

private let composeTable: [[Unicode.Scalar]: Unicode.Scalar] = [
    ["c", "\u{0327}"]: "ç", ["C", "\u{0327}"]: "Ç", ["s", "\u{0327}"]: "ş", ["S", "\u{0327}"]: "Ş",
    ["g", "\u{0306}"]: "ğ", ["G", "\u{0306}"]: "Ğ", ["o", "\u{0308}"]: "ö", ["O", "\u{0308}"]: "Ö",
    ["u", "\u{0308}"]: "ü", ["U", "\u{0308}"]: "Ü", ["I", "\u{0307}"]: "İ", ["a", "\u{0302}"]: "â",
    ["i", "\u{0302}"]: "î", ["u", "\u{0302}"]: "û", ["A", "\u{0302}"]: "Â",
]
