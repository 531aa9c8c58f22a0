/// Materialising anything `for` can iterate into an array of its elements.
enum Sequences {
    typealias Elements = (Value) throws(Trap) -> [Value]

    /// Refuses to materialise more elements than one allocation may hold.
    static func checkCount(_ n: Int, _ m: UnsafeMutablePointer<MachineState>, _ loc: SourceLoc) throws(Trap) {
        let limit = m.pointee.maxAllocation / MemoryLayout<Value>.stride
        if n > limit {
            throw Trap(id: "allocation-limit", message: "refusing to materialise \(n) elements (the limit for one allocation is \(ByteCount.format(m.pointee.maxAllocation)))", loc: loc)
        }
    }

    static func elements(_ t: QType, _ m: UnsafeMutablePointer<MachineState>, _ loc: SourceLoc) -> Elements {
        switch t {
        case .wrapper:
            return { $0.tuple[0].array }
        case .sequence(.substring, _), .string:
            return { v in v.string.map { .character($0) } }
        case .array, .sequence:
            return { $0.array }
        case .range, .stride(.int, _):
            return { (v) throws(Trap) in
                let r = v.rangeValue
                let n = r.count
                try checkCount(n, m, loc)
                var out: [Value] = []
                out.reserveCapacity(n)
                var x = r.lower
                for _ in 0..<n {
                    out.append(.int(x))
                    x &+= r.step
                }
                return out
            }
        case .stride:
            return { (v) throws(Trap) in
                guard case .doubleStride(let s) = v else { unreachableCase() }
                let estimate = (s.to - s.from) / s.by
                if estimate.isFinite { try checkCount(Int(min(max(estimate, 0), 1e18)), m, loc) } else { try checkCount(.max, m, loc) }
                return s.elements.map { .double($0) }
            }
        case .dictionary:
            return { v in
                let d = v.dictionary
                return (0..<d.count).map { .tuple([d.keys[$0], d.values[$0]]) }
            }
        default:
            return { _ in [] }
        }
    }
}
