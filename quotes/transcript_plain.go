package quotes

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// parsePlain reads speech with no speaker labels: the whole text is one
// turn of an unknown speaker, so that quotes are still checked against its
// words (the report says who said them is not known).
func parsePlain(doc *Doc) *Transcript {
	tr := &Transcript{Doc: doc}
	sps := newSpeakers(tr)
	addTurn(tr, Turn{Speaker: sps.unknown(), Start: 0, End: len(doc.Text)})
	return tr
}

// stageRE finds a transcript's stage directions: what happened, not what
// was said, in parentheses or brackets, opening on a word of the kind
// ("(Laughter.)", "[Applause]", "(Inaudible.)", "(Cross talk.)", "(Speaks
// in Japanese.)", "(As prepared for delivery.)", "(ph)").
var stageRE = regexp.MustCompile(`(?i)[(\[][ \t]*(?:laughter|laughs|laughing|applause|inaudible|crosstalk|cross[- ]talk|` +
	`unintelligible|indiscernible|cheers|cheering|booing|boos|music|silence|pause|coughs|coughing|sighs|` +
	`interruption|off[- ]mic|speaking|speaks|in progress|as prepared|as delivered|as interpreted|` +
	`via (?:an )?interpreter|through (?:an )?interpreter|interpreted|ph|audio|video|technical difficult|overlapping)` +
	`\b[^()\[\]\n]{0,60}[)\]]` +
	// a time stamp of the recording ("[00:12:31]", "(1:05:10.5)")
	`|[(\[][ \t]*\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[ \t]*[)\]]` +
	// a page's number on a line of its own, as a record turned from a
	// page layout to text keeps it ("2", "- 2 -", "Page 3 of 4")
	`|(?m:^[ \t]*(?:-[ \t]*\d{1,4}[ \t]*-|\d{1,4}|(?i:page)[ \t]+\d{1,4}(?:[ \t]+(?i:of)[ \t]+\d{1,4})?)[ \t]*$)`)

// speechSignRE finds the words that make a parenthesis opening on a word
// of stageRE the speaker's own aside, not a note of the room: a person
// speaking or spoken to, or a negation ("(Speaking as a father, I worry
// about the traffic.)", "(Music to my ears.)", "(Silence is not an
// option.)"). Such an aside is speech a quotation must hold.
var speechSignRE = regexp.MustCompile(`(?i)\b(?:i|i'm|i’m|me|my|mine|we|we're|we’re|us|our|ours|you|you're|you’re|your|not|never)\b|n['’]t\b`)

// StageDirections finds the stage directions of text[start:end] (see
// stageRE and speechSignRE) and returns their byte spans, in order; nil
// when there are none.
func StageDirections(text string, start, end int) []Span {
	seg := text[start:end]
	if !strings.ContainsAny(seg, "([\n") {
		return nil
	}
	var out []Span
	for _, m := range stageRE.FindAllStringIndex(seg, -1) {
		if speechSignRE.MatchString(seg[m[0]:m[1]]) {
			continue
		}
		if p := start + m[0]; p > 0 && text[p-1] != '\n' && !strings.ContainsAny(seg[m[0]:m[1]], "([") {
			continue // a number after a label ("LOWELL: 40"), on no line of its own: speech
		}
		out = append(out, Span{Start: start + m[0], End: start + m[1]})
	}
	return out
}

// StageWord tells whether w opens a stage direction ("laughter",
// "applause", "inaudible").
func StageWord(w string) bool { return stageRE.MatchString("(" + w + ")") }

// mergeSpans merges two lists of spans, each in order, into one in order
// with overlapping spans joined.
func mergeSpans(a, b []Span) []Span {
	all := slices.Concat(a, b)
	slices.SortFunc(all, func(x, y Span) int { return x.Start - y.Start })
	out := all[:0]
	for _, s := range all {
		if n := len(out); n > 0 && s.Start < out[n-1].End {
			out[n-1].End = max(out[n-1].End, s.End)
			continue
		}
		out = append(out, s)
	}
	return out
}

// Disfluencies finds the disfluencies of verbatim speech in text[start:end]
// and returns their byte spans, in order:
//
//   - fillers: "um", "uh", "er", "erm", "ah", "hmm" and their spellings;
//   - a word said twice in a row ("the the"), with nothing but space, a
//     dash or a filler between, or a pair or triple of words said twice with
//     a dash or a filler between ("I think -- I think"): the first saying is
//     the disfluency. Words people double on purpose ("very very", "no no",
//     "that that") are not;
//   - a false start: one to four words broken off with "--" and begun again
//     ("we were -- we are ready"), when the fragment is at most two words or
//     the new start repeats one of its words. A pair of dashes around a
//     short phrase within one sentence is a parenthesis, not a false start.
//
// A quotation that leaves them out is still the speaker's words.
//
// Words are the matches of dfWordRE, found by nextDfWord; two words are the
// same when their lower-case forms, with ’ read as ', are equal. The form is
// not built for a word of ASCII letters and ’ (wordsEqual and dfLookup read
// it in place); other words are lower-cased with strings.ToLower, which
// allocates only when it changes something. A turn can have none of the
// three kinds, and returns before anything else is done, when it has no
// filler, no "--", no word said again after nothing but space and dashes
// ("the the"), and no word equal to the one two or three before it with a
// dash or an ellipsis before it (a repeated phrase is broken off so): in
// prose most turns. The tests hold this function equal to the first
// version, kept there as disfluenciesRef.
func Disfluencies(text string, start, end int) []Span {
	seg := text[start:end]
	// a false start needs "--" in a gap, which is within seg
	if !strings.Contains(seg, "--") && !dfMaybe(seg) {
		return nil
	}
	sc := dfScratches.Get().(*dfScratch)
	defer sc.put()
	ws := sc.ws[:0]
	for off := 0; ; {
		s, e, kind := nextDfWord(seg, off)
		if s < 0 {
			break
		}
		off = e
		w := dfWord{s: start + s, e: start + e}
		w.norm, w.plain = dfNorm(seg[s:e], kind)
		w.key = dfKey(w.norm, kind)
		w.filler = dfFiller(&w)
		ws = append(ws, w)
	}
	sc.ws = ws
	// gapAt(i) is the text before ws[i]; gapAt(len(ws)) the text after the last
	gapAt := func(i int) string {
		lo, hi := start, end
		if i > 0 {
			lo = ws[i-1].e
		}
		if i < len(ws) {
			hi = ws[i].s
		}
		return text[lo:hi]
	}
	mark := slices.Grow(sc.mark[:0], len(ws))[:len(ws)]
	sc.mark = mark
	// fillers
	for i, w := range ws {
		mark[i] = w.filler
	}
	// repeats of one to three words, fillers between them left aside:
	// "will, um, will" is a repeat
	idx := sc.idx[:0]   // the words that are not fillers
	keys := sc.keys[:0] // and their keys
	defer func() { sc.idx, sc.keys = idx, keys }()
	for i := range ws {
		if !mark[i] {
			idx = append(idx, i)
			keys = append(keys, ws[i].key)
		}
	}
	// gapOf(k) tells whether only space, dashes or fillers come before
	// idx[k] (k > 0), and whether that is more than space: a dash or a
	// filler. It is asked of the few words a repeat may cover only.
	gapOf := func(k int) (q, broken bool) {
		j, i := idx[k-1], idx[k]
		if i-j > 1 {
			// fillers between: their commas go with them
			q = quietAround(text, ws[j+1:i], ws[j].e, ws[i].s)
			return q, q
		}
		between := text[ws[j].e:ws[i].s]
		q = quiet(between)
		return q, q && !onlySpace(between)
	}
	for n := 1; n <= 3; n++ {
		for i := 0; i+2*n <= len(idx); i++ {
			if keys[i] != keys[i+n] {
				continue
			}
			same := true
			for k := 0; k < n && same; k++ {
				same = keys[i+k] == keys[i+n+k] && !mark[idx[i+k]] && ws[idx[i+k]].same(&ws[idx[i+n+k]])
			}
			for k := 1; k <= 2*n-1 && same; k++ {
				same, _ = gapOf(i + k)
			}
			// a phrase said twice runs on in plain speech ("looking at
			// this at this time" may be meant); it is a repeat when broken
			// off with a dash or a filler
			if !same || n == 1 && dfLookup(doubled, ws[idx[i]].norm) {
				continue
			}
			if n > 1 {
				if _, broken := gapOf(i + n); !broken {
					continue
				}
			}
			for k := 0; k < n; k++ {
				mark[idx[i+k]] = true
			}
		}
	}
	// false starts: "--" after a fragment of one to four words
	boundary := func(g string) bool { return strings.ContainsAny(g, ".?!;:,\n") || strings.Contains(g, "--") }
	for at := 0; ; {
		// only a gap holding "--" can end a fragment: each such gap once,
		// found from the next "--" of seg (a word holds none); i is the
		// word after it
		k := strings.Index(seg[at:], "--")
		if k < 0 {
			break
		}
		p := start + at + k
		i := sort.Search(len(ws), func(j int) bool { return ws[j].s > p })
		if i == len(ws) {
			break
		}
		at = ws[i].s - start
		if i == 0 || strings.ContainsAny(gapAt(i), ".?!") {
			continue
		}
		// the fragment: back to a boundary
		lo := i - 1
		for lo > 0 && !boundary(gapAt(lo)) && i-lo <= 4 {
			lo--
		}
		if i-lo > 4 || lo > 0 && !boundary(gapAt(lo)) {
			continue
		}
		// a dash pair around a phrase is a parenthesis
		paired := strings.Contains(gapAt(lo), "--")
		for k := i + 1; k < len(ws) && k <= i+10 && !paired; k++ {
			if strings.Contains(gapAt(k), "--") {
				paired = true
			}
			if strings.ContainsAny(gapAt(k), ".?!") {
				break
			}
		}
		if paired {
			continue
		}
		restart := false
		for k := lo; k < i; k++ {
			if ws[k].same(&ws[i]) {
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

// dfMaybe tells whether seg has a filler or a word that may end a
// repeat, reading its words once and keeping the last three. Without a
// filler, every word takes part in the search for repeats, and a repeat
// of n words (n ≤ 3) has its n+1st word equal to its first, with only
// space and dashes between them, and, for n > 1, a dash or an ellipsis
// before it.
func dfMaybe(seg string) bool {
	var last [3]dfWord // word k at last[k%3]
	prevEnd := 0
	for n, off := 0, 0; ; n++ {
		s, e, kind := nextDfWord(seg, off)
		if s < 0 {
			return false
		}
		off = e
		w := dfWord{s: s, e: e}
		w.norm, w.plain = dfNorm(seg[s:e], kind)
		w.key = dfKey(w.norm, kind)
		if dfFiller(&w) {
			return true
		}
		p1, p2, p3 := &last[(n+2)%3], &last[(n+1)%3], &last[n%3]
		if n > 0 && w.key == p1.key && w.same(p1) && quiet(seg[prevEnd:s]) ||
			(n > 1 && w.key == p2.key && w.same(p2) || n > 2 && w.key == p3.key && w.same(p3)) &&
				quiet(seg[prevEnd:s]) && !onlySpace(seg[prevEnd:s]) {
			return true
		}
		last[n%3] = w
		prevEnd = e
	}
}

// dfFiller: the word is a filler.
func dfFiller(w *dfWord) bool {
	return len(w.norm) <= dfFillerLen && dfFillerFirst[dfLower(w.norm[0])] && dfIsFiller(w.key)
}

// dfWord is a word of Disfluencies: its span, its form for comparison (see
// dfNorm) and whether it is a filler.
type dfWord struct {
	s, e   int
	norm   string
	key    uint64 // dfKey(norm)
	plain  bool   // norm is the lower-case form itself
	filler bool
}

// same: the two words have the same lower-case form.
func (w *dfWord) same(o *dfWord) bool {
	if w.key != o.key {
		return false
	}
	if w.key < dfHashed {
		return true
	}
	if w.plain && o.plain {
		return w.norm == o.norm
	}
	return wordsEqual(w.norm, o.norm)
}

// dfScratch is the memory of one call of Disfluencies, kept for the next:
// a record's turns are many, and their words would otherwise be a good part
// of what the record allocates.
type dfScratch struct {
	ws   []dfWord
	mark []bool
	idx  []int
	keys []uint64
}

var dfScratches = sync.Pool{New: func() any { return new(dfScratch) }}

// put returns the scratch to the pool, without the strings of the text it
// held.
func (sc *dfScratch) put() {
	clear(sc.ws)
	dfScratches.Put(sc)
}

// dfWordRE is the specification of a word for Disfluencies; nextDfWord
// finds its matches by hand, and the tests hold the two equal.
var dfWordRE = regexp.MustCompile(`[\p{L}\p{N}][\p{L}\p{N}\p{M}'’]*(?:-[\p{L}\p{N}][\p{L}\p{N}\p{M}'’]*)*`)

// dfClass of an ASCII byte: dfStart for [A-Za-z0-9], which may begin a
// word; dfInner for the apostrophe, which may only continue one.
var dfClass = func() (t [utf8.RuneSelf]uint8) {
	for c := 0; c < utf8.RuneSelf; c++ {
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
			t[c] = dfStart
		case c == '\'':
			t[c] = dfInner
		}
	}
	return
}()

const (
	dfStart = 1 + iota // [\p{L}\p{N}]
	dfInner            // [\p{M}'’]: within a word only
)

// dfRune classes the rune at text[i:] and returns its size.
func dfRune(text string, i int) (uint8, int) {
	if c := text[i]; c < utf8.RuneSelf {
		return dfClass[c], 1
	}
	r, size := utf8.DecodeRuneInString(text[i:])
	switch {
	case unicode.IsLetter(r) || unicode.IsNumber(r):
		return dfStart, size
	case r == '’' || unicode.Is(unicode.M, r):
		return dfInner, size
	}
	return 0, size
}

// nextDfWord finds the next match of dfWordRE at or after off: -1, -1 when
// there is none. kind tells what the word has besides ASCII lower-case
// letters, digits and apostrophes: dfUpper, dfWide or both.
func nextDfWord(text string, off int) (start, end int, kind uint8) {
	for i := off; i < len(text); {
		c, size := dfRune(text, i)
		if c != dfStart {
			i += size
			continue
		}
		j := i
		for j < len(text) {
			if b := text[j]; b < utf8.RuneSelf {
				if dfClass[b] != 0 {
					if b >= 'A' && b <= 'Z' {
						kind |= dfUpper
					}
					j++
					continue
				}
				// "-" and a letter or digit go on
				if b == '-' && j+1 < len(text) {
					if c2, _ := dfRune(text, j+1); c2 == dfStart {
						j++
						continue
					}
				}
				break
			}
			c, size := dfRune(text, j)
			if c == 0 {
				break
			}
			kind |= dfWide
			j += size
		}
		return i, j, kind
	}
	return -1, -1, 0
}

const (
	dfUpper = 1 << iota // an ASCII capital
	dfWide              // a character beyond ASCII
)

// dfNorm is the form of a word of the given kind for comparison: the word
// itself when it is of ASCII letters, digits and apostrophes (straight or
// ’), to be read with dfByte; else the word lower-cased with ’ as '. plain
// tells that the form is the lower-case form as it stands: no capital and
// no ’ to read.
func dfNorm(w string, kind uint8) (norm string, plain bool) {
	if kind&dfWide == 0 {
		return w, kind == 0
	}
	plain = kind&dfUpper == 0
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			if strings.HasPrefix(w[i:], "’") {
				plain = false
				i += len("’") - 1
				continue
			}
			return strings.ToLower(strings.ReplaceAll(w, "’", "'")), true
		}
	}
	return w, plain
}

// dfKey is a word's lower-case form (its norm read with dfByte) as a
// number: the form itself, its bytes packed, when it is at most eight ASCII
// bytes, so that two such words are the same exactly when their keys are
// equal; else a hash of the form with the top bit (dfHashed) set, so that
// words with different keys differ and equal keys are to be confirmed.
func dfKey(norm string, kind uint8) uint64 {
	if kind&dfWide == 0 {
		// ASCII letters, digits, apostrophes and hyphens: c|0x20 is the
		// lower case of each
		if len(norm) <= 8 {
			var k uint64
			for i := len(norm) - 1; i >= 0; i-- {
				k = k<<8 | uint64(norm[i]|0x20)
			}
			return k
		}
		h := uint64(dfHashSeed)
		for i := 0; i < len(norm); i++ {
			h = (h ^ uint64(norm[i]|0x20)) * dfHashPrime
		}
		return h | dfHashed
	}
	var k uint64
	h := uint64(dfHashSeed)
	n, wide := 0, false
	for i := 0; i < len(norm); n++ {
		c, size := dfByte(norm, i)
		i += size
		if c >= utf8.RuneSelf {
			wide = true
		}
		if n < 8 {
			k |= uint64(c) << (8 * n)
		}
		h = (h ^ uint64(c)) * dfHashPrime
	}
	if !wide && n <= 8 {
		return k
	}
	return h | dfHashed
}

const (
	dfHashed    = 1 << 63
	dfHashSeed  = 14695981039346656037 // FNV-1a
	dfHashPrime = 1099511628211
)

// dfFillerKeys are the keys of the fillers.
var dfFillerKeys = func() (keys []uint64) {
	for f, ok := range fillers {
		if ok {
			keys = append(keys, dfKey(f, 0))
		}
	}
	return
}()

// dfIsFiller: the word of this key is a filler, as dfLookup(fillers, norm)
// tells.
func dfIsFiller(key uint64) bool {
	for _, k := range dfFillerKeys {
		if k == key {
			return true
		}
	}
	return false
}

// dfFillerLen and dfFillerFirst are the longest filler and the letters
// fillers begin with: a word that is longer or begins otherwise is none.
var dfFillerLen, dfFillerFirst = func() (n int, first [256]bool) {
	for f := range fillers {
		n = max(n, len(f))
		first[f[0]] = true
	}
	return
}()

func dfLower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// dfByte reads the byte of a norm at i as the lower-case form would have
// it, and how many bytes of the norm it stands for.
func dfByte(s string, i int) (byte, int) {
	c := s[i]
	switch {
	case c >= 'A' && c <= 'Z':
		return c + 'a' - 'A', 1
	case c == 0xe2 && strings.HasPrefix(s[i:], "’"):
		return '\'', len("’")
	}
	return c, 1
}

// wordsEqual tells whether two norms stand for the same lower-case form. A
// lower-cased norm has no ASCII capital and no ’, so dfByte reads it as it
// is.
func wordsEqual(a, b string) bool {
	if len(a) == len(b) && a == b {
		return true
	}
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		ca, na := dfByte(a, i)
		cb, nb := dfByte(b, j)
		if ca != cb {
			return false
		}
		i, j = i+na, j+nb
	}
	return i == len(a) && j == len(b)
}

// dfLookup looks up the lower-case form of a norm in a table of short
// words, without building it.
func dfLookup(m map[string]bool, norm string) bool {
	var buf [8]byte
	n := 0
	for i := 0; i < len(norm); {
		if n == len(buf) {
			return false // longer than any word of the tables
		}
		c, size := dfByte(norm, i)
		buf[n] = c
		n++
		i += size
	}
	return m[string(buf[:n])]
}

// quiet: g is only space, dashes and ellipses.
func quiet(g string) bool {
	for i := 0; i < len(g); {
		if c := g[i]; c < utf8.RuneSelf {
			if c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '-' {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(g[i:])
		if r != '—' && r != '–' && r != '…' {
			return false
		}
		i += size
	}
	return true
}

// onlySpace: strings.TrimSpace(g) == "".
func onlySpace(g string) bool {
	for i := 0; i < len(g); i++ {
		switch g[i] {
		case ' ', '\t', '\n', '\v', '\f', '\r':
		default:
			return strings.TrimSpace(g[i:]) == ""
		}
	}
	return true
}

// quietAround: the text from lo to hi, with the words ws (all within it)
// and commas taken out, is quiet. Taking bytes out of invalid UTF-8 can make
// a new character of those around them, so that case is done as written.
func quietAround(text string, ws []dfWord, lo, hi int) bool {
	if !utf8.ValidString(text[lo:hi]) {
		var sb strings.Builder
		for _, w := range ws {
			sb.WriteString(text[lo:w.s])
			lo = w.e
		}
		sb.WriteString(text[lo:hi])
		return quiet(strings.ReplaceAll(sb.String(), ",", ""))
	}
	for _, w := range ws {
		if !quietComma(text[lo:w.s]) {
			return false
		}
		lo = w.e
	}
	return quietComma(text[lo:hi])
}

// quietComma: g is only space, dashes, ellipses and commas.
func quietComma(g string) bool {
	for len(g) > 0 {
		i := strings.IndexByte(g, ',')
		if i < 0 {
			return quiet(g)
		}
		if !quiet(g[:i]) {
			return false
		}
		g = g[i+1:]
	}
	return true
}

var fillers = map[string]bool{
	"um": true, "umm": true, "ummm": true, "uh": true, "uhh": true, "uhm": true, "er": true, "erm": true,
	"ah": true, "hmm": true, "mm": true, "mhm": false,
}

// doubled are words that people say twice on purpose.
var doubled = map[string]bool{
	"very": true, "really": true, "no": true, "yes": true, "so": true, "that": true, "had": true, "is": true,
	"never": true, "many": true, "much": true, "more": true, "far": true, "long": true, "bye": true, "ha": true,
	"please": true, "now": true, "well": true, "go": true, "knock": true, "again": true, "over": true,
}
