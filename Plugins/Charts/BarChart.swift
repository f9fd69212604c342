import Foundation
import SenaryoEngine
import SenaryoKit

/// What a bar chart shows: labelled values, reference lines (the status bands) and an optional
/// cap, drawn in the terminal here and as SVG by `SVGBarChart`.
struct BarChart {
    struct Bar {
        var label: String
        var value: ExactDecimal
        /// Shown after the bar: the value as formatted, and a status.
        var note: String
        /// The status band of the value, when it is an indicator's rate: the bar's colour.
        var band: StatusBand? = nil
    }

    var title: String
    var unit: String
    var bars: [Bar]
    /// Reference values drawn across the bars (e.g. 80 and 100 for rates).
    var markers: [ExactDecimal] = []
    /// `--max`: a value beyond it (an 856 % outlier) is drawn to the cap and marked as cut, so
    /// that the other bars keep a readable length.
    var cap: ExactDecimal? = nil
    /// How the cap and markers are written, like the values in the notes.
    var numbers: NumberStyle = .english
    /// The language of the status names in the SVG legend.
    var language: FigureSettings.Language = .english

    /// The value a full-length bar stands for: the largest bar or marker, or the cap when a bar
    /// goes beyond it.
    var scaleMaximum: ExactDecimal {
        let largest = (bars.map { $0.value.magnitude } + markers).max() ?? .zero
        if let cap, largest > cap { return cap }
        return largest
    }

    /// The markers within the drawn scale (a cap below 100 leaves the 100 mark out).
    var drawnMarkers: [ExactDecimal] { markers.filter { $0 <= scaleMaximum } }

    func isCapped(_ bar: Bar) -> Bool { cap.map { bar.value.magnitude > $0 } ?? false }

    /// A bar's length as a share of the full length (0…1).
    func fraction(_ bar: Bar) -> Double {
        let maximum = scaleMaximum
        guard !maximum.isZero else { return 0 }
        return min(bar.value.magnitude, maximum).doubleValue / maximum.doubleValue
    }

    /// The note after a bar; a capped bar says so, and says where it was cut.
    func note(_ bar: Bar) -> String {
        isCapped(bar) ? "\(bar.note) (bar cut at \(numbers.amount(cap!)))" : bar.note
    }

    /// The chart drawn with Unicode blocks, `width` columns wide. A capped bar ends in `»`.
    func terminal(width: Int = 100) -> String {
        guard !bars.isEmpty else { return "\(title): nothing to chart" }
        let labelWidth = min(36, bars.map { DisplayWidth.of($0.label) }.max() ?? 0)
        let noteWidth = bars.map { DisplayWidth.of(note($0)) }.max() ?? 0
        let barWidth = max(10, width - labelWidth - noteWidth - 4)
        let eighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        let maximum = scaleMaximum.doubleValue
        var lines = [title + (unit.isEmpty ? "" : " (\(unit))")]
        for bar in bars {
            let length = fraction(bar) * Double(barWidth)
            let whole = Int(length), part = Int((length - Double(whole)) * 8)
            var drawn = String(repeating: "█", count: whole) + eighths[part]
            if isCapped(bar) { drawn = String(drawn.dropLast()) + "»" }
            var cells = Array(drawn.padding(toLength: barWidth, withPad: " ", startingAt: 0))
            for marker in drawnMarkers where maximum > 0 {
                let position = Int(marker.doubleValue / maximum * Double(barWidth))
                if position >= 0 && position < cells.count && cells[position] == " " { cells[position] = "┊" }
            }
            drawn = String(cells)
            let label = DisplayWidth.pad(DisplayWidth.truncate(bar.label, to: labelWidth), to: labelWidth)
            lines.append("\(label) │\(drawn) \(note(bar))".replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression))
        }
        if !drawnMarkers.isEmpty {
            lines.append(String(repeating: " ", count: labelWidth + 2) + "┊ at " + drawnMarkers.map { numbers.amount($0) }.joined(separator: ", "))
        }
        return lines.joined(separator: "\n")
    }
}
