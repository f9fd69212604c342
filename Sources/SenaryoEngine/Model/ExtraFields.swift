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

    /// The values of the columns `names`, in that order (nil for a column this row lacks).
    ///
    /// Tables show every row's extra columns by the first row's names: looking each name up
    /// was quadratic in the columns (a million columns took `goals` 15 minutes). Rows of one
    /// file share their names, so this is usually just `values`; otherwise one index is built.
    public func values(for names: [String]) -> [String?] {
        if names == self.names { return values }
        var index: [String: Int] = [:]
        index.reserveCapacity(self.names.count)
        for (position, name) in self.names.enumerated() where index[name] == nil { index[name] = position }
        return names.map { index[$0].map { values[$0] } }
    }

    /// Name–value pairs, in column order.
    public var pairs: [(name: String, value: String)] {
        Array(zip(names, values)).map { (name: $0.0, value: $0.1) }
    }
}
