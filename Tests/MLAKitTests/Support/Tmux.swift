import Foundation

/// A tmux server of its own (`tmux -L NAME`) running one command in a real pseudo-terminal, for
/// tests that need a terminal: keys are sent as a person types them, and the screen is read back.
/// The server is killed by ``stop()``.
struct Tmux {
    static let executable: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }
    static var isAvailable: Bool { executable != nil }

    let socket = "mla-test-\(UUID().uuidString.prefix(8))"

    /// Starts the server with `command` run by /bin/sh in a 100×40 window.
    func start(_ command: String, in folder: URL) throws {
        // The server stays in the background: it must not hold a pipe this process reads to its end.
        try run(["-f", "/dev/null", "new-session", "-d", "-x", "100", "-y", "40", "-c", folder.path, "/bin/sh", "-c", command], capture: false)
    }

    /// Types keys: text, or tmux key names such as `Enter`, `Down`, `C-c`.
    func send(_ keys: String...) throws {
        try run(["send-keys", "-t", "0"] + keys)
    }

    /// What the window shows now.
    func screen() throws -> String {
        try run(["capture-pane", "-p", "-t", "0"])
    }

    /// Waits until `condition` holds, checking every 50 ms, for at most `seconds`; false when it
    /// never did.
    func waitUntil(seconds: Double = 15, _ condition: () throws -> Bool) rethrows -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try condition() { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return try condition()
    }

    /// Waits until the screen shows `text`.
    func waitFor(_ text: String, seconds: Double = 15) throws -> Bool {
        try waitUntil(seconds: seconds) { try screen().contains(text) }
    }

    /// Ends the server and removes its socket.
    func stop() {
        _ = try? run(["kill-server"], capture: false)
        try? FileManager.default.removeItem(atPath: "/tmp/tmux-\(getuid())/\(socket)")
    }

    /// Runs tmux through `system`, which waits for the client alone: Foundation's `Process` would
    /// also wait for the server, which inherits the descriptors it watches.
    @discardableResult
    private func run(_ arguments: [String], capture: Bool = true) throws -> String {
        let output = FileManager.default.temporaryDirectory.appending(path: "\(socket)-\(UUID().uuidString).out")
        defer { try? FileManager.default.removeItem(at: output) }
        let words = [Self.executable ?? "tmux", "-L", socket] + arguments
        let line = "TERM=xterm LANG=C.UTF-8 " + words.map(Self.quoted).joined(separator: " ")
            + " >" + Self.quoted(capture ? output.path : "/dev/null") + " 2>/dev/null </dev/null"
        guard system(line) != -1 else { throw CocoaError(.executableLoad) }
        return capture ? (try? String(contentsOf: output, encoding: .utf8)) ?? "" : ""
    }

    private static func quoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
