// The C math functions QGen uses, visible module-wide without importing Foundation.

#if canImport(Glibc)
import Glibc
@inline(__always) func exp(_ x: Double) -> Double { Glibc.exp(x) }
@inline(__always) func log(_ x: Double) -> Double { Glibc.log(x) }
@inline(__always) func cos(_ x: Double) -> Double { Glibc.cos(x) }
@inline(__always) func sin(_ x: Double) -> Double { Glibc.sin(x) }
@inline(__always) func pow(_ x: Double, _ y: Double) -> Double { Glibc.pow(x, y) }
@inline(__always) func sqrt(_ x: Double) -> Double { Glibc.sqrt(x) }
@inline(__always) func expm1(_ x: Double) -> Double { Glibc.expm1(x) }
#elseif canImport(Musl)
import Musl
@inline(__always) func exp(_ x: Double) -> Double { Musl.exp(x) }
@inline(__always) func log(_ x: Double) -> Double { Musl.log(x) }
@inline(__always) func cos(_ x: Double) -> Double { Musl.cos(x) }
@inline(__always) func sin(_ x: Double) -> Double { Musl.sin(x) }
@inline(__always) func pow(_ x: Double, _ y: Double) -> Double { Musl.pow(x, y) }
@inline(__always) func sqrt(_ x: Double) -> Double { Musl.sqrt(x) }
@inline(__always) func expm1(_ x: Double) -> Double { Musl.expm1(x) }
#elseif canImport(Darwin)
import Darwin
@inline(__always) func exp(_ x: Double) -> Double { Darwin.exp(x) }
@inline(__always) func log(_ x: Double) -> Double { Darwin.log(x) }
@inline(__always) func cos(_ x: Double) -> Double { Darwin.cos(x) }
@inline(__always) func sin(_ x: Double) -> Double { Darwin.sin(x) }
@inline(__always) func pow(_ x: Double, _ y: Double) -> Double { Darwin.pow(x, y) }
@inline(__always) func sqrt(_ x: Double) -> Double { Darwin.sqrt(x) }
@inline(__always) func expm1(_ x: Double) -> Double { Darwin.expm1(x) }
#endif
