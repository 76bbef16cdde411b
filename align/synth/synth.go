// Package synth makes records and quotes with known edits from real prose,
// for the tests and benchmarks that measure the search: every quote knows
// where it was taken from and how it was changed.
package synth

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// Turn is one speaker's paragraph.
type Turn struct {
	Speaker string
	Text    string
}

// Paragraphs splits prose into paragraphs at blank lines, joining wrapped
// lines and dropping paragraphs of fewer than minWords words.
func Paragraphs(text string, minWords int) []string {
	var out []string
	for _, p := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n\n") {
		p = strings.Join(strings.Fields(p), " ")
		if len(strings.Fields(p)) >= minWords {
			out = append(out, p)
		}
	}
	return out
}

// Turns gives paragraphs to speakers in turn: SPEAKER 1, SPEAKER 2, …
func Turns(paras []string, speakers int) []Turn {
	out := make([]Turn, len(paras))
	for i, p := range paras {
		out[i] = Turn{Speaker: fmt.Sprintf("SPEAKER %s", speakerName(i%speakers)), Text: p}
	}
	return out
}

func speakerName(i int) string {
	names := []string{"ADAMS", "BAKER", "CLARK", "DAVIS", "EVANS", "FOSTER", "GREEN", "HAYES", "IRWIN", "JONES", "KELLY", "LEWIS",
		"MORGAN", "NOLAN", "OWENS", "PRICE", "QUINN", "REED", "SHAW", "TURNER", "UPTON", "VANCE", "WELLS", "YOUNG"}
	if i < len(names) {
		return names[i]
	}
	// beyond the list, two names: labels are letters only
	return names[i%len(names)] + "-" + names[(i/len(names))%len(names)]
}

// Transcript writes turns in the official remarks layout.
func Transcript(turns []Turn) string {
	var b strings.Builder
	for _, t := range turns {
		b.WriteString(t.Speaker)
		b.WriteString(":  ")
		b.WriteString(strings.ReplaceAll(t.Text, ":", ";")) // no stray labels
		b.WriteString("\n\n")
	}
	return b.String()
}

// Edit kinds a quote can undergo.
type Edit int

const (
	Substitute  Edit = iota // a word replaced by another of the record's
	Drop                    // a word left out, unmarked
	Insert                  // a word added
	EllipsisCut             // words left out and marked with "…"
	Bracket                 // a word replaced by a [bracketed] one
	Typography              // curly quotes, dashes, case
)

// Quote is a quote with what is known of its making.
type Quote struct {
	Text    string
	Speaker string // the speaker label it was taken from
	Turn    int    // the turn it was taken from, -1 for an absent quote
	Words   []string
	First   int // index of the first word taken, in the turn's words
	N       int // words taken
	Edits   []Edit
	Absent  bool
	Passage string // the record's words the quote was taken from
}

// Take makes a quote of n words from turn ti with edits applied, at most
// one per word, chosen by rng from kinds.
func Take(rng *rand.Rand, turns []Turn, ti, n, edits int, kinds []Edit) Quote {
	words := strings.Fields(turns[ti].Text)
	n = min(n, len(words))
	first := 0
	if len(words) > n {
		first = rng.IntN(len(words) - n + 1)
	}
	q := Quote{Speaker: turns[ti].Speaker, Turn: ti, First: first, N: n}
	taken := append([]string(nil), words[first:first+n]...)
	q.Passage = strings.Join(taken, " ")
	// edits at distinct inner positions, never the first or last word (so
	// the quote keeps its anchors at both ends)
	pos := rng.Perm(max(n-2, 0))
	out := make([]string, 0, n+edits)
	edit := map[int]Edit{}
	for k := 0; k < edits && k < len(pos); k++ {
		edit[pos[k]+1] = kinds[rng.IntN(len(kinds))]
	}
	other := func() string {
		t := strings.Fields(turns[rng.IntN(len(turns))].Text)
		return strings.Trim(t[rng.IntN(len(t))], `.,;:!?"'()`)
	}
	for i, w := range taken {
		e, ok := edit[i]
		if !ok {
			out = append(out, w)
			continue
		}
		q.Edits = append(q.Edits, e)
		switch e {
		case Substitute:
			out = append(out, other())
		case Drop:
		case Insert:
			out = append(out, w, other())
		case EllipsisCut:
			out = append(out, "…")
		case Bracket:
			out = append(out, "["+other()+"]")
		case Typography:
			out = append(out, strings.ToUpper(strings.ReplaceAll(w, "'", "’")))
		}
	}
	q.Words = out
	q.Text = strings.Trim(strings.Join(out, " "), `"“”`)
	return q
}

// TakeEdited makes a quote of up to n words from turn ti with a random
// number of edits, at most maxRate of the words actually taken (a short
// turn gives a shorter quote, and fewer edits).
func TakeEdited(rng *rand.Rand, turns []Turn, ti, n int, maxRate float64, kinds []Edit) Quote {
	n = min(n, len(strings.Fields(turns[ti].Text)))
	return Take(rng, turns, ti, n, rng.IntN(int(maxRate*float64(n))+1), kinds)
}

// Absent makes a quote of n words from prose that is not in the record.
func Absent(rng *rand.Rand, paras []string, n int) Quote {
	for {
		p := strings.Fields(paras[rng.IntN(len(paras))])
		if len(p) < n {
			continue
		}
		f := rng.IntN(len(p) - n + 1)
		return Quote{Text: strings.Trim(strings.Join(p[f:f+n], " "), `"“”`), Turn: -1, Absent: true, N: n}
	}
}

// Grow takes paragraphs up to size words, repeating them when they run
// out with one word in twenty of each repeat swapped for another word of
// the text, so that repeats are not identical.
func Grow(paras []string, size int) []string {
	var out []string
	words := 0
	rng := rand.New(rand.NewPCG(7, 7))
	var vocab []string
	for round := 0; words < size && len(paras) > 0; round++ {
		for _, p := range paras {
			if words >= size {
				break
			}
			if round > 0 {
				if vocab == nil {
					for _, q := range paras[:min(len(paras), 2000)] {
						vocab = append(vocab, strings.Fields(q)...)
					}
				}
				ws := strings.Fields(p)
				for i := range ws {
					if rng.IntN(20) == 0 {
						ws[i] = vocab[rng.IntN(len(vocab))]
					}
				}
				p = strings.Join(ws, " ")
			}
			out = append(out, p)
			words += len(strings.Fields(p))
		}
	}
	return out
}
