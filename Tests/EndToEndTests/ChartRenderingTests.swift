import Foundation
import Testing

/// Every chart kind written with `chart … --svg`, rendered to PNG by librsvg (`rsvg-convert`,
/// installed by scripts/install-deps --test) with a wide transparent border added around the
/// canvas: a label that runs off the chart inks that border, so the check reads what a viewer
/// draws, not what the layout believes it measured.
@Suite("Chart rendering")
struct ChartRenderingTests {
    static let padding = 120

    /// The command of each chart kind, with the cases that strained the layout: long Turkish
    /// labels, an outlier capped with --max, close marks (80 and 100 on a scale to 245).
    static let charts = [
        "chart indicators",
        "chart indicators --prefix PP --max 200",
        "chart indicators --prefix PG1 --max 60",
        "chart budget 2021 --amount spent",
        "chart budget 2022",
        "chart series budget.total.revised",
    ]

    @Test(arguments: charts)
    func everyLabelIsInsideTheImage(_ command: String) throws {
        let folder = SenaryoBinary.temporaryDirectory()
        let svg = folder.appendingPathComponent("chart.svg")
        let result = try SenaryoBinary.run(["--workspace", ":memory:", "-c", "load SampleData/goc-idaresi-2021",
                                            "-c", "settings language tr", "-c", "\(command) --svg \(svg.path)"])
        #expect(result.status == 0, "\(result.stderr)")
        let document = try String(contentsOf: svg, encoding: .utf8)
        let (width, height) = try Self.size(of: document)
        let image = try Self.render(Self.padded(document, width: width, height: height), in: folder)
        #expect(image.width == width + 2 * Self.padding && image.height == height + 2 * Self.padding)
        let outside = Self.inkOutside(image, width: width, height: height)
        #expect(outside.isEmpty, "\(command): ink beyond the \(width)×\(height) canvas at \(outside.prefix(5))")
        // Not an empty picture: the bars and their labels are there, well beyond the background.
        var ink = 0
        for y in Self.padding..<Self.padding + height { for x in Self.padding..<Self.padding + width where image.isInk(x: x, y: y) { ink += 1 } }
        #expect(ink > width * height / 50, "\(command): only \(ink) inked pixels")
    }

    /// The check itself catches a label cut off: the old layout's right-aligned label at x = 8.
    @Test func aLabelRunningOffTheEdgeIsCaught() throws {
        let folder = SenaryoBinary.temporaryDirectory()
        let document = """
            <svg xmlns="http://www.w3.org/2000/svg" width="300" height="60" viewBox="0 0 300 60" font-family="DejaVu Sans" font-size="13">
            <rect width="300" height="60" fill="#fff"/>
            <text x="8" y="30" text-anchor="end">PP16 Sınır Dışı edilen yabancı sayısı</text>
            </svg>
            """
        let image = try Self.render(Self.padded(document, width: 300, height: 60), in: folder)
        let outside = Self.inkOutside(image, width: 300, height: 60)
        #expect(!outside.isEmpty)
        #expect(outside.allSatisfy { $0.x < Self.padding }, "the cut label is on the left")
    }

    static func size(of svg: String) throws -> (Int, Int) {
        let pattern = try Regex(#"<svg [^>]*width="(\d+)" height="(\d+)" viewBox="0 0 (\d+) (\d+)""#)
        let match = try #require(svg.firstMatch(of: pattern), "a root <svg> with width, height and viewBox")
        let width = try #require(Int(match.output[1].substring!)), height = try #require(Int(match.output[2].substring!))
        #expect(Int(match.output[3].substring!) == width && Int(match.output[4].substring!) == height)
        return (width, height)
    }

    /// The same drawing on a canvas `padding` wider on every side, the border left transparent.
    static func padded(_ svg: String, width: Int, height: Int) -> String {
        let p = padding
        return svg.replacingOccurrences(
            of: #"width="\#(width)" height="\#(height)" viewBox="0 0 \#(width) \#(height)""#,
            with: #"width="\#(width + 2 * p)" height="\#(height + 2 * p)" viewBox="-\#(p) -\#(p) \#(width + 2 * p) \#(height + 2 * p)""#)
    }

    static func render(_ svg: String, in folder: URL) throws -> PNGImage {
        let source = folder.appendingPathComponent("padded.svg"), png = folder.appendingPathComponent("padded.png")
        try svg.write(to: source, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["rsvg-convert", "--format", "png", "--output", png.path, source.path]
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "needs rsvg-convert (librsvg2-bin, scripts/install-deps --test)")
        return try PNGImage(contentsOf: png)
    }

    /// Pixels with anything drawn on them outside the original canvas.
    static func inkOutside(_ image: PNGImage, width: Int, height: Int) -> [(x: Int, y: Int)] {
        var found: [(x: Int, y: Int)] = []
        for y in 0..<image.height {
            for x in 0..<image.width where image.alpha(x: x, y: y) > 0 {
                let inside = x >= padding && x < padding + width && y >= padding && y < padding + height
                if !inside { found.append((x, y)) }
            }
        }
        return found
    }
}
