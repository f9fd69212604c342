import Foundation
import ZIPFoundation

/// The pixels of an 8-bit RGBA PNG (what rsvg-convert writes), so that a test can look at what a
/// chart really renders to: where ink is, and where there is none.
struct PNGImage {
    let width: Int, height: Int
    /// Four bytes a pixel, row by row.
    let pixels: [UInt8]

    struct Unsupported: Error, CustomStringConvertible { let description: String }

    init(contentsOf url: URL) throws {
        let data = [UInt8](try Data(contentsOf: url))
        guard data.count > 8, data[0..<8].elementsEqual([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) else { throw Unsupported(description: "not a PNG") }
        var offset = 8, width = 0, height = 0, compressed = [UInt8]()
        func integer(_ at: Int) -> Int { data[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        while offset + 8 <= data.count {
            let length = integer(offset), type = String(decoding: data[offset + 4..<offset + 8], as: UTF8.self)
            let body = data[offset + 8..<offset + 8 + length]
            switch type {
            case "IHDR":
                width = integer(body.startIndex); height = integer(body.startIndex + 4)
                guard body[body.startIndex + 8] == 8, body[body.startIndex + 9] == 6, body[body.startIndex + 12] == 0 else {
                    throw Unsupported(description: "only 8-bit RGBA, not interlaced")
                }
            case "IDAT": compressed += body
            default: break
            }
            offset += 12 + length
        }
        // A zlib stream: its two-byte header, then raw deflate (the checksum after it is not read).
        let deflated = Data(compressed.dropFirst(2))
        var inflated = Data()
        _ = try Data.decompress(size: Int64(deflated.count), bufferSize: 65536, skipCRC32: true,
                                provider: { position, size in deflated.subdata(in: Int(position)..<min(deflated.count, Int(position) + size)) },
                                consumer: { inflated.append($0) })
        let raw = [UInt8](inflated), stride = width * 4
        guard raw.count >= height * (stride + 1) else { throw Unsupported(description: "truncated image data") }
        var pixels = [UInt8](repeating: 0, count: height * stride)
        for row in 0..<height {
            let filter = raw[row * (stride + 1)], source = row * (stride + 1) + 1, target = row * stride
            for column in 0..<stride {
                let byte = Int(raw[source + column])
                let left = column >= 4 ? Int(pixels[target + column - 4]) : 0
                let up = row > 0 ? Int(pixels[target - stride + column]) : 0
                let upLeft = row > 0 && column >= 4 ? Int(pixels[target - stride + column - 4]) : 0
                let predicted = switch filter {
                case 0: 0
                case 1: left
                case 2: up
                case 3: (left + up) / 2
                case 4: Self.paeth(left, up, upLeft)
                default: 0
                }
                pixels[target + column] = UInt8((byte + predicted) & 0xFF)
            }
        }
        self.width = width
        self.height = height
        self.pixels = pixels
    }

    private static func paeth(_ a: Int, _ b: Int, _ c: Int) -> Int {
        let p = a + b - c, pa = abs(p - a), pb = abs(p - b), pc = abs(p - c)
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c
    }

    /// The pixel's alpha: 0 where nothing was drawn.
    func alpha(x: Int, y: Int) -> UInt8 { pixels[(y * width + x) * 4 + 3] }

    /// Whether the pixel is neither transparent nor white: ink.
    func isInk(x: Int, y: Int) -> Bool {
        let at = (y * width + x) * 4
        return pixels[at + 3] > 0 && (pixels[at] < 250 || pixels[at + 1] < 250 || pixels[at + 2] < 250)
    }
}
