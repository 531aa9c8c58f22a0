/// A library value inside QScript: the Swift value itself, kept as `Any`.
///
/// Library types are value types, so a box is never mutated while shared: mutating code
/// copies the box first unless it is uniquely referenced (see `Library`).
final class NativeBox {
    var value: Any

    init(_ value: Any) {
        self.value = value
    }
}
