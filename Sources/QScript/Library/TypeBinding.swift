/// Declares the members of one library type `T` (see `Library.register`).
///
/// Signatures are written as Swift names them: `"init(qubits:)"`, `"rx(_:_:)"`,
/// `"sample(shots:seed:)"`; the closure's parameter and result types give the static types.
public final class TypeBinding<T> {
    unowned let library: Library
    let descriptor: NativeTypeDescriptor

    init(library: Library, descriptor: NativeTypeDescriptor) {
        self.library = library
        self.descriptor = descriptor
    }

    var selfType: QType { .native(descriptor.id) }

    func addInitializer(_ signature: String, params: [Any.Type], _ body: @escaping ([Any]) throws -> Any) {
        descriptor.initializers.append(library.makeFunction(signature, receiver: nil, isMutating: false, params: params, result: T.self, body))
    }

    func addMethod(_ signature: String, params: [Any.Type], result: Any.Type, _ body: @escaping ([Any]) throws -> Any) {
        let f = library.makeFunction(signature, receiver: selfType, isMutating: false, params: params, result: result, body)
        descriptor.methods[f.name, default: []].append(f)
    }

    func addMutating(_ signature: String, params: [Any.Type], result: Any.Type, _ body: @escaping (inout T, [Any]) throws -> Any) {
        let f = library.makeMutating(signature, params: params, result: result) { box, args in
            // Take the value out of the box so it is uniquely referenced while it changes.
            var x = box.value as! T
            box.value = ()
            defer { box.value = x }
            return try body(&x, args)
        }
        descriptor.methods[f.name, default: []].append(f)
    }

    func addStatic(_ signature: String, params: [Any.Type], result: Any.Type, _ body: @escaping ([Any]) throws -> Any) {
        let f = library.makeFunction(signature, receiver: nil, isMutating: false, params: params, result: result, body)
        descriptor.staticOverloads[f.name, default: []].append(f)
    }

    /// A read-only property.
    public func property<R>(_ name: String, _ get: @escaping (T) -> R) {
        guard let t = library.qtype(of: R.self) else { preconditionFailure("QScript binding '\(name)': type \(R.self) is not registered") }
        let lib = library
        descriptor.properties[name] = NativeProperty(type: t, getter: { v in lib.toValue(get(v.native.value as! T), t) }, setter: nil)
    }

    /// A settable property.
    public func property<R>(_ name: String, get: @escaping (T) -> R, set: @escaping (inout T, R) -> Void) {
        guard let t = library.qtype(of: R.self) else { preconditionFailure("QScript binding '\(name)': type \(R.self) is not registered") }
        let lib = library
        descriptor.properties[name] = NativeProperty(
            type: t, getter: { v in lib.toValue(get(v.native.value as! T), t) },
            setter: { (v: inout Value, x: Value) throws(Trap) in
                var s = v.native.value as! T
                set(&s, lib.fromValue(x, t, R.self) as! R)
                v = .native(NativeBox(s))
            })
    }

    /// A static property, e.g. `Gate.hadamard`; also reachable as `.hadamard` where a `T` is expected.
    public func staticProperty<R>(_ name: String, _ get: @escaping () -> R) {
        addStatic(name, params: [], result: R.self) { _ in get() }
        descriptor.statics[name] = descriptor.staticOverloads[name]!.last!
        descriptor.staticOverloads[name] = nil
    }

    /// How `print` and interpolation show a value (default: `String(describing:)`).
    public func description(_ f: @escaping (T) -> String) {
        descriptor.describe = { f($0 as! T) }
    }

    /// How a value shows inside a collection (default: the description).
    public func debugDescription(_ f: @escaping (T) -> String) {
        descriptor.debugDescribe = { f($0 as! T) }
    }

    /// A rich display (SVG, table) shown by `show(x)` and for a cell's last value.
    public func display(_ f: @escaping (T) -> RichDisplay?) {
        descriptor.display = { f($0 as! T) }
    }

    /// An integer subscript, e.g. `state[3]`.
    public func subscriptGetter<R>(_ get: @escaping (T, Int) throws -> R) {
        guard let r = library.qtype(of: R.self) else { preconditionFailure("QScript binding subscript: type \(R.self) is not registered") }
        let lib = library
        descriptor.subscriptGetter = (.int, r, { (v: Value, i: Value, loc: SourceLoc) throws(Trap) -> Value in
            do {
                return lib.toValue(try get(v.native.value as! T, i.int), r)
            } catch {
                throw Trap(id: "library-error", message: "\(error)", loc: loc)
            }
        })
    }
}
