/// QGen: the quantum generative models of the course (Born machines with MMD, QGANs, QVAEs,
/// QBMs, IQP models), their datasets, metrics and optimizers, built on QSim.
///
/// The models arrive with their issues; this file names the module until then.
public enum QGen {
    /// The version of the model library, part of the execution cache's key.
    public static let version = "0.1.0"
}
