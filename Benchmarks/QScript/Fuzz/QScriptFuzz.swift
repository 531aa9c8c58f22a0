import QScript

// libFuzzer entry point: any bytes, as a cell, must give a result (an error diagnostic or
// output) without crashing or hanging. Built and run by `Benchmarks/QScript/fuzz.sh`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let source = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let session = Session(limits: .init(timeout: 2, maxRecursionDepth: 300, maxAllocationBytes: 1 << 24,
                                        maxOutputCharacters: 10_000))
    _ = session.run(source)
    // A second cell in the same session exercises the state kept after the first.
    _ = session.run("print(1)")
    return 0
}
