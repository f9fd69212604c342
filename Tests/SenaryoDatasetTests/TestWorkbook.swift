import Foundation
import ZIPFoundation

/// Writes small .xlsx workbooks for tests, cell by cell, the way spreadsheet programs store them:
/// text as shared or inline strings, numbers as the stored double's text with a number format.
struct TestWorkbook {
    enum Cell {
        /// Text, stored in the shared strings.
        case text(String)
        /// Text stored inline in the sheet.
        case inline(String)
        /// A number cell: the text the file stores and the format code it is shown with.
        case number(String, format: String? = nil)
        case error(String)
        case empty
    }

    var sheets: [(name: String, rows: [[Cell]])]

    func bytes() throws -> [UInt8] {
        let archive = try Archive(accessMode: .create)
        func add(_ path: String, _ text: String) throws {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        var shared: [String] = []
        var formats: [String] = []
        func escape(_ text: String) -> String {
            text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        }
        var parts: [String] = []
        for (_, rows) in sheets {
            var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
            for (r, row) in rows.enumerated() {
                xml += "<row r=\"\(r + 1)\">"
                for (c, cell) in row.enumerated() {
                    let ref = String(UnicodeScalar(UInt8(65 + c))) + "\(r + 1)"
                    switch cell {
                    case .text(let text):
                        if !shared.contains(text) { shared.append(text) }
                        xml += "<c r=\"\(ref)\" t=\"s\"><v>\(shared.firstIndex(of: text)!)</v></c>"
                    case .inline(let text):
                        xml += "<c r=\"\(ref)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">\(escape(text))</t></is></c>"
                    case let .number(stored, format):
                        var style = ""
                        if let format {
                            if !formats.contains(format) { formats.append(format) }
                            style = " s=\"\(formats.firstIndex(of: format)! + 1)\""
                        }
                        xml += "<c r=\"\(ref)\"\(style)><v>\(stored)</v></c>"
                    case .error(let code):
                        xml += "<c r=\"\(ref)\" t=\"e\"><v>\(escape(code))</v></c>"
                    case .empty:
                        continue
                    }
                }
                xml += "</row>"
            }
            parts.append(xml + "</sheetData></worksheet>")
        }
        try add("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>")
        try add("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
            + sheets.indices.map { "<sheet name=\"\(escape(sheets[$0].name))\" sheetId=\"\($0 + 1)\" r:id=\"rId\($0 + 1)\"/>" }.joined()
            + "</sheets></workbook>")
        try add("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + sheets.indices.map { "<Relationship Id=\"rId\($0 + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\($0 + 1).xml\"/>" }.joined()
            + "</Relationships>")
        for (index, xml) in parts.enumerated() { try add("xl/worksheets/sheet\(index + 1).xml", xml) }
        try add("xl/sharedStrings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + shared.map { "<si><t xml:space=\"preserve\">\(escape($0))</t></si>" }.joined() + "</sst>")
        try add("xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><numFmts>"
            + formats.indices.map { "<numFmt numFmtId=\"\(164 + $0)\" formatCode=\"\(escape(formats[$0]).replacingOccurrences(of: "\"", with: "&quot;"))\"/>" }.joined()
            + "</numFmts><cellXfs><xf numFmtId=\"0\"/>" + formats.indices.map { "<xf numFmtId=\"\(164 + $0)\"/>" }.joined() + "</cellXfs></styleSheet>")
        return [UInt8](archive.data!)
    }
}
