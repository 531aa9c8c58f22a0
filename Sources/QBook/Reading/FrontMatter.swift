/// The YAML block at the top of a tutorial, between `---` lines.
public struct FrontMatter: Sendable, Hashable {
    public var title: String
    /// The tutorial's place in the course; the site lists tutorials by it.
    public var order: Int?
    /// Orders of the tutorials to read first.
    public var prerequisites: [Int]
    /// One sentence for the index page.
    public var summary: String?
    /// Read and kept (0 when absent), but nothing uses it yet: cells pass their own seeds.
    public var seed: UInt64

    public init(title: String, order: Int? = nil, prerequisites: [Int] = [], summary: String? = nil, seed: UInt64 = 0) {
        self.title = title
        self.order = order
        self.prerequisites = prerequisites
        self.summary = summary
        self.seed = seed
    }

    /// The keys a front matter may have. Any other key is an error, so a typo is never ignored.
    public static let keys = ["title", "order", "prerequisites", "summary", "seed"]
}
