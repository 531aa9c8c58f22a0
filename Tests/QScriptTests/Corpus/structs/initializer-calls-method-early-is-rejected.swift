struct Account {
    var balance: Double
    let owner: String

    func summary() -> String { "\(owner): \(balance)" }

    init(owner: String) {
        balance = 0
        print(summary()) // error here
        self.owner = owner
    }
}
print(Account(owner: "Ada").summary())
