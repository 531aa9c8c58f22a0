/// Markdown's "space or tab" (CommonMark's indentation and fence whitespace); narrower than
/// `Character.isWhitespace`, which would take line breaks and Unicode spaces too.
extension Character {
    var isSpaceOrTab: Bool { self == " " || self == "\t" }
}

extension String {
    /// Without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        String(drop(while: \.isSpaceOrTab).reversed().drop(while: \.isSpaceOrTab).reversed())
    }
}

extension Substring {
    /// Without trailing spaces and tabs.
    func trimmingTrailingWhitespace() -> Substring {
        var copy = self
        while copy.last?.isSpaceOrTab == true { copy.removeLast() }
        return copy
    }
}
