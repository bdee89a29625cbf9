// Package bindings holds the abigen v2 Go bindings of the meterchain contracts, generated from the
// committed build output in contracts/build. Regenerate with `go generate ./bindings`; the drift
// test fails when a binding no longer matches its artifact.
package bindings

//go:generate go tool abigen --v2 --pkg bindings --type MeterRegistry --abi ../contracts/build/MeterRegistry.abi --bin ../contracts/build/MeterRegistry.bin --out meter_registry.go
//go:generate go tool abigen --v2 --pkg bindings --type ReadingLedger --abi ../contracts/build/ReadingLedger.abi --bin ../contracts/build/ReadingLedger.bin --out reading_ledger.go
// AnchoredLedger has its own package too: it is an EIP712 contract like ReadingLedger.
//go:generate go tool abigen --v2 --pkg anchoredledger --type AnchoredLedger --abi ../contracts/build/AnchoredLedger.abi --bin ../contracts/build/AnchoredLedger.bin --out anchoredledger/anchored_ledger.go
// AnchoredBoundaries has its own package: its boundaryAt output struct and AnchoredLedger's structs
// would clash with ReadingLedger's and AnchoredLedger's own.
//go:generate go tool abigen --v2 --pkg anchoredboundaries --type AnchoredBoundaries --abi ../contracts/build/AnchoredBoundaries.abi --bin ../contracts/build/AnchoredBoundaries.bin --out anchoredboundaries/anchored_boundaries.go
//go:generate go tool abigen --v2 --pkg bindings --type ConsentRegistry --abi ../contracts/build/ConsentRegistry.abi --bin ../contracts/build/ConsentRegistry.bin --out consent_registry.go
//go:generate go tool abigen --v2 --pkg bindings --type EnergyMarket --abi ../contracts/build/EnergyMarket.abi --bin ../contracts/build/EnergyMarket.bin --out energy_market.go
// StableToken has its own package: its ERC-2612 eip712Domain() output struct would clash with
// ReadingLedger's in one package.
//go:generate go tool abigen --v2 --pkg stabletoken --type StableToken --abi ../contracts/build/StableToken.abi --bin ../contracts/build/StableToken.bin --out stabletoken/stable_token.go
//go:generate go tool abigen --v2 --pkg bindings --type BillingManager --abi ../contracts/build/BillingManager.abi --bin ../contracts/build/BillingManager.bin --out billing_manager.go
// Contracts that exist only for tests (contracts/src/test) stay out of the production package.
//go:generate go tool abigen --v2 --pkg testbindings --type ReentrantToken --abi ../contracts/build/ReentrantToken.abi --bin ../contracts/build/ReentrantToken.bin --out testbindings/reentrant_token.go
//go:generate go tool abigen --v2 --pkg testbindings --type P2PImportStub --abi ../contracts/build/P2PImportStub.abi --bin ../contracts/build/P2PImportStub.bin --out testbindings/p2p_import_stub.go
//go:generate go tool abigen --v2 --pkg testbindings --type OcmfProbe --abi ../contracts/build/OcmfProbe.abi --bin ../contracts/build/OcmfProbe.bin --out testbindings/ocmf_probe.go
