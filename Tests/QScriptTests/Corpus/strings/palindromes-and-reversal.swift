// Palindromes: filtering letters, lowercasing, reversing, comparing.
func normalised(_ s: String) -> String { String(s.lowercased().filter { $0.isLetter || $0.isNumber }) }
func isPalindrome(_ s: String) -> Bool {
    let n = normalised(s)
    return n == String(n.reversed())
}
let phrases = ["A man, a plan, a canal: Panama", "qubit", "Was it a car or a cat I saw?", "", "10201", "ab"]
for p in phrases { print(isPalindrome(p), normalised(p).count, "\"\(p)\"") }
let word = "superposition"
print(String(word.reversed()), word.reversed().count, Array(word.reversed()).prefix(3))
let chars = Array(word)
print(chars.first!, chars.last!, String(chars[2...5]), word.filter { "aeiou".contains($0) })
