/// Prelude: QSim and QGen as tutorial cells see them. It registers their types into a QScript
/// session through QScript's binding API, and gives values rich displays (plots, tables, circuit
/// diagrams).
///
/// The bindings arrive with the simulator and the models; this file names the module until then.
public enum Prelude {
    public static let version = "0.1.0"
}
