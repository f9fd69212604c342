/// A list of codes written short for a message: `PP1, PP10–PP19` for eleven codes.
///
/// Codes that differ only in a final number counting up by one are written as a range; the
/// codes are put in natural order first (`CodeOrder`).
public enum CodeRanges {
    public static func text(_ codes: [String]) -> String {
        var parts: [String] = []
        var run: [(code: String, stem: Substring, number: Int)] = []
        func flush() {
            if run.count >= 3 { parts.append("\(run.first!.code)–\(run.last!.code)") } else { parts += run.map(\.code) }
            run = []
        }
        for code in Set(codes).sorted(by: CodeOrder.precedes) {
            let digits = code.reversed().prefix { $0.isASCII && $0.isNumber }.count
            let stem = code.dropLast(digits)
            // A leading zero (`PP01`) is part of the code's spelling, not a count.
            guard digits > 0, code.suffix(digits).first != "0" || digits == 1, let number = Int(code.suffix(digits)) else {
                flush(); parts.append(code); continue
            }
            if let last = run.last, last.stem != stem || last.number + 1 != number { flush() }
            run.append((code, stem, number))
        }
        flush()
        return parts.joined(separator: ", ")
    }
}
