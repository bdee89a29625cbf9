package settlement

import (
	"context"
	"math/big"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

// A meter sold after its period closed: the buyer's mandate must not be sent the seller's bill
// (BillingManager would refuse it with AutopayFailed, "bill of a period before the payer's
// ownership"). The service reads the bill's account from the chain once, keeps it in the index
// and collects only bills whose account is the mandate's payer.
func TestAutopayCollectsOnlyBillsThePayerAnswersFor(t *testing.T) {
	s := newScene(t, 1)
	seller, buyer := s.e.Users[0], s.e.Users[1]
	s.e.MustSend(seller, s.e.Registry, s.e.RegistryABI.PackChangeOwner(s.meters[0].ID, buyer.Addr))
	s.e.MustSend(buyer, s.bl.Manager, s.bl.BillingABI.PackSetAutopay(s.meters[0].ID, big.NewInt(100_000_000)))

	svc := s.service(filepath.Join(t.TempDir(), "s.db"), 0)
	defer svc.Stop()
	s.settle(svc)

	ctx := context.Background()
	b, err := svc.Index().Bill(ctx, s.billID(0))
	require.NoError(t, err)
	require.Zero(t, b.Paid.Sign(), "the new owner's mandate paid nothing of the seller's bill")
	failures, err := svc.Index().AutopayFailures(ctx, s.billID(0))
	require.NoError(t, err)
	require.Empty(t, failures, "no collection was sent, so none failed")
	var account string
	require.NoError(t, svc.DB().QueryRow(`SELECT account FROM bills WHERE bill_id = ?`, s.billID(0).String()).Scan(&account))
	require.Equal(t, seller.Addr.Hex(), account, "the seller answers for the period")

}
