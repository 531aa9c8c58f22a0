// The first matching catch wins: specific cases, then 'is', then the rest.
enum NetError: Error { case timeout(seconds: Int), refused, dns(String) }
struct DiskError: Error { var path: String }
func fetch(_ i: Int) throws -> String {
    switch i {
    case 0: throw NetError.timeout(seconds: 30)
    case 1: throw NetError.timeout(seconds: 2)
    case 2: throw NetError.refused
    case 3: throw DiskError(path: "/tmp/x")
    case 4: throw NetError.dns("example")
    default: return "page \(i)"
    }
}
for i in 0...5 {
    do {
        print(try fetch(i))
    } catch NetError.timeout(let s) where s > 10 {
        print(i, "long timeout", s)
    } catch NetError.timeout {
        print(i, "short timeout")
    } catch let d as DiskError {
        print(i, "disk", d.path)
    } catch is NetError {
        print(i, "some network error")
    } catch {
        print(i, "other:", error)
    }
}
