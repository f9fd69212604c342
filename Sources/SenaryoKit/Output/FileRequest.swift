/// A file a command asks the shell to write (`chart --svg FILE`).
///
/// Plugins never write files themselves, as they never write the workspace: the shell writes
/// each request the way `export` and `record` write theirs — a temporary file in the target's
/// folder renamed over it, never through a link or onto a device, a folder or a pipe, and over
/// an existing file only after asking, or with `replacing` (`--force`) in a script — and then
/// says `wrote FILE`. A request the shell refuses fails the command, and nothing is written.
public struct FileRequest: Sendable {
    /// As typed: the shell resolves it like any path in a command (a script's own folder).
    public var path: String
    public var bytes: [UInt8]
    /// Whether an existing file may be replaced without asking (`--force`).
    public var replacing: Bool

    public init(path: String, bytes: [UInt8], replacing: Bool) {
        self.path = path
        self.bytes = bytes
        self.replacing = replacing
    }

    public init(path: String, text: String, replacing: Bool) {
        self.init(path: path, bytes: Array(text.utf8), replacing: replacing)
    }
}
