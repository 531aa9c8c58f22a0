/// A heap cell holding one value: a global variable, or a local captured by a closure.
///
/// The value lives behind an unsafe pointer rather than in a stored `var`, so that reading it
/// in hot loops costs one load (stored class properties would pay Swift's dynamic exclusivity
/// checks on every access).
final class Ref {
    let pointer: UnsafeMutablePointer<Value>

    init(_ value: Value = .void) {
        pointer = .allocate(capacity: 1)
        pointer.initialize(to: value)
    }

    deinit {
        pointer.deinitialize(count: 1)
        pointer.deallocate()
    }

    @inline(__always) var value: Value {
        get { pointer.pointee }
        set { pointer.pointee = newValue }
    }
}
