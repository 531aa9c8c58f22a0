// break cannot leave a defer body for the loop around it.
for i in 0..<2 {
    defer { break } // error here
    print(i)
}
