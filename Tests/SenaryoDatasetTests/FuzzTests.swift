import Foundation
import SenaryoEngine
import Testing
@testable import SenaryoDataset

/// Deterministic fuzzing of the parsers that read users' files: random and mutated input must
/// give a dataset or precise errors — never a crash, a hang, or an error pointing past the file.
@Suite("Fuzzed parsers")
struct FuzzTests {
    /// A fixed-seed generator, so a failure reproduces.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    static let manifest = Array("format: senaryo-dataset/1\nid: fuzz\ninstitution: İdare\ntitle: T\nkind: activity-report\nyear: 2021\nnumber_format: tr\n".utf8)
    static let indicators = Array("""
        code,goal,year,name,direction,aggregation,weight_pct,baseline,target,q1,q2,q3,q4,actual,reported_rate_pct
        PG1,H1,2021,"Bir, iki",increase,sum,"%60","1.234,5",20,"3,5",4,5,6,"18,5",%92
        PG2,H1,2021,Şikayet süresi,decrease,mean,40,12,10,11,10,9,9,"9,75",98

        """.utf8)
    static let goals = Array("code,parent,level,title\nA1,,aim,Amaç\nH1,A1,objective,\"Hedef \"\"bir\"\"\"\n".utf8)
    static let budget = Array("year,classification,code,parent,name,initial,spent\n2021,economic,01,,Personel,\"1.000,50\",900\n2021,economic,01.1,01,Maaş,\"1.000,50\",900\n".utf8)
    /// Bytes that matter to the parsers, to mutate with.
    static let interesting: [UInt8] = Array("\",;\n\r.%-+0123456789 \u{FEFF}İıŞ:".utf8) + [0x00, 0xFF, 0xC3]

    static func mutate(_ bytes: [UInt8], _ random: inout Random) -> [UInt8] {
        var result = bytes
        for _ in 0..<(1 + random.below(6)) {
            switch random.below(4) {
            case 0 where !result.isEmpty: result.remove(at: random.below(result.count))
            case 1: result.insert(interesting[random.below(interesting.count)], at: random.below(result.count + 1))
            case 2 where !result.isEmpty: result[random.below(result.count)] = interesting[random.below(interesting.count)]
            default:
                let start = random.below(result.count + 1), length = random.below(8)
                result.insert(contentsOf: result[start..<min(result.count, start + length)], at: random.below(result.count + 1))
            }
        }
        return result
    }

    @Test("mutated datasets load or report precise errors", arguments: 0..<8)
    func mutatedDatasets(_ seed: Int) {
        var random = Random(state: UInt64(seed) &* 7919)
        for _ in 0..<250 {
            var files: [String: [UInt8]] = ["dataset.yaml": Self.manifest, "indicators.csv": Self.indicators,
                                            "goals.csv": Self.goals, "budget.csv": Self.budget]
            let target = ["dataset.yaml", "indicators.csv", "goals.csv", "budget.csv"][random.below(4)]
            files[target] = Self.mutate(files[target]!, &random)
            switch DatasetReader().read(files) {
            case .success(let dataset):
                #expect(dataset.id == "fuzz" || target == "dataset.yaml")
            case .failure(let error):
                #expect(!error.diagnostics.isEmpty)
                for diagnostic in error.diagnostics {
                    guard let bytes = files[diagnostic.file], let line = diagnostic.line else { continue }
                    let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).count
                    #expect(line >= 1 && line <= lines + 1, "\(diagnostic) points past \(diagnostic.file) (\(lines) lines)")
                }
            }
        }
    }

    @Test("random bytes never crash the CSV reader")
    func randomCSV() {
        var random = Random(state: 42)
        for _ in 0..<2000 {
            let bytes = (0..<random.below(200)).map { _ in Self.interesting[random.below(Self.interesting.count)] }
            if case .success(let records) = CSVReader(delimiter: ",").records(bytes, file: "x.csv") {
                #expect(records.allSatisfy { $0.line >= 1 })
            }
        }
    }

    @Test("numbers: anything parses to an exact value or nothing, and plain values round-trip")
    func numbers() {
        var random = Random(state: 7)
        let alphabet = Array("0123456789.,-+% ")
        for _ in 0..<5000 {
            let text = String((0..<random.below(14)).map { _ in alphabet[random.below(alphabet.count)] })
            if let value = ExactDecimal(text) {
                #expect(ExactDecimal(value.description) == value)
            }
            _ = NumberSyntax(.tr).parse(text)
        }
        // Long digit strings: rejected beyond 38 significant digits, never trapping.
        for length in 30...45 {
            let digits = String(repeating: "9", count: length)
            #expect((ExactDecimal(digits) != nil) == (length <= 38))
        }
    }
}
