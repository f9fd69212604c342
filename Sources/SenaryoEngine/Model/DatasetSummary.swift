/// What the workspace knows about a dataset without reading its tables.
public struct DatasetSummary: Sendable, Hashable {
    public var manifest: DatasetManifest
    public var counts: DatasetCounts
    /// The folder it was loaded from, as the user typed it.
    public var origin: String?
    /// When it was loaded, ISO 8601 (UTC).
    public var loadedAt: String

    public init(manifest: DatasetManifest, counts: DatasetCounts, origin: String?, loadedAt: String) {
        self.manifest = manifest
        self.counts = counts
        self.origin = origin
        self.loadedAt = loadedAt
    }

    public var id: String { manifest.id }
}
