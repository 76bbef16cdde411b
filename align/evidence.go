package align

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sergi/go-diff/diffmatchpatch"

	"github.com/quotecheck/quotecheck/quotes"
)

// contextWords is how many words of the record are shown on either side of
// a source passage.
const contextWords = 25

// evidence fills in the source passage and the word diff of a finding.
func (r *Record) evidence(f *Finding, q []Token, c *candidate, article string) {
	t := &r.turns[c.turn]
	trI, _ := r.turnPlace(c.turn)
	tr := r.transcript(trI)
	// the words to re-read: the aligned stretch, and the paraphrased one
	// when it was scored (an unscored one is empty, [0,0), and must not
	// stretch the reading back to the turn's start: on a long turn that
	// made every quote cost the whole turn)
	spanLo, spanHi := c.al.RStart, c.al.REnd
	if c.paraHi > c.paraLo {
		spanLo, spanHi = min(spanLo, c.paraLo), max(spanHi, c.paraHi)
	}
	ctxLo := max(0, spanLo-contextWords)
	ctxHi := min(t.n, spanHi+contextWords)
	lo, hi := c.al.RStart, c.al.REnd
	if c.level > Altered && c.paraHi > c.paraLo {
		// a paraphrase: the stretch holding its words, widened to the
		// aligned words where the two overlap
		if c.al.REnd > c.paraLo && c.al.RStart < c.paraHi {
			lo, hi = min(lo, c.paraLo), max(hi, c.paraHi)
		} else {
			lo, hi = c.paraLo, c.paraHi
		}
	}
	if hi <= lo {
		return
	}
	// toks[k] is turn token ctxLo+k; of the context around [lo, hi) only
	// the spans are read, save a word on either side, which the passage
	// may take (widenToReplaced)
	fullLo, fullHi := max(ctxLo, lo-1), min(ctxHi, hi+1)
	toks := r.turnSpans(c.turn, ctxLo, ctxHi, fullLo, fullHi)
	text := tr.SpeechText()
	at := func(k int) Token { return toks[k-ctxLo] }
	if lo == c.al.RStart && hi == c.al.REnd {
		lo, hi = bracketsReplaceFewest(q, c.al, at)
	}
	if c.level <= Altered {
		// (the spans of the context are all a widening reads)
		lo, hi = widenToReplaced(q, c.al, lo, hi, ctxLo, ctxHi, at, text)
	}
	// a word read as several tokens is shown whole where the reading
	// changed words ("2,500", not its "2 thousand" a quote matched)
	for c.level >= Altered && lo > ctxLo && sameSpan(at(lo-1), at(lo)) {
		lo--
	}
	for c.level >= Altered && hi < ctxHi && sameSpan(at(hi-1), at(hi)) {
		hi++
	}
	if lo < fullLo || hi > fullHi {
		toks = r.turnSpans(c.turn, ctxLo, ctxHi, lo, hi) // the words taken, in full
	}
	start, end := at(lo).Start, at(hi-1).End
	src := &Source{
		File:      tr.Doc.Name,
		Line:      tr.Doc.Line(start),
		Speaker:   c.sp.Display,
		SpeakerID: c.sp.ID,
		Text:      oneLine(text[start:end]),
		Start:     start,
		End:       end,
		Date:      transcriptDate(tr),
	}
	if lo > ctxLo {
		b := at(max(ctxLo, lo-contextWords)).Start
		src.Before = oneLine(text[b:start])
	}
	if hi < ctxHi {
		e := at(min(ctxHi, hi+contextWords) - 1).End
		src.After = oneLine(text[end:e])
	}
	if d, ok := tr.TimeAt(start); ok {
		src.At = quotes.FormatTime(d)
		src.Link = tr.MomentURL(start)
	}
	f.Source = src
	f.Diff = wordDiff(q, toks[lo-ctxLo:hi-ctxLo], lo, c.al, article, text)
}

// widenToReplaced widens the source passage [lo, hi) of a close reading
// by the record words that the quote's words of its own at either end
// stand in place of: "paid for by the state" against "paid for by the
// federal government." is shown as "[-federal government-] {+state+}", not
// as a word added after "the". The aligner leaves such words out because
// the record's ends are free. The passage takes the rest of the record's
// clause (words with nothing but space between them) when that is at most
// one word more than the quote's own words, else the one word next to it:
// "every two hours" against "every hour starting in June" shows "[-hour-]".
// A word read as several tokens ("we're", "2,500") is taken whole and
// ends no clause. at gives the turn's tokens [ctxLo, ctxHi), full from
// lo-1 to hi.
func widenToReplaced(q []Token, al Alignment, lo, hi, ctxLo, ctxHi int, at func(int) Token, text string) (int, int) {
	own := func(op Op) int { // the quote's words of its own op holds, or 0
		if op.Kind != OpInsert {
			return 0
		}
		for _, t := range q[op.Q0:op.Q1] {
			if t.Kind != Word || t.Marked {
				return 0
			}
		}
		return op.Q1 - op.Q0
	}
	sameWord := func(a, b int) bool { return sameSpan(at(a), at(b)) }
	joins := func(a, b int) bool { // token b follows token a in one clause
		// (a word's span may hold a period after it, "government.": a
		// period ends the clause, an initialism's too, "U.S.")
		ta, tb := at(a), at(b)
		return tb.Kind == Word && (sameWord(a, b) || ta.End <= tb.Start && strings.TrimSpace(text[ta.End:tb.Start]) == "" &&
			!strings.HasSuffix(text[ta.Start:ta.End], "."))
	}
	n := len(al.Ops)
	if n == 0 || hi <= lo {
		return lo, hi
	}
	if k := own(al.Ops[n-1]); k > 0 && al.Ops[n-1].Q1 == len(q) {
		e := hi
		for e < ctxHi && e-hi <= k+1 && joins(e-1, e) {
			e++
		}
		switch {
		case e-hi <= k+1 && (e == ctxHi || e < ctxHi && !joins(e-1, e)):
			hi = e // to the clause's end
		case e > hi:
			hi++
		}
		for hi < ctxHi && hi > 0 && sameWord(hi-1, hi) {
			hi++ // the word whole: "we're", not "we"
		}
	}
	if k := own(al.Ops[0]); k > 0 && al.Ops[0].Q0 == 0 {
		s := lo
		for s > ctxLo && lo-s <= k+1 && joins(s-1, s) {
			s--
		}
		switch {
		case lo-s <= k+1 && (s == ctxLo || s > ctxLo && !joins(s-1, s)):
			lo = s
		case s < lo:
			lo--
		}
		for lo > ctxLo && sameWord(lo-1, lo) {
			lo--
		}
	}
	return lo, hi
}

// bracketsReplaceFewest is the source passage [RStart, REnd) of al with
// a bracket opening the quote standing for the fewest record words that
// make sense. The aligner lets bracketed words stand for as many record
// words as they hold, at no cost, and the record's start is free, so
// "[The nurse] told me the ward was full" against "… the jobs. She told
// me the ward was full." replaced "jobs. She". The bracket stands for the
// record words right before the matched run that its own last words are
// (the record's "In Salem" for "[In Salem,]"), and one word more when it
// holds others ("She" for "[The nurse]", "She and I" for "[The nurse and
// I]"). A word read as several tokens is kept whole. (At the quote's end
// a bracket takes no record words: the aligner's ties go to the earliest
// end.)
func bracketsReplaceFewest(q []Token, al Alignment, at func(int) Token) (int, int) {
	lo, hi := al.RStart, al.REnd
	from := openingBracketFrom(q, al, func(k int) string { return at(k).Norm })
	if from == lo {
		return lo, hi
	}
	op := al.Ops[0]
	lo = from
	for lo > op.R0 && sameSpan(at(lo-1), at(lo)) {
		lo--
	}
	return lo, hi
}

// openingBracketFrom is where the record's words that a bracket opening
// the quote stands for begin, as bracketsReplaceFewest reads them (recWord
// gives the record's words, a word read as several tokens not kept
// whole): al.RStart where no bracket opens the quote. The measures of a
// marked edit read the bracket's record words from there, not from the
// aligner's free start, which may reach back into the sentence before:
// "[The schools in Salem] need more money" against "We only fund
// schools. They need more money." stands for "They", and drops no
// "only".
func openingBracketFrom(q []Token, al Alignment, recWord func(int) string) int {
	if len(al.Ops) < 2 {
		return al.RStart
	}
	op := al.Ops[0]
	if op.Kind != OpEditorial || op.Q0 != 0 || op.Q1 == 0 || op.R0 != al.RStart || op.R0 == op.R1 {
		return al.RStart
	}
	for _, t := range q[:op.Q1] {
		if t.Kind != Editorial {
			return al.RStart
		}
	}
	// the bracket's last words that are the record's, from the run back
	same := 0
	for same < min(op.Q1, op.R1-op.R0) && q[op.Q1-1-same].Norm == recWord(op.R1-1-same) {
		same++
	}
	if same < op.Q1 {
		same++ // a word for the rest
	}
	return max(op.R0, op.R1-same)
}

// writtenBracket is the article's text [s, e) of bracketed words as the
// writer wrote it, with the bracket around them and the marks inside it:
// "[In Salem,]" for the words "In Salem", "[“The nurse”]".
func writtenBracket(src string, s, e int) string {
	if k := strings.LastIndexByte(src[:s], '['); k >= 0 && !strings.ContainsFunc(src[k+1:s], breaksBracket) {
		s = k
	}
	if k := strings.IndexByte(src[e:], ']'); k >= 0 && !strings.ContainsFunc(src[e:e+k], breaksBracket) {
		e += k + 1
	}
	return src[s:e]
}

// breaksBracket tells whether r may not lie between a bracket and the words
// inside it: a letter, a digit, a space or another bracket.
func breaksBracket(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsSpace(r) || r == '[' || r == ']'
}

// sameSpan tells whether two tokens are read from one written word
// ("we're" is "we" and "are", "2,500" four tokens).
func sameSpan(a, b Token) bool { return a.Start == b.Start && a.End == b.End }

// wordDiff diffs the source passage against the quote word by word with
// go-diff: each distinct folded word becomes one rune, so the character
// diff of the rune strings is a word diff. Record words that the alignment
// shows were left out at an ellipsis or replaced by brackets, and the
// quote's bracketed words and ellipses, are editorial.
func wordDiff(q, rec []Token, recBase int, al Alignment, article, record string) []DiffOp {
	runeOf := make(map[string]rune, len(rec)+len(q))
	next := rune(0x100)
	alloc := func() rune {
		r := next
		next++
		if next == 0xD800 {
			next = 0xE000 // skip the surrogate range
		}
		return r
	}
	key := func(t Token) rune {
		if t.Kind != Word {
			return alloc() // editorial marks never equal record words
		}
		if r, ok := runeOf[t.Norm]; ok {
			return r
		}
		r := alloc()
		runeOf[t.Norm] = r
		return r
	}
	ra := make([]rune, len(rec))
	for i, t := range rec {
		ra[i] = key(t)
	}
	qa := make([]rune, len(q))
	for i, t := range q {
		qa[i] = key(t)
	}
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0 // never a partial diff: quotes are short
	diffs := dmp.DiffMainRunes(ra, qa, false)

	// record tokens that the alignment marks as editorial
	accepted := make([]bool, len(rec))
	inRec := func(k int) bool { return k >= recBase && k < recBase+len(rec) }
	recWord := func(k int) string { return rec[k-recBase].Norm }
	for _, op := range al.Ops {
		if op.Kind == OpOmit || op.Kind == OpEditorial || op.Kind == OpClean ||
			op.Kind == OpSubstitute && inRec(op.R0) && inRec(op.R1-1) && standsIn(q[op.Q0:op.Q1], op.R0, op.R1, recWord) {
			for k := max(op.R0, recBase); k < min(op.R1, recBase+len(rec)); k++ {
				accepted[k-recBase] = true
			}
		}
	}
	steps := make([]step, 0, len(rec)+len(q))
	i, j := 0, 0
	for _, d := range diffs {
		n := utf8.RuneCountInString(d.Text)
		switch d.Type {
		case diffmatchpatch.DiffEqual:
			for k := 0; k < n; k++ {
				steps = append(steps, step{op: "equal", tok: q[j], src: article, rtok: rec[i]})
				i, j = i+1, j+1
			}
		case diffmatchpatch.DiffDelete:
			for k := 0; k < n; k++ {
				op := "delete"
				if accepted[i] {
					op = "editorial"
				}
				steps = append(steps, step{op: op, record: op == "editorial", tok: rec[i], src: record})
				i++
			}
		case diffmatchpatch.DiffInsert:
			for k := 0; k < n; k++ {
				op := "insert"
				if q[j].Kind != Word || q[j].Marked {
					op = "editorial"
				}
				steps = append(steps, step{op: op, tok: q[j], src: article})
				j++
			}
		}
	}
	steps = wholeWords(steps, record)
	// group consecutive steps of one kind; show each group's words as
	// written, punctuation between them included
	var out []DiffOp
	for k := 0; k < len(steps); {
		e := k + 1
		for e < len(steps) && steps[e].op == steps[k].op && steps[e].record == steps[k].record && steps[e].tok.Start >= steps[e-1].tok.Start {
			e++
		}
		first, last := steps[k].tok, steps[e-1].tok
		txt := steps[k].src[first.Start:last.End]
		if steps[k].op == "editorial" && !steps[k].record && steps[k].tok.Kind == Editorial {
			txt = writtenBracket(steps[k].src, first.Start, last.End)
		}
		txt = oneLine(txt)
		if len(out) > 0 && out[len(out)-1].Op == steps[k].op && out[len(out)-1].Record == steps[k].record {
			out[len(out)-1].Text += " " + txt
		} else {
			out = append(out, DiffOp{Op: steps[k].op, Text: txt, Record: steps[k].record})
		}
		k = e
	}
	return out
}

// step is one word of a diff: its kind, whether it is the record's words
// an editorial mark left out, its token and the text the token is of
// (the article's or the record's), and for an equal step the record's
// token beside the quote's.
type step struct {
	op     string
	record bool
	tok    Token
	src    string
	rtok   Token
}

// quoteSide and recordSide are the quote's and the record's token a step
// shows, if it shows one.
func (st step) quoteSide() (Token, bool) { return st.tok, st.op == "equal" || st.op == "insert" }
func (st step) recordSide() (Token, bool) {
	if st.op == "equal" {
		return st.rtok, true
	}
	return st.tok, st.op == "delete"
}

// span is the place of a written word in its text.
type span struct{ start, end int }

// wholeWords keeps a word written as one and read as several tokens
// ("2,500" is "2 thousand 5 hundred", "won't" is "will not") whole in a
// diff: when only some of its tokens are equal to the other side's, its
// equal steps become a deletion of the record's token and an insertion of
// the quote's, and each run of deletions and insertions is put deletions
// first, so that "[-two thousand-] {+3,000+}" shows, not "[-two-] {+3,000+}
// 3,000". record is the record's text.
func wholeWords(steps []step, record string) []step {
	mq, mr := mixedWords(steps, step.quoteSide), mixedWords(steps, step.recordSide)
	if len(mq) == 0 && len(mr) == 0 {
		return steps
	}
	out := make([]step, 0, len(steps)+4)
	for _, st := range steps {
		if st.op == "equal" && (mq[span{st.tok.Start, st.tok.End}] || mr[span{st.rtok.Start, st.rtok.End}]) {
			out = append(out, step{op: "delete", tok: st.rtok, src: record}, step{op: "insert", tok: st.tok, src: st.src})
			continue
		}
		out = append(out, st)
	}
	for k := 0; k < len(out); {
		e := k
		for e < len(out) && (out[e].op == "delete" || out[e].op == "insert") {
			e++
		}
		if e == k {
			k++
			continue
		}
		slices.SortStableFunc(out[k:e], func(a, b step) int {
			switch {
			case a.op == b.op:
				return 0
			case a.op == "delete":
				return -1
			}
			return 1
		})
		k = e
	}
	return out
}

// mixedWords are the written words of one side, read as several tokens,
// whose tokens are not all steps of one kind.
func mixedWords(steps []step, side func(step) (Token, bool)) map[span]bool {
	kind := map[span]string{}
	var mixed map[span]bool
	for _, st := range steps {
		t, ok := side(st)
		if !ok || t.Kind != Word {
			continue
		}
		sp := span{t.Start, t.End}
		if k, seen := kind[sp]; !seen {
			kind[sp] = st.op
		} else if k != st.op {
			if mixed == nil {
				mixed = map[span]bool{}
			}
			mixed[sp] = true
		}
	}
	return mixed
}

// oneLine is s with its runs of white space made one space and its ends
// trimmed (strings.Join(strings.Fields(s), " ")), without a copy when s is
// so already, as a passage of prose mostly is, and with one copy otherwise
// (TestOneLine).
func oneLine(s string) string {
	clean := true
	space := true // at the start, a space is not allowed
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			clean = false // other spaces: leave them to strings.Fields
			break
		}
		isSpace := c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
		if isSpace && (space || c != ' ') {
			clean = false
			break
		}
		space = isSpace
	}
	if clean && !space {
		return s
	}
	// strings.Join(strings.Fields(s), " ") in one pass: the fields
	// copied, one space between them
	var b strings.Builder
	b.Grow(len(s))
	gap := false // a space is owed before the next field
	for i := 0; i < len(s); {
		c := s[i]
		size := 1
		isSpace := false
		if c < utf8.RuneSelf {
			isSpace = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			isSpace = unicode.IsSpace(r)
		}
		if isSpace {
			gap = b.Len() > 0
		} else {
			if gap {
				b.WriteByte(' ')
				gap = false
			}
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// onlyQuoted tells whether every speaker but the named one (id) whose
// best reading of a quote is altered or closer has it inside quotation
// marks in the record (quotedInRecord), at least one does, and so no one
// says the words as their own. A speaker's best reading is one of theirs
// (better breaks ties by turn order); another reading of theirs, unquoted,
// is not looked for.
func (r *Record) onlyQuoted(best map[*speakerInfo]*candidate, id string) bool {
	any := false
	for _, sp := range r.speakers {
		c := best[sp]
		if sp.ID == id || c == nil || c.level > Altered {
			continue
		}
		if !r.othersWords(c) {
			return false
		}
		any = true
	}
	return any
}

// othersWords tells whether the record words of reading c are given in
// their turn as someone else's: inside quotation marks (quotedInRecord)
// or reported after a verb of saying (reportedInRecord).
func (r *Record) othersWords(c *candidate) bool {
	return r.quotedInRecord(c) || r.reportedInRecord(c)
}

// readingText is the text of reading c's turn and the byte span of its
// record words in it; ok is false for a reading with no words.
func (r *Record) readingText(c *candidate) (text string, start, end int, ok bool) {
	if c == nil || c.al.REnd <= c.al.RStart {
		return "", 0, 0, false
	}
	toks := r.turnTokens(c.turn, c.al.RStart, c.al.REnd)
	if len(toks) == 0 {
		return "", 0, 0, false
	}
	trI, k := r.turnPlace(c.turn)
	turn := &r.transcript(trI).Turns[k]
	text = r.transcript(trI).Text(*turn)
	start, end = toks[0].Start-turn.Start, toks[len(toks)-1].End-turn.Start
	if start < 0 || end > len(text) || start >= end {
		return "", 0, 0, false
	}
	return text, start, end, true
}

// sayingVerbs report speech: "you said …", "Governor Lowell says …".
var sayingVerbs = map[string]bool{
	"said": true, "says": true, "say": true, "told": true, "tells": true,
	"stated": true, "states": true, "claimed": true, "claims": true,
	"promised": true, "promises": true, "insisted": true, "insists": true,
	"argued": true, "argues": true, "announced": true, "declared": true,
	"wrote": true, "writes": true, "vowed": true, "pledged": true,
}

// ownSayers before a verb of saying make the report the speaker's own
// words ("I said", "we have said", "let me say", "let's say", "I want to
// say").
var ownSayers = map[string]bool{
	"i": true, "we": true, "me": true, "us": true, "to": true, "let's": true,
	"i've": true, "we've": true, "i'll": true, "we'll": true, "i'd": true, "we'd": true,
}

// asideSubject tells whether words[i], the subject of a verb of saying,
// makes the verb an aside that reports no one: "having said that, the
// bridge opens Monday", "that being said, …", "truth be told, …", and
// "that said, …" or "with this said, …" where "that" or "this" opens the
// sentence or follows "with", "and", "but", "all" or "now" (the study
// "that says the harbor is dying" still reports the study).
func asideSubject(words []string, i int) bool {
	switch words[i] {
	case "having", "being", "be":
		return true
	case "that", "this":
		if i == 0 {
			return true
		}
		switch words[i-1] {
		case "with", "and", "but", "all", "now":
			return true
		}
	}
	return false
}

// sayingAsides stand between a report's subject and its verb of saying
// ("you have always said", "I can say with confidence that …").
var sayingAsides = map[string]bool{
	"have": true, "has": true, "had": true, "just": true, "also": true, "always": true,
	"once": true, "already": true, "repeatedly": true, "publicly": true, "often": true,
	"can": true, "could": true, "will": true, "would": true, "must": true, "should": true,
	"may": true, "might": true, "shall": true, "do": true, "does": true, "did": true,
	"not": true, "never": true, "don't": true, "didn't": true, "doesn't": true,
	"really": true, "actually": true, "even": true, "only": true, "simply": true,
}

// reportedInRecord tells whether the record words of reading c follow, in
// their sentence, a verb of saying whose subject is someone other than the
// speaker: a reporter's "Mayor, you said the harbor tax will never go up"
// or "Governor Lowell says the state will not pay" gives the words as
// someone else's, reported, not the reporter's own. Between the verb and
// the words may stand an object pronoun ("you told us …") or up to four
// words closed by "that" ("you told the council that …") or by a spoken
// "quote" ("she said, and I quote, …"); a report in the first person ("I
// said …", "let me say …", "I can say that …") is the speaker's own.
func (r *Record) reportedInRecord(c *candidate) bool {
	text, start, end, ok := r.readingText(c)
	if !ok || runsPastSentence(text[start:end]) {
		return false
	}
	before := text[:start]
	if i := strings.LastIndexAny(before, ".?!;\"“”"); i >= 0 {
		before = before[i+1:]
	}
	words := strings.FieldsFunc(strings.ToLower(before), func(ch rune) bool {
		return !unicode.IsLetter(ch) && ch != '\'' && ch != '’'
	})
	for i := range words {
		words[i] = strings.ReplaceAll(words[i], "’", "'")
	}
	verb := -1
	for i := len(words) - 1; i >= 0 && i >= len(words)-6; i-- {
		if sayingVerbs[words[i]] {
			verb = i
			break
		}
	}
	if verb < 0 {
		return false
	}
	switch between := words[verb+1:]; {
	case len(between) == 0:
	case len(between) == 1 && reportListeners[between[0]]:
	case len(between) <= 5 && (between[len(between)-1] == "that" || between[len(between)-1] == "quote"):
		// "you told the council that …", "the mayor said, quote, …"
	default:
		return false
	}
	subj := verb - 1
	for subj >= 0 && sayingAsides[words[subj]] {
		subj--
	}
	return subj < 0 || !ownSayers[words[subj]] && !asideSubject(words, subj)
}

// runsPastSentence tells whether a reading's record words (span) go on
// past the end of a sentence: a report is its sentence, and a reporter's
// "Lowell says the state will not pay. The city must pay for the dredging
// out of its own reserves." gives the second sentence as the reporter's
// own words. A period inside a word ("2.5") ends nothing; one after an
// abbreviation ("Mr. Kemp") does, which leaves such a reading the
// speaker's own, as it was before reports were told.
func runsPastSentence(span string) bool {
	for i := 0; i+1 < len(span); i++ {
		if strings.IndexByte(".?!;", span[i]) >= 0 && (span[i+1] == ' ' || span[i+1] == '\n' || span[i+1] == '\t') {
			return true
		}
	}
	return false
}

// reportListeners may stand between a verb of saying and the words it
// reports: "you told us …", "she told reporters …".
var reportListeners = map[string]bool{"us": true, "me": true, "them": true, "him": true, "her": true, "reporters": true}

// quotedInRecord tells whether the record words of reading c stand inside
// quotation marks in their turn: the speaker quotes someone ("he called
// this woman “Miss Piggy.”"), so the record gives the words as a
// quotation, not as the speaker's own.
func (r *Record) quotedInRecord(c *candidate) bool {
	text, start, end, ok := r.readingText(c)
	if !ok {
		return false
	}
	if strings.ContainsAny(text[start:end], "\"“”") {
		return false // marks inside: not one quotation
	}
	open := strings.LastIndexAny(text[:start], "\"“”")
	closing := strings.IndexAny(text[end:], "\"“”")
	if open < 0 || closing < 0 {
		return false
	}
	o, _ := utf8.DecodeRuneInString(text[open:])
	cl, _ := utf8.DecodeRuneInString(text[end+closing:])
	opens := o == '“' || o == '"' && (open == 0 || !isWordByte(text[open-1]))
	closes := cl == '”' || cl == '"' && (end+closing+1 == len(text) || !isWordByte(text[end+closing+1]))
	// the marks hold the reading and little else (40 bytes either side):
	// a short quotation
	return opens && closes && start-open <= 40 && closing <= 40
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}
