package align

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/quotecheck/quotecheck/align/synth"
)

// paraphraseRef is the paraphrase score as first written, with maps by
// stem id: the reference that paraphrase, with its slices by slot, must
// agree with exactly.
func (r *Record) paraphraseRef(q []Token, seg []uint32, al Alignment) (float64, int, int) {
	inRun := make([]bool, len(q))
	for _, op := range al.Ops {
		if op.Kind == OpEqual && op.Q1-op.Q0 >= 2 {
			for k := op.Q0; k < op.Q1; k++ {
				inRun[k] = true
			}
		}
	}
	weights := map[uint32]float64{} // stem id → weight, content words only
	qw := make([]float64, len(q))
	total := 0.0
	n := 0
	for k, t := range q {
		if t.Kind != Word {
			continue
		}
		n++
		sid := r.stemID(t)
		qw[k] = r.weightID(sid)
		total += qw[k]
		if sid != 0 && !stopwords[t.Norm] {
			weights[sid] = qw[k]
		}
	}
	if total == 0 || len(seg) == 0 {
		return 0, 0, 0
	}
	L := n + n/2 + 2
	count := map[uint32]int{}
	sum, best, bestLo, bestHi := 0.0, -1.0, 0, 0
	for hi := 0; hi < len(seg); hi++ {
		s := r.stemOf[seg[hi]]
		if w, ok := weights[s]; ok {
			if count[s] == 0 {
				sum += w
			}
			count[s]++
		}
		if lo := hi - L + 1; lo > 0 {
			old := r.stemOf[seg[lo-1]]
			if w, ok := weights[old]; ok {
				count[old]--
				if count[old] == 0 {
					sum -= w
				}
			}
		}
		if sum > best+1e-12 {
			best, bestLo, bestHi = sum, max(hi-L+1, 0), hi+1
		}
	}
	present := map[uint32]bool{}
	for _, w := range seg[bestLo:bestHi] {
		present[r.stemOf[w]] = true
	}
	kept := 0.0
	counted := map[uint32]bool{}
	for k, t := range q {
		if t.Kind != Word {
			continue
		}
		sid := r.stemID(t)
		switch {
		case inRun[k]:
			kept += qw[k]
		case sid != 0 && !stopwords[t.Norm] && present[sid] && !counted[sid]:
			kept += qw[k]
			counted[sid] = true
		}
	}
	// trim the stretch to the words the quote shares
	for bestLo < bestHi && weights[r.stemOf[seg[bestLo]]] == 0 {
		bestLo++
	}
	for bestHi > bestLo && weights[r.stemOf[seg[bestHi-1]]] == 0 {
		bestHi--
	}
	return min(kept/total, 1), bestLo, bestHi
}

// TestParaphraseEqualsReference: the paraphrase score, its stretch and
// its trimming are exactly the reference's on quotes reworded heavily or
// not in the record, against windows around their place and elsewhere.
func TestParaphraseEqualsReference(t *testing.T) {
	rec, turns := proseRecord(t)
	rng := rand.New(rand.NewPCG(15, 16))
	kinds := []synth.Edit{synth.Substitute, synth.Drop, synth.Insert, synth.EllipsisCut, synth.Bracket, synth.Typography}
	n := 2000
	if testing.Short() {
		n = 300
	}
	for k := 0; k < n; k++ {
		ti := rng.IntN(len(turns))
		var text string
		if rng.IntN(4) == 0 {
			text = synth.Absent(rng, absentProse, 4+rng.IntN(20)).Text
		} else {
			text = synth.TakeEdited(rng, turns, ti, 1+rng.IntN(30), 0.6*rng.Float64(), kinds).Text
		}
		q := Tokenize(text, 0, true)
		if rng.IntN(2) == 0 {
			ti = rng.IntN(len(turns))
		}
		tr := rec.turns[ti]
		lo := rng.IntN(tr.n + 1)
		hi := min(tr.n, lo+rng.IntN(3*len(q)+40))
		seg := rec.norms[tr.base+lo : tr.base+hi]
		al := rec.prepareQuote(q).align(seg, nil, nil)
		s0, lo0, hi0 := rec.paraphraseRef(q, seg, al)
		s1, lo1, hi1 := rec.paraphrase(q, seg, al)
		require.Equal(t, []any{s0, lo0, hi0}, []any{s1, lo1, hi1}, "quote %q", text)
	}
}
