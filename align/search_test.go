package align

import (
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotecheck/quotecheck/align/synth"
	"github.com/quotecheck/quotecheck/quotes"
)

// proseRecord builds a record of real prose: the excerpt's paragraphs as
// turns of five speakers.
func proseRecord(t testing.TB) (*Record, []synth.Turn) {
	t.Helper()
	data, err := os.ReadFile("../testdata/excerpts/pride-and-prejudice-ch1-6.txt")
	require.NoError(t, err)
	turns := synth.Turns(synth.Paragraphs(string(data), 8), 5)
	d, err := quotes.NewDoc("prose.txt", []byte(synth.Transcript(turns)))
	require.NoError(t, err)
	tr, err := quotes.ParseTranscript(d)
	require.NoError(t, err)
	require.Len(t, tr.Turns, len(turns))
	return NewRecord(tr), turns
}

// bruteForce aligns q against every whole turn: the reference the indexed
// search must agree with.
func (r *Record) bruteForce(q []Token) map[*speakerInfo]*candidate {
	ws := make([]window, len(r.turns))
	for i, t := range r.turns {
		ws[i] = window{turn: i, lo: 0, hi: t.n}
	}
	return r.bestBySpeaker(q, ws)
}

// TestIndexedSearchEqualsBruteForce: on quotes taken from the record with
// up to 15% of their words substituted, dropped or added, the indexed
// search finds, for the speaker named, a reading exactly as good as the
// exhaustive alignment of every turn — the same cost, in the same turn.
func TestIndexedSearchEqualsBruteForce(t *testing.T) {
	rec, turns := proseRecord(t)
	rng := rand.New(rand.NewPCG(1, 2))
	kinds := []synth.Edit{synth.Substitute, synth.Drop, synth.Insert}
	n := 150
	if testing.Short() {
		n = 40
	}
	agree := 0
	for k := 0; k < n; k++ {
		ti := rng.IntN(len(turns))
		words := 6 + rng.IntN(25)
		edits := rng.IntN(words*15/100 + 1)
		sq := synth.Take(rng, turns, ti, words, edits, kinds)
		q := Tokenize(sq.Text, 0, true)
		sp := rec.byID[rec.speakerOf(&rec.turns[ti]).ID]
		fast := rec.search(q, sp)[sp]
		slow := rec.bruteForce(q)[sp]
		require.NotNil(t, slow)
		if slow.level > Altered {
			continue // not a close reading: the search makes no promise
		}
		if assert.NotNil(t, fast, "quote %q", sq.Text) &&
			assert.Equal(t, slow.al.Cost, fast.al.Cost, "quote %q", sq.Text) &&
			assert.Equal(t, slow.level, fast.level, "quote %q", sq.Text) {
			agree++
		}
	}
	t.Logf("%d quotes agree", agree)
	assert.Greater(t, agree, n/2)
}

// TestSearchFindsEditedQuotes: quotes with up to 15% of their words edited
// are found at the place they were taken from; quotes from elsewhere match
// nothing closely.
func TestSearchFindsEditedQuotes(t *testing.T) {
	rec, turns := proseRecord(t)
	rng := rand.New(rand.NewPCG(3, 4))
	kinds := []synth.Edit{synth.Substitute, synth.Drop, synth.Insert, synth.EllipsisCut, synth.Bracket, synth.Typography}
	found, total := 0, 0
	for k := 0; k < 200; k++ {
		ti := rng.IntN(len(turns))
		words := 8 + rng.IntN(25)
		sq := synth.TakeEdited(rng, turns, ti, words, 0.15, kinds)
		q := Tokenize(sq.Text, 0, true)
		best := rec.search(q, nil)
		var top *candidate
		for _, sp := range rec.speakers {
			if c := best[sp]; c != nil && c.better(top) {
				top = c
			}
		}
		total++
		if top != nil && top.level <= Altered && top.turn == ti {
			found++
		}
	}
	assert.GreaterOrEqual(t, float64(found)/float64(total), 0.97, "%d of %d found at the right place", found, total)
}

// TestCommonPairsVoteWhenRarePairsMiss: a quote whose two rarest word pairs
// are not at its place (one broken by a bracket, one said by chance
// elsewhere) is still found there by its commoner pairs, although each is
// said more than queryPostings times.
func TestCommonPairsVoteWhenRarePairsMiss(t *testing.T) {
	var b strings.Builder
	b.WriteString("DAVIS: \"No, Marilla, not at all,\" he replied, and read on.\n\n")
	for i := 0; i < 5; i++ {
		b.WriteString("ALPHA: They said no at once and left the room.\n\n")
	}
	for i := 0; i < 2*queryPostings; i++ {
		sp := []string{"ALPHA", "BETA"}[i%2]
		fmt.Fprintf(&b, "%s: Not at all, he replied, and read the paper number %d.\n\n", sp, i)
	}
	d, err := quotes.NewDoc("record.txt", []byte(b.String()))
	require.NoError(t, err)
	tr, err := quotes.ParseTranscript(d)
	require.NoError(t, err)
	rec := NewRecord(tr)
	f := rec.CheckQuote("No, [Anne] at all, he replied, and read on.", "Davis")
	require.NotNil(t, f.Source, "%s: %s", f.Verdict, f.Reason)
	assert.Equal(t, "DAVIS", f.Source.SpeakerID)
	assert.LessOrEqual(t, f.Verdict, Altered, f.Reason)
	assert.Contains(t, f.Source.Text, "read on")
}

// TestCheckQuoteConcurrent: quotes checked at once on one record (as
// check -j does) get the findings they get one by one; the record's
// caches (resolved names, word suffixes, the word filter) are shared
// safely (run with -race).
func TestCheckQuoteConcurrent(t *testing.T) {
	rec, turns := proseRecord(t)
	rng := rand.New(rand.NewPCG(31, 32))
	kinds := []synth.Edit{synth.Substitute, synth.Drop, synth.Bracket, synth.EllipsisCut}
	type job struct{ text, speaker string }
	var jobs []job
	for range 40 {
		q := synth.TakeEdited(rng, turns, rng.IntN(len(turns)), 6+rng.IntN(20), 0.15, kinds)
		jobs = append(jobs, job{q.Text, surnameOf(q.Speaker)})
	}
	// a fresh record for the sequential run, so that neither run finds
	// the caches filled by the other
	rec2, _ := proseRecord(t)
	want := make([]Finding, len(jobs))
	for i, j := range jobs {
		want[i] = rec2.CheckQuote(j.text, j.speaker)
	}
	got := make([]Finding, len(jobs))
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(jobs); i += 4 {
				got[i] = rec.CheckQuote(jobs[i].text, jobs[i].speaker)
			}
		}()
	}
	wg.Wait()
	for i := range jobs {
		assert.Equal(t, want[i].Verdict, got[i].Verdict, "quote %q", jobs[i].text)
		assert.Equal(t, want[i].Diff, got[i].Diff, "quote %q", jobs[i].text)
		assert.Equal(t, want[i].Source, got[i].Source, "quote %q", jobs[i].text)
	}
}

// TestScanTurnsEqualsBruteForce: a quote of words so common that every
// pair of them is too common to index is read in all of its speaker's
// turns; reading first only the turns that hold its words in order (in a
// row, for plain words) finds the speaker's reading the exhaustive
// alignment finds: the same level, cost and place, for verbatim, faithful
// and altered quotes.
func TestScanTurnsEqualsBruteForce(t *testing.T) {
	words := []string{"we", "will", "not", "go", "there", "now", "and", "then"}
	rng := rand.New(rand.NewPCG(51, 52))
	var b strings.Builder
	var texts [][]string
	for i := 0; i < 12000; i++ {
		n := 8 + rng.IntN(8)
		w := make([]string, n)
		for k := range w {
			w[k] = words[rng.IntN(len(words))]
		}
		texts = append(texts, w)
		said := slices.Clone(w)
		if i%4 == 0 {
			// a filler or a word said twice: disfluencies the DP may leave
			// out at no cost
			k := 1 + rng.IntN(len(said)-1)
			said = slices.Insert(said, k, []string{"uh", said[k-1]}[rng.IntN(2)])
		}
		fmt.Fprintf(&b, "SPEAKER %c: %s.\n\n", 'A'+rune(i%3), strings.Join(said, " "))
	}
	d, err := quotes.NewDoc("common.txt", []byte(b.String()))
	require.NoError(t, err)
	tr, err := quotes.ParseTranscript(d)
	require.NoError(t, err)
	rec := NewRecord(tr)
	require.NotEmpty(t, rec.disfluentPositions(), "the test needs disfluencies")
	kinds := map[string]int{}
	n := 60
	if testing.Short() {
		n = 30
	}
	for k := 0; k < n; k++ {
		ti := rng.IntN(len(texts))
		w := slices.Clone(texts[ti])
		lo := rng.IntN(len(w) - 5)
		q := w[lo : lo+5+rng.IntN(len(w)-lo-5+1)]
		switch k % 3 {
		case 1:
			q[1] = "[" + q[1] + "]"
		case 2:
			q[2] = words[(slices.Index(words, q[2])+1)%len(words)]
		}
		toks := Tokenize(strings.Join(q, " "), 0, true)
		sp := rec.speakerOf(&rec.turns[ti])
		_, informative := rec.candidates(toks, sp, true, false)
		require.Less(t, informative, 2, "the test needs quotes nothing anchors")
		fast := rec.search(toks, sp)[sp]
		slow := rec.bruteForce(toks)[sp]
		require.NotNil(t, slow)
		require.NotNil(t, fast, "quote %q", q)
		require.Equal(t, slow.level, fast.level, "quote %q", q)
		require.Equal(t, slow.al.Cost, fast.al.Cost, "quote %q", q)
		require.Equal(t, [2]int{slow.turn, slow.al.RStart}, [2]int{fast.turn, fast.al.RStart}, "quote %q", q)
		kinds[slow.level.String()]++
	}
	t.Logf("levels %v", kinds)
	require.Greater(t, kinds["verbatim"], n/12)
	require.Greater(t, kinds["faithful"], n/12)
}
