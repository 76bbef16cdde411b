package align

import (
	"cmp"
	"slices"
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
// len(q)·len(r) time, so callers give it a window an index picked, not a
// whole archive. clean (nil for none) tells the record tokens that are
// disfluencies: leaving one out costs nothing. A caller aligning one quote
// against several windows prepares it once with newDPQuote.
func alignTokens(q []Token, qid []uint32, r []uint32, words *vocab, clean func(j int) bool) Alignment {
	return newDPQuote(q, qid, words).align(r, clean)
}

// dpQuote is what the word DP needs of a quote, found once for all the
// windows it is aligned against.
//
// The DP is exact, and two things keep its cells cheap:
//
//   - Compounds. A compound join can only happen at a cell whose record
//     word is a proper suffix of the quote word (a record compound written
//     apart ends with that word) or is the quote's words ending there
//     written together. joinIDs maps each such record word id to the rows
//     it concerns; a window looks up its words once, tries the joins only
//     where they may happen, and the DP's cells take the joins it found
//     from a short list instead of comparing strings.
//   - Verbatim quotes. A quote of plain words all in the record that the
//     window holds contiguously aligns at cost 0 as one equal run. The DP
//     would find the same unless some other reading of cost 0 ends earlier;
//     only a compound join or a disfluency can give one (every other step
//     costs something), so the fast path is taken when neither occurs
//     before the run's end. dp_equiv_test.go holds both equal to the
//     original DP.
type dpQuote struct {
	q     []Token
	qid   []uint32
	words *vocab
	// plain: every token a Word with a record id (the verbatim fast path
	// applies)
	plain bool
	// joinIDs: the record word ids and rows (1-based quote positions)
	// where a record token of that word may take part in a compound join,
	// sorted; filter is a one-hash Bloom filter of the ids.
	joinIDs []joinKey
	filter  [8]uint64
	ready   bool
}

type joinKey struct {
	id  uint32
	row int32
}

func newDPQuote(q []Token, qid []uint32, words *vocab) *dpQuote {
	pq := &dpQuote{q: q, qid: qid, words: words, plain: len(q) > 0}
	for k, t := range q {
		if t.Kind != Word || qid[k] == 0 {
			pq.plain = false
		}
	}
	return pq
}

func filterBit(id uint32) uint32 { return (id * 0x9E3779B1) >> (32 - 9) }

// prepareJoins fills joinIDs: for every quote word, the record words that
// are its proper suffixes (joinsStrings needs its last part to be one),
// and the quote's runs of 2 to maxJoin tokens written together
// (joinsQuote needs the record word to be one).
func (pq *dpQuote) prepareJoins() {
	pq.ready = true
	var buf []byte
	add := func(id uint32, i int) {
		if id == 0 {
			return
		}
		pq.joinIDs = append(pq.joinIDs, joinKey{id, int32(i)})
		b := filterBit(id)
		pq.filter[b/64] |= 1 << (b % 64)
	}
	for i := 1; i <= len(pq.q); i++ {
		t := &pq.q[i-1]
		if t.Kind == Ellipsis {
			continue // the DP tries no join on an ellipsis
		}
		for o := 1; o < len(t.Norm); o++ {
			add(pq.words.lookup(t.Norm[o:]), i)
		}
		if t.Norm == "" {
			continue
		}
		for k := 2; k <= maxJoin && i-k >= 0; k++ {
			if pq.q[i-k].Norm == "" {
				break
			}
			buf = buf[:0]
			for x := i - k; x < i; x++ {
				buf = append(buf, pq.q[x].Norm...)
			}
			add(pq.words.ids[string(buf)], i)
		}
	}
	slices.SortFunc(pq.joinIDs, func(a, b joinKey) int {
		if a.id != b.id {
			return cmp.Compare(a.id, b.id)
		}
		return cmp.Compare(a.row, b.row)
	})
	pq.joinIDs = slices.Compact(pq.joinIDs)
}

// joinEvent is a cell where a compound join happens: row i, column j,
// the record words joined (kR) and the quote words joined (kQ), 0 for none.
type joinEvent struct {
	i, j   int32
	kR, kQ uint8
}

// joins lists the cells of r with a compound join, by row and column,
// into evs, looking only at columns below limit.
func (pq *dpQuote) joins(r []uint32, rs []string, limit int, evs []joinEvent) []joinEvent {
	if !pq.ready {
		pq.prepareJoins()
	}
	if pq.joinIDs == nil {
		return evs
	}
	for j := 1; j <= len(r) && j < limit; j++ {
		id := r[j-1]
		b := filterBit(id)
		if pq.filter[b/64]&(1<<(b%64)) == 0 {
			continue
		}
		x, _ := slices.BinarySearchFunc(pq.joinIDs, id, func(k joinKey, id uint32) int { return cmp.Compare(k.id, id) })
		for ; x < len(pq.joinIDs) && pq.joinIDs[x].id == id; x++ {
			i := pq.joinIDs[x].row
			if rs[j-1] == "" {
				rs = fillStrings(rs, r, pq.words)
			}
			kR := joinsStrings(pq.q[i-1].Norm, rs, j)
			kQ := joinsQuote(rs[j-1], pq.q, int(i))
			if kR > 0 || kQ > 0 {
				evs = append(evs, joinEvent{i, int32(j), uint8(kR), uint8(kQ)})
			}
		}
	}
	return evs
}

// fillStrings gives the record's words as strings (only when a join is to
// be tried: most windows need none).
func fillStrings(rs []string, r []uint32, words *vocab) []string {
	for j, id := range r {
		rs[j] = words.str(id)
	}
	return rs
}

// verbatim returns where the window first holds the quote's words
// contiguously, or -1.
func (pq *dpQuote) verbatim(r []uint32) int {
	n := len(pq.qid)
	first := pq.qid[0]
outer:
	for s := 0; s+n <= len(r); s++ {
		if r[s] != first {
			continue
		}
		for k := 1; k < n; k++ {
			if r[s+k] != pq.qid[k] {
				continue outer
			}
		}
		return s
	}
	return -1
}

// align is alignTokens for a prepared quote.
func (pq *dpQuote) align(r []uint32, clean func(j int) bool) Alignment {
	q, qid := pq.q, pq.qid
	n, m := len(q), len(r)
	if n == 0 {
		return Alignment{}
	}
	w := m + 1
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	sc.grow(n, m)
	rs := sc.rs[:m]
	clear(rs) // filled on demand by joins
	var cl []bool
	if clean != nil {
		cl = sc.clean[:m]
		for j := range cl {
			cl[j] = clean(j)
		}
	}
	if pq.plain {
		if s := pq.verbatim(r); s >= 0 {
			e := s + n
			// no cost-0 reading can end before e: no disfluency and no
			// compound join in the columns before it
			ok := len(pq.joins(r, rs, e, sc.evs[:0])) == 0
			for j := 0; ok && cl != nil && j < e; j++ {
				ok = !cl[j]
			}
			if ok {
				return Alignment{Ops: []Op{{OpEqual, 0, n, s, e}}, RStart: s, REnd: e}
			}
		}
	}
	evs := pq.joins(r, rs, m+1, sc.evs[:0])
	sc.evs = evs
	if len(evs) > 1 {
		slices.SortFunc(evs, func(a, b joinEvent) int {
			if a.i != b.i {
				return cmp.Compare(a.i, b.i)
			}
			return cmp.Compare(a.j, b.j)
		})
	}
	cost := sc.cost[:(n+1)*w] // best cost of q[:i] against r[..j]
	move := sc.move[:(n+1)*w]
	join := sc.join[:(n+1)*w]
	for j := 0; j <= m; j++ {
		cost[j], move[j] = 0, 0
	}
	for i := 1; i <= n; i++ {
		cost[i*w] = cost[(i-1)*w] + int32(insCost(&q[i-1]))
		move[i*w] = moveUp
	}
	ev := 0
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
		sub := int32(costChange)
		if qt.Kind == Editorial {
			sub = 0
		}
		row, prev := i*w, (i-1)*w
		crow, cprev := cost[row:row+w], cost[prev:prev+w]
		mrow, jrow := move[row:row+w], join[row:row+w]
		r := r[:m]
		// the next cell of this row with a join
		for ev < len(evs) && int(evs[ev].i) < i {
			ev++
		}
		next := w
		if ev < len(evs) && int(evs[ev].i) == i {
			next = int(evs[ev].j)
		}
		qi := qid[i-1]
		// the gap and flat-gap costs of the cell to the left: only the
		// move flags of those matrices are kept, for the trace
		left, g, f := crow[0], int32(infinite), int32(infinite)
		if qt.Kind == Ellipsis {
			for j := 1; j <= m; j++ {
				ng, gm := left+open+extend, uint8(0)
				if c := g + extend; c < ng {
					ng, gm = c, gapExtends
				}
				nf, fm := left+costLongGap, uint8(0)
				if f < nf {
					nf, fm = f, flatExtend
				}
				g, f = ng, nf
				best, mv := g, uint8(moveLeft)
				if f < best {
					best, mv = f, moveFlat
				}
				if cl != nil && left < best && cl[j-1] {
					best, mv = left, moveClean
				}
				if c := cprev[j] + ins; c < best {
					best, mv = c, moveUp
				}
				crow[j], mrow[j] = best, mv|gm|fm
				left = best
			}
			continue
		}
		for j := 1; j <= m; j++ {
			ng, gm := left+open+extend, uint8(0)
			if c := g + extend; c < ng {
				ng, gm = c, gapExtends
			}
			nf, fm := left+costLongGap, uint8(0)
			if f < nf {
				nf, fm = f, flatExtend
			}
			g, f = ng, nf
			diag := cprev[j-1]
			best, mv := int32(infinite), uint8(noMove)
			if qi != 0 && qi == r[j-1] {
				best, mv = diag, moveDiag|equalFlag
			}
			if j == next {
				e := evs[ev]
				if k := int(e.kR); k > 0 && cprev[j-k] < best {
					best, mv = cprev[j-k], moveJoinR|equalFlag
					jrow[j] = uint8(k)
				}
				if k := int(e.kQ); k > 0 && q[i-k].Kind == qt.Kind && cost[(i-k)*w+j-1] < best {
					best, mv = cost[(i-k)*w+j-1], moveJoinQ|equalFlag
					jrow[j] = uint8(k)
				}
				ev++
				next = w
				if ev < len(evs) && int(evs[ev].i) == i {
					next = int(evs[ev].j)
				}
			}
			if c := diag + sub; c < best {
				best, mv = c, moveDiag
			}
			if g < best {
				best, mv = g, moveLeft
			}
			if f < best {
				best, mv = f, moveFlat
			}
			if cl != nil && left < best && cl[j-1] {
				best, mv = left, moveClean
			}
			if c := cprev[j] + ins; c < best {
				best, mv = c, moveUp
			}
			crow[j], mrow[j] = best, mv|gm|fm
			left = best
		}
	}
	// the earliest cheapest end
	end, best := 0, int32(infinite)
	for j := 0; j <= m; j++ {
		if c := cost[n*w+j]; c < best {
			best, end = c, j
		}
	}
	// trace back through the matrices
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
// benchmark showed allocation and clearing of the matrices as a tenth of
// the time of a quote (every cell is written before it is read, so reused
// memory needs no clearing beyond row and column zero; the join matrix is
// read only where a join was written).
type scratch struct {
	cost       []int32
	move, join []uint8
	rs         []string
	clean      []bool
	evs        []joinEvent
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

func (s *scratch) grow(n, m int) {
	cells := (n + 1) * (m + 1)
	if cap(s.cost) < cells {
		s.cost = make([]int32, cells)
		s.move = make([]uint8, cells)
		s.join = make([]uint8, cells)
	}
	if cap(s.rs) < m {
		s.rs = make([]string, m)
		s.clean = make([]bool, m)
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
