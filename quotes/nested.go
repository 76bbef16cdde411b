package quotes

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// nestedSpan is a quotation inside another one's words.
type nestedSpan struct {
	open, close int  // the opening mark's offset, and the offset just past the closing mark
	words       Span // the quoted words, marks excluded, trimmed
}

// nestedClosers maps the marks that open a quotation nested in another to
// the marks that close it. Straight single marks are left out: in running
// text they are apostrophes far more often than marks.
var nestedClosers = map[rune]string{'‘': "’", '“': "”", '"': "\"", '«': "»", '「': "」", '『': "』"}

// maxNested is how far after its opening mark a nested quotation must
// close: quotations inside quotations are short, and the bound keeps the
// scan linear in the quotation's length.
const maxNested = 600

// nestedIn finds the quotations nested in the words p (one paragraph's
// piece) of a quotation: ‘…’, "…" and “…” inside “…”, and «…», 「…」
// and 『…』 pairs (see nestedClosers). A mark opens where an opening mark
// stands (after a space, before a word), a single ‘ not before a figure
// or a clipped word ("the ‘90s", "‘til dawn", typed for ’); a single ’
// closes only where no letter follows it, so apostrophes ("don’t",
// "’90s") are no marks, and a straight " only where it does not look like
// an opening one. Nested quotations inside
// nested ones are part of theirs.
func nestedIn(text string, p Span) []nestedSpan {
	var out []nestedSpan
	// the next closing mark of each family at or after an offset: closes
	// do not depend on the opening mark, so each stretch is read once
	type seen struct{ from, at int } // no close in [from, at); at: a close, or the end read
	cache := map[string]seen{}
	closeAfter := func(closes string, from int) (int, int) {
		limit := min(p.End, from+maxNested)
		c, ok := cache[closes]
		k := from
		if ok && from >= c.from && from <= c.at {
			k = c.at
		}
		for k < limit {
			r, size := utf8.DecodeRuneInString(text[k:p.End])
			if strings.ContainsRune(closes, r) && (r != '’' || singleCloses(text, k, size, p)) && (r != '"' || !looksOpening(text, k, p)) {
				cache[closes] = seen{from, k}
				return k, size
			}
			k += size
		}
		cache[closes] = seen{from, k}
		return -1, 0
	}
	for off := p.Start; off < p.End; {
		r, size := utf8.DecodeRuneInString(text[off:p.End])
		closes, ok := nestedClosers[r]
		if !ok || !looksOpening(text, off, p) || r == '‘' && clippedAfter(text, off+size, p) {
			off += size // an apostrophe typed with the opening shape: "the ‘90s", "‘til"
			continue
		}
		end, csize := closeAfter(closes, off+size)
		if end < 0 {
			off += size
			continue
		}
		if w := trimQuoted(text, Span{off + size, end}); w.End > w.Start {
			out = append(out, nestedSpan{open: off, close: end + csize, words: w})
		}
		off = end + csize
	}
	return out
}

// clippedAfter tells whether the single mark just before at is an
// apostrophe though it stands where an opening mark does: no letter
// follows it ("the ‘90s", typed with the opening shape) or a word
// clipped at its start does ("‘til", "‘em", "rock ‘n’ roll"); for nested
// marks and straight single ones alike (straightSingleOpens).
func clippedAfter(text string, at int, p Span) bool {
	if next, _ := utf8.DecodeRuneInString(text[at:p.End]); !unicode.IsLetter(next) {
		return true
	}
	w := wordRE.FindString(text[at:min(p.End, at+8)])
	return elisions[strings.ToLower(strings.TrimRight(w, "'’"))]
}

// addNested adds after each quotation the quotations nested in it, each a
// quotation of its own with Nested set: "As a nurse I’d rather live in
// what he calls “hell”" quotes "hell" as someone's words, and "To quote
// Ann Lowell, ‘…’" quotes Lowell. Its speaker is the one a cue inside the
// quotation names (nestedCue); with none it has no speaker, and a short
// one is a term or scare quote as anywhere else. Titles of works and
// quotations not to check hold none. The outer quotation keeps the places
// of those that quote someone else than its speaker (Quote.Inner).
func (a *Article) addNested() {
	var qs []Quote
	var rs []rawQuote
	for i, q := range a.Quotes {
		qs, rs = append(qs, q), append(rs, a.raw[i])
		if q.Skip != "" {
			continue
		}
		outer := len(qs) - 1
		for _, p := range q.Pieces {
			for _, n := range nestedIn(a.Doc.Text, p) {
				nq := Quote{Span: n.words, Pieces: []Span{n.words}, Text: a.Doc.prose(n.words), Nested: true}
				nq.AttributedTo, nq.Speaker, nq.Attribution = a.nestedCue(n, p, q)
				r := rawQuote{pieces: nq.Pieces, open: n.open, close: n.close, para: a.raw[i].para, first: a.raw[i].para}
				a.classifySkip(&nq, nq.Attribution != AttrNone, r)
				qs, rs = append(qs, nq), append(rs, r)
				if nq.Speaker == "" || !a.sameName(nq.Speaker, q.Speaker) {
					qs[outer].Inner = append(qs[outer].Inner, Span{n.open, n.close})
				}
			}
		}
	}
	if len(qs) > len(a.Quotes) {
		a.Quotes, a.raw = qs, rs
	}
}

// words are the words of text[from:to], cut to the last sentence or
// clause (after a sentence's end, a ? or !, or a semicolon) when last, or
// to the first one otherwise.
func words(text string, from, to int, last bool) []word {
	ws := nestedTokens(text, from, to)
	for k := 1; k < len(ws); k++ {
		prev := ws[k-1]
		if strings.ContainsAny(text[prev.end:ws[k].start], "?!") || prev.s == ";" ||
			strings.HasSuffix(prev.s, ".") && endsSentence(text, prev.end, to, prev.s) {
			if !last {
				return ws[:k]
			}
			ws, k = ws[k:], 0
		}
	}
	return ws
}

// nestedTokens are the words of text[from:to], inside a quotation: no
// placeholders of quotations among them, periods trimmed off lower.
func nestedTokens(text string, from, to int) []word {
	var ws []word
	for _, m := range wordRE.FindAllStringIndex(text[from:to], -1) {
		s := text[from+m[0] : from+m[1]]
		ws = append(ws, word{s: s, lower: strings.ToLower(strings.TrimRight(s, ".")), start: from + m[0], end: from + m[1], quote: -1})
	}
	return ws
}

// namingVerbs give a thing a name in someone's words: "what he calls
// “hell”", "she called it ‘a farce’".
var namingVerbs = setOf(`call calls called calling dub dubs dubbed label labels labelled labeled`)

// quotingVerbs put the one quoted after them: "To quote Ann Lowell, ‘…’".
var quotingVerbs = setOf(`quote quoting quoted citing paraphrase paraphrasing`)

// catenatives stand between a speaker and a verb of speech as auxiliaries
// do: "he keeps saying", "she likes to say", "he used to call it".
var catenatives = setOf(`keep keeps kept like likes liked love loves loved use used to began begins started starts start go goes went`)

// nestedObjects stand between a verb of naming or speech and the words it
// gives: "called it ‘…’", "told me, ‘…’".
var nestedObjects = setOf(`it them him her me us you this that`)

// nestedCue reads who speaks the quotation n nested in the outer
// quotation q, from q's words around it (p, the piece holding it):
//   - a subject and a verb of speech or naming right before it: "he told
//     me, ‘…’", "what he calls “…”", "Lowell said ‘…’";
//   - one right after it: "‘…,’ he said", "‘…,’ said Lowell";
//   - a verb of quoting and a name: "To quote Ann Lowell, ‘…’".
//
// "I" and "we" are the outer speaker; "he" and "she" are the person the
// outer quotation names before, or no one, and "they" no one
// (nestedSubject); a
// name is the article's person of that name, or the name itself when it
// may be a person's. A negated verb ("he never said ‘…’") is no cue.
func (a *Article) nestedCue(n nestedSpan, p Span, q Quote) (string, string, AttributionKind) {
	text := a.Doc.Text
	before := words(text, max(p.Start, n.open-200), n.open, true)
	for len(before) > 0 && strings.Contains(",:—–", before[len(before)-1].s) {
		before = before[:len(before)-1]
	}
	if v := len(before) - 1; v >= 0 {
		if v >= 1 && nestedObjects[before[v].lower] && (speechVerbs[before[v-1].lower] || namingVerbs[before[v-1].lower]) {
			v--
		}
		if speechVerbs[before[v].lower] || namingVerbs[before[v].lower] {
			s := v - 1
			for s >= 0 && (auxiliaries[before[s].lower] || isAdverb(before[s].lower) || catenatives[before[s].lower]) {
				s--
			}
			if s >= 0 && !negated(before[s+1:v+1]) {
				if as, who, kind := a.nestedSubject(before[:s+1], q, p); kind != AttrNone {
					return as, who, kind
				}
			}
		}
		// "To quote Ann Lowell, ‘…’": a name after a verb of quoting
		k := v
		for k >= 0 && before[k].isCap() {
			k--
		}
		if k >= 0 && k < v && quotingVerbs[before[k].lower] {
			if as, who, kind := a.nestedName(before[k+1 : v+1]); kind != AttrNone {
				return as, who, kind
			}
		}
	}
	// "‘…,’ he said" and "‘…,’ said Lowell"
	if tail := strings.TrimSpace(text[n.words.End:n.close]); strings.ContainsAny(tail, ",?!") || strings.HasPrefix(strings.TrimSpace(text[n.close:p.End]), ",") {
		after := words(text, n.close, min(p.End, n.close+200), false)
		if len(after) > 0 && after[0].s == "," {
			after = after[1:]
		}
		if len(after) >= 2 && speechVerbs[after[1].lower] {
			if as, who, kind := a.nestedSubject(after[:1], q, p); kind != AttrNone {
				return as, who, kind
			}
		}
		if len(after) >= 2 && speechVerbs[after[0].lower] {
			k := 1
			for k < len(after) && k <= 4 && after[k].isCap() {
				k++
			}
			if as, who, kind := a.nestedName(after[1:k]); kind != AttrNone {
				return as, who, kind
			}
		}
	}
	return "", "", AttrNone
}

// negated tells whether the words hold a negation: "never", "not", "n't".
func negated(ws []word) bool {
	for _, w := range ws {
		if w.lower == "never" || w.lower == "not" || strings.HasSuffix(w.lower, "n't") || strings.HasSuffix(w.lower, "n’t") {
			return true
		}
	}
	return false
}

// nestedSubject reads the subject that ends ws, the words before a verb of
// speech inside q (p, the piece of q's words that holds them): a pronoun
// or a name.
func (a *Article) nestedSubject(ws []word, q Quote, p Span) (string, string, AttributionKind) {
	w := ws[len(ws)-1]
	switch w.lower {
	case "i", "we":
		return w.s, q.Speaker, AttrPronoun
	case "they":
		return w.s, "", AttrPronoun // no one person: the words are checked against everyone
	case "he", "she":
		// the person the quotation names before it ("Kemp won’t stop. He
		// keeps saying ‘trust me’"), of the pronoun's gender and not the
		// quotation's speaker; else the pronoun stays unresolved and the
		// words are checked against everyone: the narrative's people are
		// not whom quoted speech means ("As a nurse I’d rather live in
		// what he calls “hell”" speaks of someone the nurse does not name)
		g := pronounGender(w.lower)
		named := nestedTokens(a.Doc.Text, max(p.Start, w.start-maxNested), w.start)
		for k := len(named) - 1; k >= 0; k-- {
			if !named[k].isCap() {
				continue
			}
			if _, who, kind := a.nestedName(named[k : k+1]); kind == AttrNamed && !a.sameName(who, q.Speaker) && !a.genderDisagrees(who, g) {
				return w.s, who, AttrPronoun
			}
		}
		return w.s, "", AttrPronoun
	}
	k := len(ws) - 1
	for k >= 0 && k >= len(ws)-4 && ws[k].isCap() {
		k--
	}
	// the longest run of those words that is a name: "Yesterday Kemp" is
	// Kemp, "On Monday Kemp" too
	for s := k + 1; s < len(ws); s++ {
		if as, who, kind := a.nestedName(ws[s:]); kind != AttrNone {
			return as, who, kind
		}
	}
	return "", "", AttrNone
}

// nestedName reads ws, capitalised words, as a name: the article's person
// of that name, else the name itself when it may be a person's. Words that
// open sentences ("But", "The") are no part of it.
func (a *Article) nestedName(ws []word) (string, string, AttributionKind) {
	for len(ws) > 0 && (determiners[ws[0].lower] || conjunctions[ws[0].lower] || clauseOpeners[ws[0].lower] || pronouns[ws[0].lower] || ws[0].lower == "i") {
		ws = ws[1:]
	}
	if len(ws) == 0 {
		return "", "", AttrNone
	}
	name := trimPossessive(strings.TrimRight(joinWords(ws), "."))
	if who, ok := a.resolveQuiet(phrase{text: name, kind: AttrNamed}); ok {
		return name, who, AttrNamed
	}
	if len(ws) >= 2 && mayBePerson(name) || len(ws) == 1 && a.isKnown(name) {
		return name, stripTitles(name), AttrNamed
	}
	return "", "", AttrNone
}

// isKnown tells whether name is the surname of one of the record's
// speakers the article was told of.
func (a *Article) isKnown(name string) bool {
	return slices.Contains(a.known, strings.ToLower(name))
}
