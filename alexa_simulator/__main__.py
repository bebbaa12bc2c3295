"""`python -m alexa_simulator`: the REPL; `run`, `replay` and `check` subcommands (see cli.py)."""

import sys

from alexa_simulator.cli import main

sys.exit(main())
