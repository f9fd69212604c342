/// Rendered text on its way out, a piece at a time.
///
/// A national budget in CSV or JSON is tens of megabytes: holding it whole (and then copies of
/// it for the file handle) cost more memory than the dataset itself. Formatters append to the
/// stream and call `endOfItem()` after each complete row; the stream hands its bytes on in
/// chunks of about `chunkSize`, always cut between rows, so a chunk is valid UTF-8 on its own.
struct TextStream {
    /// Bytes written but not yet handed on. Formatters append to it directly.
    var bytes: [UInt8] = []
    private let emit: ([UInt8]) -> Void

    static let chunkSize = 1 << 18

    init(_ emit: @escaping ([UInt8]) -> Void) {
        self.emit = emit
        bytes.reserveCapacity(Self.chunkSize + 4096)
    }

    mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
        endOfItem()
    }

    /// Hands the bytes on when a chunk is full. Call only between rows.
    mutating func endOfItem() {
        if bytes.count >= Self.chunkSize { flush() }
    }

    /// Hands on whatever is buffered (at the end of a command's output).
    mutating func flush() {
        guard !bytes.isEmpty else { return }
        emit(bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    /// Everything `body` writes, as one string (for `export` and tests).
    static func collect(_ body: (inout TextStream) -> Void) -> String {
        var collected: [UInt8] = []
        var stream = TextStream { collected.append(contentsOf: $0) }
        body(&stream)
        stream.flush()
        return String(decoding: collected, as: UTF8.self)
    }
}
