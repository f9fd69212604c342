import Foundation
import SenaryoKit
import ZIPFoundation

/// Writes tables as an Excel workbook (.xlsx, Office Open XML), one sheet per table: what
/// planners open, check and pass on. Numbers are written as numbers, text as inline strings,
/// missing values as empty cells; headers are bold.
enum XLSXWriter {
    /// - Parameter choices: per sheet, the values cells may take, by A1 range (`C2:C1048576`,
    ///   `B6`): written as list data validation, so a spreadsheet offers them in a drop-down.
    static func write(_ tables: [(name: String, table: Table)], choices: [[String: [String]]] = [], to url: URL) throws {
        try? FileManager.default.removeItem(at: url)
        let archive = try Archive(url: url, accessMode: .create)
        var sheetNames: [String] = []
        for (name, _) in tables {
            var candidate = String(name.filter { !"[]:*?/\\".contains($0) }.prefix(31))
            if candidate.isEmpty { candidate = "Sheet" }
            var unique = candidate, counter = 2
            while sheetNames.contains(unique) { unique = String(candidate.prefix(28)) + " \(counter)"; counter += 1 }
            sheetNames.append(unique)
        }
        func add(_ path: String, _ text: String) throws {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: Date(timeIntervalSince1970: 0),
                                 compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        let sheets = sheetNames.indices
        try add("[Content_Types].xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
            <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
            \(sheets.map { "<Override PartName=\"/xl/worksheets/sheet\($0 + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>" }.joined())\
            </Types>
            """)
        try add("_rels/.rels", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
            </Relationships>
            """)
        try add("xl/workbook.xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
            <sheets>\(sheets.map { "<sheet name=\"\(escape(sheetNames[$0]))\" sheetId=\"\($0 + 1)\" r:id=\"rId\($0 + 1)\"/>" }.joined())</sheets>\
            </workbook>
            """)
        try add("xl/_rels/workbook.xml.rels", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            \(sheets.map { "<Relationship Id=\"rId\($0 + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\($0 + 1).xml\"/>" }.joined())\
            <Relationship Id="rId\(sheets.count + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
            </Relationships>
            """)
        try add("xl/styles.xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
            <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
            <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
            <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
            <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
            <cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>\
            <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
            </styleSheet>
            """)
        for (index, entry) in tables.enumerated() {
            try add("xl/worksheets/sheet\(index + 1).xml", sheet(entry.table, choices: index < choices.count ? choices[index] : [:]))
        }
    }

    static func sheet(_ table: Table, choices: [String: [String]] = [:]) -> String {
        var rows: [String] = []
        func cell(_ column: Int, _ row: Int, _ value: Value, bold: Bool = false) -> String {
            let reference = columnName(column) + String(row)
            let style = bold ? " s=\"1\"" : ""
            switch value {
            case .missing: return ""
            case .integer(let number): return "<c r=\"\(reference)\"\(style)><v>\(number)</v></c>"
            case .decimal(let number), .percent(let number, _): return "<c r=\"\(reference)\"\(style)><v>\(number.normalized)</v></c>"
            case .text(let text), .indented(let text, _):
                return "<c r=\"\(reference)\"\(style) t=\"inlineStr\"><is><t xml:space=\"preserve\">\(escape(text))</t></is></c>"
            }
        }
        rows.append("<row r=\"1\">" + table.columns.enumerated().map { cell($0.offset, 1, .text($0.element.key), bold: true) }.joined() + "</row>")
        for (offset, values) in (table.rows + table.footer).enumerated() {
            let number = offset + 2
            rows.append("<row r=\"\(number)\">" + table.columns.indices.map { cell($0, number, $0 < values.count ? values[$0] : .missing,
                                                                                 bold: offset >= table.rows.count) }.joined() + "</row>")
        }
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\(rows.joined())</sheetData>\(validations(choices))</worksheet>
            """
    }

    /// List validations (ECMA-376 §18.3.1.32), by A1 range.
    static func validations(_ choices: [String: [String]]) -> String {
        guard !choices.isEmpty else { return "" }
        let items = choices.keys.sorted().map { range -> String in
            let list = escape("\"" + choices[range]!.joined(separator: ",") + "\"")
            return "<dataValidation type=\"list\" allowBlank=\"1\" showErrorMessage=\"1\" sqref=\"\(range)\"><formula1>\(list)</formula1></dataValidation>"
        }
        return "<dataValidations count=\"\(items.count)\">" + items.joined() + "</dataValidations>"
    }

    /// A, B, ..., Z, AA, AB, ...
    static func columnName(_ index: Int) -> String {
        var index = index, name = ""
        repeat {
            name = String(UnicodeScalar(UInt8(65 + index % 26))) + name
            index = index / 26 - 1
        } while index >= 0
        return name
    }

    static func escape(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case _ where scalar.value < 0x20 && scalar != "\n" && scalar != "\t": continue  // not allowed in XML
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
