import Testing
@testable import SenaryoEngine

@Suite("StatusBands")
struct StatusBandsTests {
    @Test("İzleme Rehberi bands at the boundaries", arguments: [
        ("0", StatusBand.notReached), ("-100", .notReached), ("79.99", .notReached), ("79.999999", .notReached),
        ("80", .partiallyReached), ("80.00", .partiallyReached), ("99.99", .partiallyReached), ("99.999999", .partiallyReached),
        ("100", .reached), ("100.000", .reached), ("100.01", .exceeded), ("100.000001", .exceeded), ("244.5", .exceeded),
    ])
    func defaultBands(_ percent: String, _ expected: StatusBand) {
        #expect(StatusBands.izlemeRehberi.band(for: dec(percent)) == expected)
        #expect(FigureSettings.standard.bands == .izlemeRehberi)
    }

    @Test("the defaults are 80 and 100")
    func defaults() {
        #expect(StatusBands.izlemeRehberi.partialFrom == 80)
        #expect(StatusBands.izlemeRehberi.reachedAt == 100)
    }

    @Test("custom bands", arguments: [
        ("69.99", StatusBand.notReached), ("70", .partiallyReached), ("94.99", .partiallyReached), ("95", .reached), ("95.01", .exceeded),
    ])
    func customBands(_ percent: String, _ expected: StatusBand) {
        let bands = StatusBands(partialFrom: 70, reachedAt: 95)
        #expect(bands.band(for: dec(percent)) == expected)
    }

    @Test("bands are ordered not reached < partially < reached < exceeded")
    func ordering() {
        #expect(StatusBand.notReached < .partiallyReached)
        #expect(StatusBand.partiallyReached < .reached)
        #expect(StatusBand.reached < .exceeded)
        #expect(StatusBand.allCases.sorted() == [.notReached, .partiallyReached, .reached, .exceeded])
    }

    @Test("labels in Turkish and English")
    func labels() {
        #expect(StatusBand.notReached.label(.turkish) == "Hedefe Ulaşılamadı")
        #expect(StatusBand.partiallyReached.label(.turkish) == "Hedefe Kısmen Ulaşıldı")
        #expect(StatusBand.reached.label(.turkish) == "Hedefe Ulaşıldı")
        #expect(StatusBand.exceeded.label(.turkish) == "Hedef Aşıldı")
        #expect(StatusBand.notReached.label(.english) == "not reached")
        #expect(StatusBand.partiallyReached.label(.english) == "partially reached")
        #expect(StatusBand.reached.label(.english) == "reached")
        #expect(StatusBand.exceeded.label(.english) == "exceeded")
    }
}

@Suite("StatusBand.parse")
struct StatusBandParseTests {
    @Test("status texts as the Göç report prints them", arguments: [
        ("Hedef Aşıldı", StatusBand.exceeded),
        ("Hedef aşıldı", .exceeded),
        ("Hedefe Aşılmıştır.", .exceeded),
        ("Hedefe Aşıldı", .exceeded),
        ("Hedefe kısmen Ulaşıldı", .partiallyReached),
        ("Hedefe Kısmen Ulaşıldı", .partiallyReached),
        ("Hedefe ulaşılamadı", .notReached),
        ("Hedefe Ulaşılamadı", .notReached),
        ("Hedefe Ulaşıldı", .reached),
    ])
    func reportTexts(_ text: String, _ expected: StatusBand) {
        #expect(StatusBand.parse(text) == expected)
    }

    @Test("'ulaşıldı' contains the letters 'aşıldı' but is reached, not exceeded")
    func reachedIsNotExceeded() {
        #expect("ulaşıldı".contains("aşıldı"))
        #expect(StatusBand.parse("Hedefe Ulaşıldı") == .reached)
        #expect(StatusBand.parse("hedefe ulaşıldı") == .reached)
        #expect(StatusBand.parse("Ulaşıldı") == .reached)
        #expect(StatusBand.parse("Hedefe ulaşılmıştır") == .reached)
    }

    @Test("case, spacing and punctuation do not matter", arguments: [
        ("HEDEF AŞILDI", StatusBand.exceeded),
        ("HEDEFE KISMEN ULAŞILDI", .partiallyReached),
        ("HEDEFE ULAŞILAMADI", .notReached),
        ("HEDEFE ULAŞILDI", .reached),
        ("  Hedefe   Ulaşıldı.  ", .reached),
        ("Hedefe ulaşılamamıştır.", .notReached),
        ("hedef aşılmıştır", .exceeded),
    ])
    func caseAndSpacing(_ text: String, _ expected: StatusBand) {
        #expect(StatusBand.parse(text) == expected)
    }

    @Test("decomposed Unicode (NFD) parses like the composed form")
    func decomposed() {
        let nfd = "Hedefe Ulas\u{0327}\u{0131}lamad\u{0131}"  // ş written as s + combining cedilla
        #expect(StatusBand.parse(nfd) == .notReached)
        #expect(StatusBand.parse("Hedef As\u{0327}\u{0131}ld\u{0131}") == .exceeded)
    }

    @Test("English labels and the raw values", arguments: [
        ("not reached", StatusBand.notReached),
        ("Not reached", .notReached),
        ("not-reached", .notReached),
        ("partially reached", .partiallyReached),
        ("Partially Reached", .partiallyReached),
        ("partially-reached", .partiallyReached),
        ("reached", .reached),
        ("Reached", .reached),
        ("exceeded", .exceeded),
        ("Exceeded", .exceeded),
    ])
    func english(_ text: String, _ expected: StatusBand) {
        #expect(StatusBand.parse(text) == expected)
    }

    @Test("every label parses back to its band")
    func labelsRoundTrip() {
        for band in StatusBand.allCases {
            #expect(StatusBand.parse(band.label(.turkish)) == band)
            #expect(StatusBand.parse(band.label(.english)) == band)
            #expect(StatusBand.parse(band.rawValue) == band)
        }
    }

    @Test("an unrecognised text is nil", arguments: ["", "   ", "-", "Hedef", "Hedefe", "Devam ediyor", "tamamlandı", "ok", "100", "%80"])
    func unrecognised(_ text: String) {
        #expect(StatusBand.parse(text) == nil)
    }

    @Test("'Hedefe ulaşılmadı' (the -madı negative) is not reached")
    func negativeWithoutAbility() {
        // "ulaşılmadı" = "was not reached"; it only fails the "ulaşılama" prefix test and then
        // matches the "ulaşıl" prefix for reached.
        #expect(StatusBand.parse("Hedefe ulaşılmadı") == .notReached)
        #expect(StatusBand.parse("Hedefe Ulaşılmamıştır.") == .notReached)
    }

    @Test("English labels in capitals: 'PARTIALLY REACHED' is partially reached")
    func englishCapitals() {
        #expect(StatusBand.parse("PARTIALLY REACHED") == .partiallyReached)
        #expect(StatusBand.parse("NOT REACHED") == .notReached)
        #expect(StatusBand.parse("EXCEEDED") == .exceeded)
    }
}
