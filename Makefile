# meterchain — everyday commands. `make help` lists them.
GO ?= go

.PHONY: help build devnet test tools check vet contracts lint fuzz bench

help: ## list the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-10s %s\n", $$1, $$2}'

build: ## build bin/meterchain
	$(GO) build -o bin/meterchain ./cmd/meterchain

devnet: ## run everything on an embedded dev chain with a simulated meter fleet
	$(GO) run ./cmd/meterchain devnet

tools: ## install npm packages and the integration-test peers (mosquitto, coap-client, geth)
	./.ci/install-tools.sh

check: tools ## drift checks: contracts/build vs sources, bindings vs build
	cd contracts && node compile.js --check
	$(GO) test -count=1 ./bindings

vet: ## go vet
	$(GO) vet ./...

test: tools check vet ## everything CI runs: tools, drift checks, vet, all tests (with real mosquitto, coap-client, geth)
	PATH="$(CURDIR)/bin:$$PATH" GETH_BIN="$(CURDIR)/bin/geth" $(GO) test -count=1 -timeout 30m ./...

contracts: tools ## recompile the contracts and regenerate the Go bindings
	cd contracts && node compile.js
	$(GO) generate ./bindings

bench: ## gas per reading from receipts (mainnet rules)
	$(GO) test ./test/ -run '^$$' -bench BenchmarkReadingLedger -benchtime 1x

# More targets (fuzz, lint) live beside CI.
-include .ci/extra.mk
