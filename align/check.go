package align

import (
	"math/big"
	"slices"
	"strings"

	"github.com/quotecheck/quotecheck/quotes"
)

// Thresholds of the verdicts. align/doc.go tells the reason for each value.
const (
	// MinRun is the length of a run of equal words that counts as the
	// speaker's phrasing kept; shorter agreements ("in the", "we are") happen
	// by chance in any reworded sentence.
	MinRun = 3
	// AlteredRunShare: at least this share of a quote's words must stand in
	// runs of MinRun equal words for an unmarked change to be "altered"
	// rather than "paraphrased". Altered quotes of the seeds keep 0.60 to
	// 0.93 of their words in such runs; their paraphrases 0.45 or less.
	AlteredRunShare = 0.55
	// ParaphraseScore: the weighted share of a quote's words (rare words
	// weigh more, see Record.weightID) kept within one passage of the
	// speaker's for the quote to be a paraphrase of it. On the seeds the
	// reworded quotes score 0.42 to 0.71 against their passage; quotes of
	// other meetings given to a speaker of the record score up to 0.35
	// ("We look forward…", 0.349: a thin margin) against that speaker's
	// words, two of them (0.37, 0.56) close enough to be called either.
	ParaphraseScore = 0.35
	// MinParaphraseWords: a quote of fewer content words is too short to be
	// recognised as a rewording: it is the record's words or it is not.
	MinParaphraseWords = 4
	// MinDistinctWords: a reading by somebody else, close or paraphrased,
	// proves the words theirs only when it keeps this many distinct
	// distinctive words of the quote, neither stop words nor stock words
	// of speech (distinct.go): "I think that is exactly right" and "Thank
	// you so much for having me" have none, however long, so they are
	// anybody's.
	MinDistinctWords = 2
	// MinMisattributedWeight: and a passage verbatim to altered must weigh
	// this much, a word weighing 1 and a distinctive word 2: "the harbor
	// tax is dead" weighs 5+3, the six words of "we have to stop the
	// violence" 6+2, but "the timeline is unrealistic" only 4+2, and
	// "shoulder to shoulder" 3+1: a short phrase is anybody's unless most
	// of its words are distinctive. A passage of twice that weight proves
	// it whatever its words: "we told them there is a right way and a
	// wrong way to pay for it" (16 words, one distinctive) is a remark of
	// its own, where the stock phrases of speech are shorter ("It is a
	// great honor to be here with all of you tonight": 12).
	MinMisattributedWeight = 8
	// DistinctWording: a paraphrase proves that somebody else said it only
	// when it also keeps that much of the passage's wording (Dice over
	// words): a close paraphrase, not a shared topic. The seed's "not just
	// allies" keeps 0.60 of Emanuel's words; quotes of other meetings keep
	// up to 0.48 of somebody's, which is why DistinctCoverage is asked too.
	DistinctWording = 0.5
	// DistinctCoverage: and the passage must hold, in order, at least half
	// of the quote's own words, so that a short stretch matching the
	// quote's first words ("there is no") proves nothing. The seed's "not
	// just allies" has 9 of its 17 words in Emanuel's passage.
	DistinctCoverage = 0.5
)

// Source is the passage of the record a quote comes from.
type Source struct {
	File      string `json:"file"`
	Line      int    `json:"line"`
	Speaker   string `json:"speaker"`
	SpeakerID string `json:"-"`
	Text      string `json:"text"`
	Start     int    `json:"offset"`
	End       int    `json:"end_offset"`
	Before    string `json:"before,omitempty"` // context: the words before the passage
	After     string `json:"after,omitempty"`  // and after it
	// At is the moment of the passage in the recording ("00:14:31") when
	// the record gives times, and Link the recording's address at that
	// moment when it gives one.
	At   string `json:"at,omitempty"`
	Link string `json:"link,omitempty"`
	// Date is the day of the source's transcript ("2025-01-07") when it
	// gives one. Occurrences is how many places of the record hold the
	// quote in the speaker's words (verbatim or faithful; at most
	// MaxOccurrences), the source being the earliest; 0 for other verdicts.
	Date        string `json:"date,omitempty"`
	Occurrences int    `json:"occurrences,omitempty"`
}

// DiffOp is one step of the word diff from the source to the quote.
type DiffOp struct {
	Op   string `json:"op"` // equal, delete, insert or editorial
	Text string `json:"text"`
	// Record marks an editorial step that is the record's words (left out at
	// an ellipsis or replaced by brackets) rather than the writer's.
	Record bool `json:"record,omitempty"`
}

// Finding is the verdict on one quotation, with its evidence.
type Finding struct {
	File         string
	Quote        quotes.Quote
	Start, End   quotes.Position
	AttributedTo string
	Speaker      string // the record speaker's name, or the name as the article gives it
	SpeakerID    string // the record speaker's key; "" when not in the record
	Attribution  quotes.AttributionKind
	Verdict      Verdict
	Reason       string // why, in plain words
	Similarity   float64
	Wording      float64
	Source       *Source
	Diff         []DiffOp
	Cleaned      bool // verbatim or faithful once the record's disfluencies are left out
	// LeftOut: the places of the quotation's words its verdict leaves out,
	// the quotations it quotes from someone else (Quote.Inner) when it
	// was checked without them; their own findings are no part of it
	LeftOut []quotes.Span
}

// measures of one alignment of a quote to a passage.
type measures struct {
	quoteWords int // the speaker's words in the quote (brackets excluded)
	matched    int // quote words equal to record words
	inRuns     int // matched words in runs of at least MinRun (or the whole quote, if shorter)
	recWords   int // record words of the passage, less those an ellipsis or bracket leaves out
	changes    int // unmarked substitutions, insertions and deletions (words)
	deleted    int // of them, record words the quote drops (deletions)
	marked     int // editorial steps: brackets and ellipses
	matchedRec int // record words equal to quote words (a compound written apart counts its parts)
	dropped    string
	added      string // a negation a bracket adds that the words it stands for lack
	renumbered string // a bracket's numbers other than those of the words it stands for: "“6 million” for the record's “5 million”"
	renamed    string // a bracket's name other than the record's it stands for: "“Dan Kemp” for the record's “Ann Lowell”"
	rewritten  string // a bracket that rewrites the record's words or adds a clause: "“close” for the record's “fund”"
	currency   string // a number named in another currency than the record's: "pounds for the record's dollars"
	// the quote's distinct content words (not stop words), and those of
	// them equal to record words
	content, matchedContent int
	// of the matched content words, those that are distinctive (not a
	// stock word of speech, distinctiveWord): "harbor" and "tax" of "I
	// think the harbor tax is right"
	matchedDistinct int

	cleaned      int      // disfluent record words left out ("um", a repeated word)
	cleanedWords []string // and those words
}

func (m measures) wording() float64 {
	if m.quoteWords+m.recWords == 0 {
		return 0
	}
	return float64(m.matched+m.matchedRec) / float64(m.quoteWords+m.recWords)
}

// coverage is the share of the quote's words the passage has, in order.
func (m measures) coverage() float64 {
	if m.quoteWords == 0 {
		return 0
	}
	return float64(m.matched) / float64(m.quoteWords)
}

func (m measures) runShare() float64 {
	if m.quoteWords == 0 {
		return 0
	}
	return float64(m.inRuns) / float64(m.quoteWords)
}

// measure reads an alignment's steps; recWord gives the record's word at a
// position of the aligned stretch, and sameStem whether a quote word and
// the word at a position have one stem (Record.sameStemIn). A content word
// is counted once however often the quote says it ("we're going to …,
// we're going to …" has one "going"): a word repeated carries no more of
// the meaning. cs tells the quote's content words (contentFirsts), and
// holds the scratch of the words counted.
func measure(q []Token, al Alignment, recWord func(int) string, sameStem func(*Token, int) bool, n int, cs *contentSet) measures {
	var m measures
	// same numbers written otherwise ("1.5" for "one and a half") are
	// the record's words, as an equal step is
	same := sameNumbers(q, al, recWord, n)
	for _, t := range q {
		if t.Kind == Word {
			m.quoteWords++
		}
	}
	m.content = cs.distinct
	clear(cs.counted)
	countContent := func(i int) {
		if f := cs.first[i]; f >= 0 && !cs.counted[f] {
			cs.counted[f] = true
			m.matchedContent++
			if cs.distinctive[f] {
				m.matchedDistinct++
			}
		}
	}
	minRun := min(MinRun, m.quoteWords)
	// between is the quote words of the change op, the x-th step, when
	// equal words stand on both sides of it ("took [23] days"), else 0
	between := func(x int, op Op) int {
		if x == 0 || x+1 == len(al.Ops) || al.Ops[x-1].Kind != OpEqual || al.Ops[x+1].Kind != OpEqual {
			return 0
		}
		return op.Q1 - op.Q0
	}
	run := 0
	flush := func() {
		if run >= minRun {
			m.inRuns += run
		}
		run = 0
	}
	for x, op := range al.Ops {
		if same != nil && same[x] && op.Kind != OpEqual {
			k := op.Q1 - op.Q0
			m.matched += k
			for i := op.Q0; i < op.Q1; i++ {
				countContent(i)
			}
			m.matchedRec += op.R1 - op.R0
			m.recWords += op.R1 - op.R0
			run += k
			continue
		}
		switch op.Kind {
		case OpEqual:
			k := op.Q1 - op.Q0
			m.matched += k
			for i := op.Q0; i < op.Q1; i++ {
				countContent(i)
			}
			m.matchedRec += op.R1 - op.R0
			run += k
			m.recWords += op.R1 - op.R0
			continue
		case OpSubstitute:
			if standsIn(q[op.Q0:op.Q1], op.R0, op.R1, recWord) {
				// "rebuild[s]" for "rebuild": the record's words,
				// changed inside brackets alone
				k := op.Q1 - op.Q0
				m.marked++
				m.matched += k
				for i := op.Q0; i < op.Q1; i++ {
					countContent(i)
				}
				m.matchedRec += k
				m.recWords += k
				run += k
				continue
			}
			if x+1 < len(al.Ops) && sameAuxiliary(q, op, al.Ops[x+1], recWord) {
				// "he's been" for "he has been": the contraction's
				// "'s" read as "is", which before "been" is "has"
				m.matched++
				countContent(op.Q0)
				m.matchedRec++
				m.recWords++
				run++
				continue
			}
			m.changes += op.Q1 - op.Q0
			m.recWords += op.R1 - op.R0
			form := inflected(q[op.Q0:op.Q1], op.R0, op.R1, sameStem)
			for i := op.Q0; form && i < op.Q1; i++ {
				countContent(i) // the record's word, in another form
			}
			if form || numbersOnly(q[op.Q0:op.Q1], op.R0, op.R1, recWord) || flipsNegationOf(q[op.Q0:op.Q1], op.R0, op.R1, recWord) {
				// a number changed ("it took 23 days" against "it took
				// 21 days") keeps the words around it one run, and
				// between equal words stands in it: the quote is the
				// passage with a number altered, however short, not a
				// rewording nor another remark
				run += between(x, op)
				continue
			}
		case OpInsert:
			if op.Q1-op.Q0 == 1 && x > 0 && x+1 < len(al.Ops) && numberAnd(q[op.Q0].Norm, al.Ops[x-1], al.Ops[x+1], op.Q0, op.Q1, func(k int) string { return q[k].Norm }) {
				m.quoteWords-- // "two hundred and fifty" for the record's "250": no word of the speaker's missing
				continue
			}
			m.changes += op.Q1 - op.Q0
			if numbersOnly(q[op.Q0:op.Q1], 0, 0, recWord) || flipsNegationOf(q[op.Q0:op.Q1], 0, 0, recWord) {
				run += between(x, op)
				continue // (the rest of a number changed, as above)
			}
		case OpDelete:
			if op.R1-op.R0 == 1 && x > 0 && x+1 < len(al.Ops) && numberAnd(recWord(op.R0), al.Ops[x-1], al.Ops[x+1], op.R0, op.R1, recWord) {
				continue // the record's "two hundred and fifty" for "$250"
			}
			m.changes += op.R1 - op.R0
			m.deleted += op.R1 - op.R0
			m.recWords += op.R1 - op.R0
			if numbersOnly(nil, op.R0, op.R1, recWord) || flipsNegationOf(nil, op.R0, op.R1, recWord) {
				continue
			}
		case OpClean:
			m.cleaned += op.R1 - op.R0
			for k := op.R0; k < op.R1; k++ {
				m.cleanedWords = append(m.cleanedWords, recWord(k))
			}
			continue // not a change, and no break in a run
		case OpEditorial, OpOmit:
			m.marked++
			if x == 0 && op.Kind == OpEditorial {
				// a bracket opening the quote stands for the fewest
				// record words that make sense, not for the sentence
				// before too: "[The schools in Salem] need" for "We
				// only fund schools. They need" drops no "only"
				op.R0 = max(op.R0, openingBracketFrom(q, al, recWord))
			}
			if op.Kind == OpEditorial && op.R0 < op.R1 && onlySic(q[op.Q0:op.Q1]) {
				// "[sic]" says the word before it is the speaker's as
				// spoken; it stands for no word of the record: "a [sic]
				// deal of money" for "a great deal of money" drops
				// "great" unmarked
				m.changes += op.R1 - op.R0
				m.deleted += op.R1 - op.R0
				m.recWords += op.R1 - op.R0
				break
			}
			for _, t := range q[op.Q0:op.Q1] {
				if negations[t.Norm] && m.added == "" && !recHas(op.R0, op.R1, recWord, t.Norm) {
					m.added = t.Norm // "we will [not] rebuild", "[never]" for "always"
				}
			}
			if op.Kind == OpEditorial && m.added == "" {
				m.added = bracketQualifies(q[op.Q0:op.Q1], op.R0, op.R1, recWord) // "we will cut [all] taxes"
			}
			if op.Kind == OpEditorial && m.rewritten == "" {
				m.rewritten = bracketRewrites(q[op.Q0:op.Q1], op.R0, op.R1, n, x+1 == len(al.Ops), recWord)
			}
			for k := op.R0; k < op.R1; k++ {
				if w := recWord(k); qualifiers[w] && !quoteHas(q, w) && m.dropped == "" {
					m.dropped = w
				}
			}
			if op.Kind == OpEditorial && m.renumbered == "" {
				r0, r1 := bracketSpan(al.Ops, x, recWord, n)
				r0 = max(r0, op.R0)
				m.renumbered = bracketRenumbers(q[op.Q0:op.Q1], r0, r1, recWord)
			}
			if op.Kind == OpEditorial && op.R1-op.R0 > 3+op.Q1-op.Q0 {
				// a bracket standing in for a long passage hides words
				m.changes += op.R1 - op.R0 - 3 - (op.Q1 - op.Q0)
			}
			// a mark does not break a run: "[W]e're living" keeps its run
			continue
		}
		flush()
	}
	flush()
	return m
}

// bracketSpan is the record's words [r0, r1) that the bracket ops[x]
// stands for: its own, or, where it closes the quote and takes none (the
// aligner's ties go to the earliest end), those after the run, as many as
// it holds and on to the end of a number they end within: "all [six
// million]" for "all five million", "[$2.5 million]" for "two and a half
// million", "[in 2019]" for "in twenty nineteen". n is the number of
// record words recWord reads.
func bracketSpan(ops []Op, x int, recWord func(int) string, n int) (r0, r1 int) {
	op := ops[x]
	if op.R0 < op.R1 || x+1 < len(ops) {
		return op.R0, op.R1
	}
	r0, r1 = op.R0, min(n, op.R0+op.Q1-op.Q0)
	// a word of a number, or the "and", "a" or "point" it runs on with
	// after one ("two and a half", "three point two")
	inNumber := func(k int) bool {
		for ; k >= r0; k-- {
			switch w := recWord(k); {
			case spokenNumberWord(w) || numberWord(w):
				return true
			case w != "and" && w != "a" && w != "point":
				return false
			}
		}
		return false
	}
	for limit := min(n, r1+maxNumberContext); r1 > r0 && r1 < limit && inNumber(r1-1); r1++ {
		if w := recWord(r1); !spokenNumberWord(w) && !numberWord(w) && w != "and" && w != "a" && w != "point" {
			break
		}
	}
	return r0, r1
}

// bracketRenumbers tells whether the words of a bracket, q, say other
// numbers than the record's words [r0, r1) it stands for, each side read
// as a speaker says a number (spokenItems, a year read in pairs joined:
// "nineteen ninety" is 1990): "[$6 million]" for "five million pounds"
// puts another number in the speaker's mouth, as "[the 1980s]" for "the
// nineties" does, where "[$5 million]" for it, "[the $5 million]" for
// "it" and "[Lowell]" for "two of them" (one side with no number) are the
// writer's clarification. Only numbers of one kind are compared
// (numberKind): a date for a span of time ("[in 2020]" for "two years
// ago", "[on Sept. 5]" for "in two weeks") or an amount for a share ("[$2
// million]" for "half of it") tells what the speaker's number measures.
// It gives "“6 million” for the record's “5 million”", or "" where the
// numbers are the same.
func bracketRenumbers(q []Token, r0, r1 int, recWord func(int) string) string {
	numbers := func(ws []string) map[string][]string {
		out := map[string][]string{}
		items := spokenItems(yearsInPairs(ws))
		for i, it := range items {
			if k := numberKind(items, i); k != "" {
				out[k] = append(out[k], it)
			}
		}
		return out
	}
	if !slices.ContainsFunc(q, func(t Token) bool { return spokenNumberWord(t.Norm) || numberWord(t.Norm) }) {
		return "" // (most brackets hold no number: told before anything is made)
	}
	qw := make([]string, 0, len(q))
	for _, t := range q {
		qw = append(qw, t.Norm)
	}
	rw := make([]string, 0, max(0, r1-r0))
	for k := r0; k < r1; k++ {
		rw = append(rw, recWord(k))
	}
	qn, rn := numbers(qw), numbers(rw)
	for kind, ns := range qn {
		if rs, ok := rn[kind]; ok && !slices.Equal(ns, rs) {
			return "“" + strings.Join(qw, " ") + "” for the record's “" + strings.Join(rw, " ") + "”"
		}
	}
	return ""
}

// numberKind is what the item items[i] of spokenItems measures: "time" a
// time of day ("@9:00am"), "decade" a decade ("~1990s"), "span" a number
// of a unit of time ("2 years ago", "in 2 weeks"), "share" a fraction
// below one ("half of it") and "count" another number ("5 million",
// "2020"); "" for a word.
func numberKind(items []string, i int) string {
	it := items[i]
	switch {
	case strings.HasPrefix(it, "@"):
		return "time"
	case strings.HasPrefix(it, "~"):
		return "decade"
	case !strings.HasPrefix(it, "#"):
		return ""
	case i+1 < len(items) && timeUnits[items[i+1]]:
		return "span"
	}
	if v, ok := new(big.Rat).SetString(it[1:]); ok && v.Sign() > 0 && v.Cmp(big.NewRat(1, 1)) < 0 {
		return "share"
	}
	return "count"
}

// timeUnits are the units a span of time is counted in ("two years ago").
var timeUnits = map[string]bool{
	"second": true, "seconds": true, "minute": true, "minutes": true, "hour": true, "hours": true,
	"day": true, "days": true, "night": true, "nights": true, "week": true, "weeks": true,
	"month": true, "months": true, "year": true, "years": true, "decade": true, "decades": true,
	"century": true, "centuries": true,
}

// yearsInPairs is ws with each run of numerals that reads as a year said
// in pairs joined into it (numberJoin: "19" "90" is "1990", "20" "19"
// "2019"), as the tokenizer writes "nineteen ninety" and news copy
// "1990"; ws itself where none does.
func yearsInPairs(ws []string) []string {
	var out []string
	for i := 0; i < len(ws); i++ {
		j := i
		for j < len(ws) && j-i < maxJoin && allDigits(ws[j]) {
			j++
		}
		if j-i >= 2 {
			if y, ok := numberJoin(ws[i:j]); ok && len(y) == 4 && readInPairs(y) {
				if out == nil {
					out = slices.Clone(ws[:i])
				}
				out = append(out, y)
				i = j - 1
				continue
			}
		}
		if out != nil {
			out = append(out, ws[i])
		}
	}
	if out == nil {
		return ws
	}
	return out
}

// droppedInSentences is measure's dropped word read again with the
// record's sentences, of an alignment al of q to the window w: the first
// qualifier a marked edit leaves out that qualifies the quote's words, or
// "". An ellipsis between two sentences of the quote may leave out whole
// sentences of the record, and a negation or a hedge of theirs qualifies
// none of the words kept: "We will fund the clinic. … We will build the
// seawall." for "We will fund the clinic. The state will not help us, and
// it never has. We will build the seawall." drops no "not". A qualifier
// left out within a sentence the quote keeps words of ("We will stay …
// The harbor is ready." for "We will stay until the work is done. The
// harbor is ready.") still counts, and so does a sentence that opens with
// one, which qualifies the sentence before ("Not this year.", "Maybe.",
// "Only if the state pays."). Where the record's words cannot be read,
// measure's word stands.
func (r *Record) droppedInSentences(q []Token, al Alignment, w window, recWord func(int) string) string {
	for x, op := range al.Ops {
		if op.Kind != OpEditorial && op.Kind != OpOmit {
			continue
		}
		if x == 0 && op.Kind == OpEditorial {
			op.R0 = max(op.R0, openingBracketFrom(q, al, recWord)) // (as measure reads it)
		}
		for k := op.R0; k < op.R1; k++ {
			word := recWord(k)
			if !qualifiers[word] || quoteHas(q, word) {
				continue
			}
			if op.Kind == OpEditorial || x == 0 || x+1 == len(al.Ops) || !r.inSentenceLeftOut(w, op.R0, k, op.R1) {
				return word
			}
		}
	}
	return ""
}

// inSentenceLeftOut tells whether the window w's word k lies in a whole
// sentence of the record's words [r0, r1) that an ellipsis leaves out,
// the words before r0 and from r1 kept: a sentence opens at a word from
// r0 up to k, another at a word after k up to r1, and the one k is in
// opens with no qualifier. A sentence opens with a capital, so a record
// written in lower case ("we will fund it. the state will not help") has
// no sentence an ellipsis leaves out whole, and its qualifiers count.
func (r *Record) inSentenceLeftOut(w window, r0, k, r1 int) bool {
	lo, hi := w.lo+r0, w.lo+r1+1
	toks := r.turnTokens(w.turn, lo, hi)
	if len(toks) != hi-lo {
		return false
	}
	trI, tk := r.turnPlace(w.turn)
	tr := r.transcript(trI)
	text, turnStart := tr.SpeechText(), tr.Turns[tk].Start
	opens := func(j int) bool { // the window's word j opens a sentence
		// written with a capital: after an abbreviation's period a
		// sentence goes on in lower case ("at 9 a.m. on Monday unless it
		// rains", "in the U.K. and not in Spain")
		t := toks[j-r0]
		return (j == r0 || !sameSpan(toks[j-r0-1], t)) && startsUpper(text[t.Start:t.End]) && opensSentence(text, turnStart, t.Start)
	}
	start := -1 // the opening of k's sentence
	for j := k; j >= r0 && start < 0; j-- {
		if opens(j) {
			start = j
		}
	}
	if start < 0 || opensQualifying[toks[start-r0].Norm] {
		return false
	}
	for j := k + 1; j <= r1; j++ {
		if opens(j) {
			return true
		}
	}
	return false
}

// opensQualifying are the qualifiers that, opening a sentence, qualify
// the sentence before ("We will fund the clinic. Not this year.", "Maybe.",
// "Only if the state pays."), where "Nobody will stop us." is a sentence
// of its own.
var opensQualifying = setOfWords(`not never only unless except if until maybe perhaps possibly probably partly partially
	almost nearly hardly barely`)

// onlySic tells whether the bracketed words q are "[sic]" (or "(sic)")
// alone.
func onlySic(q []Token) bool {
	for _, t := range q {
		if t.Norm != "sic" {
			return false
		}
	}
	return len(q) > 0
}

// bracketQualifies is the word a bracket, q, adds that widens, narrows or
// hedges the record's words [r0, r1) it stands for, when it holds nothing
// else: "we will cut [all] taxes", "we will [only] cut taxes", "the
// county will [always] pay" against the record's words without it. It is
// "" when the bracket holds other words ("[all three candidates]" for
// "they" names a referent) or stands for record words at all: put in,
// not in place of words.
func bracketQualifies(q []Token, r0, r1 int, recWord func(int) string) string {
	if r0 < r1 {
		return "" // a bracket standing for words is the editor's wording of them: "[All]" for "Everyone", "[only]" for "just", "[if]" for "whether"
	}
	added := ""
	for _, t := range q {
		switch {
		case quantifiers[t.Norm]:
			if added == "" {
				added = t.Norm
			}
		case t.Norm != "of" && t.Norm != "the" && t.Norm != "a":
			return ""
		}
	}
	for k := r0; added != "" && k < r1; k++ {
		if quantifiers[recWord(k)] {
			return ""
		}
	}
	return added
}

// contentSet tells a quote's content words (its words but stop words),
// each counted once however often the quote says it.
type contentSet struct {
	first    []int32 // of each token: the index of the first token of its word, if a content word; else -1
	distinct int     // the distinct content words
	counted  []bool  // measure's scratch: the first tokens of the words counted
	// of a first token of a content word: whether the word is
	// distinctive, no stock word of speech either (distinctiveWord)
	distinctive []bool
}

// contentFirsts reads a quote's content words for measure, once a quote.
func contentFirsts(q []Token) *contentSet {
	cs := &contentSet{first: make([]int32, len(q)), counted: make([]bool, len(q)), distinctive: make([]bool, len(q))}
	at := map[string]int32{}
	for i, t := range q {
		cs.first[i] = -1
		if t.Kind != Word || stopwords[t.Norm] {
			continue
		}
		f, ok := at[t.Norm]
		if !ok {
			f = int32(i)
			at[t.Norm] = f
			cs.distinct++
			cs.distinctive[i] = distinctiveWord(t.Norm)
		}
		cs.first[i] = f
	}
	return cs
}

// standsIn tells whether the quote's words q, marked words each,
// stand in for the record's words [r0, r1) one for one, changed inside
// their brackets alone (Token.standsInFor).
func standsIn(q []Token, r0, r1 int, recWord func(int) string) bool {
	if len(q) != r1-r0 {
		return false
	}
	for k := range q {
		if q[k].Kind != Word || !q[k].Marked || !q[k].standsInFor(recWord(r0+k)) {
			return false
		}
	}
	return true
}

// contractedAuxiliaries are the auxiliaries a contraction may stand for
// that the tokenizer reads as one only ("'s" is "is", "'d" is "would"),
// by the other, and the words after which the contraction can only be
// the other ("he's been" is "he has been", "I'd had" is "I had had").
var contractedAuxiliaries = map[[2]string]map[string]bool{
	{"is", "has"}:    perfectParticiples,
	{"has", "is"}:    perfectParticiples,
	{"would", "had"}: perfectParticiples,
	{"had", "would"}: perfectParticiples,
	// and "a" before a number's scale word is one ("a million dollars"
	// is "$1 million")
	{"1", "a"}: numberScales,
	{"a", "1"}: numberScales,
}

// numberScales are the words a number is read in after "a": "a hundred",
// "a million".
var numberScales = map[string]bool{"hundred": true, "thousand": true, "million": true, "billion": true, "trillion": true}

// numberAnd tells whether the one word w that one side has and the other
// lacks, at [lo, hi) of its side, is the "and" a number is spoken with
// after its hundreds ("two hundred and fifty" is 250): the ops before and
// after it are equal, the word before it (word, on w's side) a scale word
// and the one after it a number.
func numberAnd(w string, prev, next Op, lo, hi int, word func(int) string) bool {
	if w != "and" || prev.Kind != OpEqual || next.Kind != OpEqual || lo == 0 {
		return false
	}
	return numberScales[word(lo-1)] && isNumeral(word(hi))
}

// perfectParticiples are the participles that follow "has" or "had" but
// never "is" or "would" ("it's been", "she's got", "he'd had"); not those
// a passive or a state also takes ("it's made in Salem" is "it is made", "the money's gone" "is gone").
var perfectParticiples = map[string]bool{"been": true, "got": true, "gotten": true, "had": true}

// sameAuxiliary tells whether the substitution op, of one quote word for
// one record word, is a contraction's auxiliary read the other way: "is"
// for "has" (either side) before a participle that only "has" takes,
// which the next op has equal on both sides ("He's been" against "He has
// been"), or "would" for "had" ("I'd had" against "I had had"); and, by
// the same table (contractedAuxiliaries), "a" for "1" before a scale word
// ("a million" against "$1 million").
func sameAuxiliary(q []Token, op, next Op, recWord func(int) string) bool {
	if op.Q1-op.Q0 != 1 || op.R1-op.R0 != 1 || next.Kind != OpEqual || next.Q0 != op.Q1 || next.R0 != op.R1 || q[op.Q0].Kind != Word {
		return false
	}
	after := contractedAuxiliaries[[2]string{q[op.Q0].Norm, recWord(op.R0)}]
	return after != nil && after[q[next.Q0].Norm]
}

// numbersOnly tells whether the quote's words q and the record's words
// [r0, r1) that stand in for each other (either may be none) are numbers
// alone ("23" for "21", "3.3" for "3 point 2", "$2 million" for "two
// billion dollars").
func numbersOnly(q []Token, r0, r1 int, recWord func(int) string) bool {
	if len(q) == 0 && r1 <= r0 {
		return false
	}
	for _, t := range q {
		if !numberWord(t.Norm) {
			return false
		}
	}
	for k := r0; k < r1; k++ {
		if !numberWord(recWord(k)) {
			return false
		}
	}
	return true
}

// numberWord tells whether w is a word a number is read in: its digits, a
// scale ("hundred", "million") or the "point" of a decimal.
func numberWord(w string) bool {
	return isNumeral(w) || w == "point" || w == "hundred" || slices.Contains(scaleWords[1:], w)
}

// flipsNegationOf tells whether the quote's words q and the record's words
// [r0, r1) that stand in for each other (either may be none, neither more
// than one word) turn the passage around: a negation added, dropped or put
// for another word ("I can't support that plan" against "I can support
// that plan", "we will never" against "we will always"). Like a number
// changed, it keeps the words around it one run: the quote is the passage
// with its sense reversed, however short, not another remark.
func flipsNegationOf(q []Token, r0, r1 int, recWord func(int) string) bool {
	if len(q) > 1 || r1-r0 > 1 || len(q) == 0 && r1 <= r0 {
		return false
	}
	qn, rn := false, false
	if len(q) == 1 {
		qn = q[0].Kind == Word && negations[q[0].Norm]
	}
	if r1 > r0 {
		rn = negations[recWord(r0)]
	}
	return qn != rn
}

// inflected tells whether the quote's words q and the record's words
// [r0, r1) that stand in for each other one for one are the same words in
// other forms, a tense or a number changed ("deserved" for "deserve",
// "worker" for "workers"): the same stems. Like a number changed, it keeps
// the words around it one run: the quote is the passage with a word's
// form altered. sameStem tells whether quote word t and the record's word
// at position k have one stem.
func inflected(q []Token, r0, r1 int, sameStem func(t *Token, k int) bool) bool {
	if len(q) == 0 || len(q) != r1-r0 {
		return false
	}
	for k := range q {
		if q[k].Kind != Word || !sameStem(&q[k], r0+k) {
			return false
		}
	}
	return true
}

// sameStemIn is inflected's sameStem for a window of the record's words
// (seg, its word ids): a quote word and the window's k-th word have one
// stem when their stem ids are equal ("deserved" and the record's
// "deserve", both "deserv"; a word whose stem the record never has is no
// record word's form). The record stemmed each of its words once; stemming
// both words of every substitution in every window again was a tenth of
// the search for a quote the record does not have.
// TestSameStemInEqualsStem holds it equal to comparing the stems.
func (r *Record) sameStemIn(seg []uint32) func(t *Token, k int) bool {
	return func(t *Token, k int) bool {
		s := r.stemID(*t)
		return s != 0 && s == r.stemOf[seg[k]]
	}
}

// isNumeral tells whether w is a number's digits ("21", "3.2").
func isNumeral(w string) bool {
	return w != "" && w[0] >= '0' && w[0] <= '9' && strings.Trim(w, "0123456789.") == ""
}

// recHas tells whether the record's words [r0, r1) hold norm.
func recHas(r0, r1 int, recWord func(int) string, norm string) bool {
	for k := r0; k < r1; k++ {
		if recWord(k) == norm {
			return true
		}
	}
	return false
}

func quoteHas(q []Token, norm string) bool {
	for _, t := range q {
		if t.Norm == norm {
			return true
		}
	}
	return false
}

// cutsNumber tells whether the record words of al start or end inside a
// number written as one word and read as several: the record's ends are
// free, so "paying 2,000" ("paying 2 thousand") would be the record's
// "paying 2,500" ("2 thousand 5 hundred") cut short, and "500 dollars" its
// "2,500 dollars" cut at the start. n is the number of record words
// recWord reads; oneWord(k) tells whether words k-1 and k are read from
// one written word (numbers written apart, "100 0", are not cut).
func cutsNumber(al Alignment, n int, recWord func(int) string, oneWord func(k int) bool) bool {
	scale := func(w string) bool { return w == "hundred" || slices.Contains(scaleWords[1:], w) }
	// b continues the number a ends: "2 thousand" + "5", "2" + "thousand"
	continues := func(a, b string) bool {
		return scale(b) && (allDigits(a) || scale(a)) || allDigits(b) && scale(a)
	}
	if al.REnd <= al.RStart {
		return false
	}
	if al.REnd < n && continues(recWord(al.REnd-1), recWord(al.REnd)) && oneWord(al.REnd) {
		return true
	}
	return al.RStart > 0 && continues(recWord(al.RStart-1), recWord(al.RStart)) && oneWord(al.RStart)
}

// level classifies a measured alignment: Verbatim, Faithful, Altered, or
// Fabricated for "not this passage" (paraphrase is judged separately).
func (m measures) level() Verdict {
	switch {
	case m.quoteWords == 0:
		return Fabricated
	case m.changes == 0 && m.marked == 0 && m.matched == m.quoteWords:
		return Verbatim
	case m.changes == 0 && !m.markedChange() && m.matched == m.quoteWords:
		return Faithful
	case m.changes == 0 && m.markedChange():
		return Altered
	case m.leavesOutOnly():
		// every word of the quote the record's, in order, with words of
		// the passage left out unmarked, however short the runs ("It is
		// a disgrace" for "It is, I think, a disgrace"); a passage that
		// leaves out more words than the quote keeps is not one
		return Altered
	case m.runsHold():
		// (a run of small words kept while most of the words that carry
		// the meaning are the writer's is no source: "there was a full
		// investigation" is not "there was a horrible shooting")
		return Altered
	}
	return Fabricated
}

// markedChange tells whether a marked edit changes what the record's
// words say: an omission drops a qualifier, a bracket adds one, or puts
// another number or name.
func (m measures) markedChange() bool {
	return m.dropped != "" || m.added != "" || m.renumbered != "" || m.renamed != "" || m.rewritten != ""
}

// leavesOutOnly tells whether every word of the quote is the record's, in
// order, and the changes are only record words left out, no more of them
// than the quote keeps.
func (m measures) leavesOutOnly() bool {
	return m.changes == m.deleted && m.matched == m.quoteWords && m.deleted <= m.quoteWords
}

// runsHold tells whether the quote's runs of the record's words hold
// AlteredRunShare of it, and its content words are mostly the record's.
func (m measures) runsHold() bool {
	return m.runShare() >= AlteredRunShare && 2*m.matchedContent >= m.content
}

// gapped tells whether c is altered only because it leaves words out
// (leavesOutOnly), its runs too short to hold the quote: the quote's words
// picked out of a longer passage, weaker evidence than another speaker's
// passage that says them as quoted ("I think that is the point" against
// "I think that we all know it is the whole point of the bill", when
// another speaker says "I think that is the point").
func (c *candidate) gapped() bool {
	return c.level == Altered && c.m.changes > 0 && c.m.leavesOutOnly() && !c.m.runsHold()
}

// candidate is the best reading of a quote in one speaker's words.
type candidate struct {
	sp      *speakerInfo
	turn    int
	al      Alignment // record token indices within the turn
	m       measures
	level   Verdict // Verbatim, Faithful, Altered, Paraphrased, or Fabricated (nothing)
	wording float64
	para    float64
	paraLo  int // the paraphrased passage, token indices within the turn
	paraHi  int
}

func (c *candidate) score() float64 {
	switch c.level {
	case Verbatim, Faithful, Altered:
		return 1 + c.wording
	case Paraphrased:
		return c.para
	}
	return max(c.para, c.wording) / 2
}

// better orders candidates: a closer kind of match, then a higher score,
// then the earlier utterance.
func (c *candidate) better(o *candidate) bool {
	if o == nil {
		return true
	}
	if c.level != o.level {
		return c.level < o.level
	}
	if sc, so := c.score(), o.score(); sc != so {
		return sc > so
	}
	return c.turn < o.turn || c.turn == o.turn && c.al.RStart < o.al.RStart
}

// before orders the readings of different speakers as better does, but
// two equally close ones go to the earlier by transcript date (undated
// last), then by place in the record: words that Ann Lowell says at the
// briefing of 2025-01-07 and Dan Kemp repeats word for word on 2025-03-02
// are "said by Ann Lowell", whichever transcript the record lists first.
func (r *Record) before(c, o *candidate) bool {
	if o == nil || c.level != o.level || c.score() != o.score() {
		return c.better(o)
	}
	return earlier(r.turnDate(c.turn), c, r.turnDate(o.turn), o)
}

// contentWords counts a quote's words that are not stop words.
func contentWords(q []Token) int {
	n := 0
	for _, t := range q {
		if t.Kind == Word && !stopwords[t.Norm] {
			n++
		}
	}
	return n
}

// paraphrase scores how recognisably the record stretch seg (word ids)
// rewords q. Each quote word weighs its rarity in the record
// (Record.weight, stop words included at full weight). A word counts as
// kept when the alignment keeps it in a run of at least two equal words
// (the speaker's phrasing), or, for a content word, when its stem occurs
// within the best stretch of about one and a half times the quote's length
// (the speaker's vocabulary, rearranged). The score is the kept weight over
// the whole, with the stretch it was found in.
func (r *Record) paraphrase(q []Token, seg []uint32, al Alignment) (float64, int, int) {
	return r.newParaQuote(q).score(r, q, seg, al)
}

// paraQuote is what paraphrase needs of a quote, found once for all its
// windows: each word's stem and weight, and its content stems numbered
// by slot, so that a window's words are counted in slices, not maps.
type paraQuote struct {
	qw    []float64 // weight of each word token
	slot  []int32   // each token's content stem slot, -1 for none
	total float64
	n     int       // word tokens
	kw    []float64 // weight of each content stem, by slot
	table stemTable
}

// stemTable maps the content stem ids of a quote to slots (open
// addressing; the key 0 is never a content stem).
type stemTable struct {
	keys  []uint32
	slots []int32
	mask  uint32
}

func newStemTable(n int) stemTable {
	size := 8
	for size < 2*n {
		size *= 2
	}
	return stemTable{keys: make([]uint32, size), slots: make([]int32, size), mask: uint32(size - 1)}
}

// find returns the slot of id, or -1.
func (t *stemTable) find(id uint32) int32 {
	if id == 0 {
		return -1
	}
	for h := (id * 0x9E3779B1) & t.mask; ; h = (h + 1) & t.mask {
		switch t.keys[h] {
		case id:
			return t.slots[h]
		case 0:
			return -1
		}
	}
}

func (t *stemTable) add(id uint32, slot int32) {
	h := (id * 0x9E3779B1) & t.mask
	for t.keys[h] != 0 {
		h = (h + 1) & t.mask
	}
	t.keys[h], t.slots[h] = id, slot
}

func (r *Record) newParaQuote(q []Token) *paraQuote {
	p := &paraQuote{qw: make([]float64, len(q)), slot: make([]int32, len(q)), table: newStemTable(len(q))}
	for k, t := range q {
		p.slot[k] = -1
		if t.Kind != Word {
			continue
		}
		p.n++
		sid, stop := r.wordInfo(t)
		p.qw[k] = r.weightID(sid)
		p.total += p.qw[k]
		if sid != 0 && !stop {
			s := p.table.find(sid)
			if s < 0 {
				s = int32(len(p.kw))
				p.table.add(sid, s)
				p.kw = append(p.kw, 0)
			}
			p.kw[s] = p.qw[k]
			p.slot[k] = s
		}
	}
	return p
}

// score is paraphrase for a prepared quote.
func (p *paraQuote) score(r *Record, q []Token, seg []uint32, al Alignment) (float64, int, int) {
	if p.total == 0 || len(seg) == 0 {
		return 0, 0, 0
	}
	inRun := make([]bool, len(q))
	for _, op := range al.Ops {
		if op.Kind == OpEqual && op.Q1-op.Q0 >= 2 {
			for k := op.Q0; k < op.Q1; k++ {
				inRun[k] = true
			}
		}
	}
	// the slot of each word of the window, -1 for a stem the quote's
	// content words lack
	ss := make([]int32, len(seg))
	for x, w := range seg {
		ss[x] = p.table.find(r.stemOf[w])
	}
	ns := len(p.kw)
	count := make([]int32, ns)
	L := p.n + p.n/2 + 2
	sum, best, bestLo, bestHi := 0.0, -1.0, 0, 0
	for hi := 0; hi < len(seg); hi++ {
		if s := ss[hi]; s >= 0 {
			if count[s] == 0 {
				sum += p.kw[s]
			}
			count[s]++
		}
		if lo := hi - L + 1; lo > 0 {
			if s := ss[lo-1]; s >= 0 {
				count[s]--
				if count[s] == 0 {
					sum -= p.kw[s]
				}
			}
		}
		if sum > best+1e-12 {
			best, bestLo, bestHi = sum, max(hi-L+1, 0), hi+1
		}
	}
	present := make([]bool, 2*ns) // present, then counted
	counted := present[ns:]
	for _, s := range ss[bestLo:bestHi] {
		if s >= 0 {
			present[s] = true
		}
	}
	kept := 0.0
	for k, t := range q {
		if t.Kind != Word {
			continue
		}
		switch s := p.slot[k]; {
		case inRun[k]:
			kept += p.qw[k]
		case s >= 0 && present[s] && !counted[s]:
			kept += p.qw[k]
			counted[s] = true
		}
	}
	// trim the stretch to the words the quote shares
	weight := func(s int32) float64 {
		if s < 0 {
			return 0
		}
		return p.kw[s]
	}
	for bestLo < bestHi && weight(ss[bestLo]) == 0 {
		bestLo++
	}
	for bestHi > bestLo && weight(ss[bestHi-1]) == 0 {
		bestHi--
	}
	return min(kept/p.total, 1), bestLo, bestHi
}

// bestBySpeaker aligns q against the candidate windows and keeps each
// speaker's best reading.
func (r *Record) bestBySpeaker(q []Token, windows []window) map[*speakerInfo]*candidate {
	return r.bestByWindow(q, r.prepareQuote(q), windows)
}

// prepareQuote looks a quote's words up in the record once for the DP of
// all its windows.
func (r *Record) prepareQuote(q []Token) *dpQuote {
	qid := make([]uint32, len(q))
	for k, t := range q {
		if t.Kind != Ellipsis {
			qid[k] = r.wordOf(t)
		}
	}
	pq := newDPQuote(q, qid, r.words)
	pq.known = r.wordFilter()
	pq.suffixes = r.suffixIDs
	return pq
}

// suffixIDs is suffixIDs of a record word, remembered by its id for up to
// maxSuffixWords words: articles use the same words again and again, and
// asking for every suffix of every quote word was a tenth of a quote's
// check.
func (r *Record) suffixIDs(id uint32, word string) []uint32 {
	r.suffixMu.RLock()
	ids, ok := r.suffixCache[id]
	r.suffixMu.RUnlock()
	if ok {
		return ids
	}
	ids = suffixIDs(word, r.words, r.wordFilter())
	r.suffixMu.Lock()
	if r.suffixCache == nil {
		r.suffixCache = map[uint32][]uint32{}
	}
	if len(r.suffixCache) < maxSuffixWords {
		r.suffixCache[id] = ids
	}
	r.suffixMu.Unlock()
	return ids
}

// maxSuffixWords bounds the words whose suffixes a record remembers.
const maxSuffixWords = 1 << 16

// disfluentIn tells whether record positions [lo, hi) hold a disfluency:
// only then does a window's DP take the slower cells that may leave one
// out.
func (r *Record) disfluentIn(lo, hi int) bool {
	at := r.disfluentPositions()
	if len(at) == 0 || hi <= lo || lo > at[len(at)-1] {
		return false
	}
	// the bits of blocks [b0, b1], a word of 64 at a time
	bl := r.disfluentBlocks
	b0, b1 := max(lo, 0)>>6, min(hi-1, at[len(at)-1])>>6
	found := false
	for w := b0 >> 6; w <= b1>>6 && !found; w++ {
		m := bl[w]
		if w == b0>>6 {
			m &= ^uint64(0) << (b0 & 63)
		}
		if w == b1>>6 {
			m &= ^uint64(0) >> (63 - b1&63)
		}
		found = m != 0
	}
	if !found {
		return false
	}
	k, _ := slices.BinarySearch(at, lo)
	return k < len(at) && at[k] < hi
}

// disfluentMarks tells, for each record position of [lo, hi), whether it
// holds a disfluency, in buf grown to hi-lo, from the sorted positions
// rather than a look-up of each in the map; nil when none does.
func (r *Record) disfluentMarks(lo, hi int, buf []bool) []bool {
	if !r.disfluentIn(lo, hi) {
		return nil
	}
	buf = slices.Grow(buf[:0], hi-lo)[:hi-lo]
	clear(buf)
	k, _ := slices.BinarySearch(r.disfluentAt, lo)
	for ; k < len(r.disfluentAt) && r.disfluentAt[k] < hi; k++ {
		buf[r.disfluentAt[k]-lo] = true
	}
	return buf
}

// wordFilter is the Bloom filter of the record's words, made on first use.
func (r *Record) wordFilter() *wordFilter {
	r.filterOnce.Do(func() { r.filter = newWordFilter(r.words.strs[1:]) })
	return r.filter
}

// bestByWindow is bestBySpeaker for a prepared quote.
func (r *Record) bestByWindow(q []Token, pq *dpQuote, windows []window) map[*speakerInfo]*candidate {
	out := map[*speakerInfo]*candidate{}
	cw := contentWords(q)
	cs := contentFirsts(q) // measure's reading of the quote's content words
	// (most quotes name no currency: currencyChanged is not asked)
	inCurrency := slices.ContainsFunc(q, func(t Token) bool { return t.currency != 0 })
	// (and most quotes have no bracket with a capital: bracketRenames is
	// not asked)
	named := slices.ContainsFunc(q, func(t Token) bool { return t.Kind == Editorial && t.upper })
	var para *paraQuote
	var marks []bool // the window's disfluencies, from the sorted list
	for _, w := range windows {
		t := &r.turns[w.turn]
		r.needNorms(t.base+w.lo, t.base+w.hi)
		seg := r.norms[t.base+w.lo : t.base+w.hi]
		var clean func(int) bool
		if m := r.disfluentMarks(t.base+w.lo, t.base+w.hi, marks); m != nil {
			marks = m
			clean = func(j int) bool { return m[j] }
		}
		al := pq.align(seg, clean, func(j int) bool { return r.pauseAt(w.turn, w.lo+j) })
		recWord := func(k int) string { return r.words.str(seg[k]) }
		m := measure(q, al, recWord, r.sameStemIn(seg), len(seg), cs)
		oneWord := func(k int) bool { // the window's words k-1 and k, read from one written word
			ts := r.turnSpans(w.turn, w.lo+k-1, w.lo+k+1, w.lo+k-1, w.lo+k+1)
			return len(ts) == 2 && sameSpan(ts[0], ts[1])
		}
		if m.changes == 0 && cutsNumber(al, len(seg), recWord, oneWord) {
			m.changes++ // "paying 2,000" is not "paying 2,500" cut short
		}
		if inCurrency {
			if m.currency = r.currencyChanged(q, al, w, seg); m.currency != "" && m.changes == 0 {
				m.changes++ // "£5 million" is not "$5 million"
			}
		}
		if m.dropped != "" {
			m.dropped = r.droppedInSentences(q, al, w, recWord) // "… clinic. … We will build" past "The state will not help us."
		}
		if named && m.changes == 0 && !m.markedChange() && m.level() == Faithful {
			m.renamed = r.bracketRenames(q, al, w, seg) // "[Dan Kemp]" for "Ann Lowell"
		}
		// the reading is made on the stack and kept (on the heap) only when
		// it is the speaker's best so far
		c := candidate{sp: r.speakerOf(t), turn: w.turn, m: m, level: m.level(), wording: m.wording()}
		if c.level > Altered {
			// the paraphrase score serves only readings that are not close
			if para == nil {
				para = r.newParaQuote(q)
			}
			c.para, c.paraLo, c.paraHi = para.score(r, q, seg, al)
			c.paraLo += w.lo
			c.paraHi += w.lo
		}
		for k := range al.Ops {
			al.Ops[k].R0 += w.lo
			al.Ops[k].R1 += w.lo
		}
		al.RStart += w.lo
		al.REnd += w.lo
		c.al = al
		if c.level == Fabricated && cw >= MinParaphraseWords && c.para >= ParaphraseScore {
			c.level = Paraphrased
		}
		if c.better(out[c.sp]) {
			kept := c
			out[c.sp] = &kept
		}
	}
	return out
}

// currencyChanged tells, of an alignment al of q to the window w (whose
// words are seg), where a number of the quote named in a currency
// (Token.currency) stands for the record's number named in another:
// "pounds for the record's dollars"; "" where none does, or where either
// side names none ("$5 million" against "five million"). A quote's
// number stands for the record's words it is paired with (pairedWord),
// or, where the quote puts it in (a number sameNumbers reads as the
// record's), for the record's words of the change beside it: "£21" for
// "twenty one dollars".
func (r *Record) currencyChanged(q []Token, al Alignment, w window, seg []uint32) string {
	recWord := func(k int) string { return r.words.str(seg[k]) }
	for x, op := range al.Ops {
		if op.Kind != OpEqual && op.Kind != OpSubstitute && op.Kind != OpInsert && op.Kind != OpEditorial {
			continue
		}
		for qi := op.Q0; qi < op.Q1; qi++ {
			if q[qi].currency == 0 {
				continue
			}
			j := -1
			switch {
			case op.Kind == OpEditorial:
				// a bracket's number stands for the record's first
				// number of the words it replaces (bracketSpan, those
				// after the run where it closes the quote): "[$5
				// million]" for "five million pounds"; a bracket for
				// words with no number ("[$5 million]" for "it") tells
				// what they mean
				r0, r1 := bracketSpan(al.Ops, x, recWord, len(seg))
				j = slices.IndexFunc(seg[r0:r1], func(id uint32) bool { return numberWord(r.words.str(id)) })
				if j >= 0 {
					j += r0
				}
			case op.R0 < op.R1:
				j = pairedWord(op, qi, q, recWord)
			default:
				j = changedBeside(al.Ops, x, len(seg))
			}
			if j < 0 {
				continue
			}
			if c := r.currencyAt(w, seg, j); c != 0 && c != q[qi].currency {
				return currencyNames[q[qi].currency] + " for the record's " + currencyNames[c]
			}
		}
	}
	return ""
}

// pairedWord is the record word of op that the quote's word qi stands
// for. An op of equal words may hold compounds joined ("21" for the
// record's "twenty one"), where the two sides have other lengths: the
// words the sides share from its start pair in order, and so do those
// from its end; a word between them stands for the first record word
// between them.
func pairedWord(op Op, qi int, q []Token, recWord func(int) string) int {
	if op.Q1-op.Q0 == op.R1-op.R0 {
		return op.R0 + qi - op.Q0
	}
	a := 0 // the words shared from the start
	for op.Q0+a < op.Q1 && op.R0+a < op.R1 && q[op.Q0+a].Norm == recWord(op.R0+a) {
		a++
	}
	if qi < op.Q0+a {
		return op.R0 + qi - op.Q0
	}
	b := 0 // and from the end
	for op.Q1-b > op.Q0+a && op.R1-b > op.R0+a && q[op.Q1-1-b].Norm == recWord(op.R1-1-b) {
		b++
	}
	if qi >= op.Q1-b {
		return op.R1 - (op.Q1 - qi)
	}
	return min(op.R0+a, op.R1-1)
}

// changedBeside is a record word of the change beside ops[x], the quote's
// words put in: the last of a deletion or substitution before it, else
// the first of one after it; where the quote ends (or begins) within the
// change, the record's word after (or before) the alignment, which
// sameNumbers reads with it ("£2.50" ending a quote, for the record's "two
// fifty dollars"); -1 where none stands beside it. n is the number of the
// window's words.
func changedBeside(ops []Op, x, n int) int {
	if x > 0 && (ops[x-1].Kind == OpDelete || ops[x-1].Kind == OpSubstitute) && ops[x-1].R0 < ops[x-1].R1 {
		return ops[x-1].R1 - 1
	}
	if x+1 < len(ops) && (ops[x+1].Kind == OpDelete || ops[x+1].Kind == OpSubstitute) && ops[x+1].R0 < ops[x+1].R1 {
		return ops[x+1].R0
	}
	if x+1 == len(ops) && ops[x].R1 < n {
		return ops[x].R1
	}
	if x == 0 && ops[x].R0 > 0 {
		return ops[x].R0 - 1
	}
	return -1
}

// currencyAt is the currency the number of the window's words seg holding
// word j (numberSpan, then as written: writtenApart) is named in
// (currencyAround), or 0. A number the window holds whole, as its turn
// reads it, is looked up among the record's currencies, read when the
// turn was added; one the window's edge may cut short ("million" of "£5
// million" first in a window) is read from the text as the window has it
// (currencyInWindow). TestCurrencyAtEqualsWindow holds the two equal.
func (r *Record) currencyAt(w window, seg []uint32, j int) uint8 {
	s, e := numberSpan(func(k int) string { return r.words.str(seg[k]) }, len(seg), j)
	if s == e {
		return 0
	}
	// the words beside the number are the turn's, and so is the word
	// after the last ("a" is in a number before a scale): the window
	// reads the number as its turn does
	t := &r.turns[w.turn]
	if (s > 0 || w.lo == 0) && (e+1 < len(seg) || w.hi == t.n) {
		return r.currencyOf(t.base + w.lo + j)
	}
	return r.currencyInWindow(w, s, e, j)
}

// currencyInWindow is currencyAt for the number of the window's words
// [s, e) holding word j, read from the turn's text.
func (r *Record) currencyInWindow(w window, s, e, j int) uint8 {
	toks := r.turnTokens(w.turn, w.lo+s, w.lo+e)
	if len(toks) != e-s {
		return 0
	}
	trI, _ := r.turnPlace(w.turn)
	text := r.transcript(trI).SpeechText()
	lo, hi := j-s, j-s+1 // of toks, the number written apart that holds word j (writtenApart)
	for lo > 0 && !writtenApart(text, toks[lo-1], toks[lo]) {
		lo--
	}
	for hi < len(toks) && !writtenApart(text, toks[hi-1], toks[hi]) {
		hi++
	}
	return currencyAround(text, toks[lo].Start, toks[hi-1].End)
}

// search finds each speaker's best reading of q: first the windows the
// word pairs propose; the paraphrase windows only when the speaker in
// question (sp, or anybody for an unnamed quote) has no close reading yet.
func (r *Record) search(q []Token, sp *speakerInfo) map[*speakerInfo]*candidate {
	return r.searchPrepared(q, r.prepareQuote(q), sp)
}

// searchPrepared is search for a quote prepared by prepareQuote, which the
// check goes on using for the places of the quote (occurrences).
func (r *Record) searchPrepared(q []Token, pq *dpQuote, sp *speakerInfo) map[*speakerInfo]*candidate {
	if !hasWords(q) {
		// only the writer's marks ("[Picture: …]"): nothing of anybody's
		// to look for, and no reading could be more than nothing
		return map[*speakerInfo]*candidate{}
	}
	close := func(c *candidate) bool { return c != nil && c.level <= Altered }
	settled := func(best map[*speakerInfo]*candidate, enough func(*candidate) bool) bool {
		if sp != nil {
			return enough(best[sp])
		}
		for _, c := range best {
			if enough(c) {
				return true
			}
		}
		return false
	}
	gws, informative := r.candidates(q, sp, true, false)
	ws := slices.Clone(gws)
	// scanned: the speaker's best reading from a reading of all their words
	var scanned map[*speakerInfo]*candidate
	if sp != nil && informative < 2 && !hasSpeaker(r, ws, sp) {
		// nothing tells where the quote is, or is not, in the speaker's
		// words (a short quote of common words): read all of them, up to a
		// bound
		var all []int32
		if scanned, all = r.scanTurns(q, pq, sp); scanned == nil {
			ws = r.appendTurns(ws, all)
		}
	}
	// the best-voted windows first: when they hold the speaker's exact
	// words, the others cannot do better
	top := 0
	for _, w := range ws {
		top = max(top, w.votes)
	}
	first, rest := make([]window, 0, len(ws)), make([]window, 0, len(ws))
	for _, w := range ws {
		if w.votes == top {
			first = append(first, w)
		} else {
			rest = append(rest, w)
		}
	}
	best := r.bestByWindow(q, pq, first)
	if top == 0 {
		merge(best, scanned) // the speaker's turns have no votes
	}
	if !settled(best, func(c *candidate) bool { return c != nil && c.level <= Faithful }) {
		merge(best, r.bestByWindow(q, pq, rest))
		if top > 0 {
			merge(best, scanned)
		}
	}
	if !settled(best, close) {
		// the paraphrase windows, joined with the pairs' windows they
		// touch; a window aligned already is not aligned again
		if bws, _ := r.candidates(q, sp, false, true); len(bws) > 0 {
			type span struct{ turn, lo, hi int }
			done := make(map[span]bool, len(ws))
			for _, w := range ws {
				done[span{w.turn, w.lo, w.hi}] = true
			}
			var todo []window
			for _, w := range mergeWindows(append(gws, bws...)) {
				if !done[span{w.turn, w.lo, w.hi}] {
					todo = append(todo, w)
				}
			}
			merge(best, r.bestByWindow(q, pq, todo))
		}
	}
	return best
}

// everyReading is each speaker's best reading of quote q in every window
// the index votes for: searchPrepared stops once a reading is verbatim or
// faithful, which leaves other speakers' altered readings unread.
func (r *Record) everyReading(q []Token, pq *dpQuote) map[*speakerInfo]*candidate {
	ws, _ := r.candidates(q, nil, true, false)
	return r.bestByWindow(q, pq, ws)
}

func hasWords(q []Token) bool {
	for _, t := range q {
		if t.Kind == Word {
			return true
		}
	}
	return false
}

// maxScanTokens bounds the words of one speaker read whole when the index
// has no anchor for a quote in them.
const maxScanTokens = 1 << 20

func hasSpeaker(r *Record, ws []window, sp *speakerInfo) bool {
	for _, w := range ws {
		if r.speakerOf(&r.turns[w.turn]) == sp {
			return true
		}
	}
	return false
}

// scanTurns reads a quote nothing anchors in the words of speaker sp.
// Only the turns that hold the quote's words in order (in a row, for a
// quote of plain words) can give a reading at a faithful level or closer,
// but for a compound join or a disfluency left out; when those turns give
// one, nothing else of the speaker's can do better, and scanTurns returns
// the speaker's best reading from them. Otherwise it returns every turn
// of the speaker (up to maxScanTokens words), to be aligned whole. TestScanTurnsEqualsBruteForce holds the two ways equal.
func (r *Record) scanTurns(q []Token, pq *dpQuote, sp *speakerInfo) (map[*speakerInfo]*candidate, []int32) {
	all := r.speakerTurnIDs(sp, maxScanTokens)
	var likely []window
	for _, i := range all {
		t := &r.turns[i]
		if r.mayBeFaithful(q, pq, t.base, t.base+t.n) {
			likely = append(likely, window{turn: int(i), lo: 0, hi: t.n})
		}
	}
	if len(likely) < len(all) {
		got := r.bestByWindow(q, pq, likely)
		if c := got[sp]; c != nil && c.level <= Faithful {
			return got, nil
		}
	}
	return nil, all
}

// mayBeFaithful is false when record positions [lo, hi) cannot give q a
// reading at a faithful level or closer. Such a reading changes no word:
// each of the quote's words (its Word tokens) equals a record word, in
// order, and words with no bracket or ellipsis between them equal words
// in a row, but where a disfluency is left out, or a compound joins words.
func (r *Record) mayBeFaithful(q []Token, pq *dpQuote, lo, hi int) bool {
	r.needNorms(lo, hi)
	seg := r.norms[lo:hi]
	ok := false
	if r.disfluentIn(lo, hi) {
		// left out, a disfluency costs nothing and breaks no run: the runs
		// are looked for among the other words, unless the quote says a
		// word the record has as a disfluency here, which it may match
		if rest, clean := r.withoutDisfluencies(lo, hi, pq.qid); clean {
			ok = runsInOrder(q, pq.qid, rest)
		} else {
			ok = wordsInOrder(q, pq.qid, seg)
		}
	} else {
		ok = runsInOrder(q, pq.qid, seg)
	}
	return ok || pq.hasJoin(seg)
}

// withoutDisfluencies returns the word ids of record positions [lo, hi)
// that are not disfluencies, and false when one of the disfluencies is a
// word of ids.
func (r *Record) withoutDisfluencies(lo, hi int, ids []uint32) ([]uint32, bool) {
	k, _ := slices.BinarySearch(r.disfluentAt, lo)
	out := make([]uint32, 0, hi-lo)
	from := lo
	for ; k < len(r.disfluentAt) && r.disfluentAt[k] < hi; k++ {
		p := r.disfluentAt[k]
		if slices.Contains(ids, r.norms[p]) {
			return nil, false
		}
		out = append(out, r.norms[from:p]...)
		from = p + 1
	}
	return append(out, r.norms[from:hi]...), true
}

// runsInOrder tells whether each run of q's words (Word tokens with no
// other token between them) occurs in r as words in a row, the runs in
// their order.
func runsInOrder(q []Token, qid []uint32, r []uint32) bool {
	j := 0
	for k := 0; k < len(q); {
		if q[k].Kind != Word {
			k++
			continue
		}
		e := k
		for e < len(q) && q[e].Kind == Word {
			e++
		}
		run := qid[k:e]
		at := -1
		for s := j; s+len(run) <= len(r); s++ {
			if r[s] == run[0] && slices.Equal(r[s+1:s+len(run)], run[1:]) {
				at = s
				break
			}
		}
		if at < 0 {
			return false
		}
		j, k = at+len(run), e
	}
	return true
}

// speakerTurns is every turn of sp as a window, up to limit tokens in all.
func (r *Record) speakerTurns(sp *speakerInfo, limit int) []window {
	return r.appendTurns(nil, r.speakerTurnIDs(sp, limit))
}

// appendTurns appends the turns ids to ws as whole windows.
func (r *Record) appendTurns(ws []window, ids []int32) []window {
	ws = slices.Grow(ws, len(ids))
	for _, i := range ids {
		ws = append(ws, window{turn: int(i), lo: 0, hi: r.turns[i].n})
	}
	return ws
}

// speakerTurnIDs is the turns of sp, in order, up to limit tokens in all.
func (r *Record) speakerTurnIDs(sp *speakerInfo, limit int) []int32 {
	r.turnsOfOnce.Do(r.makeTurnsOf)
	ids := r.turnsOf[sp]
	n := 0
	for k, i := range ids {
		if n += r.turns[i].n; n > limit {
			return ids[:k:k]
		}
	}
	return ids
}

// makeTurnsOf fills turnsOf. The turns are counted by speaker first, so
// that each speaker's list is made at its size, all in one array: grown
// by appending, the lists of 1.8 million turns were copied over and over
// and their pages faulted in again (0.1 s, on the quote that first needed
// them).
func (r *Record) makeTurnsOf() {
	// speakers the same: one list (by the first index of each)
	first := make(map[*speakerInfo]int, len(r.speakers))
	canon := make([]int, len(r.speakers))
	for k, sp := range r.speakers {
		if f, ok := first[sp]; ok {
			canon[k] = f
		} else {
			first[sp], canon[k] = k, k
		}
	}
	count := make([]int, len(r.speakers))
	for i := range r.turns {
		count[canon[r.turns[i].spk]]++
	}
	all := make([]int32, len(r.turns))
	lists := make([][]int32, len(r.speakers))
	off := 0
	for k, c := range count {
		lists[k] = all[off : off : off+c]
		off += c
	}
	for i := range r.turns {
		k := canon[r.turns[i].spk]
		lists[k] = append(lists[k], int32(i))
	}
	r.turnsOf = make(map[*speakerInfo][]int32, len(first))
	for sp, k := range first {
		r.turnsOf[sp] = lists[k]
	}
}

func merge(into, from map[*speakerInfo]*candidate) {
	for s, c := range from {
		if c.better(into[s]) {
			into[s] = c
		}
	}
}

// Check gives every quotation of an article its verdict.
func (r *Record) Check(a *quotes.Article) []Finding {
	out := make([]Finding, 0, len(a.Quotes))
	var seq Sequence
	for _, q := range a.Quotes {
		out = append(out, r.CheckNext(&seq, a, q))
	}
	return out
}

// Sequence is where a check of an article's quotations, one at a time in
// their order, has got to: the finding of the last quotation not nested
// in another, which the quotations nested in it need (skipWithin).
type Sequence struct{ outer *Finding }

// CheckNext gives q, the next quotation of a in order, its verdict: Check
// one quotation at a time, for a caller that looks at something (a
// context) between quotations.
func (r *Record) CheckNext(seq *Sequence, a *quotes.Article, q quotes.Quote) Finding {
	skipWithin(&q, seq.outer)
	f := r.guardedCheck(a, q)
	if !q.Nested {
		seq.outer = &f
	}
	return f
}

// WithinFound is the reason a quotation nested in another is not checked
// on its own: the record holds the words of the quotation around it.
const WithinFound = "quoted inside a quotation the record holds, and checked with it"

// skipWithin skips q, a quotation nested in another whose finding is
// outer (nil for none), when the record holds the outer one's words in
// its speaker's mouth (verbatim to paraphrased): the nested words are the
// record speaker's report of someone's, checked with theirs, and a
// verdict of their own would call a true quotation of the record into
// doubt. Nested in a quotation the record does not hold as its speaker's
// (a reader quoting a debater), or left out of the outer one's verdict
// (Finding.LeftOut), they are checked on their own.
func skipWithin(q *quotes.Quote, outer *Finding) {
	if !q.Nested || q.Skip != "" || outer == nil || outer.Verdict > Paraphrased {
		return
	}
	for _, s := range outer.LeftOut {
		if s.Start <= q.Start && q.End <= s.End {
			return // not checked with the outer one
		}
	}
	q.Skip = WithinFound
}

// checkQuote checks q. A quotation misattributed whose speaker quotes
// someone else inside it (Quote.Inner) is checked again with the words it
// quotes left out, as an ellipsis: "When Rivera told us, ‘…,’ I believed
// her," a nurse says, and the record's passage is Rivera's words, not
// the nurse's. The second verdict stands when it is no misattribution.
func (r *Record) checkQuote(a *quotes.Article, q quotes.Quote) Finding {
	f := r.checkWith(a, q, false)
	if f.Verdict == Misattributed && len(q.Inner) > 0 {
		if g := r.checkWith(a, q, true); g.Verdict != Misattributed {
			if g.Verdict != Skipped {
				g.Reason += "; the words it quotes from someone else are left out"
			}
			g.LeftOut = q.Inner
			return g
		}
	}
	return f
}

// checkWith checks q, the words of its Inner quotations left out (an
// ellipsis each) when inner.
func (r *Record) checkWith(a *quotes.Article, q quotes.Quote, inner bool) Finding {
	f := Finding{
		File:         a.Doc.Name,
		Quote:        q,
		Start:        a.Doc.Position(q.Start),
		End:          a.Doc.Position(q.End),
		AttributedTo: q.AttributedTo,
		Speaker:      q.Speaker,
		Attribution:  q.Attribution,
	}
	// a pronoun or description that resolved to nobody names nobody: the
	// quote is checked against everyone and never called misattributed
	named := q.Speaker != "" || q.AttributedTo != "" && q.Attribution == quotes.AttrNamed
	misspelt := ""
	if named {
		f.SpeakerID = r.resolve(q.Speaker, q.AttributedTo)
		if f.SpeakerID == "" {
			// a surname one letter off a record speaker's: the article
			// may misspell the name, which the report says, when the
			// quote is that speaker's (see below)
			var written, recorded string
			if f.SpeakerID, written, recorded = r.resolveMisspeltCached(q.Speaker, q.AttributedTo); f.SpeakerID != "" {
				misspelt = "; the article spells the name “" + written + "”, the record “" + recorded + "”"
			}
		}
		if f.SpeakerID != "" {
			f.Speaker = r.byID[f.SpeakerID].Display
		}
	}
	if q.Skip != "" {
		f.Verdict, f.Reason = Skipped, q.Skip
		return f
	}
	toks := r.quoteTokens(a.Doc.Text, q)
	if inner {
		if toks = withoutInner(toks, q.Inner); wordCount(toks) < MinParaphraseWords {
			f.Verdict, f.Reason = Skipped, OnlyInner // too few words left to give a verdict on
			return f
		}
	}
	var own *candidate
	var sp *speakerInfo
	if f.SpeakerID != "" {
		sp = r.byID[f.SpeakerID]
	}
	pq := r.prepareQuote(toks)
	best := r.searchPrepared(toks, pq, sp)
	if sp != nil {
		own = best[sp]
		if alt := r.namesake(q, sp, best); alt != nil {
			// the article's bare surname is the namesake who says it
			sp, own = alt, best[alt]
			f.SpeakerID, f.Speaker = alt.ID, alt.Display
		}
	}
	if misspelt != "" && (own == nil || own.level > Paraphrased) {
		// the near name explains nothing: the quote is not that
		// speaker's, so the name is taken as written, someone else's
		f.SpeakerID, f.Speaker, sp, own, misspelt = "", q.Speaker, nil, nil, ""
	}
	// the best reading by anybody else, speakers in record order
	var other *candidate
	for _, sp := range r.speakers {
		if sp.ID == f.SpeakerID || sp.Role == quotes.RolePress && !named {
			continue
		}
		if c := best[sp]; c != nil && r.before(c, other) {
			other = c
		}
	}
	if !named && (other == nil || other.level > Paraphrased) {
		// an unnamed quote that only the press said: a reporter's question
		for _, sp := range r.speakers {
			if c := best[sp]; sp.Role == quotes.RolePress && c != nil && c.level <= Altered && r.before(c, other) {
				other = c
			}
		}
	}
	if other != nil && other.level <= Altered && (own == nil || own.level >= Paraphrased) && r.othersWords(other) {
		// a speaker who says the words as their own comes before one who
		// quotes them, even in other words than the quotation's, so long as
		// they prove the words that speaker's (a moderator's "the mayor
		// said, quote, the bond created six hundred jobs" against the
		// mayor's "the bond paid for the piers, and it created six hundred
		// jobs": the mayor's, altered)
		var alt *candidate
		if other.level <= Faithful {
			// the search stopped at the quotation: read the quote in every
			// window the index votes for, as the search would have had the
			// quotation not been there
			merge(best, r.everyReading(toks, pq))
		}
		for _, sp := range r.speakers {
			if sp.ID == f.SpeakerID || sp.Role == quotes.RolePress && !named {
				continue
			}
			c := best[sp]
			if c == nil || c == other || !(c.level <= other.level || c.level <= Altered && c.distinctive()) {
				continue
			}
			if r.before(c, alt) && !r.othersWords(c) {
				alt = c
			}
		}
		if alt != nil {
			other = alt
		}
	}
	cw := contentWords(toks)
	proves := func(c *candidate) bool {
		if c == nil {
			return false
		}
		switch c.level {
		case Verbatim, Faithful, Altered:
			return c.distinctive()
		case Paraphrased:
			return c.wording >= DistinctWording && c.m.coverage() >= DistinctCoverage && cw >= MinParaphraseWords &&
				c.distinctive()
		}
		return false
	}
	// yields tells whether the named speaker's reading c gives way to
	// another speaker's that proves the words theirs: a paraphrase to an
	// altered passage or better, a quote picked out of a longer passage
	// (gapped) to a verbatim or faithful one
	yields := func(c *candidate) bool {
		if other == nil || !proves(other) || r.othersWords(other) {
			return false // a quotation or report of the words proves them no one's
		}
		return c.level == Paraphrased && other.level <= Altered || c.gapped() && other.level <= Faithful
	}
	if sp != nil && (own == nil || own.level > Faithful) && (other == nil || other.level > Altered) &&
		r.readJoined(&f, toks, pq, sp, own, a.Doc.Text) {
		// no one turn holds it: passages of the speaker's separate answers
		f.Reason += misspelt
		return f
	}
	cleaned := ""
	use := func(c *candidate, v Verdict) {
		occ := 0
		if v <= Faithful && c.level == v {
			occ, c = r.occurrences(toks, pq, c) // the earliest place of several
		}
		f.Verdict = v
		f.Similarity = c.score()
		if c.level <= Altered {
			f.Similarity = c.wording
		} else {
			f.Similarity = c.para
		}
		f.Wording = c.wording
		if v == Altered && c.m.currency != "" {
			f.Reason = "a currency changed: " + c.m.currency
		} else if v == Altered && c.m.dropped != "" && c.m.changes == 0 {
			f.Reason = "a marked omission drops “" + c.m.dropped + "”"
		} else if v == Altered && c.m.added != "" && c.m.changes == 0 {
			f.Reason = "a bracket adds “" + c.m.added + "”, which the record's words lack"
		} else if v == Altered && c.m.renumbered != "" && c.m.changes == 0 {
			f.Reason = "a bracket changes a number: " + c.m.renumbered
		} else if v == Altered && c.m.renamed != "" && c.m.changes == 0 {
			f.Reason = "a bracket puts " + c.m.renamed
		} else if v == Altered && c.m.rewritten != "" && c.m.changes == 0 {
			f.Reason = "a bracket changes the speaker's words: " + c.m.rewritten
		}
		r.evidence(&f, toks, c, a.Doc.Text)
		if f.Source != nil {
			f.Source.Occurrences = occ
		}
		if c.m.cleaned > 0 && v <= Faithful {
			f.Cleaned = true
			what := "disfluencies"
			if slices.ContainsFunc(c.m.cleanedWords, quotes.StageWord) {
				what = "disfluencies, stage directions"
			}
			cleaned = "; cleaned: the record's “" + strings.Join(r.cleanedAsWritten(c), "”, “") + "” left out (" + what + ")"
		}
	}
	switch {
	case other != nil && other.sp.Role == quotes.RoleUnknown && other.level <= Paraphrased &&
		(own == nil || own.level > Paraphrased):
		// a record with no speaker labels: the words are checked, who said
		// them cannot be
		use(other, other.level)
		f.Reason = other.level.Describe() + "; the record names no speaker, so who said it is not checked"
		if r.namesSomeone() {
			// a hearing's "(UNKNOWN):" or "UNIDENTIFIED MALE:"
			f.Reason = other.level.Describe() + "; the record does not name the voice that says it, so who said it is not checked"
		}
	case f.SpeakerID != "" && own != nil && own.level <= Paraphrased && !yields(own):
		use(own, own.level)
	case named && other != nil && other.level <= Altered && (own == nil || own.level > Paraphrased) && r.onlyQuoted(best, f.SpeakerID):
		// the words stand in the record inside another speaker's
		// quotation marks, and no one says them as their own: they are
		// in it, but whose they are is not checked
		use(other, other.level)
		f.Reason = other.level.Describe() + "; in the record inside " + other.sp.Display + "’s quotation marks (a quotation of someone), so who said them is not checked"
		if !r.quotedInRecord(other) {
			f.Reason = other.level.Describe() + "; in the record as what " + other.sp.Display + " reports someone said, so who said them is not checked"
		}
	case named && f.SpeakerID == "" && proves(other) && !r.namesVoice(other.sp):
		// the words of a voice the record names by its role alone
		// ("MODERATOR:", "Q:", "STAFF:", "THE PRESIDENT:" that no header
		// names): the article's Omar Haddad, who does not speak in the
		// record by name, may be that voice, so the words are found and
		// whose they are is not checked
		use(other, other.level)
		f.Reason = other.level.Describe() + "; the record names the voice that says it only as " + other.sp.Display + ", so whether it is " + nonEmpty(f.AttributedTo, f.Speaker) + " is not checked"
	case named && proves(other) && (own == nil || own.level > Paraphrased || yields(own)):
		use(other, Misattributed)
		f.Reason = "said by " + other.sp.Display + ", not " + nonEmpty(f.AttributedTo, f.Speaker)
	case !named && other != nil && other.level <= Paraphrased:
		use(other, other.level)
		f.Speaker, f.SpeakerID = other.sp.Display, other.sp.ID
	case f.SpeakerID != "":
		f.Verdict = Fabricated
		if own != nil {
			f.Similarity = max(own.para, own.wording)
			f.Wording = own.wording
		}
		if c := r.tooCommon(other); named && c != "" {
			// a phrase too short or too common to prove whose it is
			// ("I think that is exactly right"): it stands in the record
			// all the same, which the reason must not deny
			f.Reason = f.Speaker + " speaks in the record but never says this; " + c
		}
	default:
		f.Verdict = Unverifiable
		if c := r.tooCommon(other); named && c != "" {
			f.Reason = f.Speaker + " does not speak in the record; " + c
		}
	}
	if f.Reason == "" {
		f.Reason = reason(f)
	}
	f.Reason += cleaned + misspelt
	return f
}

// namesake is the speaker a quote given by surname alone means when two
// persons of the record bear it: "“…,” Reed said" with a MAYOR TOM REED and
// a COUNCILMEMBER ANN REED in the record names either, and is the one
// whose reading is closer, where it was the first to speak and the quote
// of the other misattributed ("said by Ann Reed, not Reed"). A title
// before the surname that neither holds in the record ("Ms. Reed", "Dr.
// Reed") tells them no more apart than the surname does, and an office
// both hold ("Councilmember Reed" with COUNCILMEMBER ANN REED and
// COUNCILMEMBER TOM REED) tells apart only those who do not hold it. It
// is nil when the name is more than a surname (a given name, or an office
// the speaker it resolved to alone holds: "Mayor Reed"), no other speaker
// bears it, or the speaker it resolved to (sp) reads the quote as well.
func (r *Record) namesake(q quotes.Quote, sp *speakerInfo, best map[*speakerInfo]*candidate) *speakerInfo {
	name, held := "", ""
	for _, n := range []string{q.Speaker, q.AttributedTo} {
		office, rest := splitOffice(n)
		if office != "" && slices.Contains(sp.Aliases, office) {
			held = office // the office tells them apart, unless another holds it too
		}
		if f := strings.Fields(rest); len(f) > 1 {
			return nil // a given name tells them apart
		} else if len(f) == 1 {
			name = f[0]
		}
	}
	if name == "" || !sameSurname(sp.Surname, name) {
		return nil
	}
	own := best[sp]
	var alt *speakerInfo
	for _, o := range r.speakers {
		c := best[o]
		if c == nil || c.level > Paraphrased || o == sp || o.Role != quotes.RolePerson || !endsWithSurname(o.Surname, name) ||
			held != "" && !slices.Contains(o.Aliases, held) || !c.better(own) || alt != nil && !c.better(best[alt]) {
			continue
		}
		alt = o
	}
	return alt
}

// namesVoice tells whether the record names speaker sp as a person: by a
// name in its label or its header ("MAYOR TOM REED:", "REED:", "THE
// PRESIDENT:" when the header names "President Tom Reed"), not by a role
// alone, which anyone may fill: the press ("Q:", "PARTICIPANT:"), the
// moderator, a title no header names ("THE PRESIDENT:"), or a label
// whose last word is a roleNouns word ("STAFF:", "SENIOR ADMINISTRATION
// OFFICIAL:").
func (r *Record) namesVoice(sp *speakerInfo) bool {
	if sp.Name != "" {
		return true
	}
	if sp.Role != quotes.RolePerson {
		return false
	}
	words := strings.Fields(strings.ToLower(sp.ID))
	if len(words) == 0 || roleNouns[words[len(words)-1]] {
		return false
	}
	return !slices.ContainsFunc(sp.speakers, func(s *quotes.Speaker) bool {
		return !slices.ContainsFunc(strings.Fields(s.Label), func(w string) bool { return !quotes.TitleWord(w) })
	})
}

// roleNouns name a voice by what it does, not who it is: a label ending
// in one ("STAFF:", "WHITE HOUSE AIDE:", "INTERPRETER:") names no person.
var roleNouns = map[string]bool{
	"staff": true, "staffer": true, "aide": true, "official": true, "officials": true, "interpreter": true,
	"translator": true, "narrator": true, "announcer": true, "audience": true, "crowd": true,
	"protester": true, "protesters": true, "host": true, "operator": true, "panelist": true,
	"caller": true, "attendee": true, "member": true, "members": true, "voice": true, "voices": true,
	"participant": true, "speaker": true, "resident": true, "student": true, "witness": true,
}

// endsWithSurname tells whether a record speaker's name ends with the
// surname, as a namesake's does ("Ann Reed" for "Reed"): sameSurname also
// takes a first word, which a speaker like REED SHIPPING has ("“…,” Reed
// said" is no company's words).
func endsWithSurname(name, surname string) bool {
	name = strings.TrimRight(name, " ")
	last := name[strings.LastIndexByte(name, ' ')+1:]
	return last != "" && strings.EqualFold(last, surname)
}

// cleanedAsWritten is the record's words a reading leaves out as
// disfluencies and stage directions, each run as the transcript writes it:
// "um", "[00:00:12]", "(Applause.)", not their folded words ("00 00 12
// applause").
func (r *Record) cleanedAsWritten(c *candidate) []string {
	trI, _ := r.turnPlace(c.turn)
	text := r.transcript(trI).SpeechText()
	var out []string
	for _, op := range c.al.Ops {
		if op.Kind != OpClean || op.R1 <= op.R0 {
			continue
		}
		toks := r.turnSpans(c.turn, op.R0, op.R1, op.R0, op.R1)
		s, e := toks[0].Start, toks[len(toks)-1].End
		if s > 0 && (text[s-1] == '[' || text[s-1] == '(') {
			// a stage direction with its brackets: "[inaudible]",
			// "(Applause.)"
			closer := byte(')')
			if text[s-1] == '[' {
				closer = ']'
			}
			if j := strings.IndexByte(text[e:min(len(text), e+2)], closer); j >= 0 {
				s, e = s-1, e+j+1
			}
		}
		out = append(out, oneLine(text[s:e]))
	}
	return out
}

// namesSomeone tells whether the record names any of its speakers: a
// labelled record may still have a voice it cannot name.
func (r *Record) namesSomeone() bool {
	for _, sp := range r.speakers {
		if sp.Role != quotes.RoleUnknown {
			return true
		}
	}
	return false
}

// maxResolved bounds the names a record remembers resolving.
const maxResolved = 1 << 14

// resolve is ResolveSpeaker, remembered: an article names its speakers
// again and again, and comparing a name with every speaker of a large
// record is a tenth of a quote's check.
func (r *Record) resolve(name, asWritten string) string {
	return remembered(r, name+"\x00"+asWritten, func() string { return r.ResolveSpeaker(name, asWritten) })
}

// resolveMisspeltCached is resolveMisspelt, remembered as resolve is.
func (r *Record) resolveMisspeltCached(name, asWritten string) (id, written, recorded string) {
	m := remembered(r, "\x01"+name+"\x00"+asWritten, func() [3]string {
		id, written, recorded := r.resolveMisspelt(name, asWritten)
		return [3]string{id, written, recorded}
	})
	return m[0], m[1], m[2]
}

// remembered is work's result for key, worked out once a record (up to
// maxResolved keys). A key stored with a value of another type (a name
// whose own key looks like another kind's) is worked out again.
func remembered[T any](r *Record, key string, work func() T) T {
	if v, ok := r.resolved.Load(key); ok {
		if t, ok := v.(T); ok {
			return t
		}
	}
	t := work()
	if r.resolvedSize.Add(1) <= maxResolved {
		r.resolved.Store(key, t)
	}
	return t
}

func nonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func reason(f Finding) string {
	switch f.Verdict {
	case Fabricated:
		return "not found in the record; " + f.Speaker + " speaks in it but never says this (it may come from another event)"
	case Unverifiable:
		if f.Speaker == "" {
			return "no speaker named, and nobody in the record said this"
		}
		return f.Speaker + " does not speak in the record, and nobody in it said this"
	}
	return f.Verdict.Describe()
}

// quoteTokens tokenizes a quotation piece by piece; a quote that runs over
// paragraphs is one quotation. Each word is looked up in the record once,
// its id kept on its token (Token.wid) for the phases of the check. Only
// the words the record never has are
// stemmed (stemID finds the others' stems by their ids): stemming every
// word was a tenth of a quote's check.
func (r *Record) quoteTokens(text string, q quotes.Quote) []Token {
	size := 0
	for _, p := range q.Pieces {
		size += p.End - p.Start
	}
	out := make([]Token, 0, size/5+4) // about a token per five bytes
	for _, p := range q.Pieces {
		from := len(out)
		scanTokens(text[p.Start:p.End], p.Start, true, func(_ int, ts []Token) bool {
			out = append(out, ts...)
			return true
		})
		for i := from; i < len(out); i++ {
			out[i].pause = out[i].Kind == Word && pauseAfter(text[p.Start:p.End], out[i].End-p.Start)
			out[i].apart = out[i].Kind == Editorial && pauseAfter(text[p.Start:p.End], out[i].End-p.Start)
		}
		numberCurrencies(text, out[from:])
	}
	for i := range out {
		if out[i].Kind == Ellipsis {
			continue
		}
		out[i].upper = startsUpper(text[out[i].Start:out[i].End])
		id := r.words.lookup(out[i].Norm)
		out[i].wid = id + 1
		if id == 0 {
			out[i].Stem = stem(out[i].Norm)
		}
	}
	return out
}

// OnlyInner is the reason a quotation is not checked that holds too few
// words of its own (under MinParaphraseWords) besides those it quotes
// from someone else (“‘…,’” Reed said; “As they say, ‘…’”): those are
// checked on their own, and a verdict on two or three words of the
// speaker's would prove nothing.
const OnlyInner = "too few words of its own besides those it quotes, which are checked on their own"

// wordCount is the number of word tokens of toks.
func wordCount(toks []Token) int {
	n := 0
	for _, t := range toks {
		if t.Kind == Word {
			n++
		}
	}
	return n
}

// withoutInner is toks with the words inside the spans inner left out,
// an ellipsis token standing for each.
func withoutInner(toks []Token, inner []quotes.Span) []Token {
	out := make([]Token, 0, len(toks))
	k := 0
	for _, t := range toks {
		for k < len(inner) && inner[k].End <= t.Start {
			k++
		}
		if k < len(inner) && t.Start >= inner[k].Start {
			if n := len(out); n == 0 || out[n-1].Kind != Ellipsis {
				out = append(out, Token{Norm: "…", Start: inner[k].Start, End: inner[k].End, Kind: Ellipsis})
			}
			continue
		}
		out = append(out, t)
	}
	return out
}

// CheckQuote checks one quotation given as text, attributed to speaker (a
// name as an article would give it, or "" for none), without an article
// around it: the library's entry point for a single quote.
func (r *Record) CheckQuote(text, speaker string) Finding {
	doc, err := quotes.NewDoc("quote", []byte(text))
	if err != nil {
		text = strings.ToValidUTF8(strings.ReplaceAll(text, "\x00", " "), "\uFFFD")
		doc, _ = quotes.NewDoc("quote", []byte(text))
	}
	q := quotes.Quote{
		Span:         quotes.Span{Start: 0, End: len(doc.Text)},
		Pieces:       []quotes.Span{{Start: 0, End: len(doc.Text)}},
		Text:         doc.Text,
		AttributedTo: speaker,
		Speaker:      speaker,
	}
	if speaker != "" {
		q.Attribution = quotes.AttrNamed
	}
	return r.guardedCheck(&quotes.Article{Doc: doc}, q)
}
