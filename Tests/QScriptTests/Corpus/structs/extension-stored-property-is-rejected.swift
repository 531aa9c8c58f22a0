struct P { var x = 0 }
extension P {
    var y = 1 // error here
}
print(P())
