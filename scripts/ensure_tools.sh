#!/usr/bin/env bash
# Best effort: install espeak-ng so the tests also hear the skill (the simulator's --speak and
# --wav-dir). Needs root and apt-get; without them the audio test is skipped, nothing fails.
command -v espeak-ng >/dev/null 2>&1 && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing espeak-ng (for the audio tests)..."
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq espeak-ng; } \
    >/dev/null 2>&1 || echo "espeak-ng could not be installed; the audio test will be skipped"
fi
exit 0
