// Leaving a loop from inside a switch needs a label.
let commands = ["step", "step", "stop", "step"]
var position = 0
run: for c in commands {
    switch c {
    case "step":
        position += 1
    case "stop":
        break run
    default:
        continue run
    }
}
print("stopped at", position)
