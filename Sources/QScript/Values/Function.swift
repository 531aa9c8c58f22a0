/// A callable value: a `func` declaration or a closure, compiled.
final class Function {
    let name: String
    let paramCount: Int
    /// Boxes of captured variables, copied into `captureSlots` on each call.
    let captures: [Ref]
    let captureSlots: [Int]
    let hasCaptures: Bool

    /// Everything a call needs of the compiled body, immutable. A top-level `func` gets its
    /// `Function` when declared (so call sites can hold it) and its `Body` when the body has
    /// been compiled.
    final class Body {
        /// The body as statements; the result is left in slot 0.
        let run: Exec
        /// For a body that is a chain of `Int` returns (see `IntReturn`): the result, returned
        /// directly, with no `Value` in slot 0. (Not optional: binding an optional closure copies
        /// it, a retain and a release per call.)
        let int: IntCode
        /// `int` exists and the frame is trivial: calls for an `Int` take the fast path.
        let runsInt: Bool
        /// Slots the body needs: slot 0 holds the return value, parameters follow, then locals.
        let frameSize: Int
        /// Slots 1... only ever hold `Int`, `Double` or `Bool`: leaving the frame releases nothing.
        let trivialFrame: Bool
        /// The declared result is not `Void`: a body that ends without `return` is an error.
        let mustReturn: Bool

        init(run: @escaping Exec, int: IntCode? = nil, frameSize: Int, trivialFrame: Bool = false, mustReturn: Bool) {
            self.run = run
            // (Not `int ?? ...`: a typed-throws function in `??`'s autoclosure crashes Swift 6.3's SILGen.)
            if let int {
                self.int = int
            } else {
                let none: IntCode = { _ throws(Trap) in unreachableCase() }
                self.int = none
            }
            self.runsInt = int != nil && trivialFrame
            self.frameSize = frameSize
            self.trivialFrame = trivialFrame
            self.mustReturn = mustReturn
        }
    }

    /// Calls reach the body through an unretained, guaranteed reference (saving retain/release
    /// pairs per call); `bodyStrong` keeps it alive. Replaced only between runs of code (when a
    /// body is compiled or torn down), so dynamic exclusivity checks would only cost time.
    @exclusivity(unchecked) private var code: Unmanaged<Body>
    @exclusivity(unchecked) private var bodyStrong: Body

    init(name: String, paramCount: Int, captures: [Ref] = [], captureSlots: [Int] = [], body: Body) {
        self.name = name
        self.paramCount = paramCount
        self.captures = captures
        self.captureSlots = captureSlots
        self.hasCaptures = !captures.isEmpty
        self.bodyStrong = body
        self.code = Unmanaged.passUnretained(body)
    }

    var body: Body {
        get { bodyStrong }
        set {
            bodyStrong = newValue
            code = Unmanaged.passUnretained(newValue)
        }
    }

    /// Runs `use` with the body, borrowed: no reference counting on the way.
    @inline(__always)
    func withBody<R>(_ use: (Body) throws(Trap) -> R) throws(Trap) -> R {
        do {
            return try code._withUnsafeGuaranteedRef { try use($0) }
        } catch let t as Trap {
            throw t
        } catch {
            unreachableCase()
        }
    }
}
