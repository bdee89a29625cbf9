// Package bindings holds the abigen v2 Go bindings of the meterchain contracts, generated from the
// committed build output in contracts/build. Regenerate with `go generate ./bindings`; the drift
// test fails when a binding no longer matches its artifact.
package bindings

//go:generate go tool abigen --v2 --pkg bindings --type MeterRegistry --abi ../contracts/build/MeterRegistry.abi --bin ../contracts/build/MeterRegistry.bin --out meter_registry.go
//go:generate go tool abigen --v2 --pkg bindings --type ReadingLedger --abi ../contracts/build/ReadingLedger.abi --bin ../contracts/build/ReadingLedger.bin --out reading_ledger.go
