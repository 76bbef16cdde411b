package quotes

import (
	"strings"
	"testing"
)

// BenchmarkAttribution: an article of 20,000 quotations, each with its
// cue, so that every resolution looks back over as many mentions. Its cost
// should grow near-linearly with the quotations (compare quotes=2k).
func BenchmarkAttribution(b *testing.B) {
	for _, c := range []struct{ name, para string }{
		{"cue=named", "“We will work together,” Blinken said.\n\n"},
		{"cue=pronoun", "Tom Reed arrived. “We will work together,” he said.\n\n"},
		// no mention agrees with the pronoun: the look back is bounded
		{"cue=pronoun-disagreeing", "Tom Reed arrived. “We will work together,” she said.\n\n"},
		// descriptions that look back over people brought in unnamed and
		// bodies brought in by what they are called: bounded by distance
		{"cue=unnamed", "A farmer waved. “We will work together,” the woman said.\n\n"},
		{"cue=called-body", "A group called Lakeside Forward met. “We will work together,” the committee said.\n\n"},
	} {
		for _, n := range []int{2_000, 20_000} {
			text := "Antony Blinken spoke.\n\n" + strings.Repeat(c.para, n)
			d, err := NewDoc("a.txt", []byte(text))
			if err != nil {
				b.Fatal(err)
			}
			b.Run(c.name+"/quotes="+map[int]string{2_000: "2k", 20_000: "20k"}[n], func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				for b.Loop() {
					ParseArticle(d)
				}
			})
		}
	}
}

// BenchmarkManyPeople: an article naming n people who share a given name,
// each speaking once, so that every name is matched against every person
// named before: its cost grows with the square of the people (compare
// people=500 and people=2k), kept small a pair by keeping each name's words.
func BenchmarkManyPeople(b *testing.B) {
	for _, n := range []int{500, 2_000} {
		var sb strings.Builder
		for i := 0; i < n; i++ {
			w := []byte{'Q'}
			for k, x := 0, i; k < 4; k, x = k+1, x/26 {
				w = append(w, byte('a'+x%26))
			}
			sb.WriteString("Ann " + string(w) + " spoke. “We will work together,” she said.\n\n")
		}
		d, err := NewDoc("a.txt", []byte(sb.String()))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(map[int]string{500: "people=500", 2_000: "people=2k"}[n], func(b *testing.B) {
			for b.Loop() {
				ParseArticle(d)
			}
		})
	}
}
