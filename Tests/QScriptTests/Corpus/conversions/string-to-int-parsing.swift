// Int(String) accepts an optional sign and decimal digits only.
let inputs = ["42", "-42", "+42", "007", " 42", "42 ", "4_2", "0x2A", "", "-", "9223372036854775807", "9223372036854775808"]
for s in inputs {
    print("[\(s)]", Int(s))
}
