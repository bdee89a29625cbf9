package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"

	"github.com/meterchain/meterchain/internal/portal"
	"github.com/meterchain/meterchain/oracle"
)

var portalURLFlag = &cli.StringFlag{Name: "portal", Value: "http://" + oracle.DefaultHTTPAddr, EnvVars: []string{"METERCHAIN_PORTAL_URL"},
	Category: "API", Usage: "`URL` of the web UI and API (meterchain devnet's or meterchain serve's)"}

var loginCommand = &cli.Command{
	Name:  "login",
	Usage: "sign in to the web UI with your key and print a one-time browser sign-in link",
	Description: `Signs in to the portal (--portal) with the key of --keystore (or --dev-key against the
embedded devnet) by Sign-In with Ethereum, and prints a one-time link (valid one minute) that signs a
browser in as that address after it confirms: no browser wallet needed. The message is checked
before it is signed: it must name --portal's host, your address and the connected chain, so a
portal cannot relay your signature to another site.`,
	Flags: append([]cli.Flag{portalURLFlag,
		&cli.StringFlag{Name: "next", Value: "/ui", Category: "API", Usage: "UI `PAGE` to open after sign-in, e.g. /ui/meters/352522395"},
	}, chainFlags...),
	Action: func(c *cli.Context) error {
		client, chainID, err := connect(c)
		if err != nil {
			return err
		}
		client.Close()
		key, err := loadKey(c, chainID)
		if err != nil {
			return err
		}
		link, err := loginLink(c.Context, c.String(portalURLFlag.Name), key, chainID)
		if err != nil {
			return err
		}
		if next := c.String("next"); next != "" {
			link += "&next=" + url.QueryEscape(next)
		}
		fmt.Printf("Open this link within a minute to sign in as %s (once):\n%s\n", crypto.PubkeyToAddress(key.PublicKey), link)
		return nil
	},
}

// loginLink signs in to the portal at base with key and asks it for a browser sign-in link.
func loginLink(ctx context.Context, base string, key *ecdsa.PrivateKey, chainID uint64) (string, error) {
	u, err := url.Parse(strings.TrimRight(base, "/"))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", fmt.Errorf("--portal %q: give the portal's http(s)://host:port", base)
	}
	addr := crypto.PubkeyToAddress(key.PublicKey)
	api := &portalClient{base: u.String(), http: &http.Client{Timeout: 30 * time.Second}}
	var nonce struct{ Message string }
	if err := api.post(ctx, "/v1/auth/nonce", "", map[string]string{"address": addr.Hex()}, &nonce); err != nil {
		return "", err
	}
	m, err := portal.ParseSIWE(nonce.Message)
	if err != nil {
		return "", fmt.Errorf("the portal's sign-in message: %w", err)
	}
	// Sign only a message for the portal we talk to: else it could sign in elsewhere as us.
	switch {
	case m.Domain != u.Host:
		return "", fmt.Errorf("refusing to sign: the message is for %s, not %s", m.Domain, u.Host)
	case m.Address != addr:
		return "", fmt.Errorf("refusing to sign: the message names %s, not %s", m.Address.Hex(), addr.Hex())
	case m.ChainID != chainID:
		return "", fmt.Errorf("refusing to sign: the message is for chain %d, the node is chain %d", m.ChainID, chainID)
	case m.Statement != portal.LoginStatement:
		return "", fmt.Errorf("refusing to sign: unexpected statement %q", m.Statement)
	}
	sig, err := portal.SignPersonal(key, nonce.Message)
	if err != nil {
		return "", err
	}
	var login struct{ Token string }
	if err := api.post(ctx, "/v1/auth/login", "", map[string]string{"message": nonce.Message, "signature": hexutil.Encode(sig)}, &login); err != nil {
		return "", err
	}
	var link struct{ Path string }
	if err := api.post(ctx, "/v1/auth/link", login.Token, nil, &link); err != nil {
		return "", err
	}
	if err := api.post(ctx, "/v1/auth/logout", login.Token, nil, nil); err != nil { // the link makes its own session
		return "", err
	}
	return u.String() + link.Path, nil
}

// portalClient calls the portal's JSON API.
type portalClient struct {
	base string
	http *http.Client
}

func (p *portalClient) post(ctx context.Context, path, token string, body, out any) error {
	var raw []byte
	if body != nil {
		var err error
		if raw, err = json.Marshal(body); err != nil {
			return err
		}
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, p.base+path, bytes.NewReader(raw))
	if err != nil {
		return err
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := p.http.Do(req)
	if err != nil {
		return fmt.Errorf("portal %s: %w", path, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		var e struct {
			Error struct{ Code, Message string }
		}
		_ = json.NewDecoder(resp.Body).Decode(&e)
		return fmt.Errorf("portal %s: %s: %s", path, resp.Status, e.Error.Message)
	}
	if out == nil {
		return nil
	}
	if err := json.NewDecoder(resp.Body).Decode(out); err != nil {
		return fmt.Errorf("portal %s: %w", path, err)
	}
	return nil
}
