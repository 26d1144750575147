import MLAKit

/// A command line split into the command, its positional arguments and its options.
struct Invocation {
    var command: String
    var arguments: [String] = []
    var options: [String: String] = [:]
    var flags: Set<String> = []

    /// Options that take a value; every other `--name` is a flag.
    static let valueOptions: Set<String> = ["--lang", "--ui", "-o", "--output", "--format", "--templates", "--reason", "--width",
                                            "--answers", "--side-by-side", "--authorities", "--fill",
                                            "--from", "--date", "--ref", "--our-ref", "--note", "--state", "--received", "--measures", "--deadline"]
    static let globalOptions: Set<String> = ["--ui", "--templates", "--authorities"]

    init(_ words: [String]) throws(UsageError) {
        // Options for every command may also come before it: `mla --ui fr check FILE`.
        var words = words[...]
        var leading: [String: String] = [:]
        while let word = words.first, let name = Self.globalOptions.first(where: { word == $0 || word.hasPrefix($0 + "=") }) {
            words = words.dropFirst()
            if word.count > name.count {
                leading[name] = String(word.dropFirst(name.count + 1))
            } else {
                guard let value = words.first else { throw .optionNeedsValue(name) }
                leading[name] = value
                words = words.dropFirst()
            }
        }
        guard let first = words.first else { throw .noCommand }
        options = leading
        command = first
        var rest = words.dropFirst()
        if first == "--help" || first == "-h" { command = "help" }
        if first == "--version" { command = "version" }
        while let word = rest.first {
            rest = rest.dropFirst()
            if word == "--" {
                arguments += rest
                break
            }
            if word.hasPrefix("-") && word != "-" && !word.contains("=") || word.hasPrefix("--") {
                var name = word
                var value: String?
                if word.hasPrefix("--"), let equals = word.firstIndex(of: "=") {
                    name = String(word[..<equals])
                    value = String(word[word.index(after: equals)...])
                }
                if Self.valueOptions.contains(name) {
                    if value == nil {
                        guard let next = rest.first else { throw .optionNeedsValue(name) }
                        value = next
                        rest = rest.dropFirst()
                    }
                    options[name == "--output" ? "-o" : name] = value
                } else {
                    flags.insert(name == "-h" ? "--help" : name)
                }
            } else {
                arguments.append(word)
            }
        }
    }

    /// Fails on options the command does not know.
    func allow(options allowed: Set<String>, flags allowedFlags: Set<String> = []) throws(UsageError) {
        for option in options.keys.sorted() where !allowed.contains(option) && !Self.globalOptions.contains(option) {
            throw .unknownOption(command: command, option: option)
        }
        for flag in flags.sorted() where !allowedFlags.contains(flag) && flag != "--help" {
            throw .unknownOption(command: command, option: flag)
        }
    }

    /// The positional argument at `index`, or a usage error naming it.
    func argument(_ index: Int, named name: String) throws(UsageError) -> String {
        guard arguments.indices.contains(index) else { throw .missingArgument(command: command, argument: name) }
        return arguments[index]
    }

    /// Fails when more than `count` positional arguments were given.
    func allowArguments(_ count: Int) throws(UsageError) {
        if arguments.count > count { throw .unexpectedArgument(command: command, argument: arguments[count]) }
    }
}
