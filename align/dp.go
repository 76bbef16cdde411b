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

// infinite is the cost of a cell no reading reaches.
const infinite = 1 << 29

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
	return newDPQuote(q, qid, words).align(r, clean, nil)
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
	joinIDs []uint64 // record word id << 32 | row
	filter  [8]uint64
	ready   bool
	// known, when set, says which strings the record surely never has
	known *wordFilter
	// suffixes, when set, is suffixIDs of a record word (by id), remembered
	suffixes func(id uint32, word string) []uint32
}

// suffixIDs lists the ids of the record words that are proper suffixes of
// word, longest first; known (nil for none) rules out most non-words
// before the vocabulary is asked.
func suffixIDs(word string, words *vocab, known *wordFilter) []uint32 {
	var out []uint32
	for o := 1; o < len(word); o++ {
		if known == nil || known.mayHave(word[o:]) {
			if id := words.lookup(word[o:]); id != 0 {
				out = append(out, id)
			}
		}
	}
	return out
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
	pq.joinIDs = make([]uint64, 0, 4*len(pq.q))
	var buf []byte
	add := func(id uint32, i int) {
		if id == 0 {
			return
		}
		pq.joinIDs = append(pq.joinIDs, uint64(id)<<32|uint64(i))
		b := filterBit(id)
		pq.filter[b/64] |= 1 << (b % 64)
	}
	for i := 1; i <= len(pq.q); i++ {
		t := &pq.q[i-1]
		if t.Kind == Ellipsis {
			continue // the DP tries no join on an ellipsis
		}
		var suffixes []uint32
		if pq.suffixes != nil && pq.qid[i-1] != 0 {
			suffixes = pq.suffixes(pq.qid[i-1], t.Norm)
		} else {
			suffixes = suffixIDs(t.Norm, pq.words, pq.known)
		}
		for _, id := range suffixes {
			add(id, i)
		}
		if t.Norm == "" {
			continue
		}
		if parts, ok := apostrophelessParts[t.Norm]; ok {
			add(pq.words.lookup(parts[1]), i) // the record's "he" "will" for "hell"
		}
		if i >= 2 {
			if w := contractedAs(pq.q[i-2].Norm, t.Norm); w != "" {
				add(pq.words.lookup(w), i) // the record's "hell" for "he" "will"
			}
		}
		digits := hasDigit(t.Norm) // whether words i-k..i-1 hold a digit, k growing
		for k := 2; k <= maxJoin && i-k >= 0; k++ {
			if pq.q[i-k].Norm == "" {
				break
			}
			buf = buf[:0]
			for x := i - k; x < i; x++ {
				buf = append(buf, pq.q[x].Norm...)
			}
			digits = digits || hasDigit(pq.q[i-k].Norm)
			if digits {
				// numbers spoken in a row join as one number, or not at
				// all (joinedWord)
				var parts [maxJoin]string
				for x := i - k; x < i; x++ {
					parts[x-(i-k)] = pq.q[x].Norm
				}
				w, ok := joinedWord(parts[:k])
				if !ok {
					continue
				}
				buf = append(buf[:0], w...)
			}
			if pq.known == nil || pq.known.mayHaveBytes(buf) {
				add(pq.words.ids[string(buf)], i)
			}
		}
	}
	slices.Sort(pq.joinIDs)
	pq.joinIDs = slices.Compact(pq.joinIDs)
}

// joinEvent is a cell where a compound join happens: row i, column j,
// the record words joined (kR) and the quote words joined (kQ), 0 for none.
type joinEvent struct {
	i, j   int32
	kR, kQ uint8
}

// joins lists the cells of r with a compound join, by row and column,
// into evs, looking only at columns below limit; pause is as align's.
func (pq *dpQuote) joins(r []uint32, rs []string, limit int, evs []joinEvent, pause func(j int) bool) []joinEvent {
	if !pq.ready {
		pq.prepareJoins()
	}
	if len(pq.joinIDs) == 0 {
		return evs
	}
	for j := 1; j <= len(r) && j < limit; j++ {
		id := r[j-1]
		b := filterBit(id)
		if pq.filter[b/64]&(1<<(b%64)) == 0 {
			continue
		}
		x, _ := slices.BinarySearch(pq.joinIDs, uint64(id)<<32)
		for ; x < len(pq.joinIDs) && uint32(pq.joinIDs[x]>>32) == id; x++ {
			i := int32(uint32(pq.joinIDs[x]))
			fillStrings(rs, r, pq.words, j)
			before := ""
			if i >= 2 {
				before = pq.q[i-2].Norm
			}
			kR := joinsStrings(pq.q[i-1].Norm, before, rs, j, pq.q[i-1].pause)
			kQ := joinsQuote(rs[j-1], rs, j, pq.q, int(i), pause)
			if kR > 0 || kQ > 0 {
				evs = append(evs, joinEvent{i, int32(j), uint8(kR), uint8(kQ)})
			}
		}
	}
	return evs
}

// mayJoin is false when no compound join can happen in r: none of its
// words is one a join of the quote's concerns.
func (pq *dpQuote) mayJoin(r []uint32) bool {
	if !pq.ready {
		pq.prepareJoins()
	}
	if len(pq.joinIDs) == 0 {
		return false
	}
	for _, id := range r {
		if b := filterBit(id); pq.filter[b/64]&(1<<(b%64)) != 0 {
			return true
		}
	}
	return false
}

// hasJoin tells whether a compound join can happen anywhere in r: the
// cells the DP would try one in (mayJoin is its quick, looser first
// test).
func (pq *dpQuote) hasJoin(r []uint32) bool {
	if !pq.mayJoin(r) {
		return false
	}
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	sc.grow(0, len(r))
	rs := sc.rs[:len(r)]
	clear(rs)
	evs := pq.joins(r, rs, len(r)+1, sc.evs[:0], nil) // (looser, as a test of what may happen)
	sc.evs = evs[:0]
	return len(evs) > 0
}

// fillStrings gives as strings the record words a join ending at column
// j reads (joinsStrings, joinsQuote): the maxJoin before it, those not
// given yet. Only these: a word's string is a read of the vocabulary,
// most often a cache miss, and a window has few joins to try.
func fillStrings(rs []string, r []uint32, words *vocab, j int) {
	for k := max(0, j-maxJoin); k < j; k++ {
		if rs[k] == "" {
			rs[k] = words.str(r[k])
		}
	}
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
//
// The forward pass keeps, for every cell, the three costs of Gotoh's
// algorithm: the best reading (h), the best ending in a gap (g) and the
// best ending in a flat-cost gap (f). It records no moves: the cells are
// computed with minima the compiler turns into conditional moves, and the
// trace recomputes, at each cell it passes, which step gave the cell its
// cost, trying the steps in the order the forward pass prefers them (the
// first step to reach the minimum wins a tie). dp_equiv_test.go holds the
// result equal to the reference DP, which records its moves. pause (nil
// for none) tells whether the record word j stands right before
// punctuation; it is asked only where a contraction's written word would
// join (joinsQuote).
func (pq *dpQuote) align(r []uint32, clean func(j int) bool, pause func(j int) bool) Alignment {
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
			ok := len(pq.joins(r, rs, e, sc.evs[:0], pause)) == 0
			for j := 0; ok && cl != nil && j < e; j++ {
				ok = !cl[j]
			}
			if ok {
				return Alignment{Ops: []Op{{OpEqual, 0, n, s, e}}, RStart: s, REnd: e}
			}
		}
	}
	evs := pq.joins(r, rs, m+1, sc.evs[:0], pause)
	sc.evs = evs
	if len(evs) > 1 {
		slices.SortFunc(evs, func(a, b joinEvent) int {
			if a.i != b.i {
				return cmp.Compare(a.i, b.i)
			}
			return cmp.Compare(a.j, b.j)
		})
	}
	H := sc.cost[:(n+1)*w] // best cost of q[:i] against r[..j]
	G := sc.gap[:(n+1)*w]  // the same, ending in a gap
	F := sc.flat[:(n+1)*w] // the same, ending in a flat-cost gap
	clear(H[:w])
	for i := 1; i <= n; i++ {
		H[i*w] = H[(i-1)*w] + int32(insCost(&q[i-1]))
		G[i*w], F[i*w] = infinite, infinite
	}
	ev := 0
	for i := 1; i <= n; i++ {
		qt := &q[i-1]
		ins := int32(insCost(qt))
		open, extend, sub := rowCosts(qt)
		row, prev := i*w, (i-1)*w
		hrow, hprev := H[row:row+w:row+w], H[prev:prev+w:prev+w]
		grow, frow := G[row:row+w:row+w], F[row:row+w:row+w]
		rr := r[:m:m]
		left, g, f := hrow[0], int32(infinite), int32(infinite)
		if qt.Kind == Ellipsis {
			for j := 1; j <= m; j++ {
				g = min(left+open+extend, g+extend)
				f = min(left+costLongGap, f)
				best := min(g, f, hprev[j]+ins)
				if cl != nil && cl[j-1] {
					best = min(best, left)
				}
				hrow[j], grow[j], frow[j] = best, g, f
				left = best
			}
			continue
		}
		for ev < len(evs) && int(evs[ev].i) < i {
			ev++
		}
		qi := qid[i-1]
		oe := open + extend
		for j := 1; j <= m; {
			// the cells up to the next with a compound join
			stop := w
			if ev < len(evs) && int(evs[ev].i) == i {
				stop = int(evs[ev].j)
			}
			if cl == nil {
				if qt.Kind == Word {
					left, g, f = dpWordCells(hrow[j-1:stop], hprev[j-1:stop], grow[j:stop], frow[j:stop], rr[j-1:stop-1], qi, left, g, f)
				} else {
					left, g, f = dpCells(hrow[j-1:stop], hprev[j-1:stop], grow[j:stop], frow[j:stop], rr[j-1:stop-1], qi, sub, ins, oe, extend, left, g, f)
				}
				j = stop
			} else {
				for ; j < stop; j++ {
					d := hprev[j-1]
					dd := d + sub
					if qi == rr[j-1] {
						dd = d
					}
					best := min(min(dd, hprev[j]+ins), min(g+extend, f), left+oe)
					g = min(left+oe, g+extend)
					f = min(left+costLongGap, f)
					if cl[j-1] {
						best = min(best, left)
					}
					hrow[j], grow[j], frow[j] = best, g, f
					left = best
				}
			}
			if j > m {
				break
			}
			// a cell with a compound join
			e := evs[ev]
			ev++
			g = min(left+oe, g+extend)
			f = min(left+costLongGap, f)
			d := hprev[j-1]
			best := d + sub
			if qi == rr[j-1] {
				best = d
			}
			if k := int(e.kR); k > 0 {
				best = min(best, hprev[j-k])
			}
			if k := int(e.kQ); k > 0 && q[i-k].Kind == qt.Kind {
				best = min(best, H[(i-k)*w+j-1])
			}
			best = min(best, g, f, hprev[j]+ins)
			if cl != nil && cl[j-1] {
				best = min(best, left)
			}
			hrow[j], grow[j], frow[j] = best, g, f
			left = best
			j++
		}
	}
	// the earliest cheapest end
	end, best := 0, int32(infinite)
	for j := 0; j <= m; j++ {
		if c := H[n*w+j]; c < best {
			best, end = c, j
		}
	}
	// trace back, recomputing each cell's step
	steps := sc.steps[:0]
	defer func() { sc.steps = steps[:0] }()
	i, j := n, end
	const inH, inGap, inFlat = 0, 1, 2
	state := inH
	ev = len(evs) - 1
	for i > 0 {
		qt := &q[i-1]
		open, extend, sub := rowCosts(qt)
		gapOp := OpDelete
		switch qt.Kind {
		case Ellipsis:
			gapOp = OpOmit
		case Editorial:
			gapOp = OpEditorial
		}
		cell := i*w + j
		switch state {
		case inGap:
			steps = append(steps, Op{gapOp, i, i, j - 1, j})
			if G[cell-1]+extend >= H[cell-1]+open+extend {
				state = inH
			}
			j--
			continue
		case inFlat:
			steps = append(steps, Op{gapOp, i, i, j - 1, j})
			if F[cell-1] >= H[cell-1]+costLongGap {
				state = inH
			}
			j--
			continue
		}
		h := H[cell]
		if j == 0 {
			steps = append(steps, Op{gapOp, i - 1, i, j, j}) // up: the quote token alone
			if qt.Kind == Word {
				steps[len(steps)-1].Kind = OpInsert
			}
			i--
			continue
		}
		prevRow := (i - 1) * w
		if qt.Kind != Ellipsis {
			d := H[prevRow+j-1]
			// (a bracket holding the record's own word replaces it, marked:
			// "[its]" for "its" is the writer's, not the speaker's, word)
			if qid[i-1] != 0 && qid[i-1] == r[j-1] && d == h && qt.Kind == Word {
				steps = append(steps, Op{OpEqual, i - 1, i, j - 1, j})
				i, j = i-1, j-1
				continue
			}
			for ev >= 0 && (int(evs[ev].i) > i || int(evs[ev].i) == i && int(evs[ev].j) > j) {
				ev--
			}
			if ev >= 0 && int(evs[ev].i) == i && int(evs[ev].j) == j {
				e := evs[ev]
				if k := int(e.kR); k > 0 && H[prevRow+j-k] == h {
					steps = append(steps, Op{OpEqual, i - 1, i, j - k, j})
					i, j = i-1, j-k
					continue
				}
				if k := int(e.kQ); k > 0 && q[i-k].Kind == qt.Kind && H[(i-k)*w+j-1] == h {
					steps = append(steps, Op{OpEqual, i - k, i, j - 1, j})
					i, j = i-k, j-1
					continue
				}
			}
			if d+sub == h {
				k := OpSubstitute
				if qt.Kind == Editorial {
					k = OpEditorial
				}
				steps = append(steps, Op{k, i - 1, i, j - 1, j})
				i, j = i-1, j-1
				continue
			}
		}
		switch {
		case G[cell] == h:
			state = inGap
		case F[cell] == h:
			state = inFlat
		case cl != nil && cl[j-1] && H[cell-1] == h:
			steps = append(steps, Op{OpClean, i, i, j - 1, j})
			j--
		case H[prevRow+j]+int32(insCost(qt)) == h:
			k := OpInsert
			if qt.Kind != Word {
				k = gapOp
			}
			steps = append(steps, Op{k, i - 1, i, j, j})
			i--
		default:
			panic("align: broken trace")
		}
	}
	start := j
	// reverse and merge runs of one kind
	ops := make([]Op, 0, 8)
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

// endsKept is al with an ellipsis opening or closing the quote (of n
// tokens) leaving out nothing of the record: it only says the quote
// begins or ends mid-passage, so the source is not the turn from its
// first word ("… we will build it fast" is "we will build it fast"). The
// cost is the same: an ellipsis leaves words out for nothing.
func endsKept(al Alignment, n int) Alignment {
	ops := al.Ops
	if len(ops) > 0 && ops[0].Kind == OpOmit && ops[0].Q0 == 0 {
		ops[0].R0, al.RStart = ops[0].R1, ops[0].R1
	}
	if k := len(ops) - 1; k >= 0 && ops[k].Kind == OpOmit && ops[k].Q1 == n {
		ops[k].R1, al.REnd = ops[k].R0, ops[k].R0
	}
	return al
}

// dpCells computes a run of cells of one row with no compound join and no
// disfluency: record word j against quote id qi, for j from 1 to len(r),
// h[0] and hp[0] being the column before the run. It is a function of its
// own so that its few variables stay in registers; each cell is a handful
// of conditional moves. It returns the costs of the run's last cell.
//
// The minimum takes the diagonal, the step up, the gaps extended and the
// gap opened: only the last waits for the cell to the left (left+oe is at
// most left+costLongGap, so the flat gap opened never wins over it).
func dpCells(h, hp, g, f []int32, r []uint32, qi uint32, sub, ins, oe, extend, left, gl, fl int32) (int32, int32, int32) {
	n := len(r)
	h, hp, g, f = h[:n+1], hp[:n+1], g[:n], f[:n]
	for j, id := range r {
		d := hp[j]
		dd := d + sub
		if qi == id {
			dd = d
		}
		best := min(min(dd, hp[j+1]+ins), min(gl+extend, fl), left+oe)
		gl = min(left+oe, gl+extend)
		fl = min(left+costLongGap, fl)
		h[j+1], g[j], f[j] = best, gl, fl
		left = best
	}
	return left, gl, fl
}

// dpWordCells is dpCells for the row of a quote word, its costs constants
// (a word's row is nearly every row): with fewer variables, the loop's
// values all stay in registers.
func dpWordCells(h, hp, g, f []int32, r []uint32, qi uint32, left, gl, fl int32) (int32, int32, int32) {
	const sub, ins, oe, extend = costChange, costChange, costGapOpen + costGapExtend, costGapExtend
	n := len(r)
	h, hp, g, f = h[:n+1], hp[:n+1], g[:n], f[:n]
	for j, id := range r {
		d := hp[j]
		dd := d + sub
		if qi == id {
			dd = d
		}
		best := min(min(dd, hp[j+1]+ins), min(gl+extend, fl), left+oe)
		gl = min(left+oe, gl+extend)
		fl = min(left+costLongGap, fl)
		h[j+1], g[j], f[j] = best, gl, fl
		left = best
	}
	return left, gl, fl
}

// rowCosts are the gap open and extend costs, and the substitution cost,
// of a quote token's row.
func rowCosts(t *Token) (open, extend, sub int32) {
	switch t.Kind {
	case Ellipsis:
		return 0, 0, costChange
	case Editorial:
		return costBracketSkip, costBracketSkip, 0
	}
	return costGapOpen, costGapExtend, costChange
}

// scratch is the memory of one alignment, reused from a pool: the
// benchmark showed allocation and clearing of the matrices as a tenth of
// the time of a quote (every cell is written before it is read, so reused
// memory needs no clearing beyond row and column zero).
type scratch struct {
	cost, gap, flat []int32
	rs              []string
	clean           []bool
	evs             []joinEvent
	steps           []Op
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

func (s *scratch) grow(n, m int) {
	cells := (n + 1) * (m + 1)
	if cap(s.cost) < cells {
		s.cost = make([]int32, cells)
		s.gap = make([]int32, cells)
		s.flat = make([]int32, cells)
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
// maxJoin) spell word, the record's at rs[j-1], when written together, or
// 0.
//
// pause (nil for none) tells whether the record word at a position stands
// right before punctuation, which a contraction's written word does not
// take (stopsContraction).
func joinsQuote(word string, rs []string, j int, q []Token, end int, pause func(j int) bool) int {
	if hasDigit(word) {
		var parts [maxJoin]string // the quote's words ending at end-1, on the stack
		k := min(end, maxJoin)
		for x := range k {
			parts[x] = q[end-k+x].Norm
		}
		return joinsNumber(word, parts[:k])
	}
	if end >= 2 && word != "" && contractedAs(q[end-2].Norm, q[end-1].Norm) == word && (j < 2 || rs[j-2] != q[end-2].Norm) {
		if pause != nil && stopsContraction(q[end-1].Norm) && pause(j-1) {
			return 0 // the record's "Well, fund" is not the quote's "we'll fund"
		}
		return 2 // the quote's "he'll" for the record's "hell" (see contractedAs)
	}
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
			if k == 2 && respeltApart(p, q[end-1].Norm) {
				return 0
			}
			return k
		}
	}
	return 0
}

// joinsStrings is joinsQuote for record words: how many record words
// ending at rs[end-1] spell the quote's word, before being the quote's
// word before it ("" for none) and paused telling whether punctuation
// follows the quote's word (Token.pause).
func joinsStrings(word, before string, rs []string, end int, paused bool) int {
	if hasDigit(word) {
		return joinsNumber(word, rs[max(0, end-maxJoin):end])
	}
	if end >= 2 && word != "" && contractedAs(rs[end-2], rs[end-1]) == word && before != rs[end-2] {
		if paused && stopsContraction(rs[end-1]) {
			return 0 // the quote's "Well, fund" is not the record's "we'll fund"
		}
		return 2 // "hell" for the record's "he'll" (see contractedAs)
	}
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
			if k == 2 && respeltApart(p, rs[end-1]) {
				return 0
			}
			return k
		}
	}
	return 0
}

// respeltApart tells whether the words a and b, written apart, are a word
// "re-" makes with a hyphen that is another word without it (respelt):
// "re sign" is "re-sign" (sign again), never joined as "resign".
func respeltApart(a, b string) bool {
	return a == "re" && respelt["re-"+b]
}

// apostropheless are the contractions as written without their
// apostrophe, by the words they expand to: "he'll" is "hell", "it's" "its",
// "don't" "dont". A transcript typed in haste and news copy both drop or
// add such an apostrophe ("living in he'll", "its a disaster", "I dont
// know"); an apostrophe is punctuation, and the DP reads the two tokens
// of the contraction and the one written word as equal, as it reads a
// compound written apart (contractedAs). Many of these are words of their
// own ("hell", "were", "cant"), so the tokenizer cannot expand them.
var apostropheless = map[[2]string]string{
	{"he", "will"}: "hell", {"we", "will"}: "well", {"she", "will"}: "shell", {"i", "will"}: "ill",
	{"you", "will"}: "youll", {"they", "will"}: "theyll", {"it", "will"}: "itll", {"that", "will"}: "thatll",
	{"i", "would"}: "id", {"we", "would"}: "wed", {"she", "would"}: "shed", {"he", "would"}: "hed",
	{"you", "would"}: "youd", {"they", "would"}: "theyd",
	{"we", "are"}: "were", {"you", "are"}: "youre", {"they", "are"}: "theyre",
	{"i", "have"}: "ive", {"you", "have"}: "youve", {"we", "have"}: "weve", {"they", "have"}: "theyve",
	{"could", "have"}: "couldve", {"would", "have"}: "wouldve", {"should", "have"}: "shouldve",
	{"i", "am"}: "im", {"let", "us"}: "lets",
	{"it", "is"}: "its", {"that", "is"}: "thats", {"what", "is"}: "whats", {"there", "is"}: "theres",
	{"here", "is"}: "heres", {"he", "is"}: "hes", {"she", "is"}: "shes", {"who", "is"}: "whos", {"where", "is"}: "wheres",
	{"can", "not"}: "cant", {"will", "not"}: "wont", {"do", "not"}: "dont", {"does", "not"}: "doesnt", {"did", "not"}: "didnt",
	{"is", "not"}: "isnt", {"are", "not"}: "arent", {"was", "not"}: "wasnt", {"were", "not"}: "werent",
	{"has", "not"}: "hasnt", {"have", "not"}: "havent", {"had", "not"}: "hadnt", {"would", "not"}: "wouldnt",
	{"could", "not"}: "couldnt", {"should", "not"}: "shouldnt", {"must", "not"}: "mustnt",
}

// apostrophelessParts is apostropheless the other way round: the words
// each such written word expands to.
var apostrophelessParts = func() map[string][2]string {
	m := make(map[string][2]string, len(apostropheless))
	for parts, w := range apostropheless {
		m[w] = parts
	}
	return m
}()

// contractedAs is the word two tokens a contraction expands to are written
// as without its apostrophe ("he" "will" is "hell"), or "". The tokens
// need not come from a contraction ("he will" written out is "hell" too):
// the DP reads word ids alone, and a quote that runs "he will" together as
// "hell" misquotes nobody. The join is not made where the other side
// has the contraction's first word right before ("we were" is not "we
// we are", nor "we are" "we were": a tense changed); joinsQuote and
// joinsStrings see to it.
func contractedAs(a, b string) string {
	if len(b) < 2 || len(b) > 5 || len(a) > 6 {
		return "" // (the common case, at no map look-up)
	}
	return apostropheless[[2]string{a, b}]
}

// stopsContraction tells whether a contraction whose second word is
// second cannot stand right before punctuation, so that its word written
// without the apostrophe, followed by a comma or a period, is the word it
// is: a contracted auxiliary never ends a clause ("Well, fund the clinic"
// is not "We'll fund the clinic", "Its, the clinic's" no "it's"); a
// negation may ("I can't." written "I cant.": a typing slip).
func stopsContraction(second string) bool { return second != "not" }

// joinsNumber is joinsQuote and joinsStrings for a word with digits,
// whose parts (the words ending where the join ends, up to maxJoin of
// them) join as joinedWord joins them: numbers spoken in a row make one
// only as a speaker reads one ("twenty one" is 21, "nineteen ninety"
// 1990; "two, three days" is not 23).
func joinsNumber(word string, parts []string) int {
	n := len(parts)
	// (a join ends on its last part's last character, which tells most
	// cells apart before any join is made)
	if n < 2 || word == "" || parts[n-1] == "" || word[len(word)-1] != parts[n-1][len(parts[n-1])-1] {
		return 0
	}
	for k := 2; k <= n; k++ {
		if parts[n-k] == "" {
			return 0
		}
		if w, ok := joinedWord(parts[n-k:]); ok && w == word {
			return k
		}
	}
	return 0
}

// joinedWord is the word parts make written together: a compound
// ("shoulder", "to", "shoulder"), or numbers spoken in a row read as the
// one number they make (numberJoin: "20" "1" is "21", "19" "80" "4"
// "1984", "24" "hour" "24hour"; "3" "point" "2" is "3.2"); ok is false
// for numbers in a row that make no one number ("2" "3" is not "23").
func joinedWord(parts []string) (string, bool) {
	var b strings.Builder
	for i := 0; i < len(parts); {
		if parts[i] == "point" && i+1 < len(parts) && allDigits(parts[i+1]) {
			// a decimal point spoken: "three point two" is 3.2, "point
			// five" 0.5; the digits after it are read one by one
			if i == 0 || !allDigits(parts[i-1]) {
				b.WriteByte('0')
			}
			b.WriteByte('.')
			j := i + 1
			if len(parts[j]) > 1 {
				// a number of two digits or more read whole, a tens and
				// a ones as one ("three point twenty five" is 3.25)
				d := parts[j]
				j++
				if j < len(parts) {
					if t, ok := tensAndOnes(d, parts[j]); ok {
						d = t
						j++
					}
				}
				b.WriteString(d)
				i = j
				continue
			}
			for j < len(parts) && len(parts[j]) == 1 && allDigits(parts[j]) {
				j++
			}
			for _, p := range parts[i+1 : j] {
				b.WriteString(p)
			}
			i = j
			continue
		}
		j := i
		for j < len(parts) && allDigits(parts[j]) {
			j++
		}
		if j-i >= 2 {
			n, ok := numberJoin(parts[i:j])
			if !ok {
				return "", false
			}
			b.WriteString(n)
			i = j
			continue
		}
		b.WriteString(parts[i]) // a word, or a number alone
		i++
	}
	return b.String(), true
}

// numberJoin is the number that numbers spoken in a row (their digits)
// make: a tens and a ones their sum ("twenty one" is 21), and two of two
// digits a year read in pairs (readInPairs: "nineteen ninety" is 1990,
// "nineteen eighty four" 1984), from 1100; ok is false for others ("two,
// three" is not 23, "ten twelve" not 1012).
func numberJoin(parts []string) (string, bool) {
	var vals [maxJoin]string
	n := 0
	for _, p := range parts {
		if n > 0 {
			if t, ok := tensAndOnes(vals[n-1], p); ok {
				vals[n-1] = t // "20" "1": "21"
				continue
			}
		}
		if n == len(vals) {
			return "", false
		}
		vals[n] = p
		n++
	}
	switch {
	case n == 1:
		return vals[0], true
	case n == 2 && len(vals[0]) == 2 && len(vals[1]) == 2 && vals[0] > "10" && readInPairs(vals[0]+vals[1]):
		// (not from 10: "ten twelve" is a range more often than a year)
		return vals[0] + vals[1], true
	}
	return "", false
}

// hasDigit tells whether s holds an ASCII digit. (A loop over the bytes:
// strings.ContainsAny makes its set of bytes at every call, and prepareJoins
// asks for every word of a quote.)
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i]-'0' <= 9 {
			return true
		}
	}
	return false
}

func insCost(t *Token) int {
	if t.Kind != Word {
		return 0
	}
	return costChange
}
