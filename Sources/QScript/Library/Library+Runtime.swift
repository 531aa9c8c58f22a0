extension Library {
    /// The descriptor that decides how a value of static type `id` prints and displays: the
    /// value's own type when `id` is a protocol.
    func presenter(of v: Value, _ id: NativeTypeID) -> NativeTypeDescriptor? {
        guard let d = type(id) else { return nil }
        if d.isProtocol { return dynamicType(of: v.native.value) }
        return d
    }

    func describe(_ v: Value, _ id: NativeTypeID, debug: Bool) -> String {
        let x = v.native.value
        guard let d = presenter(of: v, id) else { return String(describing: x) }
        if debug, let dd = d.debugDescribe { return dd(x) }
        return d.describe(x)
    }

    func equal(_ a: Value, _ b: Value, _ id: NativeTypeID) -> Bool {
        guard let eq = type(id)?.equal else { return false }
        return eq(a.native.value, b.native.value)
    }

    /// The output for `show(x)` or a cell's last value: rich if the type offers it, else text.
    func display(_ v: Value, _ t: QType) throws(Trap) -> CellOutput {
        if case .native(let id) = t, let d = presenter(of: v, id), let f = d.display, let rich = f(v.native.value) {
            return .rich(rich)
        }
        return .value(try Describe.description(v, t, library: self))
    }

    static func uniqueBox(_ v: inout Value) -> NativeBox {
        guard case .native(var box) = v else { unreachableCase() }
        v = .void
        if !isKnownUniquelyReferenced(&box) { box = NativeBox(box.value) }
        v = .native(box)
        return box
    }

    /// A library error as a located trap: QScript's own traps (from a cell's closure the library
    /// called) pass through; the library's errors are translated when it says how (its time
    /// limit becomes the cell's `timeout`), else reported as `library-error` with their text.
    func trap(_ error: any Error, _ loc: SourceLoc, timeout: Double? = nil) -> Trap {
        if let t = error as? Trap { return t }
        let e = (error as? ScriptError) ?? translateError?(error) ?? ScriptError("\(error)")
        switch e.kind {
        case .timeout:
            return timeoutTrap(loc, seconds: timeout)
        case .memoryLimit:
            return Trap(id: "memory-limit", message: e.message, loc: loc,
                        notes: [Diagnostic.Note(message: "raise the limit with '//| memory: 20GB' if the machine has room")])
        case .libraryError:
            return Trap(id: "library-error", message: e.message, loc: loc)
        }
    }
}
