import Testing
@testable import SenaryoEngine

@Suite("DisplayWidth")
struct DisplayWidthTests {
    @Test("Turkish letters are one column each")
    func turkishLetters() {
        #expect(DisplayWidth.of("Şğüİıöç") == 7)
        #expect("Şğüİıöç".utf8.count == 14)
        #expect(DisplayWidth.of("ŞĞÜİIÖÇ") == 7)
        #expect(DisplayWidth.of("Göç İdaresi") == 11)
        #expect(DisplayWidth.of("") == 0)
    }

    @Test("decomposed letters are one column each")
    func decomposed() {
        #expect(DisplayWidth.of("I\u{0307}") == 1)
        #expect(DisplayWidth.of("Go\u{0308}c\u{0327}") == 3)
        #expect(DisplayWidth.of("I\u{0307}STANBUL") == 8)
    }

    @Test("East Asian wide characters and emoji take two columns")
    func wide() {
        #expect(DisplayWidth.of("漢") == 2)
        #expect(DisplayWidth.of("漢字") == 4)
        #expect(DisplayWidth.of("한국") == 4)
        #expect(DisplayWidth.of("ｱ") == 1)  // half-width katakana
        #expect(DisplayWidth.of("Ａ") == 2)  // full-width Latin
        #expect(DisplayWidth.of("a漢b") == 4)
        #expect(DisplayWidth.of("👍") == 2)
    }

    @Test("control and zero-width characters take no column")
    func zeroWidth() {
        #expect(DisplayWidth.of("\u{200B}") == 0)
        #expect(DisplayWidth.of("\u{FEFF}") == 0)
        #expect(DisplayWidth.of("\t") == 0)
        #expect(DisplayWidth.of("a\u{200B}b") == 2)
    }

    @Test("truncate cuts to the width and adds an ellipsis")
    func truncate() {
        #expect(DisplayWidth.truncate("Merhaba dünya", to: 8) == "Merhaba…")
        #expect(DisplayWidth.truncate("Şğüİıöç", to: 5) == "Şğüİ…")
        #expect(DisplayWidth.truncate("Şğüİıöç", to: 7) == "Şğüİıöç")
        #expect(DisplayWidth.truncate("Şğüİıöç", to: 100) == "Şğüİıöç")
        #expect(DisplayWidth.truncate("abc", to: 1) == "…")
        #expect(DisplayWidth.truncate("abc", to: 0) == "")
        #expect(DisplayWidth.truncate("", to: 0) == "")
    }

    @Test("truncate never exceeds the width with wide characters")
    func truncateWide() {
        #expect(DisplayWidth.truncate("漢字漢字", to: 5) == "漢字…")
        #expect(DisplayWidth.truncate("漢字漢字", to: 4) == "漢…")
        for width in 1...10 {
            let text = "a漢ş字İ👍göç"
            let cut = DisplayWidth.truncate(text, to: width)
            #expect(DisplayWidth.of(cut) <= width, "width \(width): \(cut)")
            if DisplayWidth.of(text) > width { #expect(cut.hasSuffix("…")) }
        }
    }

    @Test("pad fills to the width on either side")
    func pad() {
        #expect(DisplayWidth.pad("Göç", to: 6) == "Göç   ")
        #expect(DisplayWidth.pad("Göç", to: 6, alignRight: true) == "   Göç")
        #expect(DisplayWidth.pad("漢字", to: 6) == "漢字  ")
        #expect(DisplayWidth.pad("I\u{0307}", to: 3) == "I\u{0307}  ")
        #expect(DisplayWidth.pad("toolong", to: 3) == "toolong")
        #expect(DisplayWidth.of(DisplayWidth.pad("Şğüİıöç", to: 10)) == 10)
    }
}
