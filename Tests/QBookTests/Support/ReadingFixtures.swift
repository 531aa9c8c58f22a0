import TestSupport

extension FixtureFolder {
    /// `Fixtures/Reading`: tutorials as an author might write them, each with the golden dump of
    /// what reading it gives (`<name>.md` → `<name>.golden`).
    static let reading = FixtureFolder("../Fixtures/Reading")
}
