/// The status of an indicator or objective, from a percentage.
public enum StatusBand: String, Sendable, CaseIterable, Comparable {
    case notReached = "not-reached"
    case partiallyReached = "partially-reached"
    case reached
    case exceeded

    public func label(_ language: FigureSettings.Language) -> String {
        switch (self, language) {
        case (.notReached, .turkish): "Hedefe Ulaşılamadı"
        case (.partiallyReached, .turkish): "Hedefe Kısmen Ulaşıldı"
        case (.reached, .turkish): "Hedefe Ulaşıldı"
        case (.exceeded, .turkish): "Hedef Aşıldı"
        case (.notReached, .english): "not reached"
        case (.partiallyReached, .english): "partially reached"
        case (.reached, .english): "reached"
        case (.exceeded, .english): "exceeded"
        }
    }

    private var rank: Int { Self.allCases.firstIndex(of: self)! }
    public static func < (lhs: StatusBand, rhs: StatusBand) -> Bool { lhs.rank < rhs.rank }

    /// Reads a status as reports write it: "Hedef Aşıldı", "Hedefe Aşılmıştır.", "Hedefe kısmen
    /// Ulaşıldı", "hedefe ulaşılamadı", or an English label. Nil when it is none of them.
    public static func parse(_ text: String) -> StatusBand? {
        // Word by word: "ulaşıldı" contains the letters of "aşıldı", so substrings would mislead.
        // Turkish case rules for Turkish words; plain rules too, for English in capitals ("PARTIALLY").
        let words = (TurkishText.matchKey(text) + " " + text.lowercased()).split { !$0.isLetter }.map(String.init)
        if words.contains(where: { $0 == "kısmen" || $0.hasPrefix("partial") }) { return .partiallyReached }
        if words.contains(where: { $0.hasPrefix("aşıl") || $0.hasPrefix("exceed") }) { return .exceeded }
        // Both negatives: "ulaşılamadı" and "ulaşılmadı" / "ulaşılmamıştır" (not "ulaşılmıştır").
        if words.contains(where: { $0.hasPrefix("ulaşılama") || $0.hasPrefix("ulaşılma") }) || (words.contains("not") && words.contains("reached")) {
            return .notReached
        }
        if words.contains(where: { $0.hasPrefix("ulaşıl") || $0 == "reached" }) { return .reached }
        return nil
    }
}

/// Where the bands start. Default: below 80 not reached; 80 to below 100 partially; exactly 100
/// reached; above 100 exceeded (2021 Performans Programı İzleme Rehberi).
public struct StatusBands: Sendable, Hashable {
    /// Below this, not reached.
    public var partialFrom: ExactDecimal
    /// At exactly this, reached; above it, exceeded.
    public var reachedAt: ExactDecimal

    public init(partialFrom: ExactDecimal, reachedAt: ExactDecimal) {
        self.partialFrom = partialFrom
        self.reachedAt = reachedAt
    }

    public static let izlemeRehberi = StatusBands(partialFrom: 80, reachedAt: 100)

    public func band(for percent: ExactDecimal) -> StatusBand {
        if percent < partialFrom { return .notReached }
        if percent < reachedAt { return .partiallyReached }
        if percent == reachedAt { return .reached }
        return .exceeded
    }
}
