package main

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/urfave/cli/v2"

	"github.com/meterchain/meterchain/bindings"
	"github.com/meterchain/meterchain/deploy"
	"github.com/meterchain/meterchain/deploy/devnet"
	"github.com/meterchain/meterchain/internal/chaintx"
	"github.com/meterchain/meterchain/internal/reading"
	"github.com/meterchain/meterchain/internal/sim/meterfleet"
)

var meterCommand = &cli.Command{
	Name:  "meter",
	Usage: "meter keys, registration, and a simulated meter fleet",
	Subcommands: []*cli.Command{
		meterKeygenCommand,
		meterRegisterCommand,
		meterRotateCommand,
		meterTransferCommand,
		meterPendingCommand,
		meterConfirmCommand,
		meterCompleteCommand,
		meterSimulateCommand,
		meterOcmfCommand,
	},
}

var meterKeygenCommand = &cli.Command{
	Name:  "keygen",
	Usage: "create a meter signing key (the key a meter's secure element holds)",
	Flags: []cli.Flag{
		&cli.StringFlag{Name: "out", Required: true, Usage: "key `FILE` to write (mode 0600)"},
		&cli.Uint64Flag{Name: "id", Usage: "meter `ID` to record in the file (9 digits: zone, building, meter)"},
		&cli.StringFlag{Name: "curve", Value: "secp256k1", Usage: "`CURVE` of the key: secp256k1, or p256 (NIST P-256, as secure elements hold)"},
	},
	Action: func(c *cli.Context) error {
		var key *ecdsa.PrivateKey
		var err error
		switch c.String("curve") {
		case "secp256k1":
			key, err = crypto.GenerateKey()
		case meterfleet.CurveP256:
			key, err = ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
		default:
			return fmt.Errorf("--curve %q: give secp256k1 or p256", c.String("curve"))
		}
		if err != nil {
			return err
		}
		if _, err := os.Stat(c.String("out")); err == nil {
			return fmt.Errorf("%s exists: refusing to overwrite a meter key", c.String("out"))
		}
		if err := meterfleet.WriteKeyFile(c.String("out"), c.Uint64("id"), key); err != nil {
			return fmt.Errorf("write meter key: %w", err)
		}
		if key.Curve == elliptic.P256() {
			pub, err := reading.P256KeyOf(&key.PublicKey)
			if err != nil {
				return err
			}
			fmt.Printf("public key %s (registry name %s)\n", hexutil.Encode(pub[:]), pub.ID())
			return nil
		}
		fmt.Printf("%s\n", crypto.PubkeyToAddress(key.PublicKey))
		return nil
	},
}

var meterRegisterCommand = &cli.Command{
	Name:  "register",
	Usage: "register a meter in the MeterRegistry (registrar key)",
	Flags: append([]cli.Flag{
		&cli.Uint64Flag{Name: "id", Required: true, Usage: "meter `ID` (9 digits: zone, building, meter)"},
		&cli.StringFlag{Name: "owner", Required: true, Usage: "owner's wallet `ADDRESS` (sees the readings, pays the bills)"},
		&cli.StringFlag{Name: "signer", Usage: "meter's secp256k1 signing `ADDRESS` (or --pubkey, --key-file)"},
		&cli.StringFlag{Name: "pubkey", Usage: "meter's P-256 public key, `HEX` x || y (64 bytes, or 65 with the 0x04 prefix)"},
		&cli.StringFlag{Name: "key-file", Usage: "meter key `FILE` from `meter keygen`, either curve"},
		&cli.StringFlag{Name: "class", Value: "consumer", Usage: "consumer or prosumer"},
		&cli.UintFlag{Name: "max-power", Value: 15_000, Usage: "meter's max power in `WATTS` (readings above it are rejected as implausible)"},
		&cli.UintFlag{Name: "tariff", Value: 1, Usage: "tariff `ID`"},
		&cli.StringFlag{Name: "ocmf-ms", Category: "OCMF", Usage: "bind the meter to OCMF records with this meter serial `MS` (docs/ocmf.md)"},
		&cli.StringFlag{Name: "ocmf-gi", Category: "OCMF", Usage: "the records' gateway identification `GI` (with --ocmf-ms; default empty)"},
		&cli.StringFlag{Name: "ocmf-gs", Category: "OCMF", Usage: "the records' gateway serial `GS` (with --ocmf-ms; default empty)"},
	}, chainFlags...),
	Action: func(c *cli.Context) error {
		if !common.IsHexAddress(c.String("owner")) {
			return fmt.Errorf("--owner %q is not an address", c.String("owner"))
		}
		var signer common.Address
		var p256 *reading.P256Key
		switch {
		case c.String("key-file") != "":
			kf, key, err := meterfleet.ReadKeyFile(c.String("key-file"))
			if err != nil {
				return err
			}
			signer = kf.Address
			if kf.Curve == meterfleet.CurveP256 {
				pub, err := reading.P256KeyOf(&key.PublicKey)
				if err != nil {
					return err
				}
				p256 = &pub
			}
		case c.String("pubkey") != "":
			pub, err := parseP256PublicKey(c.String("pubkey"))
			if err != nil {
				return err
			}
			signer, p256 = pub.ID(), &pub
		case common.IsHexAddress(c.String("signer")):
			signer = common.HexToAddress(c.String("signer"))
		default:
			return errors.New("give the meter's key: --signer ADDRESS, --pubkey HEX or --key-file FILE")
		}
		class, err := meterfleet.ParseClass(c.String("class"))
		if err != nil {
			return err
		}
		if c.String("ocmf-ms") == "" && (c.String("ocmf-gi") != "" || c.String("ocmf-gs") != "") {
			return errors.New("--ocmf-gi and --ocmf-gs need --ocmf-ms (the meter serial every record names)")
		}
		if c.Uint("max-power") == 0 || c.Uint("max-power") > 1<<32-1 {
			return errors.New("--max-power must be between 1 and 4294967295 W")
		}
		client, chainID, err := connect(c)
		if err != nil {
			return err
		}
		defer client.Close()
		key, err := loadKey(c, chainID)
		if err != nil {
			return err
		}
		d, err := loadDeployment(c, chainID)
		if err != nil {
			return err
		}
		abi := bindings.NewMeterRegistry()
		opts := bind.NewKeyedTransactor(key, chainIDBig(chainID))
		opts.Context = c.Context
		owner, tariff, maxPower := common.HexToAddress(c.String("owner")), uint32(c.Uint("tariff")), uint32(c.Uint("max-power"))
		call := abi.PackRegister(c.Uint64("id"), owner, signer, uint8(class), tariff, maxPower)
		if p256 != nil {
			call = abi.PackRegisterP256(c.Uint64("id"), owner, p256.X(), p256.Y(), uint8(class), tariff, maxPower)
		}
		tx, err := bind.Transact(abi.Instance(client, d.MeterRegistry), opts, call)
		if err != nil {
			return fmt.Errorf("register meter %d: %w", c.Uint64("id"), withRevertName(err, &bindings.MeterRegistryMetaData))
		}
		r, err := chaintx.WaitOK(c.Context, client, tx.Hash())
		if err != nil {
			return fmt.Errorf("register meter %d: %w", c.Uint64("id"), err)
		}
		fmt.Printf("meter %d registered (%s, signer %s) in block %d\n", c.Uint64("id"), class, signer, r.BlockNumber)
		if ms := c.String("ocmf-ms"); ms != "" {
			id, block, err := bindOcmfIdentity(c.Context, client, opts, abi.Instance(client, d.MeterRegistry), c.Uint64("id"), c.String("ocmf-gi"), c.String("ocmf-gs"), ms)
			if err != nil {
				return err
			}
			fmt.Printf("OCMF identity %s (GI %q, GS %q, MS %q) bound to meter %d in block %d\n", hexutil.Encode(id[:]), c.String("ocmf-gi"), c.String("ocmf-gs"), ms, c.Uint64("id"), block)
		}
		return nil
	},
}

var meterSimulateCommand = &cli.Command{
	Name:  "simulate",
	Usage: "run a simulated meter fleet (or replay seed 003's CSV) against an oracle",
	Description: `Each simulated meter has a household load profile (base load, morning and evening peaks,
more in winter); prosumers have a rooftop PV curve (zero at night, a half sine over the day, lower in
winter). Readings are cumulative import/export registers at every --interval boundary, signed with
the meter's key (EIP-712), sealed to the oracle's public key (ECIES) and sent over HTTP or MQTT.

Simulated time: at --speed X the clock runs X simulated seconds per real second, starting
--backfill ago (default 24h when X > 1, else now). It never runs ahead of the wall clock (the ledger
rejects readings more than 300 s ahead of the chain): once caught up it continues in real time.

Meters come from --fleet FILE (written by 'meterchain devnet'), or are derived from --seed
(demo keys anyone can compute: dev chains only); --register registers them first with the chain key.
The simulator continues each meter from its last reading on the ledger.`,
	Flags: append([]cli.Flag{
		&cli.StringFlag{Name: "fleet", Usage: "fleet `FILE` with meter ids and keys (from meterchain devnet)"},
		&cli.IntFlag{Name: "meters", Value: 10, Usage: "number of meters (the first N of --fleet, or derived from --seed)"},
		&cli.StringFlag{Name: "seed", Value: "demo", Usage: "derive meter keys from this `SEED` when no --fleet is given"},
		&cli.BoolFlag{Name: "register", Usage: "register the derived meters first (registrar key via --dev-key/--keystore)"},
		&cli.StringFlag{Name: "owner", Usage: "owner `ADDRESS` of registered meters (default: the registrar)"},
		&cli.DurationFlag{Name: "interval", Value: 15 * time.Minute, Usage: "reading interval of each meter"},
		&cli.Float64Flag{Name: "speed", Value: 1, Usage: "simulated seconds per real second"},
		&cli.DurationFlag{Name: "backfill", Usage: "start the simulated clock this long ago (default 24h when --speed > 1)"},
		&cli.DurationFlag{Name: "duration", Usage: "stop after this long (default: until Ctrl-C)"},
		&cli.StringFlag{Name: "transport", Value: "http", Usage: "http or mqtt"},
		oracleURLFlag,
		&cli.StringFlag{Name: "mqtt-url", Value: "tcp://127.0.0.1:1883", EnvVars: []string{"METERCHAIN_MQTT_URL"}, Usage: "MQTT broker `URL`"},
		&cli.StringFlag{Name: "oracle-key", Usage: "oracle public key `HEX` (default: GET <oracle-url>/v1/oracle, then the deployment file)"},
		&cli.IntFlag{Name: "workers", Value: 32, Usage: "parallel uploads"},
		&cli.StringFlag{Name: "replay", Usage: "replay seed 003's table from this CSV `FILE` instead of simulating (daily kWh accumulated into the import register)"},
		stopTimeoutFlag,
	}, chainFlags...),
	Action: meterSimulate,
}

func meterSimulate(c *cli.Context) error {
	client, chainID, err := connect(c)
	if err != nil {
		return err
	}
	defer client.Close()
	d, err := loadDeployment(c, chainID)
	if err != nil {
		return err
	}
	var replay []meterfleet.Row
	if path := c.String("replay"); path != "" {
		f, err := os.Open(path)
		if err != nil {
			return fmt.Errorf("open replay file: %w", err)
		}
		replay, err = meterfleet.ParseCSV(f)
		f.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
	}
	var meters []*meterfleet.Meter
	if path := c.String("fleet"); path != "" {
		f, all, err := meterfleet.LoadFleet(path)
		if err != nil {
			return err
		}
		if f.ChainID != 0 && f.ChainID != chainID {
			return fmt.Errorf("fleet %s is for chain %d, the node is chain %d", path, f.ChainID, chainID)
		}
		meters = all[:min(len(all), c.Int("meters"))]
	} else {
		if chainID != devnet.ChainID {
			return fmt.Errorf("derived demo keys are refused on chain %d: give --fleet FILE", chainID)
		}
		if replay != nil {
			// The CSV names its meters: derive a key for each of them.
			seen := map[uint64]bool{}
			for _, row := range replay {
				if !seen[row.MeterID] {
					seen[row.MeterID] = true
					meters = append(meters, meterfleet.NewMeter(row.MeterID, meterfleet.DeriveKey(c.String("seed"), row.MeterID), meterfleet.Consumer, common.Address{}))
				}
			}
		} else {
			meters = meterfleet.DemoFleet(c.String("seed"), c.Int("meters"), nil)
		}
	}
	if len(meters) == 0 {
		return meterfleet.ErrNoMeters
	}
	if c.Bool("register") {
		key, err := loadKey(c, chainID)
		if err != nil {
			return err
		}
		owner := crypto.PubkeyToAddress(key.PublicKey)
		if s := c.String("owner"); s != "" {
			if !common.IsHexAddress(s) {
				return fmt.Errorf("--owner %q is not an address", s)
			}
			owner = common.HexToAddress(s)
		}
		for _, m := range meters {
			if m.Owner == (common.Address{}) {
				m.Owner = owner
			}
		}
		fmt.Fprintf(os.Stderr, "registering %d meters ...\n", len(meters))
		if err := meterfleet.Register(c.Context, client, bind.NewKeyedTransactor(key, chainIDBig(chainID)), d.MeterRegistry, meters, 1); err != nil {
			return err
		}
	}
	if err := meterfleet.Resume(c.Context, client, d.ReadingLedger, meters); err != nil {
		return err
	}
	oracleKey, err := oraclePublicKey(c.Context, c.String("oracle-key"), c.String("oracle-url"), d)
	if err != nil {
		return err
	}
	sender, err := newSender(c.Context, c.String("transport"), c.String("oracle-url"), c.String("mqtt-url"), c.Int("workers"))
	if err != nil {
		return err
	}
	defer sender.Close()
	// P-256 meters seal to the oracle's P-256 key (envelope version 2) when it publishes one,
	// else to its secp256k1 key (version 1), which the oracle takes from them too.
	oracleP256, err := meterfleet.FetchOracleP256Key(c.Context, c.String("oracle-url"))
	if err != nil {
		fmt.Fprintf(os.Stderr, "P-256 meters seal envelope version 1: %v\n", err)
	}
	cfg := meterfleet.Config{
		Meters: meters, Domain: reading.Domain{ChainID: chainID, Ledger: d.ReadingLedger}, OracleKey: oracleKey, OracleP256Key: oracleP256,
		Sender: sender, Interval: c.Duration("interval"), Speed: c.Float64("speed"), Workers: c.Int("workers"),
		Duration: c.Duration("duration"), Progress: os.Stderr,
	}
	if b := c.Duration("backfill"); b > 0 {
		cfg.Start = time.Now().Add(-b)
	}
	return runService(c, &fleetRun{run: func(ctx context.Context) (*meterfleet.Stats, error) {
		if replay != nil {
			return replayRows(ctx, cfg, replay)
		}
		return meterfleet.Run(ctx, cfg)
	}})
}

// fleetRun is a simulated fleet's run as a lifecycle.Service: until Ctrl-C, or until it ends by
// itself (--duration, the end of a replay). Stop prints its statistics.
type fleetRun struct {
	run    func(ctx context.Context) (*meterfleet.Stats, error)
	cancel context.CancelFunc
	done   chan struct{}
	stats  *meterfleet.Stats
	err    error
}

func (f *fleetRun) Start(ctx context.Context) error {
	ctx, f.cancel = context.WithCancel(ctx)
	f.done = make(chan struct{})
	go func() {
		defer close(f.done)
		f.stats, f.err = f.run(ctx)
	}()
	return nil
}

func (f *fleetRun) Done() <-chan struct{} { return f.done }

func (f *fleetRun) Stop(context.Context) error {
	f.cancel()
	<-f.done
	if f.stats != nil {
		fmt.Fprintf(os.Stderr, "%s\n", f.stats)
	}
	if errors.Is(f.err, context.Canceled) {
		return nil
	}
	return f.err
}

func replayRows(ctx context.Context, cfg meterfleet.Config, rows []meterfleet.Row) (*meterfleet.Stats, error) {
	byID := map[uint64]*meterfleet.Meter{}
	for _, m := range cfg.Meters {
		byID[m.ID] = m
	}
	jobs, err := meterfleet.ReplayJobs(rows, byID, 0)
	if err != nil {
		return nil, fmt.Errorf("replay: %w (the CSV's meters must be in --fleet, or use --seed and --register)", err)
	}
	return meterfleet.Replay(ctx, cfg, jobs)
}

// oraclePublicKey is --oracle-key, else what the oracle publishes, else the deployment file's.
func oraclePublicKey(ctx context.Context, flag, oracleURL string, d *deploy.Deployment) (*ecdsa.PublicKey, error) {
	if flag != "" {
		return meterfleet.ParsePublicKey(flag)
	}
	ctx2, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	k, err := meterfleet.FetchOracleKey(ctx2, oracleURL)
	if err == nil {
		return k, nil
	}
	if d.OraclePublicKey != "" {
		return meterfleet.ParsePublicKey(d.OraclePublicKey)
	}
	return nil, fmt.Errorf("no oracle public key: %v; give --oracle-key", err)
}

func newSender(ctx context.Context, transport, oracleURL, mqttURL string, conns int) (meterfleet.Sender, error) {
	switch transport {
	case "http":
		return meterfleet.NewHTTPSender(oracleURL, conns), nil
	case "mqtt":
		return meterfleet.NewMQTTSender(ctx, mqttURL, fmt.Sprintf("meterchain-sim-%d", os.Getpid()))
	}
	return nil, fmt.Errorf("--transport %q: want http or mqtt", transport)
}

// withRevertName adds the contract's custom error name (MeterExists, InvalidMeterId, ...) to a
// failed call's error, decoded from the revert data against the contract's ABI.
// parseP256PublicKey reads a P-256 public key given as hex x || y, with or without the 0x04
// prefix of the uncompressed form, and checks it lies on the curve.
func parseP256PublicKey(s string) (reading.P256Key, error) {
	var k reading.P256Key
	raw, err := hexutil.Decode(s)
	if err != nil {
		return k, fmt.Errorf("--pubkey: %w", err)
	}
	if len(raw) == 65 && raw[0] == 4 {
		raw = raw[1:]
	}
	if len(raw) != len(k) {
		return k, fmt.Errorf("--pubkey: %d bytes, want 64 (x || y) or 65 (0x04 || x || y)", len(raw))
	}
	copy(k[:], raw)
	if _, err := k.PublicKey(); err != nil {
		return k, fmt.Errorf("--pubkey: %w", err)
	}
	return k, nil
}

func withRevertName(err error, meta *bind.MetaData) error {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return err
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return err
	}
	data, derr := hexutil.Decode(s)
	parsed, perr := meta.ParseABI()
	if derr != nil || perr != nil || len(data) < 4 {
		return err
	}
	abiErr, lerr := parsed.ErrorByID([4]byte(data[:4]))
	if lerr != nil {
		return err
	}
	args, uerr := abiErr.Unpack(data)
	if uerr != nil {
		return fmt.Errorf("%s: %w", abiErr.Name, err)
	}
	return fmt.Errorf("%s%v: %w", abiErr.Name, args, err)
}
