/// One record of a CSV file, with the line it starts on.
public struct CSVRecord: Sendable, Hashable {
    public var line: Int
    public var fields: [String]
}

/// An RFC 4180 reader that remembers where each record starts.
///
/// Hand-written rather than taken from CSV.swift because the dataset contract promises errors
/// with file, line and column, and a record may span lines inside quotes; the libraries on
/// this machine do not report positions. It reads UTF-8 bytes (a leading BOM is skipped),
/// LF or CRLF line endings, and a one-byte delimiter.
public struct CSVReader: Sendable {
    public var delimiter: UInt8

    public init(delimiter: Character = ",") {
        self.delimiter = delimiter.asciiValue ?? UInt8(ascii: ",")
    }

    /// All records of `bytes`, or the problems that prevent reading them.
    /// Wholly empty lines are skipped.
    public func records(_ bytes: [UInt8], file: String) -> Result<[CSVRecord], DatasetError> {
        var records: [CSVRecord] = []
        var diagnostics: [Diagnostic] = []
        var index = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
        if let encoding = TextEncoding.utf16(bytes) {
            return .failure(DatasetError([Diagnostic(file: file, message: "is \(encoding), not UTF-8 (save it as UTF-8: in Excel, \"CSV UTF-8\")")]))
        }
        var line = 1
        let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")

        var fields: [String] = []
        var field: [UInt8] = []
        var recordLine = 1
        var quoted = false, afterQuote = false, inQuotes = false
        var quoteLine = 1
        var quotedEmptyRecord = false  // a record holding just "" is a record, not a blank line
        var strayQuoteReported = false  // one message per field, however many stray quotes
        var nulReported = false  // likewise for NUL bytes

        /// A NUL byte would cut the stored text short (SQLite and C strings end there): refused.
        func reportNul() {
            guard !nulReported else { return }
            nulReported = true
            diagnostics.append(Diagnostic(file: file, line: line, column: fields.count + 1,
                                          message: "contains a NUL byte (character 0), which would cut the text short: remove it"))
        }

        // One validation of the whole file: a field of a valid file needs no check of its own
        // (checking each one cost a generic call per cell, millions at national scale).
        let isValidUTF8 = String(validating: bytes, as: UTF8.self) != nil
        func finishField() {
            if isValidUTF8 {
                fields.append(String(decoding: field, as: UTF8.self))
            } else if let text = String(validating: field, as: UTF8.self) {
                fields.append(text)
            } else {
                let hint = TextEncoding.looksLikeWindows1254(field) ? "it looks like Windows-1254 (Turkish) text: save the file as UTF-8" : "save the file as UTF-8"
                diagnostics.append(Diagnostic(file: file, line: recordLine, column: fields.count + 1,
                                              message: "is not valid UTF-8 (\(hint))"))
                fields.append(String(decoding: field, as: UTF8.self))
            }
            field.removeAll(keepingCapacity: true)
            quoted = false
            afterQuote = false
            strayQuoteReported = false
            nulReported = false
        }
        func finishRecord() {
            finishField()
            if !(fields.count == 1 && fields[0].isEmpty && !quotedEmptyRecord) {
                records.append(CSVRecord(line: recordLine, fields: fields))
            }
            fields.removeAll(keepingCapacity: true)
            quotedEmptyRecord = false
        }

        while index < bytes.count {
            let byte = bytes[index]
            if inQuotes {
                if byte == quote {
                    if index + 1 < bytes.count && bytes[index + 1] == quote {
                        field.append(quote)
                        index += 2
                        continue
                    }
                    inQuotes = false
                    afterQuote = true
                } else {
                    if byte == lf { line += 1 } else if byte == 0 { reportNul() }
                    field.append(byte)
                }
                index += 1
                continue
            }
            switch byte {
            case delimiter:
                finishField()
            case cr where index + 1 < bytes.count && bytes[index + 1] == lf:
                index += 1
                finishRecord()
                line += 1
                recordLine = line
            case lf, cr:
                finishRecord()
                line += 1
                recordLine = line
            case quote:
                if field.isEmpty && !quoted && !afterQuote {
                    inQuotes = true
                    quoted = true
                    quoteLine = line
                    if fields.isEmpty { quotedEmptyRecord = true }
                } else {
                    if !strayQuoteReported {
                        diagnostics.append(Diagnostic(file: file, line: line, column: fields.count + 1,
                                                      message: "stray quote inside a field (quote the whole field and double inner quotes: \"a \"\"b\"\"\")"))
                        strayQuoteReported = true
                    }
                    field.append(byte)
                }
            case 0:
                reportNul()
                field.append(byte)
            default:
                if afterQuote {
                    diagnostics.append(Diagnostic(file: file, line: line, column: fields.count + 1,
                                                  message: "text after a closing quote (expected a delimiter or the end of the line)"))
                    afterQuote = false
                }
                field.append(byte)
            }
            index += 1
        }
        if inQuotes {
            diagnostics.append(Diagnostic(file: file, line: quoteLine, column: fields.count + 1,
                                          message: "quoted field is never closed (missing \")"))
        } else if !field.isEmpty || !fields.isEmpty || quoted {
            finishRecord()
        }
        return diagnostics.isEmpty ? .success(records) : .failure(DatasetError(diagnostics))
    }
}
