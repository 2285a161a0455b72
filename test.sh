#!/usr/bin/env bash
# Runs every Bookstore test: bUnit, HTTP (real OIDC handler against a local Logto stand-in) and browser tests.
# Installs what is missing first (Debian's Chromium and a Korean font, when run as root), then prints
# "N passed, N failed" counted from the TRX log.
set -euo pipefail
cd "$(dirname "$0")"

need_packages=()
[ -x /usr/bin/chromium ] || need_packages+=(chromium)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need_packages+=(fonts-noto-cjk)
if [ ${#need_packages[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    echo "Installing ${need_packages[*]} from Debian's packages..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_packages[@]}" >/dev/null
  elif [ ! -x /usr/bin/chromium ]; then
    echo "Browser tests need Debian's Chromium at /usr/bin/chromium: sudo apt-get install chromium fonts-noto-cjk" >&2
    exit 1
  fi
fi

results=TestResults
rm -f "$results"/*.trx
status=0
dotnet test BookstoreBlazor.sln --logger "trx;LogFileName=bookstore.trx" --results-directory "$results" "$@" || status=$?

trx="$results/bookstore.trx"
if [ -f "$trx" ]; then
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  passed=$(sed -E 's/.* passed="([0-9]+)".*/\1/' <<<"$counters")
  failed=$(sed -E 's/.* failed="([0-9]+)".*/\1/' <<<"$counters")
  echo "Screenshots: $results/screenshots/"
  echo "$passed passed, $failed failed"
else
  echo "0 passed, 1 failed (no test results were written)"
  [ $status -ne 0 ] || status=1
fi
exit $status
