import Foundation
import XMLCoder
import ZIPFoundation

/// The cells of an .xlsx workbook, sheet by sheet, as the file stores them.
///
/// Read with ZIPFoundation (the package) and XMLCoder (its SpreadsheetML parts), from bytes in
/// memory: the workbook is parsed whole, then its cells are handed to the dataset reader.
/// A number cell keeps the text the file stores (`309779558.12`), never a `Double`, so money
/// stays exact to the kuruş.
public struct Workbook: Sendable {
    public struct Sheet: Sendable {
        public var name: String
        public var rows: [Row]
    }

    /// One non-empty row: its 1-based number and its cells by column (index 0 is column A).
    public struct Row: Sendable {
        public var number: Int
        public var cells: [Cell?]
    }

    public enum Cell: Sendable, Hashable {
        case text(String)
        /// A number, as the file stores it (`1234567.89`, `1.5E-3`), and how the sheet shows it.
        case number(String, NumberDisplay)
        case boolean(Bool)
        /// A formula error the spreadsheet shows (`#DIV/0!`).
        case error(String)
    }

    public var sheets: [Sheet]

    /// What is wrong with a file that is not a readable workbook.
    public struct ReadError: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    public init(bytes: [UInt8]) throws(ReadError) {
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            throw ReadError(description: "is an Excel 97–2003 workbook (.xls); save it as an Excel workbook (.xlsx)")
        }
        let archive: Archive
        do { archive = try Archive(data: Data(bytes), accessMode: .read) } catch {
            throw ReadError(description: "is not an .xlsx workbook (it is not a ZIP archive)")
        }
        let decoder = XMLDecoder(trimValueWhitespaces: false)
        func part<Part: Decodable>(_ path: String, as type: Part.Type) throws(ReadError) -> Part? {
            guard let entry = archive[path] else { return nil }
            var data = Data()
            do {
                _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
                return try decoder.decode(Part.self, from: data)
            } catch {
                throw ReadError(description: "has a part that cannot be read (\(path): \(Self.reason(error)))")
            }
        }
        guard let workbook = try part("xl/workbook.xml", as: SpreadsheetML.Workbook.self) else {
            throw ReadError(description: "is not an .xlsx workbook (it has no xl/workbook.xml)")
        }
        let relationships = try part("xl/_rels/workbook.xml.rels", as: SpreadsheetML.Relationships.self)?.relationship ?? []
        let shared = try part("xl/sharedStrings.xml", as: SpreadsheetML.SharedStrings.self)?.si?.map(\.text) ?? []
        let styles = try part("xl/styles.xml", as: SpreadsheetML.Styles.self)
        let custom = Dictionary((styles?.numFmts?.numFmt ?? []).map { ($0.numFmtId, $0.formatCode) }, uniquingKeysWith: { first, _ in first })
        let displays = (styles?.cellXfs?.xf ?? []).map { NumberDisplay(id: $0.numFmtId ?? 0, custom: custom) }
        var sheets: [Sheet] = []
        for sheet in workbook.sheets.sheet ?? [] {
            guard let target = relationships.first(where: { $0.id == sheet.relationship })?.target else {
                throw ReadError(description: "names a sheet \(sheet.name) whose part is missing")
            }
            // Targets are relative to xl/ or absolute within the package.
            let path = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            guard let worksheet = try part(path, as: SpreadsheetML.Worksheet.self) else {
                throw ReadError(description: "names a sheet \(sheet.name) whose part \(path) is missing")
            }
            sheets.append(Sheet(name: sheet.name, rows: try Self.rows(of: worksheet, shared: shared, displays: displays, sheet: sheet.name)))
        }
        self.sheets = sheets
    }

    private static func rows(of worksheet: SpreadsheetML.Worksheet, shared: [String], displays: [NumberDisplay],
                             sheet: String) throws(ReadError) -> [Row] {
        var rows: [Row] = []
        var previousRow = 0
        for row in worksheet.sheetData.row ?? [] {
            let number = row.r ?? previousRow + 1
            previousRow = number
            var cells: [Cell?] = []
            var previousColumn = 0
            for cell in row.c ?? [] {
                let column = cell.r.flatMap(CellReference.parse)?.column ?? previousColumn + 1
                previousColumn = column
                let stored = cell.v?.value
                let value: Cell?
                switch cell.t {
                case "s":
                    guard let index = stored.flatMap({ Int($0.trimmingSpaces) }), shared.indices.contains(index) else {
                        throw ReadError(description: "has a cell \(sheet)!\(CellReference.columnName(column))\(number) pointing at a shared string that does not exist")
                    }
                    value = .text(shared[index])
                case "inlineStr": value = cell.is.map { .text($0.text) }
                case "str": value = stored.map(Cell.text)
                case "b": value = stored.map { .boolean($0.trimmingSpaces == "1") }
                case "e": value = stored.map(Cell.error)
                default:
                    let display = cell.s.flatMap { displays.indices.contains($0) ? displays[$0] : nil } ?? .general
                    value = stored.flatMap { $0.trimmingSpaces.isEmpty ? nil : .number($0.trimmingSpaces, display) }
                }
                guard let value else { continue }
                if cells.count < column { cells += [Cell?](repeating: nil, count: column - cells.count) }
                cells[column - 1] = value
            }
            if cells.contains(where: { $0 != nil && $0 != .text("") }) { rows.append(Row(number: number, cells: cells)) }
        }
        return rows
    }

    /// A short reason, without Foundation's domain and code.
    private static func reason(_ error: any Error) -> String {
        if case let DecodingError.dataCorrupted(context) = error { return context.debugDescription }
        return "\(error)"
    }
}
