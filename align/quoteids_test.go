package align

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/quotecheck/quotecheck/align/synth"
	"github.com/quotecheck/quotecheck/quotes"
)

// TestQuoteTokenIDsChangeNothing: the word ids quoteTokens keeps on a
// quote's tokens are the record's look-ups of their words, and a search
// with them finds what a search of the same tokens without them (each
// phase looking the words up again) finds, reading for reading, as do the
// places counted for a close reading.
func TestQuoteTokenIDsChangeNothing(t *testing.T) {
	rec, turns := proseRecord(t)
	rng := rand.New(rand.NewPCG(21, 22))
	kinds := []synth.Edit{synth.Substitute, synth.Drop, synth.Insert, synth.EllipsisCut, synth.Bracket, synth.Typography}
	n := 300
	if testing.Short() {
		n = 60
	}
	for k := 0; k < n; k++ {
		ti := rng.IntN(len(turns))
		var text string
		if k%4 == 3 {
			text = synth.Absent(rng, absentProse, 8+rng.IntN(12)).Text + " Zorblax's un-heard-of U.S.-made [sic] … words"
		} else {
			text = synth.TakeEdited(rng, turns, ti, 4+rng.IntN(25), 0.15, kinds).Text
		}
		q := quotes.Quote{Pieces: []quotes.Span{{Start: 0, End: len(text)}}}
		toks := rec.quoteTokens(text, q)
		plain := make([]Token, len(toks))
		for i, tk := range toks {
			if tk.Kind != Ellipsis {
				require.Equal(t, rec.words.lookup(tk.Norm)+1, tk.wid, "%q", tk.Norm)
			}
			tk.wid = 0
			plain[i] = tk
		}
		sp := rec.speakerOf(&rec.turns[ti])
		for _, who := range []*speakerInfo{sp, nil} {
			got := rec.search(toks, who)
			want := rec.search(plain, who)
			require.Equal(t, want, got, "quote %q", text)
			if c := got[sp]; c != nil && c.level <= Faithful {
				n1, c1 := rec.occurrences(toks, rec.prepareQuote(toks), c)
				n2, c2 := rec.occurrences(plain, rec.prepareQuote(plain), want[sp])
				require.Equal(t, n2, n1)
				require.Equal(t, c2, c1)
			}
		}
	}
}
