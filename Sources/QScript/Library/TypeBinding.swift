/// Declares the members of one library type `T` (see `Binding`).
///
/// A signature names the member as Swift does, either by its labels only — `"sample(shots:seed:)"`,
/// `"rx(_:_:)"`: the closure's parameter and result types give the static types — or as Swift
/// declares it, with types, default values and a result type:
/// `"init(qubits: Int, layers: Int = 1, seed: Int = 0)"`,
/// `"train(steps: Int, onStep: ((Int, Double) -> Void)? = nil) -> [Double]"`,
/// `"expectationGradient(of: Observable) -> (value: Double, gradient: [Double])"`.
/// Declared types must agree with the closure's (checked when the library is built); defaults
/// are Swift expressions evaluated where the call leaves the argument out; a tuple result needs
/// its type declared. Any number of parameters.
public final class TypeBinding<T> {
    unowned let library: Library
    let descriptor: NativeTypeDescriptor

    init(library: Library, descriptor: NativeTypeDescriptor) {
        self.library = library
        self.descriptor = descriptor
    }

    var selfType: QType { .native(descriptor.id) }
    var typeName: String { descriptor.id.name }

    /// An initialiser: `t.initializer("init(qubits:)") { (n: Int) in try Circuit.checked(qubits: n) }`.
    public func initializer<each A>(_ signature: String, _ body: @escaping (repeat each A) throws -> T) {
        if let f = library.resolve(MemberSpec(signature, body), owner: typeName, kind: .initializer) {
            descriptor.initializers.append(f)
        }
    }

    /// A failable initialiser (`init?`): cells get an optional, as in Swift.
    public func failableInitializer<each A>(_ signature: String, _ body: @escaping (repeat each A) throws -> T?) {
        if let f = library.resolve(MemberSpec(signature, body), owner: typeName, kind: .initializer) {
            descriptor.initializers.append(f)
        }
    }

    /// A method: `t.method("probabilities()") { (psi: StateVector) in psi.probabilities() }`.
    public func method<each A, R>(_ signature: String, _ body: @escaping (T, repeat each A) throws -> R) {
        if let f = library.resolve(MemberSpec(method: signature, body), owner: typeName, kind: .method) {
            descriptor.methods[f.name, default: []].append(f)
        }
    }

    /// A mutating method: `t.mutatingMethod("h(_:)") { (c: inout Circuit, q: Int) in try c.checkedAppend(.h, on: [q]) }`.
    public func mutatingMethod<each A, R>(_ signature: String, _ body: @escaping (inout T, repeat each A) throws -> R) {
        if let f = library.resolveMutating(MutatingSpec(signature, body), owner: typeName) {
            descriptor.methods[f.name, default: []].append(f)
        }
    }

    /// `T` is a `RandomNumberGenerator`: cells may pass `&generator` to the standard library's
    /// `random(in:using:)`, `shuffled(using:)` and `randomElement(using:)`, which run the real
    /// standard-library algorithms on this generator's `next()`.
    public func randomNumberGenerator() where T: RandomNumberGenerator {
        descriptor.randomNext = { box in
            var g = box.value as! T
            let x = g.next()
            box.value = g
            return x
        }
    }

    /// A static method, e.g. `PauliString.z(0)`; also reachable as `.z(0)` where a `T` is expected.
    public func staticMethod<each A, R>(_ signature: String, _ body: @escaping (repeat each A) throws -> R) {
        if let f = library.resolve(MemberSpec(signature, body), owner: typeName, kind: .staticMethod) {
            descriptor.staticOverloads[f.name, default: []].append(f)
        }
    }

    /// A static property, e.g. `Gate.hadamard`; also reachable as `.hadamard` where a `T` is expected.
    public func staticProperty<R>(_ name: String, _ get: @escaping () throws -> R) {
        if let f = library.resolve(MemberSpec(name, get), owner: typeName, kind: .staticProperty) {
            descriptor.statics[name] = f
        }
    }

    /// A read-only property.
    public func property<R>(_ name: String, _ get: @escaping (T) throws -> R) {
        if let p = library.resolveProperty(name, owner: typeName, get: get, set: nil as ((inout T, R) throws -> Void)?) {
            descriptor.properties[name] = p
        }
    }

    /// A settable property.
    public func property<R>(_ name: String, get: @escaping (T) throws -> R, set: @escaping (inout T, R) throws -> Void) {
        if let p = library.resolveProperty(name, owner: typeName, get: get, set: set) {
            descriptor.properties[name] = p
        }
    }

    /// A read-only subscript, e.g. `state[3]` or `rho[0, 1]`: the signature names its labels
    /// (`"subscript(_:_:)"`, usually unlabelled, as Swift's subscripts are).
    public func subscriptGetter<each A, R>(_ signature: String = "subscript(_:)", _ get: @escaping (T, repeat each A) throws -> R) {
        if let f = library.resolve(MemberSpec(method: signature, get), owner: typeName, kind: .method) {
            descriptor.subscripts.append(f)
        }
    }

    /// The type is `ExpressibleByIntegerLiteral`: `1` where a `T` is expected makes `make(1)`.
    public func integerLiteral(_ make: @escaping (Int) throws -> T) {
        descriptor.integerLiteral = { try make($0.int) }
    }

    /// The type is `ExpressibleByFloatLiteral`: `0.5` where a `T` is expected makes `make(0.5)`.
    public func floatLiteral(_ make: @escaping (Double) throws -> T) {
        descriptor.floatLiteral = { try make($0.double) }
    }

    /// How `print` and interpolation show a value (default: `String(describing:)`).
    public func description(_ f: @escaping (T) -> String) {
        descriptor.describe = { f($0 as! T) }
    }

    /// How a value shows inside a collection (default: the description).
    public func debugDescription(_ f: @escaping (T) -> String) {
        descriptor.debugDescribe = { f($0 as! T) }
    }

    /// A rich display (a figure, a table) shown by `show(x)` and for a cell's last value.
    public func display(_ f: @escaping (T) -> RichDisplay?) {
        descriptor.display = { f($0 as! T) }
    }
}
