/// A1-style cell references, as a spreadsheet user reads them in its name box: `C12` is the
/// third column of row 12.
enum CellReference {
    /// `A` for 1, `Z` for 26, `AA` for 27.
    static func columnName(_ column: Int) -> String {
        var number = column, name = ""
        while number > 0 {
            let remainder = (number - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            number = (number - 1) / 26
        }
        return name
    }

    /// The 1-based column and row of `C12` (`$C$12` too); nil for anything else.
    static func parse(_ reference: String) -> (column: Int, row: Int)? {
        var column = 0, row = 0, sawDigit = false
        for byte in reference.utf8 where byte != UInt8(ascii: "$") {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z") where !sawDigit:
                column = column * 26 + Int(byte - 64)
            case UInt8(ascii: "a")...UInt8(ascii: "z") where !sawDigit:
                column = column * 26 + Int(byte - 96)
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                sawDigit = true
                row = row * 10 + Int(byte - 48)
            default:
                return nil
            }
            if column > 16_384 || row > 1_048_576 { return nil }  // the format's own limits
        }
        return column > 0 && row > 0 ? (column, row) : nil
    }
}
