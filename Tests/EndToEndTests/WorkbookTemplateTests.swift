import Foundation
import Testing

/// `export template FILE.xlsx` round-trips: the empty template says what is missing, and once a
/// spreadsheet program (openpyxl here) fills it, `load` reads it.
@Suite("Workbook template")
struct WorkbookTemplateTests {
    @Test func aFilledTemplateLoads() throws {
        let home = SenaryoBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: home) }
        let template = home.appendingPathComponent("sablon.xlsx").path
        let empty = try SenaryoBinary.run(["-w", ":memory:", "-c", "export template \(template)", "-c", "load \(template)"], merged: true, home: home)
        #expect(empty.output.contains("wrote \(template): a dataset sheet and goals, indicators, budget, series"))
        #expect(empty.output.contains("dataset!B3: id: is required"), "\(empty.output)")

        // Fill it as a planner would, in a spreadsheet program; the coded columns offer their values.
        let filled = home.appendingPathComponent("dolu.xlsx").path
        let script = """
            import openpyxl, sys
            book = openpyxl.load_workbook(sys.argv[1])
            lists = {ws.title: sorted(v.formula1 for v in ws.data_validations.dataValidation) for ws in book.worksheets}
            print(lists["goals"], lists["indicators"], lists["budget"], lists["dataset"])
            meta = book["dataset"]
            for row in meta.iter_rows(min_row=2):
                value = {"id": "sablon-2024", "institution": "Şablon İdaresi", "title": "2024 Faaliyet Raporu",
                         "kind": "activity-report", "year": 2024}.get(row[0].value)
                if value is not None: row[1].value = value
            book["goals"].append(["A1", "aim", "Hizmet kalitesini artırmak"])  # code, level, title: required columns come first
            book["indicators"].append(["PG1", 2024, "Memnuniyet oranı", "A1", "%", "increase", None, None, 70, 2023, 80,
                                       None, None, None, None, 84.5])
            book["budget"].append([2024, "economic", "1", "Personel Giderleri", None, 1000000.5, None, None, None, 990000.25])
            book.save(sys.argv[2])
            """
        let fill = Process()
        fill.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        fill.arguments = ["python3", "-c", script, template, filled]
        let out = Pipe()
        fill.standardOutput = out
        try fill.run()
        let printed = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        fill.waitUntilExit()
        try #require(fill.terminationStatus == 0, "needs python3 with openpyxl (scripts/install-deps --test)")
        #expect(printed.contains("'\"aim,objective,performance_target"), "\(printed)")
        #expect(printed.contains("\"increase,decrease\"") && printed.contains("\"economic,institutional,functional,project\""), "\(printed)")
        #expect(printed.contains("\"strategic-plan,performance-program,activity-report\""), "\(printed)")

        let loaded = try SenaryoBinary.run(["-w", ":memory:", "-c", "load \(filled)", "-c", "indicators --format csv", "-c", "budget --format csv"],
                                           home: home)
        #expect(loaded.status == 0, "\(loaded.output)")
        #expect(loaded.stderr.contains("loaded sablon-2024 — Şablon İdaresi, 2024 Faaliyet Raporu"))
        #expect(loaded.stdout.contains("PG1,A1,2024,Memnuniyet oranı,%,increase,"))
        #expect(loaded.stdout.contains("line,2024,economic,1,,0,Personel Giderleri,1000000.5,"))
    }
}
