package portal

import (
	"embed"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/gin-gonic/gin"

	"github.com/meterchain/meterchain/internal/consent"
	"github.com/meterchain/meterchain/internal/marketbook"
)

//go:embed ui/*.html ui/static/*
var uiFiles embed.FS

var pages = template.Must(template.New("").Funcs(template.FuncMap{
	"add": func(a, b int) int { return a + b },
}).ParseFS(uiFiles, "ui/*.html"))

func (s *Server) mountUI(r *gin.Engine) {
	static, _ := fs.Sub(uiFiles, "ui/static")
	r.StaticFS("/ui/static", http.FS(static))
	r.GET("/", func(c *gin.Context) { c.Redirect(http.StatusFound, "/ui") })
	ui := r.Group("/ui", s.identify)
	ui.GET("", s.uiHome)
	ui.GET("/login", s.uiLogin)
	ui.POST("/login", s.uiConfirmLogin)
	ui.GET("/meters/:meterId", s.uiMeter)
}

func (s *Server) render(c *gin.Context, status int, name string, data gin.H) {
	c.Header("Content-Type", "text/html; charset=utf-8")
	c.Header("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:")
	c.Status(status)
	if err := pages.ExecuteTemplate(c.Writer, name, data); err != nil {
		s.cfg.Log.Error("render page", "page", name, "err", err)
	}
}

func (s *Server) uiError(c *gin.Context, e *apiError) {
	s.render(c, e.Status, "error.html", gin.H{"Title": "Error", "Error": e})
}

// uiHome: the sign-in page, or the caller's meters.
func (s *Server) uiHome(c *gin.Context) {
	who, ok := caller(c)
	if !ok {
		s.render(c, http.StatusOK, "login.html", gin.H{"Title": "Sign in", "Domain": s.cfg.Domain, "ChainID": s.cfg.Deployment.ChainID})
		return
	}
	ms, e := s.visibleMeters(c, who)
	if e != nil {
		s.uiError(c, e)
		return
	}
	s.render(c, http.StatusOK, "home.html", gin.H{"Title": "Your meters", "Who": who, "Meters": ms})
}

// loginCookie binds a sign-in link to the browser that opened it: GET /ui/login sets it and
// POST /ui/login redeems the link only with it. SameSite=Strict keeps it off cross-site requests,
// so a page elsewhere cannot confirm a link in the visitor's browser (login CSRF).
const loginCookie = "meterchain_login"

var errLinkRefused = &apiError{Status: http.StatusUnauthorized, Code: "login_refused",
	Message: "this sign-in link is unknown, used, expired or was opened in another browser: ask for a new one"}

// uiLogin: GET /ui/login?code=&next=, a one-time sign-in link (POST /v1/auth/link). It signs in
// nobody by itself: it binds the link to this browser and asks to confirm the address, so that a
// link someone else made for their own account cannot sign a visitor in unawares.
func (s *Server) uiLogin(c *gin.Context) {
	binding := randomToken(32)
	addr, ok := s.sessions.bind(c.Query("code"), binding, s.cfg.Now())
	if !ok {
		s.uiError(c, errLinkRefused)
		return
	}
	c.SetSameSite(http.SameSiteStrictMode)
	c.SetCookie(loginCookie, binding, int(linkTTL.Seconds()), "/ui/login", "", s.secure(), true)
	c.Header("Cache-Control", "no-store")
	c.Header("Referrer-Policy", "no-referrer") // the code is in this page's URL
	s.render(c, http.StatusOK, "login_confirm.html", gin.H{"Title": "Sign in", "Address": addr, "Code": c.Query("code"), "Next": c.Query("next")})
}

// uiConfirmLogin: POST /ui/login (form: code, next) from the page uiLogin rendered, in the same
// browser: signs it in and goes to next (a page of this UI only).
func (s *Server) uiConfirmLogin(c *gin.Context) {
	binding, err := c.Cookie(loginCookie)
	if err != nil || c.GetHeader("Sec-Fetch-Site") == "cross-site" {
		s.uiError(c, errLinkRefused)
		return
	}
	addr, ok := s.sessions.redeem(c.PostForm("code"), binding, s.cfg.Now())
	if !ok {
		s.uiError(c, errLinkRefused)
		return
	}
	tok, _ := s.sessions.create(addr, s.cfg.Now())
	c.SetSameSite(http.SameSiteStrictMode)
	c.SetCookie(loginCookie, "", -1, "/ui/login", "", s.secure(), true)
	c.SetCookie(sessionCookie, tok, int(s.cfg.SessionTTL.Seconds()), "/", "", s.secure(), true)
	next := c.PostForm("next")
	if !strings.HasPrefix(next, "/ui/") || strings.HasPrefix(next, "//") || strings.ContainsAny(next, "\\\r\n") {
		next = "/ui" // only a page of this UI: no open redirect
	}
	c.Redirect(http.StatusSeeOther, next)
}

// chartBar is one day of the inline SVG chart.
type chartBar struct {
	X, ImportY, ImportH, ExportY, ExportH int
	Label, Title                          string
}

const chartH = 160

func chart(days []Day) (bars []chartBar, maxKWh string) {
	var top uint64 = 1
	for _, d := range days {
		top = max(top, d.ImportWh, d.ExportWh)
	}
	for i, d := range days {
		ih, eh := int(d.ImportWh*chartH/top), int(d.ExportWh*chartH/top)
		bars = append(bars, chartBar{X: 40 + i*44, ImportY: 10 + chartH - ih, ImportH: ih, ExportY: 10 + chartH - eh, ExportH: eh,
			Label: d.Date[5:], Title: fmt.Sprintf("%s: %s kWh consumed, %s kWh exported", d.Date, d.ImportKWh, d.ExportKWh)})
	}
	return bars, kWh(top)
}

// uiMeter: a meter's page: usage history, daily chart, bills with pay, consents, live updates.
func (s *Server) uiMeter(c *gin.Context) {
	who, ok := caller(c)
	if !ok {
		c.Redirect(http.StatusFound, "/ui")
		return
	}
	id, err := strconv.ParseUint(c.Param("meterId"), 10, 64)
	if err != nil {
		s.uiError(c, errBadRequest("meter id must be a number"))
		return
	}
	ctx := c.Request.Context()
	a, e := s.authorize(ctx, who, id, 0)
	if e != nil {
		s.uiError(c, e)
		return
	}
	key, e := s.meterKey(ctx, id)
	if e != nil {
		s.uiError(c, e)
		return
	}
	data := gin.H{"Title": fmt.Sprintf("Meter %d", id), "Who": who, "Access": a, "Key": key, "Deployment": s.cfg.Deployment,
		"ChainHex": hexutil.EncodeUint64(s.cfg.Deployment.ChainID), "Decimals": s.decimals}
	can := func(sc consent.Scope) bool {
		_, e := s.authorize(ctx, who, id, sc)
		return e == nil
	}
	if can(consent.ScopeReadings) {
		limit, offset := 48, 0
		if v, err := strconv.Atoi(c.Query("offset")); err == nil && v >= 0 {
			offset = v
		}
		n, err := s.readingCount(ctx, a)
		if err != nil {
			s.uiError(c, s.errInternal("count readings", err))
			return
		}
		if c.Query("offset") == "" && n > limit {
			offset = n - limit // newest page by default
		}
		hist, err := s.History(ctx, a, 0, 0, limit, offset)
		if err != nil {
			s.uiError(c, s.errInternal("read readings", err))
			return
		}
		days, err := s.Daily(ctx, a, 14)
		if err != nil {
			s.uiError(c, s.errInternal("daily totals", err))
			return
		}
		bars, top := chart(days)
		data["Readings"], data["Bars"], data["ChartMax"], data["Total"] = hist, bars, top, n
		if offset > 0 {
			data["Prev"] = max(0, offset-limit)
		}
		if offset+limit < n {
			data["Next"] = offset + limit
		}
		var last uint64
		if len(hist) > 0 {
			last = hist[len(hist)-1].Timestamp + 1
		}
		data["Since"] = last
	}
	if can(consent.ScopeBills) {
		bills, err := s.Bills(ctx, a)
		if err != nil {
			s.uiError(c, s.errInternal("read bills", err))
			return
		}
		var views []BillView
		for _, b := range bills {
			views = append(views, s.billView(b))
		}
		data["Bills"] = views
		data["ShowBills"] = true
	}
	if a.As != "grant" {
		gs, err := s.cfg.Access.Grants(ctx, id)
		if err != nil {
			s.uiError(c, s.errInternal("read grants", err))
			return
		}
		data["Grants"], data["ShowConsents"] = gs, true
	}
	if s.cfg.Deployment.EnergyMarket != (common.Address{}) {
		// the meter's own orders and trades: public on chain, shown to whoever may see the meter
		orders, trades, err := s.Market(ctx, marketbook.Query{MeterID: id, Limit: 20})
		if err != nil {
			s.uiError(c, s.errInternal("read the market", err))
			return
		}
		data["ShowMarket"], data["Orders"], data["Trades"] = true, orders, trades
	}
	s.render(c, http.StatusOK, "meter.html", data)
}
