package align

import (
	"math/rand/v2"
	"testing"

	"github.com/sergi/go-diff/diffmatchpatch"
	"github.com/stretchr/testify/require"

	"github.com/quotecheck/quotecheck/align/synth"
	"github.com/quotecheck/quotecheck/quotes"
)

// wordDiffRef is wordDiff as first written: maps for the words and for
// the record words the alignment accepts, slices grown as they go.
func wordDiffRef(q, rec []Token, recBase int, al Alignment, article, record string) []DiffOp {
	runeOf := map[string]rune{}
	next := rune(0x100)
	alloc := func() rune {
		r := next
		next++
		if next == 0xD800 {
			next = 0xE000 // skip the surrogate range
		}
		return r
	}
	key := func(t Token) rune {
		if t.Kind != Word {
			return alloc() // editorial marks never equal record words
		}
		if r, ok := runeOf[t.Norm]; ok {
			return r
		}
		r := alloc()
		runeOf[t.Norm] = r
		return r
	}
	ra := make([]rune, len(rec))
	for i, t := range rec {
		ra[i] = key(t)
	}
	qa := make([]rune, len(q))
	for i, t := range q {
		qa[i] = key(t)
	}
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0 // never a partial diff: quotes are short
	diffs := dmp.DiffMainRunes(ra, qa, false)

	// record tokens that the alignment marks as editorial
	accepted := map[int]bool{}
	for _, op := range al.Ops {
		if op.Kind == OpOmit || op.Kind == OpEditorial || op.Kind == OpClean {
			for k := op.R0; k < op.R1; k++ {
				accepted[k-recBase] = true
			}
		}
	}
	type step struct {
		op     string
		record bool
		tok    Token
		src    string
	}
	var steps []step
	i, j := 0, 0
	for _, d := range diffs {
		n := len([]rune(d.Text))
		switch d.Type {
		case diffmatchpatch.DiffEqual:
			for k := 0; k < n; k++ {
				steps = append(steps, step{op: "equal", tok: q[j], src: article})
				i, j = i+1, j+1
			}
		case diffmatchpatch.DiffDelete:
			for k := 0; k < n; k++ {
				op := "delete"
				if accepted[i] {
					op = "editorial"
				}
				steps = append(steps, step{op: op, record: op == "editorial", tok: rec[i], src: record})
				i++
			}
		case diffmatchpatch.DiffInsert:
			for k := 0; k < n; k++ {
				op := "insert"
				if q[j].Kind != Word || q[j].Marked {
					op = "editorial"
				}
				steps = append(steps, step{op: op, tok: q[j], src: article})
				j++
			}
		}
	}
	// group consecutive steps of one kind; show each group's words as
	// written, punctuation between them included
	var out []DiffOp
	for k := 0; k < len(steps); {
		e := k + 1
		for e < len(steps) && steps[e].op == steps[k].op && steps[e].record == steps[k].record && steps[e].tok.Start >= steps[e-1].tok.Start {
			e++
		}
		first, last := steps[k].tok, steps[e-1].tok
		txt := steps[k].src[first.Start:last.End]
		if steps[k].op == "editorial" && !steps[k].record && steps[k].tok.Kind == Editorial {
			// show the bracket the writer used
			txt = writtenBracket(steps[k].src, first.Start, last.End)
		}
		txt = oneLine(txt)
		if len(out) > 0 && out[len(out)-1].Op == steps[k].op && out[len(out)-1].Record == steps[k].record {
			out[len(out)-1].Text += " " + txt
		} else {
			out = append(out, DiffOp{Op: steps[k].op, Text: txt, Record: steps[k].record})
		}
		k = e
	}
	return out
}

// TestWordDiffEqualsRef: the word diff of a quote's best reading, for
// quotes taken from the record with edits of every kind, quotes from
// elsewhere and paraphrases, is the first version's.
func TestWordDiffEqualsRef(t *testing.T) {
	rec, turns := proseRecord(t)
	rng := rand.New(rand.NewPCG(31, 32))
	kinds := []synth.Edit{synth.Substitute, synth.Drop, synth.Insert, synth.EllipsisCut, synth.Bracket, synth.Typography}
	compared := 0
	for k := 0; k < 300; k++ {
		ti := rng.IntN(len(turns))
		var text string
		if k%5 == 4 {
			text = synth.Absent(rng, absentProse, 8+rng.IntN(12)).Text
		} else {
			text = synth.TakeEdited(rng, turns, ti, 4+rng.IntN(25), 0.25, kinds).Text
		}
		q := quotes.Quote{Pieces: []quotes.Span{{Start: 0, End: len(text)}}}
		toks := rec.quoteTokens(text, q)
		for _, c := range rec.search(toks, rec.speakerOf(&rec.turns[ti])) {
			lo, hi := c.al.RStart, c.al.REnd
			if c.level > Altered && c.paraHi > c.paraLo {
				lo, hi = min(lo, c.paraLo), max(hi, c.paraHi)
			}
			if hi <= lo {
				continue
			}
			ctxLo := max(0, lo-3)
			rt := rec.turns[c.turn]
			ctxHi := min(rt.n, hi+3)
			all := rec.turnTokens(c.turn, ctxLo, ctxHi)
			trI, _ := rec.turnPlace(c.turn)
			tr := rec.transcript(trI)
			for _, base := range []int{lo, ctxLo} {
				rtoks := all[base-ctxLo : hi-ctxLo]
				want := wordDiffRef(toks, rtoks, base, c.al, text, tr.SpeechText())
				got := wordDiff(toks, rtoks, base, c.al, text, tr.SpeechText())
				require.Equal(t, want, got, "quote %q", text)
				compared++
			}
		}
	}
	t.Logf("%d diffs compared", compared)
}
