// hasPrefix, hasSuffix and contains for substrings.
let files = ["bell.qasm", "ghz.qasm", "notes.md", "bell-test.md"]
for f in files {
    print(f, f.hasPrefix("bell"), f.hasSuffix(".qasm"), f.contains("-"))
}
print("".hasPrefix(""), "abc".hasPrefix(""), "abc".contains(""), "abc".contains("abcd"))
print("superposition".contains("posit"))
