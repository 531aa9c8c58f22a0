// Repeated squaring overflows quickly.
var x = 3
var rounds = 0
while true {
    print(rounds, x)
    x = x * x // traps here
    rounds += 1
}
