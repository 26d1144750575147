@preconcurrency import Glibc

/// Stopping a drafting session safely on Ctrl-C (SIGINT), a closed terminal (SIGHUP) or `kill`
/// (SIGTERM).
///
/// A handler may do almost nothing safely, so it only notes the signal and wakes the reader:
/// it writes one byte to a pipe that ``RealTerminal`` polls beside standard input. The read then
/// reports `.interrupted`, and the session saves, restores the terminal on its normal path and
/// exits 130. A second signal while the first is being handled (a save that hangs) restores the
/// terminal settings noted by ``noteTerminal(_:)`` and ends the process at once.
///
/// This is the program's only global state, as signals are delivered to the process: the signal
/// caught, the pipe, and the terminal settings to restore.
enum SignalTrap {
    /// Installs the handlers (once; later calls do nothing). A signal the program was started
    /// with ignored (`nohup`) stays ignored; one it was started with blocked (by a parent's
    /// thread) is unblocked, or it would never arrive.
    static func install() {
        guard wakePipe.read < 0 else { return }
        var descriptors: [Int32] = [-1, -1]
        guard pipe(&descriptors) == 0 else { return }
        for descriptor in descriptors {
            _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
            _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
        }
        wakePipe = (descriptors[0], descriptors[1])
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handle
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0 // no SA_RESTART: a blocked read returns EINTR
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        for signal in [SIGINT, SIGTERM, SIGHUP] where !Signals.isIgnored(signal) {
            sigaction(signal, &action, nil)
            sigaddset(&unblocked, signal)
        }
        sigprocmask(SIG_UNBLOCK, &unblocked, nil)
    }

    /// The signal caught, or nil.
    static var caught: Int32? { caughtSignal == 0 ? nil : caughtSignal }

    /// The descriptor that becomes readable when a signal is caught, or -1 before ``install()``.
    static var wakeDescriptor: Int32 { wakePipe.read }

    /// The settings to put back if the process must end from inside a handler; nil when the
    /// terminal is back in its normal mode.
    static func noteTerminal(_ settings: termios?) {
        if let settings { savedSettings = settings }
        hasSavedSettings = settings != nil
    }
}

nonisolated(unsafe) private var caughtSignal: Int32 = 0
nonisolated(unsafe) private var wakePipe: (read: Int32, write: Int32) = (-1, -1)
nonisolated(unsafe) private var savedSettings = termios()
nonisolated(unsafe) private var hasSavedSettings = false

/// The handler: async-signal-safe calls only (write, tcsetattr, _exit).
private func handle(_ signal: Int32) {
    if caughtSignal != 0 {
        if hasSavedSettings { tcsetattr(STDIN_FILENO, TCSANOW, &savedSettings) }
        _exit(128 + signal)
    }
    caughtSignal = signal
    var byte: UInt8 = 1
    _ = write(wakePipe.write, &byte, 1)
}
