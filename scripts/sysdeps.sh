#!/usr/bin/env bash
# Install the Debian packages newsocr needs (Tesseract, language packs, fonts) when missing.
# As root: apt-get. Otherwise: name them and say how, then fail.
set -euo pipefail
# Debian's python3 lacks venv/ensurepip until python3-venv is installed.
if ! "${PY:-python3}" -c 'import ensurepip' 2>/dev/null; then
  set -- "$@" python3-venv
fi
missing=()
for p in "$@"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
  echo "Installing system packages: ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "newsocr needs these Debian packages: ${missing[*]}" >&2
  echo "Install them with: sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
