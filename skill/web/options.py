"""Web-service-only knobs, read from LEGCHECK_* environment variables.

These sit beside skill.config.Settings (which the Lambda and simulator share) because only the
self-hosted service needs them. Defaults are the safe ones: verify against the public roots
(certifi), fetch chains from Amazon, insist on a skill id.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass, field

from skill.config import SettingsError
from skill.web.certificates import (
    DEFAULT_FETCH_TIMEOUT,
    CertFetcher,
    file_fetcher,
    file_map_from_json,
    https_fetcher,
)

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 64 * 1024  # Alexa requests are a few KiB; anything this big is not Alexa.


def _on_off(env: Mapping[str, str], name: str) -> bool:
    value = env.get(name, "").strip().lower()
    if value in {"1", "on", "true", "yes"}:
        return True
    if value in {"", "0", "off", "false", "no"}:
        return False
    raise SettingsError(f"{name}={value!r}: use on or off")


@dataclass(frozen=True)
class WebOptions:
    """How the web service verifies: roots, where chains come from, skill-id policy."""

    # Serve requests for any skill id while verifying (LEGCHECK_ALLOW_ANY_SKILL_ID=on). Off:
    # with verification on and no LEGCHECK_SKILL_ID the service refuses to start.
    allow_any_skill_id: bool = False
    # PEM file of roots to trust instead of certifi's bundle (LEGCHECK_TRUSTED_ROOTS).
    trusted_roots_path: str | None = None
    # Certificate URL -> local PEM file, consulted before the network (LEGCHECK_CERT_CHAIN_FILES).
    cert_chain_files: Mapping[str, str] = field(default_factory=dict)
    # Seconds to wait for Amazon's certificate server (LEGCHECK_CERT_FETCH_TIMEOUT).
    cert_fetch_timeout: float = DEFAULT_FETCH_TIMEOUT
    max_body_bytes: int = MAX_BODY_BYTES

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> WebOptions:
        env = os.environ if env is None else env
        files_json = env.get("LEGCHECK_CERT_CHAIN_FILES", "").strip()
        try:
            files = file_map_from_json(files_json) if files_json else {}
        except ValueError as exc:
            raise SettingsError(f"LEGCHECK_CERT_CHAIN_FILES: {exc}") from exc
        timeout_raw = env.get("LEGCHECK_CERT_FETCH_TIMEOUT", "").strip()
        try:
            timeout = float(timeout_raw) if timeout_raw else DEFAULT_FETCH_TIMEOUT
        except ValueError as exc:
            message = f"LEGCHECK_CERT_FETCH_TIMEOUT={timeout_raw!r}: not a number"
            raise SettingsError(message) from exc
        if not 0 < timeout <= DEFAULT_FETCH_TIMEOUT:
            # A fetch holds the request that caused it; Alexa gives up after 8 s.
            raise SettingsError(f"LEGCHECK_CERT_FETCH_TIMEOUT must be above 0 and at most "
                                f"{DEFAULT_FETCH_TIMEOUT:g} (seconds for a whole fetch)")
        return cls(
            allow_any_skill_id=_on_off(env, "LEGCHECK_ALLOW_ANY_SKILL_ID"),
            trusted_roots_path=env.get("LEGCHECK_TRUSTED_ROOTS", "").strip() or None,
            cert_chain_files=files,
            cert_fetch_timeout=timeout,
        )

    def fetcher(self) -> CertFetcher:
        """Local files first (if any are mapped), then HTTPS to Amazon."""
        network = https_fetcher(timeout=self.cert_fetch_timeout)
        if not self.cert_chain_files:
            return network
        log.warning(
            "certificate chains for %d URL(s) come from local files (LEGCHECK_CERT_CHAIN_FILES)",
            len(self.cert_chain_files),
        )
        return file_fetcher(self.cert_chain_files, fallback=network)
