import XMLCoder

/// The parts of an Office Open XML workbook (ECMA-376, SpreadsheetML) a dataset needs, as
/// XMLCoder decodes them. Only what is read is declared; everything else in the files (styles,
/// formulas' text, column widths) is skipped by the decoder.
enum SpreadsheetML {
    /// `xl/workbook.xml`: the sheets in tab order, each pointing at its part by relationship id.
    struct Workbook: Decodable {
        struct Sheets: Decodable { var sheet: [Sheet]? }
        struct Sheet: Decodable {
            var name: String
            var relationship: String
            enum CodingKeys: String, CodingKey {
                case name
                case relationship = "r:id"
            }
        }
        var sheets: Sheets
    }

    /// `xl/_rels/workbook.xml.rels`: relationship id → part path (relative to `xl/`).
    struct Relationships: Decodable {
        struct Relationship: Decodable {
            var id: String
            var target: String
            enum CodingKeys: String, CodingKey {
                case id = "Id"
                case target = "Target"
            }
        }
        var relationship: [Relationship]?
        enum CodingKeys: String, CodingKey { case relationship = "Relationship" }
    }

    /// A run of text; `xml:space="preserve"` may sit on it, so the text is its element's value.
    struct Text: Decodable {
        var value: String
        enum CodingKeys: String, CodingKey { case value = "" }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            value = (try? container.decode(String.self, forKey: .value)) ?? ""
        }
    }

    /// Rich text: plain (`<t>`) or in formatted runs (`<r><t>…</t></r>`), phonetic hints ignored.
    struct RichText: Decodable {
        struct Run: Decodable { var t: Text? }
        var t: Text?
        var r: [Run]?

        var text: String { t?.value ?? (r ?? []).map { $0.t?.value ?? "" }.joined() }
    }

    /// `xl/sharedStrings.xml`: the text cells point into this list by index.
    struct SharedStrings: Decodable {
        var si: [RichText]?
    }

    /// `xl/worksheets/sheetN.xml`: rows of cells; empty cells and rows are usually left out.
    struct Worksheet: Decodable {
        struct SheetData: Decodable { var row: [Row]? }
        struct Row: Decodable {
            /// 1-based row number; absent means "the row after the previous one".
            var r: Int?
            var c: [Cell]?
        }
        struct Cell: Decodable {
            /// The reference (`C12`); absent means "the cell after the previous one".
            var r: String?
            /// The type: `s` shared string, `inlineStr`, `str` formula text, `b` boolean, `e`
            /// error, `n` or absent a number.
            var t: String?
            /// The stored value (for a formula, its last computed result).
            var v: Text?
            /// An inline string's text.
            var `is`: RichText?
            /// The cell's style (an index into the styles' `cellXfs`), which gives its number format.
            var s: Int?
        }
        var sheetData: SheetData
    }

    /// `xl/styles.xml`: the number formats cells are shown in (`0.00`, `#,##0.00`, `0.00%`).
    struct Styles: Decodable {
        struct NumberFormats: Decodable { var numFmt: [NumberFormat]? }
        struct NumberFormat: Decodable {
            var numFmtId: Int
            var formatCode: String
        }
        struct CellFormats: Decodable { var xf: [CellFormat]? }
        struct CellFormat: Decodable { var numFmtId: Int? }
        var numFmts: NumberFormats?
        var cellXfs: CellFormats?
    }
}
