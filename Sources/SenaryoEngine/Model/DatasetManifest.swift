/// `dataset.yaml`: what a dataset is and how its tables are written.
public struct DatasetManifest: Sendable, Hashable {
    /// The only format version this build reads.
    public static let formatVersion = "senaryo-dataset/1"

    public var id: String
    public var institution: String
    public var title: String
    public var kind: DocumentKind
    public var year: Int?
    public var planPeriod: String?
    public var currency: String
    public var numberFormat: NumberFormat
    public var delimiter: Character
    public var source: String?
    public var notes: String?

    public init(id: String, institution: String, title: String, kind: DocumentKind, year: Int? = nil,
                planPeriod: String? = nil, currency: String = "TRY", numberFormat: NumberFormat = .plain,
                delimiter: Character = ",", source: String? = nil, notes: String? = nil) {
        self.id = id
        self.institution = institution
        self.title = title
        self.kind = kind
        self.year = year
        self.planPeriod = planPeriod
        self.currency = currency
        self.numberFormat = numberFormat
        self.delimiter = delimiter
        self.source = source
        self.notes = notes
    }

    /// Whether `id` is a valid dataset id: a non-empty slug of `[a-z0-9-]`.
    public static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
    }
}
