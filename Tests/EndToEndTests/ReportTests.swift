import Foundation
import Testing

/// `report FILE.html` opened in a real headless browser (Debian's chromium; poppler-utils counts
/// the printed pages; scripts/install-deps --test installs both).
@Suite("HTML report")
struct ReportTests {
    static let browser = ["chromium", "chromium-browser"].lazy.compactMap(Self.which).first

    static func which(_ name: String) -> String? {
        (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
            .map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs a tool; its standard output.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], home: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(["HOME": home.path]) { $1 }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// The report of the Göç İdaresi 2021 data with one scenario, in `language`.
    static func report(language: String, in home: URL) throws -> (url: URL, output: String) {
        let url = home.appendingPathComponent("rapor-\(language).html")
        let result = try SenaryoBinary.run(["-w", ":memory:", "-c", "load SampleData/goc-idaresi-2021", "-c", "settings language \(language)",
                                            "-c", "scenario new hedef", "-c", "target PP4 = 20000", "-c", "report \(url.path) --scenario hedef"],
                                           merged: true, home: home)
        #expect(result.status == 0, "\(result.output)")
        return (url, result.output)
    }

    @Test func aSelfContainedPageThatABrowserShowsAndPrints() throws {
        let home = SenaryoBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: home) }
        let (url, output) = try Self.report(language: "tr", in: home)
        #expect(output.contains("wrote \(url.path) (Performans göstergeleri, Amaçlar ve hedefler, Bütçe gerçekleşmesi 2021, Senaryolar: hedef, Grafikler, Denetim bulguları)"))
        let html = try String(contentsOf: url, encoding: .utf8)

        // Nothing is fetched: the policy forbids it, and nothing points outside the page (SVG's
        // xmlns is a name, not a request).
        #expect(html.contains("Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\""))
        let references = try Regex(#"(?:src|href)\s*=\s*"(?!#)[^"]*"|url\("#)
        #expect(html.matches(of: references).isEmpty)
        #expect(html.contains("<tr class=\"band-not-reached\"><td>PP4</td>"))
        #expect(html.contains("<div class=\"tile\"><span class=\"value\">%99,5</span><span class=\"label\">bütçe gerçekleşme oranı</span></div>"))

        let browser = try #require(Self.browser, "needs chromium (scripts/install-deps --test installs it)")
        let flags = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=\(home.appendingPathComponent("chromium").path)"]
        let dom = try Self.run(browser, flags + ["--dump-dom", url.absoluteString], home: home)
        #expect(dom.components(separatedBy: "<table").count - 1 >= 5)  // indicators, goals, budget, comparison, findings
        #expect(dom.components(separatedBy: "<svg").count - 1 == 2)  // the indicator and budget charts
        #expect(dom.contains("Denetim bulguları"))

        // A screenshot, kept as an artefact of the run.
        let artefacts = SenaryoBinary.packageRoot.appendingPathComponent(".build/test-artefacts")
        try FileManager.default.createDirectory(at: artefacts, withIntermediateDirectories: true)
        let shot = artefacts.appendingPathComponent("report.png")
        try? FileManager.default.removeItem(at: shot)
        try Self.run(browser, flags + ["--screenshot=\(shot.path)", "--window-size=1280,1600", url.absoluteString], home: home)
        let png = try Data(contentsOf: shot)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]) && png.count > 50_000)

        // Printed on A4: as many pages as the tables need, no blank or one-row pages.
        let pdf = home.appendingPathComponent("rapor.pdf")
        try Self.run(browser, flags + ["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", url.absoluteString], home: home)
        let info = try Self.run(try #require(Self.which("pdfinfo"), "needs pdfinfo (poppler-utils)"), [pdf.path], home: home)
        let pages = try #require(info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last ?? "") })
        #expect(info.contains("(A4)"), "A4 pages: \(info)")
        #expect((4...12).contains(pages), "\(pages) pages")
    }

    @Test func labelsFollowTheLanguageSetting() throws {
        let home = SenaryoBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: home) }
        let (url, _) = try Self.report(language: "en", in: home)
        let html = try String(contentsOf: url, encoding: .utf8)
        #expect(html.contains("<html lang=\"en\">"))
        for heading in ["Performance indicators", "Aims and objectives", "Budget execution 2021", "Scenarios: hedef", "Charts", "Audit findings"] {
            #expect(html.contains("<h2>\(heading)</h2>"))
        }
        #expect(html.contains("<span class=\"value\">99.5 %</span>"))
    }
}
