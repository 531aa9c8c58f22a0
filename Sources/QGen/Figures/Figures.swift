import Charts
import QSim

// The figures of QGen's values, drawn by Charts (which knows nothing of QGen): a distribution
// as bars (beside its target), its likeliest outcomes as small pictures, a training history as
// curves. Cells call these through Prelude's bindings.

/// How many outcomes a distribution's bar chart shows at most; beyond that, the likeliest ones.
let maximumBars = 64

/// A distribution as bars, one per outcome labelled by its bit string, beside `target`'s when
/// given. Over 64 outcomes, the 48 likeliest (under either distribution) are shown, in index
/// order, and the title says so.
public func histogram(_ model: Distribution, target: Distribution? = nil, title: String = "") -> Figure {
    distributionFigure(model, target: target, title: title)
}

func distributionFigure(_ model: Distribution, target: Distribution?, title: String) -> Figure {
    var outcomes = Array(0..<model.count)
    var heading = title
    if model.count > maximumBars {
        let weight = { (x: Int) in max(model[x], target?[x] ?? 0) }
        outcomes = outcomes.sorted { weight($0) != weight($1) ? weight($0) > weight($1) : $0 < $1 }.prefix(48).sorted()
        heading += (heading.isEmpty ? "" : " ") + "(the 48 likeliest of \(model.count) outcomes)"
    }
    let labels = outcomes.map { model.bitstring($0) }
    var series = [Series("model", outcomes.map { model[$0] })]
    if let target { series.append(Series("target", outcomes.map { target[$0] })) }
    if target == nil { series[0].name = "probability" }
    let chart = BarChart(series, labels: labels, title: heading, xLabel: "outcome", yLabel: "probability")
    // The data are checked (finite, one value per label), so the chart cannot refuse them.
    return (try? chart.checkedFigure()) ?? plot([Double](), title: heading)
}

/// The likeliest outcomes of a distribution over rows×cols bits drawn as small pictures (pixel
/// (r, c) is bit r·cols + c), each captioned with its probability: up to 32, likeliest first.
public func bitImages(_ distribution: Distribution, rows: Int, cols: Int, title: String = "") -> Figure {
    orTrap { try checkedBitImages(distribution, rows: rows, cols: cols, title: title) }
}

/// `bitImages(_:rows:cols:title:)`, throwing instead of trapping.
public func checkedBitImages(_ d: Distribution, rows: Int, cols: Int, title: String = "") throws -> Figure {
    guard rows >= 1, cols >= 1, rows * cols == d.bits else {
        throw QGenError.invalidArgument("a \(rows)×\(cols) picture has \(rows * cols) pixels; the distribution has \(d.bits) bits")
    }
    let shown = d.support.sorted { d[$0] != d[$1] ? d[$0] > d[$1] : $0 < $1 }.prefix(32)
    let images = shown.map { x in
        (0..<rows).map { r in (0..<cols).map { c in x >> (d.bits - 1 - (r * cols + c)) & 1 } }
    }
    let captions = shown.map { NumberFormat.short(d[$0], digits: 3) }
    return try BitImageGrid(bits: Array(images), captions: captions, title: title).checkedFigure()
}

/// A training history as curves over the steps: the loss, KL(target ‖ model) and MMD², on a
/// logarithmic axis when all are positive.
public func plot(_ history: TrainingHistory, title: String = "") -> Figure {
    orTrap { try checkedPlot(history, title: title) }
}

/// `plot(_:title:)` of a history, throwing instead of trapping.
public func checkedPlot(_ h: TrainingHistory, title: String = "") throws -> Figure {
    let steps = h.losses.indices.map(Double.init)
    var series = [Series("loss", x: steps, y: h.losses)]
    if !h.lossName.hasPrefix("MMD(") || h.lossName.contains("shots") { series.append(Series("MMD²", x: steps, y: h.mmds)) }
    series.append(Series("KL(target ‖ model)", x: steps, y: h.klDivergences))
    let positive = series.allSatisfy { $0.y.allSatisfy { $0.isFinite && $0 > 0 } }
    let heading = title.isEmpty ? "Training: \(h.lossName)" : title
    return try LineChart(series, title: heading, xLabel: "step", yLabel: positive ? "value (log scale)" : "value", logY: positive).checkedFigure()
}

/// An autoencoder's training: its cost 1 − (mean trash fidelity) per step, on a log axis when
/// every value is positive.
public func plot(_ h: AutoencoderHistory, title: String = "") -> Figure { orTrap { try checkedPlot(h, title: title) } }

public func checkedPlot(_ h: AutoencoderHistory, title: String = "") throws -> Figure {
    let steps = h.costs.indices.map(Double.init)
    let positive = h.costs.allSatisfy { $0.isFinite && $0 > 0 }
    return try LineChart([Series("1 − trash fidelity", x: steps, y: h.costs)],
                         title: title.isEmpty ? "Training the autoencoder" : title, xLabel: "step",
                         yLabel: positive ? "cost (log scale)" : "cost", logY: positive).checkedFigure()
}

/// A QVAE's training: −ELBO's two parts per step (reconstruction −log p(x | z) and the KL to
/// the prior), weighted by the data.
public func plot(_ h: QVAEHistory, title: String = "") -> Figure { orTrap { try checkedPlot(h, title: title) } }

public func checkedPlot(_ h: QVAEHistory, title: String = "") throws -> Figure {
    let steps = h.reconstructionLosses.indices.map(Double.init)
    return try LineChart([Series("reconstruction −log p(x | z)", x: steps, y: h.reconstructionLosses),
                          Series("KL(q(z | x) ‖ prior)", x: steps, y: h.klDivergences)],
                         title: title.isEmpty ? "Training the QVAE" : title, xLabel: "step", yLabel: "nats").checkedFigure()
}
