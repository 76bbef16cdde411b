package align

// Politicians repeat themselves: across an archive of briefings the same
// sentence may be said a dozen times. For a quote that is the record's
// words (verbatim or faithful), the finding tells how many places of the
// record hold them in the same speaker's mouth, and its source is the
// earliest of them: by transcript date, then (undated last) by place in
// the record.
//
// The places are found as the search finds the first: the quote's
// adjacent pairs (a one-word quote's word) vote for diagonals, and the diagonals with at least half
// the best one's votes (at most MaxOccurrences of them) are aligned word by
// word within the speaker's turns. Only pairs said at most
// occurrencePostings times vote; when the quote's rarest pair is said
// once, the place already found is the only one and nothing more is
// aligned. On a record whose passages recur often (the 100-million-word
// benchmark repeats each novel's paragraphs some forty times) this count
// is most of a verbatim quote's cost.
const (
	// MaxOccurrences caps the places counted: a count of 64 means "64 or
	// more".
	MaxOccurrences = 64
	// occurrencePostings: a pair said more often than this does not vote.
	occurrencePostings = 4 * MaxOccurrences
)

// occurrences counts the places where c's speaker says q at c's level or
// closer (at most MaxOccurrences) and returns the earliest reading at c's
// level.
func (r *Record) occurrences(q []Token, pq *dpQuote, c *candidate) (int, *candidate) {
	ix := r.index
	if ix == nil || ix.total == 0 {
		return 1, c
	}
	type qw struct {
		qi   int
		stem uint32
		stop bool
	}
	ws := make([]qw, 0, len(q))
	for qi, t := range q {
		if t.Kind == Word {
			stem, stop := r.wordInfo(t)
			ws = append(ws, qw{qi, stem, stop})
		}
	}
	n := len(q)
	// the pairs that vote, and how often the rarest is said: when once,
	// nothing more is counted, and no hit is gathered
	type pair struct {
		qi, k int
		posts []int32
	}
	pairs := make([]pair, 0, len(ws))
	rarest := -1
	for k := range ws {
		for d, kind := 1, uint32(1); d <= maxGap && k+d < len(ws); d, kind = d+1, kind+1 {
			a, b := ws[k], ws[k+d]
			if a.stem == 0 || b.stem == 0 || a.stop && b.stop {
				continue
			}
			bk := ix.bucket(gramKey(kind, a.stem, b.stem))
			posts := r.gramPostings(bk)
			if len(posts) == 0 || len(posts) > occurrencePostings {
				continue
			}
			if rarest < 0 || len(posts) < rarest {
				rarest = len(posts)
			}
			pairs = append(pairs, pair{a.qi, k, posts})
		}
	}
	if len(ws) == 1 && len(pairs) == 0 {
		return r.countPlaces(q, pq, c, r.wordWindows(ws[0].stem, c.sp), true)
	}
	if rarest <= 1 {
		return 1, c
	}
	hs := hitPool.Get().(*[]hit)
	hits := (*hs)[:0]
	defer func() { *hs = hits[:0]; hitPool.Put(hs) }()
	for _, pr := range pairs {
		r.needGramPositions(pr.posts)
		for _, p := range pr.posts {
			hits = append(hits, hit{int32((int(p) - pr.qi + n) / bucketSize), int16(pr.k), p})
		}
	}
	// the diagonals by votes (distinct quote words), most first, then by
	// place
	var ds *voteList
	if maxGap == 1 {
		ds = tallyGrouped(hits, 1) // pair by pair: grouped by quote word
	} else {
		ds = tallyVotes(hits, 1)
	}
	defer ds.release()
	slack := n/2 + bucketSize
	var wins []window
	first, _ := ds.at(0)
	for i := 0; ; i++ {
		d, ok := ds.at(i)
		if !ok || d.votes*2 < first.votes || len(wins) >= MaxOccurrences {
			break
		}
		start := int(d.bucket)*bucketSize - n
		lo, hi := start-slack, start+n+bucketSize+slack
		for ti := r.turnAt(int(d.minP)); ti >= 0 && ti < len(r.turns) && r.turns[ti].base <= int(d.maxP); ti++ {
			t := &r.turns[ti]
			if r.speakerOf(t) != c.sp {
				continue
			}
			if a, b := max(lo-t.base, 0), min(hi-t.base, t.n); b > a {
				wins = append(wins, window{turn: ti, lo: a, hi: b, votes: d.votes})
			}
		}
	}
	return r.countPlaces(q, pq, c, mergeWindows(wins), true)
}

// wordWindows are the places where speaker sp says the word of stem s,
// for a quote of one word, which has no pairs to vote: each posting of the
// stem in sp's turns (at most MaxOccurrences), when the stem is said at
// most occurrencePostings times, as a pair must be to vote.
func (r *Record) wordWindows(s uint32, sp *speakerInfo) []window {
	posts := r.stemPostings(s)
	if s == 0 || len(posts) <= 1 || len(posts) > occurrencePostings {
		return nil
	}
	var wins []window
	for _, p := range posts {
		if len(wins) >= MaxOccurrences {
			break
		}
		ti := r.turnAt(int(p))
		if ti < 0 || r.speakerOf(&r.turns[ti]) != sp {
			continue
		}
		at := int(p) - r.turns[ti].base
		wins = append(wins, window{turn: ti, lo: max(at-1, 0), hi: min(at+2, r.turns[ti].n), votes: 1})
	}
	return mergeWindows(wins)
}

// countPlaces aligns q (prepared as pq) with the windows wins of c's
// speaker and counts the places at a faithful level or closer besides
// c's, up to MaxOccurrences, and returns the earliest reading at c's
// level. With skip, windows that cannot hold such a reading are passed
// over without their DP (TestCountPlacesSkipEqualsAll).
func (r *Record) countPlaces(q []Token, pq *dpQuote, c *candidate, wins []window, skip bool) (int, *candidate) {
	type place struct{ turn, at int }
	seen := map[place]bool{{c.turn, c.al.RStart}: true}
	count, best := 1, c
	bestDate := r.turnDate(c.turn)
	for _, w := range wins {
		if count >= MaxOccurrences {
			break
		}
		if t := &r.turns[w.turn]; skip && !r.mayBeFaithful(q, pq, t.base+w.lo, t.base+w.hi) {
			continue // no reading at a faithful level or closer here
		}
		o := r.bestByWindow(q, pq, []window{w})[c.sp]
		if o == nil || o.level > Faithful {
			continue
		}
		p := place{o.turn, o.al.RStart}
		if seen[p] || overlaps(o, c) {
			continue
		}
		seen[p] = true
		count++
		if o.level != c.level {
			continue
		}
		if d := r.turnDate(o.turn); earlier(d, o, bestDate, best) {
			best, bestDate = o, d
		}
	}
	return count, best
}

// wordsInOrder tells whether the record ids of q's words (its Word tokens,
// not its brackets or ellipses) occur in r in their order.
func wordsInOrder(q []Token, qid []uint32, r []uint32) bool {
	j := 0
	for k, t := range q {
		if t.Kind != Word {
			continue
		}
		for j < len(r) && r[j] != qid[k] {
			j++
		}
		if j == len(r) {
			return false
		}
		j++
	}
	return true
}

// overlaps tells whether two readings are the same place of the record.
func overlaps(a, b *candidate) bool {
	return a.turn == b.turn && a.al.RStart < b.al.REnd && b.al.RStart < a.al.REnd
}

// earlier orders places by date, undated last, then by place in the record.
func earlier(da string, a *candidate, db string, b *candidate) bool {
	switch {
	case da != db && da != "" && db != "":
		return da < db
	case da != db:
		return da != ""
	}
	return a.turn < b.turn || a.turn == b.turn && a.al.RStart < b.al.RStart
}

// turnDate is the date of the transcript of record turn ti.
func (r *Record) turnDate(ti int) string {
	tr, _ := r.turnPlace(ti)
	return r.TranscriptDate(tr)
}
