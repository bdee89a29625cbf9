#!/usr/bin/env bash
# Installs what the test suite needs beyond Go and Node: the npm packages of contracts/, and the
# real peers the integration tests talk to (mosquitto MQTT broker, libcoap's coap-client, geth),
# xmllint for the Green Button schema check and chromium for the browser test.
# Idempotent; safe to run on every `make test`.
set -euo pipefail
cd "$(dirname "$0")/.."

GETH_VERSION=$(go list -m -f '{{.Version}}' github.com/ethereum/go-ethereum)

if [ ! -d contracts/node_modules ] || [ contracts/package-lock.json -nt contracts/node_modules ]; then
  echo "== npm ci (contracts)"
  (cd contracts && npm ci --no-audit --no-fund --loglevel=error)
  touch contracts/node_modules
fi

need=()
command -v mosquitto >/dev/null 2>&1 || [ -x /usr/sbin/mosquitto ] || need+=(mosquitto)
command -v coap-client-notls >/dev/null 2>&1 || command -v coap-client >/dev/null 2>&1 || need+=(libcoap3-bin)
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)   # ESPI export validated against the XSD
command -v chromium >/dev/null 2>&1 || need+=(chromium)        # headless browser test of the web UI
if [ ${#need[@]} -gt 0 ]; then
  echo "== apt-get install ${need[*]}"
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# geth for the real-node integration test, built from the module proxy at go.mod's version.
if [ ! -x bin/geth ] || [ "$(bin/geth version 2>/dev/null | sed -n 's/^Version: \([0-9.]*\).*/\1/p')" != "${GETH_VERSION#v}" ]; then
  echo "== go install geth@${GETH_VERSION} (a few minutes the first time)"
  GOBIN="$PWD/bin" go install "github.com/ethereum/go-ethereum/cmd/geth@${GETH_VERSION}"
fi
