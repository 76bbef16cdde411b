package align

import (
	"fmt"
	"slices"
	"strings"
)

// MinJoinedWords: each passage of a quotation that joins several answers
// with an ellipsis must have this many words to be found on its own; a
// shorter piece ("and so on") would be found anywhere.
const MinJoinedWords = 4

// joinedPart is one passage of a quotation that joins passages of the
// speaker's separate turns with an ellipsis: its tokens and its reading.
type joinedPart struct {
	toks []Token
	c    *candidate
}

// readJoined fills in f for a quotation q of speaker sp that no one turn
// holds, read as passages of sp's separate answers: joined with an
// ellipsis (joinedParts), else, unless one turn reads it close already
// (closeOwn), joined without one (unmarkedParts). It tells whether it
// found such a reading. First of all it reads the quote as one passage
// that runs on into the speaker's next turn across an interjection
// (readContinued).
func (r *Record) readJoined(f *Finding, q []Token, pq *dpQuote, sp *speakerInfo, own *candidate, article string) bool {
	if r.readContinued(f, q, pq, sp, own, article) {
		return true
	}
	closeOwn := own != nil && own.level <= Altered
	if parts := r.joinedParts(q, sp); parts != nil {
		if r.joinedEvidence(f, q, parts, article, true); f.Source != nil {
			return true
		}
	}
	if closeOwn {
		return false
	}
	if parts := r.unmarkedParts(q, sp, article); parts != nil {
		r.joinedEvidence(f, q, parts, article, false)
		return f.Source != nil
	}
	return false
}

// joinedParts reads a quotation of speaker sp that no one turn holds as
// passages of several of sp's turns joined with an ellipsis ("We need to
// finish the job … The bridge will stay open", the second from an answer
// to the next question): it cuts the quote at each ellipsis inside it and
// finds each piece alone. It gives the pieces when every piece is sp's
// words, verbatim or faithful, the pieces come in the record's order, and
// not all from one turn (one turn's alignment already reads an ellipsis
// within it); nil otherwise, and then the quote is read as one passage, as
// before. A piece too short to be found on its own (MinJoinedWords) gives
// nil.
func (r *Record) joinedParts(q []Token, sp *speakerInfo) []joinedPart {
	var parts []joinedPart
	from := 0
	for k := 0; k <= len(q); k++ {
		if k < len(q) && q[k].Kind != Ellipsis {
			continue
		}
		if k > from {
			parts = append(parts, joinedPart{toks: q[from:k]})
		}
		from = k + 1
	}
	return r.readParts(q, parts, sp)
}

// unmarkedParts is joinedParts for a quotation that joins the passages
// without marking it: cut at the ends of its sentences (text is the
// article's), each piece must be sp's words, in order, from more than one
// turn. Such a quotation is altered, and the reading says where its
// pieces come from, where a reading as one passage finds a paraphrase at
// best.
func (r *Record) unmarkedParts(q []Token, sp *speakerInfo, text string) []joinedPart {
	var parts []joinedPart
	from := 0
	for k := 1; k <= len(q); k++ {
		if k < len(q) && !sentenceEndBetween(text, q[k-1], q[k]) {
			continue
		}
		parts = append(parts, joinedPart{toks: q[from:k]})
		from = k
	}
	return r.readParts(q, parts, sp)
}

// sentenceEndBetween tells whether a sentence ends between two tokens of
// text: a period, question or exclamation mark after the first ("comes."
// holds its period; "U.S." too, which cuts a piece short at worst; a
// number's own ends it, "in 2027.", not one inside it, "2.5").
func sentenceEndBetween(text string, a, b Token) bool {
	if a.End > b.Start || b.Start > len(text) {
		return false
	}
	if strings.ContainsAny(text[a.End:b.Start], ".?!") {
		return true
	}
	own := text[a.Start:a.End]
	return strings.ContainsAny(own, ".?!") && (!strings.ContainsAny(own, "0123456789") || strings.ContainsAny(own[len(own)-1:], ".?!"))
}

// readParts reads each of parts alone (see joinedParts).
func (r *Record) readParts(q []Token, parts []joinedPart, sp *speakerInfo) []joinedPart {
	if len(parts) < 2 {
		return nil
	}
	for i := range parts {
		p := &parts[i]
		if wordCount(p.toks) < MinJoinedWords {
			return nil
		}
		p.c = r.search(p.toks, sp)[sp]
		if p.c == nil || p.c.level > Faithful {
			return nil
		}
		if i > 0 {
			prev := parts[i-1].c
			if p.c.turn < prev.turn || p.c.turn == prev.turn && p.c.al.RStart < prev.al.REnd {
				return nil // out of the record's order
			}
			if r.transcriptOf(prev.turn) != r.transcriptOf(p.c.turn) {
				return nil // another transcript: another event, not the next answer
			}
		}
	}
	if parts[0].c.turn == parts[len(parts)-1].c.turn {
		return nil // all from one turn (they come in order)
	}
	return parts
}

// droppedBetween is the first negation or qualifier the joins of parts
// leave out of the speaker's turns (the rest of a piece's turn after it,
// and of the next piece's before it) that the quote q does not hold, or "".
func (r *Record) droppedBetween(q []Token, parts []joinedPart) string {
	for i := 0; i+1 < len(parts); i++ {
		a, b := parts[i].c, parts[i+1].c
		if a.turn == b.turn {
			if w := r.droppedQualifier(q, a.turn, a.al.REnd, b.al.RStart); w != "" {
				return w
			}
			continue
		}
		if w := r.droppedQualifier(q, a.turn, a.al.REnd, r.turns[a.turn].n); w != "" {
			return w
		}
		if w := r.droppedQualifier(q, b.turn, 0, b.al.RStart); w != "" {
			return w
		}
	}
	return ""
}

// droppedQualifier is the first negation or qualifier among the words
// [lo, hi) of turn ti, which an ellipsis leaves out, that the quote q does
// not hold ("We will not … raise taxes"), or "".
func (r *Record) droppedQualifier(q []Token, ti, lo, hi int) string {
	if hi <= lo {
		return ""
	}
	t := &r.turns[ti]
	r.needNorms(t.base+lo, t.base+hi)
	for _, id := range r.norms[t.base+lo : t.base+hi] {
		if w := r.words.str(id); qualifiers[w] && !quoteHas(q, w) {
			return w
		}
	}
	return ""
}

// joinedEvidence fills in a finding for a quotation read as joined parts:
// faithful when an ellipsis marks the joins (altered when nothing does,
// or when the words it leaves out of the speaker's turns hold a negation
// or qualifier the quote does not: see qualifiers), its source the parts'
// passages joined with " … " (the first passage's place and line), its
// diff the parts' diffs with the quote's ellipsis between them, and the
// reason names the other passages' lines.
func (r *Record) joinedEvidence(f *Finding, q []Token, parts []joinedPart, article string, marked bool) {
	f.Verdict = Faithful
	dropped := r.droppedBetween(q, parts)
	if !marked || dropped != "" {
		f.Verdict = Altered
	}
	if r.partsEvidence(f, parts, article, marked); f.Source == nil {
		return
	}
	why, how := f.Verdict.Describe(), "with an ellipsis"
	if !marked {
		how = "without an ellipsis"
	} else if dropped != "" {
		why = "a marked omission drops “" + dropped + "”"
	}
	f.Reason = why + "; passages of separate answers joined " + how + " (also " + f.Reason + ")"
}

// partsEvidence fills in f's source, diff, similarity and wording from
// the passages of parts: the source the passages joined with " … " (the
// first passage's place and line), the diff the parts' diffs, with an
// ellipsis between them when marked; f.Reason is set to the other
// passages' places ("briefing.txt:41"). f.Source stays nil when no part
// has a passage.
func (r *Record) partsEvidence(f *Finding, parts []joinedPart, article string, marked bool) {
	f.Similarity, f.Wording = 1, 1
	var texts, others []string
	var src *Source
	for i, p := range parts {
		var pf Finding
		r.evidence(&pf, p.toks, p.c, article)
		if pf.Source == nil {
			continue
		}
		f.Similarity = min(f.Similarity, p.c.wording)
		f.Wording = min(f.Wording, p.c.wording)
		texts = append(texts, pf.Source.Text)
		if src == nil {
			src = pf.Source
		} else {
			src.End, src.After = pf.Source.End, pf.Source.After
			others = append(others, fmt.Sprintf("%s:%d", pf.Source.File, pf.Source.Line))
		}
		if i > 0 && marked {
			f.Diff = append(f.Diff, DiffOp{Op: "editorial", Text: "…"})
		}
		f.Diff = append(f.Diff, pf.Diff...)
	}
	if src == nil {
		return
	}
	src.Text = strings.Join(texts, " … ")
	f.Source = src
	f.Reason = strings.Join(others, ", ")
}

// transcriptOf is the index of turn ti's transcript.
func (r *Record) transcriptOf(ti int) int {
	tr, _ := r.turnPlace(ti)
	return tr
}

// MaxInterjectionWords: another speaker's turn of at most this many words
// ("Right.", "Mm-hmm.", "But the money --"), or of stage directions alone
// ("(CROSSTALK)"), between two turns of a speaker interrupts the speaker
// without ending the answer: the speaker's words run on in the next turn.
// A longer turn is a question or a remark, and so is a short one that asks
// ("Why not?"): what follows it is another answer.
const MaxInterjectionWords = 3

// maxInterjections: at most this many such turns in a row between the
// speaker's two.
const maxInterjections = 2

// continuedTurn is the turn of speaker sp that goes on from turn ti, the
// speaker's next one (dir 1) or the one before (dir -1), when nothing but
// interjections stands between them (MaxInterjectionWords) in the same
// transcript; -1 when there is none.
func (r *Record) continuedTurn(ti, dir int, sp *speakerInfo) int {
	tr := r.transcriptOf(ti)
	for k, between := ti+dir, 0; k >= 0 && k < len(r.turns) && r.transcriptOf(k) == tr; k += dir {
		t := &r.turns[k]
		if r.speakerOf(t) == sp {
			return k
		}
		if between++; between > maxInterjections || r.spokenWords(k) > MaxInterjectionWords || r.asks(k) {
			return -1
		}
	}
	return -1
}

// asks tells whether turn ti asks something: a question, however short
// ("Why not?", "And the cost?"), is put to the speaker, and what follows
// it another answer, not the same one run on.
func (r *Record) asks(ti int) bool {
	trI, k := r.turnPlace(ti)
	tr := r.transcript(trI)
	return strings.ContainsRune(tr.Text(tr.Turns[k]), '?')
}

// spokenWords is the tokens of turn ti less its disfluencies and stage
// directions: the positions of disfluentPositions within the turn, found
// by search, with no mark made for each of the turn's tokens (the turn
// between may be a long answer).
func (r *Record) spokenWords(ti int) int {
	t := &r.turns[ti]
	at := r.disfluentPositions()
	lo, _ := slices.BinarySearch(at, t.base)
	hi, _ := slices.BinarySearch(at, t.base+t.n)
	return t.n - (hi - lo)
}

// readContinued fills in f for a quotation q of speaker sp that runs
// across an interruption: the end of one of sp's turns and the start of
// the next, with nothing but another speaker's interjection between them
// ("The money is there … MS. LOWELL: Right. MR. REED: because the storms
// are getting worse"), or none, where a transcript starts a new turn for
// the same speaker. The speaker's words run on, so the quote is read
// against the two turns as one passage, the interjection left out; own,
// the speaker's best reading in one turn, tells where to look (its turn
// and the turns next to it). The reading stands when it crosses from one
// turn into the other and is verbatim or faithful, or altered where the
// one turn's reading is not close; f then has the verdict of the reading
// as one passage, and the two turns' passages as its source. It tells
// whether it found such a reading. pq is q prepared (prepareQuote).
func (r *Record) readContinued(f *Finding, q []Token, pq *dpQuote, sp *speakerInfo, own *candidate, article string) bool {
	if own == nil {
		return false
	}
	cs := contentFirsts(q)
	for _, pair := range [][2]int{{own.turn, r.continuedTurn(own.turn, 1, sp)}, {r.continuedTurn(own.turn, -1, sp), own.turn}} {
		a, b := pair[0], pair[1]
		if a < 0 || b < 0 {
			continue
		}
		ta, tb := &r.turns[a], &r.turns[b]
		r.needNorms(ta.base, ta.base+ta.n)
		r.needNorms(tb.base, tb.base+tb.n)
		seg := make([]uint32, 0, ta.n+tb.n)
		seg = append(append(seg, r.norms[ta.base:ta.base+ta.n]...), r.norms[tb.base:tb.base+tb.n]...)
		var clean func(int) bool
		ma := r.disfluentMarks(ta.base, ta.base+ta.n, nil)
		mb := r.disfluentMarks(tb.base, tb.base+tb.n, nil)
		if ma != nil || mb != nil {
			marks := make([]bool, ta.n+tb.n)
			copy(marks, ma)
			copy(marks[ta.n:], mb)
			clean = func(j int) bool { return marks[j] }
		}
		al := pq.align(seg, clean, func(j int) bool {
			if j < ta.n {
				return r.pauseAt(a, j)
			}
			return r.pauseAt(b, j-ta.n)
		})
		if al.RStart >= ta.n || al.REnd <= ta.n {
			continue // within one turn: read as such already
		}
		m := measure(q, al, func(k int) string { return r.words.str(seg[k]) }, r.sameStemIn(seg), len(seg), cs)
		level := m.level()
		if level > Altered || level == Altered && own.level <= Altered {
			continue
		}
		// the quote's words up to the first step in the second turn are
		// the first passage's, the rest the second's
		cut := len(q)
		for _, op := range al.Ops {
			if op.R0 >= ta.n {
				cut = op.Q0
				break
			}
			if op.R1 > ta.n { // a step across the turns' seam
				cut = op.Q1
				if op.Kind == OpEqual && op.Q1-op.Q0 == op.R1-op.R0 {
					cut = op.Q0 + ta.n - op.R0
				}
				break
			}
		}
		if cut == 0 || cut == len(q) {
			continue
		}
		parts := []joinedPart{{toks: q[:cut]}, {toks: q[cut:]}}
		for i, ti := range []int{a, b} {
			t := &r.turns[ti]
			p := &parts[i]
			p.c = r.bestByWindow(p.toks, r.prepareQuote(p.toks), []window{{turn: ti, lo: 0, hi: t.n}})[sp]
			if p.c == nil {
				return false
			}
		}
		// a number named in another currency than the record's is a
		// change, as within one turn: the reading of the two turns as one
		// passage reads no turn's signs ("We will spend $5 million on the
		// harbor, and the -- MS. LOWELL: Right. MR. REED: rest goes to
		// Salem" against the record's "£5 million"), each passage's does;
		// the reading stands, altered, for one that would be verbatim
		currency := ""
		for _, p := range parts {
			if p.c.m.currency != "" {
				currency = p.c.m.currency
				break
			}
		}
		if currency != "" && level < Altered {
			level = Altered
		}
		r.partsEvidence(f, parts, article, false)
		if f.Source == nil {
			return false
		}
		f.Verdict = level
		f.Similarity, f.Wording = m.wording(), m.wording()
		how := "across an interjection"
		if b == a+1 {
			how = "into the speaker's next turn"
		}
		why := level.Describe()
		if currency != "" && level == Altered {
			why = "a currency changed: " + currency
		}
		f.Reason = why + "; the speaker's words run on " + how + " (also " + f.Reason + ")"
		return true
	}
	return false
}
