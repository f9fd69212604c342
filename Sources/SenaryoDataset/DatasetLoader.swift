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
        for name in [ManifestReader.fileName] + DatasetReader.tableFiles {
            let url = folder.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            do {
                files[name] = [UInt8](try Data(contentsOf: url))
            } catch {
                throw DatasetError([Diagnostic(file: name, message: "cannot be read: \(error.localizedDescription)")])
            }
        }
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
        do { bytes = [UInt8](try Data(contentsOf: url)) } catch {
            throw DatasetError([Diagnostic(file: name, message: "cannot be read: \(error.localizedDescription)")])
        }
        switch WorkbookReader().read(bytes, file: name) {
        case .success(let dataset): return dataset
        case .failure(let error): throw error
        }
    }
}
