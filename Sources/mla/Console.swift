@preconcurrency import Glibc
import Foundation

/// The real terminal: standard input, output and error. The only place that touches them.
struct Console {
    let inputIsTerminal: Bool
    let errorIsTerminal: Bool
    let useColour: Bool

    init(environment: [String: String]) {
        inputIsTerminal = isatty(STDIN_FILENO) == 1
        errorIsTerminal = isatty(STDERR_FILENO) == 1
        useColour = errorIsTerminal && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
    }

    /// One line of input without its line ending, or nil at the end of input.
    func readLine() -> String? {
        let line = Swift.readLine(strippingNewline: true)
        if line == nil, inputIsTerminal { clearerr(stdin) }
        return line
    }

    /// A long answer: lines up to one holding only ".", or the first line alone when it is empty
    /// or one of `commands` (`:quit`, `?`), so commands work at a multi-line prompt too.
    func readParagraphs(commands isCommand: (String) -> Bool) -> String? {
        guard let first = readLine() else { return nil }
        let trimmed = first.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty || isCommand(trimmed) { return first }
        var lines = [first]
        while let line = readLine(), line != "." { lines.append(line) }
        return lines.joined(separator: "\n")
    }

    /// Writes to standard output (documents, reports).
    func out(_ text: String) {
        write(text, to: STDOUT_FILENO)
    }

    /// Writes to standard error (messages, prompts, errors).
    func err(_ text: String) {
        write(text, to: STDERR_FILENO)
    }

    /// Text emphasised on a colour terminal.
    func bold(_ text: String) -> String {
        useColour ? "\u{1B}[1m\(text)\u{1B}[0m" : text
    }

    func dim(_ text: String) -> String {
        useColour ? "\u{1B}[2m\(text)\u{1B}[0m" : text
    }

    /// Writes the text's own bytes, without copying a long document into a `Data` first.
    private func write(_ text: String, to descriptor: Int32) {
        var text = text
        text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return
                }
                offset += written
            }
        }
    }
}
