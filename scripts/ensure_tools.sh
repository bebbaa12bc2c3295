#!/usr/bin/env bash
# Install the system tools the tests use, from Debian's packages (needs root and apt-get):
#   nginx-light  the reverse proxy the web service puts in front of gunicorn (skill/web/proxy.py);
#                the slow-client tests start it on loopback, and are skipped without it
#   espeak-ng    so the tests also hear the skill (the simulator's --speak and --wav-dir);
#                without it the audio test is skipped
# Without root or apt-get nothing is installed and nothing fails.
missing=()
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
command -v espeak-ng >/dev/null 2>&1 || missing+=(espeak-ng)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing ${missing[*]} (for the tests)..."
  apt-get update -qq >/dev/null 2>&1
  # Debian starts a packaged service on install; the tests run their own nginx, so keep the
  # system one from starting (policy-rc.d exit 101 = "do not start"), unless a policy exists.
  own_policy=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
    own_policy=1
  fi
  for package in "${missing[@]}"; do
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >/dev/null 2>&1 \
      || echo "$package could not be installed; the tests that need it will be skipped"
  done
  [ -n "$own_policy" ] && rm -f /usr/sbin/policy-rc.d
fi
exit 0
