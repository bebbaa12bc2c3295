"""Check an Alexa signing certificate chain from the command line, as the service would.

    python -m skill.web.check_chain https://s3.amazonaws.com/echo.api/echo-api-cert-12-ats.pem
    python -m skill.web.check_chain URL --file chain.pem --roots roots.pem   # offline

Run it on a deployment host after upgrading `cryptography` or certifi, or when Amazon rotates
its certificate, to see that the chain Alexa names still validates (URL rules, dates, name,
path to a trusted root) before real requests depend on it. Exit status 0 when it does.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from cryptography.x509.verification import Store

from skill.web.certificates import (
    DEFAULT_FETCH_TIMEOUT,
    CertificateError,
    canonical_cert_url,
    file_fetcher,
    https_fetcher,
    load_trusted_roots,
    utc_now,
    validate_chain,
)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m skill.web.check_chain", description=__doc__)
    parser.add_argument("url", help="a SignatureCertChainUrl value")
    parser.add_argument("--file", help="read the chain from this PEM file instead of the URL")
    parser.add_argument("--roots", help="trusted roots PEM (default: certifi, as the service)")
    parser.add_argument("--timeout", type=float, default=DEFAULT_FETCH_TIMEOUT)
    args = parser.parse_args(argv)
    try:
        url = canonical_cert_url(args.url)
        fetch = file_fetcher({url: args.file}) if args.file else https_fetcher(timeout=args.timeout)
        chain = validate_chain(fetch(url), Store(load_trusted_roots(args.roots)), utc_now())
    except (CertificateError, OSError) as exc:
        print(f"REJECTED {args.url}: {exc}", file=sys.stderr)
        return 1
    print(f"OK {url}: valid until {chain.not_after.isoformat()} (earliest expiry in the chain)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
