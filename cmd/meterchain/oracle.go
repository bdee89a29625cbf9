package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/meterchain/meterchain/deploy"
	"github.com/meterchain/meterchain/internal/anchorchain"
	"github.com/meterchain/meterchain/internal/sim/meterfleet"
	"github.com/meterchain/meterchain/oracle"
)

// Flags of `meterchain oracle`; the defaults are oracle.Config's.
var (
	oracleKeyFlag = &cli.StringFlag{Name: "oracle-key", EnvVars: []string{"METERCHAIN_ORACLE_KEY"}, Category: "Oracle",
		Usage: "go-ethereum keystore `FILE` of the oracle's ECIES decryption key (meters encrypt to its public key)"}
	oracleP256KeyFlag = &cli.StringFlag{Name: "oracle-p256-key", EnvVars: []string{"METERCHAIN_ORACLE_P256_KEY"}, Category: "Oracle",
		Usage: "P-256 key `FILE` (`meterchain meter keygen --curve p256`) for envelope version 2, from devices with only P-256; published in GET /v1/oracle"}
	oraclePasswordFileFlag = &cli.StringFlag{Name: "oracle-password-file", EnvVars: []string{"METERCHAIN_ORACLE_PASSWORD_FILE"}, Category: "Oracle",
		Usage: "`FILE` holding the oracle keystore's password"}
	devOracleKeyFlag = &cli.StringFlag{Name: "dev-oracle-key", EnvVars: []string{"METERCHAIN_DEV_ORACLE_KEY"}, Category: "Oracle",
		Usage: "raw hex ECIES private key, " + devOnly}
	oracleStoreFlag = &cli.StringFlag{Name: "db", Value: oracle.DefaultDBPath, EnvVars: []string{"METERCHAIN_ORACLE_DB"}, Category: "Oracle",
		Usage: "SQLite `FILE` of the oracle's inbox/outbox"}
	publishKeyFlag = &cli.BoolFlag{Name: "publish-key", EnvVars: []string{"METERCHAIN_PUBLISH_KEY"}, Category: "Oracle",
		Usage: "write this oracle's public key into the deployment file even when it names another one"}

	httpAddrFlag = &cli.StringFlag{Name: "http-addr", Value: oracle.DefaultHTTPAddr, EnvVars: []string{"METERCHAIN_HTTP_ADDR"}, Category: "Ingestion",
		Usage: "HTTP listen `ADDRESS` (POST /v1/readings, status, /metrics)"}
	tlsCertFlag = &cli.StringFlag{Name: "tls-cert", EnvVars: []string{"METERCHAIN_TLS_CERT"}, Category: "Ingestion",
		Usage: "TLS certificate `FILE` (PEM): serve HTTPS (with --tls-key)"}
	tlsKeyFlag = &cli.StringFlag{Name: "tls-key", EnvVars: []string{"METERCHAIN_TLS_KEY"}, Category: "Ingestion",
		Usage: "TLS private key `FILE` (PEM)"}
	mqttURLFlag = &cli.StringFlag{Name: "mqtt-url", EnvVars: []string{"METERCHAIN_MQTT_URL"}, Category: "Ingestion",
		Usage: "MQTT broker `URL` to subscribe to meters/+/readings (e.g. tcp://127.0.0.1:1883, ssl://…); empty: no MQTT"}
	mqttClientIDFlag = &cli.StringFlag{Name: "mqtt-client-id", Value: oracle.DefaultMQTTClientID, EnvVars: []string{"METERCHAIN_MQTT_CLIENT_ID"}, Category: "Ingestion",
		Usage: "MQTT client `ID` (stable: the broker keeps the session while the oracle is down)"}
	mqttUsernameFlag = &cli.StringFlag{Name: "mqtt-username", EnvVars: []string{"METERCHAIN_MQTT_USERNAME"}, Category: "Ingestion",
		Usage: "MQTT user `NAME`"}
	mqttPasswordFileFlag = &cli.StringFlag{Name: "mqtt-password-file", EnvVars: []string{"METERCHAIN_MQTT_PASSWORD_FILE"}, Category: "Ingestion",
		Usage: "`FILE` holding the MQTT password"}
	coapAddrFlag = &cli.StringFlag{Name: "coap-addr", EnvVars: []string{"METERCHAIN_COAP_ADDR"}, Category: "Ingestion",
		Usage: "CoAP (UDP) listen `ADDRESS`, e.g. 127.0.0.1:5683; empty: no CoAP"}
	rateFlag = &cli.Float64Flag{Name: "rate", Value: oracle.DefaultRatePerSecond, EnvVars: []string{"METERCHAIN_RATE"}, Category: "Ingestion",
		Usage: "readings per second allowed per meter (negative: no limit)"}
	rateBurstFlag = &cli.IntFlag{Name: "rate-burst", Value: oracle.DefaultRateBurst, EnvVars: []string{"METERCHAIN_RATE_BURST"}, Category: "Ingestion",
		Usage: "burst allowed per meter"}

	batchMaxFlag = &cli.IntFlag{Name: "batch-max", Value: oracle.DefaultBatchMax, EnvVars: []string{"METERCHAIN_BATCH_MAX"}, Category: "Relayer",
		Usage: "readings per transaction"}
	batchMaxBytesFlag = &cli.IntFlag{Name: "batch-max-bytes", EnvVars: []string{"METERCHAIN_BATCH_MAX_BYTES"}, Category: "Relayer",
		Usage: "data bytes per transaction (0: 96 KiB of calldata, under the txpool's 128 KiB limit; anchoring in blobs, six blobs' worth)"}
	anchorDataFlag = &cli.StringFlag{Name: "anchor-data", Value: oracle.AnchorCalldata, EnvVars: []string{"METERCHAIN_ANCHOR_DATA"}, Category: "Relayer",
		Usage: "anchored ledger: where a batch's data goes, calldata or blobs (EIP-4844, Osaka cell proofs; the oracle keeps and serves the data at " + anchorchain.DataPath + ")"}
	batchIntervalFlag = &cli.DurationFlag{Name: "batch-interval", EnvVars: []string{"METERCHAIN_BATCH_INTERVAL"}, Category: "Relayer",
		Usage: "longest wait before a partial batch is sent (0: " + oracle.DefaultBatchInterval.String() + ", anchoring in blobs " + oracle.DefaultBlobBatchInterval.String() + ")"}
	maxInFlightFlag = &cli.IntFlag{Name: "max-in-flight", Value: oracle.DefaultMaxInFlight, EnvVars: []string{"METERCHAIN_MAX_IN_FLIGHT"}, Category: "Relayer",
		Usage: "transactions sent and not yet mined"}
)

var oracleCommand = &cli.Command{
	Name:  "oracle",
	Usage: "run the oracle alone: meter readings in (HTTP(S), MQTT, CoAP), relayed to the ledger",
	Description: `Takes encrypted, meter-signed readings (docs/wire-format.md), verifies them against the
MeterRegistry before spending gas, stores them durably in SQLite and relays them in batches to
the ReadingLedger through the sending key (--keystore, which needs the relayer role). Works against
any JSON-RPC endpoint. In production serve HTTP behind TLS (--tls-cert/--tls-key or a TLS proxy)
and point --mqtt-url at the utility's broker. Ctrl-C stops it cleanly; a restart resumes.`,
	Flags: append([]cli.Flag{
		oracleKeyFlag, oracleP256KeyFlag, oraclePasswordFileFlag, devOracleKeyFlag, oracleStoreFlag, publishKeyFlag,
		httpAddrFlag, tlsCertFlag, tlsKeyFlag, mqttURLFlag, mqttClientIDFlag, mqttUsernameFlag, mqttPasswordFileFlag, coapAddrFlag,
		rateFlag, rateBurstFlag,
		batchMaxFlag, batchMaxBytesFlag, batchIntervalFlag, maxInFlightFlag, anchorDataFlag, blobDataURLFlag,
		&cli.Float64Flag{Name: "unauth-rate", Value: oracle.DefaultUnauthPerSecond, EnvVars: []string{"METERCHAIN_UNAUTH_RATE"}, Category: "Limits",
			Usage: "unauthenticated inputs (junk, unknown meters, replays, unverified readings) per second per source address or MQTT topic (negative: no limit)"},
		&cli.IntFlag{Name: "unauth-burst", Value: oracle.DefaultUnauthBurst, EnvVars: []string{"METERCHAIN_UNAUTH_BURST"}, Category: "Limits",
			Usage: "burst of unauthenticated inputs per source"},
		&cli.Float64Flag{Name: "unauth-total-rate", Value: oracle.DefaultUnauthTotalPerSecond, EnvVars: []string{"METERCHAIN_UNAUTH_TOTAL_RATE"}, Category: "Limits",
			Usage: "unauthenticated inputs per second over all sources (negative: no limit)"},
		&cli.IntFlag{Name: "unauth-total-burst", Value: oracle.DefaultUnauthTotalBurst, EnvVars: []string{"METERCHAIN_UNAUTH_TOTAL_BURST"}, Category: "Limits",
			Usage: "burst of unauthenticated inputs over all sources"},
		&cli.IntFlag{Name: "limiter-entries", Value: oracle.DefaultLimiterEntries, EnvVars: []string{"METERCHAIN_LIMITER_ENTRIES"}, Category: "Limits",
			Usage: "meters and sources remembered (rate buckets, registry answers), least recently used forgotten first"},
		&cli.Int64Flag{Name: "quarantine-max-bytes", Value: oracle.DefaultQuarantineMaxBytes, EnvVars: []string{"METERCHAIN_QUARANTINE_MAX_BYTES"}, Category: "Limits",
			Usage: "size of the quarantine of refused input, oldest evicted first"},
		&cli.Int64Flag{Name: "quarantine-source-max-bytes", Value: oracle.DefaultQuarantineSourceMaxBytes, EnvVars: []string{"METERCHAIN_QUARANTINE_SOURCE_MAX_BYTES"}, Category: "Limits",
			Usage: "share of the quarantine one source may fill"},
		&cli.DurationFlag{Name: "http-read-timeout", Value: oracle.DefaultHTTPReadTimeout, EnvVars: []string{"METERCHAIN_HTTP_READ_TIMEOUT"}, Category: "Limits",
			Usage: "longest time to read a request, headers and body (headers alone: at most 10s)"},
		&cli.DurationFlag{Name: "http-write-timeout", Value: oracle.DefaultHTTPWriteTimeout, EnvVars: []string{"METERCHAIN_HTTP_WRITE_TIMEOUT"}, Category: "Limits",
			Usage: "longest time to answer a request"},
		&cli.DurationFlag{Name: "http-idle-timeout", Value: oracle.DefaultHTTPIdleTimeout, EnvVars: []string{"METERCHAIN_HTTP_IDLE_TIMEOUT"}, Category: "Limits",
			Usage: "longest time a keep-alive connection may stay idle"},
		&cli.IntFlag{Name: "max-connections", Value: oracle.DefaultMaxConnections, EnvVars: []string{"METERCHAIN_MAX_CONNECTIONS"}, Category: "Limits",
			Usage: "HTTP connections (and CoAP sessions) open at once"},
		&cli.IntFlag{Name: "max-connections-per-source", Value: oracle.DefaultMaxConnectionsPerSource, EnvVars: []string{"METERCHAIN_MAX_CONNECTIONS_PER_SOURCE"}, Category: "Limits",
			Usage: "HTTP connections one address may hold open once half of --max-connections are in use (trusted proxies exempt)"},
		&cli.StringSliceFlag{Name: "trusted-proxy", EnvVars: []string{"METERCHAIN_TRUSTED_PROXIES"}, Category: "Limits",
			Usage: "`CIDR` or address of a reverse proxy whose X-Forwarded-For names the client (repeatable); none by default"},
		stopTimeoutFlag,
	}, chainFlags...),
	Action: func(c *cli.Context) error { return runService(c, &oracleRun{c: c}) },
}

// oracleRun is `meterchain oracle` as a lifecycle.Service.
type oracleRun struct {
	c      *cli.Context
	client *ethclient.Client
	svc    *oracle.Service
}

func (r *oracleRun) Start(ctx context.Context) error {
	c := r.c
	client, chainID, err := connectContext(ctx, c)
	if err != nil {
		return err
	}
	r.client = client
	cfg, err := oracleConfig(c, chainID)
	if err != nil {
		return err
	}
	if r.svc, err = oracle.New(cfg, client); err != nil {
		return err
	}
	if err := r.svc.Start(ctx); err != nil {
		return err
	}
	if err := publishOracleKey(c, chainID, cfg.Deployment, cfg.OracleKey); err != nil {
		return err
	}
	scheme := "http"
	if cfg.TLSCert != "" {
		scheme = "https"
	}
	fmt.Printf("oracle on chain %d, ledger %s\n  %s://%s/v1/readings\n", chainID, cfg.Deployment.ReadingLedger, scheme, r.svc.HTTPAddr())
	if cfg.MQTTURL != "" {
		fmt.Printf("  MQTT %s topic meters/+/readings\n", cfg.MQTTURL)
	}
	if a := r.svc.CoAPAddr(); a != "" {
		fmt.Printf("  coap://%s%s\n", a, oracle.CoAPPath)
	}
	fmt.Printf("  oracle public key %s\nCtrl-C to stop\n", r.svc.OraclePublicKey())
	return nil
}

func (r *oracleRun) Stop(context.Context) error {
	var errs []error
	if r.svc != nil {
		fmt.Fprintln(os.Stderr, "stopping the oracle ...")
		errs = append(errs, r.svc.Stop())
	}
	if r.client != nil {
		r.client.Close()
	}
	return errors.Join(errs...)
}

// oracleConfig is the oracle's Config from the command's flags, keys and deployment file.
func oracleConfig(c *cli.Context, chainID uint64) (oracle.Config, error) {
	relayerKey, err := loadKey(c, chainID)
	if err != nil {
		return oracle.Config{}, fmt.Errorf("relayer key: %w", err)
	}
	oracleKey, err := loadOracleKey(c, chainID)
	if err != nil {
		return oracle.Config{}, err
	}
	var oracleP256Key *ecdsa.PrivateKey
	if path := c.String(oracleP256KeyFlag.Name); path != "" {
		kf, key, err := meterfleet.ReadKeyFile(path)
		if err != nil {
			return oracle.Config{}, fmt.Errorf("oracle P-256 key: %w", err)
		}
		if kf.Curve != meterfleet.CurveP256 {
			return oracle.Config{}, fmt.Errorf("oracle P-256 key: %s holds a secp256k1 key", path)
		}
		oracleP256Key = key
	}
	d, err := loadDeployment(c, chainID)
	if err != nil {
		return oracle.Config{}, err
	}
	var mqttPassword string
	if f := c.String(mqttPasswordFileFlag.Name); f != "" {
		p, err := os.ReadFile(f)
		if err != nil {
			return oracle.Config{}, fmt.Errorf("read MQTT password file: %w", err)
		}
		mqttPassword = strings.TrimRight(string(p), "\r\n")
	}
	return oracle.Config{
		Deployment: d, RelayerKey: relayerKey, OracleKey: oracleKey, OracleP256Key: oracleP256Key, DBPath: c.String(oracleStoreFlag.Name),
		HTTPAddr: c.String(httpAddrFlag.Name), TLSCert: c.String(tlsCertFlag.Name), TLSKey: c.String(tlsKeyFlag.Name),
		MQTTURL: c.String(mqttURLFlag.Name), MQTTClientID: c.String(mqttClientIDFlag.Name),
		MQTTUsername: c.String(mqttUsernameFlag.Name), MQTTPassword: mqttPassword,
		CoAPAddr:      c.String(coapAddrFlag.Name),
		RatePerSecond: c.Float64(rateFlag.Name), RateBurst: c.Int(rateBurstFlag.Name),
		BatchMax: c.Int(batchMaxFlag.Name), BatchMaxBytes: c.Int(batchMaxBytesFlag.Name), BatchInterval: c.Duration(batchIntervalFlag.Name),
		MaxInFlight: c.Int(maxInFlightFlag.Name), AnchorData: c.String(anchorDataFlag.Name), BlobSources: blobSources(c),
		UnauthPerSecond: c.Float64("unauth-rate"), UnauthBurst: c.Int("unauth-burst"),
		UnauthTotalPerSecond: c.Float64("unauth-total-rate"), UnauthTotalBurst: c.Int("unauth-total-burst"),
		LimiterEntries:     c.Int("limiter-entries"),
		QuarantineMaxBytes: c.Int64("quarantine-max-bytes"), QuarantineSourceMaxBytes: c.Int64("quarantine-source-max-bytes"),
		HTTPReadTimeout: c.Duration("http-read-timeout"), HTTPWriteTimeout: c.Duration("http-write-timeout"),
		HTTPIdleTimeout: c.Duration("http-idle-timeout"), MaxConnections: c.Int("max-connections"),
		MaxConnectionsPerSource: c.Int("max-connections-per-source"), TrustedProxies: c.StringSlice("trusted-proxy"),
	}, nil
}

// loadOracleKey returns the ECIES key from --oracle-key, or --dev-oracle-key against the embedded devnet.
func loadOracleKey(c *cli.Context, chainID uint64) (*ecdsa.PrivateKey, error) {
	if hexKey := c.String(devOracleKeyFlag.Name); hexKey != "" {
		if err := requireDevnet(c.Context, "--dev-oracle-key", c.String(rpcURLFlag.Name), chainID); err != nil {
			return nil, err
		}
		return crypto.HexToECDSA(strings.TrimPrefix(hexKey, "0x"))
	}
	path := c.String(oracleKeyFlag.Name)
	if path == "" {
		return nil, fmt.Errorf("no oracle key: give --oracle-key FILE (a keystore; `meterchain account new` makes one)")
	}
	k, err := readKeystore(path, c.String(oraclePasswordFileFlag.Name))
	if err != nil {
		return nil, fmt.Errorf("oracle key: %w", err)
	}
	return k, nil
}

// publishOracleKey writes the oracle's public key into the deployment file when it names none
// (or --publish-key says to replace another), so meter clients reading the file encrypt to this
// oracle. Another oracle's key is left alone by default: its meters would stop reaching it.
func publishOracleKey(c *cli.Context, chainID uint64, d *deploy.Deployment, key *ecdsa.PrivateKey) error {
	pub := hexutil.Encode(crypto.FromECDSAPub(&key.PublicKey))
	if d.OraclePublicKey == pub {
		return nil
	}
	if d.OraclePublicKey != "" && !c.Bool(publishKeyFlag.Name) {
		fmt.Fprintf(os.Stderr, "note: the deployment file publishes another oracle key (%.18s…); meters encrypting to it get\n"+
			"      'undecryptable' here. Publish this oracle's key (GET /v1/oracle) or rerun with --publish-key.\n", d.OraclePublicKey)
		return nil
	}
	path := deploymentPath(c, chainID)
	dir := filepath.Dir(path)
	if filepath.Clean(path) != deploy.Path(dir, chainID) { // Save writes <dir>/<chainID>.json only
		fmt.Fprintf(os.Stderr, "note: %s is not named %d.json, so this oracle's key is not written into it; meters\n"+
			"      fetch it from GET /v1/oracle.\n", path, chainID)
		return nil
	}
	d.OraclePublicKey = pub
	if _, err := d.Save(dir); err != nil {
		return fmt.Errorf("publish the oracle key in %s: %w", path, err)
	}
	return nil
}
