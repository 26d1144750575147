import Foundation
@testable import mla

/// A terminal for tests: input comes from a script of typed lines and keys, and everything the
/// session shows is kept as a transcript, as a person at the screen would see it at the end
/// (typed lines echoed; menus and suggestions as last drawn).
final class ScriptedTerminal: Terminal {
    /// One step of what the drafter does.
    enum Step {
        /// Text typed and Enter.
        case line(String)
        case keys([Key])
        /// Ctrl-D on an empty line.
        case end
        /// Ctrl-C (or SIGHUP, SIGTERM).
        case interrupt
    }

    private enum Event {
        case key(Key)
        case end
        case interrupt
    }

    let isInteractive: Bool
    let readsKeys: Bool
    let width: Int
    let useColour = false
    private var events: [Event]
    private var committed = ""
    private var live: String?
    /// How many times raw mode was entered and left again.
    private(set) var rawModeEntered = 0
    private(set) var rawModeLeft = 0
    /// What the "editor" does with the file's text; nil means it fails.
    var editor: (String) -> String? = { $0 }
    /// The file each editor run was given, and its mode at that time.
    private(set) var editedFiles: [(path: String, mode: Int)] = []

    init(_ steps: [Step], interactive: Bool = true, keys: Bool = false, width: Int = 100) {
        isInteractive = interactive
        readsKeys = keys
        self.width = width
        events = steps.flatMap { step -> [Event] in
            switch step {
            case .line(let text): text.map { .key(.character($0)) } + [.key(.enter)]
            case .keys(let keys): keys.map { .key($0) }
            case .end: [.end]
            case .interrupt: [.interrupt]
            }
        }
    }

    /// What the screen showed, from the first line to the last.
    var transcript: String { committed + (live ?? "") }

    /// Whether every step of the script was used.
    var isExhausted: Bool { events.isEmpty }

    func write(_ text: String) {
        if let live {
            committed += live
            self.live = nil
        }
        committed += text
    }

    func readLine() -> TerminalInput<String> {
        var line = ""
        while !events.isEmpty {
            switch events.removeFirst() {
            case .key(.enter):
                if isInteractive { write(line + "\n") }
                return .input(line)
            case .key(.character(let character)): line.append(character)
            case .key(.backspace): if !line.isEmpty { line.removeLast() }
            case .key: continue
            case .end:
                if line.isEmpty {
                    return .end
                }
                return .input(line)
            case .interrupt:
                if isInteractive { write(line + "^C") }
                return .interrupted
            }
        }
        return line.isEmpty ? .end : .input(line)
    }

    func readKey() -> TerminalInput<Key> {
        guard !events.isEmpty else { return .end }
        switch events.removeFirst() {
        case .key(let key): return .input(key)
        case .end: return .end
        case .interrupt: return .interrupted
        }
    }

    func withRawMode<T>(_ body: () -> T) -> T {
        rawModeEntered += 1
        defer { rawModeLeft += 1 }
        return body()
    }

    func drawLive(_ text: String, cursorOnFirstLine: Bool) {
        live = text
    }

    func endLive() {
        committed += (live ?? "") + "\n"
        live = nil
    }

    func runEditor(_ command: String, file: String) -> Bool {
        let mode = (try? FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int) ?? -1
        editedFiles.append((file, mode))
        guard let current = try? String(contentsOfFile: file, encoding: .utf8), let edited = editor(current) else { return false }
        return (try? edited.write(toFile: file, atomically: false, encoding: .utf8)) != nil
    }
}
