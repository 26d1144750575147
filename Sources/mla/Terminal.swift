/// What the drafting session needs from a terminal: lines and keys in, text out.
///
/// ``RealTerminal`` is standard input and standard error (raw mode through termios for menus
/// and type-ahead); tests drive the same session through a scripted fake, so every flow of the
/// session can be checked without a terminal.
protocol Terminal: AnyObject {
    /// Whether a person sits at a terminal: prompts are shown, choices are menus moved with
    /// the arrow keys (see ``readsKeys``). Otherwise input is read one answer a line.
    var isInteractive: Bool { get }
    /// Whether single keys can be read (raw mode) and the screen redrawn: menus and type-ahead.
    var readsKeys: Bool { get }
    /// Columns to wrap text to.
    var width: Int { get }
    /// Whether text may be emphasised with colour and bold.
    var useColour: Bool { get }

    /// Writes text as it is (prompts, messages).
    func write(_ text: String)
    /// One line of input without its line ending.
    func readLine() -> TerminalInput<String>
    /// One key, in raw mode; only used while ``readsKeys``.
    func readKey() -> TerminalInput<Key>
    /// Runs `body` with the terminal in raw mode (no echo, keys one at a time), restoring it
    /// afterwards whatever happens.
    func withRawMode<T>(_ body: () -> T) -> T
    /// Replaces the text drawn by the previous call (since the last ``endLive()``) with `text`:
    /// a menu or a list of suggestions redrawn as keys are pressed. With `cursorOnFirstLine` the
    /// cursor is left at the end of the first line (the line being typed).
    func drawLive(_ text: String, cursorOnFirstLine: Bool)
    /// Leaves the live text on the screen as it is and moves below it.
    func endLive()
    /// Runs an editor on a file, with the terminal handed over to it; false when it could not run
    /// or failed.
    func runEditor(_ command: String, file: String) -> Bool
}

/// What a read gives: the input, the end of input (Ctrl-D, a closed pipe), or a signal that asks
/// the program to stop (Ctrl-C, a closed terminal, `kill`).
enum TerminalInput<Value: Equatable>: Equatable {
    case input(Value)
    case end
    case interrupted
}

/// A key pressed in raw mode.
enum Key: Equatable {
    case character(Character)
    case enter
    case backspace
    case tab
    case up
    case down
    case left
    case right
    case escape
    /// Ctrl-D.
    case endOfInput
}
