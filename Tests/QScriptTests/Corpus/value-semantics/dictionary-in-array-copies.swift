// Collections of collections keep value semantics at every level.
var configs: [[String: Int]] = [["shots": 100]]
var backup = configs
configs[0]["shots"] = 2000
configs[0]["seed"] = nil
print(configs[0]["shots"]!, backup[0]["shots"]!)
var table: [String: [Int]] = ["a": [1]]
var tableCopy = table
table["a"]!.append(2)
print(table["a"]!, tableCopy["a"]!)
tableCopy["a"] = []
print(table, tableCopy)
