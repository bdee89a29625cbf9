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
// on any difference, and on any artifact without a go:generate line (no node needed).
func TestBindingsMatchArtifacts(t *testing.T) {
	gen, err := os.ReadFile("bindings.go")
	require.NoError(t, err)
	lines := regexp.MustCompile(`--type (\w+) .*--out (\S+)`).FindAllStringSubmatch(string(gen), -1)
	generated := map[string]string{}
	for _, l := range lines {
		generated[l[1]] = l[2]
	}

	abis, err := filepath.Glob("../contracts/build/*.abi")
	require.NoError(t, err)
	require.NotEmpty(t, abis)
	for _, abiPath := range abis {
		name := strings.TrimSuffix(filepath.Base(abiPath), ".abi")
		t.Run(name, func(t *testing.T) {
			out, ok := generated[name]
			require.Truef(t, ok, "contracts/build/%s.abi has no go:generate line in bindings.go", name)
			abiJSON, err := os.ReadFile(abiPath)
			require.NoError(t, err)
			bin, err := os.ReadFile(strings.TrimSuffix(abiPath, ".abi") + ".bin")
			require.NoError(t, err)
			want, err := abigen.BindV2([]string{name}, []string{string(abiJSON)}, []string{string(bin)}, "bindings", map[string]string{}, map[string]string{})
			require.NoError(t, err)
			have, err := os.ReadFile(out)
			require.NoError(t, err)
			require.Equalf(t, want, string(have), "%s is stale: run `go generate ./bindings`", out)
		})
	}
}
