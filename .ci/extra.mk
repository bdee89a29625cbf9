# Extra CI targets (issue 7), included by the Makefile: `make lint`, `make fuzz`, `make soak`.
# FUZZTIME bounds each fuzz target; SOAK_DURATION the long soak.
FUZZTIME ?= 10s
# The oracle's API targets first start a simulated chain and an oracle in each fuzz worker
# (~15 s on a busy 2-core machine), so they get longer to actually fuzz.
FUZZTIME_SERVICE ?= 30s
SOAK_DURATION ?= 10m

# name:package of every fuzz target; each runs alone (go test -fuzz takes one target at a time).
FUZZ_TARGETS := \
	FuzzOpen:./internal/envelope \
	FuzzOpenPlaintext:./internal/envelope \
	FuzzOpenP256:./internal/envelope \
	FuzzCanonicalDecodersAgreeWithEncodingJSON:./internal/envelope \
	FuzzDetailJSON:./internal/reading \
	FuzzDetailEncode:./internal/reading \
	FuzzDigest:./internal/reading \
	FuzzSplitPacked:./internal/reading \
	FuzzOcmfDecode:./internal/ocmf \
	FuzzPostReading:./oracle \
	FuzzPostBatch:./oracle \
	FuzzGetEndpoints:./oracle

.PHONY: lint fuzz soak

lint: tools ## solhint (security rules, contracts/.solhint.json) on contracts/src: zero errors
	cd contracts && npm run --silent lint

# Go's fuzz coordinator can end a short run with "context deadline exceeded" when a worker is slow
# to stop, without any finding: such a target is run again, at most twice. A real finding is
# written to testdata/fuzz, which the next run replays first, so it fails every attempt.
fuzz: ## run every fuzz target for $(FUZZTIME) (seed corpora in testdata/fuzz are also run by plain go test)
	@set -e; for t in $(FUZZ_TARGETS); do \
		name=$${t%%:*}; pkg=$${t#*:}; \
		ft=$(FUZZTIME); [ "$$pkg" = ./oracle ] && ft=$(FUZZTIME_SERVICE); \
		for try in 1 2 3; do \
			echo "== fuzz $$name ($$pkg) for $$ft (attempt $$try)"; \
			if $(GO) test $$pkg -run '^$$' -fuzz "^$$name\$$" -fuzztime $$ft -parallel 2; then break; fi; \
			[ $$try -lt 3 ] || exit 1; \
		done; \
	done

soak: build ## the long crash/reorg/RPC-fault soak: meterchain bench soak --duration $(SOAK_DURATION) --json
	./bin/meterchain bench soak --duration $(SOAK_DURATION) --json
