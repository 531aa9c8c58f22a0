/// What a standard member's implementation receives: the checked receiver (and the value as the
/// cell wrote it), the checked arguments, the bound type variables and the call's context.
struct StandardCall {
    let checker: Checker
    let signature: StandardSignature
    /// The receiver; a sequence other than an array (a string, a range, a view, a dictionary's
    /// entries) seen by an `Array` row as the array of its elements.
    let receiver: Typed
    /// The receiver as written (the string, the range, the view, the dictionary).
    let original: Typed
    /// The checked arguments, one per parameter; nil where the parameter's default applies,
    /// and for special forms (which check `written` themselves).
    let arguments: [Typed?]
    /// The arguments as written, one per parameter (nil where the default applies).
    let written: [Argument?]
    /// The type variables, bound from the receiver (`Element`, `Key`, `Value`, `Self`,
    /// `Wrapped`) and from the arguments (`T`, `R`, `S`, `U`).
    let types: [String: QType]
    let expected: QType?
    let loc: SourceLoc
    /// A mutating member's receiver: the place it changes, and its name in traps.
    var place: Place? = nil
    var baseName = ""
    /// A property's receiver as written (its fast paths read a variable's storage).
    var baseExpr: Expr? = nil

    var element: QType { types["Element"]! }
    var m: UnsafeMutablePointer<MachineState> { checker.m }
    var library: Library { checker.library }
    /// The receiver's code, as a value.
    var value: ValueCode { receiver.code.value }
    /// Whether an `Array` row was reached through a string (its results are strings).
    var sourceIsString: Bool {
        switch original.type {
        case .string, .sequence(.substring, _): true
        default: false
        }
    }

    /// The argument for parameter `i`, as a value (a required parameter).
    func argument(_ i: Int) -> ValueCode { arguments[i]!.code.value }

    func error(_ id: String, _ message: String, at loc: SourceLoc? = nil) -> CheckError {
        checker.error(id, message, at: loc ?? self.loc)
    }
}
