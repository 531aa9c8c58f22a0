// indirect enums (recursive data) are outside the cell language.
indirect enum Tree {
    case leaf(Int)
    case node(Tree, Tree)
}
func total(_ t: Tree) -> Int {
    switch t {
    case .leaf(let v): return v
    case .node(let a, let b): return total(a) + total(b)
    }
}
print(total(.node(.leaf(1), .node(.leaf(2), .leaf(3)))))
