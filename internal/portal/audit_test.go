package portal

import (
	"bytes"
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/internal/portal/audit"
	"github.com/meterchain/meterchain/internal/tariff"
)

// auditConfig is the audit of the scene's stores, as `meterchain audit` runs it.
func (s *scene) auditConfig() audit.Config {
	return audit.Config{Deployment: s.e.Deployment, Backend: s.e.Client, Readings: s.st, Bills: s.svc.Index(), Decimals: s.srv.decimals}
}

func TestAuditCleanMeter(t *testing.T) {
	s := newScene(t)
	rep, err := audit.Meter(context.Background(), s.auditConfig(), meter1)
	require.NoError(t, err)
	require.True(t, rep.OK(), "%v", rep.Problems)
	require.Equal(t, len(s.readings), rep.Readings)
	require.Equal(t, len(s.readings), rep.ReadingsOK)
	require.Equal(t, len(s.readings), rep.OnChain)
	require.Equal(t, 2, rep.Bills)
	require.Equal(t, 2, rep.BillsOK)
}

func TestAuditDetectsTamperedRows(t *testing.T) {
	for name, tamper := range map[string]string{
		"detail record": `UPDATE readings SET temperature_mc = temperature_mc + 1000 WHERE meter_id = ? AND seq = 10`,
		"register":      `UPDATE readings SET import_wh = import_wh - 1 WHERE meter_id = ? AND seq = 10`,
		"signature":     `UPDATE readings SET signature = (SELECT signature FROM readings WHERE meter_id = ? AND seq = 11) WHERE seq = 10 AND meter_id = 352522395`,
		"deleted row":   `DELETE FROM readings WHERE meter_id = ? AND seq = 10`,
	} {
		t.Run(name, func(t *testing.T) {
			s := newScene(t)
			_, err := s.st.DB().Exec(tamper, meter1)
			require.NoError(t, err)
			rep, err := audit.Meter(context.Background(), s.auditConfig(), meter1)
			require.NoError(t, err)
			require.False(t, rep.OK())
			require.Len(t, rep.Problems, 1, "%v", rep.Problems)
			require.Contains(t, rep.Problems[0], "seq 10")
			var out bytes.Buffer
			rep.Print(&out)
			require.Contains(t, out.String(), "1 MISMATCH")
		})
	}
}

func TestAuditDetectsTamperedBill(t *testing.T) {
	s := newScene(t)
	_, err := s.svc.DB().Exec(`UPDATE bills SET amount = '1' WHERE period = 202602`)
	require.NoError(t, err)
	rep, err := audit.Meter(context.Background(), s.auditConfig(), meter1)
	require.NoError(t, err)
	require.Equal(t, 1, rep.BillsOK)
	require.Len(t, rep.Problems, 1)
	require.Contains(t, rep.Problems[0], "bill 202602: amount 0.000001")
}

func TestAuditTariffRuleMatchesContractQuote(t *testing.T) {
	s := newScene(t)
	bl := s.e.Billing()
	bl.SetTariff(2, 1_500_000, []uint64{100_000, 300_000}, 200_001, 300_000, 400_007)
	bm := bl.BillingABI
	onChain, err := bind.Call(bl.Manager, nil, bm.PackTariff(2), bm.UnpackTariff)
	require.NoError(t, err)
	rule := tariff.Tariff{FixedCharge: onChain.FixedCharge, UpToWh: onChain.UpToWh, PricePerKWh: onChain.PricePerKWh}
	for _, wh := range []uint64{0, 1, 499, 500, 99_999, 100_000, 100_001, 299_999, 300_000, 300_001, 1_234_567, 98_765_432} {
		want, err := bind.Call(bl.Manager, nil, bm.PackQuote(2, wh), bm.UnpackQuote)
		require.NoError(t, err)
		require.Equal(t, want.String(), rule.Amount(wh, 6).String(), "%d Wh", wh)
	}
}
