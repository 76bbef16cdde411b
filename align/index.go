package align

import (
	"cmp"
	"math/bits"
	"slices"
	"sort"
	"sync"
)

// index is a conservative prefilter over the record, after codesearch and
// passim: it proposes a few windows of the record where a quote may come
// from, and only those are aligned word by word.
//
// Two posting tables, each in compressed-row form (an offset array into
// one array of int32 record positions):
//
//   - grams: for every record token p, the hashed pair (stem p, stem p+1)
//     within a turn; a pair survives an inflection (stems). Pairs of stop
//     words are indexed too — speech is made of them, and "get them out"
//     locates a passage — but a bucket holding more than maxPostings
//     positions is emptied at build time: too common to help ("of the").
//     Hash collisions only add candidates; the alignment discards them.
//   - stems: for every stem said at most maxPostings times, its positions
//     (the frequency of every stem is kept). These find a quote of one or
//     two words and the passage a paraphrase rearranges.
type index struct {
	gramBits uint
	gramOff  []int32 // bucket b holds gramPos[gramOff[b]:gramOff[b+1]]
	gramPos  []int32
	capped   []uint64 // bit b: bucket b was emptied as too common
	stemOff  []int32  // stem id s holds stemPos[stemOff[s]:stemOff[s+1]]
	stemPos  []int32
	stemN    []int32 // occurrences of each stem
	bases    []int32 // record position of each turn's first token
	total    int
}

// Search parameters.
const (
	// maxPostings: a key with more places than this carries no location,
	// as passim caps n-gram frequency; it is emptied when the index is
	// built.
	maxPostings = 1024
	// queryPostings: at query time a pair with more places than this votes
	// only if it is among the quote's rarestPairs rarest pairs: common
	// phrases cost sorting time and locate little.
	queryPostings = 128
	rarestPairs   = 2
	// hitBudget: a pair with more places than queryPostings still votes
	// while the quote's votes so far and its own come to at most this
	// many. A quote whose rarest pairs are broken by an edit ("No,
	// [none] at all" makes the pair "no at") or are chance pairs
	// elsewhere keeps enough votes at its place from its commoner pairs,
	// at a bounded cost: at 10M words, 98.4% of edited quotes were found
	// at their place without it and 99.5% with it (quotecheck-bench).
	hitBudget = 1024
	// bucketSize groups hits into diagonals of this many tokens, so that
	// inserted and dropped words keep their hits together.
	bucketSize = 16
	// maxWindows is how many windows are aligned for the best-voted
	// diagonals over the whole record, and again for the named speaker.
	maxWindows = 4
	// bagStems is how many of a quote's rarest content stems vote for the
	// spans a paraphrase may come from.
	bagStems = 8
	// maxGap: pairs of words up to this far apart are indexed (1: adjacent
	// words only). Skip pairs (2) would survive a substituted word between,
	// but double the postings; a quote of more than a few words keeps
	// enough adjacent pairs, and a shorter one votes with single stems.
	maxGap = 1
	// tokensPerBucket sizes the pair table: one bucket per this many
	// tokens. Collisions only add candidates, which the alignment discards.
	tokensPerBucket = 4
)

// gramBitsFor is the log2 of the number of buckets of the pair table of a
// record of so many tokens.
func gramBitsFor(tokens int) uint {
	return uint(max(10, bits.Len(uint(tokens/tokensPerBucket))))
}

func gramKey(kind, a, b uint32) uint64 {
	return uint64(kind)<<62 ^ uint64(a)<<31 ^ uint64(b)
}

// hash maps a key to a bucket (Fibonacci hashing).
func (ix *index) bucket(k uint64) uint32 {
	return uint32((k * 0x9E3779B97F4A7C15) >> (64 - ix.gramBits))
}

func buildIndex(r *Record) *index {
	ix := &index{total: len(r.norms)}
	for _, t := range r.turns {
		ix.bases = append(ix.bases, int32(t.base))
	}
	// grams: a table with about one bucket per two tokens
	ix.gramBits = gramBitsFor(len(r.norms))
	nb := 1 << ix.gramBits
	counts := make([]int32, nb+1)
	eachGram := func(fn func(b uint32, p int32)) {
		for _, t := range r.turns {
			end := t.base + t.n
			for p := t.base; p < end; p++ {
				a := r.norms[p]
				for d, kind := 1, uint32(1); d <= maxGap; d, kind = d+1, kind+1 {
					if p+d >= end {
						break
					}
					b := r.norms[p+d]
					fn(ix.bucket(gramKey(kind, r.stemOf[a], r.stemOf[b])), int32(p))
				}
			}
		}
	}
	eachGram(func(b uint32, _ int32) { counts[b]++ })
	ix.gramOff = make([]int32, nb+1)
	ix.capped = make([]uint64, (nb+63)/64)
	total := int32(0)
	for b := 0; b < nb; b++ {
		ix.gramOff[b] = total
		if c := counts[b]; c <= maxPostings {
			counts[b] = total // now where the bucket's next place goes
			total += c
		} else {
			counts[b] = -1 // emptied: its places are not kept
			ix.capped[b/64] |= 1 << (b % 64)
		}
	}
	ix.gramOff[nb] = total
	ix.gramPos = make([]int32, total)
	// each place reads and writes one entry of a table far larger than
	// the cache (next), where it read three (its count, its bucket's
	// offset and how many it had placed)
	next := counts
	eachGram(func(b uint32, p int32) {
		if at := next[b]; at >= 0 {
			ix.gramPos[at] = p
			next[b] = at + 1
		}
	})
	ix.buildStems(r)
	return ix
}

// buildStems fills the stem postings: every stem's frequency, and the
// places of each said at most maxPostings times.
func (ix *index) buildStems(r *Record) {
	ns := len(r.stems.strs)
	ix.stemN = make([]int32, ns)
	for _, w := range r.norms {
		ix.stemN[r.stemOf[w]]++
	}
	ix.stemOff = make([]int32, ns+1)
	total := int32(0)
	for s := 0; s < ns; s++ {
		ix.stemOff[s] = total
		if ix.stemN[s] <= maxPostings {
			total += ix.stemN[s]
		}
	}
	ix.stemOff[ns] = total
	ix.stemPos = make([]int32, total)
	sfill := make([]int32, ns)
	for p, w := range r.norms {
		s := r.stemOf[w]
		if ix.stemN[s] <= maxPostings {
			ix.stemPos[ix.stemOff[s]+sfill[s]] = int32(p)
			sfill[s]++
		}
	}
}

// turnAt returns the turn holding record position p.
func (ix *index) turnAt(p int) int {
	// the first turn starting after p, less one
	lo, hi := 0, len(ix.bases)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if int(ix.bases[m]) > p {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return lo - 1
}

// turnBlockShift: Record.turnAt finds a position's turn between the
// turns of the record positions 1<<turnBlockShift apart around it.
const turnBlockShift = 10

// turnAt is index.turnAt, the turn holding record position p, searched
// only among the turns of p's block of positions: a search of all the
// turns' bases of a large record misses the cache at nearly every step.
// TestTurnAtEqualsIndex holds the two equal.
func (r *Record) turnAt(p int) int {
	r.turnBlockOnce.Do(func() {
		// one walk of the turns' bases (a search for each block would
		// miss the cache at every step, 100,000 times at 100M words):
		// the last turn starting at or before each block's start
		ix := r.index
		r.turnBlock = make([]int32, ix.total>>turnBlockShift+2)
		t := -1
		for b := range r.turnBlock {
			pos := b << turnBlockShift
			for t+1 < len(ix.bases) && int(ix.bases[t+1]) <= pos {
				t++
			}
			r.turnBlock[b] = int32(t)
		}
	})
	b := p >> turnBlockShift
	if p < 0 || b+1 >= len(r.turnBlock) {
		return r.index.turnAt(p)
	}
	// the first turn starting after p is within [lo, hi]
	bases := r.index.bases
	lo, hi := int(r.turnBlock[b])+1, int(r.turnBlock[b+1])+1
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if int(bases[m]) > p {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return lo - 1
}

// window is a stretch of one turn's tokens [lo, hi) to align a quote to.
type window struct {
	turn   int
	lo, hi int
	votes  int
	bag    bool // proposed by the paraphrase vote
}

// hit is one vote: a quote word qi for a bucket, from record position p.
type hit struct {
	bucket int32
	qi     int16
	p      int32
}

// qword is a quote word looked up in the record.
type qword struct {
	qi   int    // index in the quote's tokens
	stem uint32 // 0: the record never has it
	stop bool
}

// candidates proposes the windows worth aligning q against: with grams
// set, the best-voted diagonals (record position minus quote position) of
// gram hits, and with bag set, the best-voted spans of the quote's rarest
// stems; each over the whole record, and again within the turns of
// speaker sp when sp is not nil.
//
// It also returns how many of the quote's pairs are informative: pairs the
// record either has at a few places or never has (a pair too common to be
// indexed tells nothing). A quote with informative pairs none of which
// lands in a speaker's words was not said by that speaker word for word.
func (r *Record) candidates(q []Token, sp *speakerInfo, grams, bag bool) ([]window, int) {
	ix := r.index
	ws := make([]qword, 0, len(q))
	content := 0
	for qi, t := range q {
		if t.Kind != Word {
			continue
		}
		stem, stop := r.wordInfo(t)
		ws = append(ws, qword{qi: qi, stem: stem, stop: stop})
		if !stop {
			content++
		}
	}
	if len(ws) == 0 || ix.total == 0 {
		return nil, 0
	}
	n := len(q)
	hs := hitPool.Get().(*[]hit)
	hits := (*hs)[:0]
	defer func() { *hs = hits[:0]; hitPool.Put(hs) }()
	diag := func(p, qi int) int32 { return int32((p - qi + n) / bucketSize) }
	// gram votes: the rarest pairs always, the others while they are rare
	// enough to locate something
	type pair struct {
		qi    int
		k     int
		posts []int32
	}
	pairs := make([]pair, 0, len(ws))
	informative := 0
	for k := range ws {
		if ws[k].stem == 0 && !ws[k].stop && k+1 < len(ws) {
			informative++ // a word the record never has: telling, whatever its pair
		}
		for d, kind := 1, uint32(1); d <= maxGap && k+d < len(ws); d, kind = d+1, kind+1 {
			a, b := ws[k], ws[k+d]
			if a.stem == 0 || b.stem == 0 {
				continue
			}
			bk := ix.bucket(gramKey(kind, a.stem, b.stem))
			if ix.capped[bk/64]&(1<<(bk%64)) == 0 {
				informative++
			}
			if posts := r.gramPostings(bk); len(posts) > 0 {
				pairs = append(pairs, pair{a.qi, k, posts})
			}
		}
	}
	if grams {
		slices.SortStableFunc(pairs, func(x, y pair) int { return cmp.Compare(len(x.posts), len(y.posts)) })
	}
	for i, pr := range pairs {
		if !grams {
			break
		}
		if i >= rarestPairs && len(pr.posts) > queryPostings && len(hits)+len(pr.posts) > hitBudget {
			break
		}
		r.needGramPositions(pr.posts)
		for _, p := range pr.posts {
			hits = append(hits, hit{diag(int(p), pr.qi), int16(pr.k), p})
		}
	}
	// single words vote too when the quote has few grams to give
	if grams && len(ws) < 6 {
		for k, w := range ws {
			if w.stem == 0 || w.stop && content > 0 {
				continue
			}
			for _, p := range r.stemPostings(w.stem) {
				hits = append(hits, hit{diag(int(p), w.qi), int16(k), p})
			}
		}
		// a contraction written without its apostrophe votes for the
		// record's contraction, and the other way round ("hell" for
		// "he'll", "he'll" for "hell": apostropheless)
		for k, w := range ws {
			norm := q[w.qi].Norm
			if parts, ok := apostrophelessParts[norm]; ok {
				a, _ := r.wordInfo(Token{Norm: parts[0]})
				b, _ := r.wordInfo(Token{Norm: parts[1]})
				if a != 0 && b != 0 {
					posts := r.gramPostings(ix.bucket(gramKey(1, a, b)))
					r.needGramPositions(posts)
					for _, p := range posts {
						hits = append(hits, hit{diag(int(p), w.qi), int16(k), p})
					}
				}
			}
			if k+1 < len(ws) && ws[k+1].qi == w.qi+1 {
				if c := contractedAs(norm, q[w.qi+1].Norm); c != "" {
					if st, _ := r.wordInfo(Token{Norm: c}); st != 0 {
						for _, p := range r.stemPostings(st) {
							hits = append(hits, hit{diag(int(p), w.qi), int16(k), p})
						}
					}
				}
			}
		}
	}
	var out []window
	slack := n/2 + bucketSize
	// a passage read close to the quote shares several pairs with it: a
	// quote with six pairs or more to give needs two votes on a diagonal
	minVotes := 1
	if len(pairs) >= 6 {
		minVotes = 2
	}
	if grams {
		// pair by pair, the hits come grouped by quote word, unless single
		// words voted too
		grouped := maxGap == 1 && len(ws) >= 6
		out = append(out, r.topWindows(hits, grouped, sp, func(b int32) (int, int) {
			start := int(b)*bucketSize - n
			return start - slack, start + n + bucketSize + slack
		}, false, minVotes)...)
	}
	if bag && content >= MinParaphraseWords {
		// the rarest content stems vote for spans of 1.5× the quote
		span := max(n+n/2, bucketSize)
		var rare []qword
		for _, w := range ws {
			if w.stem != 0 && !w.stop && ix.stemN[w.stem] <= maxPostings {
				rare = append(rare, w)
			}
		}
		sort.SliceStable(rare, func(i, j int) bool { return ix.stemN[rare[i].stem] < ix.stemN[rare[j].stem] })
		rare = dedupeStems(rare)
		if len(rare) > bagStems {
			rare = rare[:bagStems]
		}
		bh := hits[len(hits):] // the pair hits' buffer, past them
		for k, w := range rare {
			for _, p := range r.stemPostings(w.stem) {
				bh = append(bh, hit{int32(int(p) / span), int16(k), p}, hit{int32(int(p)/span + 1), int16(k), p})
			}
		}
		// a paraphrase keeps a good share of the quote's rare words
		// stem by stem, the hits come grouped by quote word
		out = append(out, r.topWindows(bh, true, sp, func(b int32) (int, int) {
			return (int(b)-1)*span - slack/2, int(b)*span + slack/2
		}, true, max(2, (len(rare)+2)/3))...)
		if cap(bh) > cap(hits) {
			hits = bh[:0] // the buffer grew: the pool keeps the larger
		}
	}
	return mergeWindows(out), informative
}

func dedupeStems(ws []qword) []qword {
	seen := map[uint32]bool{}
	out := ws[:0]
	for _, w := range ws {
		if !seen[w.stem] {
			seen[w.stem] = true
			out = append(out, w)
		}
	}
	return out
}

// topWindows counts the distinct quote words voting for each bucket
// (grouped: the hits come grouped by quote word) and turns the best
// buckets, overall and of speaker sp, into windows clipped to the turns
// they touch. A bucket needs at least half the votes of the
// best one, and minVotes.
func (r *Record) topWindows(hits []hit, grouped bool, sp *speakerInfo, span func(int32) (int, int), bag bool, minVotes int) []window {
	if len(hits) == 0 {
		return nil
	}
	var cs *voteList
	if grouped {
		cs = tallyGrouped(hits, minVotes)
	} else {
		cs = tallyVotes(hits, minVotes)
	}
	defer cs.release()
	var out []window
	pick := func(only *speakerInfo) {
		taken := 0
		best := 0
		for i := 0; ; i++ {
			c, ok := cs.at(i)
			if !ok || taken >= maxWindows || c.votes*2 < best || c.votes < minVotes {
				break
			}
			lo, hi := span(c.bucket)
			got := false
			// only the turns the votes came from
			for ti := r.turnAt(int(c.minP)); ti >= 0 && ti < len(r.turns) && r.turns[ti].base <= int(c.maxP); ti++ {
				t := r.turns[ti]
				if only != nil && r.speakers[t.spk] != only {
					continue
				}
				a, b := max(lo-t.base, 0), min(hi-t.base, t.n)
				if b > a {
					out = append(out, window{turn: ti, lo: a, hi: b, votes: c.votes, bag: bag})
					got = true
				}
			}
			if got {
				if taken == 0 {
					best = c.votes
				}
				taken++
			}
		}
	}
	pick(nil)
	if sp != nil {
		pick(sp)
	}
	return out
}

// bridge: windows of one turn this close are aligned as one, so that a
// quote joining two passages of an answer — with an ellipsis or without —
// is read across both.
const bridge = 512

// mergeWindows joins windows of one turn that overlap or lie within bridge
// tokens of each other, and sorts them by place.
func mergeWindows(ws []window) []window {
	if len(ws) == 0 {
		return nil
	}
	// windows of the same turn and start merge into one whatever their
	// order, so an unstable sort gives the same windows
	slices.SortFunc(ws, func(a, b window) int {
		if a.turn != b.turn {
			return cmp.Compare(a.turn, b.turn)
		}
		return cmp.Compare(a.lo, b.lo)
	})
	out := make([]window, 0, len(ws))
	for _, w := range ws {
		if len(out) > 0 {
			l := &out[len(out)-1]
			if l.turn == w.turn && w.lo <= l.hi+bridge {
				l.hi = max(l.hi, w.hi)
				l.votes = max(l.votes, w.votes)
				l.bag = l.bag || w.bag
				continue
			}
		}
		out = append(out, w)
	}
	return out
}

// cand is a bucket with its votes (distinct quote words) and where they
// came from.
type cand struct {
	bucket     int32
	votes      int
	minP, maxP int32
}

// countVotes counts the distinct quote words voting for each bucket and
// returns the buckets of at least minVotes votes, most votes first, then
// by bucket: tallyVotes, read to its end. index_equiv_test.go holds it
// equal to sorting the hits.
func countVotes(hits []hit, minVotes int) []cand {
	vl := tallyVotes(hits, minVotes)
	defer vl.release()
	var cs []cand
	for i := 0; ; i++ {
		c, ok := vl.at(i)
		if !ok {
			return cs
		}
		cs = append(cs, c)
	}
}

// voteList is the buckets of a vote count in their order (most votes
// first, then by bucket), sorted as they are read: the buckets of one
// number of votes are made a heap when the first of them is asked for,
// and taken from it one by one. A search mostly reads only the
// best-voted buckets and a few of the next level, and the many with one
// or two votes are then never sorted.
type voteList struct {
	vs     *voteScratch
	order  []int32 // entry indices, most votes first, in the order counted
	sorted int     // cands[:sorted] are in their final order
	cands  []cand
	heap   []uint64 // the level being read: a min-heap of its keys not read yet
	level  []int32  // votes → entries with that many
}

// tallyVotes counts the distinct quote words voting for each bucket, for
// the buckets of at least minVotes votes. The hits are grouped by quote
// word (a counting sort, unless they come so already, as a search's do),
// so that a bucket counts a word's votes once by remembering the last
// word it saw; the buckets are found in a hash table, and ordered by
// votes with a counting sort. Call release when done with the list.
func tallyVotes(hits []hit, minVotes int) *voteList {
	vs := votePool.Get().(*voteScratch)
	if len(hits) == 0 {
		return vs.tally(hits, minVotes)
	}
	lo, hi := hits[0].qi, hits[0].qi
	for _, h := range hits {
		lo, hi = min(lo, h.qi), max(hi, h.qi)
	}
	next := grown(vs.next, int(hi)-int(lo)+2)
	vs.next = next
	clear(next)
	// grouped already: each word's hits in one run
	grouped := true
	for k, h := range hits {
		if k > 0 && h.qi == hits[k-1].qi {
			continue
		}
		if next[h.qi-lo] != 0 {
			grouped = false
			break
		}
		next[h.qi-lo] = 1
	}
	byWord := hits
	if !grouped {
		clear(next)
		for _, h := range hits {
			next[int(h.qi-lo)+1]++
		}
		for k := 1; k < len(next); k++ {
			next[k] += next[k-1]
		}
		byWord = grown(vs.byWord, len(hits))
		vs.byWord = byWord
		for _, h := range hits {
			byWord[next[h.qi-lo]] = h
			next[h.qi-lo]++
		}
	}
	return vs.tally(byWord, minVotes)
}

// tallyGrouped is tallyVotes for hits that come grouped by quote word
// (each word's hits in one run), which it does not check: a search's
// hits, gathered pair by pair (maxGap is 1: a quote word starts one pair
// at most) or stem by stem.
func tallyGrouped(hits []hit, minVotes int) *voteList {
	if checkGrouped && !isGrouped(hits) {
		panic("align: hits not grouped by quote word")
	}
	return votePool.Get().(*voteScratch).tally(hits, minVotes)
}

// checkGrouped makes tallyGrouped check that its hits are grouped (set by
// tests).
var checkGrouped = false

// isGrouped tells whether each quote word's hits are in one run.
func isGrouped(hits []hit) bool {
	seen := map[int16]bool{}
	for k, h := range hits {
		if k > 0 && h.qi == hits[k-1].qi {
			continue
		}
		if seen[h.qi] {
			return false
		}
		seen[h.qi] = true
	}
	return true
}

// tally counts hits grouped by quote word, in scratch vs.
func (vs *voteScratch) tally(byWord []hit, minVotes int) *voteList {
	vl := &vs.list
	*vl = voteList{vs: vs, order: vs.order[:0], cands: vs.cands[:0], level: vs.level[:0]}
	if len(byWord) == 0 {
		return vl
	}
	shift := 32 - bits.Len(uint(2*len(byWord)))
	size := 1 << (32 - shift)
	table := grown(vs.table, size) // entry index+1 of a bucket, 0: empty
	vs.table = table
	clear(table)
	entries := vs.entries[:0]
	for _, h := range byWord {
		slot := (uint32(h.bucket) * 0x9E3779B1) >> shift
		for {
			e := table[slot]
			if e == 0 {
				entries = append(entries, voteEntry{cand{h.bucket, 1, h.p, h.p}, h.qi})
				table[slot] = int32(len(entries))
				break
			}
			if c := &entries[e-1]; c.bucket == h.bucket {
				if c.last != h.qi {
					c.votes++
					c.last = h.qi
				}
				c.minP, c.maxP = min(c.minP, h.p), max(c.maxP, h.p)
				break
			}
			slot = (slot + 1) & uint32(size-1)
		}
	}
	vs.entries = entries
	// by votes, most first: a counting sort of the entry indices
	top := 0
	for _, e := range entries {
		top = max(top, e.votes)
	}
	level := grown(vl.level, top+2)
	clear(level)
	n := 0
	for _, e := range entries {
		if e.votes >= minVotes {
			level[e.votes]++
			n++
		}
	}
	// start of each level in order: the levels above it come first
	start := int32(0)
	for v := top; v >= 1; v-- {
		c := level[v]
		level[v] = start
		start += c
	}
	order := grown(vl.order, n)
	for k, e := range entries {
		if e.votes >= minVotes {
			order[level[e.votes]] = int32(k)
			level[e.votes]++
		}
	}
	// level[v] is now the end of level v
	vl.order, vl.level, vl.cands = order, level, grown(vl.cands, n)
	return vl
}

// at returns the i-th bucket of the list, false past its end.
func (vl *voteList) at(i int) (cand, bool) {
	if i >= len(vl.order) {
		return cand{}, false
	}
	entries := vl.vs.entries
	for i >= vl.sorted {
		if len(vl.heap) == 0 {
			// the next level, as a heap of keys: by bucket, with the
			// entry's index
			from := vl.sorted
			to := int(vl.level[entries[vl.order[from]].votes])
			keys := vl.vs.keys[:0]
			for _, k := range vl.order[from:to] {
				keys = append(keys, uint64(uint32(entries[k].bucket)^1<<31)<<32|uint64(k))
			}
			vl.vs.keys = keys
			vl.heap = keys
			for x := len(keys)/2 - 1; x >= 0; x-- {
				siftDown(keys, x)
			}
		}
		// the level's next bucket
		h := vl.heap
		key := h[0]
		last := len(h) - 1
		h[0] = h[last]
		vl.heap = h[:last]
		siftDown(vl.heap, 0)
		vl.cands[vl.sorted] = entries[uint32(key)].cand
		vl.sorted++
	}
	return vl.cands[i], true
}

// siftDown restores the order of the binary min-heap h below x.
func siftDown(h []uint64, x int) {
	for {
		c := 2*x + 1
		if c >= len(h) {
			return
		}
		if c+1 < len(h) && h[c+1] < h[c] {
			c++
		}
		if h[x] <= h[c] {
			return
		}
		h[x], h[c] = h[c], h[x]
		x = c
	}
}

// release gives the list's memory back; the list is not to be read after.
func (vl *voteList) release() {
	vs := vl.vs
	vs.order, vs.cands, vs.level = vl.order[:0], vl.cands[:0], vl.level[:0]
	vs.entries = vs.entries[:0]
	vl.vs = nil
	votePool.Put(vs)
}

// voteScratch is the memory of one vote count, reused from a pool: the
// profile of a search showed its allocation and zeroing as most of the
// count's time.
type voteScratch struct {
	next, table []int32
	byWord      []hit
	entries     []voteEntry
	keys        []uint64
	order       []int32
	level       []int32
	cands       []cand
	list        voteList
}

// voteEntry is a bucket being counted, with the last quote word counted.
type voteEntry struct {
	cand
	last int16
}

var votePool = sync.Pool{New: func() any { return new(voteScratch) }}

// hitPool holds the buffers of a search's hits.
var hitPool = sync.Pool{New: func() any { b := make([]hit, 0, 1024); return &b }}

// grown returns s with length n, reallocated only when its capacity is
// short; its contents are not cleared.
func grown[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}
