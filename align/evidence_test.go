package align

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestOneLine: oneLine is strings.Join(strings.Fields(s), " ").
func TestOneLine(t *testing.T) {
	for _, s := range []string{"", " ", "a", "a b", " a b", "a b ", "a  b", "a\tb", "a\nb", "a\u00a0b", "a \u2003 b", "héllo wörld", "x\r\ny", "one two three"} {
		assert.Equal(t, strings.Join(strings.Fields(s), " "), oneLine(s), "%q", s)
	}
	// strings of spaces of every kind, words, and bytes that are not
	// UTF-8
	pieces := []string{" ", "  ", "\t", "\n", "\r\n", "\v", "\f", "\u0085", "\u00a0", "\u2003", "\u3000", "\u200b",
		"a", "word", "é", "\xff", "\xe2\x80", "—", "“"}
	rng := rand.New(rand.NewPCG(27, 28))
	for k := 0; k < 20000; k++ {
		var b strings.Builder
		for n := rng.IntN(12); n > 0; n-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		require.Equal(t, strings.Join(strings.Fields(s), " "), oneLine(s), "%q", s)
	}
}
