# qbook: `make site` regenerates the course site, `make test` runs every test.
# Both first install the system packages qbook needs when they are missing (Debian 12).

# bash with pipefail, so `validate-… | tee last-run.txt` fails when the validation does.
SHELL := /bin/bash
.SHELLFLAGS := -o pipefail -c

SWIFT ?= $(shell command -v swift 2>/dev/null || echo /opt/swift/usr/bin/swift)
export SWIFT
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES := libcmark-dev cmark pkg-config katex libjs-katex nodejs liblapacke-dev libopenblas-dev

.PHONY: all deps build install site test bench bench-iqpopt goldens qasm-goldens commonmark-spec validate-born validate-models validate-iqp validate-iqp-paper clean

all: build

# System packages: libcmark (the CommonMark parser) and pkg-config to find it; KaTeX and node,
# which typeset the tutorials' math when the site is built.
deps:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build -c release --product qbook

# The qbook command on the PATH (PREFIX/bin; ~/.local by default).
PREFIX ?= $(HOME)/.local
install: build
	install -d $(PREFIX)/bin
	install -m 755 .build/release/qbook $(PREFIX)/bin/qbook

# Run every tutorial and write the course site into outputs/site/.
site: build
	.build/release/qbook build

# The whole test suite (debug build), then the course: every tutorial runs, the committed site is
# what a build writes, and every exercise's grader passes its self-test (`qbook test`).
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	.build/debug/qbook test

# Benchmarks, in release, beside the peers measured in the same run (see BENCHMARKS.md).
bench: deps
	@for script in Benchmarks/*/run.sh; do echo "== $$script"; bash $$script || exit 1; done

# QGen's IQP loss and gradient beside XanaduAI's iqpopt (IQPOPT_SRC: the src folder of a
# checkout of its repository; see Benchmarks/peers/README.md).
bench-iqpopt: deps
	bash Benchmarks/peers/run_iqpopt.sh

# The Born-machine reproductions of published results, in release (see Validation/README.md).
validate-born:
	$(SWIFT) build -c release --product validate-born
	.build/release/validate-born | tee Validation/Born/last-run.txt

# The reproductions of the other generative models (QGANs so far), in release.
validate-models:
	$(SWIFT) build -c release --product validate-models
	.build/release/validate-models | tee Validation/Models/last-run.txt

# IQP models (issue 14): the exact identities at n ≤ 10 and the 1,000-qubit chain run, in release.
validate-iqp:
	$(SWIFT) build -c release --product validate-iqp
	.build/release/validate-iqp | tee Validation/IQP/last-run.txt

# The 16-spin 2D Ising reproduction of Recio-Armengol, Ahmed & Bowles alone (about ten minutes).
validate-iqp-paper:
	$(SWIFT) build -c release --product validate-iqp
	.build/release/validate-iqp paper | tee Validation/IQP/last-run-paper.txt

# Re-record the differential corpora's expected outputs with the real compiler (the language
# corpus, and the library corpus compiled against the library's modules).
goldens:
	bash Tests/QScriptTests/Corpus/record-goldens.sh
	bash Tests/PreludeTests/LibraryCorpus/record-goldens.sh

# The OpenQASM interop goldens with Qiskit (see Tests/QSimTests/QASM/README.md): QSim's exports,
# then what the pinned Qiskit writes, loads and computes. CI only compares.
# The CommonMark 0.30 spec's 652 examples through qbook's reader and renderer, against
# `cmark --unsafe`: SPEC is commonmark-spec's spec.txt at tag 0.30 (not in this repository).
commonmark-spec: deps
	@test -n "$(SPEC)" || { echo "usage: make commonmark-spec SPEC=path/to/spec.txt"; exit 2; }
	$(SWIFT) build --build-tests
	COMMONMARK_SPEC="$(abspath $(SPEC))" $(SWIFT) test --skip-build --filter CommonMarkSpecTests

qasm-goldens:
	test -x .venv-qasm/bin/python || python3 -m venv .venv-qasm
	.venv-qasm/bin/pip install -q -r Tests/QSimTests/QASM/requirements-qasm.txt
	$(SWIFT) build --build-tests
	RECORD_GOLDENS=1 $(SWIFT) test --skip-build --filter QASMInteropTests/qsimExports || true
	.venv-qasm/bin/python Tests/QSimTests/QASM/record_qiskit_goldens.py Tests/QSimTests/QASM/Fixtures

clean:
	rm -rf .build
