package align

import (
	"sort"
)

// index maps each folded word and each stem of the record to the positions
// where it occurs, positions counted over the whole record's token stream
// (turn after turn). It proposes candidate windows; only those are aligned
// word by word.
type index struct {
	stems map[string][]int32
	bases []int // record position of each turn's first token
	total int
}

// Search parameters.
const (
	// maxPostings caps how many places one word may propose: a word said
	// more often than this (the, and, of) carries no location, as passim's
	// cap on n-gram frequency. The rarest few words of a quote are always
	// used, however common.
	maxPostings = 4096
	// bucketSize groups anchor hits into diagonals of this many tokens, so
	// that inserted and dropped words keep their hits together.
	bucketSize = 16
	// windowsPerSpeaker is how many windows each speaker gets aligned: the
	// best-voted ones. Eight leaves room for a quote whose words recur.
	windowsPerSpeaker = 8
)

func buildIndex(r *Record) *index {
	ix := &index{stems: map[string][]int32{}}
	for _, t := range r.turns {
		ix.bases = append(ix.bases, t.base)
		for k, tk := range t.toks {
			p := int32(t.base + k)
			ix.stems[tk.Stem] = append(ix.stems[tk.Stem], p)
		}
		ix.total = t.base + len(t.toks)
	}
	return ix
}

// turnAt returns the turn holding record position p.
func (ix *index) turnAt(p int) int {
	return sort.Search(len(ix.bases), func(i int) bool { return ix.bases[i] > p }) - 1
}

// window is a stretch of one turn's tokens [lo, hi) to align a quote to.
type window struct {
	turn   int
	lo, hi int
	votes  int
}

// candidates proposes the windows of the record worth aligning q against:
// for each word of the quote, each place the record has it (or its stem)
// votes for the diagonal (record position minus quote position) it implies;
// the best-voted diagonals of each speaker become windows, widened to fit
// inserted and dropped words.
func (r *Record) candidates(q []Token) []window {
	ix := r.index
	type anchor struct {
		qi    int
		stop  bool
		posts []int32
	}
	var anchors []anchor
	n, content := 0, 0
	for qi, t := range q {
		if t.Kind == Ellipsis {
			continue
		}
		n++
		if !stopwords[t.Norm] {
			content++
		}
		if p := ix.stems[t.Stem]; len(p) > 0 {
			anchors = append(anchors, anchor{qi, stopwords[t.Norm], p})
		}
	}
	if len(anchors) == 0 {
		return nil
	}
	// keep the words rare enough to locate a passage, and always the
	// rarest few; stop words vote only for a quote made of little else
	sort.SliceStable(anchors, func(i, j int) bool { return len(anchors[i].posts) < len(anchors[j].posts) })
	keep := anchors[:0]
	for k, a := range anchors {
		if a.stop && content >= 3 {
			continue
		}
		if k < 4 || len(a.posts) <= maxPostings {
			keep = append(keep, a)
		}
	}
	anchors = keep
	// two kinds of vote: the diagonal (record position minus quote
	// position) finds the passage a quote follows word by word; the bare
	// position, in spans of the quote's length, finds a passage whose words
	// it rearranges (a paraphrase). Each quote word counts once per bucket.
	span := max(n+n/2, bucketSize)
	votes := map[int]int{}
	last := map[int]int{}
	vote := func(b, qi int) {
		if last[b] != qi+1 {
			last[b] = qi + 1
			votes[b]++
		}
	}
	const bagBase = 1 << 40 // keys of bag buckets live above the diagonal ones
	for _, a := range anchors {
		for _, p := range a.posts {
			b := (int(p) - a.qi) / bucketSize
			vote(b, a.qi)
			vote(b+1, a.qi) // a hit counts for its neighbour too
			vote(bagBase+int(p)/span, a.qi)
			vote(bagBase+int(p)/span+1, a.qi)
		}
	}
	// the best buckets of each speaker
	type cand struct {
		bucket, votes, turn int
	}
	bySpeaker := map[*speakerInfo][]cand{}
	for b, v := range votes {
		p := b*bucketSize + bucketSize/2
		if b >= bagBase {
			p = (b-bagBase)*span - span/2
		}
		p = min(max(p, 0), ix.total-1)
		ti := ix.turnAt(p)
		sp := r.turns[ti].speaker
		bySpeaker[sp] = append(bySpeaker[sp], cand{b, v, ti})
	}
	var out []window
	slack := n/2 + bucketSize
	for _, sp := range r.speakers {
		cs := bySpeaker[sp]
		sort.Slice(cs, func(i, j int) bool {
			if cs[i].votes != cs[j].votes {
				return cs[i].votes > cs[j].votes
			}
			return cs[i].bucket < cs[j].bucket
		})
		nd, nb := 0, 0
		for _, c := range cs {
			if c.bucket >= bagBase {
				if nb++; nb > windowsPerSpeaker {
					continue
				}
			} else if nd++; nd > windowsPerSpeaker {
				continue
			}
			start := c.bucket*bucketSize - bucketSize - slack
			end := c.bucket*bucketSize + n + bucketSize + slack
			if c.bucket >= bagBase {
				start = (c.bucket-bagBase-1)*span - slack
				end = (c.bucket-bagBase)*span + slack
			}
			// a window may straddle turns: clip it to each turn it touches
			for ti := ix.turnAt(max(start, 0)); ti < len(r.turns) && r.turns[ti].base < end; ti++ {
				t := r.turns[ti]
				if t.speaker != sp {
					continue
				}
				lo := max(start-t.base, 0)
				hi := min(end-t.base, len(t.toks))
				if hi > lo {
					out = append(out, window{turn: ti, lo: lo, hi: hi, votes: c.votes})
				}
			}
		}
	}
	return mergeWindows(out)
}

// mergeWindows joins overlapping windows of one turn and sorts them by place.
func mergeWindows(ws []window) []window {
	sort.Slice(ws, func(i, j int) bool {
		if ws[i].turn != ws[j].turn {
			return ws[i].turn < ws[j].turn
		}
		return ws[i].lo < ws[j].lo
	})
	var out []window
	for _, w := range ws {
		if len(out) > 0 {
			l := &out[len(out)-1]
			if l.turn == w.turn && w.lo <= l.hi {
				l.hi = max(l.hi, w.hi)
				l.votes = max(l.votes, w.votes)
				continue
			}
		}
		out = append(out, w)
	}
	return out
}
