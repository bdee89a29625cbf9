package portal

import (
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/bindings"
	"github.com/meterchain/meterchain/bindings/stabletoken"
	"github.com/meterchain/meterchain/internal/billid"
	"github.com/meterchain/meterchain/internal/billpay"
	"github.com/meterchain/meterchain/internal/consent"
)

// TestUICallSelectorsMatchBindings: the selectors app.js encodes the wallet calls with are the
// Go bindings' (billpay's approve and pay, ConsentRegistry's grant and revoke).
func TestUICallSelectorsMatchBindings(t *testing.T) {
	js, err := uiFiles.ReadFile("ui/static/app.js")
	require.NoError(t, err)
	m := regexp.MustCompile(`const SELECTOR = \{approve: '([0-9a-f]{8})', pay: '([0-9a-f]{8})', grant: '([0-9a-f]{8})', revoke: '([0-9a-f]{8})', allowance: '([0-9a-f]{8})'\};`).FindStringSubmatch(string(js))
	require.NotNil(t, m, "app.js declares its selectors")
	approve, pay := billpay.WalletCalls(common.Address{1}, common.Address{2}, big.NewInt(3), big.NewInt(4), big.NewInt(0))
	cr := bindings.NewConsentRegistry()
	allowance := stabletoken.NewStableToken().PackAllowance(common.Address{1}, common.Address{2})
	for i, data := range [][]byte{approve.Data, pay.Data, cr.PackGrant(1, common.Address{3}, 1, 5), cr.PackRevoke(1, common.Address{3}), allowance} {
		require.Equal(t, fmt.Sprintf("%x", data[:4]), m[i+1], "selector %d", i)
	}
}

// TestUIPageShowsTheContractsItSignsFor: the meter page shows the contract addresses the wallet
// calls go to, and each pay button carries the bill and the amount it shows.
func TestUIPageShowsTheContractsItSignsFor(t *testing.T) {
	s := newScene(t)
	srv := httptest.NewServer(s.h)
	defer srv.Close()
	code, _, body := s.page(srv, s.login(s.owner), fmt.Sprintf("/ui/meters/%d", meter1))
	require.Equal(t, http.StatusOK, code)
	d := s.e.Deployment
	require.Contains(t, body, fmt.Sprintf(`id="contracts" data-chain="%s" data-token="%s" data-billing="%s" data-consent="%s" data-decimals="%d"`,
		hexutil.EncodeUint64(d.ChainID), d.StableToken.Hex(), d.BillingManager.Hex(), d.ConsentRegistry.Hex(), s.srv.decimals))
	var bill struct{ Bill BillView }
	feb := billid.Of(meter1, 202602).String()
	require.Equal(t, http.StatusOK, s.do(http.MethodGet, "/v1/bills/"+feb, s.login(s.owner), nil, &bill))
	require.Contains(t, body, fmt.Sprintf(`<button class="pay" data-bill="%s" data-outstanding="%s">Pay $%s</button>`, feb, bill.Bill.Outstanding, bill.Bill.Outstanding))
}

func chromiumOrSkip(t *testing.T) string {
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("chromium is not installed (Debian package chromium): CI must install it for the browser test")
	}
	t.Skip("chromium is not installed: apt-get install chromium to run the browser test")
	return ""
}

// walletPage is a meter page's pay and revoke controls with a recording wallet and a portal
// whose API answers with the page's own calls (honest) or with calls of its own (the attack):
// app.js must build the calls itself and, attacked, refuse the portal's and send nothing.
const walletPage = `<!doctype html><html><body>
<p id="contracts" data-chain="%[1]s" data-token="%[2]s" data-billing="%[3]s" data-consent="%[4]s" data-decimals="%[5]d"></p>
<button class="pay" data-bill="%[6]s" data-outstanding="12.34">Pay</button><code hidden></code>
<button class="revoke" data-meter="%[7]d" data-grantee="%[8]s">Revoke</button>
<p id="tx-status"></p><pre id="out"></pre>
<script>
const sent = [];
window.ethereum = {request: async ({method, params}) => {
  if (method === 'eth_requestAccounts') return ['0x00000000000000000000000000000000000000aa'];
  if (method === 'eth_chainId') return '%[1]s';
  if (method === 'eth_call') return '0x4c4b40'; // 5,000,000 base units approved for autopay
  if (method === 'eth_sendTransaction') { sent.push(params[0]); return '0x01'; }
  throw new Error(method);
}};
const evil = {to: '%[9]s', data: '0x095ea7b3'};
const units = () => baseUnits('12.34', %[5]d);
const approved = () => approveValue(5000000n, units());
const answer = (path) => %[10]t
  ? (path.includes('/pay') ? {approve: {to: '%[2]s', data: encodeApprove('%[3]s', approved())}, pay: {to: '%[3]s', data: encodePay('%[6]s', units())}}
    : {to: '%[4]s', data: encodeRevoke('%[7]d', '%[8]s'), cli: 'x'})
  : (path.includes('/pay') ? {approve: evil, pay: evil} : {...evil, cli: 'x'});
window.fetch = async (path) => ({ok: true, json: async () => answer(path)});
</script>
<script src="/ui/static/app.js"></script>
<script>
(async () => {
  const out = {approve: encodeApprove('%[3]s', approveValue(5000000n, baseUnits('12.34', %[5]d))), pay: encodePay('%[6]s', baseUnits('12.34', %[5]d)),
    grant: encodeGrant('%[7]d', '%[8]s', SCOPE.readings | SCOPE.bills, unixTime('2027-01-31')), revoke: encodeRevoke('%[7]d', '%[8]s')};
  document.querySelector('button.pay').click();
  await new Promise((r) => setTimeout(r, 200));
  out.payStatus = document.getElementById('tx-status').textContent;
  document.querySelector('button.revoke').click();
  await new Promise((r) => setTimeout(r, 200));
  out.revokeStatus = document.getElementById('tx-status').textContent;
  out.sent = sent;
  document.getElementById('out').textContent = JSON.stringify(out);
})();
</script></body></html>`

// TestBrowserBuildsWalletCallsItself: in a browser, app.js encodes approve, pay, grant and revoke
// exactly as the Go bindings do, and refuses to have the wallet sign a call the portal hands it
// that differs from the one it built (another spender, another contract).
func TestBrowserBuildsWalletCallsItself(t *testing.T) {
	bin := chromiumOrSkip(t)
	s := newScene(t)
	d := s.e.Deployment
	bill := billid.Of(meter1, 202602)
	attacker := s.third.Addr
	mux := http.NewServeMux()
	mux.Handle("/ui/static/", s.h)
	mux.HandleFunc("/wallet", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, walletPage, hexutil.EncodeUint64(d.ChainID), d.StableToken.Hex(), d.BillingManager.Hex(), d.ConsentRegistry.Hex(),
			s.srv.decimals, bill.String(), meter1, s.third2.Addr.Hex(), attacker.Hex(), r.URL.Query().Get("honest") == "1")
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	type result struct {
		Approve, Pay, Grant, Revoke string
		PayStatus, RevokeStatus     string
		Sent                        []map[string]string
	}
	run := func(query string) result {
		dom := chromium(t, bin, "--virtual-time-budget=5000", "--dump-dom", srv.URL+"/wallet"+query)
		raw := regexp.MustCompile(`(?s)<pre id="out">(.*?)</pre>`).FindStringSubmatch(dom)
		require.NotNil(t, raw, "the page ran: %s", dom)
		var out result
		require.NoError(t, json.Unmarshal([]byte(strings.ReplaceAll(raw[1], "&#34;", `"`)), &out), raw[1])
		return out
	}

	amount := new(big.Int).Mul(big.NewInt(1234), new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(s.srv.decimals)-2), nil))
	// The wallet reports 5,000,000 base units already approved (autopay): the page approves that
	// plus the payment, as billpay does, so paying by hand leaves autopay's allowance in place.
	approve, pay := billpay.WalletCalls(d.StableToken, d.BillingManager, bill, amount, big.NewInt(5_000_000))
	expiry := uint64(time.Date(2027, 1, 31, 0, 0, 0, 0, time.UTC).Unix())
	revoke := hexutil.Encode(s.cABI.PackRevoke(meter1, s.third2.Addr))
	out := run("?honest=1")
	require.Equal(t, hexutil.Encode(approve.Data), out.Approve)
	require.Equal(t, hexutil.Encode(pay.Data), out.Pay)
	require.Equal(t, hexutil.Encode(s.cABI.PackGrant(meter1, s.third2.Addr, uint8(consent.AllScopes), expiry)), out.Grant)
	require.Equal(t, revoke, out.Revoke)
	require.Contains(t, out.PayStatus, "Payment sent")
	require.Equal(t, []map[string]string{
		{"from": "0x00000000000000000000000000000000000000aa", "to": d.StableToken.Hex(), "data": hexutil.Encode(approve.Data)},
		{"from": "0x00000000000000000000000000000000000000aa", "to": d.BillingManager.Hex(), "data": hexutil.Encode(pay.Data)},
		{"from": "0x00000000000000000000000000000000000000aa", "to": d.ConsentRegistry.Hex(), "data": revoke},
	}, out.Sent, "honest portal: the page's own calls go to the wallet")

	out = run("")
	require.Contains(t, out.PayStatus, "refused", "the portal's pay calls differ from the page's")
	require.Contains(t, out.RevokeStatus, "refused")
	require.Empty(t, out.Sent, "the wallet was asked to sign nothing")
}
