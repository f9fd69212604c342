import Foundation
import SenaryoEngine

/// Reads a dataset folder from disk. The only part of this module that touches the file system.
public struct DatasetLoader: Sendable {
    public init() {}

    /// Loads and validates the dataset in `directory` (a folder with `dataset.yaml`).
    /// Passing the path of `dataset.yaml` itself also works, and so does an .xlsx workbook.
    public func load(from directory: String) throws(DatasetError) -> Dataset {
        var folder = URL(fileURLWithPath: (directory as NSString).expandingTildeInPath)
        if folder.lastPathComponent == ManifestReader.fileName { folder.deleteLastPathComponent() }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) else {
            throw DatasetError([Diagnostic(file: directory, message: "no such file or folder")])
        }
        guard isDirectory.boolValue else {
            guard folder.pathExtension.lowercased() == "xlsx" else {
                throw DatasetError([Diagnostic(file: directory, message: "is a file, not a dataset folder (expected a folder with dataset.yaml, or an .xlsx workbook)")])
            }
            return try loadWorkbook(folder, as: directory)
        }
        var files: [String: [UInt8]] = [:]
        var problems: [Diagnostic] = []
        let realFolder = Self.realPath(folder.path) ?? folder.path
        for name in [ManifestReader.fileName] + DatasetReader.tableFiles {
            let path = folder.appendingPathComponent(name).path
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }  // no such file: the table is absent
            if info.st_mode & S_IFMT == S_IFLNK {
                // A link is followed only to a file inside the folder: a dangling one would load
                // the dataset without the table, one leading out would load files nobody sees.
                let destination = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
                guard let resolved = Self.realPath(path) else {
                    problems.append(Diagnostic(file: name, message: "is a symbolic link to \(destination), which does not exist"))
                    continue
                }
                guard resolved.hasPrefix(realFolder + "/") else {
                    problems.append(Diagnostic(file: name, message: "is a symbolic link to \(resolved), outside the dataset folder (copy the file into the folder)"))
                    continue
                }
            }
            switch Self.contents(ofRegularFile: path) {
            case .success(let bytes): files[name] = bytes
            case .failure(let reason): problems.append(Diagnostic(file: name, message: "cannot be read: \(reason)"))
            }
        }
        if !problems.isEmpty { throw DatasetError(problems) }
        if files[ManifestReader.fileName] == nil {
            throw DatasetError([Diagnostic(file: folder.path, message: "has no dataset.yaml (is this a dataset folder?)")])
        }
        switch DatasetReader().read(files) {
        case .success(let dataset): return dataset
        case .failure(var error):
            for index in error.diagnostics.indices where error.diagnostics[index].file == DatasetReader.folderPlaceholder {
                error.diagnostics[index].file = folder.path
            }
            throw error
        }
    }

    /// Loads the dataset in an .xlsx workbook (see `WorkbookReader`).
    private func loadWorkbook(_ url: URL, as name: String) throws(DatasetError) -> Dataset {
        let bytes: [UInt8]
        switch Self.contents(ofRegularFile: url.path) {
        case .success(let read): bytes = read
        case .failure(let reason): throw DatasetError([Diagnostic(file: name, message: "cannot be read: \(reason)")])
        }
        switch WorkbookReader().read(bytes, file: name) {
        case .success(let dataset): return dataset
        case .failure(let error): throw error
        }
    }

    /// The absolute path with every symbolic link resolved; nil when it leads nowhere.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The bytes of a regular file, or why not, in the system's words ("Permission denied").
    /// A FIFO or a device is refused without reading it (it could block or never end).
    static func contents(ofRegularFile path: String) -> Result<[UInt8], ReadFailure> {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(ReadFailure(errno)) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(ReadFailure(errno)) }
        guard info.st_mode & S_IFMT == S_IFREG else { return .failure(ReadFailure(message: "not a regular file")) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(info.st_size))
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(ReadFailure(errno))
            }
            if count == 0 { return .success(bytes) }
            bytes.append(contentsOf: chunk[..<count])
        }
    }

    /// Why a file could not be read, as the system says it.
    struct ReadFailure: Error, CustomStringConvertible {
        var message: String
        init(message: String) { self.message = message }
        init(_ code: Int32) { message = String(cString: strerror(code)) }
        var description: String { message }
    }
}
