import Foundation
// %x, %X, %o for integers.
for n in [0, 9, 10, 255, 4096] {
    print(String(format: "%4d %4x %4X %5o", n, n, n, n))
}
print(String(format: "%08x", 0xBEEF))
