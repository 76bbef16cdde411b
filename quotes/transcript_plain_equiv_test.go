package quotes

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// disfluenciesRef is Disfluencies as first written, over dfWordRE and a
// lower-cased string per word: the specification that the fast version
// must equal span for span.
func disfluenciesRef(text string, start, end int) []Span {
	type word struct {
		s, e int
		norm string
	}
	var ws []word
	var gaps []string // gaps[i] is the text before ws[i]
	prev := start
	seg := text[start:end]
	for _, m := range dfWordRE.FindAllStringIndex(seg, -1) {
		s, e := start+m[0], start+m[1]
		ws = append(ws, word{s, e, strings.ToLower(strings.ReplaceAll(text[s:e], "’", "'"))})
		gaps = append(gaps, text[prev:s])
		prev = e
	}
	gaps = append(gaps, text[prev:end])
	mark := make([]bool, len(ws))
	for i, w := range ws {
		if fillers[w.norm] {
			mark[i] = true
		}
	}
	quiet := func(g string) bool { return strings.Trim(g, " \t\r\n-—–…") == "" }
	var idx []int
	var gap []bool
	var broken []bool
	for i := range ws {
		if mark[i] {
			continue
		}
		q, b := false, false
		if k := len(idx); k > 0 {
			between := text[ws[idx[k-1]].e:ws[i].s]
			if i-idx[k-1] > 1 {
				between = strings.ReplaceAll(dfWordRE.ReplaceAllString(between, ""), ",", "")
			}
			q = quiet(between)
			b = q && (i-idx[k-1] > 1 || strings.TrimSpace(between) != "")
		}
		idx = append(idx, i)
		gap = append(gap, q)
		broken = append(broken, b)
	}
	for n := 1; n <= 3; n++ {
		for i := 0; i+2*n <= len(idx); i++ {
			same := true
			for k := 0; k < n && same; k++ {
				same = ws[idx[i+k]].norm == ws[idx[i+n+k]].norm && !mark[idx[i+k]]
			}
			for k := 1; k <= 2*n-1 && same; k++ {
				same = gap[i+k]
			}
			if !same || n == 1 && doubled[ws[idx[i]].norm] || n > 1 && !broken[i+n] {
				continue
			}
			for k := 0; k < n; k++ {
				mark[idx[i+k]] = true
			}
		}
	}
	boundary := func(g string) bool { return strings.ContainsAny(g, ".?!;:,\n") || strings.Contains(g, "--") }
	for i := 1; i < len(ws); i++ {
		g := gaps[i]
		if !strings.Contains(g, "--") || strings.ContainsAny(g, ".?!") {
			continue
		}
		lo := i - 1
		for lo > 0 && !boundary(gaps[lo]) && i-lo <= 4 {
			lo--
		}
		if i-lo > 4 || lo > 0 && !boundary(gaps[lo]) {
			continue
		}
		paired := strings.Contains(gaps[lo], "--")
		for k := i + 1; k < len(ws) && k <= i+10 && !paired; k++ {
			if strings.Contains(gaps[k], "--") {
				paired = true
			}
			if strings.ContainsAny(gaps[k], ".?!") {
				break
			}
		}
		if paired {
			continue
		}
		restart := false
		for k := lo; k < i; k++ {
			if ws[k].norm == ws[i].norm {
				restart = true
			}
		}
		if i-lo > 2 && !restart {
			continue
		}
		for k := lo; k < i; k++ {
			mark[k] = true
		}
	}
	var out []Span
	for i, w := range ws {
		if !mark[i] {
			continue
		}
		if n := len(out); n > 0 && quiet(text[out[n-1].End:w.s]) {
			out[n-1].End = w.e
			continue
		}
		out = append(out, Span{w.s, w.e})
	}
	return out
}

func dfScannerMatches(text string) [][]int {
	var out [][]int
	for off := 0; ; {
		s, e, _ := nextDfWord(text, off)
		if s < 0 {
			return out
		}
		out = append(out, []int{s, e})
		off = e
	}
}

// equivTexts: real text, from the seeds, the excerpt and the transcripts.
func equivTexts(t testing.TB) map[string]string {
	files, _ := filepath.Glob("../testdata/seeds/*.txt")
	more, _ := filepath.Glob("../testdata/transcripts/*")
	files = append(files, more...)
	files = append(files, "../testdata/excerpts/pride-and-prejudice-ch1-6.txt")
	out := map[string]string{}
	for _, f := range files {
		if st, err := os.Stat(f); err != nil || st.IsDir() {
			continue
		}
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		out[f] = string(data)
	}
	return out
}

// TestDfScannerEqualsRegexp: the hand-written word scanner finds exactly
// the matches of dfWordRE, its specification, on real text and on
// generated strings of the characters that matter.
func TestDfScannerEqualsRegexp(t *testing.T) {
	for f, text := range equivTexts(t) {
		assert.Equal(t, dfWordRE.FindAllStringIndex(text, -1), dfScannerMatches(text), f)
	}
	alphabet := []string{"a", "B", "é", "É", "e\u0301", "\u0301", "1", "٣", "Ⅻ", "'", "’", "-", "--", " ", "\n", ",", ".",
		"—", "–", "…", "\u00a0", "\u212a", "\xe2", "\x80", "\xff", "_", "ǅ"}
	rng := rand.New(rand.NewPCG(11, 11))
	for k := 0; k < 30000; k++ {
		var sb strings.Builder
		for n := rng.IntN(24); n > 0; n-- {
			sb.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		s := sb.String()
		if !assert.Equal(t, dfWordRE.FindAllStringIndex(s, -1), dfScannerMatches(s), "%q", s) {
			return
		}
	}
}

// dfSpeech generates verbatim speech rich in what Disfluencies looks for:
// fillers in any case, words said twice, phrases broken off with dashes,
// false starts, curly apostrophes and accented or odd words.
func dfSpeech(rng *rand.Rand, words int) string {
	vocab := []string{"um", "Um", "UM", "umm", "uh", "Uh", "uhh", "uhm", "er", "Er", "erm", "ah", "hmm", "mm", "mhm",
		"the", "The", "THE", "we", "We", "were", "are", "I", "think", "will", "very", "Very", "no", "that", "That",
		"so", "is", "go", "ready", "don’t", "don't", "Don’T", "it’s", "café", "Café", "CAFÉ", "naïve", "e\u0301t\u00e9",
		"\u212aelvin", "kelvin", "well-known", "Well-Known", "self-", "x", "1", "2020", "really", "please", "again",
		"this", "at", "time", "looking", "a", "b",
		// longer than eight bytes, and of eight and nine
		"unbelievable", "Unbelievable", "UNBELIEVABLE", "wouldn’t’ve", "wouldn't've", "Wouldn’T’ve", "self-evident",
		"Self-Evident", "naïveté", "NAÏVETÉ", "absolute", "Absolute", "absolutes", "ABSOLUTES"}
	seps := []string{" ", " ", " ", " ", ", ", " -- ", " --", "-- ", " — ", "–", " … ", "... ", ". ", "? ", "! ",
		"\n", "; ", ": ", " - ", ",", " , ", "  ", "\t", "--", " (", ") ", " \xe2 ", "\u00a0"}
	var sb strings.Builder
	var recent []string
	for i := 0; i < words; i++ {
		if i > 0 {
			sb.WriteString(seps[rng.IntN(len(seps))])
		}
		var w string
		switch r := rng.IntN(10); {
		case r < 2 && len(recent) > 0:
			// say again one to three of the last words
			n := 1 + rng.IntN(min(3, len(recent)))
			w = strings.Join(recent[len(recent)-n:], " ")
		default:
			w = vocab[rng.IntN(len(vocab))]
		}
		sb.WriteString(w)
		recent = append(recent, strings.Fields(w)...)
		if len(recent) > 6 {
			recent = recent[len(recent)-6:]
		}
	}
	return sb.String()
}

func checkDisfluencies(t *testing.T, text string, start, end int) bool {
	t.Helper()
	return assert.Equal(t, disfluenciesRef(text, start, end), Disfluencies(text, start, end), "%q[%d:%d]", text, start, end)
}

// TestDisfluenciesEqualsReference: the fast Disfluencies returns exactly
// the spans of the reference, on generated speech and on real text, whole
// and in pieces.
func TestDisfluenciesEqualsReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 7))
	found := 0 // the generated texts with disfluencies, lest the test compare empty results only
	for k := 0; k < 20000; k++ {
		text := dfSpeech(rng, 1+rng.IntN(30))
		if len(disfluenciesRef(text, 0, len(text))) > 0 {
			found++
		}
		start := rng.IntN(len(text) + 1)
		end := start + rng.IntN(len(text)-start+1)
		if !checkDisfluencies(t, text, 0, len(text)) || !checkDisfluencies(t, text, start, end) {
			return
		}
	}
	assert.Greater(t, found, 10000)
	for f, text := range equivTexts(t) {
		assert.Equal(t, disfluenciesRef(text, 0, len(text)), Disfluencies(text, 0, len(text)), f)
		for _, para := range strings.SplitAfter(text, "\n\n") {
			start := strings.Index(text, para)
			if !checkDisfluencies(t, text, start, start+len(para)) {
				return
			}
		}
	}
	// the cases of the documentation
	for _, s := range []string{
		"we will, um, will -- we are the the ready",
		"I think -- I think that uses this -- that uses this",
		"very very good, no no, that that is it",
		"looking at this at this time",
		"we were -- we are ready",
		"the plan -- a good one -- is ready",
	} {
		checkDisfluencies(t, s, 0, len(s))
	}
}

// FuzzDisfluenciesEqualsReference: the scanner equals dfWordRE and the fast
// Disfluencies equals the reference on any input.
func FuzzDisfluenciesEqualsReference(f *testing.F) {
	f.Add("we will, um, will -- we are the the ready")
	f.Add("I think -- I think that uses this -- that uses this")
	f.Add("Um, the \xe2, um,\x80\x94 the Don’t don't \u212aelvin kelvin")
	f.Fuzz(func(t *testing.T, s string) {
		want, got := dfWordRE.FindAllStringIndex(s, -1), dfScannerMatches(s)
		if len(want) != len(got) {
			t.Fatalf("%q: regexp %v, scanner %v", s, want, got)
		}
		for i := range want {
			if want[i][0] != got[i][0] || want[i][1] != got[i][1] {
				t.Fatalf("%q: regexp %v, scanner %v", s, want, got)
			}
		}
		wantS, gotS := disfluenciesRef(s, 0, len(s)), Disfluencies(s, 0, len(s))
		if len(wantS) != len(gotS) {
			t.Fatalf("%q: reference %v, fast %v", s, wantS, gotS)
		}
		for i := range wantS {
			if wantS[i] != gotS[i] {
				t.Fatalf("%q: reference %v, fast %v", s, wantS, gotS)
			}
		}
	})
}

// BenchmarkDisfluencies: the turns of real prose (few disfluencies) and of
// generated verbatim speech (many), with the fast version and the
// reference.
func BenchmarkDisfluencies(b *testing.B) {
	data, err := os.ReadFile("../testdata/excerpts/pride-and-prejudice-ch1-6.txt")
	require.NoError(b, err)
	rng := rand.New(rand.NewPCG(1, 2))
	var speech strings.Builder
	for speech.Len() < len(data) {
		speech.WriteString(dfSpeech(rng, 60))
		speech.WriteString("\n\n")
	}
	for _, c := range []struct{ name, text string }{
		{"prose", string(data)},
		{"speech", speech.String()},
	} {
		// turns are paragraphs
		type span struct{ s, e int }
		var turns []span
		off := 0
		for _, p := range strings.SplitAfter(c.text, "\n\n") {
			turns = append(turns, span{off, off + len(p)})
			off += len(p)
		}
		for _, impl := range []struct {
			name string
			fn   func(string, int, int) []Span
		}{{"fast", Disfluencies}, {"reference", disfluenciesRef}} {
			b.Run("text="+c.name+"/impl="+impl.name, func(b *testing.B) {
				b.ReportAllocs()
				b.SetBytes(int64(len(c.text)))
				for b.Loop() {
					for _, t := range turns {
						impl.fn(c.text, t.s, t.e)
					}
				}
			})
		}
	}
}
