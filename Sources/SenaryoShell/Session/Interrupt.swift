#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Ctrl-C: cancels the line being typed or the command running, never the shell.
///
/// The signal handler only sets a flag; the line editor returns when its read is
/// interrupted, and long-running commands poll `isPending` and stop cleanly (a load rolls back).
public enum Interrupt {
    private static let flag = Atomic<Bool>(false)

    public static var isPending: Bool { flag.load(ordering: .relaxed) }

    public static func clear() { flag.store(false, ordering: .relaxed) }

    static func raise() { flag.store(true, ordering: .relaxed) }

    /// Installs the SIGINT handler (without SA_RESTART, so a blocked read returns).
    public static func install() {
        _ = isPending  // initialise the flag before any signal can arrive
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in Interrupt.raise() }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
        // A SIGINT blocked by whoever started the shell (a test runner does) would never arrive.
        var interrupt = sigset_t()
        sigemptyset(&interrupt)
        sigaddset(&interrupt, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &interrupt, nil)
    }
}
