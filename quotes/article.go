package quotes

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is a byte range [Start, End) of a file.
type Span struct{ Start, End int }

// AttributionKind says how a quote's speaker was found in the article.
type AttributionKind int

const (
	AttrNone        AttributionKind = iota // no speaker identified
	AttrNamed                              // a name: "Blinken said"
	AttrPronoun                            // "he said", resolved to the person it refers to
	AttrDescription                        // "the defense minister said", resolved
	AttrCarried                            // no cue: the previous speaker goes on
)

var attrNames = [...]string{"none", "named", "pronoun", "description", "carried"}

func (k AttributionKind) String() string {
	if int(k) < len(attrNames) {
		return attrNames[k]
	}
	return "none"
}

// MarshalText gives the kind's word, as used in JSON.
func (k AttributionKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText reads a kind's word.
func (k *AttributionKind) UnmarshalText(b []byte) error {
	for i, n := range attrNames {
		if string(b) == n {
			*k = AttributionKind(i)
			return nil
		}
	}
	return &Error{File: "attribution", Msg: "unknown attribution kind " + string(b)}
}

// Quote is one quotation of an article.
type Quote struct {
	Span                // the quoted words, marks excluded, outer space trimmed
	Pieces       []Span // one span per paragraph of a quote that runs over several
	Text         string // the quoted words as written (pieces joined by a space)
	AttributedTo string // the speaker as the article gives it: "Blinken", "he", "the defense minister"
	Speaker      string // the person that resolves to within the article: "Antony J. Blinken"
	Attribution  AttributionKind
	Skip         string // non-empty when this is not a quotation to check: the reason
	// Nested: the quotation stands inside another one of the article, the
	// words its speaker quotes ("He told me, ‘I will stay’"); it follows
	// that quotation in Quotes
	Nested bool
	// Inner: the quotations nested in this one that are not its speaker's
	// own words (someone else's, or no one's named: a term, a title),
	// marks included, so that a check can tell the speaker's own words
	// from those they quote
	Inner []Span
}

// Article is a draft or published story and the quotations found in it.
type Article struct {
	Doc      *Doc
	Quotes   []Quote
	Warnings []Warning
	People   []*Person // the people the article names, in order of first mention
	// trades: the titles an apposition no person noun heads gives a full
	// name not yet taken for a person's (addTrades)
	trades map[string][]string

	raw        []rawQuote
	mentions   []mention         // in order of offset
	mentionsOf map[string][]int  // each person's mention offsets, in order
	namedAt    map[string][]int  // each known person's names in any role, offsets in order (noteNamed): for namedOfGenderNear only
	fullOf     map[string]string // a surname written alone: the one full name with a given name that ends in it
	fullHeads  map[string]bool   // the full names of fullOf that head a sentence as its subject
	top        string            // the person of the most subject mentions noted so far
	// subjectCount: each person's subject mentions, for top
	subjectCount map[string]int
	spoke        map[string]bool    // the people and bodies named as the speakers of quotations so far
	personish    map[string]bool    // mayBePerson of the names noted
	known        []string           // surnames of the record's speakers, lower case: hints for person names
	proper       map[string]bool    // words capitalised inside sentences (properWords)
	wordsOf      map[string]nameKey // words of names met, for sameName
	byWord       map[string][]int   // the indexes in People of the people whose names hold a word (peopleSharing)
	byLast       map[string][]int   // the indexes in People of the people whose names end in a word (peopleSharing)
	byName       map[string][]int   // the indexes in People of the people of a name, or who had it (lastMentionOf)
	byTitle      map[string][]int   // the indexes in People of the people who hold a title, in the order given (describedPerson)
	firsts       []int              // the indexes in People in order of first mention (latestFitting)
	issued       []issue            // documents the article says someone issued, in order of offset
	cued         []bool             // by quote: its sentence reports speech (hasCue)
	docIntros    []issue            // documents brought in by an indefinite noun phrase ("an email"), as written, in order of offset
	unnamed      []issue            // people brought in unnamed ("a young woman"), by head noun, in order of offset
	called       []issue            // bodies brought in by the name they are called ("a group called …"), in order of offset
	things       []thing            // bodies and documents heading sentences, in order of offset (noteThing)
	pairs        []issue            // two people named together as a sentence's subject ("Reed and Lowell wrote"), in order of offset
	groups       []issue            // plural noun phrases of people heading sentences ("Top Kemp aides conceded"), by head noun, in order of offset (noteGroup)
	objectGroups []issue            // plural noun phrases of people after a preposition ("drew fire from Democrats in Congress"), in order of offset (noteObjectGroups)
	sentEnds     []int              // the end of each sentence's last word, in order
	paraStarts   []int              // the start of each paragraph, in order, as paragraphs reads them (paraBounds)
	pronounHeads []word             // the "he" or "she" that opens a sentence, in order (untitledTopic)
	asker        string             // the speaker of the question right before the quote being attributed, if any
	quotedOf     string             // the person named right before the quote being attributed, its clause's subject, whom its cue's pronoun is not
	author       string             // the writer the article names (a byline, a closing note on the writer), whom a narrator's "I" means
	headParas    map[int]bool       // the paragraphs that are headings (headingPara), by index
}

// issue is a document someone issued: "the museum issued a statement",
// "Ortiz said in a statement", "a report by the council".
type issue struct {
	noun, name string
	off        int
	named      bool   // the text names the maker with the document: "a lawsuit filed by Ann Lowell"
	doc        string // the document as the text brought it in: "a statement"
	until      int    // groups: the end of the sentence after the group's, past which "they" does not mean it
	// acts: a person brought in unnamed as one who acts, a sentence's
	// subject or a relative clause's ("A clerk was shaken", "said a
	// donor", "a clerk who saw it"), not an object ("a case of a teacher")
	acts bool
}

// openers maps each opening quotation mark to the marks that close it.
var openers = map[rune]string{
	'“': "”",  // English curly
	'„': "“”", // German „…“ (and Polish „…”)
	'«': "»",
	'»': "«", // Danish/German »…«
	'「': "」",
	'『': "』",
	'"': "\"",
}

func isCloserOnly(r rune) bool { return r == '”' || r == '」' || r == '』' }

// ParseArticle finds the quotations of an article and attributes each to a
// speaker. Problems such as unclosed quotation marks are warnings; the rest
// of the article is still read.
func ParseArticle(doc *Doc) *Article { return ParseArticleKnown(doc, nil) }

// ParseArticleKnown is ParseArticle told the names of people known to be
// speakers (the record's speakers), so that a bare surname such as "Emanuel"
// is taken for a person even where no title or speech verb says so.
func ParseArticleKnown(doc *Doc, known []string) *Article {
	a := &Article{Doc: doc}
	for _, k := range known {
		a.known = append(a.known, strings.ToLower(k))
	}
	paras := paragraphs(doc.Text)
	a.extract(paras)
	a.addQuoteSpans(paras) // quotations a reader knows without marks (article_detect.go)
	a.attribute(paras)
	a.addNested()
	a.fullSpeakerNames()
	a.repairNames()
	return a
}

// paragraphs splits text into paragraph spans. A blank line always ends a
// paragraph. A single line break ends one too unless the file is written in
// blank-line paragraphs with wrapped lines (Markdown, e-mail), found by
// counting: if at least a third of the line breaks between text lines are
// doubled, single breaks are taken for wrapping.
func paragraphs(text string) []Span {
	type line struct{ start, end int }
	var lines []line
	for off := 0; off <= len(text); {
		end := strings.IndexAny(text[off:], "\r\n")
		if end < 0 {
			lines = append(lines, line{off, len(text)})
			break
		}
		lines = append(lines, line{off, off + end})
		next := off + end + 1
		if text[off+end] == '\r' && next < len(text) && text[next] == '\n' {
			next++
		}
		off = next
		if off == len(text) {
			break
		}
	}
	blank := func(l line) bool { return strings.TrimSpace(strings.TrimPrefix(text[l.start:l.end], "\uFEFF")) == "" }
	single, double := 0, 0
	for i := 0; i+1 < len(lines); i++ {
		if blank(lines[i]) {
			continue
		}
		j := i + 1
		if !blank(lines[j]) {
			single++
			continue
		}
		for j < len(lines) && blank(lines[j]) {
			j++
		}
		if j < len(lines) {
			double++
		}
	}
	wrapped := double > 0 && double*2 >= single
	var paras []Span
	cur := Span{-1, -1}
	flush := func() {
		if cur.Start >= 0 {
			paras = append(paras, cur)
		}
		cur = Span{-1, -1}
	}
	for _, l := range lines {
		if blank(l) {
			flush()
			continue
		}
		if cur.Start >= 0 && (!wrapped && !wrappedLine(text[cur.Start:cur.End], text[l.start:l.end]) || listItem(text[l.start:l.end])) {
			flush() // (a list's item starts a block of its own, as in Markdown, even where single breaks wrap)
		}
		if cur.Start < 0 {
			cur.Start = l.start
		}
		cur.End = l.end
	}
	flush()
	return paras
}

// listItem tells whether a line opens an item of a bulleted or numbered
// list: a bullet ("- ", "* ", "• ", "+ ") or a number and a point or
// bracket ("1. ", "2) ") before its words. Each item is a paragraph of
// its own, so that a list of quotations each led by its speaker's name
// ("• Ann Lowell: “…”") gives each quotation its own speaker.
func listItem(line string) bool {
	s := strings.TrimLeft(line, " \t\uFEFF")
	r, size := utf8.DecodeRuneInString(s)
	switch r {
	case '-', '*', '•', '+', '◦', '▪':
		return strings.HasPrefix(s[size:], " ") || strings.HasPrefix(s[size:], "\t")
	}
	k := 0
	for k < len(s) && k < 3 && s[k] >= '0' && s[k] <= '9' {
		k++
	}
	return k > 0 && k+1 < len(s) && (s[k] == '.' || s[k] == ')') && s[k+1] == ' '
}

// wrappedLine tells whether line, after a single line break, goes on the
// paragraph so far (a text pasted with its lines broken, in paragraphs of
// one line each otherwise): the paragraph stops in mid-sentence, on no
// mark that may end one, and the line begins with a letter in lower case
// ("… “It has to be\ndone,” she said").
func wrappedLine(para, line string) bool {
	r, _ := utf8.DecodeRuneInString(line)
	if !unicode.IsLower(r) {
		return false
	}
	para = strings.TrimRightFunc(para, unicode.IsSpace)
	last, _ := utf8.DecodeLastRuneInString(para)
	return unicode.IsLetter(last) || last == ','
}

// photoCaption tells whether a paragraph is a photo's caption, which a
// plain-text article keeps between its paragraphs: it ends in a photo
// credit ("Gov. Ann Lowell listens during a news conference. (AP
// Photo/Staff)", "… (Photo: Harbor City Times)", "… REUTERS/Dan Kemp"),
// or opens on a label that says so ("[Photo: Gov. Ann Lowell listens …]").
// Attribution reads no sentence of it (an article's HTML figcaption is not
// read at all): the person it names speaks no quotation after it, and the
// speaker before it goes on past it.
func photoCaption(p string) bool {
	p = strings.TrimSpace(p)
	// (a credit holds "Photo" or a slash: the regular expression, slow,
	// reads only the few paragraphs that have one)
	return (strings.Contains(p, "/") || strings.Contains(p, "Photo") || strings.Contains(p, "PHOTO")) && photoCreditRE.MatchString(p) ||
		photoLabelRE.MatchString(p)
}

var (
	// a credit in brackets with the word Photo ("(AP Photo/Staff)", "(Photo
	// by Dan Kemp/Getty Images)", "[Photo: Harbor City Times]"), or an agency
	// in capitals and a slash after a sentence ("… conference. REUTERS/Staff")
	photoCreditRE = regexp.MustCompile(`(?:[(\[](?:[^()\[\]]*\s)?(?:Photo|PHOTO|Photograph)s?(?:\s*[:/)\]]|\s+(?:by|credit|courtesy)\b)[^()\[\]]*[)\]]|(?:^|[.!?]\s+)\p{Lu}{2,}(?:\s\p{Lu}{2,})*\s?/\s?\p{Lu}[\p{L}'’\-]*(?:\s\p{Lu}[\p{L}'’\-]*)*)\.?$`)
	// a label opening the paragraph: "Photo:", "[Photo: …]", "CAPTION:"
	photoLabelRE = regexp.MustCompile(`^[(\[]?(?i:photo|photograph|caption)s?\s*:`)
)

// rawQuote is a quotation found by the mark scanner, before attribution.
type rawQuote struct {
	pieces []Span // inner spans, marks excluded
	open   int    // offset of the first opening mark
	close  int    // offset just past the closing mark
	para   int    // index of the paragraph it ends in
	first  int    // index of the paragraph it starts in
}

func (a *Article) warn(off int, msg string) {
	a.Warnings = append(a.Warnings, Warning{File: a.Doc.Name, Offset: off, Pos: a.Doc.Position(off), Msg: msg})
}

// extract scans each paragraph for quotation marks. Single quotes are read
// as nested quotations or apostrophes, except in a heading (the first
// paragraph, short, and a deck under it), in a text with no double marks at
// all, or in one whose double marks all stand inside single-mark quotations
// (singleQuoted: 'He told me, "Call me,"' Reed said), where they quote,
// curly (‘…’) or straight ('…', see straightSingleOpens): there a ’
// or ' closes only when no letter follows it, so apostrophes go on; two apostrophes (”) are a straight double mark, as some wire copy
// types it. A quotation still open at the end of a paragraph continues if the next
// paragraph opens with a quotation mark (the convention for speech running
// over paragraphs); otherwise it is reported as unclosed and dropped.
func (a *Article) extract(paras []Span) {
	text := a.Doc.Text
	var cur *rawQuote
	var closes string
	var pieceStart int
	nested := 0 // straight quotations open inside a curly one
	same := 0   // curly quotations open inside a curly one
	inner := "" // closing marks of a quotation of another family open inside: «… “…” …», 「…『…』…」
	singleStyle := !strings.ContainsAny(text, doubleMarks) && !strings.Contains(text, "''") || singleQuoted(text, paras)
	var seen closeSeen // straightSingleOpens' memory
	// open starts a quotation at the mark text[at:at+size], closed by a
	// mark of c, in paragraph pi
	open := func(at, size, pi int, c string) {
		cur = &rawQuote{open: at, first: pi}
		nested, inner, same = 0, "", 0
		closes = c
		pieceStart = at + size
	}
	for pi, p := range paras {
		off := p.Start
		singles := singleStyle || pi == 0 && headingLike(text[p.Start:p.End]) || pi == 1 && deck(text, paras)
		if cur != nil {
			// a quote carried over from the previous paragraph: this
			// paragraph must open with a mark of the same family
			s := strings.TrimLeft(text[p.Start:p.End], " \t\uFEFF")
			r, size := utf8.DecodeRuneInString(s)
			if strings.HasPrefix(s, "''") {
				r, size = '"', 2
			}
			if c, ok := openers[r]; ok && c == closes {
				off = p.End - len(s) + size
				pieceStart = off
			} else {
				a.warn(cur.open, "quotation mark is never closed; this quotation is not checked")
				cur = nil
			}
		}
		for off < p.End {
			r, size := utf8.DecodeRuneInString(text[off:p.End])
			if r == '\'' && strings.HasPrefix(text[off:p.End], "''") {
				r, size = '"', 2 // two apostrophes typed for a double mark: ''like this''
			}
			if cur != nil && r == '\'' && closes == "\"" && strings.HasPrefix(text[cur.open:], "''") && mangledClose(text, off, p) {
				// '.' typed for the closing two apostrophes before a
				// bracket or the paragraph's end: …popularity.'.')
				cur.pieces = append(cur.pieces, Span{pieceStart, off})
				cur.close = off + 3
				cur.para = pi
				a.addRaw(*cur)
				cur = nil
				off += 3
				continue
			}
			if cur != nil && nested > 0 && r == '"' && !looksOpening(text, off, p) {
				nested-- // closes a straight quotation inside a curly one
				off += size
				continue
			}
			if cur != nil && same > 0 && r == '”' {
				same-- // closes a quotation in the same marks inside this one
				off += size
				continue
			}
			if cur != nil && inner != "" && strings.ContainsRune(inner, r) && !strings.ContainsRune(closes, r) {
				inner = "" // closes the nested quotation
				off += size
				continue
			}
			if cur != nil && (closes == "’" || closes == "'’") {
				if strings.ContainsRune(closes, r) && singleCloses(text, off, size, p) {
					cur.pieces = append(cur.pieces, Span{pieceStart, off})
					cur.close = off + size
					cur.para = pi
					a.addRaw(*cur)
					cur = nil
				}
				off += size
				continue
			}
			if cur == nil && singles && r == '‘' && looksOpening(text, off, p) {
				open(off, size, pi, "’")
				off += size
				continue
			}
			if cur == nil && singles && r == '\'' && straightSingleOpens(text, off, p, &seen) {
				open(off, size, pi, "'’")
				off += size
				continue
			}
			if cur != nil && (strings.ContainsRune(closes, r) && (r != '"' || straightCloses(text, off, p)) || mixedClose(closes, r, text, off, p)) {
				cur.pieces = append(cur.pieces, Span{pieceStart, off})
				cur.close = off + size
				cur.para = pi
				a.addRaw(*cur)
				cur = nil
				off += size
				continue
			}
			if c, ok := openers[r]; ok && (cur == nil || r == '"' || !strings.ContainsRune(closes, r)) {
				if r == '»' && !looksOpening(text, off, p) {
					off += size
					continue
				}
				if cur != nil && r != '"' && c != closes && inner == "" {
					inner = c // a quotation of another family nested in this one
					off += size
					continue
				}
				if cur != nil && r == '“' && closes == "”" && closedTwice(text[off+size:p.End]) {
					same++ // “… “hell” …”: a quotation inside this one
					off += size
					continue
				}
				if cur != nil {
					if r == '"' {
						if closes == "”" {
							nested++
						}
						off += size
						continue
					}
					a.warn(cur.open, "quotation mark opened again before it was closed; the first is not checked")
				}
				open(off, size, pi, c)
				off += size
				continue
			}
			if cur == nil && r == '”' && closerOpens(text, off, size, p) {
				// a closing mark typed for an opening one (”like this”),
				// as word processors do after a line break
				open(off, size, pi, "”")
				off += size
				continue
			}
			if cur == nil && isCloserOnly(r) {
				a.warn(off, "closing quotation mark without an opening one")
			}
			off += size
		}
		if cur != nil {
			cur.pieces = append(cur.pieces, Span{pieceStart, p.End})
		}
	}
	if cur != nil {
		a.warn(cur.open, "quotation mark is never closed; this quotation is not checked")
	}
}

// doubleMarks are the marks of double quotations, of every family (two
// apostrophes typed for one are one too).
const doubleMarks = "“”\"„«»「」"

// singleQuoted tells whether a text that has double marks quotes in single
// ones, British style, the doubles standing for quotations within
// quotations: every double mark stands inside a quotation in single marks
// of its paragraph, read as extract reads one where single marks quote
// ("'I spoke to him, and he told me, "Call me,"' Reed said."). One double
// mark outside (a quotation of its own: “…,” Reed said) and single marks
// are nested quotations and apostrophes as usual; so is a double inside a
// single mark that never closes.
func singleQuoted(text string, paras []Span) bool {
	doubles := 0
	var seen closeSeen
	for _, p := range paras {
		closes := "" // the marks closing the single-mark quotation open, if any
		inside := 0  // double marks inside it
		for off := p.Start; off < p.End; {
			r, size := utf8.DecodeRuneInString(text[off:p.End])
			double := strings.ContainsRune(doubleMarks, r)
			if r == '\'' && strings.HasPrefix(text[off:p.End], "''") {
				double, size = true, 2
			}
			switch {
			case double && closes == "":
				return false
			case double:
				inside++
			case closes != "" && strings.ContainsRune(closes, r) && singleCloses(text, off, size, p):
				doubles += inside
				closes, inside = "", 0
			case closes == "" && r == '‘' && looksOpening(text, off, p):
				closes = "’"
			case closes == "" && r == '\'' && straightSingleOpens(text, off, p, &seen):
				closes = "'’"
			}
			off += size
		}
		if inside > 0 {
			return false
		}
	}
	return doubles > 0
}

// deck tells whether the second paragraph is a deck, a sub-headline under
// the headline, where single marks quote as in the headline ("Reed vows
// 'better' seawall; Lowell says aid 'will not come overnight'"): both read
// as headings (headingLike).
func deck(text string, paras []Span) bool {
	return len(paras) > 2 && headingLike(text[paras[0].Start:paras[0].End]) && headingLike(text[paras[1].Start:paras[1].End])
}

// mangledClose tells whether the apostrophe at off, in a quotation
// opened with two apostrophes, is the first of '.' standing for the
// closing mark: sentence punctuation before it, and a closing bracket or
// the paragraph's end after.
func mangledClose(text string, off int, p Span) bool {
	if off == p.Start || !strings.HasPrefix(text[off:p.End], "'.'") {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(text[p.Start:off])
	if !strings.ContainsRune(".?!", prev) {
		return false
	}
	rest := strings.TrimSpace(text[off+3 : p.End])
	return rest == "" || rest[0] == ')' || rest[0] == ']'
}

// closedTwice tells whether the rest of a paragraph after an opening “
// met inside an open quotation closes twice (”…”) before it opens again:
// the mark opens a quotation nested in the open one, which both closes
// end, rather than a new one after a mark left unclosed.
func closedTwice(rest string) bool {
	n := 0
	for _, r := range rest {
		switch r {
		case '”':
			if n++; n == 2 {
				return true
			}
		case '“':
			return false
		}
	}
	return false
}

// headingLike tells whether a paragraph reads as a heading: short, one
// sentence at most, no line of prose. Headlines quote in single marks
// (Graham: Trump’s ‘Incredibly Hateful Rhetoric’ Destroying GOP’s Chance).
func headingLike(p string) bool {
	p = strings.TrimRight(strings.TrimSpace(p), ".")
	if n := fieldsUpTo(p, 26); n == 0 || n > 25 {
		return false
	}
	return !strings.Contains(p, ". ")
}

// fieldsUpTo is the number of strings.Fields of s, counted no further than
// limit: a paragraph of 2 MB on one line is no heading at its 26th word,
// and its words are never listed whole.
func fieldsUpTo(s string, limit int) int {
	n := 0
	for range strings.FieldsSeq(s) {
		if n++; n == limit {
			break
		}
	}
	return n
}

// singleCloses tells whether a single mark at off closes a quotation
// opened by a single mark rather than being an apostrophe: no letter or
// digit follows it ("Trump’s", "I’m" go on).
func singleCloses(text string, off, size int, p Span) bool {
	if off == p.Start {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(text[p.Start:off])
	if unicode.IsSpace(prev) {
		return false
	}
	if off+size >= p.End {
		return true
	}
	next, _ := utf8.DecodeRuneInString(text[off+size : p.End])
	return !unicode.IsLetter(next) && !unicode.IsDigit(next)
}

// straightSingleOpens tells whether a straight single mark at off opens a
// quotation where single marks quote (a heading, a text with no double
// marks): it stands where an opening mark does, before a letter, and a
// mark that closes it (singleCloses) follows in the paragraph, so that an
// apostrophe before a word ("'til dawn") opens nothing left unclosed.
// seen remembers the paragraph's closing marks read so far: whether one
// stands in [from, at) is known without reading it again, which keeps a
// paragraph of many apostrophes linear.
func straightSingleOpens(text string, off int, p Span, seen *closeSeen) bool {
	if !looksOpening(text, off, p) || clippedAfter(text, off+1, p) {
		return false // "the '90s", "rock 'til dawn", "'em", "'n'"
	}
	k := off + 1
	if seen.para == p && seen.from <= k && k <= seen.at {
		return seen.found // read before: a close at at, or none to the paragraph's end
	}
	from := k
	for k < p.End {
		r, size := utf8.DecodeRuneInString(text[k:p.End])
		if (r == '\'' || r == '’') && singleCloses(text, k, size, p) {
			*seen = closeSeen{para: p, from: from, at: k, found: true}
			return true
		}
		k += size
	}
	*seen = closeSeen{para: p, from: from, at: k}
	return false
}

// elisions are words clipped at their start, whose apostrophe stands
// where an opening mark does.
var elisions = setOf(`til em cause cos cuz bout round n tis twas twere cept neath tween gainst fraid nuff scuse burbs nam bama`)

// closeSeen: in paragraph para, no closing single mark stands in [from,
// at); one stands at at when found, and at is the paragraph's end when not.
type closeSeen struct {
	para     Span
	from, at int
	found    bool
}

// mixedClose: real copy mixes the shapes of double marks ("…,” or “…"
// or a closing mark typed as “). Any double mark closes a quotation opened
// with a double mark when its place is a closing one: after a word, not
// before one.
func mixedClose(closes string, r rune, text string, off int, p Span) bool {
	if closes != "”" && closes != "\"" || r != '"' && r != '“' && r != '”' {
		return false
	}
	return !looksOpening(text, off, p)
}

// straightCloses decides whether a straight double quote at off closes the
// open quotation: it does unless it stands before a word after a space, the
// shape of an opening mark.
func straightCloses(text string, off int, p Span) bool {
	return !looksOpening(text, off, p)
}

// looksOpening tells whether the mark at off stands where an opening mark
// stands: after a space (or the paragraph's start) and before a word. What
// follows is read after the whole mark: a curly mark is three bytes, and
// two apostrophes typed for a double mark are read as one mark, so that
// such a mark standing between two spaces closes.
func looksOpening(text string, off int, p Span) bool {
	prevSpace := off == p.Start
	if !prevSpace {
		r, _ := utf8.DecodeLastRuneInString(text[p.Start:off])
		prevSpace = unicode.IsSpace(r) || strings.ContainsRune("([{—–-/:", r)
	}
	_, size := utf8.DecodeRuneInString(text[off:p.End])
	if strings.HasPrefix(text[off:p.End], "''") {
		size = 2
	}
	nextWord := false
	if off+size < p.End {
		r, _ := utf8.DecodeRuneInString(text[off+size : p.End])
		nextWord = !unicode.IsSpace(r)
	}
	return prevSpace && nextWord
}

// closerOpens tells whether a closing mark ” at off, with no quotation
// open, stands for an opening one: it starts its paragraph or follows a
// space, a letter or digit follows it, and another ” closes it later in
// the paragraph.
// Invisible format characters before it (a left-to-right mark typed at
// the paragraph's start) count as nothing.
func closerOpens(text string, off, size int, p Span) bool {
	before := strings.TrimRightFunc(text[p.Start:off], func(r rune) bool { return unicode.Is(unicode.Cf, r) })
	if before != "" {
		prev, _ := utf8.DecodeLastRuneInString(before)
		if !unicode.IsSpace(prev) {
			return false
		}
	}
	if off+size >= p.End {
		return false
	}
	next, _ := utf8.DecodeRuneInString(text[off+size : p.End])
	if !unicode.IsLetter(next) && !unicode.IsDigit(next) {
		return false
	}
	return strings.Contains(text[off+size:p.End], "”")
}

// trimQuoted trims outer space, and the trailing comma that belongs to
// the sentence, off the words s of a quotation.
func trimQuoted(text string, s Span) Span {
	for s.Start < s.End {
		r, size := utf8.DecodeRuneInString(text[s.Start:s.End])
		if !unicode.IsSpace(r) && r != '\uFEFF' {
			break
		}
		s.Start += size
	}
	for s.End > s.Start {
		r, size := utf8.DecodeLastRuneInString(text[s.Start:s.End])
		if !unicode.IsSpace(r) && r != ',' {
			break
		}
		s.End -= size
	}
	return s
}

func (a *Article) addRaw(q rawQuote) {
	text := a.Doc.Text
	var pieces []Span
	var parts []string
	for _, s := range q.pieces {
		if s = trimQuoted(text, s); s.End > s.Start {
			pieces = append(pieces, s)
			parts = append(parts, a.Doc.prose(s)) // markup of a masked Doc dropped
		}
	}
	if len(pieces) == 0 {
		return
	}
	qt := Quote{
		Span:   Span{pieces[0].Start, pieces[len(pieces)-1].End},
		Pieces: pieces,
		Text:   strings.Join(parts, " "),
	}
	a.Quotes = append(a.Quotes, qt)
	a.raw = append(a.raw, q)
}
