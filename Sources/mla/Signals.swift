@preconcurrency import Glibc

/// The program's signal handling, and the one piece of process-wide state it needs.
///
/// - `SIGXFSZ` is ignored, so a write beyond a file-size limit (`ulimit -f`) fails with an error
///   that is reported (exit 74, the draft intact) instead of killing the program.
/// - On `SIGINT`, `SIGTERM` and `SIGHUP` the lock file of the draft being changed, if any, is
///   removed, then the signal takes its ordinary course; one the program was started with
///   ignored stays ignored.
enum Signals {
    static func install() {
        signal(SIGXFSZ, SIG_IGN)
        var handled = sigset_t()
        sigemptyset(&handled)
        for number in [SIGINT, SIGTERM, SIGHUP] where !isIgnored(number) {
            signal(number, removeLockAndRaise)
            sigaddset(&handled, number)
        }
        // A parent may start the program with these blocked (the mask is inherited): it would
        // then never stop on them.
        pthread_sigmask(SIG_UNBLOCK, &handled, nil)
    }

    /// Whether the program was started with `number` ignored (`nohup` ignores SIGHUP): such a
    /// signal stays ignored, here and in a session.
    static func isIgnored(_ number: Int32) -> Bool {
        var current = sigaction()
        sigaction(number, nil, &current)
        return current.__sigaction_handler.sa_handler.map { unsafeBitCast($0, to: Int.self) == 1 } ?? false
    }

    /// Names the lock file to remove on an interrupting signal, or none.
    static func removeOnSignal(_ path: String?) {
        var block = sigset_t(), previous = sigset_t()
        sigemptyset(&block)
        for number in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&block, number) }
        pthread_sigmask(SIG_BLOCK, &block, &previous)
        free(lockFilePath)
        lockFilePath = path.flatMap { strdup($0) }
        pthread_sigmask(SIG_SETMASK, &previous, nil)
    }
}

/// The lock file held by this process: read by the signal handler, so it has to be global.
nonisolated(unsafe) private var lockFilePath: UnsafeMutablePointer<CChar>?

private func removeLockAndRaise(_ number: Int32) {
    if let path = lockFilePath {
        // Under `flock`, as `DraftLock.release` does (open, flock and unlink are plain system calls).
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        if fd >= 0 { flock(fd, LOCK_EX) }
        unlink(path)
    }
    signal(number, SIG_DFL)
    raise(number)
}
