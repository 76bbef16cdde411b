package align

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestOneLine: oneLine is strings.Join(strings.Fields(s), " ").
func TestOneLine(t *testing.T) {
	for _, s := range []string{"", " ", "a", "a b", " a b", "a b ", "a  b", "a\tb", "a\nb", "a\u00a0b", "a \u2003 b", "héllo wörld", "x\r\ny", "one two three"} {
		assert.Equal(t, strings.Join(strings.Fields(s), " "), oneLine(s), "%q", s)
	}
}
