"""WSGI entry for gunicorn: `gunicorn -c python:skill.web.gunicorn_conf skill.web.wsgi:app`.

Builds the app from the environment (Settings.from_env, WebOptions.from_env) when a worker
imports it, so configuration errors stop the worker at boot rather than at the first request.
"""

from __future__ import annotations

from skill.web.app import create_app

app = create_app()
