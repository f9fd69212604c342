/// Columns a CSV had beyond the format's own, kept in their order and shown, never dropped.
public struct ExtraFields: Sendable, Hashable, Codable {
    public private(set) var names: [String]
    public private(set) var values: [String]

    public init(names: [String] = [], values: [String] = []) {
        precondition(names.count == values.count)
        self.names = names
        self.values = values
    }

    public static let none = ExtraFields()

    public var isEmpty: Bool { names.isEmpty }

    public subscript(name: String) -> String? {
        names.firstIndex(of: name).map { values[$0] }
    }

    /// Name–value pairs, in column order.
    public var pairs: [(name: String, value: String)] {
        Array(zip(names, values)).map { (name: $0.0, value: $0.1) }
    }
}
