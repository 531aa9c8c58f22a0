/// A hashable image of a dictionary key (keys are Int, Double, Bool, String, Character, arrays
/// of them, or `Hashable` structs, held as tuples).
enum HashKey: Hashable {
    case int(Int)
    case double(Double)
    case bool(Bool)
    case string(String)
    case character(Character)
    case array([HashKey])
    /// A dictionary: its key-value pairs, in no order (equal dictionaries hash alike).
    case pairs(Set<[HashKey]>)
    case none

    init(_ v: Value) {
        switch v {
        case .int(let i): self = .int(i)
        case .double(let d): self = .double(d)
        case .bool(let b): self = .bool(b)
        case .string(let s): self = .string(s)
        case .character(let c): self = .character(c)
        case .array(let a), .tuple(let a): self = .array(a.map(HashKey.init))
        case .dictionary(let d): self = .pairs(Set(zip(d.keys, d.values).map { [HashKey($0), HashKey($1)] }))
        default: self = .none
        }
    }
}

/// A dictionary that iterates (and prints) in insertion order.
///
/// Swift's own `Dictionary` iterates in an order that changes from run to run; any fixed order is
/// one that a swiftc build could print, and insertion order keeps notebook output stable.
struct DictionaryValue {
    private(set) var keys: [Value] = []
    private(set) var values: [Value] = []
    private var index: [HashKey: Int] = [:]

    var count: Int { keys.count }

    func find(_ key: Value) -> Int? { index[HashKey(key)] }

    subscript(key: Value) -> Value? { find(key).map { values[$0] } }

    mutating func set(_ key: Value, _ value: Value) {
        let h = HashKey(key)
        if let i = index[h] {
            values[i] = value
        } else {
            index[h] = keys.count
            keys.append(key)
            values.append(value)
        }
    }

    /// Mutates the value stored under `key` in place (inserting `initial` first if absent).
    mutating func modify<E: Error>(_ key: Value, initial: Value, _ body: (inout Value) throws(E) -> Void) throws(E) {
        let h = HashKey(key)
        let i: Int
        if let found = index[h] {
            i = found
        } else {
            i = keys.count
            index[h] = i
            keys.append(key)
            values.append(initial)
        }
        try body(&values[i])
    }

    @discardableResult
    mutating func remove(_ key: Value) -> Value? {
        let h = HashKey(key)
        guard let i = index.removeValue(forKey: h) else { return nil }
        let old = values[i]
        keys.remove(at: i)
        values.remove(at: i)
        for j in i..<keys.count { index[HashKey(keys[j])] = j }
        return old
    }
}
