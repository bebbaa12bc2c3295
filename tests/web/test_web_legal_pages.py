"""The privacy policy and terms of use the store listing links to, served by the web service."""

from __future__ import annotations

from flask.testing import FlaskClient
from web_helpers import AppFactory

from skill.config import Settings
from tests.support.fake_alexa import DEFAULT_SKILL_ID


def test_the_privacy_policy_is_served_with_this_services_retention(client: FlaskClient) -> None:
    response = client.get("/privacy")
    assert response.status_code == 200
    assert response.mimetype == "text/html"
    html = response.get_data(as_text=True)
    assert "$" not in html  # every setting filled in
    assert "kept for 24 hours" in html
    assert "resuming\n<strong>off</strong>" in html
    for promise in ("forget me", "No advertising", "never logs what you answered"):
        assert promise in html
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_the_privacy_policy_follows_the_resume_setting(make_app: AppFactory) -> None:
    settings = Settings(skill_id=DEFAULT_SKILL_ID, store="none", resume=True, resume_hours=12)
    with make_app(settings=settings).test_client() as client:
        html = client.get("/privacy").get_data(as_text=True)
    assert "kept for 12 hours" in html
    assert "resuming\n<strong>on</strong>" in html


def test_the_terms_of_use_are_served_and_say_it_is_not_a_diagnosis(client: FlaskClient) -> None:
    response = client.get("/terms")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert "does not\ndiagnose" in html
    assert "emergency number" in html


def test_the_pages_are_read_only(client: FlaskClient) -> None:
    assert client.post("/privacy").status_code == 405
