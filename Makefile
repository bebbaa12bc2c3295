# Leg Check: every target sets up what it needs on a fresh machine.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint vignettes phrasings bench serve bundle clean

$(STAMP): requirements.txt requirements-dev.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	@touch $(STAMP)

## run: talk to Leg Check in the offline simulator (type what you would say)
run: $(STAMP)
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
	@$(PY) scripts/vignette_report.py

## phrasings: understood %, red-flag recall and false flags on the phrasings corpus (tuning, held back)
phrasings: $(STAMP)
	@$(PY) -m tests.phrasings.runner $(ARGS)

## bench: benchmarks, each against a baseline measured in the same run
bench: $(STAMP)
	@for b in benchmarks/*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

## serve: the self-hosted web service under gunicorn (verification on)
serve: $(STAMP)
	@$(PY) -m skill.web $(ARGS)

## bundle: the AWS Lambda deployment zip
bundle: $(STAMP)
	@$(PY) scripts/build_lambda_bundle.py

clean:
	rm -rf $(VENV) build .pytest_cache .ruff_cache
