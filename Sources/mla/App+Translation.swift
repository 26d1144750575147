import Foundation
import MLAKit

/// `translate` and `language`: writing a request in a language other than the drafter's.
extension App {
    /// Whether two BCP 47 tags name the same language (`en`, `en-GB`).
    static func sameLanguage(_ first: String, _ second: String) -> Bool {
        languageCode(of: first) == languageCode(of: second)
    }

    /// The language of a tag or locale name: `fr` for `fr-CA` or `fr_FR.UTF-8`.
    static func languageCode(of tag: String) -> String {
        String(tag.prefix { $0.isLetter }).lowercased()
    }

    /// The translations a document in `language` uses, or nil when the drafter wrote in it.
    func translation(of draft: Draft, into language: String) -> DocumentTranslation? {
        guard !Self.sameLanguage(draft.interfaceLanguage, language) else { return nil }
        return DocumentTranslation(sourceLanguage: draft.interfaceLanguage, texts: draft.translations[language] ?? [:])
    }

    /// The check of a draft, with a warning for each free-text answer still to translate into
    /// the document language.
    func report(for draft: Draft, engine: Engine, language: String? = nil) -> CheckReport {
        var report = engine.check(draft.answers, acknowledgements: draft.acknowledgements, today: today)
        let language = language ?? draft.documentLanguage
        if let translation = translation(of: draft, into: language) {
            report.warnings += engine.translationFindings(draft.answers, translations: translation.texts,
                                                          from: translation.sourceLanguage, into: language)
        }
        return report
    }

    /// `mla translate FILE [--lang L] [--all]`: asks for the translation of each free-text answer
    /// that has none (or whose answer changed since), and saves after each one.
    func translate(_ invocation: Invocation) throws(MLAError) -> ExitCode {
        try usage { () throws(UsageError) in
            try invocation.allow(options: ["--lang"], flags: ["--all"])
            try invocation.allowArguments(1)
        }
        let file = try argument(invocation, 0, "FILE")
        let lock = try lock(file, for: "translate")
        defer { unlock(lock) }
        var draft = try load(file)
        let engine = try engine(for: draft)
        let language = invocation.options["--lang"] ?? draft.documentLanguage
        guard documentLanguages.contains(language) else {
            throw .usage(.unknownDocumentLanguage(language, known: documentLanguages))
        }
        guard !Self.sameLanguage(draft.interfaceLanguage, language) else {
            console.err(text("translate.same_language", ["language": languageName(language)]) + "\n")
            return .success
        }
        let existing = draft.translations[language] ?? [:]
        let entries = invocation.flags.contains("--all")
            ? engine.translatableAnswers(draft.answers)
            : engine.untranslatedAnswers(draft.answers, translations: existing)
        guard !entries.isEmpty else {
            console.err(text("translate.nothing", ["language": languageName(language)]) + "\n")
            return .success
        }
        console.err(text("translate.intro", ["count": String(entries.count), "from": languageName(draft.interfaceLanguage),
                                             "into": languageName(language)]) + "\n")
        for (number, entry) in entries.enumerated() {
            console.err("\n" + console.bold("\(number + 1)/\(entries.count)  \(label(entry.path.schemaPath, in: engine.questionnaire)) · \(entry.path)") + "\n")
            console.err(entry.text.split(separator: "\n", omittingEmptySubsequences: false).map { "  │ " + $0 }.joined(separator: "\n") + "\n")
            if let previous = existing[entry.path.description] {
                console.err(text("translate.previous", ["text": previous.text]) + "\n")
            }
            console.err(text("translate.prompt", ["language": languageName(language)]) + "\n> ")
            guard let typed = console.readParagraphs(commands: { $0.hasPrefix(":") })?.trimmingCharacters(in: .whitespaces) else { break }
            if typed == ":quit" { break }
            if typed.isEmpty || typed == ":skip" { continue }
            let checked: String
            do {
                checked = try ValueParser.canonical(typed, as: .multiline)
            } catch {
                console.err(presenter.describe(error) + "\n")
                continue
            }
            draft.translations[language, default: [:]][entry.path.description] = Translation(source: entry.text, text: checked)
            try save(draft, to: file)
        }
        let left = engine.untranslatedAnswers(draft.answers, translations: draft.translations[language] ?? [:]).count
        console.err("\n" + text(left == 0 ? "translate.done" : "translate.left", ["count": String(left), "language": languageName(language)]) + "\n")
        return .success
    }

    /// `mla language FILE [--lang DOC_LANG] [--ui UI_LANG]`: changes the document language, or the
    /// language the drafter writes answers in.
    func language(_ invocation: Invocation) throws(MLAError) -> ExitCode {
        try usage { () throws(UsageError) in
            try invocation.allow(options: ["--lang", "--answers"])
            try invocation.allowArguments(1)
        }
        let file = try argument(invocation, 0, "FILE")
        let changes = invocation.options["--lang"] != nil || invocation.options["--answers"] != nil
        let lock = changes ? try lock(file, for: "language") : nil
        defer { lock.map(unlock) }
        var draft = try load(file)
        if let language = invocation.options["--lang"] {
            guard documentLanguages.contains(language) else {
                throw .usage(.unknownDocumentLanguage(language, known: documentLanguages))
            }
            draft.documentLanguage = language
        }
        if let language = invocation.options["--answers"] {
            do {
                draft.interfaceLanguage = try ValueParser.canonical(language, as: .language)
            } catch {
                throw .answer(path: "--answers", .invalid(error))
            }
        }
        if changes { try save(draft, to: file) }
        console.out(text("show.languages", ["document": draft.documentLanguage, "interface": draft.interfaceLanguage]) + "\n")
        return .success
    }

    /// A language's name in the interface language.
    func languageName(_ code: String) -> String {
        Locale(identifier: text.language).localizedString(forIdentifier: code) ?? code
    }
}
