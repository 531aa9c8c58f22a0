/// The state a session reached after running some cells, as bytes that can be kept on disk, so
/// that a later process can continue from it without running those cells again.
///
/// What a snapshot holds: the value of every global variable the cells declared, in the order
/// the session committed them (including variables a later declaration hides, which earlier
/// functions may still use), and for each cell that stopped with an error, the names it kept.
/// What it does not hold, because restoring rebuilds it: the cells' names, types and functions,
/// which `Session.restore` gets by checking the same cells' sources again (without running
/// them). A state that cannot be written faithfully is refused (`SnapshotError.unsavable`):
/// a closure (it may share variables that nothing else names), or a library value whose type is
/// not `Codable`.
public struct SessionSnapshot: Sendable, Hashable {
    public let bytes: [UInt8]

    public init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The format's first bytes; a new layout changes them, so an old file is never misread.
    static let magic: [UInt8] = Array("qbook-session-1\n".utf8)
}

public enum SnapshotError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The session holds something a snapshot cannot carry faithfully (the reason says what).
    case unsavable(String)
    /// The bytes are not a snapshot this version of QScript wrote.
    case corrupt(String)
    /// The cells given to `restore` do not declare what the snapshot holds.
    case mismatch(String)

    public var description: String {
        switch self {
        case .unsavable(let reason): reason
        case .corrupt(let reason): "the snapshot cannot be read: \(reason)"
        case .mismatch(let reason): "the snapshot does not fit these cells: \(reason)"
        }
    }
}
