package align

import (
	"fmt"
	"math/rand/v2"
	"os"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/quotecheck/quotecheck/align/synth"
	"github.com/quotecheck/quotecheck/quotes"
)

// benchTurns grows the test excerpt (real prose) to size words, as turns of
// twenty speakers.
func benchTurns(b *testing.B, size int) []synth.Turn {
	data, err := os.ReadFile("../testdata/excerpts/pride-and-prejudice-ch1-6.txt")
	require.NoError(b, err)
	return synth.Turns(synth.Grow(synth.Paragraphs(string(data), 8), size), 20)
}

func buildRecord(b *testing.B, turns []synth.Turn) *Record {
	d, err := quotes.NewDoc("bench.txt", []byte(synth.Transcript(turns)))
	require.NoError(b, err)
	tr, err := quotes.ParseTranscript(d)
	require.NoError(b, err)
	return NewRecord(tr)
}

var benchSizes = []int{2000, 100000, 1000000}

func sizeName(n int) string {
	switch {
	case n >= 1000000:
		return fmt.Sprintf("%dM", n/1000000)
	case n >= 1000:
		return fmt.Sprintf("%dk", n/1000)
	}
	return fmt.Sprint(n)
}

// BenchmarkNewRecord: tokenizing and indexing a record, per size.
func BenchmarkNewRecord(b *testing.B) {
	for _, size := range benchSizes {
		turns := benchTurns(b, size)
		text := []byte(synth.Transcript(turns))
		b.Run("words="+sizeName(size), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				d, _ := quotes.NewDoc("bench.txt", text)
				tr, _ := quotes.ParseTranscript(d)
				NewRecord(tr)
			}
		})
	}
}

// BenchmarkSearch: checking one quote (taken from the record with up to 15%
// of its words edited, or absent from it) against records of each size.
func BenchmarkSearch(b *testing.B) {
	kinds := []synth.Edit{synth.Substitute, synth.Drop, synth.Insert, synth.EllipsisCut, synth.Bracket, synth.Typography}
	for _, size := range benchSizes {
		turns := benchTurns(b, size)
		rec := buildRecord(b, turns)
		rng := rand.New(rand.NewPCG(5, 5))
		type bq struct{ text, speaker string }
		var present, absent []bq
		for i := 0; i < 200; i++ {
			ti := rng.IntN(len(turns))
			n := 8 + rng.IntN(23)
			q := synth.TakeEdited(rng, turns, ti, n, 0.15, kinds)
			present = append(present, bq{q.Text, surnameOf(q.Speaker)})
			a := synth.Absent(rng, absentProse, 12)
			absent = append(absent, bq{a.Text, surnameOf(turns[ti].Speaker)})
		}
		for _, c := range []struct {
			name string
			qs   []bq
		}{{"present", present}, {"absent", absent}} {
			b.Run("words="+sizeName(size)+"/quotes="+c.name, func(b *testing.B) {
				b.ReportAllocs()
				i := 0
				for b.Loop() {
					q := c.qs[i%len(c.qs)]
					rec.CheckQuote(q.text, q.speaker)
					i++
				}
			})
		}
	}
}

func surnameOf(label string) string { return label[len("SPEAKER "):] }

// absentProse is text that is in no record: sentences of the kind news
// copy uses.
var absentProse = []string{
	"The committee voted on Tuesday to delay the measure until the spring session, citing concerns from rural members about the cost of the new inspections and the lack of federal support for local agencies.",
	"Officials said the bridge would reopen next month after repairs to its steel supports, which engineers found had corroded faster than expected because of road salt and heavy truck traffic over the past decade.",
	"The company reported a quarterly loss and announced plans to close two factories, a decision that union leaders called shortsighted and that analysts said reflected weak demand for its older models overseas.",
	"Voters in the district will choose between a former teacher who promises smaller classes and a business owner who wants to cut property taxes and sell the old courthouse to a developer.",
}

// BenchmarkTokenize compares the hand-written scanner with its
// specification, the regular expression, on real prose.
func BenchmarkTokenize(b *testing.B) {
	data, err := os.ReadFile("../testdata/excerpts/pride-and-prejudice-ch1-6.txt")
	require.NoError(b, err)
	text := string(data)
	b.Run("impl=regexp", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			tokenRE.FindAllStringIndex(text, -1)
		}
	})
	b.Run("impl=scanner", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			for off := 0; ; {
				s, e := nextMatch(text, off)
				if s < 0 {
					break
				}
				off = e
			}
		}
	})
}

// BenchmarkAlign: the word DP on one window, by quote length: the
// reference DP of dp_equiv_test.go, the DP, and the DP of a quote prepared
// once.
func BenchmarkAlign(b *testing.B) {
	turns := benchTurns(b, 20000)
	rec := buildRecord(b, turns)
	rng := rand.New(rand.NewPCG(8, 8))
	kinds := []synth.Edit{synth.Substitute, synth.Drop, synth.Insert}
	for _, n := range []int{10, 30, 100} {
		var ti int
		for {
			ti = rng.IntN(len(turns))
			if rec.turns[ti].n >= n+40 {
				break
			}
		}
		q := Tokenize(synth.TakeEdited(rng, turns, ti, n, 0.15, kinds).Text, 0, true)
		qid := make([]uint32, len(q))
		for k, t := range q {
			qid[k] = rec.words.lookup(t.Norm)
		}
		t := rec.turns[ti]
		seg := rec.norms[t.base : t.base+min(t.n, 2*n+64)]
		name := fmt.Sprintf("quote=%d/window=%d", len(q), len(seg))
		b.Run(name+"/impl=reference", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				alignTokensRef(q, qid, seg, rec.words, nil)
			}
		})
		b.Run(name+"/impl=dp", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				alignTokens(q, qid, seg, rec.words, nil)
			}
		})
		// the quote prepared once, as a search does for its windows
		pq := newDPQuote(q, qid, rec.words)
		b.Run(name+"/impl=prepared", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				pq.align(seg, nil, nil)
			}
		})
	}
}
