import Foundation
import SenaryoEngine

/// A `BarChart` as a standalone SVG document for a meeting: laid out from measured text, so
/// that no label is cut off, whatever its length or its letters; bars coloured by status band;
/// the marks (80, 100) labelled where their labels touch neither each other, nor a value label,
/// nor another mark's line; a capped bar drawn with a break.
///
/// The layout is kept as shapes with their boxes (`texts`, `lines`), so that a test checks the
/// very geometry the document is written from.
struct SVGBarChart {
    /// An axis-aligned box, in pixels.
    struct Box: Equatable {
        var minX, minY, maxX, maxY: Double

        func intersects(_ other: Box, gap: Double = 0) -> Bool {
            minX < other.maxX + gap && other.minX < maxX + gap && minY < other.maxY + gap && other.minY < maxY + gap
        }
    }

    struct Text {
        enum Anchor: String { case start, middle, end }
        var x, y: Double
        var anchor: Anchor = .start
        var size = SVGBarChart.labelSize
        var bold = false
        var fill = "#222"
        var content: String
        /// Where its glyphs can ink, from the font's metrics (DejaVu's ascent 0.93 em, descent 0.24 em).
        var box: Box
    }

    /// A vertical or horizontal segment (the marks, and their leaders to their labels).
    struct Line {
        var x1, y1, x2, y2: Double
        var box: Box { Box(minX: min(x1, x2), minY: min(y1, y2), maxX: max(x1, x2), maxY: max(y1, y2)) }
    }

    struct Rect {
        var x, y, width, height: Double
        var fill: String
    }

    static let fontFamily = "DejaVu Sans, Verdana, sans-serif"
    static let labelSize = 13.0, titleSize = 16.0
    static let margin = 14.0, rowHeight = 24.0, barHeight = 16.0, barArea = 560.0, gap = 8.0

    private(set) var width = 0.0, height = 0.0
    private(set) var texts: [Text] = []
    private(set) var lines: [Line] = []
    private(set) var rects: [Rect] = []
    /// The break drawn across each capped bar's end.
    private(set) var breaks: [(x: Double, y: Double)] = []
    let title: String

    private let regular = FontMetrics.dejaVuRegular, bold = FontMetrics.dejaVuBold

    /// The status colours of the monitoring reports' tables, and blue for a chart without bands.
    static func colour(band: StatusBand?, negative: Bool) -> String {
        switch band {
        case .notReached: "#c0392b"
        case .partiallyReached: "#e67e22"
        case .reached: "#27ae60"
        case .exceeded: "#1a5276"
        case nil: negative ? "#c0392b" : "#2e86c1"
        }
    }

    init(_ chart: BarChart) {
        title = chart.title + (chart.unit.isEmpty ? "" : " (\(chart.unit))")
        let margin = Self.margin, size = Self.labelSize
        texts.append(text(margin, margin + Self.titleSize * 0.93, title, size: Self.titleSize, bold: true))
        let rowsTop = margin + Self.titleSize * 1.2 + 20
        let labelRight = margin + (chart.bars.map { regular.width(of: $0.label, size: size) }.max() ?? 0)
        let barX = labelRight + Self.gap
        var noteBoxes: [Box] = []
        for (index, bar) in chart.bars.enumerated() {
            let top = rowsTop + Double(index) * Self.rowHeight
            let baseline = top + Self.rowHeight / 2 + size * 0.36
            let length = (chart.fraction(bar) * Self.barArea).rounded()
            texts.append(text(labelRight, baseline, bar.label, anchor: .end))
            rects.append(Rect(x: barX, y: top + (Self.rowHeight - Self.barHeight) / 2, width: length, height: Self.barHeight,
                              fill: Self.colour(band: bar.band, negative: bar.value.isNegative)))
            if chart.isCapped(bar) && length > 20 { breaks.append((barX + length - 12, top + (Self.rowHeight - Self.barHeight) / 2)) }
            let note = text(barX + length + 6, baseline, chart.note(bar))
            texts.append(note)
            noteBoxes.append(note.box)
        }
        let barsBottom = rowsTop + Double(chart.bars.count) * Self.rowHeight
        var bottom = barsBottom
        // The marks: a dashed line down the bars, broken where it would cross a value label.
        let maximum = chart.scaleMaximum.doubleValue
        var placed: [Box] = texts.map(\.box)
        var leaders: [Line] = []
        for marker in chart.drawnMarkers where maximum > 0 {
            let x = (barX + marker.doubleValue / maximum * Self.barArea).rounded()
            var start: Double?
            for (index, box) in noteBoxes.enumerated() {
                let top = rowsTop + Double(index) * Self.rowHeight
                let crosses = box.minX - 3 < x && x < box.maxX + 3
                if crosses, let from = start { lines.append(Line(x1: x, y1: from, x2: x, y2: top)); start = nil }
                if !crosses && start == nil { start = top }
            }
            if let from = start { lines.append(Line(x1: x, y1: from, x2: x, y2: barsBottom)) }
            // Its label below the bars, else above them, else a row further out, with a leader
            // line to it: the first place that touches no label and no other leader.
            let label = chart.numbers.amount(marker)
            for slot in 0..<8 {
                let depth = Double(slot / 2), below = slot % 2 == 0
                let baseline = below ? barsBottom + 4 + size * 0.93 + depth * size * 1.4 : rowsTop - 4 - size * 0.24 - depth * size * 1.4
                let candidate = text(x, baseline, label, anchor: .middle, fill: "#555")
                let leader = below ? Line(x1: x, y1: barsBottom, x2: x, y2: candidate.box.minY - 1)
                    : Line(x1: x, y1: candidate.box.maxY + 1, x2: x, y2: rowsTop)
                let leaderBox = leader.box
                let free = !placed.contains { $0.intersects(candidate.box, gap: 3) || $0.intersects(leaderBox) }
                    && !leaders.contains { $0.box.intersects(candidate.box, gap: 3) }
                guard free || slot == 7 else { continue }
                texts.append(candidate)
                placed.append(candidate.box)
                if leader.y2 - leader.y1 > 0.5 { leaders.append(leader) }
                bottom = max(bottom, candidate.box.maxY)
                break
            }
        }
        lines += leaders
        // The legend: the colours used, and the break of a capped bar.
        var legend: [(fill: String?, label: String)] = StatusBand.allCases.filter { band in chart.bars.contains { $0.band == band } }
            .map { (Self.colour(band: $0, negative: false), $0.label(chart.language)) }
        if chart.bars.contains(where: chart.isCapped) { legend.append((nil, "bar cut at \(chart.numbers.amount(chart.cap!))")) }
        let contentRight = max(barX + Self.barArea, texts.map(\.box.maxX).max() ?? 0)
        var x = margin, y = bottom + 14
        for item in legend {
            let itemWidth = 18 + regular.width(of: item.label, size: size)
            if x > margin && x + itemWidth > contentRight { x = margin; y += size * 1.6 }
            if let fill = item.fill {
                rects.append(Rect(x: x, y: y, width: 12, height: 12, fill: fill))
            } else {
                rects.append(Rect(x: x, y: y, width: 12, height: 12, fill: "#888"))
                breaks.append((x + 1, y - 2))
            }
            texts.append(text(x + 18, y + 6 + size * 0.36, item.label))
            x += itemWidth + 18
        }
        let boxes = texts.map(\.box) + lines.map(\.box) + rects.map { Box(minX: $0.x, minY: $0.y, maxX: $0.x + $0.width, maxY: $0.y + $0.height) }
        width = ((boxes.map(\.maxX).max() ?? 0) + margin).rounded(.up)
        height = ((boxes.map(\.maxY).max() ?? 0) + margin).rounded(.up)
    }

    private func text(_ x: Double, _ y: Double, _ content: String, anchor: Text.Anchor = .start, size: Double = SVGBarChart.labelSize,
                      bold: Bool = false, fill: String = "#222") -> Text {
        let width = (bold ? self.bold : regular).width(of: content, size: size)
        let minX = switch anchor {
        case .start: x
        case .middle: x - width / 2
        case .end: x - width
        }
        return Text(x: x, y: y, anchor: anchor, size: size, bold: bold, fill: fill, content: content,
                    box: Box(minX: minX, minY: y - size * 0.93, maxX: minX + width, maxY: y + size * 0.24))
    }

    /// The document.
    var document: String {
        var svg = """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(Self.number(width))" height="\(Self.number(height))" \
            viewBox="0 0 \(Self.number(width)) \(Self.number(height))" fill="#222" font-family="\(Self.fontFamily)" font-size="\(Self.number(Self.labelSize))">
            <title>\(Self.escape(title))</title>
            <rect width="\(Self.number(width))" height="\(Self.number(height))" fill="#fff"/>

            """
        for rect in rects {
            svg += "<rect x=\"\(Self.number(rect.x))\" y=\"\(Self.number(rect.y))\" width=\"\(Self.number(rect.width))\" height=\"\(Self.number(rect.height))\" fill=\"\(rect.fill)\"/>\n"
        }
        for mark in breaks {
            // Two white slashes across the bar's end: the bar goes on beyond the cap.
            let top = Self.number(mark.y), bottom = Self.number(mark.y + Self.barHeight)
            svg += "<path d=\"M\(Self.number(mark.x)) \(bottom)L\(Self.number(mark.x + 5)) \(top)M\(Self.number(mark.x + 5)) \(bottom)L\(Self.number(mark.x + 10)) \(top)\" stroke=\"#fff\" stroke-width=\"2\"/>\n"
        }
        for line in lines {
            svg += "<line x1=\"\(Self.number(line.x1))\" y1=\"\(Self.number(line.y1))\" x2=\"\(Self.number(line.x2))\" y2=\"\(Self.number(line.y2))\" stroke=\"#555\" stroke-dasharray=\"4 3\"/>\n"
        }
        for text in texts {
            var attributes = "x=\"\(Self.number(text.x))\" y=\"\(Self.number(text.y))\""
            if text.anchor != .start { attributes += " text-anchor=\"\(text.anchor.rawValue)\"" }
            if text.size != Self.labelSize { attributes += " font-size=\"\(Self.number(text.size))\"" }
            if text.bold { attributes += " font-weight=\"bold\"" }
            if text.fill != "#222" { attributes += " fill=\"\(text.fill)\"" }
            svg += "<text \(attributes)>\(Self.escape(text.content))</text>\n"
        }
        return svg + "</svg>\n"
    }

    /// At most one decimal, none when whole: `12`, `12.5`.
    static func number(_ value: Double) -> String {
        let tenths = (value * 10).rounded()
        return tenths.truncatingRemainder(dividingBy: 10) == 0 ? String(Int(tenths / 10)) : String(tenths / 10)
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
