"""`python -m skill.simulator`: the REPL; `run`, `replay` and `check` subcommands (see cli.py)."""

import sys

from skill.simulator.cli import main

sys.exit(main())
