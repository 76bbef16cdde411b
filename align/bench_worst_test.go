package align

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/quotecheck/quotecheck/quotes"
)

// The worst inputs we could construct for the search and the alignment.
// What bounds each:
//
//   - a quote's length n: every window is about 2n+64 record words, and the
//     dynamic programming costs n times that, so time grows with n². The
//     command caps n (-max-quote-words, 1000 by default); quote-words=100
//     against quote-words=1000 shows the square.
//   - the record's size: a word pair said more than maxPostings times votes
//     for nothing, and at most maxWindows windows are aligned over the
//     record and again for the named speaker, so a huge or repetitive
//     record adds index lookups, not alignments.
//   - the number of speakers: windows are chosen over the whole record
//     first, so a thousand speakers saying the same words do not mean a
//     thousand alignments.
func BenchmarkWorst(b *testing.B) {
	cycle := strings.Fields("we will stand together with our allies for a free and open region where every nation chooses its own path")
	words := func(n, from int) string {
		var s strings.Builder
		for i := range n {
			if i > 0 {
				s.WriteByte(' ')
			}
			s.WriteString(cycle[(from+i)%len(cycle)])
		}
		return s.String()
	}
	record := func(b *testing.B, text string) *Record {
		d, err := quotes.NewDoc("worst.txt", []byte(text))
		require.NoError(b, err)
		tr, err := quotes.ParseTranscript(d)
		require.NoError(b, err)
		return NewRecord(tr)
	}
	type bcase struct {
		name    string
		rec     func(b *testing.B) *Record
		quote   string
		speaker string
	}
	// a record in which every pair of the quote recurs just under the cap
	// on postings: the most votes and windows the index lets through
	repetitive := func(words int) func(b *testing.B) *Record {
		return func(b *testing.B) *Record {
			var s strings.Builder
			s.WriteString("SENATOR OKAFOR: ")
			for i := range words {
				s.WriteString(cycle[i%len(cycle)])
				s.WriteByte(' ')
			}
			return record(b, s.String())
		}
	}
	// a thousand speakers, each saying the same sentence
	crowd := func(b *testing.B) *Record {
		var s strings.Builder
		for i := range 1000 {
			fmt.Fprintf(&s, "SPEAKER %s: %s.\n\n", strings.ToUpper(spell(i)), words(40, 0))
		}
		return record(b, s.String())
	}
	// one turn of a million words with the quote once in its middle
	oneTurn := func(b *testing.B) *Record {
		filler := strings.Fields("the committee met on tuesday to discuss the budget of the ministry and the schedule of the next session in the spring")
		var s strings.Builder
		s.WriteString("SENATOR OKAFOR: ")
		for i := range 1_000_000 {
			if i == 500_000 {
				s.WriteString(words(1000, 3) + " ")
			}
			s.WriteString(filler[i%len(filler)])
			s.WriteByte(' ')
		}
		return record(b, s.String())
	}
	// a record of 100,000 words whose every turn names a sum in pounds,
	// and a quote of it in dollars: each window's number is read for its
	// currency
	pounds := func(b *testing.B) *Record {
		turns := benchTurns(b, 100_000)
		for i := range turns {
			turns[i].Text += " The pier will cost £5 million."
		}
		return buildRecord(b, turns)
	}
	cases := []bcase{
		{"case=repetitive/quote-words=100", repetitive(1000 * len(cycle)), words(100, 5), "Okafor"},
		{"case=repetitive/quote-words=1000", repetitive(1000 * len(cycle)), words(1000, 5), "Okafor"},
		{"case=repetitive/quote-words=1000/absent", repetitive(1000 * len(cycle)), strings.Repeat("entirely different words here ", 250), "Okafor"},
		{"case=speakers=1000/quote-words=40", crowd, words(40, 0), spell(500)},
		{"case=turn-words=1M/quote-words=1000", oneTurn, words(1000, 3), "Okafor"},
		{"case=currency-every-turn/words=100k", pounds, "The pier will cost $5 million.", "Reed"},
	}
	for _, c := range cases {
		rec := c.rec(b)
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				rec.CheckQuote(c.quote, c.speaker)
			}
		})
	}
}

// spell names speaker i with letters only, as labels are written: 0 is
// "A", 26 is "BA".
func spell(i int) string {
	s := ""
	for {
		s = string(rune('A'+i%26)) + s
		i /= 26
		if i == 0 {
			return "Speaker" + s
		}
	}
}
