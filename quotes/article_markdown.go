package quotes

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Reading a Markdown article by masking.
//
// As for HTML (article_html.go), the file becomes prose of its own byte
// length, so offsets, lines and columns stay those of the .md file:
//
//	> **Blinken** said [we are friends](https://x.test/a)[^1].
//	  "  Blinken   said  we are friends                      .
//
// (the quotation marks above stand for nothing: markup is spaces). What is
// masked: front matter (--- YAML --- or +++ TOML +++ at the top), fenced
// code blocks, code spans, HTML comments and tags, autolinks, images,
// reference and footnote definitions' labels, footnote references, the
// destination of links (their text is kept), emphasis and strike-through
// markers, backslashes of escapes, the markers of headings, lists, block
// quotes and table rows, and thematic breaks; entities are decoded as in
// HTML. A heading, list item, block quote or table row after a line of
// text starts with a line break put in its marker's first byte, so it is a
// paragraph of its own. A paragraph of a block quote with no quotation mark
// of its own is a quotation (an indented quotation of speech).
//
// This is CommonMark's common ground, not all of it: indented code blocks
// are read as prose (drafts indent paragraphs more often than code), and a
// link's text is found on its line.

type mdMasker struct {
	src      string
	out      []byte
	jump     map[int]int // inline ranges already masked: start → end
	skipTo   int         // a comment masked past the current line
	bq       quoteBlock  // the block-quote paragraph being read
	prevText bool        // the previous line holds text
	inQuote  bool        // the previous line is part of a block quote
	links    []Span      // the text of the links on the line being masked
	aOpen    int         // the start of the text of an <a> tag open on the line, or -1
	heads    []Span      // the headings met, "## …" and underlined (Doc.headings)
	// paraStart is the first byte of the paragraph of plain lines being
	// read, which an underline ("-----", "=====") makes a heading, or -1;
	// prevEnd the end of its last line
	paraStart, prevEnd int
	// the line being masked, indexed once (indexLine) so that no mark on
	// it is searched for again from every bracket, backtick or "<"
	ln lineIndex
}

// lineIndex holds what inline looks up on the line [start, end) being
// masked, found in one pass over it: the "]" closing each "[" and the ")"
// closing each "(" (pair), the runs of backticks by length (ticks), and
// the next "]", ">", "-->", space and tab ahead (seek). Searching from
// each mark instead took a line of 100,000 "[" (or "[^", "<a") 27 s: each
// search ran to the end of the line.
type lineIndex struct {
	start int
	pair  []int         // pair[k-start]: the byte closing the "[" or "(" at k, -1 none, -2 not known
	ticks map[int][]int // run length → the starts of the runs of that many backticks, in order
	seek  [5]seeker     // "]", ">", "-->", " ", "\t"
}

const (
	seekBracket = iota
	seekAngle
	seekComment
	seekSpace
	seekTab
)

// lineSeekers are the seekers of a new masker, none used yet.
var lineSeekers = [...]seeker{seekBracket: {sub: "]"}, seekAngle: {sub: ">"}, seekComment: {sub: "-->"}, seekSpace: {sub: " "}, seekTab: {sub: "\t"}}

// seeker finds the next sub in src at or after offsets that never go
// back: the place found last is kept while it lies ahead, so all searches
// together read src once.
type seeker struct {
	sub      string
	found    bool // from and at hold a search's result
	from, at int  // the first sub at or after from is at at (-1: none)
}

func (s *seeker) next(src string, i int) int {
	if !s.found || i < s.from || s.at >= 0 && s.at < i {
		s.found, s.from, s.at = true, i, strings.Index(src[i:], s.sub)
		if s.at >= 0 {
			s.at += i
		}
	}
	return s.at
}

// indexLine indexes the line [start, end) for inline. A backslash escapes
// the byte after it from bracket pairs ("\]" closes nothing), as
// matchBracket reads them, and not from parentheses, as linkEnd reads
// them: "[a [b] c](d (e))" pairs 0–8, 3–5, 9–15 and 12–14.
func (m *mdMasker) indexLine(start, end int) {
	src, ln := m.src, &m.ln
	ln.start = start
	clear(ln.ticks)
	ln.pair = ln.pair[:0]
	line := src[start:end]
	if strings.IndexAny(line, "[(") >= 0 {
		ln.pair = slices.Grow(ln.pair, len(line))[:len(line)]
		for k := range ln.pair {
			ln.pair[k] = -2
		}
		var squares, rounds []int
		for k := start; k < end; k++ {
			c := src[k]
			if c == '\\' && k+1 < end {
				k++
				if c = src[k]; c == '[' || c == ']' {
					continue
				}
			}
			switch c {
			case '[':
				squares = append(squares, k)
			case ']':
				if n := len(squares); n > 0 {
					ln.pair[squares[n-1]-start] = k
					squares = squares[:n-1]
				}
			case '(':
				rounds = append(rounds, k)
			case ')':
				if n := len(rounds); n > 0 {
					ln.pair[rounds[n-1]-start] = k
					rounds = rounds[:n-1]
				}
			}
		}
		for _, k := range append(squares, rounds...) {
			ln.pair[k-start] = -1
		}
	}
	for k := strings.IndexByte(line, '`'); k >= 0; {
		n := runLen(line, k, len(line), '`')
		if ln.ticks == nil {
			ln.ticks = map[int][]int{}
		}
		ln.ticks[n] = append(ln.ticks[n], start+k)
		next := strings.IndexByte(line[k+n:], '`')
		if next < 0 {
			break
		}
		k += n + next
	}
}

// blankAt tells whether a space or a tab lies in [i, j) of the line.
func (m *mdMasker) blankAt(i, j int) bool {
	for _, s := range []int{seekSpace, seekTab} {
		if k := m.ln.seek[s].next(m.src, i); k >= 0 && k < j {
			return true
		}
	}
	return false
}

// closing is the byte closing the "[" or "(" at i on the line, or -1.
func (m *mdMasker) closing(i, end int) int {
	if p := m.ln.pair[i-m.ln.start]; p != -2 {
		return p
	}
	return matchBracket(m.src, i, end) // a "[" after a backslash, reached by a jump
}

// tickRun finds the first run of exactly n backticks starting at or after
// from on the line, or -1; the runs of each length are used up in order,
// as from only grows along a line.
func (m *mdMasker) tickRun(from, n int) int {
	runs := m.ln.ticks[n]
	skip := 0
	for skip < len(runs) && runs[skip] < from {
		skip++
	}
	if skip == len(runs) {
		return -1
	}
	if skip > 0 {
		m.ln.ticks[n] = runs[skip:]
	}
	return runs[skip]
}

// maskMarkdown masks a Markdown article into prose of the same length (see
// above) and returns the paragraphs of block quotes that are quotations
// without marks, and the headings.
func maskMarkdown(src string) (string, [][]Span, []Span) {
	m := &mdMasker{src: src, out: []byte(src), jump: map[int]int{}, paraStart: -1}
	m.ln.seek = lineSeekers
	m.bq.reset()
	lines := splitLines(src)
	i := m.frontMatter(lines)
	var fence string // the opening fence while inside a fenced block
	for ; i < len(lines); i++ {
		l := lines[i]
		if l.end <= m.skipTo {
			continue // inside a comment masked already
		}
		start := max(l.start, m.skipTo)
		if fence != "" {
			blankOut(m.out, l.start, l.end)
			if closesFence(src[start:l.end], fence) {
				fence = ""
			}
			continue
		}
		m.line(start, l.end, &fence)
	}
	m.bq.flush(m.out)
	m.bq.endQuote()
	return string(m.out), m.bq.quotes, m.heads
}

type lineSpan struct{ start, end int } // end excludes the line break

func splitLines(s string) []lineSpan {
	var ls []lineSpan
	for off := 0; off < len(s); {
		e := strings.IndexAny(s[off:], "\r\n")
		if e < 0 {
			ls = append(ls, lineSpan{off, len(s)})
			break
		}
		ls = append(ls, lineSpan{off, off + e})
		off += e + 1
		if s[off-1] == '\r' && off < len(s) && s[off] == '\n' {
			off++
		}
	}
	return ls
}

// frontMatter masks YAML (---) or TOML (+++) front matter at the top and
// returns the first line after it.
func (m *mdMasker) frontMatter(lines []lineSpan) int {
	if len(lines) == 0 {
		return 0
	}
	first := strings.TrimPrefix(m.src[lines[0].start:lines[0].end], "\uFEFF")
	if first != "---" && first != "+++" {
		return 0
	}
	for i := 1; i < len(lines); i++ {
		l := strings.TrimRight(m.src[lines[i].start:lines[i].end], " \t")
		if l == first || first == "---" && l == "..." {
			blankOut(m.out, 0, lines[i].end)
			return i + 1
		}
	}
	return 0 // never closed: a thematic break, not front matter
}

// fenceOpen returns the fence a line opens ("```", "~~~~"), or "".
func fenceOpen(s string) string {
	t := strings.TrimLeft(s, " ")
	if len(s)-len(t) > 3 || len(t) < 3 || t[0] != '`' && t[0] != '~' {
		return ""
	}
	n := 0
	for n < len(t) && t[n] == t[0] {
		n++
	}
	if n < 3 || t[0] == '`' && strings.Contains(t[n:], "`") {
		return ""
	}
	return t[:n]
}

func closesFence(s, fence string) bool {
	t := strings.TrimLeft(s, " ")
	if len(s)-len(t) > 3 || !strings.HasPrefix(t, fence) {
		return false
	}
	return strings.Trim(t, string(fence[0])+" \t") == ""
}

func isBlankStr(s string) bool { return strings.Trim(s, " \t\uFEFF") == "" }

// line masks one line [start, end) outside fences.
func (m *mdMasker) line(start, end int, fence *string) {
	src := m.src
	if isBlankStr(src[start:end]) {
		m.endQuoteBlock(false)
		m.inQuote, m.prevText = false, false
		return
	}
	p := start
	// indentation, then block-quote markers: "> > text"
	for p < end && p-start < 3 && src[p] == ' ' {
		p++
	}
	depth := 0
	for p < end && src[p] == '>' {
		depth++
		m.out[p] = ' '
		p++
		for p < end && (src[p] == ' ' || src[p] == '\t') && p-start < 64 {
			p++
		}
	}
	rest := src[p:end]
	switch {
	case depth > 0 && !m.inQuote:
		if m.prevText {
			m.breakAt(start, p) // the block quote starts a paragraph
		}
		m.inQuote = true
	case depth > 0:
	case m.inQuote && (m.blockStart(rest) || isBreak(rest)):
		m.endQuoteBlock(false) // a block after a block quote ends it
		m.inQuote = false
	}
	if depth > 0 && isBlankStr(rest) { // ">" alone: a paragraph break inside the quote
		m.endQuoteBlock(true)
		m.prevText = false
		return
	}
	if f := fenceOpen(rest); f != "" {
		blankOut(m.out, start, end)
		*fence = f
		m.endQuoteBlock(m.inQuote)
		m.prevText = false
		return
	}
	if isBreak(rest) || isSetextUnderline(rest) && m.prevText {
		if m.prevText && m.paraStart >= 0 && depth == 0 && !m.inQuote && isSetextUnderline(rest) {
			m.heads = append(m.heads, Span{m.paraStart, m.prevEnd}) // the lines above are a heading
		}
		blankOut(m.out, p, end)
		m.endQuoteBlock(m.inQuote)
		m.prevText = false
		return
	}
	if isRefDefinition(rest) {
		blankOut(m.out, p, end)
		m.prevText = false
		return
	}
	q := m.blockMarker(p, end)
	if t := strings.TrimLeft(rest, " "); depth == 0 && len(rest)-len(t) <= 3 && atxLevel(t) > 0 {
		m.heads = append(m.heads, Span{start, end}) // "## …"
	}
	switch {
	case q > p:
		m.paraStart = -1 // a heading or a list item: no underline makes it a heading
	case !m.prevText:
		m.paraStart = start
	}
	m.prevEnd = end
	if q > p {
		if m.prevText {
			m.breakAt(p, q)
		}
		m.endQuoteBlock(m.inQuote) // a heading or list item is a paragraph of its own
	}
	m.links, m.aOpen = m.links[:0], -1
	m.inline(q, end)
	if depth == 0 && !m.inQuote && (q > p || !m.prevText) && m.blockEndsAt(end) && !strings.HasPrefix(src[p:q], "# ") {
		m.maskTeaser(q, end)
	}
	if m.inQuote && depth > 0 && m.prevText && dashAttribution(m.out[q:end]) {
		m.breakAt(start, p) // "— Ann Lowell" under the quote's words: the attribution's own paragraph
	}
	if m.inQuote { // a line of the quote, or a lazy continuation of its paragraph
		m.bq.add(m.out, q, end)
	}
	m.prevText = true
}

// blockEndsAt tells whether the block of the line ending at end ends
// with it: the file ends, or a blank line, a heading or a list item
// follows.
func (m *mdMasker) blockEndsAt(end int) bool {
	next := strings.TrimPrefix(m.src[end:], "\r")
	next = strings.TrimPrefix(next, "\n")
	if k := strings.IndexAny(next, "\r\n"); k >= 0 {
		next = next[:k]
	}
	return isBlankStr(next) || m.blockStart(next)
}

// maskTeaser masks a paragraph, heading or list item [start, end) that is
// a teaser for another story, as an HTML page's is (linkBlock): its words
// are all a link's, after a label at most ("**Read more:** [Lowell says
// "the money is fake"](…)", "- [Reed: “Salem is broke”](…)").
func (m *mdMasker) maskTeaser(start, end int) {
	l := linkBlock{start: start}
	at := start
	for _, s := range m.links {
		if s.Start < at || s.End > end {
			continue
		}
		l.text(m.out, at, s.Start, false)
		l.depth = 1
		l.text(m.out, s.Start, s.End, false)
		l.depth = 0
		at = s.End
	}
	l.text(m.out, at, end, false)
	l.end(m.out, end)
}

// endQuoteBlock ends the paragraph of a block quote being read; paragraph
// ends the quotation too when the block quote ends.
func (m *mdMasker) endQuoteBlock(paragraph bool) {
	m.bq.flush(m.out)
	if !paragraph {
		m.bq.endQuote()
	}
}

// breakAt puts a line break in the first masked byte of a block marker
// [start, end), so the block is a paragraph of its own.
func (m *mdMasker) breakAt(start, end int) {
	for i := start; i < end; i++ {
		if m.out[i] == ' ' && m.src[i] != ' ' && m.src[i] != '\t' {
			m.out[i] = '\n'
			return
		}
	}
}

// blockStart tells whether a line (after block-quote markers) starts a
// block of its own: a heading, a list item, a table row, a fence.
func (m *mdMasker) blockStart(s string) bool {
	t := strings.TrimLeft(s, " ")
	return fenceOpen(s) != "" || atxLevel(t) > 0 || listMarkerLen(t) > 0 || strings.HasPrefix(t, "|")
}

// blockMarker masks the marker of a heading, list item, task box or table
// row at the start of [p, end) and returns where its text starts.
func (m *mdMasker) blockMarker(p, end int) int {
	src := m.src
	q := p
	for q < end && q-p < 3 && src[q] == ' ' {
		q++
	}
	t := src[q:end]
	if n := atxLevel(t); n > 0 {
		blankOut(m.out, q, q+n)
		// closing hashes: "## Title ##"
		e := end
		for e > q+n && (src[e-1] == ' ' || src[e-1] == '\t') {
			e--
		}
		h := e
		for h > q+n && src[h-1] == '#' {
			h--
		}
		if h < e && h > q+n && (src[h-1] == ' ' || src[h-1] == '\t') {
			blankOut(m.out, h, e)
		}
		return q + n
	}
	if n := listMarkerLen(t); n > 0 {
		blankOut(m.out, q, q+n)
		q += n
		if tl := src[q:end]; len(tl) >= 3 && tl[0] == '[' && tl[2] == ']' && strings.ContainsRune(" xX", rune(tl[1])) {
			blankOut(m.out, q, q+3) // a task box
			q += 3
		}
		return q
	}
	if strings.HasPrefix(t, "|") {
		for i := q; i < end; i++ {
			if src[i] == '|' && (i == 0 || src[i-1] != '\\') {
				m.out[i] = ' '
			}
		}
		return q + 1
	}
	if strings.HasPrefix(t, "[^") { // a footnote definition: "[^1]: text"
		if k := strings.Index(t, "]:"); k > 2 && !strings.ContainsAny(t[:k], " \t") {
			blankOut(m.out, q, q+k+2)
			return q + k + 2
		}
	}
	return p
}

// atxLevel is the length of a heading's marker ("## " → 3), or 0.
func atxLevel(t string) int {
	n := 0
	for n < len(t) && n < 7 && t[n] == '#' {
		n++
	}
	if n == 0 || n > 6 {
		return 0
	}
	if n == len(t) {
		return n
	}
	if t[n] == ' ' || t[n] == '\t' {
		return n + 1
	}
	return 0
}

// listMarkerLen is the length of a list item's marker ("- ", "12. "), or 0.
func listMarkerLen(t string) int {
	if len(t) >= 2 && strings.ContainsRune("-*+", rune(t[0])) && (t[1] == ' ' || t[1] == '\t') {
		return 2
	}
	n := 0
	for n < len(t) && n < 9 && isDigit(t[n]) {
		n++
	}
	if n > 0 && n+1 < len(t) && (t[n] == '.' || t[n] == ')') && (t[n+1] == ' ' || t[n+1] == '\t') {
		return n + 2
	}
	return 0
}

// isBreak: a thematic break, "---", "* * *", "___".
func isBreak(t string) bool {
	t = strings.TrimRight(strings.TrimLeft(t, " "), " \t")
	if len(t) < 3 || !strings.ContainsRune("-*_", rune(t[0])) {
		return false
	}
	n := 0
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case t[0]:
			n++
		case ' ', '\t':
		default:
			return false
		}
	}
	return n >= 3
}

// isSetextUnderline: "=====" or "-----" under a heading's text.
func isSetextUnderline(t string) bool {
	t = strings.TrimRight(strings.TrimLeft(t, " "), " \t")
	return len(t) > 0 && (strings.Trim(t, "=") == "" || strings.Trim(t, "-") == "")
}

// isRefDefinition: "[label]: https://…" (not a footnote).
func isRefDefinition(t string) bool {
	t = strings.TrimLeft(t, " ")
	if !strings.HasPrefix(t, "[") || strings.HasPrefix(t, "[^") {
		return false
	}
	k := strings.Index(t, "]:")
	if k < 2 || strings.ContainsRune(t[1:k], ']') {
		return false
	}
	return len(strings.Fields(t[k+2:])) >= 1
}

// inline masks the inline markup of [start, end).
func (m *mdMasker) inline(start, end int) {
	src := m.src
	m.indexLine(start, end)
	for i := start; i < end; {
		c := src[i]
		if c == ']' {
			if j, ok := m.jump[i]; ok { // the destination of a link
				i = max(j, i+1)
				continue
			}
		}
		switch {
		case c == '\\' && i+1 < end && isASCIIPunct(src[i+1]):
			m.out[i] = ' '
			if src[i+1] == '\'' && i > start && i+2 < end {
				// an escaped apostrophe inside a word ("won\'t"): the
				// modifier letter apostrophe ʼ, two bytes as the escape
				// is, keeps the word whole
				prev, _ := utf8.DecodeLastRuneInString(src[start:i])
				next, _ := utf8.DecodeRuneInString(src[i+2 : end])
				if isWordRune(prev) && unicode.IsLetter(next) {
					copy(m.out[i:], "ʼ")
				}
			}
			i += 2
			continue
		case c == '`':
			n := runLen(src, i, end, '`')
			if k := m.tickRun(i+n, n); k >= 0 {
				blankOut(m.out, i, k+n)
				i = k + n
				continue
			}
			i += n
			continue
		case c == '<':
			if n := m.angle(i, end); n > 0 {
				i += n
				continue
			}
		case c == '&':
			if n := entityLen([]byte(src[i:end])); n > 0 {
				decodeEntities(m.out, i, i+n)
				i += n
				continue
			}
		case c == '!' && i+1 < end && src[i+1] == '[':
			if e := m.linkEnd(i+1, end); e > 0 {
				blankOut(m.out, i, e) // an image: its alt text is no prose
				i = e
				continue
			}
		case c == '[':
			if i+1 < end && src[i+1] == '^' {
				if k := m.ln.seek[seekBracket].next(src, i) - i; k > 2 && i+k < end && !m.blankAt(i, i+k) {
					blankOut(m.out, i, i+k+1) // a footnote reference
					i += k + 1
					continue
				}
			}
			if e := m.linkEnd(i, end); e > 0 {
				close := m.closing(i, end)
				m.links = append(m.links, Span{i + 1, close})
				m.out[i] = ' '
				blankOut(m.out, close, e)
				m.jump[close] = e
				i++
				continue
			}
		case c == '*' || c == '_' || c == '~':
			n := runLen(src, i, end, c)
			if emphasisRun(src, i, i+n, start, end, c) {
				blankOut(m.out, i, i+n)
			}
			i += n
			continue
		}
		_, size := utf8.DecodeRuneInString(src[i:end])
		i += size
	}
}

// angle masks an HTML comment, tag or autolink at i and returns its
// length, or 0. A comment may run over lines.
func (m *mdMasker) angle(i, end int) int {
	src := m.src
	if strings.HasPrefix(src[i:], "<!--") {
		k := m.ln.seek[seekComment].next(src, i+4)
		if k < 0 {
			return 0
		}
		e := k + 3
		blankOut(m.out, i, e)
		if e > end {
			m.skipTo = e
			return end - i
		}
		return e - i
	}
	k := m.ln.seek[seekAngle].next(src, i) - i
	if k < 2 || i+k >= end {
		return 0
	}
	body := src[i+1 : i+k]
	switch {
	// the blank or "<" first: it is found early in a body running over
	// many marks ("<a<a<a … >"), where "://" would be sought to its end
	case !strings.ContainsAny(body, " \t<") && (strings.Contains(body, "://") || strings.HasPrefix(body, "mailto:")):
	case isTagBody(body):
	default:
		return 0
	}
	blankOut(m.out, i, i+k+1)
	switch name := strings.ToLower(strings.Fields(body + " ")[0]); {
	case name == "a":
		m.aOpen = i + k + 1
	case name == "/a" && m.aOpen >= 0:
		m.links = append(m.links, Span{m.aOpen, i})
		m.aOpen = -1
	}
	return k + 1
}

// isTagBody: "em", "/p", "br/", `a href="…"`.
func isTagBody(b string) bool {
	b = strings.TrimPrefix(b, "/")
	if b == "" || !(b[0] >= 'a' && b[0] <= 'z' || b[0] >= 'A' && b[0] <= 'Z') {
		return false
	}
	n := 0
	for n < len(b) && (isDigit(b[n]) || b[n] == '-' || b[n]|0x20 >= 'a' && b[n]|0x20 <= 'z') {
		n++
	}
	rest := b[n:]
	return rest == "" || rest == "/" || rest[0] == ' ' || rest[0] == '\t'
}

// linkEnd: for "[text](dest)" or "[text][ref]" at i, the end of the link;
// 0 when it is no link (an editor's [bracketed] words are not).
func (m *mdMasker) linkEnd(i, end int) int {
	src := m.src
	close := m.closing(i, end)
	if close < 0 || close+1 >= end {
		return 0
	}
	switch src[close+1] {
	case '(':
		depth := 0
		for k := close + 1; k < end; k++ {
			switch src[k] {
			case '(':
				if depth > 0 {
					// a pair inside the destination ("(a_(b))"): no
					// space in it counts and it cannot end the link
					if k = m.closing(k, end); k < 0 {
						return 0
					}
					continue
				}
				depth++
			case ')':
				depth--
				if depth == 0 {
					return k + 1
				}
			case ' ':
				if depth != 1 {
					continue
				}
				t := strings.TrimLeft(src[k:end], " ")
				if t != "" && (t[0] == '"' || t[0] == '\'') { // the title: "[a](b "c d")"
					if q := strings.IndexByte(t[1:], t[0]); q >= 0 {
						k = end - len(t) + 1 + q
						continue
					}
				}
				if !strings.HasPrefix(t, ")") {
					return 0 // a destination has no space
				}
				k = end - len(t) - 1 // past the run of spaces: "[a](b   )" reads them once
			}
		}
	case '[':
		if k := strings.IndexByte(src[close+2:end], ']'); k >= 0 {
			return close + 2 + k + 1
		}
	}
	return 0
}

// matchBracket finds the "]" closing the "[" at i on the line, or -1.
func matchBracket(src string, i, end int) int {
	depth := 0
	for k := i; k < end; k++ {
		switch src[k] {
		case '\\':
			k++
		case '[':
			depth++
		case ']':
			depth--
			if depth == 0 {
				return k
			}
		}
	}
	return -1
}

func runLen(s string, i, end int, c byte) int {
	n := 0
	for i+n < end && s[i+n] == c {
		n++
	}
	return n
}

// emphasisRun tells whether the run [i, j) of '*', '_' or '~' is an
// emphasis (or strike-through) delimiter: it touches a word on one side and
// space on the other, or a word on both sides for '*' ("**un**likely");
// '_' inside a word (snake_case) and "~" alone are text.
func emphasisRun(src string, i, j, start, end int, c byte) bool {
	if c == '~' && j-i != 2 || j-i > 3 {
		return false
	}
	before, after := ' ', ' '
	if i > start {
		before, _ = utf8.DecodeLastRuneInString(src[start:i])
	}
	if j < end {
		after, _ = utf8.DecodeRuneInString(src[j:end])
	}
	wordBefore, wordAfter := !unicode.IsSpace(before), !unicode.IsSpace(after)
	if !wordBefore && !wordAfter {
		return false // " * ": a lone star
	}
	if c == '_' && isWordRune(before) && isWordRune(after) {
		return false
	}
	return true
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func isASCIIPunct(c byte) bool {
	return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~'
}
