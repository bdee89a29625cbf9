package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/urfave/cli/v2"

	"github.com/meterchain/meterchain/bindings"
	"github.com/meterchain/meterchain/internal/chaintx"
	"github.com/meterchain/meterchain/internal/ocmf"
	"github.com/meterchain/meterchain/oracle"
)

var oracleURLFlag = &cli.StringFlag{Name: "oracle-url", Value: "http://" + oracle.DefaultHTTPAddr, EnvVars: []string{"METERCHAIN_ORACLE_URL"}, Usage: "oracle HTTP `URL`"}

var meterOcmfCommand = &cli.Command{
	Name:      "ocmf",
	Usage:     "send OCMF signed meter records (calibration-law chargers and meters) to the oracle",
	ArgsUsage: "FILE",
	Description: `FILE holds one record OCMF|{payload}|{signature} exactly as the device emitted it (line
breaks inside it are kept: the signature covers the payload's bytes), or several, each starting a
line with OCMF|. Each is posted to <oracle-url>/v1/ocmf; the oracle's answer is printed per record.
The record's identity (GI, GS, MS) must be bound to a meter: meter register --ocmf-ms.`,
	Flags: []cli.Flag{oracleURLFlag},
	Action: func(c *cli.Context) error {
		if c.NArg() != 1 {
			return errors.New("give the record FILE (- for standard input)")
		}
		var data []byte
		var err error
		if path := c.Args().First(); path == "-" {
			data, err = io.ReadAll(io.LimitReader(os.Stdin, 64<<20))
		} else {
			data, err = os.ReadFile(path)
		}
		if err != nil {
			return fmt.Errorf("read records: %w", err)
		}
		records := splitOcmfRecords(data)
		if len(records) == 0 {
			return fmt.Errorf("%s holds no OCMF record (a record starts a line with OCMF|)", c.Args().First())
		}
		client := &http.Client{Timeout: 30 * time.Second}
		refused := 0
		for i, rec := range records {
			line, err := postOcmf(c.Context, client, c.String(oracleURLFlag.Name), rec)
			if err != nil {
				return fmt.Errorf("record %d: %w", i+1, err)
			}
			if !line.ok {
				refused++
			}
			fmt.Printf("record %d: %s\n", i+1, line.text)
		}
		if refused > 0 {
			return fmt.Errorf("%d of %d records refused", refused, len(records))
		}
		return nil
	},
}

// splitOcmfRecords cuts a file into records: each starts a line with "OCMF|" and runs to the
// next such line; the line break ending a record is not part of it.
func splitOcmfRecords(data []byte) [][]byte {
	var out [][]byte
	start := -1
	for i := 0; i < len(data); {
		if (i == 0 || data[i-1] == '\n') && bytes.HasPrefix(data[i:], []byte("OCMF|")) {
			if start >= 0 {
				out = append(out, bytes.TrimRight(data[start:i], "\r\n"))
			}
			start = i
		}
		if j := bytes.IndexByte(data[i:], '\n'); j >= 0 {
			i += j + 1
		} else {
			break
		}
	}
	if start >= 0 {
		out = append(out, bytes.TrimRight(data[start:], "\r\n"))
	}
	return out
}

type ocmfAnswer struct {
	ok   bool
	text string
}

// postOcmf posts one record and words the oracle's answer; err only when there is none.
func postOcmf(ctx context.Context, client *http.Client, base string, rec []byte) (ocmfAnswer, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, strings.TrimRight(base, "/")+"/v1/ocmf", bytes.NewReader(rec))
	if err != nil {
		return ocmfAnswer{}, err
	}
	req.Header.Set("Content-Type", "text/plain")
	resp, err := client.Do(req)
	if err != nil {
		return ocmfAnswer{}, fmt.Errorf("post to the oracle: %w", err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 1<<16))
	if err != nil {
		return ocmfAnswer{}, fmt.Errorf("read the oracle's answer: %w", err)
	}
	var ans struct {
		oracle.Result
		Error *struct{ Code, Message string } `json:"error"`
	}
	if err := json.Unmarshal(body, &ans); err != nil {
		return ocmfAnswer{}, fmt.Errorf("the oracle answered HTTP %d: %.200s", resp.StatusCode, body)
	}
	if ans.Error != nil {
		return ocmfAnswer{text: fmt.Sprintf("refused (HTTP %d): %s: %s", resp.StatusCode, ans.Error.Code, ans.Error.Message)}, nil
	}
	text := fmt.Sprintf("stored as reading %d (meter %d, seq %d)", ans.ID, ans.MeterID, ans.Seq)
	if ans.Expected != "" {
		text += ", expected on the ledger: " + ans.Expected
	}
	return ocmfAnswer{ok: true, text: text}, nil
}

// bindOcmfIdentity binds the OCMF identity (GI, GS, MS) to a meter (MeterRegistry.bindOcmf).
func bindOcmfIdentity(ctx context.Context, b chaintx.Backend, opts *bind.TransactOpts, registry *bind.BoundContract, meterID uint64, gi, gs, ms string) ([32]byte, uint64, error) {
	abi := bindings.NewMeterRegistry()
	id := ocmf.Identity([]byte(gi), []byte(gs), []byte(ms))
	tx, err := bind.Transact(registry, opts, abi.PackBindOcmf(meterID, id))
	if err != nil {
		return id, 0, fmt.Errorf("bind OCMF identity to meter %d: %w", meterID, withRevertName(err, &bindings.MeterRegistryMetaData))
	}
	r, err := chaintx.WaitOK(ctx, b, tx.Hash())
	if err != nil {
		return id, 0, fmt.Errorf("bind OCMF identity to meter %d: %w", meterID, err)
	}
	return id, r.BlockNumber.Uint64(), nil
}
