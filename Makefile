# Two commands from a fresh clone: `make run` opens the app, `make test` runs every check
# (and, last, builds the wheel and tries it installed outside the checkout: `make smoke`).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TS := $(wildcard ui/i18n/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: setup run test lint smoke wheel bench shots i18n assets

setup: $(STAMP) $(QM)

# torch goes in first, pinned to the CPU build: PyPI's torch for Linux bundles CUDA (several
# GB). For the same version PyTorch's CPU index wins (2.13.0+cpu sorts above 2.13.0); where
# that index cannot be reached, pip goes on with the others at once (--retries 0).
# The editable install compiles the translations too (setup.py); the rule below redoes it
# whenever a .ts changes.
TORCH := torch==2.13.0
TORCH_INDEX ?= https://download.pytorch.org/whl/cpu
$(STAMP): pyproject.toml setup.py
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --retries 0 --extra-index-url $(TORCH_INDEX) $(TORCH)
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

ui/i18n/%.qm: ui/i18n/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

run: setup
	$(VENV)/bin/llm-lab

lint: setup
	$(VENV)/bin/ruff check lab ui tests tools bench
	$(VENV)/bin/lint-imports

test: lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest
	$(MAKE) --no-print-directory smoke

# The wheel as pip, pipx and uv build it, installed into a venv kept in ~/.cache/llm-lab (a
# second run only reinstalls the wheel) and tried from an empty folder: Spanish, every lesson
# in both languages, every bundled stage installed, `llm-lab shots` rendered.
smoke: setup
	$(PY) -m tools.smoke_wheel

wheel: setup
	$(PY) -m pip wheel --no-deps --wheel-dir dist .

bench: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m bench

shots: setup
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/llm-lab shots --out out/shots/es --lang es
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/llm-lab shots --out out/shots/en --lang en

# After changing UI strings: refresh the .ts files, then fill the Spanish translations.
i18n: setup
	$(PY) -m tools.i18n update

# The bundled stages (assets/classroom): the classroom pipeline from scratch with a fixed seed,
# packed small (weights in float16). About 6 minutes of CPU; commit assets/classroom afterwards.
ASSETS_SEED := 1234
ASSETS_RUN := build/assets-classroom
ASSETS_OUT := assets/classroom
assets: setup
	rm -rf $(ASSETS_RUN) $(ASSETS_OUT)
	$(VENV)/bin/llm-lab pipeline --preset classroom --seed $(ASSETS_SEED) --workspace $(ASSETS_RUN)
	$(VENV)/bin/llm-lab assets pack --workspace $(ASSETS_RUN) --out $(ASSETS_OUT)
