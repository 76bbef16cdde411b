package align

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestWordFilter: the filter never says no to a word it holds (the DP's
// compound look-ups would miss a join), and says maybe to few others.
func TestWordFilter(t *testing.T) {
	rec, _ := proseRecord(t)
	words := rec.words.strs[1:]
	f := newWordFilter(words)
	for _, w := range words {
		if !f.mayHave(w) || !f.mayHaveBytes([]byte(w)) {
			t.Fatalf("the filter denies %q, a word of the record", w)
		}
	}
	maybe, n := 0, 0
	for _, w := range words {
		for _, s := range []string{w + "x", "x" + w, fmt.Sprint(w, len(w))} {
			if rec.words.lookup(s) != 0 {
				continue
			}
			n++
			if f.mayHave(s) {
				maybe++
			}
		}
	}
	t.Logf("%d of %d strings not in the record pass the filter", maybe, n)
	assert.Less(t, float64(maybe)/float64(n), 0.05, "%d of %d strings not in the record pass the filter", maybe, n)
	assert.False(t, newWordFilter(nil).mayHave("anything"), "an empty record has no words")
}
