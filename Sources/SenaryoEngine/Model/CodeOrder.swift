/// Natural ordering of report codes: `H1.2` before `H1.10`, `05.6` after `05`.
///
/// Codes are text (`01` and `1` differ), but planners expect the numeric parts to sort as
/// numbers. Digit runs compare by value, then by length (so `01` and `1` stay distinct).
public enum CodeOrder {
    public static func precedes(_ lhs: String, _ rhs: String) -> Bool {
        var a = lhs.unicodeScalars.makeIterator(), b = rhs.unicodeScalars.makeIterator()
        var ca = a.next(), cb = b.next()
        while let x = ca, let y = cb {
            if x.properties.numericType == .decimal && x.isASCII && y.isASCII && y.properties.numericType == .decimal {
                var da = "", db = ""
                while let c = ca, c.isASCII, c.properties.numericType == .decimal { da.unicodeScalars.append(c); ca = a.next() }
                while let c = cb, c.isASCII, c.properties.numericType == .decimal { db.unicodeScalars.append(c); cb = b.next() }
                let va = da.drop(while: { $0 == "0" }), vb = db.drop(while: { $0 == "0" })
                if va.count != vb.count { return va.count < vb.count }
                if va != vb { return va < vb }
                if da.count != db.count { return da.count < db.count }
                continue
            }
            if x != y { return TurkishText.precedes(String(x), String(y)) }
            ca = a.next(); cb = b.next()
        }
        return ca == nil && cb != nil
    }
}
