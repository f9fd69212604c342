import Foundation
import Testing
import SenaryoEngine
@testable import SenaryoDataset

/// The package root, from this file's path: Tests/SenaryoDatasetTests/DatasetReaderTests.swift.
private let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

private func sample(_ name: String) -> String {
    packageRoot.appendingPathComponent("SampleData").appendingPathComponent(name).path
}

private func d(_ text: String) -> ExactDecimal {
    ExactDecimal(text)!
}

private func bytes(_ text: String) -> [UInt8] {
    Array(text.utf8)
}

/// Reads files given as text; returns the dataset or the error lines.
private func read(_ files: [String: String]) -> Result<Dataset, DatasetError> {
    DatasetReader().read(files.mapValues(bytes))
}

private func errorLines(_ files: [String: String]) -> [String] {
    switch read(files) {
    case .success: return []
    case .failure(let error): return error.diagnostics.map(\.description)
    }
}

private let plainManifest = """
    format: senaryo-dataset/1
    id: test-dataset
    institution: Test İdaresi
    title: Test Raporu
    kind: strategic-plan

    """

@Suite("Sample datasets")
struct SampleDatasetTests {
    @Test("goc-idaresi-2021 loads with every table")
    func gocIdaresi() throws {
        let dataset = try DatasetLoader().load(from: sample("goc-idaresi-2021"))
        #expect(dataset.id == "goc-idaresi-2021")
        #expect(dataset.counts == DatasetCounts(goals: 46, indicators: 58, budgetLines: 16, seriesPoints: 66))
        #expect(dataset.goals.count == 46)
        #expect(dataset.indicators.count == 58)
        #expect(dataset.budget.count == 16)
        #expect(dataset.series.count == 66)

        let manifest = dataset.manifest
        #expect(manifest.institution == "Göç İdaresi Başkanlığı")
        #expect(manifest.title == "2021 Yılı Faaliyet Raporu")
        #expect(manifest.kind == .activityReport)
        #expect(manifest.year == 2021)
        #expect(manifest.planPeriod == "2019-2023")
        #expect(manifest.currency == "TRY")
        #expect(manifest.numberFormat == .plain)
        #expect(manifest.delimiter == ",")
        #expect(manifest.source?.hasPrefix("Göç İdaresi Başkanlığı, 2021 Yılı Faaliyet Raporu") == true)
    }

    @Test("309779558.12 (2021 economic line 3, spent) survives exactly")
    func exactSpending() throws {
        let dataset = try DatasetLoader().load(from: sample("goc-idaresi-2021"))
        let line = try #require(dataset.budget.first { $0.year == 2021 && $0.classification == .economic && $0.code == "3" })
        let spent = try #require(line.spent)
        #expect(spent.description == "309779558.12")
        #expect(spent == ExactDecimal(significand: 30977955812, scale: 2))
        #expect(line.name == "Mal ve Hizmet Alımı Giderleri")
        #expect(line.initial == d("141352000"))
        #expect(line.revised == d("314426000"))
        #expect(line.reportedRatePct?.description == "98.52")
        #expect(line.cancelled == nil)
    }

    @Test("goals keep the report's values and the hierarchy")
    func gocGoals() throws {
        let dataset = try DatasetLoader().load(from: sample("goc-idaresi-2021"))
        let goal = try #require(dataset.goals.first { $0.code == "H1.2" })
        #expect(goal.parent == "A1")
        #expect(goal.level == .objective)
        #expect(goal.responsible == "Yabancılar Genel Müdürlüğü")
        #expect(goal.reportedPerformancePct == d("94.43"))
        #expect(dataset.goals.first?.code == "A1")
        let indicator = try #require(dataset.indicators.first { $0.code == "PP1" })
        #expect(indicator.quarters == [d("946429"), d("1076639"), d("1148444"), d("1244799")])
        #expect(indicator.aggregation == .last)
        #expect(indicator.direction == .increase)  // empty cell: the default
        #expect(indicator.weightPct == nil)
        #expect(indicator.reportedStatus == "Hedefe Kısmen Ulaşıldı")
    }

    @Test("iletisim-sp-2020-2024 loads: a strategic plan with goals only")
    func iletisim() throws {
        let dataset = try DatasetLoader().load(from: sample("iletisim-sp-2020-2024"))
        #expect(dataset.goals.count == 19)
        #expect(dataset.counts == DatasetCounts(goals: 19, indicators: 0, budgetLines: 0, seriesPoints: 0))
        #expect(dataset.manifest.kind == .strategicPlan)
        #expect(dataset.manifest.year == nil)
        #expect(dataset.manifest.institution == "T.C. Cumhurbaşkanlığı İletişim Başkanlığı")
        #expect(dataset.goals.filter { $0.parent == nil }.map(\.code) == ["A1", "A2", "A3", "A4", "A5", "A6"])
    }

    @Test("the loader also takes the path of dataset.yaml itself")
    func loadManifestPath() throws {
        let dataset = try DatasetLoader().load(from: sample("iletisim-sp-2020-2024") + "/dataset.yaml")
        #expect(dataset.goals.count == 19)
    }

    @Test("the loader rejects a missing folder and a file")
    func loadMissing() throws {
        let missing = sample("no-such-dataset")
        #expect(throws: DatasetError.self) { try DatasetLoader().load(from: missing) }
        do {
            _ = try DatasetLoader().load(from: missing)
        } catch {
            #expect(error.diagnostics.map(\.description) == ["\(missing): no such file or folder"])
        }
        let file = sample("goc-idaresi-2021") + "/goals.csv"
        do {
            _ = try DatasetLoader().load(from: file)
            Issue.record("a file loaded as a dataset")
        } catch {
            #expect(error.diagnostics.map(\.description) == ["\(file): is a file, not a dataset folder (expected a folder with dataset.yaml, or an .xlsx workbook)"])
        }
    }
}

@Suite("DatasetReader")
struct DatasetReaderTests {
    /// A Turkish-locale export: `;`, Turkish numbers, BOM, CRLF, quoting, extra columns.
    static let trManifest = """
        format: senaryo-dataset/1
        id: tr-ornek
        institution: Göç İdaresi Başkanlığı
        title: 2021 Yılı Faaliyet Raporu
        kind: activity-report
        year: 2021
        number_format: tr
        delimiter: ";"

        """

    static let trIndicators = "\u{FEFF}" + [
        "code;kaynak_sayfa;goal;year;name;unit;target;q1;q2;q3;q4;actual;weight_pct;not",
        "01;s. 12;H1.2;2021;\"Ad; soyad \"\"tırnak\"\"\r\nikinci satır\";Sayı;1.234.567,89;-19,6;%94,43;% 94,43;94,43%;;50;ilk",
        "1;;H1.2;2021;Başka gösterge;%;100;1234567,89; 12 ;;0;-0,5;50,0;",
    ].joined(separator: "\r\n") + "\r\n"

    static let trGoals = "\u{FEFF}code;parent;level;title;reported_performance_pct\r\nA1;;aim;Düzenli göç;\r\nH1.2;A1;objective;\"İkamet; izin\";%94,43\r\n"
    static let trBudget = "year;classification;code;parent;name;initial;spent;reported_rate_pct\r\n2021;economic;03;;Mal ve Hizmet;314.426.000;309.779.558,12;98,52\r\n2021;economic;3;;Başka;1;;\r\n"
    static let trSeries = "series;name;unit;year;period;value;reported_change_pct\r\nstaff.total;Personel;kişi;2021;Q1;1.234;-19,6\r\nstaff.total;Personel;kişi;2021;2021-03;-0,25;% 5\r\n"

    static func trFiles() -> [String: String] {
        ["dataset.yaml": trManifest, "indicators.csv": trIndicators, "goals.csv": trGoals, "budget.csv": trBudget,
         "series.csv": trSeries, "README.md": "unknown files are ignored"]
    }

    @Test("a Turkish-format dataset with ; delimiter, BOM and CRLF reads exactly")
    func turkishFormat() throws {
        let dataset = try read(Self.trFiles()).get()
        #expect(dataset.manifest.numberFormat == .tr)
        #expect(dataset.manifest.delimiter == ";")
        #expect(dataset.counts == DatasetCounts(goals: 2, indicators: 2, budgetLines: 2, seriesPoints: 2))

        let first = dataset.indicators[0]
        #expect(first.code == "01")
        #expect(first.name == "Ad; soyad \"tırnak\"\r\nikinci satır")
        #expect(first.target?.description == "1234567.89")
        #expect(first.quarters.map { $0?.description } == ["-19.6", "94.43", "94.43", "94.43"])
        #expect(first.actual == nil)  // empty cell: missing, not zero
        #expect(first.weightPct == d("50"))

        let second = dataset.indicators[1]
        #expect(second.code == "1")
        #expect(second.code != first.code)  // codes are text: 01 and 1 differ
        #expect(second.unit == "%")
        #expect(second.target == d("100"))
        #expect(second.quarters[0]?.description == "1234567.89")
        #expect(second.quarters[1] == d("12"))  // cells are trimmed
        #expect(second.quarters[2] == nil)
        #expect(second.quarters[3] == .zero)  // a written 0 is zero
        #expect(second.quarters[3] != nil)
        #expect(second.actual?.description == "-0.5")
        #expect(second.weightPct?.description == "50.0")

        #expect(dataset.goals.map(\.code) == ["A1", "H1.2"])
        #expect(dataset.goals[1].title == "İkamet; izin")
        #expect(dataset.goals[1].reportedPerformancePct == d("94.43"))
        #expect(dataset.goals[0].reportedPerformancePct == nil)

        #expect(dataset.budget.map(\.code) == ["03", "3"])
        #expect(dataset.budget[0].spent?.description == "309779558.12")
        #expect(dataset.budget[0].initial == d("314426000"))
        #expect(dataset.budget[0].reportedRatePct?.description == "98.52")
        #expect(dataset.budget[1].spent == nil)

        #expect(dataset.series[0].value == d("1234"))  // the dot groups thousands in tr
        #expect(dataset.series[0].reportedChangePct?.description == "-19.6")
        #expect(dataset.series[1].value.description == "-0.25")
        #expect(dataset.series[1].period == "2021-03")
        #expect(dataset.series[1].reportedChangePct == d("5"))
    }

    @Test("unknown columns are kept in `extra`, in header order")
    func extraColumns() throws {
        let dataset = try read(Self.trFiles()).get()
        let first = dataset.indicators[0].extra
        #expect(first.names == ["kaynak_sayfa", "not"])
        #expect(first.values == ["s. 12", "ilk"])
        #expect(first["kaynak_sayfa"] == "s. 12")
        #expect(first.pairs.map(\.name) == ["kaynak_sayfa", "not"])
        let second = dataset.indicators[1].extra
        #expect(second.names == ["kaynak_sayfa", "not"])
        #expect(second.values == ["", ""])
        #expect(dataset.goals[0].extra.isEmpty)
        #expect(dataset.goals[0].extra == .none)
    }

    @Test("an error after a record that spans lines names the right line")
    func lineAfterMultilineRecord() {
        var files = Self.trFiles()
        files["indicators.csv"] = Self.trIndicators.replacingOccurrences(of: ";1234567,89;", with: ";1.23,5;")
        #expect(errorLines(files) == [
            "indicators.csv:4:8: q1: \"1.23,5\" is not a number (expected Turkish format, e.g. 1.234.567,89, -19,6 or %94,43)",
        ])
    }

    @Test("plain numbers in a tr dataset are errors, and tr numbers in a plain dataset")
    func formatMismatch() {
        let trCsv = "series;name;year;value\r\nx;X;2021;94.43\r\n"
        #expect(errorLines(["dataset.yaml": Self.trManifest, "series.csv": trCsv]) == [
            "series.csv:2:4: value: \"94.43\" is not a number (expected Turkish format, e.g. 1.234.567,89, -19,6 or %94,43)",
        ])
        let plainCsv = "series,name,year,value\nx,X,2021,\"94,43\"\ny,Y,2021,%94.43\n"
        #expect(errorLines(["dataset.yaml": plainManifest, "series.csv": plainCsv]) == [
            "series.csv:2:4: value: \"94,43\" is not a number (expected plain format, e.g. 1234567.89 or -19.6)",
            "series.csv:3:4: value: \"%94.43\" is not a number (expected plain format, e.g. 1234567.89 or -19.6)",
        ])
    }

    @Test("defaults: direction increase, aggregation undeclared (figures use last), currency TRY, delimiter comma")
    func defaults() throws {
        let dataset = try read(["dataset.yaml": plainManifest, "indicators.csv": "code,year,name\nPG1,2021,Gösterge\n"]).get()
        let indicator = try #require(dataset.indicators.first)
        #expect(indicator.direction == .increase)
        #expect(indicator.aggregation == nil)
        #expect(indicator.effectiveAggregation == .last)
        #expect(indicator.quarters == [nil, nil, nil, nil])
        #expect(indicator.goal == nil)
        #expect(dataset.manifest.currency == "TRY")
        #expect(dataset.manifest.delimiter == ",")
        #expect(dataset.manifest.numberFormat == .plain)
        #expect(dataset.manifest.year == nil)
    }

    @Test("indicator goals are not checked when there is no goals.csv")
    func goalsAbsent() throws {
        let dataset = try read(["dataset.yaml": plainManifest, "indicators.csv": "code,goal,year,name\nPG1,H9.9,2021,Gösterge\n"]).get()
        #expect(dataset.indicators.first?.goal == "H9.9")
    }

    @Test("the same indicator code in two years, and the same budget code in two classifications, are fine")
    func keys() throws {
        let dataset = try read([
            "dataset.yaml": plainManifest,
            "indicators.csv": "code,year,name\nPG1,2021,A\nPG1,2022,A\n",
            "budget.csv": "year,classification,code,parent,name\n2021,economic,1,,A\n2021,functional,1,,B\n2022,economic,1,,A\n2022,economic,1.1,1,A1\n",
            "series.csv": "series,name,year,period,value\nx,X,2021,,1\nx,X,2021,Q1,1\nx,X,2022,,1\n",
        ]).get()
        #expect(dataset.counts == DatasetCounts(goals: 0, indicators: 2, budgetLines: 4, seriesPoints: 3))
        #expect(dataset.budget[3].parent == "1")
    }

    @Test("a manifest with a BOM reads")
    func manifestBOM() throws {
        let dataset = try read(["dataset.yaml": "\u{FEFF}" + plainManifest, "goals.csv": "code,level,title\nA1,aim,X\n"]).get()
        #expect(dataset.id == "test-dataset")
    }

    @Test("a missing or undecodable manifest is reported")
    func manifestProblems() {
        #expect(errorLines(["goals.csv": "code,level,title\n"]) == ["dataset.yaml: is missing (every dataset folder needs one)"])
        let result = DatasetReader().read(["dataset.yaml": [0x66, 0xFF, 0xFE], "goals.csv": bytes("code,level,title\n")])
        #expect(throws: DatasetError.self) { try result.get() }
        if case .failure(let error) = result {
            #expect(error.diagnostics.map(\.description) == ["dataset.yaml:1:2: is not valid UTF-8 (it looks like Windows-1254 (Turkish) text: save the file as UTF-8)"])
        }
    }

    @Test("a dataset without any table is rejected")
    func noTables() {
        let lines = errorLines(["dataset.yaml": plainManifest, "README.md": "not a table"])
        #expect(lines.count == 1)
        #expect(lines.first?.hasSuffix("has no table (expected at least one of goals.csv, indicators.csv, budget.csv, series.csv)") == true)
    }

    @Test("an empty table is rejected, a header-only table is an empty table")
    func headerOnly() throws {
        #expect(errorLines(["dataset.yaml": plainManifest, "goals.csv": ""]) == [
            "goals.csv:1: has no header row (expected columns code, level, title)",
        ])
        let dataset = try read(["dataset.yaml": plainManifest, "goals.csv": "code,level,title\r\n"]).get()
        #expect(dataset.goals.isEmpty)
    }

    @Test("diagnostics are sorted by file order, line and column")
    func sorted() {
        let diagnostics = [
            Diagnostic(file: "series.csv", line: 2, message: "s"),
            Diagnostic(file: "goals.csv", line: 9, column: 2, message: "g92"),
            Diagnostic(file: "goals.csv", line: 9, column: 1, message: "g91"),
            Diagnostic(file: "goals.csv", line: 3, message: "g3"),
            Diagnostic(file: "dataset.yaml", message: "m"),
            Diagnostic(file: "budget.csv", line: 1, message: "b"),
            Diagnostic(file: "goals.csv", line: 3, message: "g3-second"),
        ]
        #expect(DatasetReader.sorted(diagnostics).map(\.message) == ["m", "g3", "g3-second", "g91", "g92", "b", "s"])
    }

    @Test("Diagnostic descriptions")
    func diagnosticDescription() {
        #expect(Diagnostic(file: "indicators.csv", line: 3, column: 11, field: "target",
                           message: "\"12,5\" is not a number (expected plain format, e.g. 1234567.89 or -19.6)").description
            == "indicators.csv:3:11: target: \"12,5\" is not a number (expected plain format, e.g. 1234567.89 or -19.6)")
        #expect(Diagnostic(file: "goals.csv", line: 1, message: "m").description == "goals.csv:1: m")
        #expect(Diagnostic(file: "dataset.yaml", field: "year", message: "m").description == "dataset.yaml: year: m")
        #expect(Diagnostic(file: "x", message: "m").description == "x: m")
    }
}

@Suite("NumberSyntax")
struct NumberSyntaxTests {
    @Test("plain format", arguments: [
        ("1234567.89", "1234567.89"), ("-19.6", "-19.6"), ("0", "0"), ("94.43", "94.43"), ("+5", "5"), ("24.50", "24.50"),
        ("309779558.12", "309779558.12"),
    ])
    func plainValid(_ pair: (String, String)) {
        #expect(NumberSyntax(.plain).parse(pair.0)?.description == pair.1)
    }

    @Test("plain format rejects", arguments: [
        "1,5", "12,5", "1.234.567", "1.234.567,89", "%94.43", "94.43%", "1 234", "", "-", "1e3", ".5", "abc",
    ])
    func plainInvalid(_ cell: String) {
        #expect(NumberSyntax(.plain).parse(cell) == nil)
    }

    @Test("Turkish format", arguments: [
        ("1.234.567,89", "1234567.89"), ("1234567,89", "1234567.89"), ("-19,6", "-19.6"), ("+19,6", "19.6"),
        ("%94,43", "94.43"), ("% 94,43", "94.43"), ("94,43%", "94.43"), ("94,43 %", "94.43"), ("%-5", "-5"),
        ("0,5", "0.5"), ("100", "100"), ("1.234", "1234"), ("-1.000.000", "-1000000"), ("12.345.678,00", "12345678.00"),
        ("309.779.558,12", "309779558.12"), ("0", "0"), ("%100", "100"),
    ])
    func turkishValid(_ pair: (String, String)) {
        #expect(NumberSyntax(.tr).parse(pair.0)?.description == pair.1)
        #expect(NumberSyntax.parseTurkish(pair.0)?.description == pair.1)
    }

    @Test("Turkish format rejects", arguments: [
        "1.23,5", "1234.567", "1.2345", "12.5", ".123", "1.", "1,", ",5", "1,2,3", "1 234,5", "1.234,5.6", "%", "",
        "-", "abc", "1,5e3", "%%5", "5%%", "1..234", "1.234.56", "--5", "94.43",
    ])
    func turkishInvalid(_ cell: String) {
        #expect(NumberSyntax(.tr).parse(cell) == nil)
    }

    @Test("examples name the format")
    func examples() {
        #expect(NumberSyntax(.plain).example == "plain format, e.g. 1234567.89 or -19.6")
        #expect(NumberSyntax(.tr).example == "Turkish format, e.g. 1.234.567,89, -19,6 or %94,43")
    }
}

@Suite("CSVReader")
struct CSVReaderTests {
    private func records(_ text: String, delimiter: Character = ",") throws -> [CSVRecord] {
        try CSVReader(delimiter: delimiter).records(bytes(text), file: "t.csv").get()
    }

    private func errors(_ text: String, delimiter: Character = ",") -> [String] {
        switch CSVReader(delimiter: delimiter).records(bytes(text), file: "t.csv") {
        case .success: return []
        case .failure(let error): return error.diagnostics.map(\.description)
        }
    }

    @Test("records remember the line they start on, also after records spanning lines")
    func lineNumbers() throws {
        let result = try records("a,b\n\"x\ny\",1\n2,\"p\r\nq\r\nr\"\n\nlast,z")
        #expect(result == [
            CSVRecord(line: 1, fields: ["a", "b"]),
            CSVRecord(line: 2, fields: ["x\ny", "1"]),
            CSVRecord(line: 4, fields: ["2", "p\r\nq\r\nr"]),
            CSVRecord(line: 8, fields: ["last", "z"]),
        ])
    }

    @Test("CRLF, LF and lone CR end lines; blank lines are skipped")
    func lineEndings() throws {
        #expect(try records("a,b\r\nc,d\r\n").map(\.line) == [1, 2])
        #expect(try records("a,b\r\n\r\n\r\nc,d").map(\.line) == [1, 4])
        #expect(try records("a,b\rc,d\r").map(\.fields) == [["a", "b"], ["c", "d"]])
        #expect(try records("a\n\n\n").map(\.fields) == [["a"]])
        #expect(try records("").isEmpty)
    }

    @Test("a leading BOM is skipped")
    func bom() throws {
        #expect(try records("\u{FEFF}code,year\n1,2021\n") == [
            CSVRecord(line: 1, fields: ["code", "year"]), CSVRecord(line: 2, fields: ["1", "2021"]),
        ])
    }

    @Test("quoting: doubled quotes, delimiters and newlines inside, empty quoted fields")
    func quoting() throws {
        #expect(try records("\"a \"\"b\"\"\",\"c,d\",\"\"\n").first?.fields == ["a \"b\"", "c,d", ""])
        #expect(try records("\"\"\n").map(\.fields) == [[""]])  // a record holding just "" is kept
        #expect(try records("a,,b,\n").first?.fields == ["a", "", "b", ""])
        #expect(try records("x;\"y;z\";1,5\n", delimiter: ";").first?.fields == ["x", "y;z", "1,5"])
        #expect(try records("Göç İdaresi,Şğüİıöç\n").first?.fields == ["Göç İdaresi", "Şğüİıöç"])
    }

    @Test("quoting problems are reported with line and field")
    func quotingErrors() {
        #expect(errors("a,b\nc,\"d\ne\nf") == ["t.csv:2:2: quoted field is never closed (missing \")"])
        #expect(errors("a,b\nc,d\"e\n") == ["t.csv:2:2: stray quote inside a field (quote the whole field and double inner quotes: \"a \"\"b\"\"\")"])
        #expect(errors("a,\"b\"c\n") == ["t.csv:1:2: text after a closing quote (expected a delimiter or the end of the line)"])
        #expect(errors("\"x\ny\",\"a\"b\n") == ["t.csv:2:2: text after a closing quote (expected a delimiter or the end of the line)"])
    }

    @Test("invalid UTF-8 is reported at its field")
    func invalidUTF8() {
        let result = CSVReader().records([0x61, 0x2C, 0xFF, 0x0A], file: "t.csv")
        #expect(throws: DatasetError.self) { try result.get() }
        if case .failure(let error) = result {
            #expect(error.diagnostics.map(\.description) == ["t.csv:1:2: is not valid UTF-8 (save the file as UTF-8)"])
        }
    }

    @Test("an unsupported delimiter falls back to comma")
    func delimiterFallback() {
        #expect(CSVReader(delimiter: "ş").delimiter == UInt8(ascii: ","))
        #expect(CSVReader(delimiter: ";").delimiter == UInt8(ascii: ";"))
    }
}

@Suite("Big tables read on two cores")
struct SplitReadingTests {
    /// A budget above `DatasetReader.splitThreshold` rows is read in two halves: the lines
    /// come out in file order, and a bad cell in each half is reported on its own line.
    @Test func rowsAndErrorsKeepFileOrder() throws {
        let rows = DatasetReader.splitThreshold + 1_001
        var csv = "year,classification,code,name,initial\n"
        for index in 0..<rows { csv += "2021,economic,\(index + 1),Kalem \(index + 1),\(index).50\n" }
        let valid = try read(["dataset.yaml": plainManifest, "budget.csv": csv]).get()
        #expect(valid.budget.count == rows)
        #expect(valid.budget.map(\.code) == (1...rows).map(String.init))
        #expect(valid.budget.last?.initial == d("\(rows - 1).50"))

        var lines = csv.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[11] = "2021,economic,11,Kalem 11,on bir"
        lines[rows - 5] = "2021,economic,\(rows - 5),Kalem,12.x"
        let errors = errorLines(["dataset.yaml": plainManifest, "budget.csv": lines.joined(separator: "\n")])
        #expect(errors.count == 2)
        #expect(errors.first?.hasPrefix("budget.csv:12:") == true)
        #expect(errors.last?.hasPrefix("budget.csv:\(rows - 4):") == true)
    }
}
