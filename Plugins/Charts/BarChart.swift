import Foundation
import SenaryoEngine

/// What a bar chart shows: labelled values, and reference lines (the status bands).
struct BarChart {
    struct Bar {
        var label: String
        var value: ExactDecimal
        /// Shown after the bar: the value as formatted, and a status.
        var note: String
    }

    var title: String
    var unit: String
    var bars: [Bar]
    /// Reference values drawn across the bars (e.g. 80 and 100 for rates).
    var markers: [ExactDecimal] = []

    /// The chart drawn with Unicode blocks, `width` columns wide.
    func terminal(width: Int = 100) -> String {
        guard !bars.isEmpty else { return "\(title): nothing to chart" }
        let labelWidth = min(36, bars.map { DisplayWidth.of($0.label) }.max() ?? 0)
        let noteWidth = bars.map { DisplayWidth.of($0.note) }.max() ?? 0
        let barWidth = max(10, width - labelWidth - noteWidth - 4)
        let maximum = (bars.map { $0.value.magnitude } + markers).max() ?? .zero
        let scale = maximum.isZero ? 0 : Double(barWidth) / maximum.doubleValue
        let eighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        var lines = [title + (unit.isEmpty ? "" : " (\(unit))")]
        for bar in bars {
            let length = max(0, bar.value.magnitude.doubleValue * scale)
            let whole = Int(length), part = Int((length - Double(whole)) * 8)
            var drawn = String(repeating: "█", count: whole) + eighths[part]
            var cells = Array(drawn.padding(toLength: barWidth, withPad: " ", startingAt: 0))
            for marker in markers {
                let position = Int(marker.doubleValue * scale)
                if position >= 0 && position < cells.count && cells[position] == " " { cells[position] = "┊" }
            }
            drawn = String(cells)
            let label = DisplayWidth.pad(DisplayWidth.truncate(bar.label, to: labelWidth), to: labelWidth)
            lines.append("\(label) │\(drawn) \(bar.note)".replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression))
        }
        if !markers.isEmpty {
            lines.append(String(repeating: " ", count: labelWidth + 2) + "┊ at " + markers.map(\.description).joined(separator: ", "))
        }
        return lines.joined(separator: "\n")
    }

    /// The chart as a standalone SVG document.
    func svg() -> String {
        let rowHeight = 26, labelWidth = 300, barWidth = 560, top = 50
        let height = top + rowHeight * bars.count + 40
        let maximum = (bars.map { $0.value.magnitude } + markers).max() ?? .zero
        let scale = maximum.isZero ? 0 : Double(barWidth) / maximum.doubleValue
        var svg = """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(labelWidth + barWidth + 200)" height="\(height)" font-family="sans-serif" font-size="13">
            <title>\(Self.escape(title))</title>
            <text x="10" y="24" font-size="16" font-weight="bold">\(Self.escape(title + (unit.isEmpty ? "" : " (\(unit))")))</text>

            """
        for (index, bar) in bars.enumerated() {
            let y = top + index * rowHeight
            let length = Int((bar.value.magnitude.doubleValue * scale).rounded())
            let colour = bar.value.isNegative ? "#c0392b" : "#2e86c1"
            svg += "<text x=\"\(labelWidth - 8)\" y=\"\(y + 17)\" text-anchor=\"end\">\(Self.escape(bar.label))</text>\n"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 4)\" width=\"\(length)\" height=\"\(rowHeight - 8)\" fill=\"\(colour)\"/>\n"
            svg += "<text x=\"\(labelWidth + length + 6)\" y=\"\(y + 17)\">\(Self.escape(bar.note))</text>\n"
        }
        for marker in markers {
            let x = labelWidth + Int((marker.doubleValue * scale).rounded())
            svg += "<line x1=\"\(x)\" y1=\"\(top - 6)\" x2=\"\(x)\" y2=\"\(top + rowHeight * bars.count)\" stroke=\"#555\" stroke-dasharray=\"4 3\"/>\n"
            svg += "<text x=\"\(x)\" y=\"\(top + rowHeight * bars.count + 16)\" text-anchor=\"middle\" fill=\"#555\">\(marker)</text>\n"
        }
        return svg + "</svg>\n"
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
