package align

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/quotecheck/quotecheck/align/synth"
)

// countVotesRef is the vote count as first written: the hits sorted by
// bucket, word and place, counted in one pass, and the buckets sorted
// stably by votes. countVotes must agree with it exactly.
func countVotesRef(hits []hit, minVotes int) []cand {
	hits = slices.Clone(hits)
	slices.SortFunc(hits, func(a, b hit) int {
		if a.bucket != b.bucket {
			return cmp.Compare(a.bucket, b.bucket)
		}
		if a.qi != b.qi {
			return cmp.Compare(a.qi, b.qi)
		}
		return cmp.Compare(a.p, b.p)
	})
	var cs []cand
	for i := 0; i < len(hits); {
		j, v := i, 0
		c := cand{bucket: hits[i].bucket, minP: hits[i].p, maxP: hits[i].p}
		for j < len(hits) && hits[j].bucket == hits[i].bucket {
			if j == i || hits[j].qi != hits[j-1].qi {
				v++
			}
			c.minP, c.maxP = min(c.minP, hits[j].p), max(c.maxP, hits[j].p)
			j++
		}
		c.votes = v
		cs = append(cs, c)
		i = j
	}
	slices.SortStableFunc(cs, func(a, b cand) int { return cmp.Compare(b.votes, a.votes) })
	// topWindows stops at the first bucket below minVotes
	for k, c := range cs {
		if c.votes < minVotes {
			return cs[:k]
		}
	}
	return cs
}

// TestCountVotesEqualsSort: on generated hits — few or many, words voting
// for one bucket several times, buckets negative and large, words
// negative, grouped by word or not — countVotes gives the buckets, votes, places and order that
// sorting the hits gives.
func TestCountVotesEqualsSort(t *testing.T) {
	rng := rand.New(rand.NewPCG(17, 18))
	for k := 0; k < 20000; k++ {
		n := 1 + rng.IntN(300)
		buckets := 1 + rng.IntN(2*n)
		words := 1 + rng.IntN(40)
		base := int32(rng.IntN(1 << 20))
		switch rng.IntN(10) {
		case 0:
			base = -base
		case 1:
			base = -int32(rng.IntN(buckets)) // across zero
		}
		wbase := int16(0)
		if rng.IntN(10) == 0 {
			wbase = -100
		}
		hits := make([]hit, n)
		for i := range hits {
			hits[i] = hit{bucket: base + int32(rng.IntN(buckets)), qi: wbase + int16(rng.IntN(words)), p: int32(rng.IntN(1 << 24))}
		}
		if rng.IntN(3) == 0 {
			// each word's hits in one run, the words in any order, as a
			// search gives them (the count then skips its grouping)
			perm := rng.Perm(words)
			slices.SortStableFunc(hits, func(a, b hit) int {
				return cmp.Compare(perm[a.qi-wbase], perm[b.qi-wbase])
			})
		}
		minVotes := 1 + rng.IntN(3)
		want := countVotesRef(hits, minVotes)
		got := countVotes(hits, minVotes)
		if len(want) == 0 {
			require.Empty(t, got)
			continue
		}
		require.Equal(t, want, got)
		if isGrouped(hits) {
			vl := tallyGrouped(hits, minVotes)
			for i, c := range want {
				got, ok := vl.at(i)
				require.True(t, ok)
				require.Equal(t, c, got)
			}
			_, more := vl.at(len(want))
			require.False(t, more)
			vl.release()
		}
		// a list read in part (its lower levels never sorted) agrees as
		// far as it is read
		vl := tallyVotes(hits, minVotes)
		for i := range rng.IntN(len(want) + 1) {
			c, ok := vl.at(i)
			require.True(t, ok)
			require.Equal(t, want[i], c)
		}
		vl.release()
	}
}

// mergeWindowsRef is mergeWindows with the sort it was first written with.
func mergeWindowsRef(ws []window) []window {
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

// TestMergeWindowsEqualsRef: windows of few turns, many sharing their
// turn and start, merge to the same windows whatever the sort does with
// ties.
func TestMergeWindowsEqualsRef(t *testing.T) {
	rng := rand.New(rand.NewPCG(19, 20))
	for k := 0; k < 5000; k++ {
		ws := make([]window, rng.IntN(30))
		for i := range ws {
			lo := rng.IntN(4) * 700
			ws[i] = window{turn: rng.IntN(3), lo: lo, hi: lo + 1 + rng.IntN(900), votes: rng.IntN(5), bag: rng.IntN(2) == 0}
		}
		want := mergeWindowsRef(slices.Clone(ws))
		got := mergeWindows(slices.Clone(ws))
		require.Equal(t, want, got)
	}
}

// TestTurnAtEqualsIndex: the turn of a record position found within its
// block of positions is the one a search of all the turns finds, for
// every position of records of long turns, of short ones, and with empty
// turns (several turns starting at one position).
func TestTurnAtEqualsIndex(t *testing.T) {
	rec, _ := proseRecord(t)
	recs := []*Record{rec}
	rng := rand.New(rand.NewPCG(23, 24))
	for k := 0; k < 20; k++ {
		var b strings.Builder
		b.WriteString("Briefing\n\n")
		for turn := 0; turn < 200; turn++ {
			b.WriteString([]string{"SECRETARY BLINKEN: ", "MR. PRICE: ", "QUESTION: "}[rng.IntN(3)])
			n := rng.IntN(40)
			if rng.IntN(4) == 0 {
				n = rng.IntN(3000)
			}
			for w := 0; w < n; w++ {
				b.WriteString([]string{"word ", "other ", "… ", "[Laughter] ", "-- "}[rng.IntN(5)])
			}
			b.WriteString("\n\n")
		}
		recs = append(recs, record(t, b.String()))
	}
	for _, r := range recs {
		for p := -2; p <= len(r.norms)+2*(1<<turnBlockShift); p++ {
			require.Equal(t, r.index.turnAt(p), r.turnAt(p), "position %d", p)
		}
	}
}

// TestSearchHitsGrouped: the hits a search and a count of places give
// tallyGrouped are grouped by quote word, on quotes of every length, from
// the record, edited, and from elsewhere.
func TestSearchHitsGrouped(t *testing.T) {
	checkGrouped = true
	defer func() { checkGrouped = false }()
	rec, turns := proseRecord(t)
	rng := rand.New(rand.NewPCG(25, 26))
	kinds := []synth.Edit{synth.Substitute, synth.Drop, synth.Insert, synth.EllipsisCut, synth.Bracket, synth.Typography}
	for k := 0; k < 300; k++ {
		ti := rng.IntN(len(turns))
		text := synth.TakeEdited(rng, turns, ti, 2+rng.IntN(40), 0.15*float64(k%3), kinds).Text
		if k%5 == 4 {
			text = synth.Absent(rng, absentProse, 4+rng.IntN(20)).Text
		}
		rec.CheckQuote(text, surnameOf(turns[ti].Speaker))
		rec.CheckQuote(text, "")
	}
}
