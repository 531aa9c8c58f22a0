extension Library {
    func describe(_ v: Value, _ id: NativeTypeID, debug: Bool) -> String {
        guard let d = type(id) else { return id.name }
        let x = v.native.value
        if debug, let dd = d.debugDescribe { return dd(x) }
        return d.describe(x)
    }

    func equal(_ a: Value, _ b: Value, _ id: NativeTypeID) -> Bool {
        guard let eq = type(id)?.equal else { return false }
        return eq(a.native.value, b.native.value)
    }

    /// The output for `show(x)` or a cell's last value: rich if the type offers it, else text.
    func display(_ v: Value, _ t: QType) -> CellOutput {
        if case .native(let id) = t, let d = type(id), let f = d.display, let rich = f(v.native.value) {
            return .rich(rich)
        }
        return .value(Describe.description(v, t, library: self))
    }

    /// Gives `body` a uniquely referenced box for the native value in `v` (copying it if shared),
    /// so value semantics hold while the library mutates it in place.
    func mutate(_ v: Value, loc: SourceLoc, _ body: (inout Value) throws(Trap) -> Void) throws(Trap) -> Value {
        var x = v
        try body(&x)
        return x
    }

    static func uniqueBox(_ v: inout Value) -> NativeBox {
        guard case .native(var box) = v else { unreachableCase() }
        v = .void
        if !isKnownUniquelyReferenced(&box) { box = NativeBox(box.value) }
        v = .native(box)
        return box
    }

    static func trap(_ error: Error, _ loc: SourceLoc) -> Trap {
        if let t = error as? Trap { return t }
        return Trap(id: "library-error", message: "\(error)", loc: loc)
    }
}
