"""Records the OpenQASM 2 interop goldens with Qiskit (pinned in requirements-qasm.txt).

1. Qiskit -> QSim: a circuit for every gate of Qiskit's qelib1.inc, and random circuits of
   Qiskit's gates, written by `qasm2.dumps` into Fixtures/qiskit-dumps/, with their states.
2. QSim -> Qiskit: every file QSim exported into Fixtures/qsim-exports/ (by
   `RECORD_GOLDENS=1 swift test --filter QASMInteropTests`) loaded by Qiskit's default
   `qasm2.loads`, with the state Qiskit computes.

States are written in QSim's order (qubit 0 the most significant bit of an index) as JSON with
17 significant digits, so re-recording reproduces the files byte for byte.
usage: python record_qiskit_goldens.py FIXTURES_DIR
"""
import json
import math
import os
import random
import re
import sys

import qiskit
from qiskit import QuantumCircuit, qasm2
from qiskit.quantum_info import Statevector

fixtures = sys.argv[1]


def qsim_order(sv, n):
    """Amplitudes reindexed so that qubit 0 is the most significant bit."""
    data = sv.data
    out = [0j] * len(data)
    for i, a in enumerate(data):
        j = int(format(i, f"0{n}b")[::-1], 2) if n > 0 else 0
        out[j] = a
    return out


def state_json(amplitudes):
    return {"re": [float(f"{a.real:.17g}") for a in amplitudes], "im": [float(f"{a.imag:.17g}") for a in amplitudes]}


def prepare(qc, n, rng):
    """A non-trivial start (so phases and controls matter): RY and RZ on every qubit."""
    for q in range(n):
        qc.ry(rng.uniform(0.2, 2.9), q)
        qc.rz(rng.uniform(-3, 3), q)


# (method name, parameter count, qubit count) for every gate of Qiskit's qelib1.inc.
GATES = [
    ("u3", 3, 1), ("u2", 2, 1), ("u1", 1, 1), ("cx", 0, 2), ("id", 0, 1), ("u", 3, 1), ("p", 1, 1),
    ("x", 0, 1), ("y", 0, 1), ("z", 0, 1), ("h", 0, 1), ("s", 0, 1), ("sdg", 0, 1), ("t", 0, 1), ("tdg", 0, 1),
    ("rx", 1, 1), ("ry", 1, 1), ("rz", 1, 1), ("sx", 0, 1), ("sxdg", 0, 1), ("cz", 0, 2), ("cy", 0, 2),
    ("swap", 0, 2), ("ch", 0, 2), ("ccx", 0, 3), ("cswap", 0, 3), ("crx", 1, 2), ("cry", 1, 2), ("crz", 1, 2),
    ("cu1", 1, 2), ("cp", 1, 2), ("cu3", 3, 2), ("csx", 0, 2), ("cu", 4, 2), ("rxx", 1, 2), ("ryy", 1, 2),
    ("rzz", 1, 2), ("rccx", 0, 3), ("rcccx", 0, 4), ("mcx3", 0, 4), ("c3sx", 0, 4), ("mcx4", 0, 5), ("u0", 1, 1),
    ("ecr", 0, 2), ("iswap", 0, 2), ("dcx", 0, 2), ("rzx", 1, 2),
]


def apply(qc, name, params, qubits):
    from qiskit.circuit.library import C3SXGate, U3Gate, CU1Gate, CU3Gate, U2Gate, U1Gate
    if name == "u3":
        qc.append(U3Gate(*params), qubits)
    elif name == "u2":
        qc.append(U2Gate(*params), qubits)
    elif name == "u1":
        qc.append(U1Gate(*params), qubits)
    elif name == "cu1":
        qc.append(CU1Gate(*params), qubits)
    elif name == "cu3":
        qc.append(CU3Gate(*params), qubits)
    elif name == "mcx3":
        qc.mcx(qubits[:3], qubits[3])
    elif name == "mcx4":
        qc.mcx(qubits[:4], qubits[4])
    elif name == "c3sx":
        qc.append(C3SXGate(), qubits)
    elif name == "u0":
        qc.id(qubits[0])  # Qiskit has no U0 gate object any more; u0 is read as identity
    else:
        getattr(qc, name)(*params, *qubits)


def stable(text):
    """Qiskit names some generated definitions after object ids (mcx_140124288724368): number
    them in order of appearance instead, so re-recording gives the same file."""
    names = {}
    def rename(match):
        return names.setdefault(match.group(0), f"{match.group(1)}_{len(names) + 1}")
    return re.sub(r"\b(mcx|mcx_gray|mcphase)_(\d{6,})\b", rename, text)


def states_text(states):
    """One line per file, keys sorted: compact, and a diff names the files that changed."""
    lines = [json.dumps(k) + ":" + json.dumps(v, separators=(",", ":")) for k, v in sorted(states.items())]
    return "{\n" + ",\n".join(lines) + "\n}\n"


def write(path, text):
    with open(path, "w") as f:
        f.write(text)


def main():
    dumps = os.path.join(fixtures, "qiskit-dumps")
    os.makedirs(dumps, exist_ok=True)
    states = {}
    for index, (name, np_, nq) in enumerate(GATES):
        rng = random.Random(1000 + index)
        n = max(nq, 2)
        qc = QuantumCircuit(n)
        prepare(qc, n, rng)
        apply(qc, name, [rng.uniform(-3, 3) for _ in range(np_)], list(range(nq)))
        file = f"gate-{name}.qasm"
        write(os.path.join(dumps, file), stable(qasm2.dumps(qc)) + "\n")
        states[file] = state_json(qsim_order(Statevector(qc), n))
    for k in range(150):
        rng = random.Random(k)
        n = rng.randint(2, 5)
        qc = QuantumCircuit(n)
        for _ in range(rng.randint(3, 25)):
            candidates = [g for g in GATES if g[2] <= n]
            name, np_, nq = rng.choice(candidates)
            apply(qc, name, [rng.uniform(-3, 3) for _ in range(np_)], rng.sample(range(n), nq))
        file = f"random-{k:03d}.qasm"
        write(os.path.join(dumps, file), stable(qasm2.dumps(qc)) + "\n")
        states[file] = state_json(qsim_order(Statevector(qc), n))
    write(os.path.join(fixtures, "qiskit-dump-states.json"), states_text(states))

    exports = os.path.join(fixtures, "qsim-exports")
    loaded = {}
    for file in sorted(os.listdir(exports)):
        with open(os.path.join(exports, file)) as f:
            qc = qasm2.loads(f.read())  # Qiskit's default loader: the paper's qelib1.inc only
        loaded[file] = state_json(qsim_order(Statevector(qc), qc.num_qubits))
    write(os.path.join(fixtures, "qiskit-loaded-states.json"), states_text(loaded))
    print(f"qiskit {qiskit.__version__}: {len(states)} dumps, {len(loaded)} QSim exports loaded")


main()
