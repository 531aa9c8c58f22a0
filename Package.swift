// swift-tools-version:6.0
import PackageDescription

// The layers, bottom to top (arrows point down only):
//   QBookCLI (the `qbook` command) -> QBookServe (`qbook serve`) -> QBook (runner) -> Prelude (bindings) -> QScript, QGen, Charts, Grading;
//   QGen -> QSim, Charts, CLapacke; Grading -> QSim
// QScript, QSim and Charts import nothing of ours. CCMark is imported by one file of QBook,
// CLapacke by one file of QGen.
let package = Package(
    name: "qbook",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "qbook", targets: ["QBookCLI"]),
        .library(name: "QSim", targets: ["QSim"]),
        .library(name: "QGen", targets: ["QGen"]),
        .library(name: "Charts", targets: ["Charts"]),
    ],
    dependencies: [
        .package(url: "https://github.com/swiftlang/swift-syntax.git", exact: "603.0.1"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-websocket.git", from: "2.8.1"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CCMark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(name: "QSim", exclude: ["README.md", "Gradients/Gradients.md", "Execution/Blocking.md"]),
        // LAPACK's C interface, for dense symmetric eigendecompositions (QGen's Boltzmann machines).
        .systemLibrary(
            name: "CLapacke",
            pkgConfig: "lapacke",
            providers: [.apt(["liblapacke-dev", "libopenblas-dev"])]
        ),
        .target(name: "QGen", dependencies: ["QSim", "Charts", "CLapacke"], exclude: ["README.md", "IQP/IQP.md", "BosonSampling/README.md"]),
        .target(name: "Charts", exclude: ["README.md"]),
        .target(name: "Grading", dependencies: ["QSim"], exclude: ["README.md"]),
        .target(
            name: "QScript",
            dependencies: [
                .product(name: "SwiftSyntax", package: "swift-syntax"),
                .product(name: "SwiftParser", package: "swift-syntax"),
                .product(name: "SwiftParserDiagnostics", package: "swift-syntax"),
                .product(name: "SwiftDiagnostics", package: "swift-syntax"),
                .product(name: "SwiftOperators", package: "swift-syntax"),
            ],
            exclude: ["README.md"]
        ),
        .target(name: "Prelude", dependencies: ["QScript", "QSim", "QGen", "Charts", "Grading"], exclude: ["README.md"]),
        .target(
            name: "QBook",
            dependencies: ["CCMark", "Prelude", "QScript", "Grading", .product(name: "Yams", package: "Yams"),
                           .product(name: "Mustache", package: "swift-mustache"),
                           .product(name: "SwiftIDEUtils", package: "swift-syntax"),
                           .product(name: "SwiftParser", package: "swift-syntax"),
                           .product(name: "SwiftSyntax", package: "swift-syntax")],
            exclude: ["README.md"]
        ),
        // `qbook serve`: the only target with a network server; QBook itself stays free of it.
        .target(
            name: "QBookServe",
            dependencies: ["QBook", .product(name: "Hummingbird", package: "hummingbird"),
                           .product(name: "HummingbirdWebSocket", package: "hummingbird-websocket"),
                           .product(name: "Logging", package: "swift-log")],
            exclude: ["README.md"]
        ),
        // The `qbook` command (the product keeps that name; the target's differs from QBook's by more than case).
        .executableTarget(
            name: "QBookCLI",
            dependencies: ["QBook", "QBookServe", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),

        // Benchmarks (release builds; `make bench`).
        .executableTarget(name: "QScriptBench", dependencies: ["QScript"], path: "Benchmarks/QScript/Sources"),
        .executableTarget(name: "qsim-bench", dependencies: ["QSim", "QGen"], path: "Benchmarks/QSim/Sources"),
        .executableTarget(name: "models-bench", dependencies: ["QSim", "QGen"], path: "Benchmarks/Models/Sources"),
        // Reproductions of published results (release builds; `make validate-born`).
        .executableTarget(name: "validate-born", dependencies: ["QGen", "QSim"], path: "Validation/Born", exclude: ["last-run.txt"]),
        .executableTarget(name: "validate-models", dependencies: ["QGen", "QSim"], path: "Validation/Models", exclude: ["last-run.txt"]),
        .executableTarget(name: "validate-iqp", dependencies: ["QGen", "QSim"], path: "Validation/IQP",
                          exclude: ["last-run.txt", "last-run-paper.txt", "last-run-paper-30k.txt", "last-run-exact-train.txt", "published-parameters.py"]),

        // What the fixture-driven tests share: fixture folders and golden files with a record switch.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "QSimTests", dependencies: ["QSim", "TestSupport"],
                    exclude: ["QASM/Fixtures", "QASM/record_qiskit_goldens.py", "QASM/requirements-qasm.txt", "QASM/README.md"]),
        .testTarget(name: "QGenTests", dependencies: ["QGen", "QSim", "Charts"]),
        .testTarget(name: "ChartsTests", dependencies: ["Charts"], exclude: ["Fixtures"]),
        .testTarget(name: "GradingTests", dependencies: ["Grading", "QSim"]),
        .testTarget(name: "PreludeTests", dependencies: ["Prelude", "QSim", "QScript", "QGen", "TestSupport"], exclude: ["LibraryCorpus", "QGenStableAPI.swift.txt"]),
        .testTarget(name: "QScriptTests", dependencies: ["QScript", "TestSupport"], exclude: ["Fixtures", "Corpus"]),
        .testTarget(name: "QBookTests", dependencies: ["QBook", "TestSupport", "CCMark"], exclude: ["Fixtures"]),
        .testTarget(name: "QBookCLITests", dependencies: ["QBookCLI"], exclude: ["Fixtures"]),
    ]
)
