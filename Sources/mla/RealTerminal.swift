@preconcurrency import Glibc
import Foundation
import MLAKit

/// The session's terminal: standard input read with `read(2)` (so that a signal interrupts a
/// wait, see ``SignalTrap``), standard error for prompts and messages, and termios raw mode for
/// menus and type-ahead, always restored.
final class RealTerminal: Terminal {
    let isInteractive: Bool
    let readsKeys: Bool
    let useColour: Bool
    private let environment: [String: String]
    private let console: Console
    /// Bytes read but not yet handed out, and how many of them were searched for a line feed.
    private var buffer: [UInt8] = []
    private var scanned = 0
    /// Whole lines taken from the buffer at once (a pipe delivers many per read), and the next.
    private var lines: [String] = []
    private var head = 0
    /// Terminal rows taken by the live text now on the screen, and the row of the cursor in it.
    private var liveRows = 0
    private var cursorRow = 0

    init(console: Console, environment: [String: String]) {
        self.console = console
        self.environment = environment
        isInteractive = console.inputIsTerminal
        readsKeys = console.inputIsTerminal && console.errorIsTerminal && environment["TERM"] != "dumb"
        useColour = console.useColour
    }

    var width: Int {
        var size = winsize()
        if console.errorIsTerminal, ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        if let columns = environment["COLUMNS"].flatMap({ Int($0) }), columns > 0 { return columns }
        // Not a terminal: lines are left as they are for whatever reads them.
        return console.errorIsTerminal ? 80 : 0
    }

    func write(_ text: String) {
        console.err(text)
    }

    func readLine() -> TerminalInput<String> {
        while true {
            if head < lines.count {
                defer {
                    head += 1
                    if head == lines.count { lines.removeAll(keepingCapacity: true); head = 0 }
                }
                return .input(lines[head])
            }
            splitLines()
            if !lines.isEmpty { continue }
            switch fill(timeout: -1) {
            case .data: continue
            case .interrupted: return .interrupted
            case .end:
                guard !buffer.isEmpty else { return .end }
                defer { buffer.removeAll(); scanned = 0 }
                return .input(String(decoding: buffer, as: UTF8.self))
            }
        }
    }

    func readKey() -> TerminalInput<Key> {
        requeueLines()
        scanned = 0
        while true {
            if buffer.isEmpty {
                switch fill(timeout: -1) {
                case .data: break
                case .interrupted: return .interrupted
                case .end: return .end
                }
            }
            let byte = buffer.removeFirst()
            switch byte {
            case 0x0D, 0x0A: return .input(.enter)
            case 0x7F, 0x08: return .input(.backspace)
            case 0x09: return .input(.tab)
            case 0x04: return .input(.endOfInput)
            case 0x03: return .interrupted
            case 0x1B: return .input(escapeSequence())
            case 0x00..<0x20: continue
            default:
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
                while buffer.count < length - 1, .data == fill(timeout: 50) {}
                let rest = buffer.prefix(length - 1)
                buffer.removeFirst(rest.count)
                let text = String(decoding: [byte] + rest, as: UTF8.self)
                if let character = text.first { return .input(.character(character)) }
            }
        }
    }

    func withRawMode<T>(_ body: () -> T) -> T {
        var original = termios()
        guard readsKeys, tcgetattr(STDIN_FILENO, &original) == 0 else { return body() }
        var raw = original
        raw.c_lflag &= ~tcflag_t(ECHO | ICANON | IEXTEN)
        raw.c_iflag &= ~tcflag_t(IXON | ICRNL | BRKINT | INPCK | ISTRIP)
        raw.c_cflag |= tcflag_t(CS8)
        withUnsafeMutableBytes(of: &raw.c_cc) { bytes in
            bytes[Int(VMIN)] = 1
            bytes[Int(VTIME)] = 0
        }
        SignalTrap.noteTerminal(original)
        tcsetattr(STDIN_FILENO, TCSANOW, &raw)
        defer {
            tcsetattr(STDIN_FILENO, TCSANOW, &original)
            SignalTrap.noteTerminal(nil)
        }
        return body()
    }

    func drawLive(_ text: String, cursorOnFirstLine: Bool) {
        var output = ""
        if liveRows > 0 {
            output += "\r" + (cursorRow > 0 ? "\u{1B}[\(cursorRow)A" : "") + "\u{1B}[J"
        }
        output += text
        let columns = max(width, 1)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Self.visibleWidth(of: String($0)) }
        let rows = lines.map { max(1, ($0 + columns - 1) / columns) }
        liveRows = rows.reduce(0, +)
        cursorRow = liveRows - 1
        if cursorOnFirstLine && lines.count > 1 {
            let column = lines[0] % columns
            output += "\u{1B}[\(liveRows - rows[0])A\r" + (column > 0 ? "\u{1B}[\(column)C" : "")
            cursorRow = rows[0] - 1
        }
        write(output)
    }

    func endLive() {
        let below = liveRows - 1 - cursorRow
        write((below > 0 ? "\u{1B}[\(below)B" : "") + "\n")
        liveRows = 0
        cursorRow = 0
    }

    func runEditor(_ command: String, file: String) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        // The editor may carry its own options (`code --wait`): the shell splits them.
        process.arguments = ["-c", command + " \"$1\"", "sh", file]
        do {
            try process.run()
        } catch {
            return false
        }
        process.waitUntilExit()
        return process.terminationReason == .exit && process.terminationStatus == 0
    }
}

private extension RealTerminal {
    enum Fill { case data, end, interrupted }

    /// Reads what standard input has into the buffer, waiting up to `timeout` milliseconds
    /// (-1: as long as it takes) and giving up when a signal is caught.
    func fill(timeout: Int32) -> Fill {
        while true {
            if SignalTrap.caught != nil { return .interrupted }
            var descriptors = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                               pollfd(fd: SignalTrap.wakeDescriptor, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&descriptors, SignalTrap.wakeDescriptor < 0 ? 1 : 2, timeout)
            if ready < 0 {
                if errno == EINTR { continue }
                return .end
            }
            if SignalTrap.caught != nil { return .interrupted }
            if ready == 0 { return .end }
            var chunk = [UInt8](repeating: 0, count: 65_536)
            let count = chunk.withUnsafeMutableBytes { Glibc.read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return .end
            }
            if count == 0 { return .end }
            buffer += chunk[..<count]
            return .data
        }
    }

    /// Moves every whole line of the buffer to `lines`, removing them from the buffer in one go:
    /// removing each line on its own made reading a long piped answer quadratic.
    func splitLines() {
        var lineStart = 0
        // Reading keys takes bytes from the front: what was searched may have gone.
        var index = min(scanned, buffer.count)
        while let newline = buffer[index...].firstIndex(of: UInt8(ascii: "\n")) {
            var end = newline
            if end > lineStart && buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
            lines.append(String(decoding: buffer[lineStart..<end], as: UTF8.self))
            lineStart = newline + 1
            index = lineStart
        }
        if lineStart > 0 { buffer.removeFirst(lineStart) }
        scanned = buffer.count
    }

    /// Puts lines not yet handed out back in front of the buffer, for reading keys.
    func requeueLines() {
        guard head < lines.count else { return }
        buffer = Array(lines[head...].map { $0 + "\n" }.joined().utf8) + buffer
        lines.removeAll()
        head = 0
        scanned = 0
    }

    /// Columns a line takes on the screen, leaving out colour sequences (`ESC [ 7 m`).
    static func visibleWidth(of line: String) -> Int {
        guard line.contains("\u{1B}") else { return TerminalText.width(line) }
        var plain = ""
        var inSequence = false
        for scalar in line.unicodeScalars {
            if scalar == "\u{1B}" {
                inSequence = true
            } else if inSequence {
                if (0x40...0x7E).contains(scalar.value) && scalar != "[" { inSequence = false }
            } else {
                plain.unicodeScalars.append(scalar)
            }
        }
        return TerminalText.width(plain)
    }

    /// The key an escape byte starts: an arrow (`ESC [ A`, `ESC O A`), or Escape itself.
    func escapeSequence() -> Key {
        if buffer.isEmpty { _ = fill(timeout: 50) }
        guard let introducer = buffer.first, introducer == UInt8(ascii: "[") || introducer == UInt8(ascii: "O") else { return .escape }
        buffer.removeFirst()
        if buffer.isEmpty { _ = fill(timeout: 50) }
        // Parameters, then one final byte from @ to ~.
        var final: UInt8 = 0
        while !buffer.isEmpty {
            let byte = buffer.removeFirst()
            if (0x40...0x7E).contains(byte) {
                final = byte
                break
            }
        }
        switch final {
        case UInt8(ascii: "A"): return .up
        case UInt8(ascii: "B"): return .down
        case UInt8(ascii: "C"): return .right
        case UInt8(ascii: "D"): return .left
        default: return .escape
        }
    }
}
