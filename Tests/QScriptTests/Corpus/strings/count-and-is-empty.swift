// count counts characters (grapheme clusters), not bytes.
let words = ["", "a", "qubit", "caf\u{E9}", "e\u{301}", "\u{1F600}", "tab\t"]
for w in words {
    print("[\(w)]", w.count, w.isEmpty)
}
