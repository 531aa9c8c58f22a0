/// What running one cell gave.
public struct CellResult: Sendable, Hashable {
    public enum Status: String, Sendable, Hashable {
        /// Every statement ran.
        case ok
        /// The cell was rejected before running, or a statement trapped.
        case error
    }

    public var status: Status
    public var outputs: [CellOutput]

    public init(status: Status, outputs: [CellOutput]) {
        self.status = status
        self.outputs = outputs
    }

    /// The diagnostics among the outputs.
    public var diagnostics: [Diagnostic] {
        outputs.compactMap { if case .error(let d) = $0 { d } else { nil } }
    }
}
