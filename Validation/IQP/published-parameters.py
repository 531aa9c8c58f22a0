"""Their trained 2D Ising parameters as JSON, for `make validate-iqp-paper`.

Reads paper/training/trained_parameters/params_IqpSimulator_2D_ising.pkl and
params_IqpSimulatorBitflip_2D_ising.pkl from a checkout of XanaduAI/scaling-gqml (Apache-2.0) and
writes iqp.json and flip.json (one angle a gate, in the order of iqpopt's local_gates, which is
IQPModel.allGates's) into OUT. The pickles hold jax arrays, so this needs jax; arrays pickled by
an older jax carry a field newer ones refuse, which is dropped here.

    python3 published-parameters.py PATH/TO/scaling-gqml Data/scaling-gqml/trained-parameters

The converted files are committed there (Data/scaling-gqml/README.md); `make validate-iqp-paper`
reads them, or the folder IQP_PAPER_PUBLISHED_PARAMS names.
"""
import json
import os
import pickle
import sys

import jax._src.array as jax_array
import numpy as np


def _reconstruct(fun, args, arr_state, aval_state):
    value = fun(*args)
    value.__setstate__(arr_state)
    return value


jax_array._reconstruct_array = _reconstruct

checkout, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
folder = os.path.join(checkout, "paper", "training", "trained_parameters")
for model, name in [("IqpSimulator", "iqp"), ("IqpSimulatorBitflip", "flip")]:
    with open(os.path.join(folder, f"params_{model}_2D_ising.pkl"), "rb") as f:
        params = np.asarray(pickle.load(f), dtype=np.float64)
    with open(os.path.join(out, f"{name}.json"), "w") as f:
        json.dump([float(x) for x in params], f)
    print(f"{name}.json: {len(params)} angles")
