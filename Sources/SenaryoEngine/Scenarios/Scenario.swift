/// A named, ordered list of declared changes applied to an untouched baseline dataset, or to
/// another scenario (a chain). Stored in the workspace; exported as the commands that rebuild it.
public struct Scenario: Sendable, Hashable {
    public var name: String
    /// The dataset at the root of the chain.
    public var datasetID: String
    /// The scenario this one builds on, if any.
    public var base: String?
    /// Why it exists.
    public var note: String?
    public var createdAt: String
    public var steps: [Step]

    public init(name: String, datasetID: String, base: String? = nil, note: String? = nil, createdAt: String, steps: [Step] = []) {
        self.name = name
        self.datasetID = datasetID
        self.base = base
        self.note = note
        self.createdAt = createdAt
        self.steps = steps
    }

    /// One operation with its history: the command that made it, when, and why.
    public struct Step: Sendable, Hashable {
        public var operation: ScenarioOperation
        /// The shell command that created it, variables expanded: what `scenario export` writes.
        public var command: String
        public var note: String?
        public var createdAt: String

        public init(operation: ScenarioOperation, command: String, note: String? = nil, createdAt: String) {
            self.operation = operation
            self.command = command
            self.note = note
            self.createdAt = createdAt
        }
    }

    public var operations: [ScenarioOperation] { steps.map(\.operation) }

    /// Scenario names: a slug of lowercase letters — Turkish ones too, a planner names a
    /// scenario `hedef-artış` — digits and `-`; `baseline` is reserved for "no scenario".
    public static func isValidName(_ name: String) -> Bool {
        name != "baseline" && !name.isEmpty && name.allSatisfy { ("a"..."z").contains($0) || turkishLetters.contains($0) || $0.isASCII && $0.isNumber || $0 == "-" }
    }

    /// The Turkish lowercase letters outside a–z, and the circumflexed vowels of loanwords.
    static let turkishLetters: Set<Character> = ["ç", "ğ", "ı", "ö", "ş", "ü", "â", "î", "û"]

    /// What `isValidName` accepts, for messages.
    public static let nameRule = "lowercase letters — ç ğ ı ö ş ü too — digits and -; not \"baseline\""
}
