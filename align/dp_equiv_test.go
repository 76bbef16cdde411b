package align

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/quotecheck/quotecheck/align/synth"
)

// The reference DP's moves: the step that gave a cell its cost, with flags
// for the gap matrices (the DP itself stores none and recomputes them).
const (
	moveDiag   = 1 // equal or substitute
	moveUp     = 2 // quote token with no record token
	moveLeft   = 3 // end of a gap: go to the gap matrix
	moveJoinR  = 4 // one quote token equals several record tokens joined
	moveJoinQ  = 5 // several quote tokens joined equal one record token
	moveClean  = 6 // a disfluent record token left out, at no cost
	moveFlat   = 7 // end of a long gap: go to the flat-gap matrix
	moveMask   = 7
	equalFlag  = 8
	gapExtends = 16 // in the gap matrix: the gap goes on to the left
	flatExtend = 32 // in the flat-gap matrix: the gap goes on to the left
	noMove     = 0
)

// alignTokensRef is the word DP as first written: five full matrices, the
// compound joins tried at every cell. It is the reference that alignTokens
// and its fast paths must agree with exactly.
func alignTokensRef(q []Token, qid []uint32, r []uint32, words *vocab, clean func(j int) bool) Alignment {
	n, m := len(q), len(r)
	if n == 0 {
		return Alignment{}
	}
	w := m + 1
	cells := (n + 1) * w
	// the record's words as strings, for compounds written apart: only
	// words long enough to be two others joined are ever compared
	rs := make([]string, m)
	for j, id := range r {
		rs[j] = words.str(id)
	}
	cost := make([]int32, cells) // best cost of q[:i] against r[..j]
	gap := make([]int32, cells)  // best cost ending in a gap (dropped record words)
	flat := make([]int32, cells) // the same for a gap at its flat cost
	move := make([]uint8, cells)
	join := make([]uint8, cells)
	cost[0], move[0] = 0, 0
	for j := 1; j <= m; j++ {
		cost[j], move[j] = 0, 0
	}
	for j := 0; j <= m; j++ {
		gap[j], flat[j] = infinite, infinite
	}
	for i := 1; i <= n; i++ {
		cost[i*w] = cost[(i-1)*w] + int32(insCost(&q[i-1]))
		gap[i*w], flat[i*w] = infinite, infinite
		move[i*w] = moveUp
	}
	for i := 1; i <= n; i++ {
		qt := &q[i-1]
		ins := int32(insCost(qt))
		open, extend := int32(costGapOpen), int32(costGapExtend)
		switch qt.Kind {
		case Ellipsis:
			open, extend = 0, 0
		case Editorial:
			open, extend = costBracketSkip, costBracketSkip
		}
		row, prev := i*w, (i-1)*w
		for j := 1; j <= m; j++ {
			rid := r[j-1]
			// the gap matrix: record word j dropped
			g, gm := cost[row+j-1]+open+extend, uint8(0)
			if c := gap[row+j-1] + extend; c < g {
				g, gm = c, gapExtends
			}
			gap[row+j] = g
			f, fm := cost[row+j-1]+costLongGap, uint8(0)
			if c := flat[row+j-1]; c < f {
				f, fm = c, flatExtend
			}
			flat[row+j] = f
			best, mv := int32(infinite), uint8(noMove)
			if qt.Kind != Ellipsis {
				if qid[i-1] != 0 && qid[i-1] == rid {
					best, mv = cost[prev+j-1], moveDiag|equalFlag
				}
				before := ""
				if i >= 2 {
					before = q[i-2].Norm
				}
				if k := joinsStrings(qt.Norm, before, rs, j, qt.pause); k > 0 && cost[prev+j-k] < best {
					best, mv = cost[prev+j-k], moveJoinR|equalFlag
					join[row+j] = uint8(k)
				}
				if k := joinsQuote(rs[j-1], rs, j, q, i, nil); k > 0 && q[i-k].Kind == qt.Kind && cost[(i-k)*w+j-1] < best {
					best, mv = cost[(i-k)*w+j-1], moveJoinQ|equalFlag
					join[row+j] = uint8(k)
				}
				sub := int32(costChange)
				if qt.Kind == Editorial {
					sub = 0
				}
				if c := cost[prev+j-1] + sub; c < best {
					best, mv = c, moveDiag
				}
			}
			if g < best {
				best, mv = g, moveLeft
			}
			if f < best {
				best, mv = f, moveFlat
			}
			if clean != nil && cost[row+j-1] < best && clean(j-1) {
				best, mv = cost[row+j-1], moveClean
			}
			if c := cost[prev+j] + ins; c < best {
				best, mv = c, moveUp
			}
			cost[row+j], move[row+j] = best, mv|gm|fm
		}
	}
	// the earliest cheapest end
	end, best := 0, int32(infinite)
	for j := 0; j <= m; j++ {
		if c := cost[n*w+j]; c < best {
			best, end = c, j
		}
	}
	// trace back through the two matrices
	var steps []Op
	i, j := n, end
	inGap, inFlat := false, false
	for i > 0 {
		mv := move[i*w+j]
		if inFlat || !inGap && mv&moveMask == moveFlat {
			k := OpDelete
			switch q[i-1].Kind {
			case Ellipsis:
				k = OpOmit
			case Editorial:
				k = OpEditorial
			}
			steps = append(steps, Op{k, i, i, j - 1, j})
			inFlat = mv&flatExtend != 0
			j--
			continue
		}
		if inGap || mv&moveMask == moveLeft {
			k := OpDelete
			switch q[i-1].Kind {
			case Ellipsis:
				k = OpOmit
			case Editorial:
				k = OpEditorial
			}
			steps = append(steps, Op{k, i, i, j - 1, j})
			inGap = mv&gapExtends != 0
			j--
			continue
		}
		switch mv & moveMask {
		case moveDiag:
			k := OpSubstitute
			if q[i-1].Kind == Editorial {
				k = OpEditorial
			} else if mv&equalFlag != 0 {
				k = OpEqual
			}
			steps = append(steps, Op{k, i - 1, i, j - 1, j})
			i, j = i-1, j-1
		case moveJoinR:
			k := int(join[i*w+j])
			steps = append(steps, Op{OpEqual, i - 1, i, j - k, j})
			i, j = i-1, j-k
		case moveJoinQ:
			k := int(join[i*w+j])
			steps = append(steps, Op{OpEqual, i - k, i, j - 1, j})
			i, j = i-k, j-1
		case moveClean:
			steps = append(steps, Op{OpClean, i, i, j - 1, j})
			j--
		case moveUp:
			k := OpInsert
			switch q[i-1].Kind {
			case Ellipsis:
				k = OpOmit
			case Editorial:
				k = OpEditorial
			}
			steps = append(steps, Op{k, i - 1, i, j, j})
			i--
		default:
			panic("align: broken trace")
		}
	}
	start := j
	// reverse and merge runs of one kind
	var ops []Op
	for k := len(steps) - 1; k >= 0; k-- {
		s := steps[k]
		if len(ops) > 0 {
			last := &ops[len(ops)-1]
			if last.Kind == s.Kind && last.Q1 == s.Q0 && last.R1 == s.R0 {
				last.Q1, last.R1 = s.Q1, s.R1
				continue
			}
		}
		ops = append(ops, s)
	}
	return endsKept(Alignment{Ops: ops, RStart: start, REnd: end, Cost: int(best)}, n)
}

// dpCase is one generated alignment problem.
type dpCase struct {
	q     []Token
	qid   []uint32
	r     []uint32
	clean []bool // nil: no disfluencies
}

// equivWords are the words of the generated cases: short words that are
// suffixes and prefixes of others, and compounds of them, so that the
// joins in both directions happen often.
var equivWords = []string{
	"a", "b", "ab", "ba", "abc", "c", "to", "shoulder", "shouldertoshoulder",
	"like", "minded", "likeminded", "um", "uh", "we", "are", "not", "just",
	"allies", "friends", "i", "in", "china", "at", "that", "this", "is",
	"ca", "bc", "cab", "day", "today", "to day",
	// numbers spoken in a row, joined only as a speaker reads them
	// (joinedWord): a tens and a ones, a year in pairs, a decimal point,
	// and numbers that make no one number ("2" "3" is not "23")
	"20", "1", "21", "19", "84", "80", "4", "1984", "2", "3", "23", "point", "3.2", "0.2", "24", "hour", "24hour", "10", "12", "1012",
	// contractions written without their apostrophe (apostropheless)
	"he", "will", "hell", "its", "it", "were", "can", "cant",
}

// genDPCase draws a record window from the words and a quote from it with
// edits: substituted, dropped and added words, compounds joined or split,
// brackets, ellipses, words the record never has; or a verbatim quote.
func genDPCase(rng *rand.Rand, words *vocab) dpCase {
	m := 1 + rng.IntN(40)
	var c dpCase
	c.r = make([]uint32, m)
	for j := range c.r {
		c.r[j] = words.lookup(equivWords[rng.IntN(len(equivWords))])
	}
	if rng.IntN(3) == 0 {
		c.clean = make([]bool, m)
		for j := range c.clean {
			c.clean[j] = rng.IntN(4) == 0
		}
	}
	s := rng.IntN(m)
	e := min(m, s+1+rng.IntN(12))
	verbatim := rng.IntN(3) == 0
	for j := s; j < e; j++ {
		norm := words.str(c.r[j])
		kind := Word
		switch x := rng.IntN(20); {
		case verbatim:
		case x == 0:
			continue // dropped
		case x == 1:
			norm = equivWords[rng.IntN(len(equivWords))] // substituted
		case x == 2:
			c.q = append(c.q, Token{Norm: "zzz", Kind: Word}) // a word the record never has
		case x == 3:
			c.q = append(c.q, Token{Norm: "…", Kind: Ellipsis})
			j += rng.IntN(3)
			continue
		case x == 4:
			kind = Editorial
		case x == 5 && j+1 < e:
			norm += words.str(c.r[j+1]) // two record words as one compound
			j++
		case x == 6 && len(norm) > 1:
			k := 1 + rng.IntN(len(norm)-1) // a record word split in two
			c.q = append(c.q, Token{Norm: norm[:k], Kind: Word})
			norm = norm[k:]
		}
		c.q = append(c.q, Token{Norm: norm, Kind: kind})
	}
	if len(c.q) == 0 {
		c.q = append(c.q, Token{Norm: equivWords[rng.IntN(len(equivWords))], Kind: Word})
	}
	c.qid = make([]uint32, len(c.q))
	for k, t := range c.q {
		if t.Kind != Ellipsis {
			c.qid[k] = words.lookup(t.Norm)
		}
	}
	return c
}

func (c dpCase) cleanFunc() func(int) bool {
	if c.clean == nil {
		return nil
	}
	return func(j int) bool { return c.clean[j] }
}

// TestAlignEqualsReference: the word DP, with its verbatim fast path and
// its compound joins found ahead of the cells, gives exactly the
// alignment of the reference DP on generated cases.
func TestAlignEqualsReference(t *testing.T) {
	words := newVocab()
	for _, w := range equivWords {
		words.add(w)
	}
	rng := rand.New(rand.NewPCG(11, 12))
	n := 200000
	if testing.Short() {
		n = 20000
	}
	fast := 0
	for k := 0; k < n; k++ {
		c := genDPCase(rng, words)
		want := alignTokensRef(c.q, c.qid, c.r, words, c.cleanFunc())
		got := alignTokens(c.q, c.qid, c.r, words, c.cleanFunc())
		require.Equal(t, want, got, "quote %v record %v clean %v", c.q, c.r, c.clean)
		if want.Cost == 0 && len(want.Ops) == 1 {
			fast++
		}
	}
	t.Logf("%d of %d cases read as one equal run", fast, n)
}

// TestAlignEqualsReferenceOnProse: the same on real prose, quotes with
// every kind of edit, against windows around their place and elsewhere,
// with and without the record's disfluencies.
func TestAlignEqualsReferenceOnProse(t *testing.T) {
	rec, turns := proseRecord(t)
	rng := rand.New(rand.NewPCG(13, 14))
	kinds := []synth.Edit{synth.Substitute, synth.Drop, synth.Insert, synth.EllipsisCut, synth.Bracket, synth.Typography}
	n := 2000
	if testing.Short() {
		n = 300
	}
	for k := 0; k < n; k++ {
		ti := rng.IntN(len(turns))
		sq := synth.TakeEdited(rng, turns, ti, 1+rng.IntN(30), 0.15*float64(rng.IntN(2)), kinds)
		q := Tokenize(sq.Text, 0, true)
		qid := make([]uint32, len(q))
		for x, tok := range q {
			if tok.Kind != Ellipsis {
				qid[x] = rec.words.lookup(tok.Norm)
			}
		}
		if rng.IntN(2) == 0 {
			ti = rng.IntN(len(turns))
		}
		tr := rec.turns[ti]
		lo := rng.IntN(tr.n + 1)
		hi := min(tr.n, lo+rng.IntN(3*len(q)+40))
		seg := rec.norms[tr.base+lo : tr.base+hi]
		var clean func(int) bool
		if rng.IntN(2) == 0 {
			clean = func(j int) bool { return seg[j]%5 == 0 }
		}
		want := alignTokensRef(q, qid, seg, rec.words, clean)
		pq := newDPQuote(q, qid, rec.words)
		if k%2 == 0 {
			pq.known, pq.suffixes = rec.wordFilter(), rec.suffixIDs // as a search prepares it
		}
		got := pq.align(seg, clean, nil)
		require.Equal(t, want, got, "quote %q", sq.Text)
	}
}
