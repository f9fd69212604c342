import Testing
@testable import SenaryoEngine

@Suite("TurkishText")
struct TurkishTextTests {
    @Test("lowercased follows the Turkish alphabet")
    func lowercased() {
        #expect(TurkishText.lowercased("SINIR DIŞI") == "sınır dışı")
        #expect(TurkishText.lowercased("İSTANBUL") == "istanbul")
        #expect(TurkishText.lowercased("IĞDIR") == "ığdır")
        #expect(TurkishText.lowercased("ÇĞİIÖŞÜ") == "çğiıöşü")
        #expect(TurkishText.lowercased("Göç İdaresi Başkanlığı") == "göç idaresi başkanlığı")
        #expect(TurkishText.lowercased("PG1.2.3") == "pg1.2.3")
        #expect(TurkishText.lowercased("") == "")
        // Swift's own mapping differs, which is why this type exists.
        #expect("SINIR".lowercased() == "sinir")
        #expect(TurkishText.lowercased("SINIR") == "sınır")
    }

    @Test("uppercased follows the Turkish alphabet")
    func uppercased() {
        #expect(TurkishText.uppercased("istanbul") == "İSTANBUL")
        #expect(TurkishText.uppercased("ığdır") == "IĞDIR")
        #expect(TurkishText.uppercased("sınır dışı") == "SINIR DIŞI")
        #expect(TurkishText.uppercased("çğiıöşü") == "ÇĞİIÖŞÜ")
        #expect(TurkishText.uppercased("h1.2") == "H1.2")
    }

    @Test("lowercase and uppercase round-trip Turkish words")
    func roundTrip() {
        for word in ["ısparta", "iğdır", "şırnak", "çanakkale", "düzensiz göç", "ılıcak"] {
            #expect(TurkishText.lowercased(TurkishText.uppercased(word)) == word)
        }
    }

    @Test("contains and hasPrefix ignore case the Turkish way")
    func matching() {
        #expect(TurkishText.contains("Sınır Dışı edilen", "SINIR"))
        #expect(TurkishText.contains("Sınır Dışı edilen", "dışı"))
        #expect(TurkishText.contains("Sınır Dışı edilen", "DIŞI EDİLEN"))
        #expect(TurkishText.contains("İnsan ticareti", "insan"))
        #expect(TurkishText.contains("anything", ""))
        // Turkish I/ı and İ/i are different letters.
        #expect(!TurkishText.contains("Sınır Dışı edilen", "sinir"))
        #expect(!TurkishText.contains("İSTANBUL", "ıstanbul"))
        #expect(!TurkishText.contains("Göç", "goc"))

        #expect(TurkishText.hasPrefix("İstanbul İl Göç İdaresi", "istanbul"))
        #expect(TurkishText.hasPrefix("IĞDIR", "ığ"))
        #expect(!TurkishText.hasPrefix("IĞDIR", "iğ"))
        #expect(!TurkishText.hasPrefix("Sınır Dışı", "dışı"))
        #expect(TurkishText.hasPrefix("Sınır", ""))
    }

    @Test("decomposed input matches its composed form")
    func decomposedMatching() {
        let decomposedIstanbul = "I\u{0307}STANBUL"        // İ as I + combining dot above
        let decomposedGoc = "Go\u{0308}c\u{0327}"           // Göç with combining marks
        #expect(TurkishText.contains(decomposedIstanbul, "istanbul"))
        #expect(TurkishText.contains("İSTANBUL", "i\u{0307}stanbul"))  // what Swift's own lowercased() makes of İ
        #expect(TurkishText.hasPrefix(decomposedIstanbul, "İst"))
        #expect(TurkishText.contains(decomposedGoc, "GÖÇ"))
        #expect(TurkishText.matchKey(decomposedIstanbul) == "istanbul")
        #expect(TurkishText.matchKey(decomposedGoc) == "göç")
        #expect(TurkishText.sortKey(decomposedIstanbul) == TurkishText.sortKey("İSTANBUL"))
        #expect(TurkishText.sortKey("S\u{0327}") == TurkishText.sortKey("Ş"))
    }

    @Test("lowercased turns a decomposed İ (I + U+0307) into i")
    func decomposedLowercased() {
        #expect(TurkishText.lowercased("I\u{0307}STANBUL") == "istanbul")
        #expect(TurkishText.lowercased("I\u{0307}") == "i")
    }

    @Test("precedes orders by the Turkish alphabet", arguments: [
        ("c", "ç"), ("ç", "d"), ("ı", "i"), ("h", "ı"), ("i", "j"), ("o", "ö"), ("ö", "p"), ("s", "ş"), ("ş", "t"),
        ("u", "ü"), ("ü", "v"), ("g", "ğ"), ("ğ", "h"),
        ("Canik", "Çanakkale"), ("Çanakkale", "Denizli"), ("Iğdır", "İzmir"), ("Isparta", "İstanbul"),
        ("Ordu", "Ödemiş"), ("Sinop", "Şanlıurfa"), ("Uşak", "Ümraniye"), ("Zonguldak", "zonguldak"),
        ("a", "â"), ("â", "b"), ("1", "a"), (" x", "a"), ("A1", "A2"), ("Göç", "Göçmen"), ("göç idaresi", "göçmen"),
    ])
    func alphabet(_ pair: (String, String)) {
        #expect(TurkishText.precedes(pair.0, pair.1))
        #expect(!TurkishText.precedes(pair.1, pair.0))
    }

    @Test("sorting a list of provinces")
    func sortProvinces() {
        let provinces = ["Zonguldak", "İzmir", "Çanakkale", "Iğdır", "Denizli", "Ağrı", "Canik", "Şırnak", "Siirt",
                         "Ödemiş", "Ordu", "Ünye", "Uşak", "Iğdır", "istanbul", "Adana"]
        let sorted = provinces.sorted(by: TurkishText.precedes)
        #expect(sorted == ["Adana", "Ağrı", "Canik", "Çanakkale", "Denizli", "Iğdır", "Iğdır", "istanbul", "İzmir",
                           "Ordu", "Ödemiş", "Siirt", "Şırnak", "Uşak", "Ünye", "Zonguldak"])
    }

    @Test("precedes is irreflexive and case ties are broken")
    func ties() {
        #expect(!TurkishText.precedes("Denizli", "Denizli"))
        #expect(TurkishText.precedes("DENİZLİ", "denizli") != TurkishText.precedes("denizli", "DENİZLİ"))
        #expect(TurkishText.sortKey("DENİZLİ") == TurkishText.sortKey("denizli"))
    }
}
