import Dispatch
import SenaryoEngine
import Synchronization

/// A dataset's four tables as one compact binary value, stored beside the rows at load.
///
/// Rows in SQLite stay the source of truth (what `sql` queries and what a workspace copy
/// moves); reading 200 000 budget lines back through SQL, one text cell at a time, took most
/// of a command's time at national scale. The image is written in the load's transaction and
/// read whole in one blob: column by column, text dictionary-encoded (a code or a name repeated
/// over five years is stored and decoded once), exact decimals as scale and significand.
///
/// Layout (version 2): magic `SNRYIMG`, version byte, then goals, indicators, budget lines and
/// series points, each a row count followed by its columns. Integers are LEB128 varints
/// (signed ones zigzag-encoded); an optional value uses 0 for "missing".
///
/// Version 2 stores an indicator's aggregation as declared, missing when the file left it
/// empty (version 1 stored the default `last` there, so an undeclared rule could not be told
/// from a declared one); a version 1 image is not read, and the dataset's rows are.
enum DatasetImage {
    static let version: UInt8 = 2
    private static let magic = Array("SNRYIMG".utf8)

    // MARK: Encoding

    /// An image being encoded on a background thread; `bytes()` waits for it.
    final class Encoding: Sendable {
        private let result = Mutex<[UInt8]?>(nil)
        private let done = DispatchSemaphore(value: 0)

        init(_ dataset: Dataset) {
            DispatchQueue.global(qos: .userInitiated).async {
                let bytes = DatasetImage.encode(dataset)
                self.result.withLock { $0 = bytes }
                self.done.signal()
            }
        }

        func bytes() -> [UInt8] {
            if let bytes = result.withLock({ $0 }) { return bytes }
            done.wait()
            done.signal()  // a second caller (a retried write) does not wait forever
            return result.withLock { $0 }!
        }
    }

    static func encode(_ dataset: Dataset) -> [UInt8] {
        var out = ImageWriter()
        out.bytes += magic
        out.bytes.append(version)

        let goals = dataset.goals
        out.count(goals.count)
        out.strings(goals.map(\.code))
        out.strings(goals.map(\.parent))
        out.strings(goals.map(\.level.rawValue))
        out.strings(goals.map(\.title))
        out.strings(goals.map(\.responsible))
        out.strings(goals.map(\.related))
        out.decimals(goals.map(\.reportedPerformancePct))
        out.extras(goals.map(\.extra))

        let indicators = dataset.indicators
        out.count(indicators.count)
        out.strings(indicators.map(\.code))
        out.strings(indicators.map(\.goal))
        out.integers(indicators.map(\.year))
        out.strings(indicators.map(\.name))
        out.strings(indicators.map(\.unit))
        out.strings(indicators.map(\.direction.rawValue))
        out.strings(indicators.map { $0.aggregation?.rawValue })
        out.decimals(indicators.map(\.weightPct))
        out.decimals(indicators.map(\.baseline))
        out.integers(indicators.map(\.baselineYear))
        out.decimals(indicators.map(\.target))
        for quarter in 0..<4 { out.decimals(indicators.map { $0.quarters[quarter] }) }
        out.decimals(indicators.map(\.actual))
        out.decimals(indicators.map(\.reportedRatePct))
        out.strings(indicators.map(\.reportedStatus))
        out.strings(indicators.map(\.responsible))
        out.strings(indicators.map(\.source))
        out.extras(indicators.map(\.extra))

        let budget = dataset.budget
        out.count(budget.count)
        out.integers(budget.map(\.year))
        out.strings(budget.map(\.classification.rawValue))
        out.strings(budget.map(\.code))
        out.strings(budget.map(\.parent))
        out.strings(budget.map(\.name))
        // Each amount by name: reading through a key path copied the whole line (four strings
        // retained and released) for every amount of every line.
        out.decimals(budget.map(\.initial))
        out.decimals(budget.map(\.added))
        out.decimals(budget.map(\.deducted))
        out.decimals(budget.map(\.revised))
        out.decimals(budget.map(\.spent))
        out.decimals(budget.map(\.cancelled))
        out.decimals(budget.map(\.reportedRatePct))
        out.decimals(budget.map(\.reportedChangePct))
        out.extras(budget.map(\.extra))

        let series = dataset.series
        out.count(series.count)
        out.strings(series.map(\.series))
        out.strings(series.map(\.name))
        out.strings(series.map(\.unit))
        out.integers(series.map(\.year))
        out.strings(series.map(\.period))
        out.decimals(series.map(\.value))
        out.decimals(series.map(\.reportedChangePct))
        out.strings(series.map(\.source))
        out.extras(series.map(\.extra))
        return out.bytes
    }

    // MARK: Decoding

    struct Corrupt: Error, CustomStringConvertible {
        var description: String
    }

    /// The tables of an image; `manifest` comes from the dataset's row.
    static func decode(_ bytes: [UInt8], manifest: DatasetManifest) throws(Corrupt) -> Dataset {
        var input = ImageReader(bytes: bytes)
        guard bytes.count > magic.count, Array(bytes[0..<magic.count]) == magic else { throw Corrupt(description: "not a dataset image") }
        input.position = magic.count
        guard try input.byte() == version else { throw Corrupt(description: "dataset image of another version") }

        let goalCount = try input.count()
        let goalCode = try input.strings(goalCount), goalParent = try input.strings(goalCount), level = try input.strings(goalCount)
        let title = try input.strings(goalCount), goalResponsible = try input.strings(goalCount), related = try input.strings(goalCount)
        let performance = try input.decimals(goalCount), goalExtra = try input.extras(goalCount)
        var goals: [Goal] = []
        goals.reserveCapacity(goalCount)
        for row in 0..<goalCount {
            goals.append(Goal(code: goalCode[row] ?? "", parent: goalParent[row], level: GoalLevel(rawValue: level[row] ?? "") ?? .objective,
                              title: title[row] ?? "", responsible: goalResponsible[row], related: related[row],
                              reportedPerformancePct: performance[row], extra: goalExtra[row]))
        }

        let n = try input.count()
        let code = try input.strings(n), goal = try input.strings(n), year = try input.integers(n), name = try input.strings(n)
        let unit = try input.strings(n), direction = try input.strings(n), aggregation = try input.strings(n)
        let weight = try input.decimals(n), baseline = try input.decimals(n), baselineYear = try input.integers(n)
        let target = try input.decimals(n)
        let q1 = try input.decimals(n), q2 = try input.decimals(n), q3 = try input.decimals(n), q4 = try input.decimals(n)
        let actual = try input.decimals(n), rate = try input.decimals(n), status = try input.strings(n)
        let responsible = try input.strings(n), source = try input.strings(n), extra = try input.extras(n)
        var indicators: [Indicator] = []
        indicators.reserveCapacity(n)
        for row in 0..<n {
            indicators.append(Indicator(
                code: code[row] ?? "", goal: goal[row], year: year[row] ?? 0, name: name[row] ?? "", unit: unit[row],
                direction: Direction(rawValue: direction[row] ?? "") ?? .increase,
                aggregation: aggregation[row].flatMap(Aggregation.init(rawValue:)),
                weightPct: weight[row], baseline: baseline[row], baselineYear: baselineYear[row], target: target[row],
                quarters: [q1[row], q2[row], q3[row], q4[row]], actual: actual[row], reportedRatePct: rate[row],
                reportedStatus: status[row], responsible: responsible[row], source: source[row], extra: extra[row]))
        }

        let b = try input.count()
        let budgetYear = try input.integers(b), classification = try input.strings(b), budgetCode = try input.strings(b)
        let parent = try input.strings(b), budgetName = try input.strings(b)
        let initial = try input.decimals(b), added = try input.decimals(b), deducted = try input.decimals(b)
        let revised = try input.decimals(b), spent = try input.decimals(b), cancelled = try input.decimals(b)
        let budgetRate = try input.decimals(b), budgetChange = try input.decimals(b), budgetExtra = try input.extras(b)
        var budget: [BudgetLine] = []
        budget.reserveCapacity(b)
        for row in 0..<b {
            budget.append(BudgetLine(
                year: budgetYear[row] ?? 0, classification: Classification(rawValue: classification[row] ?? "") ?? .economic,
                code: budgetCode[row] ?? "", parent: parent[row], name: budgetName[row] ?? "",
                initial: initial[row], added: added[row], deducted: deducted[row], revised: revised[row],
                spent: spent[row], cancelled: cancelled[row], reportedRatePct: budgetRate[row],
                reportedChangePct: budgetChange[row], extra: budgetExtra[row]))
        }

        let s = try input.count()
        let seriesID = try input.strings(s), seriesName = try input.strings(s), seriesUnit = try input.strings(s)
        let seriesYear = try input.integers(s), period = try input.strings(s), value = try input.decimals(s)
        let seriesChange = try input.decimals(s), seriesSource = try input.strings(s), seriesExtra = try input.extras(s)
        var series: [SeriesPoint] = []
        series.reserveCapacity(s)
        for row in 0..<s {
            series.append(SeriesPoint(series: seriesID[row] ?? "", name: seriesName[row] ?? "", unit: seriesUnit[row],
                                      year: seriesYear[row] ?? 0, period: period[row], value: value[row] ?? .zero,
                                      reportedChangePct: seriesChange[row], source: seriesSource[row], extra: seriesExtra[row]))
        }
        guard input.position == bytes.count else { throw Corrupt(description: "dataset image has trailing bytes") }
        return Dataset(manifest: manifest, goals: goals, indicators: indicators, budget: budget, series: series)
    }
}

/// Appends an image's varints, dictionaries and decimals.
private struct ImageWriter {
    var bytes: [UInt8] = []

    mutating func unsigned(_ value: UInt128) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    mutating func count(_ value: Int) { unsigned(UInt128(value)) }

    /// Zigzag: small negative and positive numbers both take few bytes.
    mutating func signed(_ value: Int128) {
        unsigned(UInt128(bitPattern: (value << 1) ^ (value >> 127)))
    }

    /// Distinct values first (in order of appearance), then each row's index + 1 (0: missing).
    mutating func strings(_ column: [String?]) {
        var index: [String: Int] = [:]
        var distinct: [String] = []
        var rows: [Int] = []
        rows.reserveCapacity(column.count)
        for value in column {
            guard let value else { rows.append(0); continue }
            if let known = index[value] { rows.append(known + 1); continue }
            index[value] = distinct.count
            distinct.append(value)
            rows.append(distinct.count)
        }
        count(distinct.count)
        for value in distinct {
            let utf8 = Array(value.utf8)
            count(utf8.count)
            bytes += utf8
        }
        for row in rows { count(row) }
    }

    mutating func strings(_ column: [String]) { strings(column.map(Optional.some)) }

    mutating func integers(_ column: [Int?]) {
        for value in column {
            if let value { unsigned(UInt128(bitPattern: (Int128(value) << 1) ^ (Int128(value) >> 127)) + 1) } else { bytes.append(0) }
        }
    }

    mutating func integers(_ column: [Int]) { integers(column.map(Optional.some)) }

    /// Per row: 0 for missing, else scale + 1, then the significand.
    mutating func decimals(_ column: [ExactDecimal?]) {
        for value in column {
            guard let value else { bytes.append(0); continue }
            bytes.append(UInt8(value.scale + 1))
            signed(value.significand)
        }
    }

    mutating func decimals(_ column: [ExactDecimal]) { decimals(column.map(Optional.some)) }

    /// Column names once per distinct list, then per row the list's index and the values.
    mutating func extras(_ column: [ExtraFields]) {
        strings(column.map { $0.isEmpty ? nil : $0.names.joined(separator: "\u{1F}") })
        var values: [String?] = []
        for fields in column { values += fields.values.map(Optional.some) }
        count(values.count)
        strings(values)
    }
}

/// Reads what `ImageWriter` wrote, checking every bound.
private struct ImageReader {
    let bytes: [UInt8]
    var position = 0

    private func corrupt() -> DatasetImage.Corrupt { DatasetImage.Corrupt(description: "dataset image is truncated or damaged") }

    mutating func byte() throws(DatasetImage.Corrupt) -> UInt8 {
        guard position < bytes.count else { throw corrupt() }
        defer { position += 1 }
        return bytes[position]
    }

    mutating func unsigned() throws(DatasetImage.Corrupt) -> UInt128 {
        var result: UInt128 = 0, shift: UInt128 = 0
        while true {
            let next = try byte()
            guard shift < 128 else { throw corrupt() }
            result |= UInt128(next & 0x7F) << shift
            if next < 0x80 { return result }
            shift += 7
        }
    }

    /// A small unsigned varint (counts, indices), on the fast path.
    mutating func count() throws(DatasetImage.Corrupt) -> Int {
        guard position < bytes.count else { throw corrupt() }
        let first = bytes[position]
        if first < 0x80 { position += 1; return Int(first) }
        let value = try unsigned()
        guard value <= UInt128(Int32.max) else { throw corrupt() }
        return Int(value)
    }

    mutating func signed() throws(DatasetImage.Corrupt) -> Int128 {
        let raw = try unsigned()
        return Int128(bitPattern: raw >> 1) ^ -Int128(bitPattern: raw & 1)
    }

    mutating func strings(_ rows: Int) throws(DatasetImage.Corrupt) -> [String?] {
        let distinctCount = try count()
        var distinct: [String?] = [nil]
        distinct.reserveCapacity(distinctCount + 1)
        for _ in 0..<distinctCount {
            let length = try count()
            guard position + length <= bytes.count else { throw corrupt() }
            distinct.append(String(decoding: bytes[position..<(position + length)], as: UTF8.self))
            position += length
        }
        var column: [String?] = []
        column.reserveCapacity(rows)
        for _ in 0..<rows {
            let index = try count()
            guard index < distinct.count else { throw corrupt() }
            column.append(distinct[index])
        }
        return column
    }

    mutating func integers(_ rows: Int) throws(DatasetImage.Corrupt) -> [Int?] {
        var column: [Int?] = []
        column.reserveCapacity(rows)
        for _ in 0..<rows {
            let raw = try unsigned()
            if raw == 0 { column.append(nil); continue }
            let value = Int128(bitPattern: (raw - 1) >> 1) ^ -Int128(bitPattern: (raw - 1) & 1)
            guard let small = Int(exactly: value) else { throw corrupt() }
            column.append(small)
        }
        return column
    }

    mutating func decimals(_ rows: Int) throws(DatasetImage.Corrupt) -> [ExactDecimal?] {
        var column: [ExactDecimal?] = []
        column.reserveCapacity(rows)
        for _ in 0..<rows {
            let tag = try byte()
            if tag == 0 { column.append(nil); continue }
            let scale = Int(tag) - 1
            guard scale <= ExactDecimal.maximumScale else { throw corrupt() }
            column.append(ExactDecimal(significand: try signed(), scale: scale))
        }
        return column
    }

    mutating func extras(_ rows: Int) throws(DatasetImage.Corrupt) -> [ExtraFields] {
        let names = try strings(rows)
        let valueCount = try count()
        let values = try strings(valueCount)
        var column: [ExtraFields] = []
        column.reserveCapacity(rows)
        var next = 0
        for row in 0..<rows {
            guard let joined = names[row] else { column.append(.none); continue }
            let list = joined.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)
            guard next + list.count <= values.count else { throw corrupt() }
            column.append(ExtraFields(names: list, values: values[next..<(next + list.count)].map { $0 ?? "" }))
            next += list.count
        }
        return column
    }
}
