// Package deploy deploys every meterchain contract, wires them together (roles granted), and
// reads and writes the deployment file deployments/<chainID>.json that every service starts from.
package deploy

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/meterchain/meterchain/bindings"
	"github.com/meterchain/meterchain/bindings/anchoredledger"
	"github.com/meterchain/meterchain/internal/chaintx"
)

// Backend is what deploying needs: send transactions and wait for their receipts. Both
// *ethclient.Client and the simulated backend's client satisfy it.
type Backend = chaintx.Backend

// Roles says who gets which role at deployment.
type Roles struct {
	Registrars []common.Address // the utility: registers meters, rotates keys
	Relayers   []common.Address // oracles: submit readings
	Clearers   []common.Address `json:",omitempty"` // settlement services: submit P2P market clearings
}

// Deployment is the content of deployments/<chainID>.json.
type Deployment struct {
	ChainID        uint64         `json:"chainId"`
	Deployer       common.Address `json:"deployer"`
	Block          uint64         `json:"block"` // first block to follow events from
	MeterRegistry  common.Address `json:"meterRegistry"`
	ReadingLedger  common.Address `json:"readingLedger,omitempty"`  // the verified ledger (zero on an anchored deployment)
	AnchoredLedger common.Address `json:"anchoredLedger,omitempty"` // the anchored ledger (deploy --ledger anchored)
	// AnchoredBoundaries holds the market's boundary readings proven from final anchored batches
	// (zero on a verified deployment, whose ReadingLedger stores them itself).
	AnchoredBoundaries common.Address `json:"anchoredBoundaries,omitempty"`
	StableToken        common.Address `json:"stableToken"`     // the ERC-20 bills are paid in (deployed, or existing: deploy --token)
	BillingManager     common.Address `json:"billingManager"`  // tariffs, bills, payment, autopay
	EnergyMarket       common.Address `json:"energyMarket"`    // P2P energy market
	ConsentRegistry    common.Address `json:"consentRegistry"` // meter owners' consent for third parties
	Roles              Roles          `json:"roles"`

	// OraclePublicKey is the oracle's ECIES public key (0x04… uncompressed hex) that meters
	// encrypt their envelopes to; `meterchain oracle` and devnet fill it in.
	OraclePublicKey string `json:"oraclePublicKey,omitempty"`
}

// Contracts deploys and wires every contract for the devnet, the tests and the benchmarks: bills
// are paid in a StableToken with its public faucet open. A real chain uses ContractsWith.
func Contracts(ctx context.Context, b Backend, deployer *bind.TransactOpts, chainID uint64, roles Roles) (*Deployment, error) {
	return ContractsWith(ctx, b, deployer, chainID, Options{Roles: roles, Token: Token{Faucet: true}})
}

// Options of a deployment beyond the deployer's key.
type Options struct {
	Roles        Roles
	Token        Token  // what bills are paid in
	MarketWindow uint64 // the P2P market's delivery window in seconds (0: MarketWindowSeconds)
	// Anchored, when set, deploys the anchored ledger (docs/anchored-ledger.md) instead of the
	// verified one, bonded in the deployment's token, and AnchoredBoundaries for the market.
	Anchored *AnchoredParams
}

// AnchoredParams are the anchored ledger's constructor parameters.
type AnchoredParams struct {
	Window       uint64   // challenge window, seconds (minutes on a devnet, days on a public chain)
	AnswerWindow uint64   // time a relayer has to answer a data-availability demand, seconds
	MinBond      *big.Int // token base units a relayer must bond to anchor
	DemandBond   *big.Int // token base units a data-availability demand locks
}

// Anchored reports whether the deployment's ledger is the anchored one.
func (d *Deployment) Anchored() bool { return d.AnchoredLedger != (common.Address{}) }

// Ledger is the address the registry enrols meters in: the anchored or the verified ledger.
func (d *Deployment) Ledger() common.Address {
	if d.Anchored() {
		return d.AnchoredLedger
	}
	return d.ReadingLedger
}

// ContractsWith deploys and wires every contract with the deployer's key, waiting for each
// receipt.
func ContractsWith(ctx context.Context, b Backend, deployer *bind.TransactOpts, chainID uint64, o Options) (*Deployment, error) {
	roles, token := o.Roles, o.Token
	if o.MarketWindow == 0 {
		o.MarketWindow = MarketWindowSeconds
	}
	d := &Deployment{ChainID: chainID, Deployer: deployer.From, Roles: roles}

	registry := bindings.NewMeterRegistry()
	addr, receipt, err := chaintx.Deploy(ctx, b, deployer, bindings.MeterRegistryMetaData.Bin, registry.PackConstructor(deployer.From))
	if err != nil {
		return nil, fmt.Errorf("deploy MeterRegistry: %w", err)
	}
	d.MeterRegistry, d.Block = addr, receipt.BlockNumber.Uint64()

	if o.Anchored != nil {
		// The bond token comes first: the anchored ledger is constructed with it.
		if err := deployToken(ctx, b, deployer, d, token); err != nil {
			return nil, err
		}
		p := o.Anchored
		al := anchoredledger.NewAnchoredLedger()
		input := al.PackConstructor(d.MeterRegistry, d.StableToken, p.MinBond, p.Window, p.DemandBond, p.AnswerWindow)
		if d.AnchoredLedger, _, err = chaintx.Deploy(ctx, b, deployer, anchoredledger.AnchoredLedgerMetaData.Bin, input); err != nil {
			return nil, fmt.Errorf("deploy AnchoredLedger: %w", err)
		}
	} else {
		ledger := bindings.NewReadingLedger()
		if d.ReadingLedger, _, err = chaintx.Deploy(ctx, b, deployer, bindings.ReadingLedgerMetaData.Bin, ledger.PackConstructor(d.MeterRegistry)); err != nil {
			return nil, fmt.Errorf("deploy ReadingLedger: %w", err)
		}
	}

	reg := registry.Instance(b, d.MeterRegistry)
	if _, err := chaintx.Transact(ctx, b, reg, deployer, registry.PackSetLedger(d.Ledger())); err != nil {
		return nil, fmt.Errorf("connect registry to ledger: %w", err)
	}
	grant := func(role [32]byte, name string, who []common.Address) error {
		for _, a := range who {
			if _, err := chaintx.Transact(ctx, b, reg, deployer, registry.PackGrantRole(role, a)); err != nil {
				return fmt.Errorf("grant %s to %s: %w", name, a, err)
			}
		}
		return nil
	}
	registrarRole, err := bind.Call(reg, &bind.CallOpts{Context: ctx}, registry.PackREGISTRARROLE(), registry.UnpackREGISTRARROLE)
	if err != nil {
		return nil, fmt.Errorf("read REGISTRAR_ROLE: %w", err)
	}
	relayerRole, err := bind.Call(reg, &bind.CallOpts{Context: ctx}, registry.PackRELAYERROLE(), registry.UnpackRELAYERROLE)
	if err != nil {
		return nil, fmt.Errorf("read RELAYER_ROLE: %w", err)
	}
	if err := grant(registrarRole, "registrar", roles.Registrars); err != nil {
		return nil, err
	}
	if err := grant(relayerRole, "relayer", roles.Relayers); err != nil {
		return nil, err
	}
	if d.StableToken == (common.Address{}) {
		if err := deployToken(ctx, b, deployer, d, token); err != nil {
			return nil, err
		}
	}
	if err := deployBilling(ctx, b, deployer, d); err != nil {
		return nil, err
	}
	var challengeWindow uint64
	if o.Anchored != nil {
		challengeWindow = o.Anchored.Window
	}
	if err := deployMarket(ctx, b, deployer, d, o.MarketWindow, challengeWindow); err != nil {
		return nil, err
	}
	if err := deployConsent(ctx, b, deployer, d); err != nil {
		return nil, err
	}
	return d, nil
}

// Path is where a chain's deployment file lives under dir.
func Path(dir string, chainID uint64) string {
	return filepath.Join(dir, fmt.Sprintf("%d.json", chainID))
}

// Save writes the deployment to dir/<chainID>.json.
func (d *Deployment) Save(dir string) (string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	data, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		return "", err
	}
	p := Path(dir, d.ChainID)
	return p, os.WriteFile(p, append(data, '\n'), 0o644)
}

// Load reads a deployment file and checks that it names every contract.
func Load(path string) (*Deployment, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read deployment: %w", err)
	}
	var d Deployment
	if err := json.Unmarshal(data, &d); err != nil {
		return nil, fmt.Errorf("parse deployment %s: %w", path, err)
	}
	if d.MeterRegistry == (common.Address{}) || d.Ledger() == (common.Address{}) {
		return nil, errors.New("deployment " + path + " is missing contract addresses")
	}
	return &d, nil
}
