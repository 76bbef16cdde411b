package align

import (
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotecheck/quotecheck/quotes"
)

// fuzzRecord reads text as a one-speaker transcript ("SENATOR OKAFOR: …"),
// or returns nil when it holds no speech.
func fuzzRecord(t *testing.T, text string) (*Record, *quotes.Transcript) {
	text = strings.ToValidUTF8(strings.ReplaceAll(text, "\x00", " "), "\uFFFD")
	d, err := quotes.NewDoc("rec.txt", []byte("SENATOR OKAFOR: "+text+"\n"))
	require.NoError(t, err)
	tr, err := quotes.ParseTranscript(d)
	if err != nil {
		return nil, nil
	}
	return NewRecord(tr), tr
}

// checkFinding holds what every finding must satisfy, whatever the input.
func checkFinding(t *testing.T, f Finding, tr *quotes.Transcript) {
	t.Helper()
	assert.Contains(t, Verdicts(), f.Verdict)
	assert.NotEmpty(t, f.Reason)
	assert.True(t, f.Similarity >= 0 && f.Similarity <= 1, "similarity %v", f.Similarity)
	assert.True(t, f.Wording >= 0 && f.Wording <= 1, "wording %v", f.Wording)
	if f.Source != nil {
		text := tr.SpeechText()
		require.True(t, 0 <= f.Source.Start && f.Source.Start <= f.Source.End && f.Source.End <= len(text),
			"source span [%d,%d) outside the record's %d bytes", f.Source.Start, f.Source.End, len(text))
	}
}

// words of a text as the invariants compare them: folded tokens.
func normsOf(text string) []string {
	var out []string
	for _, tk := range Tokenize(text, 0, false) {
		out = append(out, tk.Norm)
	}
	return out
}

// fuzzVocab: words that tokenize one to one (no contractions, numbers,
// compounds or disfluencies), for the diff invariant.
var fuzzVocab = strings.Fields(`alliance bridge budget channel city close council dredging family federal
	free harbor library march open ships strong summer tankers together treaty voters winter`)

// wordsFrom turns bytes into a text of vocabulary words with punctuation.
func wordsFrom(b []byte) string {
	var sb strings.Builder
	for i, c := range b {
		if i > 0 {
			sb.WriteString([]string{" ", " ", " ", ", ", ". ", " — "}[int(c>>5)%6])
		}
		sb.WriteString(fuzzVocab[int(c)%len(fuzzVocab)])
	}
	return sb.String()
}

// FuzzAlign: any record and any quote are checked without a panic into a
// well-formed finding; a run of a turn's words quoted as they stand is
// found verbatim; and the word diff of a quote edited from the record
// rebuilds both sides: the quote's words are its equal, inserted and
// editorial (writer's) steps, the source's words its equal, deleted and
// editorial (record's) steps.
func FuzzAlign(f *testing.F) {
	f.Add("We will open the new library in March, and it will be free for every child.", "We will open the library", uint16(2), uint8(5), []byte{1, 2, 3, 4, 5, 6, 7, 8}, []byte{3, 4, 200, 6})
	f.Add("The bridge will not close this winter, whatever the budget says.", "The bridge will … close", uint16(0), uint8(3), []byte{9, 8, 7, 6, 5, 4, 3, 2, 1}, []byte{})
	f.Add("U.S. forces, 1,000 strong — we’re here [laughter] ... and we're staying.", "“[W]e’re here”", uint16(7), uint8(9), []byte{0, 0, 0, 0}, []byte{0, 0, 0})
	f.Add("", "", uint16(0), uint8(0), []byte{}, []byte{})
	f.Add("\u200b\u202e\uFEFF\t\r\n", "\xff\x00", uint16(1), uint8(1), []byte{255}, []byte{255, 0})
	f.Fuzz(func(t *testing.T, recText, quote string, from uint16, n uint8, recWords, edits []byte) {
		if len(recText) > 4000 || len(quote) > 2000 || len(recWords) > 300 || len(edits) > 100 {
			return // the invariants, not the limits: keep each run short
		}
		rec, tr := fuzzRecord(t, recText)
		if rec != nil {
			// anything goes in
			checkFinding(t, rec.CheckQuote(quote, "Okafor"), tr)
			checkFinding(t, rec.CheckQuote(quote, ""), tr)
			// a run of a turn's words, quoted as it stands, is verbatim
			if len(tr.Turns) > 0 {
				text := tr.Text(tr.Turns[0])
				toks := Tokenize(text, 0, false)
				if len(toks) > 0 {
					i := int(from) % len(toks)
					k := 1 + int(n)%min(len(toks)-i, 40)
					run := text[toks[i].Start:toks[i+k-1].End]
					// (from a word's start: a run cut inside "0%'1" at its
					// apostrophe is read as a quotation mark, as a quote
					// opening "'1" would be, not as the record's "'1")
					if verbatimSafe(run) && startsWord(text, toks[i].Start) {
						got := rec.CheckQuote(run, "Okafor")
						assert.Equal(t, Verbatim, got.Verdict, "quote %q of turn %q: %s", run, text, got.Reason)
					}
				}
			}
		}
		// the diff rebuilds both texts
		if len(recWords) == 0 {
			return
		}
		src := wordsFrom(recWords)
		rec, tr = fuzzRecord(t, src)
		require.NotNil(t, rec, "record %q", src)
		q := editWords(strings.Fields(strings.NewReplacer(",", "", ".", "", "—", "").Replace(src)), int(from), edits)
		if len(q) == 0 {
			return
		}
		got := rec.CheckQuote(strings.Join(q, " "), "Okafor")
		checkFinding(t, got, tr)
		if got.Source == nil || len(got.Diff) == 0 {
			return
		}
		var quoteSide, sourceSide []string
		for _, op := range got.Diff {
			switch {
			case op.Op == "equal":
				quoteSide = append(quoteSide, normsOf(op.Text)...)
				sourceSide = append(sourceSide, normsOf(op.Text)...)
			case op.Op == "insert" || op.Op == "editorial" && !op.Record:
				quoteSide = append(quoteSide, normsOf(op.Text)...)
			case op.Op == "delete" || op.Op == "editorial" && op.Record:
				sourceSide = append(sourceSide, normsOf(op.Text)...)
			default:
				t.Fatalf("unknown diff op %q", op.Op)
			}
		}
		assert.Equal(t, normsOf(strings.Join(q, " ")), quoteSide, "quote side of diff %+v", got.Diff)
		assert.Equal(t, normsOf(got.Source.Text), sourceSide, "source side of diff %+v", got.Diff)
	})
}

// verbatimSafe: a stretch of record text whose words, read as a quote,
// are the same words: no brackets or ellipses (a quote's editorial marks),
// and at least one letter or digit.
// startsWord tells whether a word starts at text[at:]: at the text's
// start, after a space, an opening bracket or quotation mark, or a dash.
func startsWord(text string, at int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:at])
	return at == 0 || unicode.IsSpace(r) || unicode.In(r, unicode.Ps, unicode.Pi, unicode.Pd)
}

func verbatimSafe(s string) bool {
	return !strings.ContainsAny(s, "[]…") && !strings.Contains(s, "..") &&
		strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }) >= 0
}

// editWords takes up to 30 words of ws from from on and applies edits:
// each byte substitutes, drops or inserts a vocabulary word, or keeps one.
func editWords(ws []string, from int, edits []byte) []string {
	if len(ws) == 0 {
		return nil
	}
	from %= len(ws)
	ws = ws[from:min(len(ws), from+30)]
	out := append([]string(nil), ws...)
	for k, e := range edits {
		if len(out) == 0 {
			break
		}
		at := (int(e) + k) % len(out)
		w := fuzzVocab[int(e)%len(fuzzVocab)]
		switch e % 4 {
		case 0:
			out[at] = w
		case 1:
			out = append(out[:at], out[at+1:]...)
		case 2:
			out = append(out[:at], append([]string{w}, out[at:]...)...)
		}
	}
	return out
}

// TestFoldConcurrent: folding non-ASCII words from many goroutines at once
// (articles are checked in parallel) gives the serial result; under -race
// it also proves no state is shared.
func TestFoldConcurrent(t *testing.T) {
	words := []string{"Café", "naïve", "ＦＵＬＬ", "ﬁnance", "Straße", "Ünïcödé", "e\u0301lan", "ÅNGSTRÖM"}
	want := make([]string, len(words))
	for i, w := range words {
		want[i] = fold(w)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8*len(words)*50)
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 50 {
				for i, w := range words {
					if got := fold(w); got != want[i] {
						errs <- w + " folded to " + got + ", want " + want[i]
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
	assert.Equal(t, []string{"cafe", "naive", "full", "finance", "strasse", "unicode", "elan", "angstrom"}, want)
}
