package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quotecheck/quotecheck/quotes"
)

// span is a byte range [start, end) of an article.
type span struct{ start, end int }

// runeOffsets maps code-point offsets (BRAT's unit) to byte offsets:
// byteAt[i] is the byte offset of the i-th code point; byteAt[n] is len(text).
func runeOffsets(text string) []int {
	out := make([]int, 0, len(text)+1)
	for i := range text {
		out = append(out, i)
	}
	return append(out, len(text))
}

// cpSpan converts a code-point span to bytes, clamped to the text.
func cpSpan(byteAt []int, a, b int) span {
	clamp := func(x int) int { return max(0, min(x, len(byteAt)-1)) }
	return span{byteAt[clamp(a)], byteAt[clamp(b)]}
}

// annotation is one BRAT text-bound annotation: T12 Content 10 20;25 30.
type annotation struct {
	id    string
	kind  string
	frags []span // bytes
	text  string // as written in the .ann (first line)
}

// attribution is one E relation: a content, its source and cue.
type attribution struct {
	contents []*annotation // Content, then Content2 (a quotation's second part, as in “…,” he said. “…”)
	source   *annotation   // nil when the attribution has no source
}

// annFile is one annotator's attributions of one article.
type annFile struct {
	annotator string
	attrs     []attribution
	sources   []*annotation // every Source span, by offset
}

var (
	tLineRE = regexp.MustCompile(`^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t(.*)$`)
	eLineRE = regexp.MustCompile(`^(E\d+)\t(.*)$`)
)

// readAnn parses a BRAT standoff file. Lines that continue a multi-line
// text field are skipped: only lines starting with an id carry structure.
func readAnn(path string, byteAt []int) (*annFile, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	base := strings.TrimSuffix(filepath.Base(path), ".ann")
	af := &annFile{annotator: base[strings.LastIndexByte(base, '_')+1:]}
	byID := map[string]*annotation{}
	var rels [][]string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		line := sc.Text()
		if m := tLineRE.FindStringSubmatch(line); m != nil {
			a := &annotation{id: m[1], kind: m[2], text: m[4]}
			for _, fr := range strings.Split(m[3], ";") {
				var x, y int
				if _, err := fmt.Sscanf(fr, "%d %d", &x, &y); err != nil {
					return nil, fmt.Errorf("%s: bad offsets %q", path, fr)
				}
				a.frags = append(a.frags, cpSpan(byteAt, x, y))
			}
			sort.Slice(a.frags, func(i, j int) bool { return a.frags[i].start < a.frags[j].start })
			byID[a.id] = a
			if a.kind == "Source" {
				af.sources = append(af.sources, a)
			}
			continue
		}
		if m := eLineRE.FindStringSubmatch(line); m != nil {
			rels = append(rels, strings.Fields(m[2]))
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	for _, r := range rels {
		var at attribution
		for _, arg := range r {
			role, id, ok := strings.Cut(arg, ":")
			if !ok {
				continue
			}
			switch role {
			case "Content", "Content2":
				if c := byID[id]; c != nil {
					at.contents = append(at.contents, c)
				}
			case "Source":
				at.source = byID[id]
			}
		}
		if len(at.contents) > 0 {
			af.attrs = append(af.attrs, at)
		}
	}
	sort.Slice(af.sources, func(i, j int) bool { return af.sources[i].frags[0].start < af.sources[j].frags[0].start })
	return af, nil
}

// goldQuote is one direct quotation of the gold standard.
type goldQuote struct {
	pieces []span // the quoted words, one span per paragraph, trimmed
	source string // the annotated Source as written ("" when none)
	kind   sourceKind
	people []string // the person(s) the source stands for, by the rule of goldPerson
	srcs   []srcRef // each person's Source annotation, parallel to people
	gap    bool     // from the reviewed list of annotation gaps
	// reviewed: a Source of the quote has a reviewed referent
	reviewed bool
	// heldOut: that referent is of the held-out batch
	heldOut bool
}

// srcRef is a Source annotation: where it starts (bytes) and its text.
type srcRef struct {
	start int
	text  string
}

func (g goldQuote) span() span { return span{g.pieces[0].start, g.pieces[len(g.pieces)-1].end} }

func isDoubleMark(r rune) bool { return r == '"' || r == '“' || r == '”' }

// quoteSegments finds the quotations inside one Content annotation: each
// segment between double quotation marks, marks paired in order. A quote
// still open at the end of a fragment goes on in the next fragment when a
// paragraph break lies between them (speech running over paragraphs, the
// opening mark repeated); an opening mark at the start of a paragraph while a
// quote is open also continues it. A closing mark with no opening one closes
// a quote that starts where the fragment starts (the annotator began inside
// the quote). Only when the Content has no double mark at all are single
// marks read as quotation marks (headlines quote in single marks), curly
// or straight.
//
// Two apostrophes are a double mark: the NYT copy of the corpus types
// ”this” for “this” (see twoApostrophes).
func quoteSegments(text string, frags []span) [][]span {
	text = twoApostrophes(text)
	double := false
	for _, f := range frags {
		if strings.ContainsFunc(text[f.start:f.end], isDoubleMark) {
			double = true
			break
		}
	}
	var out [][]span
	var cur []span
	open := false
	pieceStart := 0
	flush := func() {
		var ps []span
		for _, p := range cur {
			if p = trimSpan(text, p); p.end > p.start {
				ps = append(ps, p)
			}
		}
		if len(ps) > 0 {
			out = append(out, ps)
		}
		cur, open = nil, false
	}
	for fi, f := range frags {
		carried := false
		if open {
			switch gap := text[min(frags[fi-1].end, f.start):f.start]; { // (fragments that overlap: no gap)
			case sameLine(text, frags, fi-1):
				// the piece goes on
			case !strings.Contains(gap, "\n"):
				flush()
			default:
				pieceStart, carried = f.start, true
			}
		}
		lastEnd := f.start
		for off := f.start; off < f.end; {
			r, size := utf8.DecodeRuneInString(text[off:])
			if !double && r == '\'' {
				// a straight single mark: opening where an opening mark
				// stands, closing where a closing one does, else an
				// apostrophe ("Reed’s 'plan'", "players' union")
				switch {
				case !open && straightOpens(text, off, f):
					r = '‘'
				case open:
					r = '’'
				}
			}
			if double && !isDoubleMark(r) || !double && r != '‘' && r != '’' {
				off += size
				continue
			}
			if !double && r == '’' && (!open || off+size < f.end && isWordRune(text[off+size:])) {
				off += size // an apostrophe
				continue
			}
			if !double && r == '‘' && open {
				off += size
				continue
			}
			switch {
			case carried && strings.TrimSpace(text[f.start:off]) == "":
				pieceStart = off + size // the mark that reopens the carried quote
			case open && (r == '“' || r == '"' || r == '‘') && atLineStart(text, off) && strings.Contains(text[pieceStart:off], "\n"):
				// the quote goes on in a new paragraph
				nl := pieceStart + strings.IndexByte(text[pieceStart:off], '\n')
				cur = append(cur, span{pieceStart, nl})
				pieceStart = off + size
			case open && r == '“' && closingShape(text, off, size, f):
				// an opening mark typed where the closing one belongs:
				// “the best in the world“ and …
				cur = append(cur, span{pieceStart, off})
				flush()
			case open && r == '“':
				// opened again before it was closed: the first stays a quote
				cur = append(cur, span{pieceStart, off})
				flush()
				open, pieceStart = true, off+size
			case open:
				cur = append(cur, span{pieceStart, off})
				flush()
			case r == '”' || r == '’':
				cur = append(cur, span{lastEnd, off})
				flush()
			default:
				open, pieceStart = true, off+size
			}
			off += size
			lastEnd = off
			carried = false
		}
		if open && !sameLine(text, frags, fi) {
			cur = append(cur, span{pieceStart, f.end})
			pieceStart = f.end
		}
	}
	if open {
		flush()
	}
	return out
}

// straightOpens tells whether the straight single mark at off opens a
// quotation: at the fragment's start or after a space or an opening
// bracket or dash, before a letter but not a word clipped at its start
// ('til, 'em), and with a mark that closes it (after a word, before no
// letter or digit) later in the fragment, as the extractor reads them:
// an apostrophe is no quotation running to the fragment's end.
func straightOpens(text string, off int, f span) bool {
	if off > f.start {
		prev, _ := utf8.DecodeLastRuneInString(text[f.start:off])
		if !unicode.IsSpace(prev) && !strings.ContainsRune("([{—–-/:", prev) {
			return false
		}
	}
	next, _ := utf8.DecodeRuneInString(text[off+1:])
	if !unicode.IsLetter(next) {
		return false
	}
	words := strings.FieldsFunc(text[off+1:max(off+1, min(f.end, off+8))], func(r rune) bool { return !unicode.IsLetter(r) })
	if len(words) == 0 || clipped[strings.ToLower(words[0])] {
		return false
	}
	for k := off + 1; k < f.end; {
		r, size := utf8.DecodeRuneInString(text[k:])
		if r == '\'' || r == '’' {
			prev, _ := utf8.DecodeLastRuneInString(text[:k])
			if !unicode.IsSpace(prev) && (k+size >= f.end || !isWordRune(text[k+size:])) {
				return true
			}
		}
		k += size
	}
	return false
}

// clipped are words clipped at their start, whose apostrophe stands where
// an opening mark does ("rock 'til dawn"); the extractor's list
// (quotes.elisions).
var clipped = map[string]bool{"til": true, "em": true, "cause": true, "cos": true, "cuz": true, "bout": true,
	"round": true, "n": true, "tis": true, "twas": true, "twere": true, "cept": true, "neath": true, "tween": true,
	"gainst": true, "fraid": true, "nuff": true, "scuse": true, "burbs": true, "nam": true, "bama": true}

// sameLine tells whether only spaces, no paragraph break, lie between
// fragment fi and the next one of its Content: the annotator cut one
// quotation into its sentences ("“A. B.”" as "A." and "B."), and a quote
// still open at the end of fragment fi goes on in the next.
func sameLine(text string, frags []span, fi int) bool {
	if fi+1 >= len(frags) {
		return false
	}
	gap := text[min(frags[fi].end, frags[fi+1].start):frags[fi+1].start]
	return strings.TrimSpace(gap) == "" && !strings.Contains(gap, "\n")
}

// closingShape tells whether the mark at off stands where a closing mark
// does: after a letter, a digit or punctuation, before space, punctuation or
// the end of the fragment.
func closingShape(text string, off, size int, f span) bool {
	if off <= f.start {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(text[f.start:off])
	if unicode.IsSpace(prev) || strings.ContainsRune("([{—–-/:", prev) {
		return false
	}
	if off+size >= f.end {
		return true
	}
	next, _ := utf8.DecodeRuneInString(text[off+size : f.end])
	return unicode.IsSpace(next) || unicode.IsPunct(next)
}

// twoApostrophes turns each pair of apostrophes into a straight double mark
// and a space: same length, so every offset holds.
func twoApostrophes(text string) string {
	return strings.ReplaceAll(text, "''", "\" ")
}

func isWordRune(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// atLineStart: only space lies between the last line break and off.
func atLineStart(text string, off int) bool {
	i := strings.LastIndexByte(text[:off], '\n')
	return i >= 0 && strings.TrimSpace(text[i+1:off]) == ""
}

// trimSpan drops outer space, punctuation and quotation marks.
func trimSpan(text string, s span) span {
	for s.start < s.end {
		r, size := utf8.DecodeRuneInString(text[s.start:s.end])
		if !trimmable(r) {
			break
		}
		s.start += size
	}
	for s.end > s.start {
		r, size := utf8.DecodeLastRuneInString(text[s.start:s.end])
		if !trimmable(r) {
			break
		}
		s.end -= size
	}
	return s
}

func trimmable(r rune) bool {
	return unicode.IsSpace(r) || r == '\uFEFF' || strings.ContainsRune(`,.;:!?—–-…"“”‘’'«»`, r)
}

// foldText is the comparable form of a quote: typography folded (quotation
// marks, apostrophes, dashes, ellipses, spaces), outer punctuation trimmed.
// Case and words are kept: the exact score asks for the same words.
func foldText(s string) string {
	r := strings.NewReplacer("“", `"`, "”", `"`, "‘", "'", "’", "'", "—", "-", "–", "-", "…", "...", "\u00a0", " ")
	s = r.Replace(s)
	s = strings.Join(strings.Fields(s), " ")
	return strings.TrimFunc(s, trimmable)
}

// piecesText joins pieces with a space, as quotes.Quote.Text does.
func piecesText(text string, ps []span) string {
	parts := make([]string, len(ps))
	for i, p := range ps {
		parts[i] = text[p.start:p.end]
	}
	return strings.Join(parts, " ")
}

var wordOnlyRE = regexp.MustCompile(`[\p{L}\p{N}]+`)

// wordStarts are the byte offsets of the words of text.
func wordStarts(text string) []int {
	var out []int
	for _, m := range wordOnlyRE.FindAllStringIndex(text, -1) {
		out = append(out, m[0])
	}
	return out
}

// wordsIn counts the words that start inside s.
func wordsIn(starts []int, s span) int {
	i := sort.SearchInts(starts, s.start)
	j := sort.SearchInts(starts, s.end)
	return max(0, j-i)
}

// goldArticle reads every annotator's direct quotations of one article and
// takes their union: quotations of several annotators that overlap are one,
// the longest segment standing for them all, with every annotator's person
// accepted as its speaker.
func goldQuotes(text string, files []*annFile) []goldQuote {
	text = twoApostrophes(text)
	var all []goldQuote
	for _, af := range files {
		for _, at := range af.attrs {
			var segs [][]span
			for _, c := range at.contents {
				segs = append(segs, quoteSegments(text, c.frags)...)
			}
			for _, ps := range segs {
				g := goldQuote{pieces: ps}
				if at.source != nil {
					g.source = sourceText(text, at.source)
					g.kind = classifySource(g.source)
					g.people = []string{goldPerson(text, af, at.source)}
					g.srcs = []srcRef{{at.source.frags[0].start, g.source}}
				} else {
					g.kind = sourceNone
				}
				all = append(all, g)
			}
		}
	}
	sort.SliceStable(all, func(i, j int) bool {
		a, b := all[i].span(), all[j].span()
		if a.start != b.start {
			return a.start < b.start
		}
		return a.end > b.end
	})
	var out []goldQuote
	for _, g := range all {
		if n := len(out); n > 0 && !overlaps(out[n-1].span(), g.span()) && sameMarks(text, out[n-1].span().end, g.span().start) {
			// one quotation that the annotators cut into several Contents
			last := &out[n-1]
			if strings.Contains(text[last.span().end:g.span().start], "\n") {
				last.pieces = append(last.pieces, g.pieces...)
			} else {
				last.pieces[len(last.pieces)-1].end = g.pieces[0].end
				last.pieces = append(last.pieces, g.pieces[1:]...)
			}
			last.people = append(last.people, g.people...)
			last.srcs = append(last.srcs, g.srcs...)
			continue
		}
		if n := len(out); n > 0 && overlaps(out[n-1].span(), g.span()) {
			last := &out[n-1]
			if sp, gs := last.span(), g.span(); gs.end-gs.start > sp.end-sp.start {
				g.people = append(g.people, last.people...)
				g.srcs = append(g.srcs, last.srcs...)
				if last.kind != sourceNone && g.kind == sourceNone {
					g.kind, g.source = last.kind, last.source
				}
				*last = g
			} else {
				last.people = append(last.people, g.people...)
				last.srcs = append(last.srcs, g.srcs...)
				if last.kind == sourceNone {
					last.kind, last.source = g.kind, g.source
				}
			}
			continue
		}
		out = append(out, g)
	}
	return out
}

// sameMarks tells whether text[end:start], the gap between two gold
// segments, lies inside one pair of quotation marks: it holds no word and no
// closing mark (an opening mark at the start of a paragraph continues a
// quotation running over paragraphs).
func sameMarks(text string, end, start int) bool {
	if start < end || start-end > 40 {
		return false
	}
	gap := text[end:start]
	for i, r := range gap {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '”' || r == '’' && strings.TrimSpace(gap[i+len("’"):]) == "":
			return false
		case r == '"' && !atLineStart(text, end+i):
			return false
		}
	}
	return true
}

func overlaps(a, b span) bool { return a.start < b.end && b.start < a.end }

func sourceText(text string, a *annotation) string {
	parts := make([]string, len(a.frags))
	for i, f := range a.frags {
		parts[i] = text[f.start:f.end]
	}
	return strings.Join(strings.Fields(strings.Join(parts, " ")), " ")
}

// sourceKind sorts a gold Source: a name, a pronoun or a description.
type sourceKind int

const (
	sourceNone sourceKind = iota
	sourceName
	sourcePronoun
	sourceDescription
)

var goldPronouns = map[string]bool{"he": true, "she": true, "they": true, "it": true, "we": true, "i": true,
	"you": true, "him": true, "her": true, "them": true, "his": true, "its": true, "their": true, "us": true, "me": true}

// notNameCaps are capitalised words that do not make a source a name: the
// first word of a sentence, parties and nationalities, days and months.
var notNameCaps = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true, "their": true,
	"its": true, "our": true, "republican": true, "republicans": true, "democrat": true, "democrats": true,
	"democratic": true, "gop": true, "american": true, "americans": true, "some": true, "many": true,
	"several": true, "other": true, "others": true, "both": true, "most": true, "one": true, "two": true, "this": true,
	"that": true, "these": true, "those": true, "critics": true, "officials": true, "sources": true, "supporters": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"january": true, "february": true, "march": true, "april": true, "june": true, "july": true, "august": true,
	"september": true, "october": true, "november": true, "december": true}

// timeWords may close a source's noun phrase without heading it: "a poll
// released Thursday".
var timeWords = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "today": true, "yesterday": true}

// headBreaks end the head of a source: a relative clause or a
// prepositional phrase follows it ("a member who supports Trump", "the
// authors of the report", "James Pethokoukis of the American Enterprise
// Institute").
var headBreaks = map[string]bool{"who": true, "whose": true, "which": true, "that": true, "of": true, "in": true,
	"at": true, "from": true, "for": true, "with": true, "by": true, "on": true, "about": true, "to": true,
	"obtained": true, "released": true, "published": true, "considered": true}

// dropParens removes parenthesised asides: "Sen. Susan Collins (Maine)".
func dropParens(s string) string {
	for {
		i := strings.IndexByte(s, '(')
		if i < 0 {
			return s
		}
		j := strings.IndexByte(s[i:], ')')
		if j < 0 {
			return s[:i]
		}
		s = s[:i] + " " + s[i+j+1:]
	}
}

// sourceHead is the noun phrase a source begins with: parenthesised asides
// dropped, cut before a comma or a dash, a relative clause or a
// prepositional phrase ("Stacy Baker of Columbia" is Stacy Baker). A
// preposition after a title or an organisation's word belongs to the name
// ("Secretary of State John Kerry", "The Council on American-Islamic
// Relations"), and a first word is never cut.
func sourceHead(s string) []string {
	s = dropParens(s)
	if i := strings.IndexAny(s, ",—–"); i >= 0 {
		s = s[:i]
	}
	words := strings.Fields(s)
	for i, w := range words {
		if i == 0 || !headBreaks[w] {
			continue
		}
		if prev := strings.ToLower(words[i-1]); titleOf[prev] && i+1 < len(words) && isCapWord(words[i+1]) {
			continue
		}
		return words[:i]
	}
	return words
}

// titleOf are the words of titles and organisations that a prepositional
// phrase completes: "Secretary of State", "Council on Foreign Relations".
var titleOf = map[string]bool{"secretary": true, "director": true, "minister": true, "chairman": true,
	"chairwoman": true, "chair": true, "president": true, "governor": true, "head": true, "chief": true,
	"commissioner": true, "speaker": true, "mayor": true, "leader": true, "ambassador": true, "editor": true,
	"founder": true, "attorney": true, "general": true, "administrator": true, "dean": true, "chancellor": true,
	"council": true, "committee": true, "institute": true, "center": true, "centre": true, "department": true,
	"office": true, "bureau": true, "league": true, "association": true, "union": true, "university": true,
	"school": true, "board": true, "court": true, "house": true, "bank": true, "church": true, "federation": true}

func isCapWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// classifySource: a pronoun is one pronoun word; a name is a source whose
// head word (the last word of its first noun phrase, see sourceHead, days
// and months passed over) is capitalised, not a party or nationality and
// not a determiner: "Republican pollster Daron Shaw" and "Mr. Burman of the
// Tax Policy Center" are names; "a prominent Republican National Committee
// member who supports Trump", "White House officials" and "Trump’s
// campaign" describe.
func classifySource(s string) sourceKind {
	words := strings.Fields(s)
	if len(words) == 0 {
		return sourceNone
	}
	if len(words) == 1 && goldPronouns[strings.ToLower(words[0])] {
		return sourcePronoun
	}
	head := sourceHead(s)
	for i := len(head) - 1; i >= 0; i-- {
		w := strings.Trim(head[i], `,.;:"“”()`)
		w = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"), "’")
		if w == "" {
			continue
		}
		lw := strings.ToLower(w)
		if i > 0 && timeWords[lw] {
			continue // "a poll released Thursday"
		}
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) && !notNameCaps[lw] {
			return sourceName
		}
		return sourceDescription
	}
	return sourceDescription
}

func (k sourceKind) String() string {
	return [...]string{"none", "name", "pronoun", "description"}[k]
}

// goldPerson is the person a gold Source stands for. A name stands for
// itself, and so does a description with a name in apposition ("a top
// strategist, John Weaver,") and an anonymous one ("a White House
// official", see anonymous). PolNeAR has no coreference annotation, so a pronoun or a
// description stands for the nearest named Source before it in the same
// annotator's file; with none before it, for the Source itself.
func goldPerson(text string, af *annFile, src *annotation) string {
	s := sourceText(text, src)
	if n := nameBeforeApposition(s); classifySource(s) == sourceName || classifySource(n) == sourceName {
		return n // a name, or a description with a name in apposition
	}
	if anonymous(s) {
		return s
	}
	if relativePronouns[strings.ToLower(s)] {
		// "Mr. Sanders, who said": the name right before the pronoun
		if n := nameBefore(text, src.frags[0].start); n != "" {
			return n
		}
	}
	best := ""
	for _, o := range af.sources {
		if o.frags[0].start >= src.frags[0].start {
			break
		}
		if t := sourceText(text, o); classifySource(t) == sourceName {
			best = nameBeforeApposition(t)
		}
	}
	if best == "" {
		return s
	}
	return best
}

var relativePronouns = map[string]bool{"who": true, "which": true}

// nameBefore is the run of capitalised words that ends right before off,
// past a comma and spaces ("Mr. Sanders, who …"), or "" when a name does
// not stand there.
func nameBefore(text string, off int) string {
	before := strings.TrimRight(text[:off], " ")
	before = strings.TrimRight(strings.TrimSuffix(before, ","), " ")
	words := strings.Fields(before[max(0, len(before)-80):])
	var run []string
	for i := len(words) - 1; i >= 0 && len(run) < 5; i-- {
		w := words[i]
		if !isCapWord(w) || strings.ContainsAny(w, ",;:") && i != len(words)-1 {
			break
		}
		run = append([]string{w}, run...)
	}
	if len(run) == 0 || classifySource(strings.Join(run, " ")) != sourceName {
		return ""
	}
	return strings.Join(run, " ")
}

// anonymous tells whether a description names nobody: it opens with an
// indefinite determiner ("a New Hampshire Republican", "one Trump
// confidant", "another official"). Such a source stands for itself, not
// for a person named before it.
func anonymous(s string) bool {
	first, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(s)), " ")
	return indefinites[first] && classifySource(s) != sourceName // "an angry Hollande" is Hollande
}

var indefinites = map[string]bool{"a": true, "an": true, "one": true, "another": true, "some": true, "several": true}

// nameBeforeApposition keeps the name of a source that annotators wrote
// with an apposition, set off by commas or dashes: "Zeke Emanuel, an
// oncologist who advised Obama," is Zeke Emanuel, and so are "the White
// House spokesman, Josh Earnest," and "Jason Sims — a teacher —" Jason Sims.
func nameBeforeApposition(s string) string {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == '—' || r == '–' })
	if len(parts) < 2 {
		return s
	}
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" && classifySource(p) == sourceName {
			return p
		}
	}
	return s
}

// samePerson tells whether the speaker the checker gives names the gold
// person: the two names can be one person (quotes.SameName), or their
// surnames (last capitalised words) agree. The gold is also read without
// its parenthesised asides and without what follows its head ("Mr. Burman
// of the Tax Policy Center" is Mr. Burman, "Gov. John Kasich (R-OH)" is
// Gov. John Kasich).
func samePerson(pred, gold string) bool {
	if pred == "" || gold == "" {
		return false
	}
	if anonymous(gold) {
		// the same anonymous description, perhaps without its clause
		pw, gw := wordOnlyRE.FindAllString(strings.ToLower(pred), -1), wordOnlyRE.FindAllString(strings.ToLower(gold), -1)
		return len(pw) > 0 && len(pw) <= len(gw) && slices.Equal(pw, gw[:len(pw)])
	}
	hw := sourceHead(gold)
	head := strings.Join(hw, " ")
	if len(hw) == 0 || len(hw) == 1 && titleOf[strings.ToLower(strings.TrimSuffix(hw[0], "."))] {
		head = gold // "Secretary of State John Kerry": a title is no head
	}
	if quotes.SameName(pred, head) || strings.EqualFold(strings.TrimSpace(pred), strings.TrimSpace(head)) {
		return true
	}
	a, b := lastCap(pred), lastCap(head)
	return a != "" && a == b
}

func lastCap(s string) string {
	words := strings.Fields(strings.NewReplacer("’s", "", "'s", "").Replace(s))
	for i := len(words) - 1; i >= 0; i-- {
		w := strings.Trim(words[i], `,.;:"“”()`)
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) && !notNameCaps[strings.ToLower(w)] {
			return strings.ToLower(w)
		}
	}
	return ""
}

// atoiOr parses n, or gives def.
func atoiOr(s string, def int) int {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil {
		return def
	}
	return n
}
