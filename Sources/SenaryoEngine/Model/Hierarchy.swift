/// Orders items of a parent–child hierarchy depth-first, keeping the given order among siblings.
///
/// Reports print trees in their own order (A1, H1.1, H1.2, A2, ...); this keeps that order
/// while nesting each child under its parent, wherever the child appears in the file.
public enum Hierarchy {
    /// Each item with its depth (roots are 0). Items whose parent is absent are roots.
    public static func depthFirst<Item>(_ items: [Item], key: (Item) -> String, parent: (Item) -> String?) -> [(item: Item, depth: Int)] {
        // By position: each key is hashed once, and an item's children are found through the
        // first item with its key (items sharing a key share its children, as a lookup by key did).
        var firstWith: [String: Int] = [:]
        firstWith.reserveCapacity(items.count)
        var keyOwner = [Int](repeating: 0, count: items.count)
        for (index, item) in items.enumerated() {
            let k = key(item)
            if let first = firstWith[k] { keyOwner[index] = first } else { firstWith[k] = index; keyOwner[index] = index }
        }
        var children = [[Int]](repeating: [], count: items.count)
        var roots: [Int] = []
        for (index, item) in items.enumerated() {
            if let p = parent(item), let owner = firstWith[p], p != key(item) {
                children[owner].append(index)
            } else {
                roots.append(index)
            }
        }
        var result: [(Item, Int)] = []
        result.reserveCapacity(items.count)
        var visited = [Bool](repeating: false, count: items.count)
        // An explicit stack, not recursion: a valid chain may be tens of thousands deep.
        // Children are pushed last-first so that they come off in their order.
        var stack: [(index: Int, depth: Int)] = []
        func visit(_ start: Int) {
            stack.append((start, 0))
            while let (index, depth) = stack.popLast() {
                guard !visited[index] else { continue }  // cycles never loop
                visited[index] = true
                result.append((items[index], depth))
                for child in children[keyOwner[index]].reversed() { stack.append((child, depth + 1)) }
            }
        }
        for root in roots { visit(root) }
        for index in items.indices where !visited[index] { visit(index) }
        return result
    }

    /// The codes of `root` and everything below it.
    public static func descendants<Item>(of root: String, in items: [Item], key: (Item) -> String, parent: (Item) -> String?) -> Set<String> {
        var children: [String: [String]] = [:]
        for item in items { if let p = parent(item) { children[p, default: []].append(key(item)) } }
        var result: Set<String> = [root]
        var stack = [root]
        while let next = stack.popLast() {
            for child in children[next] ?? [] where result.insert(child).inserted { stack.append(child) }
        }
        return result
    }
}
