package quotes

import (
	"bytes"
	"html"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	xhtml "golang.org/x/net/html"
)

// Reading an HTML article by masking.
//
// The page is turned into prose of exactly its own byte length, so that the
// extractor reads prose while every offset stays an offset of the HTML
// source and every line and column is one of the source:
//
//	<p>&ldquo;We are <em>friends</em>,&rdquo; he said.</p>
//	   “     We are     friends     ,”      he said.\n\n
//
// Tags, comments and the doctype become spaces (their line breaks kept); an
// entity becomes its character padded to the entity's length (entityPad);
// the tag of a block (p, div, li, h1…h6, blockquote, br, …) starts with a
// blank line, so blocks are paragraphs; the text of page furniture (script,
// style, head, nav, aside, header and footer outside a block quote, figure
// captions, forms) becomes spaces. A <q> tag becomes the quotation mark a
// browser shows for it (“ ” outside, ‘ ’ nested), three bytes or fewer in
// a tag of at least three; a paragraph of a <blockquote> with no quotation
// mark of its own is a quotation (Doc.quoteSpans).
//
// The tokenizer of golang.org/x/net/html finds the tags; the bytes of its
// tokens (Raw) follow one another without gap, which is how the offset of
// each token is known.

// skipElems hold page furniture: their text is not the article's.
var skipElems = map[string]bool{
	"script": true, "style": true, "noscript": true, "template": true, "head": true, "title": true,
	"nav": true, "aside": true, "header": true, "footer": true, "figcaption": true,
	"form": true, "button": true, "select": true, "textarea": true, "iframe": true, "object": true,
	"svg": true, "math": true, "canvas": true, "menu": true, "dialog": true,
}

// furnitureClassRE finds, in an element's class, the furniture a page
// keeps in its article's body: a pull quote, which repeats the words of a
// quotation of the story in large type ("wp-block-pullquote",
// "pull-quote"), where they would be read twice, the second time given to
// whoever spoke last before it; and an embedded social post ("twitter-tweet",
// "instagram-media", "tiktok-embed"), someone's written post, not the
// record's speech.
var furnitureClassRE = regexp.MustCompile(`(?i)(?:^|[\s_-])(?:pull-?quote|twitter-tweet|instagram-media|tiktok-embed|bluesky-embed|mastodon-embed|fb-post)(?:$|[\s_-])`)

// containerElems may hold furniture a class names; void elements (img,
// br) have no end tag to stop skipping at.
var containerElems = setOf(`aside blockquote div figure p section`)

// furnitureClass tells whether the start tag just read is a container
// whose class names page furniture (furnitureClassRE).
func furnitureClass(z *xhtml.Tokenizer, tag string, hasAttr bool) bool {
	if !containerElems[tag] {
		return false
	}
	for hasAttr {
		var key, val []byte
		key, val, hasAttr = z.TagAttr()
		if string(key) == "class" && furnitureClassRE.Match(val) {
			return true
		}
	}
	return false
}

// linkBlock follows the paragraph being read to tell a teaser for another
// story: a block whose words are all a link's, after at most a short
// label ("<p><strong>Read more:</strong> <a>Lowell says “the money is
// fake”</a></p>", "[<a>…</a>]", an item of a list of related stories).
// Its quotation marks are another page's headline, which would be given
// to the speaker before it, so it is masked as furniture. A heading of
// the first rank (<h1>, the article's own title, which may link to the
// article itself) is kept; so is a paragraph of a block quote.
type linkBlock struct {
	start  int    // the paragraph's first byte
	depth  int    // open <a> elements
	linked bool   // words inside a link
	prose  bool   // words outside a link, other than a label before the first
	label  []byte // the words before the first link
	keep   bool   // a heading of the first rank, or inside a block quote
}

// text takes in out[start:end], a text of the paragraph, already masked.
func (l *linkBlock) text(out []byte, start, end int, inQuote bool) {
	if inQuote {
		l.keep = true
	}
	if !hasLetter(out[start:end]) && bytes.IndexFunc(out[start:end], unicode.IsDigit) < 0 {
		if !l.linked && l.depth == 0 {
			l.label = append(l.label, out[start:end]...) // "[", "|", the spaces of a label
		}
		return
	}
	switch {
	case l.depth > 0:
		l.linked = true
	case !l.linked && len(l.label)+end-start <= 64:
		l.label = append(l.label, out[start:end]...)
	default:
		l.prose = true
	}
}

// end ends the paragraph at the tag at at: a teaser is masked.
func (l *linkBlock) end(out []byte, at int) {
	if l.linked && !l.prose && !l.keep && teaserLabel(l.label) {
		blankOut(out, l.start, at)
	}
}

// teaserLabel tells whether the words before a teaser's link are none
// or a label: four words at most ending in a colon ("Read more:",
// "RELATED:", "See also:"), no quotation mark.
func teaserLabel(b []byte) bool {
	s := strings.TrimRight(strings.Map(func(r rune) rune {
		if isPad(r) {
			return -1
		}
		return r
	}, string(b)), " \t\r\n\u00a0[(|•·›»>—–-")
	if !hasLetter([]byte(s)) {
		return true
	}
	ws := strings.Fields(s)
	return strings.HasSuffix(s, ":") && len(ws) <= 4 && !strings.ContainsFunc(s, quoteMark) && !cueLabel(ws)
}

// cueLabel tells whether the words before a link and its colon are a cue,
// a verb of speech after its subject ("Ann Lowell tweeted: <a>“…”</a>",
// "Reed said:"), whose link is the quotation's source, not a teaser's
// label ("Read more:", "Also read:", "Watch:").
func cueLabel(ws []string) bool {
	for _, w := range ws[1:] {
		w = strings.ToLower(strings.TrimRight(w, ":"))
		if w != "read" && speechVerbs[w] {
			return true
		}
	}
	return false
}

// blockElems end a paragraph where they start or end.
var blockElems = map[string]bool{
	"address": true, "article": true, "aside": true, "blockquote": true, "body": true, "br": true,
	"caption": true, "center": true, "dd": true, "details": true, "div": true, "dl": true, "dt": true,
	"fieldset": true, "figcaption": true, "figure": true, "footer": true, "h1": true, "h2": true,
	"h3": true, "h4": true, "h5": true, "h6": true, "header": true, "hgroup": true, "hr": true,
	"html": true, "li": true, "main": true, "nav": true, "ol": true, "p": true, "pre": true,
	"section": true, "summary": true, "table": true, "tbody": true, "td": true, "tfoot": true,
	"th": true, "thead": true, "tr": true, "ul": true,
}

// blankOut turns out[start:end] into spaces, keeping line breaks.
func blankOut(out []byte, start, end int) {
	for i := start; i < end; i++ {
		if out[i] != '\n' && out[i] != '\r' {
			out[i] = ' '
		}
	}
}

// putMark writes s at the start of a blanked tag of n bytes when it fits
// without covering a line break.
func putMark(out []byte, start, n int, s string) {
	if len(s) > n || bytes.ContainsAny(out[start:start+len(s)], "\r\n") {
		return
	}
	copy(out[start:], s)
}

// entityLen is the length of the character reference at the start of s
// ("&amp;", "&#8220;", "&#x201C;"), or 0. Only references closed by a
// semicolon are read; a bare "&" is text.
func entityLen(s []byte) int {
	if len(s) < 3 || s[0] != '&' {
		return 0
	}
	i := 1
	switch {
	case s[1] == '#':
		i = 2
		hex := i < len(s) && (s[i] == 'x' || s[i] == 'X')
		if hex {
			i++
		}
		j := i
		for i < len(s) && i-j < 8 && (isDigit(s[i]) || hex && isHex(s[i])) {
			i++
		}
		if i == j {
			return 0
		}
	default:
		for i < len(s) && i < 40 && (isDigit(s[i]) || s[i]|0x20 >= 'a' && s[i]|0x20 <= 'z') {
			i++
		}
		if i == 1 {
			return 0
		}
	}
	if i < len(s) && s[i] == ';' {
		return i + 1
	}
	return 0
}

// entityPad is n bytes of padding after a decoded entity. Spaces would cut
// a word in two ("other&rsquo;s" → "other’    s"), so the padding is made
// of invisible combining marks, which a word keeps and folding for
// comparison removes: the combining grapheme joiner U+034F (2 bytes) and
// variation selector-1 U+FE00 (3 bytes); one byte alone is a space.
func entityPad(n int) string {
	switch {
	case n <= 0:
		return ""
	case n == 1:
		return " "
	case n%2 == 1:
		return "\uFE00" + strings.Repeat("\u034F", (n-3)/2)
	}
	return strings.Repeat("\u034F", n/2)
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

// isPad tells the padding of entityPad.
func isPad(r rune) bool { return r == 0x034F || r == 0xFE00 }

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
func isHex(c byte) bool   { return isDigit(c) || c|0x20 >= 'a' && c|0x20 <= 'f' }

// decodeEntities replaces each character reference in out[start:end] by
// its character padded to the reference's length (entityPad). A reference
// whose character would not fit, or that names no character, stays.
func decodeEntities(out []byte, start, end int) {
	for i := start; i < end; i++ {
		if out[i] != '&' {
			continue
		}
		n := entityLen(out[i:end])
		if n == 0 {
			continue
		}
		ref := string(out[i : i+n])
		dec := html.UnescapeString(ref)
		if dec == ref || len(dec) > n || strings.Contains(dec, ";") && dec != ";" {
			continue // no character, or one named by a prefix ("&not" of "&notit;")
		}
		// the padding goes on the side away from the word the character
		// belongs to: after it in "other&rsquo;s" and "friends.&rdquo;",
		// before it in "said &ldquo;We", so a quotation starts at its word.
		// Padding that touches white space, or a tag (masked to spaces
		// next), is spaces: it cuts no word, and a rule reading the
		// character's neighbours finds the space it is written beside
		// ("</p><p>&ldquo;and …" opens its paragraph with the mark, "&mdash;
		// Ann Lowell" is a dash and a name)
		pad := entityPad(n - len(dec))
		spaceBefore := i == 0 || isSpaceByte(out[i-1])
		spaceAfter := i+n >= len(out) || isSpaceByte(out[i+n]) || i+n == end && out[i+n] == '<'
		switch {
		case spaceBefore && !spaceAfter:
			copy(out[i:], strings.Repeat(" ", n-len(dec))+dec)
		case spaceAfter:
			copy(out[i:], dec+strings.Repeat(" ", n-len(dec)))
		default:
			copy(out[i:], dec+pad)
		}
		i += n - 1
	}
}

// quoteMark tells whether r is a quotation mark the extractor reads.
func quoteMark(r rune) bool {
	_, ok := openers[r]
	return ok || isCloserOnly(r)
}

// quoteBlock gathers the paragraphs of a block quote that are quotations
// without marks: consecutive ones are one quotation of several pieces, as
// a quotation running over paragraphs is.
type quoteBlock struct {
	start, end int // first and last+1 byte of the paragraph's words; start < 0 when empty
	// the first byte of the words of the paragraph's last line taken in,
	// and the paragraph's end before that line
	lineStart, prevEnd int
	marks              bool
	group              []Span   // the pieces of the quotation being gathered
	quotes             [][]Span // the quotations gathered
}

func (b *quoteBlock) reset() { b.start, b.end, b.lineStart, b.prevEnd, b.marks = -1, -1, -1, -1, false }

// add takes in out[start:end], already masked: a line.
func (b *quoteBlock) add(out []byte, start, end int) {
	b.prevEnd, b.lineStart = b.end, -1
	b.addText(out, start, end)
}

// addText takes in out[start:end], already masked, as more of the line
// being read: an HTML text between inline tags, where a paragraph is
// one line (a <br> ends it).
func (b *quoteBlock) addText(out []byte, start, end int) {
	for i := start; i < end; {
		r, size := utf8.DecodeRune(out[i:end])
		if quoteMark(r) {
			b.marks = true
		}
		if !isSpaceRune(r) && !isPad(r) {
			if b.start < 0 {
				b.start = i
			}
			if b.lineStart < 0 {
				b.lineStart = i
			}
			b.end = i + size
		}
		i += size
	}
}

// flush ends a paragraph: one with words and no marks is a piece of the
// quotation, one with marks ends it (its marks tell its quotations). The
// block quote's attribution is no piece of it but the article's prose, as
// it would be after a quotation in marks: a paragraph that is a dash and
// a name ("— Ann Lowell"), or a last line that is ("…another season. ¶
// — Ann Lowell"), and a paragraph that introduces the speech ("Reed told
// the council:").
func (b *quoteBlock) flush(out []byte) {
	switch {
	case b.start < 0:
	case dashAttribution(out[b.start:b.end]) || speechIntroduction(out[b.start:b.end]):
		b.endQuote()
	case !b.marks && hasLetter(out[b.start:b.end]):
		if b.lineStart > b.start && b.prevEnd > b.start && dashAttribution(out[b.lineStart:b.end]) {
			b.group = append(b.group, Span{b.start, b.prevEnd})
			b.endQuote()
			break
		}
		b.group = append(b.group, Span{b.start, b.end})
	default:
		b.endQuote()
	}
	b.reset()
}

// footnoteMark tells whether a superscript's text is a footnote's mark: a
// number or a symbol, bracketed or not ("2", "[1]", "*", "†").
func footnoteMark(b []byte) bool {
	s := strings.Trim(strings.TrimSpace(string(b)), "[]()")
	if s == "" || len(s) > 4 {
		return false
	}
	return strings.Trim(s, "0123456789*†‡§") == ""
}

// dashAttribution tells whether a block quote's line is its attribution
// set off by a dash: "— Ann Lowell", "–Tom Reed, mayor of Salem", "--
// Reed": a dash, then a capitalised word, ten words at most, no quotation
// mark.
//
// The dashes may stand apart, as an HTML <footer> that writes its own
// ("<footer>— <cite>Ann Lowell</cite></footer>") is read with one before
// it.
func dashAttribution(p []byte) bool {
	s := strings.TrimSpace(string(p))
	rest := strings.TrimLeft(s, "—–―- \t\u00a0")
	dashes := 0
	for _, r := range s[:len(s)-len(rest)] {
		if r != ' ' && r != '\t' && r != '\u00a0' {
			dashes++
		}
	}
	if dashes == 0 || dashes > 3 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r) && len(strings.Fields(rest)) <= 10 && !strings.ContainsFunc(rest, quoteMark) && !dashSentence(rest)
}

// dashSentence tells whether a dash line is a sentence, as a line of speech
// set off by a dash is ("— Where is the money?", "— In the budget, the
// council said."), not a name and a title: it asks or exclaims, or ends
// on a full stop after a word longer than an abbreviation ("Jr.", "Inc.")
// and opens on no name (a signature's name comes first, its title after a
// comma: "— Ann Lowell, mayor of Salem.", "— Reed, mayor of Salem.").
func dashSentence(s string) bool {
	if strings.ContainsAny(s, "?!") {
		return true
	}
	f := strings.Fields(s)
	last := f[len(f)-1]
	if !strings.HasSuffix(last, ".") || utf8.RuneCountInString(last) <= 4 || len(f) == 1 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(f[1])
	named := strings.HasSuffix(f[0], ",") || unicode.IsUpper(r)
	return !named
}

// speechIntroduction tells whether a block quote's paragraph introduces
// the speech after it: a clause of a dozen words at most, with a speech
// verb, ending in a colon ("Reed told the council:"). A clause in the
// first or second person is the speaker's own ("We told the council
// what we told the voters:"), and a capitalised word after the first is
// a name, not a verb ("The United States has one choice:").
func speechIntroduction(p []byte) bool {
	s := strings.TrimSpace(string(p))
	if !strings.HasSuffix(s, ":") {
		return false
	}
	words := strings.Fields(strings.TrimSuffix(s, ":"))
	if len(words) > 12 {
		return false
	}
	verb := false
	for k, w := range words {
		w = strings.Trim(w, ",.;")
		if firstOrSecondPerson[strings.ToLower(strings.ReplaceAll(w, "’", "'"))] {
			return false
		}
		r, _ := utf8.DecodeRuneInString(w)
		verb = verb || speechVerbs[strings.ToLower(w)] && (k == 0 || !unicode.IsUpper(r))
	}
	return verb
}

// firstOrSecondPerson are the words of a speaker speaking of themselves
// or to their listeners.
var firstOrSecondPerson = setOf(`i i'm i've i'd i'll me my mine we we're we've we'd we'll us our ours you you're your yours`)

// endQuote ends the quotation being gathered, at the end of the block
// quote.
func (b *quoteBlock) endQuote() {
	if len(b.group) > 0 {
		b.quotes = append(b.quotes, b.group)
		b.group = nil
	}
}

func isSpaceRune(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\f', '\v', 0x85, 0xA0, 0x2007, 0x202F, 0xFEFF:
		return true
	}
	return r >= 0x2000 && r <= 0x200A || r == 0x3000
}

func hasLetter(b []byte) bool {
	return bytes.IndexFunc(b, func(r rune) bool { return r >= 'A' && (r <= 'Z' || r >= 'a' && r <= 'z' || r >= 0xC0) }) >= 0
}

// maskHTML masks an HTML page into prose of the same length (see above)
// and returns the paragraphs of block quotes that are quotations without
// marks, and the headings (<h1>…<h6>).
func maskHTML(data []byte) (string, [][]Span, []Span) {
	out := bytes.Clone(data)
	z := xhtml.NewTokenizer(bytes.NewReader(data))
	off := 0
	var skip []string // open furniture elements, innermost last
	quoteDepth, blockquoteDepth := 0, 0
	citeDepth := 0 // inside a block quote's footer or cite: its source, not its words
	supDepth := 0  // inside a superscript, where a footnote's number is no word
	var bq quoteBlock
	bq.reset()
	var teaser linkBlock
	var heads []Span
	headAt := -1 // the end of the start tag of the heading open, or -1
	for {
		tt := z.Next()
		if tt == xhtml.ErrorToken {
			break
		}
		raw := z.Raw()
		start, end := off, off+len(raw)
		if end > len(out) {
			break // cannot happen: the tokens' bytes are the input's
		}
		off = end
		switch tt {
		case xhtml.TextToken:
			if len(skip) > 0 {
				blankOut(out, start, end)
				continue
			}
			decodeEntities(out, start, end)
			if supDepth > 0 && footnoteMark(out[start:end]) {
				blankOut(out, start, end) // "family,<sup>2</sup>”": a note's number
				continue
			}
			if blockquoteDepth > 0 && citeDepth == 0 {
				bq.addText(out, start, end)
			}
			teaser.text(out, start, end, blockquoteDepth > 0)
		case xhtml.StartTagToken, xhtml.SelfClosingTagToken, xhtml.EndTagToken:
			name, hasAttr := z.TagName()
			tag := string(name)
			blankOut(out, start, end)
			opening := tt != xhtml.EndTagToken
			if tag == "body" && opening {
				skip = skip[:0] // an unclosed <head> ends here
			}
			if len(skip) > 0 {
				switch {
				case tt == xhtml.StartTagToken && (skipElems[tag] || tag == skip[len(skip)-1]):
					skip = append(skip, tag)
				case tt == xhtml.EndTagToken && skip[len(skip)-1] == tag:
					skip = skip[:len(skip)-1]
				}
				continue
			}
			if tt == xhtml.StartTagToken && (skipElems[tag] && !((tag == "header" || tag == "footer") && blockquoteDepth > 0) || furnitureClass(z, tag, hasAttr)) {
				if blockquoteDepth > 0 {
					bq.flush(out)
				}
				teaser.end(out, start)
				teaser = linkBlock{start: end}
				skip = append(skip, tag)
				continue
			}
			if tag == "a" {
				if opening {
					teaser.depth++
				} else if teaser.depth > 0 {
					teaser.depth--
				}
			}
			if blockElems[tag] {
				teaser.end(out, start)
				teaser = linkBlock{start: end, keep: tag == "h1" && tt == xhtml.StartTagToken}
				if blockquoteDepth > 0 {
					bq.flush(out)
				}
				mark := "\n\n"
				if tag == "br" {
					mark = "\n" // a line break, not a paragraph's end: a quotation goes on over it
				}
				if tag == "footer" && tt == xhtml.StartTagToken && blockquoteDepth > 0 {
					mark = "\n\n— " // a block quote's footer is its attribution, as a dash and a name are
				}
				putMark(out, start, end-start, mark)
			}
			if len(tag) == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6' {
				switch {
				case tt == xhtml.StartTagToken:
					headAt = end
				case tt == xhtml.EndTagToken && headAt >= 0:
					heads = append(heads, Span{headAt, start})
					headAt = -1
				}
			}
			switch tag {
			case "blockquote":
				if tt == xhtml.StartTagToken {
					blockquoteDepth++
				} else if tt == xhtml.EndTagToken && blockquoteDepth > 0 {
					blockquoteDepth--
					bq.endQuote()
				}
			case "sup":
				if tt == xhtml.StartTagToken {
					supDepth++
				} else if tt == xhtml.EndTagToken && supDepth > 0 {
					supDepth--
				}
			case "footer", "cite":
				if blockquoteDepth == 0 {
					break
				}
				if tag == "cite" && tt == xhtml.StartTagToken && citeDepth == 0 && bq.start < 0 {
					// a cite on a line of its own under the words is their
					// attribution, as a footer is: "<p>We will pay.</p>
					// <cite>Ann Lowell</cite>" signs "— Ann Lowell"
					putMark(out, start, end-start, "\n\n— ")
				}
				bq.flush(out)
				if tt == xhtml.StartTagToken {
					citeDepth++
				} else if tt == xhtml.EndTagToken && citeDepth > 0 {
					citeDepth--
				}
			case "q":
				mark := "“"
				switch {
				case tt == xhtml.StartTagToken:
					if quoteDepth%2 == 1 {
						mark = "‘"
					}
					quoteDepth++
				case tt == xhtml.EndTagToken && quoteDepth > 0:
					quoteDepth--
					mark = "”"
					if quoteDepth%2 == 1 {
						mark = "’"
					}
				default:
					mark = ""
				}
				putMark(out, start, end-start, mark)
				if blockquoteDepth > 0 && mark != "" {
					bq.marks = true
				}
			}
		default: // comments, the doctype
			blankOut(out, start, end)
		}
	}
	bq.flush(out)
	bq.endQuote()
	if len(skip) == 0 {
		teaser.end(out, off)
	}
	if off < len(out) { // not reached by the tokenizer: never prose
		blankOut(out, off, len(out))
	}
	return string(out), bq.quotes, heads
}
