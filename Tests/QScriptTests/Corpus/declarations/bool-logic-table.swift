// Truth table of the boolean operators.
let values = [false, true]
print("a     b     and   or    xor   not a")
for a in values {
    for b in values {
        let row = [a, b, a && b, a || b, a != b, !a]
        var line = ""
        for v in row {
            line += v ? "true  " : "false "
        }
        print(line)
    }
}
