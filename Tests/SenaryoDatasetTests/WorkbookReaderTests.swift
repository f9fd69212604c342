import Foundation
import SenaryoEngine
import Testing
import SenaryoDataset

private typealias C = TestWorkbook.Cell

private func manifest(_ extra: [(String, String)] = []) -> (name: String, rows: [[C]]) {
    let pairs = [("format", "senaryo-dataset/1"), ("id", "kitap"), ("institution", "Kitap İdaresi"),
                 ("title", "2021 Faaliyet Raporu"), ("kind", "activity-report"), ("year", "2021")] + extra
    return ("dataset", [[.text("key"), .text("value")]] + pairs.map { [.text($0.0), .text($0.1)] })
}

private let budgetHeader: [C] = ["year", "classification", "code", "parent", "name", "initial", "spent", "reported_rate_pct"].map { .text($0) }

private func read(_ sheets: [(name: String, rows: [[C]])]) throws -> Result<Dataset, DatasetError> {
    WorkbookReader().read(try TestWorkbook(sheets: sheets).bytes(), file: "kitap.xlsx")
}

private func errors(_ sheets: [(name: String, rows: [[C]])]) throws -> [String] {
    guard case .failure(let error) = try read(sheets) else { return [] }
    return error.diagnostics.map(\.description)
}

@Suite("Workbook reader")
struct WorkbookReaderTests {
    @Test func numbersTypedAsNumbersAndAsTurkishTextLoadExactly() throws {
        let budget: [[C]] = [budgetHeader,
            // Typed as numbers: the stored doubles' text, shown with 2 decimals and as a percentage.
            [.number("2021"), .text("economic"), .text("01"), .empty, .inline("Personel Giderleri"),
             .number("1234567.8899999999", format: "#,##0.00"), .number("617283.9"), .number("0.50000000000000011", format: "0.00%")],
            // Typed as Turkish text.
            [.number("2021"), .text("economic"), .text("02"), .empty, .text("SGK Devlet Primi"),
             .text("1.234.567,89"), .text("617.283,95"), .text("%50,00")],
        ]
        let dataset = try read([("Budget", budget), manifest([("number_format", "tr")])]).get()  // any order, any case
        #expect(dataset.budget.map(\.code) == ["01", "02"])  // codes stay text
        #expect(dataset.budget.map(\.initial) == [ExactDecimal("1234567.89"), ExactDecimal("1234567.89")])
        #expect(dataset.budget.map(\.spent) == [ExactDecimal("617283.9"), ExactDecimal("617283.95")])
        // The printed precision a number format shows is kept: 50.00, not 50.
        #expect(dataset.budget.map { $0.reportedRatePct?.description } == ["50.00", "50.00"])
        #expect(dataset.manifest.institution == "Kitap İdaresi")
    }

    @Test func storedDoublesGiveBackWhatWasTyped() throws {
        let rows: [[C]] = [budgetHeader] + [("94.430000000000007", "94.43"), ("1.5E-3", "0.0015"), ("-19.600000000000001", "-19.6"),
                                           ("6500000000000.1201", "6500000000000.12"), ("0", "0")].enumerated().map { index, pair in
            [.number("2021"), .text("economic"), .text("\(index + 1)"), .empty, .text("Kalem"), .number(pair.0), .empty, .empty]
        }
        let dataset = try read([manifest(), ("budget", rows)]).get()
        #expect(dataset.budget.map { $0.initial?.description } == ["94.43", "0.0015", "-19.6", "6500000000000.12", "0"])
    }

    @Test func everyErrorNamesItsSheetAndCell() throws {
        let budget: [[C]] = [budgetHeader,
            [.number("2021"), .text("economic"), .text("1"), .empty, .text("Personel"), .text("12,5x"), .number("5"), .empty],
            [.number("2021"), .text("ekonomik"), .text("2"), .empty, .text("SGK"), .number("10"), .error("#DIV/0!"), .empty],
        ]
        let found = try errors([manifest(), ("budget", budget)])
        #expect(found.contains { $0.hasPrefix("budget!F2: initial: \"12,5x\" is not a number") })
        #expect(found.contains { $0.hasPrefix("budget!B3: classification: ") })
        #expect(found.contains("budget!G3: holds the spreadsheet error #DIV/0! (fix the formula or type the value)"))
        #expect(found.count == 3)
    }

    @Test func manifestProblemsNameTheDatasetSheetCell() throws {
        var sheet = manifest()
        sheet.rows[5] = [.text("kind"), .text("yillik")]  // row 6: header, format, id, institution, title, kind
        let found = try errors([sheet, ("budget", [budgetHeader])])
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("dataset!B6: kind: \"yillik\" is not a document kind") == true)
        #expect(try errors([("budget", [budgetHeader])]).first?.hasPrefix("kitap.xlsx: has no dataset sheet") == true)
    }

    @Test func aFileThatIsNotAWorkbookIsNamedAsSuch() {
        let xls: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
        for (bytes, message) in [(xls, "Excel 97–2003 workbook (.xls)"), (Array("year,code\n".utf8), "not a ZIP archive")] {
            guard case .failure(let error) = WorkbookReader().read(bytes, file: "eski.xlsx") else {
                Issue.record("read a file that is not a workbook")
                continue
            }
            #expect(error.diagnostics.map(\.description).first?.contains(message) == true)
        }
    }
}
