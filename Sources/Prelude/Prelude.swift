import QScript

/// QSim and QGen as tutorial cells see them: the course library registered into QScript with
/// the names Swift code uses (DESIGN.md, "Stable core API"), so a cell means what the same code
/// means in a Swift program that imports the library.
///
/// Every binding checks its arguments with QSim's throwing `validate…` functions before calling
/// the API, so bad input in a cell becomes a located error, never a trap of the process.
public enum Prelude {
    /// A library with every binding; build one per session.
    public static func library() -> Library {
        Library(bindings: bindings)
    }

    /// Every binding of the course library (order does not matter).
    static var bindings: [Binding] {
        observables + stateVector + circuit + circuitOperators + gateValues + gradients + noise + clifford
    }

    /// A session for one tutorial, with the course library bound in.
    public static func session(limits: Session.Limits = Session.Limits()) -> Session {
        Session(limits: limits, library: library())
    }
}
