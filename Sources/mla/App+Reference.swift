import Foundation
import MLAKit

/// `types`, `languages`, `fields` and `help`: what the program offers.
extension App {
    func types(_ invocation: Invocation) throws(MLAError) -> ExitCode {
        try usage { () throws(UsageError) in
            try invocation.allow(options: [])
            try invocation.allowArguments(0)
        }
        let rows = library.typeIDs.map { [$0.rawValue, text("types.\($0.rawValue).name"), text("types.\($0.rawValue).summary")] }
        console.out(Table.write(rows))
        return .success
    }

    func languages(_ invocation: Invocation) throws(MLAError) -> ExitCode {
        try usage { () throws(UsageError) in
            try invocation.allow(options: [])
            try invocation.allowArguments(0)
        }
        let interface = Localizer.languages(in: source)
        var rows = [[text("languages.code"), text("languages.name"), text("languages.interface"), text("languages.documents")]]
        for code in Set(interface + documentLanguages).sorted() {
            // Each language by its own name: العربية, 中文, English, español, français, русский.
            rows.append([code, Locale(identifier: code).localizedString(forIdentifier: code) ?? code,
                         interface.contains(code) ? text("show.yes") : text("show.no"),
                         documentLanguages.contains(code) ? text("show.yes") : text("show.no")])
        }
        console.out(Table.write(rows))
        return .success
    }

    /// `mla fields TYPE [--json]`: the fields of an assistance type (after the common ones).
    func fields(_ invocation: Invocation) throws(MLAError) -> ExitCode {
        try usage { () throws(UsageError) in
            try invocation.allow(options: [], flags: ["--json"])
            try invocation.allowArguments(1)
        }
        let name = try argument(invocation, 0, "TYPE")
        let type = TypeID(name)
        guard name == TypeID.common.rawValue || library.typeIDs.contains(type) else {
            throw .usage(.unknownType(name, known: library.typeIDs.map(\.rawValue)))
        }
        let questionnaire: Questionnaire
        do {
            questionnaire = try library.questionnaire(for: type == .common ? [] : [type])
        } catch {
            throw .definition(error)
        }
        let catalogue = FieldCatalogue(questionnaire: questionnaire)
        console.out(invocation.flags.contains("--json") ? catalogue.json() : catalogue.text(labels: text))
        return .success
    }

    func helpCommand(_ invocation: Invocation) throws(MLAError) -> ExitCode {
        try usage { () throws(UsageError) in try invocation.allowArguments(1) }
        console.out(help(for: invocation.arguments.first))
        return .success
    }

    /// General help, or the help of one command.
    func help(for command: String?) -> String {
        guard let command, command != "help" || false else {
            return text("help.general", ["version": Self.version]) + "\n"
        }
        if let specific = text.optional("help.commands.\(command)") ?? text.optional("profiles.help.\(command)")
            ?? text.optional("register.help.\(command)") { return specific + "\n" }
        return text("errors.unknown_command", ["command": command]) + "\n" + text("help.general", ["version": Self.version]) + "\n"
    }
}
