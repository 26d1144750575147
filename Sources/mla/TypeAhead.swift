import Foundation
import MLAKit

/// A line being typed with suggestions from a ``NameCatalogue`` under it: `alem` offers
/// Alemania (DE). Tab or Enter takes the highlighted suggestion; for an amount, the suggestions
/// are currencies for what follows the number (`100 eur`). Pure state and drawing.
struct TypeAhead {
    enum Outcome: Equatable {
        /// The line to use as the answer (or command).
        case line(String)
        /// Ctrl-D on an empty line.
        case end
    }

    let catalogue: NameCatalogue
    /// Whether the name follows an amount (`money`): only the part after the first space is looked up.
    let afterAmount: Bool
    var typed = ""
    var selected = 0

    init(catalogue: NameCatalogue, afterAmount: Bool, typed: String = "") {
        self.catalogue = catalogue
        self.afterAmount = afterAmount
        self.typed = typed
    }

    /// The suggestions for what is typed so far.
    var suggestions: [NameCatalogue.Entry] {
        guard let query else { return [] }
        return catalogue.matches(query, limit: 6)
    }

    /// Applies a key; nil while typing goes on.
    mutating func press(_ key: Key) -> Outcome? {
        switch key {
        case .character(let character):
            typed.append(character)
            selected = 0
        case .backspace:
            if !typed.isEmpty { typed.removeLast() }
            selected = 0
        case .up:
            selected = max(0, selected - 1)
        case .down:
            selected = min(max(suggestions.count - 1, 0), selected + 1)
        case .tab:
            completed().map { typed = $0 }
            selected = 0
        case .enter:
            return .line(completed() ?? typed)
        case .endOfInput:
            if typed.isEmpty { return .end }
        case .left, .right, .escape:
            break
        }
        return nil
    }

    /// The input line, then the suggestions, the highlighted one marked.
    func render(colour: Bool) -> String {
        var rows = ["> " + typed]
        for (index, entry) in suggestions.enumerated() {
            var row = "  \(index == selected ? ">" : " ") \(entry.name) (\(entry.code))"
            if index == selected && colour { row = "\u{1B}[7m" + row + "\u{1B}[0m" }
            rows.append(row)
        }
        return rows.joined(separator: "\n")
    }

    /// The line with the looked-up part replaced by the highlighted suggestion's code.
    private func completed() -> String? {
        let found = suggestions
        guard let query, found.indices.contains(selected) else { return nil }
        let code = found[selected].code
        return afterAmount ? String(typed.dropLast(query.count)) + code : code
    }

    /// The part of the line looked up, or nil when nothing is to be (a command, no name yet).
    private var query: String? {
        if typed.hasPrefix(":") || typed == "?" || typed == "<" { return nil }
        if afterAmount {
            guard let space = typed.firstIndex(of: " ") else { return nil }
            let rest = typed[typed.index(after: space)...]
            return rest.trimmingCharacters(in: .whitespaces).isEmpty ? nil : String(rest)
        }
        return typed.trimmingCharacters(in: .whitespaces).isEmpty ? nil : typed
    }
}
