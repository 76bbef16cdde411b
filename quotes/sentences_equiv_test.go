package quotes

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestWordMatchesEqualsFindAll holds wordMatches, which finds a batch of
// words at a time, equal to one search of the whole text, for batches that
// end anywhere: on a name with accents, a combining mark written apart, an
// initial, a dash, a comma.
func TestWordMatchesEqualsFindAll(t *testing.T) {
	texts := []string{
		"",
		"   ",
		"Tom Reed said",
		"Ann Lowell, the mayor of Salem, said: “We will rebuild.” Dan Kemp (a councilman) shot back — twice.",
		"Omar Haddad’s plan — Harbor City’s — and J. Reed's 2024 vote; Hélène Peña–François.",
		"HelÃ \u0308ne and PeÃ±a met the 1,200 people of Salem... on the 3rd.",
		strings.Repeat("The council met again and talked at length about the harbor. ", 40),
	}
	for k, text := range texts {
		want := wordRE.FindAllStringIndex(text, -1)
		for _, batch := range []int{1, 2, 3, 7, wordBatch} {
			var got [][]int
			for m := range wordMatchesBy(text, batch) {
				got = append(got, slices.Clone(m))
			}
			assert.Equal(t, want, got, "text %d, batch %d", k, batch)
		}
	}
	// a loop left early stops the search
	n := 0
	for range wordMatchesBy("Tom Reed said it again", 2) {
		if n++; n == 3 {
			break
		}
	}
	assert.Equal(t, 3, n)
}

// TestSentencesAsWholeParagraphs holds attribute, which copies a
// paragraph's sentences out as each ends, equal to its twin that holds the
// paragraph's words whole and splits them at its end (holdWholeParagraphs),
// on the seeds, the articles of the tests, the same on one line (each
// paragraph's break a space) and invented paragraphs of every sentence end
// a word looks back at: a question mark before a capital ("… a mayor? Reed
// says"), before a quotation, a line that ends on a sentence's mark, a
// phrasal speech verb ("shot back") right after a sentence's end.
func TestSentencesAsWholeParagraphs(t *testing.T) {
	texts := []string{
		"Tom Reed arrived. Was he a mayor? Reed says he was. “We will rebuild,” he said. Ann Lowell shot back. " +
			"“Not this year!” Lowell said. What about the ferry? “That is for the state,” Reed said.\n\n" +
			"Dan Kemp posted it online.\nLATER:\nKemp said “the vote is close.” Omar Haddad went on. “We do not have the votes.”",
		manyPeopleArticle(40),
		mixedPeopleArticle(1, 200),
	}
	var paths []string
	for _, glob := range []string{"../testdata/seeds/*.txt", "../testdata/articles/*.txt", "../testdata/transcripts/*.article.txt"} {
		p, _ := filepath.Glob(glob)
		paths = append(paths, p...)
	}
	for _, p := range paths {
		if data, err := os.ReadFile(p); err == nil {
			texts = append(texts, string(data))
		}
	}
	for _, text := range slices.Clone(texts) {
		texts = append(texts, strings.Join(strings.Fields(text), " ")) // one line
	}
	for k, text := range texts {
		d, err := NewDoc("a.txt", []byte(text))
		require.NoError(t, err)
		got := ParseArticle(d)
		holdWholeParagraphs = true
		want := ParseArticle(d)
		holdWholeParagraphs = false
		require.Equal(t, want.Quotes, got.Quotes, "text %d", k)
		require.Equal(t, want.People, got.People, "text %d", k)
		require.Equal(t, want.Warnings, got.Warnings, "text %d", k)
		require.Equal(t, want.sentEnds, got.sentEnds, "text %d", k)
		require.Equal(t, want, got, "text %d: all the parse keeps", k)
	}
}

// TestFieldsUpTo holds fieldsUpTo, which counts a paragraph's words no
// further than its limit, equal to counting strings.Fields whole, so that
// headingLike reads a paragraph of 2 MB as it read a short one.
func TestFieldsUpTo(t *testing.T) {
	for _, s := range []string{"", "  \n ", "Reed", " Tom  Reed\tsaid\u00a0it ", strings.Repeat("Salem ", 30)} {
		for _, limit := range []int{1, 2, 3, 26} {
			assert.Equal(t, min(len(strings.Fields(s)), limit), fieldsUpTo(s, limit), "%q, limit %d", s, limit)
		}
	}
}

// TestSentencesAsWholeParagraphsWhole holds the parse equal to its twin
// that holds a paragraph's words whole (holdWholeParagraphs) in all it
// keeps, not only the quotations and people: the end of every sentence
// (sentEnds), every mention, subject and heading. Its texts put a
// sentence's end where a batch of wordMatches ends (the 256th word, a
// phrasal verb or an initial straddling it), a sentence's mark as a
// paragraph's last word, a paragraph that is one sentence marker, and a
// quotation running over a paragraph's break.
func TestSentencesAsWholeParagraphsWhole(t *testing.T) {
	texts := []string{
		"Tom Reed spoke.\n\n“We will rebuild the pier.\n\n“And we will do it this year,” Reed said. Ann Lowell shot back.\n\nShe said no.",
		"Dan Kemp arrived?\n\n“Yes.”\n\nKemp said “the vote is close.”\n\n.\n\nOmar Haddad went on.",
		"Ann Lowell said “we will win”. \n\nTom Reed, the mayor of Salem, said: “Not this year.” And he left.",
	}
	filler := strings.Repeat("the council met again ", 64) // 256 words
	for cut := 250; cut <= 258; cut++ {
		words := strings.Fields(filler)[:cut-2]
		for _, end := range []string{
			"Ann Lowell shot back. “We will win,” Lowell said.",
			"Omar J. Haddad went on. “No,” he said.",
			"a mayor? Reed says he was. “Yes,” Reed said.",
			"it.\nLATER:\nKemp said “the vote is close.”",
		} {
			texts = append(texts, "Tom Reed, the mayor of Salem, spoke. "+strings.Join(words, " ")+" "+end)
		}
	}
	for k, text := range texts {
		d, err := NewDoc("a.txt", []byte(text))
		require.NoError(t, err)
		got := ParseArticle(d)
		holdWholeParagraphs = true
		want := ParseArticle(d)
		holdWholeParagraphs = false
		require.NotEmpty(t, got.sentEnds, "text %d", k)
		require.Equal(t, want.sentEnds, got.sentEnds, "text %d", k)
		require.Equal(t, want, got, "text %d", k)
	}
}
