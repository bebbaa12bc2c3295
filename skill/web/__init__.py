"""Self-hosted Alexa web service: Flask + flask-ask-sdk with request verification.

Importing this package first makes `ask_sdk_webservice_support` importable on machines where
oscrypto cannot load OpenSSL (see skill/web/oscrypto_compat.py), so every module below may import
flask_ask_sdk and ask_sdk_webservice_support directly. Entry points: `skill.web.app.create_app`,
`skill.web.wsgi:app` for gunicorn, and `python -m skill.web`.
"""

from skill.web.oscrypto_compat import make_webservice_support_importable

make_webservice_support_importable()
