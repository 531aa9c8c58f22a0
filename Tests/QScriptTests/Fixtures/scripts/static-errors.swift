let n = 3
let theta = 0.5
let y = n * theta        // expect error: binary operator '*' cannot be applied to operands of type 'Int' and 'Double'
// --- cell
let k = 1
k = 2                    // expect error: cannot assign to value: 'k' is a 'let' constant
// --- cell
print(nope)              // expect error: cannot find 'nope' in scope
// --- cell
func f(a: Int) -> Int { a }
print("no output")
print(f(b: 1))           // expect error: incorrect argument label in call (have 'b:', expected 'a:')
// --- cell
class P { var x = 1 }    // expect error: class declarations are not supported
// --- cell
let s: String = 5        // expect error: cannot convert value of type 'Int' to specified type 'String'
// --- cell
let z = 9223372036854775807 + 1 // expect error: results in an overflow
// --- cell
print("a" +              // expect error: expected expression
