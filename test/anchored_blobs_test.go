package test

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/internal/anchor"
	"github.com/meterchain/meterchain/internal/anchorchain"
)

// fixedSource serves one answer for every batch.
type fixedSource struct {
	name string
	data []byte
	err  error
}

func (f fixedSource) BlobData(context.Context, []common.Hash) ([]byte, error) { return f.data, f.err }
func (f fixedSource) String() string                                          { return f.name }

// A batch in blobs is read from sources nobody has to trust: the reader asks them in turn and
// keeps the first data that packs into the blobs the anchor transaction committed, so a source
// that lies or has nothing costs only its turn; with no honest source the data is unavailable
// (ErrNoData, the watcher demands it). The HTTP source (an oracle's /v1/anchored/data/) reads no
// more than the batch's blobs can hold.
func TestBlobBatchDataFromUntrustedSources(t *testing.T) {
	f := newAnchoredFleet(t, 4)
	f.blobs = true
	asOf := f.e.Now()
	b := f.forge(f.round(1, 4), asOf, nil)
	p := f.post(b, asOf)
	require.Positive(t, p.Receipt.BlobGasUsed)

	lie := bytes.Clone(b.data)
	lie[len(lie)-1] ^= 1
	served := map[string][]byte{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		data, ok := served[strings.TrimPrefix(r.URL.Path, anchorchain.DataPath)]
		if !ok {
			http.NotFound(w, r)
			return
		}
		_, _ = w.Write(data)
	}))
	defer srv.Close()
	oracle := anchorchain.HTTPBlobSource{URL: srv.URL}
	liar := fixedSource{name: "liar", data: lie}
	absent := fixedSource{name: "absent", err: anchorchain.ErrNotServed}
	read := func(sources ...anchorchain.BlobSource) ([]byte, error) {
		rd, err := anchorchain.NewReader(f.e.Client, f.a.Addr, sources...)
		require.NoError(t, err)
		return rd.Data(f.e.Ctx, p.Receipt.TxHash)
	}

	_, err := read(liar, absent, oracle)
	require.ErrorIs(t, err, anchorchain.ErrNoData, "the oracle does not serve it yet")
	key := common.Hash(p.Header.DataHash).Hex()
	served[key] = b.data
	got, err := read(liar, absent, oracle)
	require.NoError(t, err)
	require.Equal(t, b.data, got)
	entries, err := anchor.DecodeData(got)
	require.NoError(t, err)
	require.Equal(t, b.entries, entries)

	served[key] = append(bytes.Clone(b.data), make([]byte, 2*anchor.BlobCapacity)...)
	_, err = read(oracle)
	require.ErrorIs(t, err, anchorchain.ErrNoData)
	require.ErrorContains(t, err, "more than 1 blobs' worth", "an oversized answer is cut off, not read whole")
	_, err = read(liar)
	require.ErrorIs(t, err, anchor.ErrBadData)
	require.ErrorIs(t, err, anchorchain.ErrNoData)
}
