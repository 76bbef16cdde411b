package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/quotes"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// spanOf is the byte span of the first occurrence of sub in text.
func spanOf(t *testing.T, text, sub string) span {
	t.Helper()
	i := strings.Index(text, sub)
	require.GreaterOrEqual(t, i, 0, "%q not in text", sub)
	return span{i, i + len(sub)}
}

func TestQuoteSegments(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		frags []string // substrings of text that make the Content's fragments
		want  [][]string
	}{
		{"a quote and its cue", `“We will win,” she said.`, []string{`“We will win,”`}, [][]string{{"We will win"}}},
		{"an indirect content with a partial quote", `He said that it was "a disaster" for all.`,
			[]string{`that it was "a disaster" for all`}, [][]string{{"a disaster"}}},
		{"two pieces around the cue are two quotes", `“One,” he said. “Two.”`, []string{`“One,”`, `“Two.”`},
			[][]string{{"One"}, {"Two"}}},
		{"a quote over two paragraphs", "“First part.\n\n“Second part.”", []string{"“First part.\n\n“Second part.”"},
			[][]string{{"First part", "Second part"}}},
		{"paragraph fragments joined", "“First part.\nHe went on.\n“Second part.”", []string{"“First part.", "“Second part.”"},
			[][]string{{"First part", "Second part"}}},
		{"the annotator began inside the quote", `“It was over,” she said.`, []string{`It was over,”`}, [][]string{{"It was over"}}},
		{"single marks only without double ones", `Trump: ‘Thousands of Shootings’ in Chicago`, []string{`‘Thousands of Shootings’ in Chicago`},
			[][]string{{"Thousands of Shootings"}}},
		{"straight single marks too", `Reed calls Kemp plan 'reckless,' but backs him`, []string{`Reed calls Kemp plan 'reckless,' but backs him`},
			[][]string{{"reckless"}}},
		{"a straight apostrophe is no mark", `Reed's 'Never Again' pledge, players' union says`, []string{`Reed's 'Never Again' pledge, players' union says`},
			[][]string{{"Never Again"}}},
		{"nested single marks stay inside", `“He said ‘no’ to me,” she said.`, []string{`“He said ‘no’ to me,”`},
			[][]string{{"He said ‘no’ to me"}}},
		{"no marks, no quote", `He said it was over.`, []string{`it was over`}, nil},
		{"an opening mark typed as the closing one", `It is “the best in the world“ and “the best in the region.”`,
			[]string{`It is “the best in the world“ and “the best in the region.”`},
			[][]string{{"the best in the world"}, {"the best in the region"}}},
		{"one quotation cut into its sentences is one quote", `He added, “One. Two? Three.” Then he left.`,
			[]string{`“One.`, `Two?`, `Three.”`}, [][]string{{"One. Two? Three"}}},
		{"fragments with words between them stay apart", `“One, ” he said, “two.”`, []string{`“One, ”`, `“two.”`},
			[][]string{{"One"}, {"two"}}},
		{"fragments that overlap read as one", `“One. Two.” Then he left.`, []string{`“One. Tw`, `Two.”`},
			[][]string{{"One. Two"}}},
		{"two apostrophes are a double mark", `''We will win,'' she said.`, []string{`''We will win,''`}, [][]string{{"We will win"}}},
		{"a straight apostrophe before a clipped word opens nothing", `Dockers will rock 'til dawn, Reed says`,
			[]string{`Dockers will rock 'til dawn, Reed says`}, nil},
		{"nor one that nothing closes", `Reed served in 'Nam, his family says`,
			[]string{`Reed served in 'Nam, his family says`}, nil},
		{"nor one before a clipped word a plural possessive follows", `Reed left the 'burbs for the dockers' union`,
			[]string{`Reed left the 'burbs for the dockers' union`}, nil},
		{"a given name that is also a clipped word opens one", `Reed says 'Kay is right' on ferry plan`,
			[]string{`Reed says 'Kay is right' on ferry plan`}, [][]string{{"Kay is right"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var frags []span
			for _, f := range tt.frags {
				frags = append(frags, spanOf(t, tt.text, f))
			}
			var got [][]string
			for _, ps := range quoteSegments(tt.text, frags) {
				var parts []string
				for _, p := range ps {
					parts = append(parts, tt.text[p.start:p.end])
				}
				got = append(got, parts)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestClassifySource(t *testing.T) {
	tests := []struct {
		source string
		want   sourceKind
	}{
		{"Trump", sourceName},
		{"Rep. Elijah Cummings", sourceName},
		{"The New York Post", sourceName},
		{"he", sourcePronoun},
		{"She", sourcePronoun},
		{"the Republican nominee", sourceDescription},
		{"Trump's campaign", sourceDescription},
		{"a source", sourceDescription},
		{"Republican pollster Daron Shaw", sourceName},
		{"Mr. Burman of the Tax Policy Center", sourceName},
		{"Sen. Susan Collins (Maine)", sourceName},
		{"Secretary of State John Kerry", sourceName},
		{"a prominent Republican National Committee member who supports Trump", sourceDescription},
		{"White House officials", sourceDescription},
		{"the authors of the Growth and Opportunity Project", sourceDescription},
		{"an Associated Press-GfK poll released Thursday", sourceDescription},
		{"", sourceNone},
	}
	for _, tt := range tests {
		t.Run(tt.source, func(t *testing.T) {
			assert.Equal(t, tt.want, classifySource(tt.source))
		})
	}
}

func TestSamePerson(t *testing.T) {
	tests := []struct {
		pred, gold string
		want       bool
	}{
		{"Donald Trump", "Trump", true},
		{"Trump", "Mr. Trump", true},
		{"Hillary Clinton", "Clinton", true},
		{"Clinton", "Trump", false},
		{"", "Trump", false},
		{"Tim Kaine", "the Democratic vice presidential nominee", false},
		{"Leonard Burman", "Mr. Burman of the Tax Policy Center", true},
		{"John Kasich", "Gov. John Kasich (R-OH)", true},
		{"Stacy Baker", "Stacy Baker of Columbia", true},
		{"Columbia", "Stacy Baker of Columbia", false},
		{"Drew Heiserman", "Heiserman of the CORE Teachers", true},
		{"John Kerry", "Secretary of State John Kerry", true},
		{"a former U.S law enforcement official", "a former U.S. law enforcement official who oversaw investigations", true},
		{"a White House official", "a Chinese official", false},
		{"Noah", "A flabbergasted Noah", true},
		{"Madeleine Albright", "Former Secretary of State Madeleine Albright", true},
		{"Breitbart California", "Joel Pollak of Breitbart California", false},
		{"Nihad Awad", "The Council on American-Islamic Relations National Executive Director Nihad Awad", true},
	}
	for _, tt := range tests {
		t.Run(tt.pred+"/"+tt.gold, func(t *testing.T) {
			assert.Equal(t, tt.want, samePerson(tt.pred, tt.gold))
		})
	}
}

// TestGoldPersonNearestName: with no coreference annotated, a pronoun
// stands for the nearest named source before it.
func TestGoldPersonNearestName(t *testing.T) {
	text := "Clinton spoke. Kaine said more. Then he said it."
	src := func(s string) *annotation {
		sp := spanOf(t, text, s)
		return &annotation{kind: "Source", frags: []span{sp}}
	}
	he := src("he")
	af := &annFile{sources: []*annotation{src("Clinton"), src("Kaine"), he}}
	assert.Equal(t, "Kaine", goldPerson(text, af, he))
}

// TestGoldPersonRelative: "who" stands for the name right before it, not
// for the nearest named source.
func TestGoldPersonRelative(t *testing.T) {
	text := "Kaine spoke. Then came Mr. Sanders, who said more."
	kaine := &annotation{kind: "Source", frags: []span{spanOf(t, text, "Kaine")}}
	who := &annotation{kind: "Source", frags: []span{spanOf(t, text, "who")}}
	af := &annFile{sources: []*annotation{kaine, who}}
	assert.Equal(t, "Mr. Sanders", goldPerson(text, af, who))
}

// TestGoldPersonAnonymous: an indefinite description names nobody, so it
// stands for itself rather than for the name before it.
func TestGoldPersonAnonymous(t *testing.T) {
	text := "Kaine spoke. A senior aide said more."
	kaine := &annotation{kind: "Source", frags: []span{spanOf(t, text, "Kaine")}}
	aide := &annotation{kind: "Source", frags: []span{spanOf(t, text, "A senior aide")}}
	af := &annFile{sources: []*annotation{kaine, aide}}
	assert.Equal(t, "A senior aide", goldPerson(text, af, aide))
}

func TestNameBeforeApposition(t *testing.T) {
	assert.Equal(t, "Zeke Emanuel", nameBeforeApposition("Zeke Emanuel, an oncologist who advised Obama,"))
	assert.Equal(t, "Josh Earnest", nameBeforeApposition("the White House spokesman, Josh Earnest,"))
	assert.Equal(t, "the spokesman", nameBeforeApposition("the spokesman"))
	assert.Equal(t, "Jason Sims", nameBeforeApposition("Jason Sims — a teacher from Mount Pleasant —"))
}

func TestMatchScoresOverlapAndExact(t *testing.T) {
	text := `“We will win this race,” she said. “Nobody doubts it,” he said.`
	a := &article{text: text, words: wordStarts(text)}
	a.gold = []goldQuote{{pieces: []span{spanOf(t, text, "We will win this race")}}, {pieces: []span{spanOf(t, text, "Nobody doubts it")}}}
	q1 := spanOf(t, text, "will win this race") // 4 of 5 words: an overlap, not exact
	a.pred = append(a.pred, quoteAt(text, q1), quoteAt(text, spanOf(t, text, "she said")))
	s, cases := scoreArticles([]*article{a})
	assert.Equal(t, prf{TP: 1, Extracted: 2, Gold: 2, Precision: 0.5, Recall: 0.5, F1: 0.5}, s.Overlap)
	assert.Equal(t, 0, s.Exact.TP)
	kinds := map[string]int{}
	for _, c := range cases {
		kinds[c.Kind]++
	}
	assert.Equal(t, map[string]int{"partial": 1, "missed": 1, "spurious": 1}, kinds)
}

func runEval(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestMissingDataIsAUsageError(t *testing.T) {
	code, _, stderr := runEval(t, "-data", filepath.Join(t.TempDir(), "nowhere"))
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "no evaluation data")
	assert.Contains(t, stderr, "-data")
}

// TestMiniExcerpt runs the harness on the excerpt kept in testdata, so it
// runs everywhere: two annotated articles, 30 debate turns, the seeds.
func TestMiniExcerpt(t *testing.T) {
	js := filepath.Join(t.TempDir(), "eval.json")
	code, out, stderr := runEval(t, "-data", "../../testdata/eval/mini", "-json", js,
		"-gaps", "../../testdata/eval/polnear-gaps.tsv", "-labels", "../../testdata/eval/debates/labels.tsv",
		"-cases", "../../testdata/eval/debates/cases.tsv", "-seeds", "../../testdata/seeds",
		"-seed-table", "../../testdata/eval/seeds.tsv")
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, out, "overlap F1")
	data, err := os.ReadFile(js)
	require.NoError(t, err)
	var res results
	require.NoError(t, json.Unmarshal(data, &res))
	train := res.PolNeAR["train"]
	// the train article quotes four times: a partial quote, a quote split by
	// its cue (two), and a closing quote
	assert.Equal(t, 1, train.Articles)
	assert.Equal(t, 4, train.Overlap.Gold)
	assert.Equal(t, 1, res.PolNeAR["dev"].Articles)
	require.NotNil(t, res.Seeds)
	assert.Equal(t, res.Seeds.Agree.Of, res.Seeds.Agree.N, "seed mismatches: %v", res.Seeds.Mismatches)
	require.NotNil(t, res.Debates)
	assert.Equal(t, 26, res.Debates.Missing, "no labelled article is in the excerpt")
	assert.Positive(t, res.Debates.Generated["verbatim"]["verbatim"], "verbatim generated cases come out verbatim")
}

// TestFullDataSmoke runs the harness on a few articles of the real data.
func TestFullDataSmoke(t *testing.T) {
	data := "../../../shared/eval"
	if _, err := os.Stat(filepath.Join(data, "polnear")); err != nil {
		t.Skipf("no evaluation data at %s: the full-data smoke run is skipped", data)
	}
	code, out, stderr := runEval(t, "-data", data, "-limit", "3", "-worst", "2",
		"-gaps", "../../testdata/eval/polnear-gaps.tsv", "-labels", "../../testdata/eval/debates/labels.tsv",
		"-cases", "../../testdata/eval/debates/cases.tsv", "-seeds", "")
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, out, "dev")
	assert.Contains(t, out, "Debates 2016")
}

func quoteAt(text string, s span) quotes.Quote {
	return quotes.Quote{Span: quotes.Span{Start: s.start, End: s.end}, Pieces: []quotes.Span{{Start: s.start, End: s.end}}, Text: text[s.start:s.end]}
}

// TestApplyReferents checks that a reviewed referent replaces the fallback
// person of its Source only, that the speaker score follows it, and that a
// row naming no Source is an error rather than a silent no-op.
func TestApplyReferents(t *testing.T) {
	text := "Lena Park spoke first. Omar Haddad, a rival, listened. “We will win,” she said."
	src := spanOf(t, text, "she")
	ann := &annotation{id: "T1", kind: "Source", frags: []span{src}}
	content := &annotation{id: "T2", kind: "Content", frags: []span{spanOf(t, text, "“We will win,”")}}
	name := &annotation{id: "T3", kind: "Source", frags: []span{spanOf(t, text, "Omar Haddad")}}
	af := &annFile{sources: []*annotation{name, ann}, attrs: []attribution{{contents: []*annotation{content}, source: ann}}}
	gold := goldQuotes(text, []*annFile{af})
	require.Len(t, gold, 1)
	assert.Equal(t, []string{"Omar Haddad"}, gold[0].people, "the fallback: the nearest named Source before")
	a := &article{split: "dev", name: "x", text: text, gold: gold,
		pred: []quotes.Quote{{Text: "We will win,", Span: quotes.Span{Start: strings.Index(text, "We"), End: strings.Index(text, ",”") + 1}, Speaker: "Lena Park"}}}
	before, _ := scoreArticles([]*article{a})
	assert.Equal(t, 0, before.SpeakerPron.N)

	cp := len([]rune(text[:src.start]))
	n, err := applyReferents([]*article{a}, "dev", []referentRow{{split: "dev", article: "x", start: cp, source: "she", referent: "Lena Park"}}, "list.tsv", false)
	require.NoError(t, err)
	assert.Equal(t, 1, n)
	after, _ := scoreArticles([]*article{a})
	assert.Equal(t, ratio{N: 1, Of: 1, Share: 1}, after.SpeakerPron)
	assert.Equal(t, ratio{N: 1, Of: 1, Share: 1}, after.SpeakerReviewed)
	assert.Equal(t, 0, after.SpeakerHeldOut.Of, "a row of no batch is not held out")

	// a row of the held-out batch counts in the held-out score as well
	for gi := range a.gold {
		a.gold[gi].reviewed, a.gold[gi].heldOut = false, false
	}
	_, err = applyReferents([]*article{a}, "dev", []referentRow{{split: "dev", article: "x", start: cp, source: "she", referent: "Omar Haddad", heldOut: true}}, "list.tsv", false)
	require.NoError(t, err)
	held, _ := scoreArticles([]*article{a})
	assert.Equal(t, ratio{N: 0, Of: 1, Share: 0}, held.SpeakerHeldOut)

	stale := []referentRow{
		{split: "dev", article: "x", start: cp + 1, source: "she", referent: "Lena Park", line: 7}, // no Source there
		{split: "dev", article: "x", start: cp, source: "he", referent: "Lena Park", line: 8},      // another Source's words
		{split: "dev", article: "y", start: cp, source: "she", referent: "Lena Park", line: 9},     // no such article
	}
	for _, r := range stale {
		_, err = applyReferents([]*article{a}, "dev", []referentRow{r}, "list.tsv", false)
		if assert.Error(t, err) {
			assert.Contains(t, err.Error(), fmt.Sprintf("list.tsv:%d", r.line))
		}
	}
	// a smoke run reads some articles only: a row of another is no error
	_, err = applyReferents([]*article{a}, "dev", stale[2:], "list.tsv", true)
	assert.NoError(t, err)
}

// TestReadReferentsLines: an error names the line of the file, comments
// and blank lines counted.
func TestReadReferentsLines(t *testing.T) {
	p := filepath.Join(t.TempDir(), "refs.tsv")
	require.NoError(t, os.WriteFile(p, []byte("# a comment\n# another\nsplit\tarticle\tsource_start\tsource\treferent\tnote\n\ndev\tx\t3\tshe\tLena Park\t\ntest\tx\t3\tshe\tLena Park\t\n"), 0o644))
	_, err := readReferents(p)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "refs.tsv:6")

	require.NoError(t, os.WriteFile(p, []byte("split\tarticle\tsource_start\tsource\treferent\tnote\tbatch\ndev\tx\t3\tshe\tLena Park\t\theld-out\ndev\tx\t9\the\tOmar Haddad\t\tlater\n"), 0o644))
	_, err = readReferents(p)
	if assert.Error(t, err, "an unknown batch") {
		assert.Contains(t, err.Error(), "refs.tsv:3")
	}
	require.NoError(t, os.WriteFile(p, []byte("split\tarticle\tsource_start\tsource\treferent\tnote\tbatch\ndev\tx\t3\tshe\tLena Park\t\theld-out\ndev\tx\t9\the\tOmar Haddad\t\n"), 0o644))
	rows, err := readReferents(p)
	require.NoError(t, err)
	require.Len(t, rows, 2)
	assert.True(t, rows[0].heldOut)
	assert.False(t, rows[1].heldOut)
}

// TestContent2IsAQuote: a relation's second Content (a quotation split by
// its cue into two sentences) is gold too, with the same Source.
func TestContent2IsAQuote(t *testing.T) {
	dir := t.TempDir()
	text := "“We will win,” Lena Park said. “And soon.”"
	ann := "T1\tSource 15 24\tLena Park\nT2\tContent 0 14\t“We will win,”\nT3\tContent 31 42\t“And soon.”\nT4\tCue 25 29\tsaid\n" +
		"E1\tAttribution:T4 Cue:T4 Source:T1 Content:T2 Content2:T3\n"
	p := filepath.Join(dir, "x_a1.ann")
	require.NoError(t, os.WriteFile(p, []byte(ann), 0o644))
	af, err := readAnn(p, runeOffsets(text))
	require.NoError(t, err)
	gold := goldQuotes(text, []*annFile{af})
	var got []string
	for _, g := range gold {
		got = append(got, piecesText(text, g.pieces)+" / "+g.source)
	}
	assert.Equal(t, []string{"We will win / Lena Park", "And soon / Lena Park"}, got)
}

// TestStaleGap: a listed annotation gap that the annotators marked after
// all is an error naming the list's line, not a second gold quotation.
func TestStaleGap(t *testing.T) {
	text := "“We will win,” Lena Park said."
	a := &article{split: "dev", name: "x", text: text, gold: []goldQuote{{pieces: []span{spanOf(t, text, "We will win")}}}}
	_, err := addGaps([]*article{a}, []gapRow{{split: "dev", article: "x", start: 1, end: 12, line: 5}}, "gaps.tsv")
	if assert.Error(t, err) {
		assert.Contains(t, err.Error(), "gaps.tsv:5")
	}
	assert.Len(t, a.gold, 1)
	b := &article{split: "dev", name: "x", text: text}
	n, err := addGaps([]*article{b}, []gapRow{{split: "dev", article: "x", start: 1, end: 12, line: 5}}, "gaps.tsv")
	require.NoError(t, err)
	assert.Equal(t, 1, n)
}

// A labelled quotation nested in another is matched to the nested
// finding, which shares as many bytes with it as the outer one and fewer
// besides; otherwise the finding sharing most bytes wins.
func TestBestFindingPrefersTheTighterQuote(t *testing.T) {
	outer := align.Finding{Quote: quotes.Quote{Span: quotes.Span{Start: 10, End: 60}}, SpeakerID: "outer"}
	inner := align.Finding{Quote: quotes.Quote{Span: quotes.Span{Start: 30, End: 34}, Nested: true}, SpeakerID: "inner"}
	f, ok := bestFinding([]align.Finding{outer, inner}, span{30, 34})
	require.True(t, ok)
	assert.Equal(t, "inner", f.SpeakerID)
	f, ok = bestFinding([]align.Finding{outer, inner}, span{28, 40})
	require.True(t, ok)
	assert.Equal(t, "outer", f.SpeakerID)
	_, ok = bestFinding([]align.Finding{outer, inner}, span{70, 80})
	assert.False(t, ok)
}
