"""Command-line tools; importable so tests can call them in-process."""
