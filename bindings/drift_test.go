package bindings

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/abigen"
	"github.com/stretchr/testify/require"
)

// TestBindingsMatchArtifacts regenerates every binding in memory from contracts/build and fails
// on any difference, on any artifact without a go:generate line (no node needed), and on a
// package name that is not its folder's.
func TestBindingsMatchArtifacts(t *testing.T) {
	gen, err := os.ReadFile("bindings.go")
	require.NoError(t, err)
	lines := regexp.MustCompile(`--pkg (\w+) --type (\w+) .*--out (\S+)`).FindAllStringSubmatch(string(gen), -1)
	type binding struct{ pkg, out string }
	generated := map[string]binding{}
	for _, l := range lines {
		generated[l[2]] = binding{pkg: l[1], out: l[3]}
	}

	abis, err := filepath.Glob("../contracts/build/*.abi")
	require.NoError(t, err)
	require.NotEmpty(t, abis)
	for _, abiPath := range abis {
		name := strings.TrimSuffix(filepath.Base(abiPath), ".abi")
		t.Run(name, func(t *testing.T) {
			b, ok := generated[name]
			require.Truef(t, ok, "contracts/build/%s.abi has no go:generate line in bindings.go", name)
			folder := filepath.Base(filepath.Dir(filepath.Join("bindings", b.out)))
			require.Equalf(t, folder, b.pkg, "%s: package name must match its folder", b.out)
			abiJSON, err := os.ReadFile(abiPath)
			require.NoError(t, err)
			bin, err := os.ReadFile(strings.TrimSuffix(abiPath, ".abi") + ".bin")
			require.NoError(t, err)
			want, err := abigen.BindV2([]string{name}, []string{string(abiJSON)}, []string{string(bin)}, b.pkg, map[string]string{}, map[string]string{})
			require.NoError(t, err)
			have, err := os.ReadFile(b.out)
			require.NoError(t, err)
			require.Equalf(t, want, string(have), "%s is stale: run `go generate ./bindings`", b.out)
		})
	}
}
