@testable import ChartsPlugin
import SenaryoEngine
import SenaryoKit
import Testing

/// The SVG chart's layout, checked on the boxes it is written from: every text inside the
/// canvas, no two texts overlapping, no mark's line through a text.
@Suite("Chart layout")
struct ChartLayoutTests {
    static func bar(_ label: String, _ value: String, band: StatusBand? = nil) -> BarChart.Bar {
        BarChart.Bar(label: label, value: ExactDecimal(value)!, note: "\(value) \(band?.label(.turkish) ?? "")", band: band)
    }

    /// Long Turkish labels, an 856 % outlier that crowds the 80 and 100 marks together, a negative value.
    static let rates = BarChart(title: "İzleme: gösterge gerçekleşme oranları", unit: "%", bars: [
        bar("PG6.4.3 Yararlanılan fon miktarı (TL) (18.10.2018 Tarihli kur hesabı üzerinden projelerin fon miktarı)", "100", band: .reached),
        bar("PP20 Tespit edilen özel ihtiyaç sahibi sayısı", "856.3", band: .exceeded),
        bar("İİİ ŞŞŞ ĞĞĞ WWW", "79.9", band: .notReached),
        bar("ııı", "81", band: .partiallyReached),
        bar("PP99 negatif", "-12.5", band: .notReached),
    ], markers: [80, 100])

    static func check(_ chart: SVGBarChart) {
        let canvas = SVGBarChart.Box(minX: 0, minY: 0, maxX: chart.width, maxY: chart.height)
        for text in chart.texts {
            #expect(text.box.minX >= 0 && text.box.minY >= 0 && text.box.maxX <= canvas.maxX && text.box.maxY <= canvas.maxY,
                    "\(text.content) at \(text.box) outside \(chart.width)×\(chart.height)")
        }
        for (index, text) in chart.texts.enumerated() {
            for other in chart.texts[(index + 1)...] {
                #expect(!text.box.intersects(other.box), "\(text.content) overlaps \(other.content)")
            }
            for line in chart.lines {
                #expect(!text.box.intersects(line.box), "a mark's line crosses \(text.content)")
            }
        }
    }

    @Test func labelsFitAndNothingCollides() {
        Self.check(SVGBarChart(Self.rates))
        var capped = Self.rates
        capped.cap = 200
        Self.check(SVGBarChart(capped))
    }

    @Test func theCanvasIsSizedFromTheLongestLabel() {
        let chart = SVGBarChart(Self.rates)
        let label = chart.texts.first { $0.content.hasPrefix("PG6.4.3") }!
        #expect(label.box.minX >= SVGBarChart.margin - 0.01, "the longest label starts at the margin")
        #expect(chart.width > label.box.maxX - label.box.minX + SVGBarChart.barArea)
    }

    @Test func closeMarksAreLabelledApart() {
        // On a scale to 856 the 80 and 100 marks are 13 px apart: their labels cannot share a row.
        let chart = SVGBarChart(Self.rates)
        let marks = chart.texts.filter { $0.content == "80" || $0.content == "100" }
        #expect(marks.count == 2)
        #expect(!marks[0].box.intersects(marks[1].box, gap: 3))
        #expect(marks[0].y != marks[1].y, "one below the bars, one above")
    }

    @Test func aCappedBarIsDrawnToTheCapAndMarked() {
        var chart = Self.rates
        chart.cap = 200
        let svg = SVGBarChart(chart)
        #expect(svg.breaks.count == 2, "the capped bar's break, and the legend's")
        let longest = svg.rects.dropFirst(0).filter { $0.height == SVGBarChart.barHeight }.map(\.width).max()
        #expect(longest == SVGBarChart.barArea, "the outlier is drawn to the cap, the full length")
        #expect(svg.texts.contains { $0.content == "856.3 Hedef Aşıldı (bar cut at 200)" })
        #expect(svg.texts.contains { $0.content == "bar cut at 200" }, "the legend explains the break")
        #expect(chart.terminal().contains("»"), "the terminal marks it too")
    }

    @Test func barsAreColouredByStatusBand() {
        let svg = SVGBarChart(Self.rates)
        let bars = svg.rects.filter { $0.height == SVGBarChart.barHeight }
        #expect(bars.map(\.fill) == [StatusBand.reached, .exceeded, .notReached, .partiallyReached, .notReached]
            .map { SVGBarChart.colour(band: $0, negative: false) })
        #expect(Set(bars.map(\.fill)).count == 4)
        for band in StatusBand.allCases { #expect(svg.texts.contains { $0.content == band.label(.english) }, "legend: \(band)") }
    }

    @Test func turkishLettersAreMeasuredByTheirWidth() {
        let metrics = FontMetrics.dejaVuRegular
        #expect(metrics.width(of: "İİİİ", size: 13) > metrics.width(of: "ıııı", size: 13))
        #expect(metrics.width(of: "WWWW", size: 13) > metrics.width(of: "ıııı", size: 13) * 3)
        #expect(metrics.width(of: "Ş", size: 13) == metrics.width(of: "S", size: 13))
        // A decomposed İ (I and a combining dot) is as wide as I; an unknown letter counts wide.
        #expect(metrics.width(of: "I\u{307}", size: 13) == metrics.width(of: "I", size: 13))
        #expect(metrics.width(of: "漢", size: 13) > metrics.width(of: "W", size: 13))
    }

    @Test func labelsAreEscaped() {
        let chart = BarChart(title: "A & B <c>", unit: "", bars: [Self.bar("\"x\" < y", "1")])
        let document = SVGBarChart(chart).document
        #expect(document.contains("A &amp; B &lt;c&gt;") && document.contains("&quot;x&quot; &lt; y"))
        #expect(!document.contains("<c>"))
    }
}
