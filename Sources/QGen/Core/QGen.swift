/// QGen: the quantum generative models of the course, built on QSim: distributions and data
/// sets over n-bit strings, kernels and MMD, metrics, optimizers, and Born machines.
/// See README.md for the API and the conventions.
public enum QGen {
    /// The version of the model library, part of the execution cache's key.
    public static let version = "0.2.0"
}
