import Testing
import QScript
@testable import Prelude

/// The Prelude's bindings are consistent (checked here so a mistake fails a test rather than
/// stopping the process), and its README's member table is the one the bindings generate.
@Suite struct PreludeLibraryTests {
    @Test func bindingsHaveNoProblems() {
        #expect(Library.problems(in: Prelude.bindings) == [])
    }
}
