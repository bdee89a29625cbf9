package test

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os/exec"
	"sort"
	"strings"
	"testing"
)

// The layering of DESIGN.md §1, checked on the real import graph (`go list -deps`), so a move that
// breaks it fails here with the offending import named, not in a reviewer's head.

const module = "github.com/meterchain/meterchain/"

// production is what `meterchain oracle`, `settlement`, `watch` and `serve` run: the services,
// the portal and the shared infrastructure under internal/ (the simulated peers there are not).
func production(pkg string) bool {
	switch {
	case under(pkg, "internal/sim"):
		return false
	case under(pkg, "oracle"), under(pkg, "settlement"), under(pkg, "watch"), under(pkg, "internal"):
		return true
	}
	return false
}

// notProduction is code no production package may depend on: the dev chain, simulators,
// benchmarks, test helpers and Go's testing package.
func notProduction(dep string) bool {
	return dep == "testing" || under(dep, "deploy/devnet") || under(dep, "internal/sim") ||
		under(dep, "test") || strings.Contains(dep, "bench") ||
		strings.HasPrefix(dep, "github.com/stretchr/testify")
}

// under reports whether pkg is dir (relative to the module) or inside it.
func under(pkg, dir string) bool {
	rel, ok := strings.CutPrefix(pkg, module)
	return ok && (rel == dir || strings.HasPrefix(rel, dir+"/"))
}

// layeringRules are the rules, each a predicate on (package, one of its transitive imports).
var layeringRules = []struct {
	why    string
	breaks func(pkg, dep string) bool
}{
	{"oracle and settlement never import each other",
		func(pkg, dep string) bool {
			return under(pkg, "oracle") && under(dep, "settlement") || under(pkg, "settlement") && under(dep, "oracle")
		}},
	{"shared infrastructure in internal/ depends on neither service",
		func(pkg, dep string) bool {
			return under(pkg, "internal") && !under(pkg, "internal/portal") && (under(dep, "oracle") || under(dep, "settlement"))
		}},
	{"the portal reads readings, bills, grants and the market through its own interfaces and internal/ value packages, not the oracle's or settlement's packages",
		func(pkg, dep string) bool {
			return under(pkg, "internal/portal") && (under(dep, "oracle") || under(dep, "settlement"))
		}},
	{"production code imports no dev chain, simulator, benchmark or test code",
		func(pkg, dep string) bool { return production(pkg) && notProduction(dep) }},
}

type listedPackage struct {
	ImportPath string
	Deps       []string
}

// importGraph lists every package of the module with its transitive imports.
func importGraph(t *testing.T) []listedPackage {
	t.Helper()
	cmd := exec.Command("go", "list", "-json=ImportPath,Deps", "./...")
	cmd.Dir = ".."
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, stderr.String())
	}
	var pkgs []listedPackage
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var p listedPackage
		if err := dec.Decode(&p); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			t.Fatalf("decode go list output: %v", err)
		}
		pkgs = append(pkgs, p)
	}
	if len(pkgs) < 10 {
		t.Fatalf("go list found only %d packages: not the module's tree?", len(pkgs))
	}
	return pkgs
}

func layeringViolations(pkgs []listedPackage) []string {
	var out []string
	for _, p := range pkgs {
		for _, d := range p.Deps {
			for _, r := range layeringRules {
				if r.breaks(p.ImportPath, d) {
					out = append(out, strings.TrimPrefix(p.ImportPath, module)+" imports "+strings.TrimPrefix(d, module)+" ("+r.why+")")
				}
			}
		}
	}
	sort.Strings(out)
	return out
}

func TestLayering(t *testing.T) {
	for _, v := range layeringViolations(importGraph(t)) {
		t.Error(v)
	}
}

// TestLayeringRulesCatchBreaks feeds the rules imports that break them, so a rule that stopped
// matching (a typo in a folder name, say) is noticed.
func TestLayeringRulesCatchBreaks(t *testing.T) {
	bad := []listedPackage{
		{module + "settlement/market", []string{module + "oracle/store"}},
		{module + "oracle", []string{module + "settlement/follower"}},
		{module + "internal/txmgr", []string{module + "oracle"}},
		{module + "internal/portal", []string{module + "oracle/store"}},
		{module + "internal/portal/espi", []string{module + "settlement/index"}},
		{module + "settlement/market", []string{module + "deploy/devnet"}},
		{module + "oracle", []string{module + "internal/sim/meterfleet"}},
		{module + "internal/portal", []string{module + "test/bench/billing"}},
		{module + "settlement", []string{"testing"}},
	}
	got := layeringViolations(bad)
	if len(got) != len(bad) {
		t.Fatalf("want one violation per bad import (%d), got %d:\n%s", len(bad), len(got), strings.Join(got, "\n"))
	}
	ok := []listedPackage{
		{module + "oracle", []string{module + "internal/reading", module + "internal/txmgr", module + "deploy"}},
		{module + "settlement", []string{module + "internal/sqlite", module + "bindings"}},
		{module + "internal/sim/meterfleet", []string{module + "internal/envelope"}},
		{module + "cmd/meterchain", []string{module + "deploy/devnet", module + "test/bench/soak"}},
		{module + "internal/portal", []string{module + "internal/billing", module + "internal/consent", module + "internal/marketbook"}},
	}
	if got := layeringViolations(ok); len(got) != 0 {
		t.Fatalf("allowed imports reported: %v", got)
	}
}
