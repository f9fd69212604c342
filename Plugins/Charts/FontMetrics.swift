/// How wide a line of text is in a given font, computed from the font's advance widths.
///
/// An SVG chart is drawn by the viewer, not by us, yet its canvas and margins must fit its
/// longest label: so the chart measures each label with the metrics of the font it names first
/// (DejaVu Sans, the sans-serif font of Debian and most Linux desktops; Verdana, the fallback
/// named next, has close metrics). Counting characters instead cut labels off: `İ` and `W` are
/// twice as wide as `ı` and `l`.
struct FontMetrics: Sendable {
    /// Thousandths of an em, by Unicode scalar.
    private let widths: [UInt32: Int]

    /// `runs`: each a first code point and the widths of it and the code points after it
    /// (0 where the font has no glyph).
    init(runs: [(UInt32, [Int])]) {
        var widths: [UInt32: Int] = [:]
        for (first, run) in runs {
            for (offset, width) in run.enumerated() where width > 0 { widths[first + UInt32(offset)] = width }
        }
        self.widths = widths
    }

    /// A character the table does not hold (a font substituted for it) counts as this wide:
    /// wider than any letter of the table, so an unknown label is measured too wide, never too narrow.
    static let unknownWidth = 1100

    /// The advance width of `text` at `size` pixels, plus a margin for the rendering's rounding
    /// and a viewer's fallback font being slightly wider.
    func width(of text: String, size: Double) -> Double {
        let thousandths = text.unicodeScalars.reduce(0) { sum, scalar in
            // Combining marks and zero-width characters have no advance; others use the table.
            sum + (widths[scalar.value] ?? (scalar.properties.generalCategory == .nonspacingMark ? 0 : Self.unknownWidth))
        }
        return Double(thousandths) / 1000 * size * 1.03 + 1
    }
}
