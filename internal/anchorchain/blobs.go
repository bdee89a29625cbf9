package anchorchain

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"

	"github.com/meterchain/meterchain/internal/anchor"
)

// BlobSource gives the data of a batch anchored in blobs, asked by the blobs' versioned hashes.
// It need not be trusted: the Reader keeps data only if it packs into exactly those blobs.
type BlobSource interface {
	BlobData(ctx context.Context, versioned []common.Hash) ([]byte, error)
	String() string // for errors and logs
}

// DataPath is where an oracle serves the data of the batches it anchored in blobs, by the batch's
// dataHash (anchor.BlobsHash of the versioned hashes): GET DataPath + "0x…" answers the data
// (application/octet-stream), 404 if the oracle does not have it.
const DataPath = "/v1/anchored/data/"

// MaxBlobsPerTx is the most blobs one transaction may carry (EIP-7594, Osaka); with the data's
// framing it bounds what a source may answer.
const MaxBlobsPerTx = 6

// ErrNotServed: the source does not have the batch.
var ErrNotServed = errors.New("not served")

// HTTPBlobSource fetches batch data from an oracle's DataPath (the relaying oracle keeps the data
// of every batch it anchored in blobs; blobs themselves leave the chain's nodes after ~18 days).
type HTTPBlobSource struct {
	URL    string       // the oracle's base URL, e.g. http://oracle:8080
	Client *http.Client // nil: a client with a 30 s timeout
}

var defaultHTTP = &http.Client{Timeout: 30 * time.Second}

func (h HTTPBlobSource) String() string { return strings.TrimRight(h.URL, "/") + DataPath }

// BlobData fetches the data of the blobs `versioned`, at most what that many blobs hold.
func (h HTTPBlobSource) BlobData(ctx context.Context, versioned []common.Hash) ([]byte, error) {
	if len(versioned) == 0 || len(versioned) > MaxBlobsPerTx {
		return nil, fmt.Errorf("%d blobs: a batch has 1 to %d", len(versioned), MaxBlobsPerTx)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, h.String()+anchor.BlobsHash(versioned).Hex(), nil)
	if err != nil {
		return nil, err
	}
	c := h.Client
	if c == nil {
		c = defaultHTTP
	}
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusNotFound {
		return nil, ErrNotServed
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("status %s", resp.Status)
	}
	// A blob holds 31 bytes of data per 32: a source cannot make the reader hold more than that.
	limit := int64(len(versioned)) * int64(len(kzg4844.Blob{})) * 31 / 32
	data, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("more than %d blobs' worth of data", len(versioned))
	}
	return data, nil
}
