package portal

import (
	"errors"
	"net/http"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/gin-gonic/gin"

	"github.com/meterchain/meterchain/internal/billing"
	"github.com/meterchain/meterchain/internal/billpay"
	"github.com/meterchain/meterchain/internal/consent"
)

// postNonce: POST /v1/auth/nonce {"address"?}: a single-use login challenge, and the EIP-4361
// message to sign when the address is given.
func (s *Server) postNonce(c *gin.Context) {
	var req struct {
		Address string `json:"address"`
	}
	if c.Request.ContentLength != 0 {
		if err := c.ShouldBindJSON(&req); err != nil {
			fail(c, errBadRequest("body must be JSON {\"address\": \"0x...\"}: "+err.Error()))
			return
		}
	}
	now := s.cfg.Now().UTC().Truncate(time.Second)
	nonce, exp, err := s.nonces.issue(source(c), now)
	if err != nil {
		fail(c, &apiError{Status: http.StatusTooManyRequests, Code: "busy", Message: err.Error()})
		return
	}
	out := gin.H{"nonce": nonce, "expiresAt": exp, "domain": s.cfg.Domain, "uri": s.cfg.URI, "chainId": s.cfg.Deployment.ChainID}
	if req.Address != "" {
		if !common.IsHexAddress(req.Address) {
			fail(c, errBadRequest("address must be a 0x-prefixed 20-byte hex address"))
			return
		}
		out["message"] = s.LoginMessage(common.HexToAddress(req.Address), nonce, now, exp).String()
	}
	c.JSON(http.StatusOK, out)
}

// LoginMessage is the EIP-4361 message this server asks a wallet to sign.
func (s *Server) LoginMessage(addr common.Address, nonce string, issued, expires time.Time) SIWEMessage {
	return SIWEMessage{Domain: s.cfg.Domain, Address: addr, Statement: LoginStatement, URI: s.cfg.URI, Version: "1",
		ChainID: s.cfg.Deployment.ChainID, Nonce: nonce, IssuedAt: issued, ExpirationTime: &expires}
}

// verifyLogin checks a signed EIP-4361 message: ours (domain, URI, chain), fresh, its nonce issued
// here and not used before, and signed by the address it names.
func (s *Server) verifyLogin(text string, sig []byte) (common.Address, *apiError) {
	refuse := func(msg string) (common.Address, *apiError) {
		return common.Address{}, &apiError{Status: http.StatusUnauthorized, Code: "login_refused", Message: msg}
	}
	m, err := ParseSIWE(text)
	if err != nil {
		return refuse("not a valid EIP-4361 message: " + err.Error())
	}
	now := s.cfg.Now()
	// The nonce is consumed first, whatever else is wrong: a challenge is good for one attempt.
	if !s.nonces.take(m.Nonce, now) {
		return refuse("the nonce was not issued by this server, was already used, or expired: ask for a new one")
	}
	switch {
	case m.Domain != s.cfg.Domain:
		return refuse("the message is for " + m.Domain + ", this server is " + s.cfg.Domain)
	case m.URI != s.cfg.URI:
		return refuse("the message URI " + m.URI + " is not " + s.cfg.URI)
	case m.Version != "1":
		return refuse("unsupported message version " + m.Version)
	case m.ChainID != s.cfg.Deployment.ChainID:
		return refuse("the message is for chain " + strconv.FormatUint(m.ChainID, 10) + ", this server serves chain " + strconv.FormatUint(s.cfg.Deployment.ChainID, 10))
	case m.IssuedAt.After(now.Add(time.Minute)):
		return refuse("the message is issued in the future")
	case m.ExpirationTime != nil && !now.Before(*m.ExpirationTime):
		return refuse("the message has expired")
	case m.NotBefore != nil && now.Before(*m.NotBefore):
		return refuse("the message is not valid yet")
	}
	signer, err := RecoverPersonal(text, sig)
	if err != nil {
		return refuse("bad signature: " + err.Error())
	}
	if signer != m.Address {
		return refuse("the signature is not by " + m.Address.Hex())
	}
	return signer, nil
}

// postLogin: POST /v1/auth/login {"message","signature"} → a bearer token (and the UI cookie).
func (s *Server) postLogin(c *gin.Context) {
	var req struct {
		Message   string        `json:"message" binding:"required"`
		Signature hexutil.Bytes `json:"signature" binding:"required"`
	}
	// JSON only: a page elsewhere can send a text/plain body without asking (no CORS preflight)
	// and would sign the visitor's browser in as whoever signed the message (login CSRF).
	if c.ContentType() != "application/json" {
		fail(c, &apiError{Status: http.StatusUnsupportedMediaType, Code: "unsupported_media_type", Message: "send the body as Content-Type: application/json"})
		return
	}
	if err := c.ShouldBindJSON(&req); err != nil {
		fail(c, errBadRequest("body must be JSON {\"message\", \"signature\": \"0x...\"}: "+err.Error()))
		return
	}
	addr, e := s.verifyLogin(req.Message, req.Signature)
	if e != nil {
		fail(c, e)
		return
	}
	tok, se := s.sessions.create(addr, s.cfg.Now())
	c.SetSameSite(http.SameSiteStrictMode)
	c.SetCookie(sessionCookie, tok, int(s.cfg.SessionTTL.Seconds()), "/", "", s.secure(), true)
	c.JSON(http.StatusOK, gin.H{"token": tok, "address": addr, "expiresAt": se.Expiry.UTC()})
}

// postLogout: POST /v1/auth/logout ends the session.
func (s *Server) postLogout(c *gin.Context) {
	if tok, ok := c.Get("token"); ok {
		s.sessions.drop(tok.(string))
	}
	c.SetCookie(sessionCookie, "", -1, "/", "", s.secure(), true)
	c.JSON(http.StatusOK, gin.H{"signedOut": true})
}

// getSession: GET /v1/auth/session, who the caller is.
func (s *Server) getSession(c *gin.Context) {
	who, ok := s.mustCaller(c)
	if !ok {
		return
	}
	reg, err := s.IsRegistrar(c.Request.Context(), who)
	if err != nil {
		fail(c, s.errInternal("read the registrar role", err))
		return
	}
	c.JSON(http.StatusOK, gin.H{"address": who, "registrar": reg})
}

// linkTTL is how long a sign-in link of POST /v1/auth/link may be opened and confirmed.
const linkTTL = time.Minute

// LoginLink is a one-time browser sign-in link (a path: /ui/login?code=…) for addr, valid for
// ttl: for a process that holds addr's key or made it public (meterchain devnet's demo wallets).
// The browser that opens it must confirm the address before it is signed in.
func (s *Server) LoginLink(addr common.Address, ttl time.Duration) (string, error) {
	code, err := s.sessions.code(addr, s.cfg.Now(), ttl)
	if err != nil {
		return "", err
	}
	return "/ui/login?code=" + code, nil
}

// postLink: POST /v1/auth/link, a one-time (linkTTL) browser sign-in link for the caller: a CLI or
// script that signed in with a key opens the UI without a browser wallet.
func (s *Server) postLink(c *gin.Context) {
	who, ok := s.mustCaller(c)
	if !ok {
		return
	}
	path, err := s.LoginLink(who, linkTTL)
	if err != nil {
		fail(c, &apiError{Status: http.StatusTooManyRequests, Code: "busy", Message: err.Error()})
		return
	}
	c.JSON(http.StatusOK, gin.H{"path": path})
}

// visibleMeters lists what the caller may see: everything for the utility, else owned meters and
// meters with a grant valid now.
func (s *Server) visibleMeters(c *gin.Context, who common.Address) ([]Access, *apiError) {
	ctx := c.Request.Context()
	reg, err := s.IsRegistrar(ctx, who)
	if err != nil {
		return nil, s.errInternal("read the registrar role", err)
	}
	var out []Access
	if reg {
		ms, err := s.cfg.Access.Meters(ctx)
		if err != nil {
			return nil, s.errInternal("list meters", err)
		}
		for _, m := range ms {
			as := "registrar"
			if m.Owner == who {
				as = "owner"
			}
			out = append(out, Access{Meter: m.ID, Owner: m.Owner, Prosumer: m.Prosumer, As: as, Scopes: consent.AllScopes.Names()})
		}
		return out, nil
	}
	owned, err := s.cfg.Access.OwnedBy(ctx, who)
	if err != nil {
		return nil, s.errInternal("list meters", err)
	}
	for _, m := range owned {
		out = append(out, Access{Meter: m.ID, Owner: m.Owner, Prosumer: m.Prosumer, As: "owner", Scopes: consent.AllScopes.Names()})
	}
	grants, err := s.cfg.Access.GrantsTo(ctx, who)
	if err != nil {
		return nil, s.errInternal("list grants", err)
	}
	for _, g := range grants {
		if !g.Active {
			continue
		}
		// checked as opening the meter is (the chain's current state), so a grant revoked in a
		// block the index has not followed is not listed either
		a, e := s.authorize(ctx, who, g.MeterID, 0)
		if e != nil && e.Status != http.StatusForbidden {
			return nil, e
		}
		if e == nil && a.As == "grant" {
			out = append(out, a)
		}
	}
	return out, nil
}

// getMeters: GET /v1/meters.
func (s *Server) getMeters(c *gin.Context) {
	who, ok := s.mustCaller(c)
	if !ok {
		return
	}
	ms, e := s.visibleMeters(c, who)
	if e != nil {
		fail(c, e)
		return
	}
	if ms == nil {
		ms = []Access{}
	}
	c.JSON(http.StatusOK, gin.H{"meters": ms})
}

// getMeter: GET /v1/meters/:meterId, the meter and how the caller may see it.
func (s *Server) getMeter(c *gin.Context) {
	a, ok := s.meterFor(c, 0)
	if !ok {
		return
	}
	c.JSON(http.StatusOK, a)
}

// page reads limit/offset (limit 1..1000, default 100).
func page(c *gin.Context) (limit, offset int, e *apiError) {
	limit, offset = 100, 0
	var err error
	if v := c.Query("limit"); v != "" {
		if limit, err = strconv.Atoi(v); err != nil || limit < 1 || limit > 1000 {
			return 0, 0, errBadRequest("limit must be 1..1000")
		}
	}
	if v := c.Query("offset"); v != "" {
		if offset, err = strconv.Atoi(v); err != nil || offset < 0 {
			return 0, 0, errBadRequest("offset must be a non-negative integer")
		}
	}
	return limit, offset, nil
}

func timeRange(c *gin.Context) (from, to uint64, e *apiError) {
	var err error
	if from, err = parseTime(c.Query("from")); err != nil {
		return 0, 0, errBadRequest(err.Error())
	}
	if to, err = parseTime(c.Query("to")); err != nil {
		return 0, 0, errBadRequest(err.Error())
	}
	if to != 0 && to <= from {
		return 0, 0, errBadRequest("to must be after from")
	}
	return from, to, nil
}

// getHistory: GET /v1/meters/:meterId/history?from=&to=&limit=&offset=, the meter's readings with
// their detail records and the server's check of each against the chain.
func (s *Server) getHistory(c *gin.Context) {
	a, ok := s.meterFor(c, consent.ScopeReadings)
	if !ok {
		return
	}
	from, to, e := timeRange(c)
	if e == nil {
		var limit, offset int
		if limit, offset, e = page(c); e == nil {
			views, err := s.History(c.Request.Context(), a, from, to, limit, offset)
			if err != nil {
				fail(c, s.errInternal("read readings", err))
				return
			}
			out := gin.H{"meterId": a.Meter, "readings": views, "limit": limit, "offset": offset}
			if len(views) == limit {
				out["next"] = offset + limit
			}
			c.JSON(http.StatusOK, out)
			return
		}
	}
	fail(c, e)
}

// getDaily: GET /v1/meters/:meterId/daily?days=, consumption and export per UTC day.
func (s *Server) getDaily(c *gin.Context) {
	a, ok := s.meterFor(c, consent.ScopeReadings)
	if !ok {
		return
	}
	days := 14
	if v := c.Query("days"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 366 {
			fail(c, errBadRequest("days must be 1..366"))
			return
		}
		days = n
	}
	ds, err := s.Daily(c.Request.Context(), a, days)
	if err != nil {
		fail(c, s.errInternal("daily totals", err))
		return
	}
	c.JSON(http.StatusOK, gin.H{"meterId": a.Meter, "days": ds})
}

// getBills: GET /v1/meters/:meterId/bills.
func (s *Server) getBills(c *gin.Context) {
	a, ok := s.meterFor(c, consent.ScopeBills)
	if !ok {
		return
	}
	bills, err := s.Bills(c.Request.Context(), a)
	if err != nil {
		fail(c, s.errInternal("read bills", err))
		return
	}
	out := make([]BillView, len(bills))
	for i, b := range bills {
		out[i] = s.billView(b)
	}
	c.JSON(http.StatusOK, gin.H{"meterId": a.Meter, "bills": out})
}

// billFor reads :billId and authorizes its meter for bills.
func (s *Server) billFor(c *gin.Context) (billing.Bill, bool) {
	who, ok := s.mustCaller(c)
	if !ok {
		return billing.Bill{}, false
	}
	id, err := parseBillID(c.Param("billId"))
	if err != nil {
		fail(c, errBadRequest(err.Error()))
		return billing.Bill{}, false
	}
	b, err := s.cfg.Bills.Bill(c.Request.Context(), id)
	if errors.Is(err, billing.ErrNotFound) {
		fail(c, &apiError{Status: http.StatusNotFound, Code: "unknown_bill", Message: "no bill " + id.String() + " in the index"})
		return b, false
	}
	if err != nil {
		fail(c, s.errInternal("read bill", err))
		return b, false
	}
	a, e := s.authorize(c.Request.Context(), who, b.MeterID, consent.ScopeBills)
	if e != nil {
		fail(c, e)
		return b, false
	}
	mine, err := s.answersFor(c.Request.Context(), a, b)
	if err != nil {
		fail(c, s.errInternal("read bill", err))
		return b, false
	}
	if !mine {
		fail(c, &apiError{Status: http.StatusForbidden, Code: "forbidden", Message: "bill " + id.String() + " belongs to another owner's time of the meter"})
		return b, false
	}
	return b, true
}

// getBill: GET /v1/bills/:billId, the bill with its payments.
func (s *Server) getBill(c *gin.Context) {
	b, ok := s.billFor(c)
	if !ok {
		return
	}
	ps, err := s.cfg.Bills.Payments(c.Request.Context(), b.ID)
	if err != nil {
		fail(c, s.errInternal("read payments", err))
		return
	}
	c.JSON(http.StatusOK, gin.H{"bill": s.billView(b), "payments": s.paymentViews(ps)})
}

// getMeterPayments: GET /v1/meters/:meterId/payments, every payment of the meter's bills.
func (s *Server) getMeterPayments(c *gin.Context) {
	a, ok := s.meterFor(c, consent.ScopeBills)
	if !ok {
		return
	}
	ctx := c.Request.Context()
	bills, err := s.Bills(ctx, a)
	if err != nil {
		fail(c, s.errInternal("read bills", err))
		return
	}
	out := []PaymentView{}
	for _, b := range bills {
		ps, err := s.cfg.Bills.Payments(ctx, b.ID)
		if err != nil {
			fail(c, s.errInternal("read payments", err))
			return
		}
		out = append(out, s.paymentViews(ps)...)
	}
	c.JSON(http.StatusOK, gin.H{"meterId": a.Meter, "payments": out})
}

// getPayTx: GET /v1/bills/:billId/pay, what paying the outstanding amount takes: the token
// approval and the pay call for a browser wallet, and the CLI command.
func (s *Server) getPayTx(c *gin.Context) {
	b, ok := s.billFor(c)
	if !ok {
		return
	}
	out, err := billpay.Amount(b.Outstanding(), nil)
	if errors.Is(err, billpay.ErrPaid) {
		fail(c, &apiError{Status: http.StatusConflict, Code: "paid", Message: "bill " + b.ID.String() + " is already paid"})
		return
	}
	who, _ := caller(c) // billFor checked it
	chain := billpay.Chain{Backend: s.cfg.Backend, ChainID: s.cfg.Deployment.ChainID, Billing: s.cfg.Deployment.BillingManager, Token: s.cfg.Deployment.StableToken}
	approve, pay, err := chain.WalletCalls(c.Request.Context(), who, b.ID, out)
	if err != nil {
		fail(c, s.errInternal("read the allowance", err))
		return
	}
	c.JSON(http.StatusOK, gin.H{
		"billId": b.ID.String(), "outstanding": s.money(out), "outstandingBaseUnits": out.String(),
		"chainId": hexutil.EncodeUint64(s.cfg.Deployment.ChainID),
		"approve": gin.H{"to": approve.To, "data": hexutil.Encode(approve.Data)},
		"pay":     gin.H{"to": pay.To, "data": hexutil.Encode(pay.Data)},
		"cli":     "meterchain bill pay --bill " + b.ID.String() + " --keystore FILE",
	})
}

// getMeterConsents: GET /v1/meters/:meterId/consents, the grants on a meter (owner and utility).
func (s *Server) getMeterConsents(c *gin.Context) {
	a, ok := s.meterFor(c, 0)
	if !ok {
		return
	}
	if a.As == "grant" {
		fail(c, &apiError{Status: http.StatusForbidden, Code: "forbidden", Message: "only the meter's owner and the utility see its grants"})
		return
	}
	gs, err := s.cfg.Access.Grants(c.Request.Context(), a.Meter)
	if err != nil {
		fail(c, s.errInternal("read grants", err))
		return
	}
	if gs == nil {
		gs = []consent.Grant{}
	}
	c.JSON(http.StatusOK, gin.H{"meterId": a.Meter, "grants": gs})
}

// getConsents: GET /v1/consents, the grants the caller holds and those on the meters it owns.
func (s *Server) getConsents(c *gin.Context) {
	who, ok := s.mustCaller(c)
	if !ok {
		return
	}
	ctx := c.Request.Context()
	held, err := s.cfg.Access.GrantsTo(ctx, who)
	if err != nil {
		fail(c, s.errInternal("read grants", err))
		return
	}
	owned, err := s.cfg.Access.OwnedBy(ctx, who)
	if err != nil {
		fail(c, s.errInternal("list meters", err))
		return
	}
	given := []consent.Grant{}
	for _, m := range owned {
		gs, err := s.cfg.Access.Grants(ctx, m.ID)
		if err != nil {
			fail(c, s.errInternal("read grants", err))
			return
		}
		given = append(given, gs...)
	}
	if held == nil {
		held = []consent.Grant{}
	}
	c.JSON(http.StatusOK, gin.H{"held": held, "given": given})
}

// postConsentTx: POST /v1/consents/tx {"meterId","grantee","scopes","expiry"|"revoke"}, the
// ConsentRegistry call for the owner's wallet to send (the server never holds the owner's key).
func (s *Server) postConsentTx(c *gin.Context) {
	who, ok := s.mustCaller(c)
	if !ok {
		return
	}
	var req struct {
		MeterID uint64   `json:"meterId,string" binding:"required"`
		Grantee string   `json:"grantee" binding:"required"`
		Scopes  []string `json:"scopes"`
		Expiry  string   `json:"expiry"` // unix seconds, YYYY-MM-DD or RFC 3339
		Revoke  bool     `json:"revoke"`
	}
	if err := c.ShouldBindJSON(&req); err != nil {
		fail(c, errBadRequest("body must be JSON {\"meterId\": \"…\", \"grantee\", \"scopes\", \"expiry\" | \"revoke\": true}: "+err.Error()))
		return
	}
	if !common.IsHexAddress(req.Grantee) {
		fail(c, errBadRequest("grantee must be a 0x address"))
		return
	}
	a, e := s.authorize(c.Request.Context(), who, req.MeterID, 0)
	if e != nil {
		fail(c, e)
		return
	}
	if a.As != "owner" {
		fail(c, &apiError{Status: http.StatusForbidden, Code: "forbidden", Message: "only the meter's owner grants or revokes consent"})
		return
	}
	grantee := common.HexToAddress(req.Grantee)
	out := gin.H{"to": s.cfg.Deployment.ConsentRegistry, "from": who, "chainId": hexutil.EncodeUint64(s.cfg.Deployment.ChainID)}
	if req.Revoke {
		out["data"] = hexutil.Encode(s.consent.PackRevoke(req.MeterID, grantee))
		out["cli"] = "meterchain consent revoke --meter " + strconv.FormatUint(req.MeterID, 10) + " --to " + grantee.Hex() + " --keystore FILE"
		c.JSON(http.StatusOK, out)
		return
	}
	var scope consent.Scope
	for _, n := range req.Scopes {
		sc, err := consent.ParseScope(n)
		if err != nil {
			fail(c, errBadRequest(err.Error()))
			return
		}
		scope |= sc
	}
	exp, err := parseTime(req.Expiry)
	if err != nil || exp <= uint64(s.cfg.Now().Unix()) || scope == 0 {
		fail(c, errBadRequest("give at least one scope (readings, bills) and an expiry in the future"))
		return
	}
	out["data"] = hexutil.Encode(s.consent.PackGrant(req.MeterID, grantee, uint8(scope), exp))
	out["cli"] = "meterchain consent grant --meter " + strconv.FormatUint(req.MeterID, 10) + " --to " + grantee.Hex() +
		" --scope " + joinScopes(scope) + " --until " + time.Unix(int64(exp), 0).UTC().Format(time.RFC3339) + " --keystore FILE"
	c.JSON(http.StatusOK, out)
}

func joinScopes(s consent.Scope) string {
	n := s.Names()
	out := ""
	for i, x := range n {
		if i > 0 {
			out += ","
		}
		out += x
	}
	return out
}
