#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// One program run as a child process, timed as a whole: from just before `posix_spawn` to the
/// return of `wait4`, on the monotonic clock, with the peak resident memory the kernel reports.
///
/// The benchmark does not spawn the measured program itself: glibc's `posix_spawn` starts the
/// child in the parent's memory (`CLONE_VM`), and Linux then counts the parent's peak as the
/// child's `ru_maxrss`, so every figure would read at least the benchmark's own size. The
/// benchmark starts a small copy of itself (``Launcher``), which spawns, times and reports.
struct ChildProcess {
    /// Where the child's standard input comes from.
    enum Input: String {
        /// `/dev/null`.
        case null
        /// A pipe whose writing end is closed before the child reads: input that has ended.
        case closedPipe = "closed-pipe"
    }

    var executable: String
    var arguments: [String]
    var input: Input = .null
    /// Files for the child's standard output and error; `/dev/null` unless what it printed is checked.
    var stdout = "/dev/null"
    var stderr = "/dev/null"
    /// Search `PATH` for the executable (for `python3`).
    var searchPath = false

    /// The environment of every child: no locale or template settings of the calling shell.
    static let environment = ["PATH=/usr/local/bin:/usr/bin:/bin", "LANG=C", "NO_COLOR=1"]

    /// Spawns the child from this process and waits for it.
    func spawnAndWait() throws(BenchError) -> ProcessResult {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var pipeEnds: [Int32] = [-1, -1]
        switch input {
        case .null:
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        case .closedPipe:
            guard pipe(&pipeEnds) == 0 else { throw .system(call: "pipe", errno: errno) }
            posix_spawn_file_actions_adddup2(&actions, pipeEnds[0], 0)
            posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
            posix_spawn_file_actions_addclose(&actions, pipeEnds[1])
        }
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = Self.environment.map { strdup($0) } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let start = ContinuousClock.now
        let spawned = searchPath
            ? posix_spawnp(&pid, executable, &actions, nil, argv, envp)
            : posix_spawn(&pid, executable, &actions, nil, argv, envp)
        if pipeEnds[0] >= 0 {
            close(pipeEnds[0])
            close(pipeEnds[1])
        }
        guard spawned == 0 else { throw .cannotRun(executable, errno: spawned) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw .system(call: "wait4", errno: errno) }
        }
        let elapsed = start.duration(to: .now)
        let exited = status & 0x7f == 0
        return ProcessResult(seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18,
                             peakKilobytes: Int(usage.ru_maxrss),
                             status: exited ? (status >> 8) & 0xff : 128 + (status & 0x7f))
    }
}

/// What one child process took.
struct ProcessResult {
    var seconds: Double
    /// `ru_maxrss`: the peak resident set, in kilobytes on Linux.
    var peakKilobytes: Int
    /// The exit status, or 128 + the signal number for a child killed by a signal.
    var status: Int32
    /// The peak of the launcher that started the child, the least peak that can be measured.
    var launcherPeakKilobytes = 0
}
