import Testing
@testable import MLAKit

@Suite struct LocaleTests {
    let english = TestData.english

    @Test func everyFieldHasLabelHintAndHelp() throws {
        let questionnaire = try TestData.library.questionnaire(for: TestData.library.typeIDs)
        for (path, field) in questionnaire.allFields {
            let key = questionnaire.textKey(for: path)
            for part in ["label", "hint", "help"] {
                #expect(english.optional("\(key).\(part)") != nil, "\(key).\(part) is missing")
            }
            for choice in field.choices {
                #expect(english.optional("\(key).choices.\(choice.code)") != nil, "\(key).choices.\(choice.code) is missing")
            }
            if field.type == .list {
                #expect(english.optional("\(key).item") != nil, "\(key).item is missing")
            }
        }
        for section in questionnaire.sections {
            #expect(english.optional("sections.\(section.id).title") != nil)
        }
        for check in questionnaire.checks {
            #expect(english.optional("checks.\(check.id)") != nil, "checks.\(check.id) is missing")
        }
        for type in TestData.library.typeIDs {
            #expect(english.optional("types.\(type).name") != nil && english.optional("types.\(type).summary") != nil, "types.\(type)")
        }
    }

    @Test func everyReservedAddressRangeHasAWarning() {
        for range in [IPAddress.ReservedRange.privateUse, .sharedCGN, .loopback, .linkLocal, .documentation] {
            #expect(english.optional("check.reserved_address.\(range.rawValue)") != nil, "\(range)")
        }
    }

    @Test func everyErrorCaseHasAMessage() {
        for issue in [DefinitionIssue.notJSON(""), .missingKey(""), .wrongKind(expected: "", found: ""), .wrongFormat(expected: "", found: ""),
                      .unsupportedVersion(0), .unknownFieldType(""), .unknownLevel(""), .unknownCondition(""), .notSnakeCase(""),
                      .duplicateID(""), .unknownReference(""), .unknownChoice(field: "", code: ""), .missingLegalBasis,
                      .unknownComposite(""), .missingChoices, .missingFields, .unexpectedKey(""), .unknownType("")] {
            #expect(english.optional("definition_errors.\(issue.key)") != nil, "definition_errors.\(issue.key)")
        }
        for format in ValueFormat.allCases {
            #expect(english.optional("forms.\(format.rawValue)") != nil, "forms.\(format.rawValue)")
        }
    }

    @Test func everyLocaleHasEveryKeyWithTheSamePlaceholders() throws {
        for language in Localizer.languages(in: TestData.source) where language != "en" {
            let other = try Localizer(language: language, source: TestData.source)
            #expect(english.keys.subtracting(other.keys).sorted() == [], "\(language) lacks keys")
            for key in english.keys {
                #expect(english.placeholders(of: key) == other.placeholders(of: key), "\(language): \(key)")
            }
        }
    }

    @Test func placeholdersAreFilledAndUnknownOnesStayVisible() {
        let strings = Localizer(language: "en", strings: ["a": "Hello {name}, {missing}"])
        #expect(strings("a", ["name": "Inês"]) == "Hello Inês, {missing}")
        #expect(strings("no.such.key") == "no.such.key")
    }
}
