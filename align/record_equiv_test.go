package align

import (
	"maps"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotecheck/quotecheck/quotes"
)

// newRecordRef is NewRecord with addTurnRef, the first version of adding a
// turn: every word scanned, folded and looked up in the vocabulary, the
// disfluencies found by binary search and a paragraph's stems gathered in a
// set.
func newRecordRef(trs ...*quotes.Transcript) *Record {
	r := &Record{trs: trs, byID: map[string]*speakerInfo{}, words: newVocab(), stems: newVocab()}
	r.stemOf = []uint32{0}
	r.stopword = []bool{false}
	r.df = []int32{0}
	for _, tr := range trs {
		r.trFirst = append(r.trFirst, int32(len(r.turns)))
		for k := range tr.Turns {
			t := &tr.Turns[k]
			sp := r.byID[t.Speaker.ID]
			if sp == nil {
				sp = &speakerInfo{idx: int32(len(r.speakers)), ID: t.Speaker.ID, Role: t.Speaker.Role}
				r.byID[sp.ID] = sp
				r.speakers = append(r.speakers, sp)
			}
			sp.addSpeaker(t.Speaker)
			r.addTurnRef(tr, t, sp)
		}
	}
	r.finish()
	return r
}

func (r *Record) addTurnRef(tr *quotes.Transcript, t *quotes.Turn, sp *speakerInfo) {
	rt := recTurn{spk: sp.idx, base: len(r.norms), c0: int32(len(r.checks))}
	nc := 0
	text := tr.Text(*t)
	seen := map[uint32]bool{}
	para := 0
	flushPara := func() {
		if len(seen) > 0 {
			r.docs++
			for s := range seen {
				r.df[s]++
			}
			clear(seen)
		}
	}
	var all []Token // the turn's tokens, for their numbers' currencies
	scanTokens(text, t.Start, false, func(at int, ts []Token) bool {
		all = append(all, ts...)
		if p := strings.Count(text[para:at-t.Start], "\n\n"); p > 0 {
			flushPara()
		}
		para = at - t.Start
		if rt.n >= nc*checkEvery {
			r.checks = append(r.checks, checkpoint{int32(rt.n), int32(at - t.Start)})
			nc++
		}
		for _, tk := range ts {
			if inSpans(t.Disfluent, tk.Start) {
				if r.disfluent == nil {
					r.disfluent = map[int]bool{}
				}
				r.disfluent[len(r.norms)] = true
			}
			id := r.wordID(tk)
			r.norms = append(r.norms, id)
			seen[r.stemOf[id]] = true
			rt.n++
		}
		return true
	})
	flushPara()
	numberCurrencies(tr.SpeechText(), all)
	for k, tk := range all {
		if tk.currency != 0 {
			r.currencies = append(r.currencies, numberCurrency{pos: rt.base + k, c: tk.currency})
		}
	}
	r.turns = append(r.turns, rt)
}

// assertSameRecord: two records of the same transcripts hold the same
// words, stems, counts and positions, to the byte of their archives.
func assertSameRecord(t *testing.T, want, got *Record, name string) bool {
	t.Helper()
	ok := assert.Equal(t, want.words.strs, got.words.strs, name) &&
		assert.Equal(t, want.stems.strs, got.stems.strs, name) &&
		assert.Equal(t, want.norms, got.norms, name) &&
		assert.Equal(t, want.df, got.df, name) &&
		assert.Equal(t, want.docs, got.docs, name) &&
		assert.Equal(t, want.disfluent, got.disfluent, name) &&
		assert.Equal(t, want.currencies, got.currencies, name)
	for i := range want.turns {
		ok = ok && assert.Equal(t, want.turnChecks(i), got.turnChecks(i), name) &&
			assert.Equal(t, want.turns[i].n, got.turns[i].n, name)
	}
	return ok && assert.Equal(t, archiveOf(t, want), archiveOf(t, got), name)
}

// TestRecordEqualsRef: the record NewRecord builds, each distinct word
// tokenized once and remembered, is the one of addTurnRef on real
// transcripts and on generated ones full of the words whose tokens are
// not plain (contractions, initialisms, numbers with separators,
// brackets, ellipses, disfluencies, paragraphs).
func TestRecordEqualsRef(t *testing.T) {
	trs := archiveTranscripts(t)
	files, _ := filepath.Glob("../testdata/transcripts/*.*")
	seeds, _ := filepath.Glob("../testdata/seeds/*.txt")
	files = append(append(files, seeds...), "../testdata/excerpts/pride-and-prejudice-ch1-6.txt")
	for _, p := range files {
		if strings.HasSuffix(p, ".golden") {
			continue
		}
		data, err := os.ReadFile(p)
		require.NoError(t, err)
		d, err := quotes.NewDoc(p, data)
		require.NoError(t, err)
		got, err := quotes.ParseTranscripts(d, quotes.ReadOptions{})
		if err != nil {
			continue
		}
		trs = append(trs, got...)
	}
	assertSameRecord(t, newRecordRef(trs...), NewRecord(trs...), "real transcripts")

	// a word of more tokens than a remembered match holds, and longer than
	// a remembered key, said twice
	long := strings.Repeat("US-", 70000) + "end"
	d, err := quotes.NewDoc("long.txt", []byte("SECRETARY BLINKEN: "+long+" and "+long+", we're here.\n"))
	require.NoError(t, err)
	ltr, err := quotes.ParseTranscripts(d, quotes.ReadOptions{})
	require.NoError(t, err)
	assertSameRecord(t, newRecordRef(ltr...), NewRecord(ltr...), "long word")

	rng := rand.New(rand.NewPCG(10, 10))
	for k := 0; k < 300; k++ {
		var gen []*quotes.Transcript
		for n := 1 + rng.IntN(3); n > 0; n-- {
			d, err := quotes.NewDoc("gen.txt", []byte(genTranscript(rng)))
			require.NoError(t, err)
			got, err := quotes.ParseTranscripts(d, quotes.ReadOptions{})
			if err != nil {
				continue
			}
			gen = append(gen, got...)
		}
		if !assertSameRecord(t, newRecordRef(gen...), NewRecord(gen...), "generated") {
			return
		}
	}
}

// genWords are the pieces generated transcripts are made of.
var genWords = []string{
	"the", "The", "THE", "we're", "We’re", "can't", "Can’t", "it's", "gonna", "y'all", "don't", "I'd", "they'll",
	"U.S.", "U.S", "US", "us", "UK", "U.N.", "EU", "U.S.-Japan", "US-led", "NATO", "1,000", "1,000.5", "12",
	"3.5", "2,00", "twenty-one", "seven", "Ⅻ", "٣", "[W]e're", "[and]", "[the", "people]", "[a] b", "wo[r]d",
	"...", "…", ". . .", "word..", "end.", "—", "--", "-", "'", "’", "um", "uh", "Um,", "er", "hmm", "I", "I think",
	"café", "cafe\u0301", "ﬁne", "Ｆｕｌｌ", "naïve", "like-minded", "likeminded", "shoulder-to-shoulder", "e.g.",
	"Mr.", "Dr", "\n\n", "\n", ",", ".", "?", "!", ";", ":", "\"", "“", "”", "(", ")", "a", "and", "of", "again",
	"$5", "£2.50", "5€", "50¢", "$", "million", "half", "quarter", "twenty", "dollars", "pounds", "euro",
}

func genTranscript(rng *rand.Rand) string {
	var b strings.Builder
	b.WriteString("Briefing\n\n")
	for turn := 2 + rng.IntN(6); turn > 0; turn-- {
		b.WriteString([]string{"SECRETARY BLINKEN: ", "MR. PRICE: ", "QUESTION: ", "AMBASSADOR EMANUEL: "}[rng.IntN(4)])
		for w := rng.IntN(120); w > 0; w-- {
			s := genWords[rng.IntN(len(genWords))]
			if strings.HasPrefix(s, "\n") {
				b.WriteString(s + "   ")
				continue
			}
			b.WriteString(s)
			if rng.IntN(5) > 0 {
				b.WriteByte(' ')
			}
		}
		b.WriteString("\n\n")
	}
	return b.String()
}

// turnTokensRef is turnTokens as first written: every word from the
// checkpoint on tokenized.
func (r *Record) turnTokensRef(ti, lo, hi int) []Token {
	trI, tk := r.turnPlace(ti)
	turn := &r.transcript(trI).Turns[tk]
	text := r.transcript(trI).Text(*turn)
	checks := r.turnChecks(ti)
	k := sort.Search(len(checks), func(i int) bool { return int(checks[i].tok) > lo }) - 1
	idx, from := 0, 0
	if k >= 0 {
		idx, from = int(checks[k].tok), int(checks[k].off)
	}
	out := make([]Token, 0, max(hi-lo, 0))
	scanTokens(text[from:], turn.Start+from, false, func(_ int, ts []Token) bool {
		for _, tk := range ts {
			if idx >= lo && idx < hi {
				out = append(out, tk)
			}
			idx++
		}
		return idx < hi
	})
	return out
}

// TestTurnTokensEqualsRef: re-reading a stretch of a turn, the words
// before it counted rather than tokenized, gives the tokens of
// tokenizing every word (turnSpans their spans outside the part asked in
// full), on real prose and on generated transcripts full
// of words whose tokens are not plain, for stretches starting anywhere
// (within a word of two tokens too) and of any length.
func TestTurnTokensEqualsRef(t *testing.T) {
	rec, _ := proseRecord(t)
	recs := []*Record{rec}
	rng := rand.New(rand.NewPCG(12, 12))
	for k := 0; k < 100; k++ {
		var text strings.Builder
		text.WriteString("Briefing\n\n")
		for range 3 {
			text.WriteString("SECRETARY BLINKEN: ")
			for w := 50 + rng.IntN(300); w > 0; w-- {
				text.WriteString(genWords[rng.IntN(len(genWords))])
				text.WriteByte(' ')
			}
			text.WriteString("\n\n")
		}
		recs = append(recs, record(t, text.String()))
	}
	for _, r := range recs {
		for ti, tn := range r.turns {
			for range 20 {
				lo := rng.IntN(tn.n + 1)
				hi := lo + rng.IntN(tn.n-lo+1)
				want := r.turnTokensRef(ti, lo, hi)
				require.Equal(t, want, r.turnTokens(ti, lo, hi), "turn %d [%d, %d)", ti, lo, hi)
				// the tokens of a part in full, of the rest their spans
				fullLo := lo + rng.IntN(hi-lo+1)
				fullHi := fullLo + rng.IntN(hi-fullLo+1)
				got := r.turnSpans(ti, lo, hi, fullLo, fullHi)
				require.Len(t, got, len(want))
				for k := range want {
					if k+lo >= fullLo && k+lo < fullHi {
						require.Equal(t, want[k], got[k])
						continue
					}
					require.Equal(t, want[k].Start, got[k].Start)
					require.Equal(t, want[k].End, got[k].End)
					require.Equal(t, want[k].Kind, got[k].Kind)
				}
			}
		}
	}
}

// TestDisfluentMarksEqualsMap: the disfluencies of a stretch of the
// record, read from their sorted positions, are those the map holds.
func TestDisfluentMarksEqualsMap(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 13))
	withSome := 0
	var buf []bool
	for k := 0; k < 200; k++ {
		d, err := quotes.NewDoc("gen.txt", []byte(genTranscript(rng)))
		require.NoError(t, err)
		trs, err := quotes.ParseTranscripts(d, quotes.ReadOptions{})
		if err != nil {
			continue
		}
		r := NewRecord(trs...)
		for range 50 {
			lo := rng.IntN(len(r.norms) + 1)
			hi := lo + rng.IntN(len(r.norms)-lo+1)
			buf = r.disfluentMarks(lo, hi, buf)
			any := false
			for p := lo; p < hi; p++ {
				any = any || r.disfluent[p]
			}
			if !any {
				require.Nil(t, buf)
				continue
			}
			withSome++
			require.Len(t, buf, hi-lo)
			for p := lo; p < hi; p++ {
				require.Equal(t, r.disfluent[p], buf[p-lo], "position %d of [%d, %d)", p, lo, hi)
			}
		}
	}
	require.Greater(t, withSome, 100)
}

// TestDisfluentInEqualsSearch: the block bits answer as the search of the
// sorted positions, for ranges of every length around and between them.
func TestDisfluentInEqualsSearch(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 9))
	for _, n := range []int{0, 1, 7, 300} {
		at := map[int]bool{}
		for len(at) < n {
			at[rng.IntN(20000)] = true
		}
		r := &Record{disfluent: at}
		ref := slices.Sorted(maps.Keys(at))
		for range 20000 {
			lo := rng.IntN(20200) - 100
			hi := lo + rng.IntN(300) - 20
			if rng.IntN(4) == 0 {
				hi = lo + rng.IntN(12000) // across words of the bits
			}
			k, _ := slices.BinarySearch(ref, lo)
			want := hi > lo && k < len(ref) && ref[k] < hi
			require.Equal(t, want, r.disfluentIn(lo, hi), "%d positions, [%d, %d)", n, lo, hi)
		}
	}
}

// TestSameStemInEqualsStem: sameStemIn, which compares the stem ids the
// record keeps, tells what stemming both words and comparing the stems
// tells, for quote words the record has (found by id, as quoteTokens finds
// them), words it never has, tokens made without an id (Tokenize), and
// words of one stem in other forms ("walked" against "walking").
func TestSameStemInEqualsStem(t *testing.T) {
	data, err := os.ReadFile("../testdata/excerpts/pride-and-prejudice-ch1-6.txt")
	require.NoError(t, err)
	r := record(t, "SPEAKER REED: "+string(data)+"\n")
	byStem := map[uint32][]string{}
	for id, w := range r.words.strs[1:] {
		byStem[r.stemOf[id+1]] = append(byStem[r.stemOf[id+1]], w)
	}
	absent := Tokenize("The harbor commissioners of Salem walked out, walking and talking of the 1990's", 0, true)
	rng := rand.New(rand.NewPCG(20, 20))
	seg := r.norms
	same := r.sameStemIn(seg)
	stemEqual := 0
	for n := 0; n < 20000; n++ {
		k := rng.IntN(len(seg))
		var tk Token
		switch rng.IntN(4) {
		case 0:
			tk = Token{Norm: r.words.str(seg[k])}
		case 1:
			forms := byStem[r.stemOf[seg[k]]]
			tk = Token{Norm: forms[rng.IntN(len(forms))]}
		case 2:
			tk = Token{Norm: r.words.str(seg[rng.IntN(len(seg))])}
		default:
			tk = absent[rng.IntN(len(absent))]
		}
		if rng.IntN(2) == 0 {
			// as quoteTokens makes it: the record's id, a stem only when
			// the record lacks the word
			tk.Stem = ""
			id := r.words.lookup(tk.Norm)
			tk.wid = id + 1
			if id == 0 {
				tk.Stem = stem(tk.Norm)
			}
		} else if tk.Stem == "" && rng.IntN(2) == 0 {
			tk.Stem = stem(tk.Norm)
		}
		want := stem(tk.Norm) == stem(r.words.str(seg[k]))
		if want {
			stemEqual++
		}
		if !assert.Equal(t, want, same(&tk, k), "%q against %q", tk.Norm, r.words.str(seg[k])) {
			return
		}
	}
	assert.Greater(t, stemEqual, 5000, "words of one stem are tried")
}

// TestCurrencyAtEqualsWindow: the currency of a number of a window, looked
// up among the record's currencies read when its turns were added, is the
// one read from the turn's text as the window has it, for windows
// starting and ending anywhere (within a number too) of generated turns
// full of numbers, signs and currency words.
func TestCurrencyAtEqualsWindow(t *testing.T) {
	pieces := []string{"$5", "£2.50", "5€", "50¢", "$", "£", "€", "5", "21", "2019,", "million", "billion", "hundred", "a", "half",
		"quarter", "twenty", "one", "dollars", "pounds", "euros", "yen", "the", "pier", "cost", "paid", ",", "-", "and"}
	rng := rand.New(rand.NewPCG(14, 14))
	named, looked := 0, 0
	for k := 0; k < 50; k++ {
		var text strings.Builder
		text.WriteString("Briefing\n\n")
		for range 3 {
			text.WriteString("MR. REED: ")
			for w := 20 + rng.IntN(200); w > 0; w-- {
				text.WriteString(pieces[rng.IntN(len(pieces))])
				text.WriteByte(' ')
			}
			text.WriteString("\n\n")
		}
		r := record(t, text.String())
		named += len(r.currencies)
		for ti, tn := range r.turns {
			for range 10 {
				lo := rng.IntN(tn.n + 1)
				hi := lo + rng.IntN(tn.n-lo+1)
				w := window{turn: ti, lo: lo, hi: hi}
				seg := r.norms[tn.base+lo : tn.base+hi]
				for j := range seg {
					want := uint8(0)
					if s, e := numberSpan(func(k int) string { return r.words.str(seg[k]) }, len(seg), j); s < e {
						want = r.currencyInWindow(w, s, e, j)
					}
					looked += int(want)
					require.Equal(t, want, r.currencyAt(w, seg, j), "%q: turn %d [%d, %d), word %d", text.String(), ti, lo, hi, j)
				}
			}
		}
	}
	require.Positive(t, named)
	require.Positive(t, looked)
}
