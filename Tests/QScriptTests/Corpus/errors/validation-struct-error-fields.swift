// A struct error carries fields; catch binds it with 'let e as', prints it and reads its fields.
struct ValidationError: Error { let field: String; let reason: String; var code = 400 }
func validate(qubits: Int, shots: Int) throws -> Int {
    guard qubits > 0 else { throw ValidationError(field: "qubits", reason: "must be positive") }
    guard shots <= 10_000 else { throw ValidationError(field: "shots", reason: "too many", code: 413) }
    return qubits * shots
}
for (q, s) in [(2, 100), (0, 10), (3, 20_000)] {
    do {
        print("ok", try validate(qubits: q, shots: s))
    } catch let e as ValidationError {
        print(e)
        print("\(e.field): \(e.reason) [\(e.code)]")
    } catch {
        print("unexpected", error)
    }
}
