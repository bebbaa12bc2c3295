# Leg Check: every target sets up what it needs on a fresh machine.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
# Exact versions with hashes (made by `make lock` from requirements.txt / requirements-dev.txt)
LOCK := requirements.lock
DEV_LOCK := requirements-dev.lock
RUNTIME_STAMP := $(VENV)/.runtime-installed
STAMP := $(VENV)/.dev-installed
PIP_INSTALL := $(PY) -m pip install --quiet --disable-pip-version-check --require-hashes
UV_COMPILE := $(VENV)/bin/uv pip compile --quiet --generate-hashes --universal \
	--python-version 3.11 --custom-compile-command "make lock" -c constraints.txt $(LOCK_FLAGS)

.PHONY: run test lint vignettes phrasings bench serve bundle package lock clean

$(PY):
	@$(PYTHON) -m venv $(VENV)

# make run: only what the skill and the simulator need
$(RUNTIME_STAMP): $(LOCK) | $(PY)
	@$(PIP_INSTALL) -r $(LOCK)
	@touch $@

# everything else: tests, lint, benchmarks, the lock tool
$(STAMP): $(LOCK) $(DEV_LOCK) | $(PY)
	@$(PIP_INSTALL) -r $(DEV_LOCK)
	@touch $@ $(RUNTIME_STAMP)

## run: talk to Leg Check in the offline simulator (type what you would say)
run: $(RUNTIME_STAMP)
	@$(PY) -m alexa_simulator $(ARGS)

## test: lint, then every test (starts its own DynamoDB-compatible server on loopback)
test: $(STAMP)
	@bash scripts/ensure_tools.sh
	@$(PY) -m ruff check .
	@$(PY) -m pytest $(ARGS)

lint: $(STAMP)
	@$(PY) -m ruff check .

## vignettes: triage accuracy figures on the clinical vignette suite
vignettes: $(STAMP)
	@$(PY) scripts/vignette_report.py $(ARGS)

## phrasings: understood %, red-flag recall and false flags on the phrasings corpus (tuning, held back)
phrasings: $(STAMP)
	@$(PY) -m tests.phrasings.runner $(ARGS)

## bench: benchmarks, each against a baseline measured in the same run
bench: $(STAMP)
	@for b in benchmarks/*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

## serve: the self-hosted web service under gunicorn (verification on)
serve: $(STAMP)
	@$(PY) -m skill.web $(ARGS)

## bundle: the AWS Lambda deployment zip, bytecode compiled for ask-resources.json's runtime
bundle: $(RUNTIME_STAMP)
	@$(PY) scripts/build_lambda_bundle.py

## package: the skill package for `ask deploy` (build/skill-package), filled from deploy.env, and
## the Lambda bundle; refuses while a setting is missing or a placeholder is left
package: $(RUNTIME_STAMP)
	@$(PY) scripts/package_skill.py $(ARGS)

## lock: pin exact versions (with hashes) after editing requirements*.txt; LOCK_FLAGS=--upgrade
## moves every pin to the newest release the ranges allow
lock: $(STAMP)
	@$(UV_COMPILE) requirements.txt -o $(LOCK)
	@$(UV_COMPILE) requirements-dev.txt -c $(LOCK) -o $(DEV_LOCK)
	@echo "locked: $(LOCK), $(DEV_LOCK)"

clean:
	rm -rf $(VENV) build .pytest_cache .ruff_cache
