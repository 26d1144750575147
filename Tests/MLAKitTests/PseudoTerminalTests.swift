import Foundation
import Testing

/// The built `mla` in a real pseudo-terminal (tmux): raw-mode menus, Ctrl-C, and the terminal
/// settings afterwards. Runs only where tmux is installed (`.ci/run` installs it).
@Suite(.enabled(if: Tmux.isAvailable, "needs tmux")) struct PseudoTerminalTests {
    let folder = TestData.temporaryFolder()
    let tmux = Tmux()

    @Test func ctrlCInAMenuKeepsTheAnswersExits130AndRestoresTheTerminal() throws {
        defer {
            tmux.stop()
            try? FileManager.default.removeItem(at: folder)
        }
        // after.txt appears only once complete (the shell creates a redirected file before stty
        // writes to it). /bin/sh, not an interactive bash, which would restore the terminal itself and hide a fault;
        // its trap keeps it alive through Ctrl-C (the program started from it does not inherit the trap).
        try tmux.start("""
            trap : INT; stty -g > before.txt; NO_COLOR=1 LANG=C '\(Run.binary.path)' new evidence -o d.mla.json; \
            echo $? > status.txt; stty -g > after.tmp; mv after.tmp after.txt
            """, in: folder)
        #expect(try tmux.waitFor("Your reference [expected]"))
        #expect(try tmux.waitFor("question 1 of 52 · 1%"))
        try tmux.send("REF-TTY", "Enter")
        #expect(try tmux.waitFor("Proposed: "))
        try tmux.send("Enter")
        #expect(try tmux.waitFor("↑/↓ move · Enter choose"))
        try tmux.send("Down")
        #expect(try tmux.waitFor("> 2. Supplementary request"))
        try tmux.send("C-c")
        let statusFile = folder.appending(path: "status.txt")
        #expect(tmux.waitUntil { FileManager.default.fileExists(atPath: folder.appending(path: "after.txt").path) })
        #expect(try String(contentsOf: statusFile, encoding: .utf8) == "130\n")
        let before = try String(contentsOf: folder.appending(path: "before.txt"), encoding: .utf8)
        let after = try String(contentsOf: folder.appending(path: "after.txt"), encoding: .utf8)
        #expect(!before.isEmpty && before == after, "terminal settings not restored: \(before) vs \(after)")
        let draft = try String(contentsOf: folder.appending(path: "d.mla.json"), encoding: .utf8)
        #expect(draft.contains("\"request_reference\" : \"REF-TTY\""))
        #expect(draft.contains("\"request_date\" : \""))
        #expect(!draft.contains("request_status"))
    }
}
