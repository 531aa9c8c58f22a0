// A parameter or local hides a property; 'self.' reaches the property.
struct Account {
    var balance: Int
    var owner: String

    mutating func deposit(_ balance: Int) {
        self.balance += balance
    }

    func summary() -> String {
        let owner = owner.uppercased()
        return "\(owner): \(balance)"
    }

    func with(owner: String) -> Account {
        var copy = self
        copy.owner = owner
        return copy
    }
}
var acct = Account(balance: 10, owner: "ada")
acct.deposit(5)
print(acct.summary())
print(acct.with(owner: "bob").summary(), acct.owner)
