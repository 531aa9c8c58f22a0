import Foundation
// Field widths, zero padding, left alignment and signs.
print(String(format: "[%5d]", 42))
print(String(format: "[%-5d]", 42))
print(String(format: "[%05d]", 42))
print(String(format: "[%+d] [%+d]", 5, -5))
print(String(format: "[%8.3f]", Double.pi))
print(String(format: "[%-8.2f]", 2.5))
print(String(format: "[%08.2f]", -2.5))
print(String(format: "[%3d]", 12345))
