import MLAKit

/// `mla glossary [TERM] [--lang LANG]`: the fixed legal terms in the six UN languages.
extension App {
    func glossary(_ invocation: Invocation) throws(MLAError) -> ExitCode {
        try usage { () throws(UsageError) in
            try invocation.allow(options: ["--lang"])
            try invocation.allowArguments(1)
        }
        let glossary: Glossary
        do {
            glossary = try Glossary(source: source)
        } catch {
            throw .resource(error)
        }
        var languages = Glossary.languages
        if let language = invocation.options["--lang"] {
            guard Glossary.languages.contains(language) else {
                throw .usage(.unknownDocumentLanguage(language, known: Glossary.languages))
            }
            languages = language == "en" ? ["en"] : ["en", language]
        }
        let query = invocation.arguments.first
        let entries = query.map(glossary.matching) ?? glossary.entries
        guard !entries.isEmpty else {
            console.err(text("glossary.no_match", ["term": query ?? ""]) + "\n")
            return .checkFailed
        }
        var lines: [String] = []
        var group = ""
        for entry in entries {
            if entry.group != group && query == nil {
                group = entry.group
                lines.append(console.bold(text("glossary.groups.\(group)")))
                lines.append("")
            }
            lines.append("\(console.bold(entry.id))  · \(entry.source)")
            for language in languages {
                lines.append("  \(language)  \(entry.terms[language] ?? "—")")
            }
            lines.append("")
        }
        lines.append(text("glossary.legend"))
        console.out(lines.joined(separator: "\n") + "\n")
        return .success
    }
}
