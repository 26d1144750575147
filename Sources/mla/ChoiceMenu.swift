/// A menu of choices moved with the arrow keys and confirmed with Enter; for a multichoice,
/// Space marks and unmarks. Pure state and drawing: the session feeds it keys.
struct ChoiceMenu: Equatable {
    /// What a key press leads to.
    enum Outcome: Equatable {
        /// The rows chosen, by index.
        case chosen([Int])
        /// A command typed instead (`?`, `<`, or `:` to type a command line).
        case command(String)
    }

    let labels: [String]
    let multiple: Bool
    var selected: Int
    var marked: Set<Int>

    init(labels: [String], multiple: Bool, selected: Int = 0, marked: Set<Int> = []) {
        self.labels = labels
        self.multiple = multiple
        self.selected = labels.indices.contains(selected) ? selected : 0
        self.marked = marked
    }

    /// Applies a key; nil while the menu stays open.
    mutating func press(_ key: Key) -> Outcome? {
        switch key {
        case .up:
            selected = (selected + labels.count - 1) % max(labels.count, 1)
        case .down:
            selected = (selected + 1) % max(labels.count, 1)
        case .enter:
            if multiple && !marked.isEmpty { return .chosen(marked.sorted()) }
            return .chosen([selected])
        case .character(" ") where multiple:
            if marked.contains(selected) { marked.remove(selected) } else { marked.insert(selected) }
        case .character(let character) where character.isNumber:
            if let number = character.wholeNumberValue, labels.indices.contains(number - 1) { selected = number - 1 }
        case .character("?"):
            return .command("?")
        case .character("<"), .left:
            return .command("<")
        case .character(":"):
            return .command(":")
        case .character, .backspace, .tab, .right, .escape, .endOfInput:
            break
        }
        return nil
    }

    /// The menu as drawn: one row a choice, the highlighted one marked, then the keys.
    func render(hint: String, colour: Bool) -> String {
        var rows: [String] = []
        for (index, label) in labels.enumerated() {
            let pointer = index == selected ? ">" : " "
            let box = multiple ? (marked.contains(index) ? "[x] " : "[ ] ") : ""
            var row = "  \(pointer) \(box)\(index + 1). \(label)"
            if index == selected && colour { row = "\u{1B}[7m" + row + "\u{1B}[0m" }
            rows.append(row)
        }
        rows.append("  " + hint)
        return rows.joined(separator: "\n")
    }
}
