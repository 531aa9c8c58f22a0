import Foundation
import Testing
@testable import QBook

@Suite struct JSONValueTests {
    @Test func escapesWhatJSONRequires() throws {
        let text = "quote \" backslash \\ newline \n tab \t bell \u{07} ψ"
        let json = JSONValue.object([("text", .string(text)), ("n", .int(-3)), ("ok", .bool(true)), ("none", .null)])
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.serialized().utf8)) as? [String: Any])
        #expect(parsed["text"] as? String == text)
        #expect(parsed["n"] as? Int == -3)
        #expect(parsed["ok"] as? Bool == true)
        #expect(parsed["none"] is NSNull)
    }

    @Test func keepsKeysInTheOrderWritten() {
        let json = JSONValue.object([("b", .int(1)), ("a", .array([.int(2), .array([])])), ("c", .object([]))])
        #expect(json.serialized() == "{\n  \"b\": 1,\n  \"a\": [\n    2,\n    []\n  ],\n  \"c\": {}\n}")
    }
}
