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

/// A callable value: a `func` declaration or a closure, compiled.
final class Function {
    let name: String
    /// Slots the body needs: slot 0 holds the return value, parameters follow, then locals.
    /// (Set once after compiling when the function was declared before its body was compiled;
    /// never changed while code runs, so dynamic exclusivity checks would only cost time.)
    @exclusivity(unchecked) var frameSize: Int
    let paramCount: Int
    /// Boxes of captured variables, copied into `captureSlots` on each call.
    let captures: [Ref]
    let captureSlots: [Int]
    let hasCaptures: Bool
    /// The declared result is not `Void`: a body that ends without `return` is an error.
    @exclusivity(unchecked) var mustReturn: Bool
    /// The compiled body; the result is left in slot 0.
    var body: Exec {
        get { codeStrong.run }
        set {
            let box = Body(run: newValue)
            codeStrong = box
            code = Unmanaged.passUnretained(box)
        }
    }
    /// Calls reach the body through an unretained, guaranteed reference (saving retain/release
    /// pairs per call); `codeStrong` keeps it alive.
    @exclusivity(unchecked) var code: Unmanaged<Body>
    @exclusivity(unchecked) private var codeStrong: Body

    @inline(__always)
    func run(_ fp: Frame) throws(Trap) -> Flow {
        do {
            return try code._withUnsafeGuaranteedRef { try $0.run(fp) }
        } catch let t as Trap {
            throw t
        } catch {
            unreachableCase()
        }
    }

    final class Body {
        let run: Exec
        init(run: @escaping Exec) { self.run = run }
    }

    init(name: String, frameSize: Int, paramCount: Int, captures: [Ref] = [], captureSlots: [Int] = [],
         mustReturn: Bool = false, body: @escaping Exec) {
        self.name = name
        self.frameSize = frameSize
        self.paramCount = paramCount
        self.captures = captures
        self.captureSlots = captureSlots
        self.hasCaptures = !captures.isEmpty
        self.mustReturn = mustReturn
        let box = Body(run: body)
        self.codeStrong = box
        self.code = Unmanaged.passUnretained(box)
    }
}
