package align

import (
	"strings"
	"sync"
)

// OpKind is one kind of step of an alignment of a quote to the record.
type OpKind uint8

const (
	OpEqual      OpKind = iota // the same words (after folding)
	OpSubstitute               // a quote word in place of a record word
	OpInsert                   // a quote word the record does not have
	OpDelete                   // a record word the quote drops without marking
	OpEditorial                // bracketed words, and the record words they replace
	OpOmit                     // record words left out at an ellipsis
	OpClean                    // a verbatim transcript's disfluencies ("um", a repeated word) left out
)

var opNames = [...]string{"equal", "substitute", "insert", "delete", "editorial", "omit", "clean"}

func (k OpKind) String() string { return opNames[k] }

// Op is a run of one kind of step: quote tokens [Q0,Q1) against record
// tokens [R0,R1).
type Op struct {
	Kind   OpKind
	Q0, Q1 int
	R0, R1 int
}

// Costs of the word-level alignment, in eighths of a step. A substituted or
// inserted word costs a full step (8). Record words a quote drops are a gap
// with an affine cost, 4 to open and 1 a word (Gotoh's algorithm): a quote
// that leaves words out of the middle of a passage, or joins two passages
// without an ellipsis, is read as the passage with a gap ("to re-energize,
// rejuvenate, in some cases even reimagine, our alliances" quoted as "to
// rejuvenate our alliances" costs 5+9), never as a shorter passage plus
// words of its own (3 inserted words, 24) or as a run of substitutions. What
// a quote marks costs nothing (an ellipsis skipping record words, bracketed
// words put in) or almost nothing (record words a bracket replaces: 1 each,
// so a bracket cannot silently swallow a long passage).
//
// A gap never costs more than costLongGap (three words): a quote that
// joins two passages far apart in one answer is the passages with one
// unmarked cut, however many words lie between (the verdict is altered
// all the same; the cost only decides that the passages are found).
const (
	costChange      = 8
	costGapOpen     = 4
	costGapExtend   = 1
	costBracketSkip = 1
	costLongGap     = 24
)

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
	infinite   = 1 << 29
)

// Alignment is the cheapest way to read a quote as a passage of the record.
type Alignment struct {
	Ops          []Op
	RStart, REnd int // the record tokens the quote spans
	Cost         int
}

// alignTokens aligns all of q against the best-matching stretch of r
// (semi-global: the record's start and end are free), with affine gaps for
// dropped record words. Ties go to the earliest stretch of the record, so
// that repeated words are sourced to their first utterance. It costs
// len(q)·len(r) time and memory, so callers give it a window an index
// picked, not a whole archive. clean (nil for none) tells the record
// tokens that are disfluencies: leaving one out costs nothing.
func alignTokens(q []Token, qid []uint32, r []uint32, words *vocab, clean func(j int) bool) Alignment {
	n, m := len(q), len(r)
	if n == 0 {
		return Alignment{}
	}
	w := m + 1
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	sc.grow(n, m)
	// the record's words as strings, for compounds written apart: only
	// words long enough to be two others joined are ever compared
	rs := sc.rs[:m]
	for j, id := range r {
		rs[j] = words.str(id)
	}
	cost := sc.cost[:(n+1)*w] // best cost of q[:i] against r[..j]
	gap := sc.gap[:(n+1)*w]   // best cost ending in a gap (dropped record words)
	flat := sc.flat[:(n+1)*w] // the same for a gap at its flat cost
	move := sc.move[:(n+1)*w]
	join := sc.join[:(n+1)*w]
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
				if k := joinsStrings(qt.Norm, rs, j); k > 0 && cost[prev+j-k] < best {
					best, mv = cost[prev+j-k], moveJoinR|equalFlag
					join[row+j] = uint8(k)
				}
				if k := joinsQuote(rs[j-1], q, i); k > 0 && q[i-k].Kind == qt.Kind && cost[(i-k)*w+j-1] < best {
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
			if mv&equalFlag != 0 {
				k = OpEqual
			} else if q[i-1].Kind == Editorial {
				k = OpEditorial
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
	return Alignment{Ops: ops, RStart: start, REnd: end, Cost: int(best)}
}

// scratch is the memory of one alignment, reused from a pool: the
// benchmark showed allocation and clearing of the four matrices as a tenth
// of the time of a quote (every cell is written before it is read, so
// reused memory needs no clearing beyond row and column zero).
type scratch struct {
	cost, gap  []int32
	flat       []int32
	move, join []uint8
	rs         []string
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

func (s *scratch) grow(n, m int) {
	cells := (n + 1) * (m + 1)
	if cap(s.cost) < cells {
		s.cost = make([]int32, cells)
		s.gap = make([]int32, cells)
		s.flat = make([]int32, cells)
		s.move = make([]uint8, cells)
		s.join = make([]uint8, cells)
	}
	if cap(s.rs) < m {
		s.rs = make([]string, m)
	}
}

// maxJoin is the most words a compound may be written apart in:
// "shoulder-to-shoulder" is three.
const maxJoin = 4

// joinsQuote reports how many quote tokens ending at q[end-1] (2 to
// maxJoin) spell word when written together, or 0.
func joinsQuote(word string, q []Token, end int) int {
	if end < 2 || len(word) <= len(q[end-1].Norm) || q[end-1].Norm == "" ||
		word[len(word)-1] != q[end-1].Norm[len(q[end-1].Norm)-1] || !strings.HasSuffix(word, q[end-1].Norm) {
		return 0
	}
	rest := word[:len(word)-len(q[end-1].Norm)]
	for k := 2; k <= maxJoin && end-k >= 0; k++ {
		p := q[end-k].Norm
		if p == "" || !strings.HasSuffix(rest, p) {
			return 0
		}
		rest = rest[:len(rest)-len(p)]
		if rest == "" {
			return k
		}
	}
	return 0
}

// joinsStrings is joinsQuote for record words.
func joinsStrings(word string, rs []string, end int) int {
	if end < 2 || len(word) <= len(rs[end-1]) || rs[end-1] == "" ||
		word[len(word)-1] != rs[end-1][len(rs[end-1])-1] || !strings.HasSuffix(word, rs[end-1]) {
		return 0
	}
	rest := word[:len(word)-len(rs[end-1])]
	for k := 2; k <= maxJoin && end-k >= 0; k++ {
		p := rs[end-k]
		if p == "" || !strings.HasSuffix(rest, p) {
			return 0
		}
		rest = rest[:len(rest)-len(p)]
		if rest == "" {
			return k
		}
	}
	return 0
}

func insCost(t *Token) int {
	if t.Kind != Word {
		return 0
	}
	return costChange
}
