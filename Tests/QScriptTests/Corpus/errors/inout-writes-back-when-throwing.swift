// Changes made to an inout parameter or to self before a throw are kept, as Swift writes back.
enum BudgetError: Error { case exhausted(spent: Int) }
func spend(_ budget: inout Int, _ items: [Int]) throws {
    for cost in items {
        if cost > budget { throw BudgetError.exhausted(spent: cost) }
        budget -= cost
    }
}
struct Wallet {
    var coins: Int
    var history: [Int] = []
    mutating func pay(_ amounts: [Int]) throws {
        for a in amounts {
            if a > coins { throw BudgetError.exhausted(spent: a) }
            coins -= a
            history.append(a)
        }
    }
}
var budget = 10
do { try spend(&budget, [3, 4, 5]) } catch { print("caught", error) }
print("budget", budget)
var w = Wallet(coins: 9)
do { try w.pay([2, 3, 7, 1]) } catch { print("caught", error) }
print(w)
