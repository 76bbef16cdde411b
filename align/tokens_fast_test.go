package align

import (
	"math/rand/v2"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestAppendWordFastPath: the fast path for a word of ASCII letters gives
// the tokens of the general path, on every word of real prose, on the
// words the general path treats specially (number words, contractions
// without an apostrophe, initialisms, pronouns that look like them), and
// on random words.
func TestAppendWordFastPath(t *testing.T) {
	data, err := os.ReadFile("../testdata/excerpts/pride-and-prejudice-ch1-6.txt")
	require.NoError(t, err)
	words := strings.FieldsFunc(string(data), func(r rune) bool { return !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z') })
	words = append(words, "US", "Us", "us", "UK", "UN", "EU", "USA", "NATO", "NY", "I", "A", "a", "seven", "Seven",
		"TWENTY", "gonna", "Wanna", "GOTTA", "cannot", "zero", "One", "x", "")
	rng := rand.New(rand.NewPCG(41, 42))
	for range 20000 {
		b := make([]byte, 1+rng.IntN(6))
		for i := range b {
			b[i] = "aAeEsSuUkKnNoOtT"[rng.IntN(16)]
		}
		words = append(words, string(b))
	}
	for _, w := range words {
		got := appendWord(nil, w, 10, 10+len(w), false)
		want := appendWordSlow(nil, w, 10, 10+len(w), false)
		require.Equal(t, want, got, "word %q", w)
		gotM := appendWord(nil, w, 10, 10+len(w), true)
		wantM := appendWordSlow(nil, w, 10, 10+len(w), true)
		require.Equal(t, wantM, gotM, "marked word %q", w)
	}
	for _, w := range append(words, "a-b", "it's", "U.S.", "é", "a1", "[W]e") {
		letters := w != "" && strings.Trim(w, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") == ""
		require.Equal(t, letters, isASCIILetters(w), "%q", w)
	}
}
