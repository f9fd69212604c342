import Foundation

/// Writing bytes to a file descriptor with the system's own error, not Foundation's: a
/// `FileHandle.write` that fails (a full disk, a closed pipe) ends the program with a backtrace.
enum FileDescriptor {
    /// Writes all of `bytes`; returns the `errno` of a failure, nil when everything was written.
    static func writeAll(_ descriptor: Int32, _ bytes: some Collection<UInt8>) -> Int32? {
        let array = Array(bytes)
        var offset = 0
        while offset < array.count {
            let count = array.withUnsafeBytes { write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if count < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += count
        }
        return nil
    }

    /// The system's description of an `errno` ("No space left on device").
    static func describe(_ code: Int32) -> String {
        String(cString: strerror(code))
    }

    /// A Foundation error in words a person reads: the system's own for a POSIX cause, never
    /// "The operation could not be completed (NSCocoaErrorDomain error 256)".
    static func reason(_ error: any Error) -> String {
        let error = error as NSError
        if error.domain == NSPOSIXErrorDomain { return describe(Int32(error.code)) }
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return describe(Int32(underlying.code))
        }
        return error.localizedFailureReason ?? "\(error.domain) error \(error.code)"
    }
}
