/// Collects one cell's outputs, merging consecutive prints and enforcing the output cap.
final class OutputBuffer {
    private(set) var outputs: [CellOutput] = []
    private var text = ""
    private var written = 0
    private var cut = 0
    var limit = 1_000_000

    func reset(limit: Int) {
        outputs = []
        text = ""
        written = 0
        cut = 0
        self.limit = limit
    }

    func write(_ s: String) {
        let n = s.count
        if written >= limit {
            cut += n
            return
        }
        if written + n > limit {
            let keep = limit - written
            text += s.prefix(keep)
            cut += n - keep
            written = limit
            return
        }
        text += s
        written += n
    }

    func flushText() {
        if !text.isEmpty {
            outputs.append(.text(text))
            text = ""
        }
    }

    func append(_ output: CellOutput) {
        flushText()
        outputs.append(output)
    }

    /// The outputs, with a note when text was cut.
    func finish() -> [CellOutput] {
        if cut > 0 {
            text += "\n[output cut: \(cut) more characters not shown (limit \(limit))]\n"
            cut = 0
        }
        flushText()
        return outputs
    }
}
