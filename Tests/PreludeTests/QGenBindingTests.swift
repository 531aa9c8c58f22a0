import Foundation
import Testing
import QGen
import QScript
import QSim
@testable import Prelude

/// QGen from cells: each cell must print what the same code prints compiled against QGen; the
/// expected texts are computed by calling QGen directly.
@Suite struct QGenBindingTests {
    /// DESIGN.md's stable core API under `// QGen`, line for line as written there, one
    /// statement per cell in one session. Three lines of it compare `u` (3 bits) with `d`
    /// (2 bits): those are rejected with QGen's message, as the compiled program traps with it.
    @Test func stableCoreAPIWorksAsWritten() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("QGenStableAPI.swift.txt")
        var statements: [String] = []
        for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") {
            if line.first == " ", !statements.isEmpty { statements[statements.count - 1] += "\n" + line } else { statements.append(String(line)) }
        }
        #expect(statements.count == 11)
        let session = Prelude.session()
        var failures: [String: String] = [:]
        for statement in statements {
            let result = session.run(statement)
            if result.status != .ok {
                let messages = result.outputs.compactMap { if case .error(let d) = $0 { d.message } else { nil } }
                failures[String(statement.prefix { $0 != "(" })] = messages.first ?? ""
            }
        }
        #expect(failures == ["mmd": "mmd: number of bits: expected 3, got 2",
                             "klDivergence": "klDivergence: number of bits: expected 3, got 2",
                             "totalVariation": "totalVariation: number of bits: expected 3, got 2"])
        let u = Distribution.uniform(qubits: 3)
        var model = BornMachine(qubits: 3, layers: 3, seed: 1)
        let history = model.train(target: u, loss: MMD(bandwidths: [1.0]), optimizer: Adam(learningRate: 0.1), steps: 200)
        let result = session.run("print(d.probabilities, model.probabilities() == \(model.probabilities()), history.losses == \(history.losses))")
        #expect(printed(result) == "[0.5, 0.0, 0.0, 0.5] true true\n")
    }

    @Test func valuesPrintAsInSwift() {
        let bas = Datasets.barsAndStripes(rows: 2, cols: 2)
        var model = BornMachine(qubits: 4, ansatz: .liuWang(depth: 2, entangler: .chowLiu(bas)), seed: 3)
        let h = model.train(target: bas, loss: MMD(variances: [0.25, 4]), optimizer: LBFGS(), steps: 20)
        let k = GaussianKernel(bandwidths: [0.5], distance: .hamming)
        let expected = """
            \(bas)
            \(h)
            \(klDivergence(target: bas, model: model.distribution)) \(validFraction(model.distribution, validFor: bas))
            \(k.apply([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]))
            \(mmd(samples: [0, 1, 2], [3, 3, 1], qubits: 2, kernel: GaussianKernel(bandwidths: [1.0]), estimator: .biased))
            \(ChowLiuTree.edges(of: bas))

            """
        let result = runCells("""
            let bas = Datasets.barsAndStripes(rows: 2, cols: 2)
            var model = BornMachine(qubits: 4, ansatz: .liuWang(depth: 2, entangler: .chowLiu(bas)), seed: 3)
            let h = model.train(target: bas, loss: MMD(variances: [0.25, 4]), optimizer: LBFGS(), steps: 20)
            let k = GaussianKernel(bandwidths: [0.5], distance: .hamming)
            print(bas)
            print(h)
            print(klDivergence(target: bas, model: model.distribution), validFraction(model.distribution, validFor: bas))
            print(k.apply([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]))
            print(mmd(samples: [0, 1, 2], [3, 3, 1], qubits: 2, kernel: GaussianKernel(bandwidths: [1.0]), estimator: .biased))
            print(ChowLiuTree.edges(of: bas))
            """)[0]
        #expect(result.status == .ok, "\(result.outputs)")
        #expect(printed(result) == expected)
    }

    @Test func aHandWrittenLoopWithACustomLossAndACallback() {
        var model = BornMachine(qubits: 2, layers: 2, seed: 4)
        let loss = CustomLoss { p, q in
            var v = 0.0
            var g = [Double](repeating: 0, count: p.count)
            for i in 0..<p.count { v += (p[i] - q[i]) * (p[i] - q[i]); g[i] = 2 * (p[i] - q[i]) }
            return (v, g)
        }
        var params = model.parameters
        var sgd = SGD(learningRate: 0.5, momentum: 0.5)
        var expected = ""
        for _ in 0..<3 {
            let (value, gradient) = model.lossGradient(target: .uniform(qubits: 2), loss: loss)
            params = sgd.step(params, gradient: gradient)
            model.parameters = params
            expected += "\(value)\n"
        }
        var steps: [Int] = []
        let h = model.train(target: .uniform(qubits: 2), loss: NegativeLogLikelihood(), optimizer: Adam(learningRate: 0.05), steps: 4) { s, _ in steps.append(s) }
        expected += "\(steps) \(h.finalLoss)\n"
        let result = runCells("""
            var model = BornMachine(qubits: 2, layers: 2, seed: 4)
            let loss = CustomLoss { p, q in
                var v = 0.0
                var g = [Double](repeating: 0, count: p.count)
                for i in 0..<p.count { v += (p[i] - q[i]) * (p[i] - q[i]); g[i] = 2 * (p[i] - q[i]) }
                return (v, g)
            }
            var params = model.parameters
            var sgd = SGD(learningRate: 0.5, momentum: 0.5)
            for _ in 0..<3 {
                let (value, gradient) = model.lossGradient(target: .uniform(qubits: 2), loss: loss)
                params = sgd.step(params, gradient: gradient)
                model.parameters = params
                print(value)
            }
            var steps: [Int] = []
            let h = model.train(target: .uniform(qubits: 2), loss: NegativeLogLikelihood(), optimizer: Adam(learningRate: 0.05), steps: 4) { s, _ in steps.append(s) }
            print(steps, h.finalLoss)
            """)[0]
        #expect(result.status == .ok, "\(result.outputs)")
        #expect(printed(result) == expected)
    }

    @Test func badInputIsALocatedErrorWithQGensMessage() {
        let cases: [(String, String)] = [
            ("let d = Distribution(probabilities: [0.6, 0.6])", "probabilities must sum to 1, but they sum to 1.2"),
            ("var m = BornMachine(qubits: 3, layers: 2)\nm.train(target: .uniform(qubits: 2))", "target distribution: bits: expected 3, got 2"),
            ("let a = Adam(learningRate: 0)", "the learning rate must be positive and finite, got 0.0"),
            ("let x = mmd(.uniform(qubits: 2), .uniform(qubits: 3))", "mmd: number of bits: expected 2, got 3"),
            ("var m = BornMachine(qubits: 2, layers: 1)\nm.parameters = [1, 2]", "the circuit has 4 parameters, got 2 values"),
        ]
        for (cell, message) in cases {
            let result = runCells(cell)[0]
            let diagnostics = result.outputs.compactMap { if case .error(let d) = $0 { d } else { nil } }
            #expect(result.status == .error && diagnostics.first?.message == message, "\(cell): \(diagnostics.map(\.message))")
        }
    }

    @Test func aTimeLimitStopsTrainingWithTheUsualError() {
        let session = Prelude.session()
        let result = session.run("""
            var m = BornMachine(qubits: 10, layers: 6, seed: 1)
            m.train(target: .uniform(qubits: 10), steps: 1_000_000)
            """, timeout: 0.3)
        let diagnostics = result.outputs.compactMap { if case .error(let d) = $0 { d } else { nil } }
        #expect(diagnostics.first?.id == "timeout", "\(diagnostics)")
        #expect(printed(session.run("print(1 + 1)")) == "2\n")
    }
}

/// The figures of QGen's values.
@Suite struct QGenFigureTests {
    @Test func aDistributionBesideItsTarget() {
        let target = Distribution.uniform(qubits: 3)
        let model = Distribution(probabilities: [0.5, 0.5, 0, 0, 0, 0, 0, 0])
        let figure = histogram(model, target: target, title: "fit")
        #expect(figure.title == "fit")
        for label in ["000", "111", "model", "target"] { #expect(figure.svg.contains(label), "\(label)") }
        #expect(figure.text.contains("000") && figure.text.contains("0.5"))
    }

    @Test func manyOutcomesShowTheLikeliest() {
        let bas = Datasets.barsAndStripes(rows: 3, cols: 3)
        let figure = histogram(.uniform(qubits: 9), target: bas)
        #expect(figure.title == "(the 48 likeliest of 512 outcomes)")
        // Every valid pattern is among the bars shown (the target's mass is on them).
        for x in bas.support { #expect(figure.text.contains(bas.bitstring(x) + " │"), "\(x)") }
    }

    @Test func patternsAsPicturesLikeliestFirst() throws {
        let d = Distribution(probabilities: [0, 0.1, 0, 0.6, 0, 0, 0.3, 0])   // 3 bits as 1×3 pictures
        let figure = bitImages(d, rows: 1, cols: 3)
        #expect(figure.text.contains("0.6"))
        let firstCaption = try #require(figure.text.range(of: "0.6")), secondCaption = try #require(figure.text.range(of: "0.3"))
        #expect(firstCaption.lowerBound < secondCaption.lowerBound)
        let result = runCells("let d = Datasets.barsAndStripes(rows: 2, cols: 2)\nlet f = bitImages(d, rows: 3, cols: 3)")[0]
        let messages = result.outputs.compactMap { if case .error(let e) = $0 { e.message } else { nil } }
        #expect(messages == ["a 3×3 picture has 9 pixels; the distribution has 4 bits"])
    }

    @Test func aHistoryPlotsItsCurves() {
        var model = BornMachine(qubits: 2, layers: 1, seed: 1)
        let h = model.train(target: .uniform(qubits: 2), loss: NegativeLogLikelihood(), steps: 5)
        let figure = plot(h)
        #expect(figure.title == "Training: NegativeLogLikelihood()")
        for name in ["loss", "MMD²", "KL(target ‖ model)"] { #expect(figure.svg.contains(name), "\(name)") }
    }
}
