package consent_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/meterchain/meterchain/internal/consent"
)

// TestParseScope: the flag and API spellings round-trip through Names; anything else, an empty
// part included, is refused with the accepted spellings named.
func TestParseScope(t *testing.T) {
	for text, want := range map[string]consent.Scope{
		"readings": consent.ScopeReadings, "bills": consent.ScopeBills,
		"readings,bills": consent.AllScopes, "bills,readings": consent.AllScopes,
	} {
		got, err := consent.ParseScope(text)
		require.NoError(t, err, text)
		require.Equal(t, want, got, text)
	}
	require.Equal(t, []string{"readings", "bills"}, consent.AllScopes.Names())
	for _, bad := range []string{"", "all", "readings,", "readings;bills"} {
		_, err := consent.ParseScope(bad)
		require.ErrorContains(t, err, "use readings, bills or readings,bills", bad)
	}
}
