"""AWS Lambda entry point for Leg Check: `lambda_function.handler`.

The skill is built once per container (on first use) from the environment's settings. Set
LEGCHECK_STORE=dynamodb (and LEGCHECK_DYNAMODB_TABLE) to keep speaking-rate preferences, and
LEGCHECK_RESUME=on only for a HIPAA-eligible skill (see README).
"""

from __future__ import annotations

import logging
import os
import sys
from typing import Any

# Deployed bundles put `skill/` beside this file; in the repository it is one folder up.
_here = os.path.dirname(os.path.abspath(__file__))
for _path in (_here, os.path.dirname(_here)):
    if os.path.isdir(os.path.join(_path, "skill")) and _path not in sys.path:
        sys.path.insert(0, _path)

# Lambda's file system is read-only, so the embedded SQLite store has nowhere to live: keep
# nothing unless DynamoDB is configured (LEGCHECK_STORE=dynamodb).
os.environ.setdefault("LEGCHECK_STORE", "none")

from skill.alexa.skill_builder import lambda_handler  # noqa: E402

logging.getLogger().setLevel(os.environ.get("LEGCHECK_LOG_LEVEL", "INFO"))


def handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
    return lambda_handler(event, context)
