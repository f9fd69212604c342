/// How a spreadsheet shows a number cell, from its number format: the decimals it always
/// shows (`0.00` → 2) and whether it is a percentage (`0.00%` shows 0.9443 as 94.43 %).
///
/// A report's figures carry their printed precision (`24.50`, whose last zero `check` relies
/// on); a number cell stores only the double, so the precision comes from the format the
/// planner gave the column.
public struct NumberDisplay: Sendable, Hashable {
    public var decimals = 0
    public var isPercent = false

    public static let general = NumberDisplay()

    /// The formats every spreadsheet knows by id (ECMA-376 §18.8.30) that fix decimals or percent.
    private static let builtIn: [Int: String] = [
        1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 11: "0.00E+00",
    ]

    public init(decimals: Int = 0, isPercent: Bool = false) {
        self.decimals = decimals
        self.isPercent = isPercent
    }

    init(id: Int, custom: [Int: String]) {
        guard let code = custom[id] ?? Self.builtIn[id] else { self = .general; return }
        self.init(formatCode: code)
    }

    /// Reads the positive section of a format code: `#,##0.00`, `0.0%`, `[$-41F]#,##0.00 "TL"`.
    init(formatCode: String) {
        var decimals = 0, isPercent = false, afterPoint = false
        var inQuotes = false, inBrackets = false, escaped = false
        for character in formatCode {
            if escaped { escaped = false; continue }
            if inQuotes { if character == "\"" { inQuotes = false }; continue }
            if inBrackets { if character == "]" { inBrackets = false }; continue }
            switch character {
            case ";": self.init(decimals: decimals, isPercent: isPercent); return
            case "\"": inQuotes = true
            case "[": inBrackets = true
            case "\\", "_", "*": escaped = true
            case ".": afterPoint = true
            case "0" where afterPoint: decimals += 1
            case "%": isPercent = true
            case "E", "e": afterPoint = false
            default: break
            }
        }
        self.init(decimals: decimals, isPercent: isPercent)
    }
}
