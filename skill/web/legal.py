"""The privacy policy and terms of use, served at stable paths for the skill's store listing.

The manifest's `privacyPolicyUrl` and `termsOfUseUrl` point here (`make package` fills them from
LEGCHECK_PUBLIC_URL). The texts live beside this module as HTML; the privacy policy states this
service's own resume setting and retention, taken from the same Settings the skill runs with, so
it cannot drift from what the service does.
"""

from __future__ import annotations

from pathlib import Path
from string import Template

from flask import Blueprint, Response

from skill.config import Settings

PRIVACY_ROUTE = "/privacy"
TERMS_ROUTE = "/terms"
PAGES = Path(__file__).resolve().parent / "legal"
_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "public, max-age=3600",
}


def _hours(value: float) -> str:
    return f"{value:g}"


def render_privacy(settings: Settings) -> str:
    """The privacy policy with this service's resume setting and retention filled in."""
    text = (PAGES / "privacy.html").read_text(encoding="utf-8")
    return Template(text).substitute(
        resume_hours=_hours(settings.resume_hours),
        resume_state="on" if settings.resume else "off",
    )


def legal_pages(settings: Settings) -> Blueprint:
    """A blueprint serving GET /privacy and GET /terms."""
    privacy = render_privacy(settings)
    terms = (PAGES / "terms.html").read_text(encoding="utf-8")
    pages = Blueprint("legal", __name__)

    def page(html: str) -> Response:
        return Response(html, mimetype="text/html", headers=_HEADERS)

    pages.add_url_rule(PRIVACY_ROUTE, "privacy", lambda: page(privacy), methods=["GET"])
    pages.add_url_rule(TERMS_ROUTE, "terms", lambda: page(terms), methods=["GET"])
    return pages
