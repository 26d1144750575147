import Foundation
import Testing
@testable import MLAKit
@testable import mla

/// What the session shows and how it reads keys, without a terminal: neutralised answers,
/// wrapping, names found by their start, and the menu and type-ahead states.
@Suite struct TerminalTextTests {
    // MARK: - Neutralising

    @Test(arguments: [
        ("plain answer", "plain answer"),
        ("Rui\u{1B}[2J", "Rui\\u{1B}[2J"),
        ("title\u{1B}]0;x\u{7}", "title\\u{1B}]0;x\\u{7}"),
        ("a\rb\tc", "a\\u{D}b\\u{9}c"),
        ("C1 \u{9B}31m", "C1 \\u{9B}31m"),
        ("del\u{7F}", "del\\u{7F}"),
        ("\u{202E}reversed\u{202C}", "\\u{202E}reversed\\u{202C}"),
        ("\u{2066}isolated\u{2069}", "\\u{2066}isolated\\u{2069}"),
        ("line 1\nline 2", "line 1 ⏎ line 2"),
        ("Ñuñoa · 北京 · القاهرة", "Ñuñoa · 北京 · القاهرة"),
    ])
    func controlCharactersAreShownAsCodePoints(typed: String, shown: String) {
        #expect(TerminalText.neutralised(typed) == shown)
    }

    @Test func longLinesWrapUnderTheirIndentAndListMarker() {
        let text = "  - " + String(repeating: "word ", count: 12) + "end\nshort"
        #expect(TerminalText.wrapped(text, width: 30) == """
              - word word word word word
                word word word word word
                word word end
            short
            """)
    }

    // MARK: - Names

    @Test(arguments: [("en", "ger", "DE"), ("es", "alem", "DE"), ("es", "ger", "DE"), ("fr", "allem", "DE"),
                      ("ru", "Герм", "DE"), ("zh", "德国", "DE"), ("en", "pt", "PT"), ("en", "morocco", "MA")])
    func countryIsFoundByTheStartOfItsNameInTheInterfaceLanguageOrInEnglish(language: String, typed: String, code: String) {
        #expect(NameCatalogue(.country, interfaceLanguage: language).entry(for: typed)?.code == code)
    }

    @Test func languagesAndCurrenciesAreFoundByName() {
        #expect(NameCatalogue(.language, interfaceLanguage: "fr").entry(for: "portugais")?.code == "pt")
        #expect(NameCatalogue(.currency, interfaceLanguage: "en").entry(for: "euro")?.code == "EUR")
        #expect(NameCatalogue(.currency, interfaceLanguage: "es").entry(for: "dirham marroquí")?.code == "MAD")
    }

    @Test func aSingleLetterOrAnAmbiguousStartFindsNoOneCountry() {
        let countries = NameCatalogue(.country, interfaceLanguage: "en")
        #expect(countries.entry(for: "y") == nil)
        #expect(countries.entry(for: "guin") == nil)
        #expect(countries.matches("guin").map(\.code) == ["GN", "GW", "GQ", "PG"])
    }

    // MARK: - Menu and type-ahead

    @Test func menuMovesWrapsAndChoosesTheHighlightedRow() {
        var menu = ChoiceMenu(labels: ["a", "b", "c"], multiple: false)
        #expect(menu.press(.up) == nil)
        #expect(menu.selected == 2)
        #expect(menu.press(.down) == nil)
        #expect(menu.press(.character("2")) == nil)
        #expect(menu.press(.enter) == .chosen([1]))
        #expect(menu.press(.character("?")) == .command("?"))
        #expect(menu.press(.left) == .command("<"))
    }

    @Test func menuRowsShowThePointerAndTheMarks() {
        var menu = ChoiceMenu(labels: ["New request (new)", "Follow-up (follow_up)"], multiple: true)
        _ = menu.press(.character(" "))
        _ = menu.press(.down)
        #expect(menu.render(hint: "keys", colour: false) == "    [x] 1. New request (new)\n  > [ ] 2. Follow-up (follow_up)\n  keys")
        #expect(menu.press(.enter) == .chosen([0]))
    }

    @Test func typeAheadCompletesTheCodeOfTheHighlightedName() {
        var field = TypeAhead(catalogue: NameCatalogue(.country, interfaceLanguage: "es"), afterAmount: false)
        for character in "alem" { _ = field.press(.character(character)) }
        #expect(field.render(colour: false) == "> alem\n  > Alemania (DE)")
        #expect(field.press(.enter) == .line("DE"))
    }

    @Test func typeAheadLooksUpTheCurrencyAfterAnAmount() {
        var field = TypeAhead(catalogue: NameCatalogue(.currency, interfaceLanguage: "en"), afterAmount: true)
        for character in "1200.50 swiss" { _ = field.press(.character(character)) }
        #expect(field.press(.tab) == nil)
        #expect(field.typed == "1200.50 CHF")
    }

    @Test func typeAheadLeavesCommandsAlone() {
        var field = TypeAhead(catalogue: NameCatalogue(.country, interfaceLanguage: "en"), afterAmount: false)
        for character in ":back" { _ = field.press(.character(character)) }
        #expect(field.suggestions.isEmpty)
        #expect(field.press(.enter) == .line(":back"))
    }
}
