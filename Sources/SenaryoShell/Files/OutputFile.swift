import Foundation
import SenaryoKit

/// A file a command writes at the user's request (`export`, `record`, `history save`).
///
/// It is never written through a symbolic link or onto a device, a folder or a FIFO, never over a
/// read-only file, and never over an existing file unasked: the shell asks, a script must pass
/// `--force`. `replace` writes a temporary file beside the target and renames it over the
/// target, so a full disk or a kill leaves the old file whole, never half of the new one.
struct OutputFile {
    /// As typed, for messages.
    let name: String
    /// With `~` expanded.
    let path: String
    /// The mode of the file being replaced, kept for the new one.
    private let existingMode: mode_t?

    init(_ name: String, force: Bool, confirm: ((String) -> Bool)?) throws(CommandError) {
        self.name = name
        path = (name as NSString).expandingTildeInPath
        var info = stat()
        guard lstat(path, &info) == 0 else {
            guard errno == ENOENT else { throw CommandError("cannot write \(name): \(FileDescriptor.describe(errno))") }
            existingMode = nil
            return
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFLNK: throw CommandError("\(name) is a symbolic link: nothing was written", help: "give the path of the file itself, or another name")
        default: throw CommandError("\(name) is not a regular file (a folder, a device or a pipe): nothing was written")
        }
        guard access(path, W_OK) == 0 else { throw CommandError("\(name) is read-only: nothing was written") }
        if !force {
            guard let confirm else { throw CommandError("\(name) exists: nothing was written", help: "pass --force to replace it") }
            guard confirm("\(name) exists; replace it?") else { throw CommandError("\(name) was not replaced") }
        }
        existingMode = info.st_mode & 0o7777
    }

    /// Writes `bytes` in place of the file.
    func replace(with bytes: some Collection<UInt8>) throws(CommandError) {
        try replace { temporary throws(CommandError) in
            let descriptor = open(temporary, O_WRONLY | O_TRUNC | O_CLOEXEC)
            guard descriptor >= 0 else { throw failure(errno) }
            defer { close(descriptor) }
            if let code = FileDescriptor.writeAll(descriptor, bytes) { throw failure(code) }
            guard fsync(descriptor) == 0 else { throw failure(errno) }
        }
    }

    /// Has `write` fill a temporary file beside the target (its path given), then renames it
    /// over the target. The temporary file is removed if anything fails.
    func replace(_ write: (String) throws -> Void) throws(CommandError) {
        let folder = (path as NSString).deletingLastPathComponent
        let base = (path as NSString).lastPathComponent
        var template = Array(((folder.isEmpty ? "." : folder) + "/." + base + ".senaryo-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw failure(errno) }
        let temporary = String(cString: template)
        // mkstemp makes it private; the new file gets the old one's mode, or the usual one.
        let mode = existingMode ?? { let mask = umask(0); umask(mask); return 0o666 & ~mask }()
        fchmod(descriptor, mode)
        close(descriptor)
        do {
            try write(temporary)
        } catch let error as CommandError {
            unlink(temporary)
            throw error
        } catch {
            unlink(temporary)
            throw CommandError("cannot write \(name): \(FileDescriptor.reason(error))")
        }
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw failure(code)
        }
    }

    private func failure(_ code: Int32) -> CommandError {
        CommandError("cannot write \(name): \(FileDescriptor.describe(code))")
    }
}
