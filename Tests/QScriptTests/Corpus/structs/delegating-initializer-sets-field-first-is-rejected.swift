struct Box {
    var w: Double
    var h: Double

    init(w: Double, h: Double) {
        self.w = w
        self.h = h
    }

    init(side: Double) {
        w = side // error here
        self.init(w: side, h: side)
    }
}
print(Box(side: 2))
