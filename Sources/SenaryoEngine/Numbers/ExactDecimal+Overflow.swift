import Synchronization

extension ExactDecimal {
    /// Values a dataset or a command may give are below 10^24 in magnitude (24 integer digits,
    /// a hundred billion times a national budget in lira): that leaves 14 of the 38 digits for
    /// decimals, for sums over millions of lines and for percentages of them.
    public static var supportedLimit: ExactDecimal { ExactDecimal(significand: power(24)) }

    /// Whether the value is within `supportedLimit` (exclusive).
    public var isWithinSupportedRange: Bool {
        let limit = UInt128(Self.power(24)), digits = significand.magnitude
        // Most values have a significand below the limit: no division for them (loads check millions).
        return digits < limit || digits / UInt128(Self.power(scale)) < limit
    }

    /// An arithmetic result that does not fit in 38 significant digits.
    public struct Overflow: Error, Sendable, Equatable, CustomStringConvertible {
        /// The arithmetic operation that overflowed: `addition`, `multiplication`, `division`, `negation`.
        public var operation: String

        public init(operation: String) {
            self.operation = operation
        }

        public var description: String {
            "a figure is beyond the 38-digit range of exact numbers (overflow in \(operation))"
        }
    }

    /// Runs `body` and returns its result together with the first overflow that happened in it
    /// on this thread, if any.
    ///
    /// Checking every operator's result would put a `throws` on every sum of the engine (and a
    /// branch in every hot loop); instead, as with IEEE floating-point flags, an overflow inside
    /// such a scope is recorded and the operator returns a saturated value, which the caller
    /// must then discard: a result computed in a scope that reports an overflow means nothing.
    /// Outside any scope an overflow still stops the program, as a violated precondition.
    /// Work handed to other threads carries the scope along with `OverflowScope.current`.
    public static func withOverflowCheck<R, E: Error>(_ body: () throws(E) -> R) throws(E) -> (R, Overflow?) {
        let record = OverflowRecord()
        let result = OverflowRecord.$current.withValue(record) { Result { () throws(E) -> R in try body() } }
        return (try result.get(), record.first)
    }

    /// Runs `body`, throwing `Overflow` if an arithmetic operation in it overflowed.
    public static func checkingOverflow<R>(_ body: () throws -> R) throws -> R {
        let (result, overflow) = try withOverflowCheck { () throws -> R in try body() }
        if let overflow { throw overflow }
        return result
    }

    /// Called by an operator whose result does not fit: records the overflow in the enclosing
    /// scope and returns the largest value, or stops the program outside any scope.
    @inline(never)
    static func overflowed(in operation: String) -> ExactDecimal {
        guard let record = OverflowRecord.current else { preconditionFailure("ExactDecimal overflow in \(operation)") }
        record.note(Overflow(operation: operation))
        return ExactDecimal(significand: .max)
    }
}

/// The overflow check in force where work starts, to re-enter on another thread
/// (`DispatchQueue.concurrentPerform` runs its iterations on threads of its own).
public struct OverflowScope: Sendable {
    fileprivate let record: OverflowRecord?

    /// The scope of the calling thread (possibly none).
    public static var current: OverflowScope { OverflowScope(record: OverflowRecord.current) }

    /// Runs `body` in this scope: an overflow in it is reported where the scope was opened.
    public func enter<R>(_ body: () -> R) -> R {
        OverflowRecord.$current.withValue(record, operation: body)
    }
}

/// The first overflow of a scope. Shared by the threads a scope's work runs on.
final class OverflowRecord: Sendable {
    @TaskLocal static var current: OverflowRecord?

    private let state = Mutex<ExactDecimal.Overflow?>(nil)

    var first: ExactDecimal.Overflow? { state.withLock { $0 } }

    func note(_ overflow: ExactDecimal.Overflow) {
        state.withLock { if $0 == nil { $0 = overflow } }
    }
}
