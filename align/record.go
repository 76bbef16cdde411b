package align

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"

	"github.com/quotecheck/quotecheck/quotes"
)

// Record is everything the speakers said, in every transcript given,
// tokenized once and indexed for search.
//
// Memory: a record keeps, besides the transcripts' text, one 4-byte word id
// per token (norms), a sparse table of byte offsets to re-read any stretch
// of a turn (one entry every checkEvery tokens), and the index (index.go).
// Stems, document frequencies and the vocabularies are per distinct word.
type Record struct {
	trs      []*quotes.Transcript         // the transcripts; nil for an archive's record, which reads them from arc on first use
	arc      *lazyArchive                 // the archive the record reads from as it is used; nil for a record built in memory
	checks   []checkpoint                 // every turn's re-reading checkpoints, turn after turn
	trFirst  []int32                      // the first turn of each transcript
	fault    atomic.Pointer[ArchiveError] // the fault found in arc since it was opened (Err)
	turns    []recTurn
	speakers []*speakerInfo // in order of first turn
	byID     map[string]*speakerInfo
	words    *vocab   // folded words
	stems    *vocab   // their stems
	stemOf   []uint32 // word id → stem id
	stopword []bool   // word id → is a stop word (wordInfo)
	norms    []uint32 // word id of every record token, turn after turn
	df       []int32  // stem id → paragraphs holding it
	docs     int
	index    *index

	disfluent map[int]bool // positions in norms of a verbatim transcript's disfluencies; nil for an archive's record (disfluentAt)
	// currencies are the record's number words named in a currency, by
	// position in norms, ascending: "£5 million" gives "5" and "million",
	// each in pounds. They are read as the turns are added
	// (addCurrencies), so that a check reads no text for them (currencyAt).
	currencies []numberCurrency

	build *recordBuild // while turns are added (addTurn)

	aliases map[string]string // folded name as articles write it → a record speaker's name

	resolved     sync.Map // name and words as written → ResolveSpeaker's answer, for checks
	resolvedSize atomic.Int32
	filterOnce   sync.Once
	filter       *wordFilter // the record's words, for the word DP's compound look-ups; made on first use

	disfluentOnce sync.Once
	disfluentAt   []int // the keys of disfluent, sorted; made on first use, or at load from an archive
	// disfluentBlocks has bit b set when a position of disfluentAt lies in
	// [64b, 64b+64): most windows have none, told without a search of
	// disfluentAt (1.4 MB at 100 million words, a cache miss a step)
	disfluentBlocks []uint64

	suffixMu    sync.RWMutex
	suffixCache map[uint32][]uint32 // word id → the ids of the record words that are its proper suffixes

	turnsOfOnce sync.Once
	turnsOf     map[*speakerInfo][]int32 // each speaker's turns, in order; made on first use

	turnBlockOnce sync.Once
	turnBlock     []int32 // the turn at every turnBlockSize-th record position; made on first use
}

// SetAliases tells the record how articles write some of its speakers'
// names: each key, a name as an article gives it ("Tony Blinken"), stands
// for its value, a name of a speaker of the record ("Antony J. Blinken").
// Keys compare without regard to case and spacing. Call it before Check.
func (r *Record) SetAliases(aliases map[string]string) {
	r.resolved.Clear()
	r.resolvedSize.Store(0)
	r.aliases = make(map[string]string, len(aliases))
	for k, v := range aliases {
		r.aliases[aliasKey(k)] = v
	}
}

func aliasKey(name string) string {
	return strings.Join(strings.Fields(strings.ToLower(strings.ReplaceAll(name, "’", "'"))), " ")
}

// checkEvery is how many tokens apart the re-reading checkpoints are.
const checkEvery = 64

// recTurn is a turn of the record. It holds no pointer, so that the
// collector does not scan the turns of a record of millions of them, and
// an archive stores it as it is, to be used in place (archive_read.go).
type recTurn struct {
	base int   // position of the turn's first token in norms
	n    int   // tokens in the turn
	spk  int32 // its speaker: speakers[spk]
	c0   int32 // its first checkpoint in checks; the next turn's c0 (or len(checks)) ends them
}

// speakerOf is turn t's speaker.
func (r *Record) speakerOf(t *recTurn) *speakerInfo { return r.speakers[t.spk] }

// turnChecks is turn ti's checkpoints.
func (r *Record) turnChecks(ti int) []checkpoint {
	end := len(r.checks)
	if ti+1 < len(r.turns) {
		end = int(r.turns[ti+1].c0)
	}
	return r.checks[r.turns[ti].c0:end]
}

// turnPlace is turn ti's transcript and its index in the transcript's
// Turns.
func (r *Record) turnPlace(ti int) (tr, k int) {
	tr = sort.Search(len(r.trFirst), func(i int) bool { return int(r.trFirst[i]) > ti }) - 1
	return tr, ti - int(r.trFirst[tr])
}

// numberCurrency is a number word of the record named in a currency: its
// position in norms and the currency (an index of currencyNames).
type numberCurrency struct {
	pos int
	c   uint8
}

// currencyOf is the currency the record word at position pos is named
// in, or 0.
func (r *Record) currencyOf(pos int) uint8 {
	k, found := slices.BinarySearchFunc(r.currencies, pos, func(n numberCurrency, p int) int { return cmp.Compare(n.pos, p) })
	if !found {
		return 0
	}
	return r.currencies[k].c
}

// checkpoint marks where a word starts in a turn: its first token's index
// and its byte offset from the turn's start.
type checkpoint struct{ tok, off int32 }

type speakerInfo struct {
	idx      int32 // in the record's speakers
	ID       string
	Display  string
	Surname  string
	Role     quotes.SpeakerRole
	Name     string
	Aliases  []string
	speakers []*quotes.Speaker
}

// NewRecord tokenizes and indexes the transcripts. Speakers with the same
// key in several transcripts are one person.
func NewRecord(trs ...*quotes.Transcript) *Record {
	r := &Record{trs: trs, byID: map[string]*speakerInfo{}, words: newVocab(), stems: newVocab()}
	r.stemOf = []uint32{0}
	r.stopword = []bool{false}
	r.df = []int32{0}
	r.reserve(trs)
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
			if !containsSpeaker(sp.speakers, t.Speaker) {
				sp.speakers = append(sp.speakers, t.Speaker)
				if len(t.Speaker.Name) > len(sp.Name) {
					sp.Name = t.Speaker.Name
				}
				sp.Aliases = append(sp.Aliases, t.Speaker.Aliases...)
			}
			r.addTurn(tr, t, sp)
		}
	}
	r.finish()
	return r
}

// reserve makes room in norms for the tokens of trs, about one per five
// bytes of speech, so that a long record's word ids are not copied again
// at every growth of append.
func (r *Record) reserve(trs []*quotes.Transcript) {
	est := 0
	for _, tr := range trs {
		for _, t := range tr.Turns {
			est += (t.End - t.Start) / 5
		}
	}
	r.reserveTokens(est)
}

// reserveTokens makes room for est more tokens.
func (r *Record) reserveTokens(est int) {
	if cap(r.norms)-len(r.norms) < est {
		norms := make([]uint32, len(r.norms), max(cap(r.norms)*3/2, len(r.norms)+est))
		copy(norms, r.norms)
		r.norms = norms
	}
}

// trimmed returns s without spare capacity beyond an eighth of its
// length, copying it when it has more.
func trimmed[T any](s []T) []T {
	if cap(s)-len(s) <= len(s)/8 {
		return s
	}
	return slices.Clone(s)
}

// finish names the speakers and builds the index, once every turn is in.
func (r *Record) finish() { r.finishWith(buildIndex) }

// finishWith is finish with the given builder of the index (an archive's
// record builds it on every core: buildIndexParallel).
func (r *Record) finishWith(build func(*Record) *index) {
	r.build = nil
	// the room grown for more turns is let go: a record is read, not
	// added to (Extend makes a new one)
	r.norms = trimmed(r.norms)
	r.turns = trimmed(r.turns)
	r.currencies = trimmed(r.currencies)
	r.checks = trimmed(r.checks)
	for _, sp := range r.speakers {
		sp.Display = sp.speakers[0].Display()
		if sp.Name != "" {
			sp.Display = sp.Name
		}
		sp.Surname = sp.speakers[0].Surname()
	}
	r.index = build(r)
}

func (r *Record) addTurn(tr *quotes.Transcript, t *quotes.Turn, sp *speakerInfo) {
	rt := recTurn{spk: sp.idx, base: len(r.norms), c0: int32(len(r.checks))}
	nc := 0
	text := tr.Text(*t)
	b := r.build
	if b == nil {
		b = &recordBuild{matches: newMatchTable(), para: 1, stemPara: make([]uint32, len(r.df))}
		r.build = b
	}
	// document frequency over paragraphs of speech: a stem counts once in
	// the paragraph it is first met in (stemPara holds that paragraph's
	// number); a paragraph is a document when it has a token
	inPara := false
	flushPara := func() {
		if inPara {
			r.docs++
			inPara = false
		}
		b.para++
	}
	para := 0 // where the last word with tokens starts
	// blank: the first "\n\n" at or after para (len(text): none), found
	// again only when para passes it, so that each gap is not searched anew
	blank := -1
	dis := 0 // the first of t.Disfluent that may hold a token from here on
	spans := t.Disfluent
	var one [1]matchTok
	for off := 0; ; {
		start, end := nextMatch(text, off)
		if start < 0 {
			break
		}
		off = end
		e, toks := b.tokens(r, text[start:end])
		if e.single {
			one[0] = matchTok{id: e.at}
			toks = one[:]
		} else if len(toks) == 0 {
			continue
		}
		if blank < para {
			if k := strings.Index(text[para:], "\n\n"); k >= 0 {
				blank = para + k
			} else {
				blank = len(text)
			}
		}
		if blank+2 <= start { // text[para:start] holds "\n\n"
			flushPara()
		}
		para = start
		if rt.n >= nc*checkEvery {
			r.checks = append(r.checks, checkpoint{int32(rt.n), int32(start)})
			nc++
		}
		first := len(r.norms) // the position of the match's first token
		for _, ct := range toks {
			if c := b.numberClass(r, ct.id); c != notNumber {
				b.nums = append(b.nums, numberTok{pos: len(r.norms), first: first, start: int32(start), end: int32(end), numeric: c == inNumber})
			}
			if len(spans) > 0 {
				// tokens come in order of their start, so the spans
				// ending before it are behind for good
				at := t.Start + start + int(ct.start)
				for dis < len(spans) && spans[dis].End <= at {
					dis++
				}
				if dis < len(spans) && spans[dis].Start <= at {
					if r.disfluent == nil {
						r.disfluent = map[int]bool{}
					}
					r.disfluent[len(r.norms)] = true
				}
			}
			r.norms = append(r.norms, ct.id)
			s := e.sid
			if !e.single {
				s = r.stemOf[ct.id]
			}
			if b.stemPara[s] != b.para {
				b.stemPara[s] = b.para
				r.df[s]++
			}
			inPara = true
			rt.n++
		}
	}
	flushPara()
	if len(b.nums) > 0 {
		r.addCurrencies(tr.SpeechText(), t.Start, b)
		b.nums = b.nums[:0]
	}
	r.turns = append(r.turns, rt)
}

// addCurrencies adds to the record's currencies those of the numbers of a
// turn starting at byte turnStart of speech: b.nums are the turn's tokens
// that may be read in a number (numberClass), in order. A run of them in
// a row is tokenized again (a match's tokens are the same wherever it
// stands) and read as a quote's words are (numberCurrencies): "We paid
// £5 million" gives "5" and "million" in pounds. The words beside a run
// are in no number, so a run holds whole every number it touches; a run
// of "a" alone holds none.
func (r *Record) addCurrencies(speech string, turnStart int, b *recordBuild) {
	nums, toks, match := b.nums, b.numToks, b.scratch
	for i := 0; i < len(nums); {
		j, numeric := i+1, nums[i].numeric
		for j < len(nums) && nums[j].pos == nums[j-1].pos+1 {
			numeric = numeric || nums[j].numeric
			j++
		}
		if numeric {
			toks = toks[:0]
			for k := i; k < j; k++ {
				n := nums[k]
				if k == i || n.first != nums[k-1].first {
					match = appendMatch(match[:0], speech, []int{turnStart + int(n.start), turnStart + int(n.end)}, 0, false)
				}
				toks = append(toks, match[n.pos-n.first])
			}
			numberCurrencies(speech, toks)
			for k, tk := range toks {
				if tk.currency != 0 {
					r.currencies = append(r.currencies, numberCurrency{pos: nums[i+k].pos, c: tk.currency})
				}
			}
		}
		i = j
	}
	b.numToks, b.scratch = toks, match
}

// recordBuild is what a record keeps while turns are added: the tokens of
// every distinct word as scanned, so that a word met before is neither
// folded nor looked up in the vocabulary again, and the paragraph each
// stem was last counted in.
type recordBuild struct {
	matches  *matchTable // a match of the scanner, as written → its tokens in toks
	toks     []matchTok
	scratch  []Token
	para     uint32   // number of the current paragraph (from 1)
	stemPara []uint32 // stem id → the paragraph it was last counted in
	// numClass: each word id's numberClass (0 not yet asked); nums: the
	// tokens of the turn being added whose words may be read in a number,
	// numToks their tokens (addCurrencies)
	numClass []uint8
	nums     []numberTok
	numToks  []Token
	// shared: stems go through the cache the parts of an archive share
	// (stemShared); a record built alone stems each of its words once
	// anyway, and leaves no cache behind it
	shared bool
}

// numberTok is a token of a turn that may be read in a number: its
// position in norms, the position of its match's first token, the
// match's byte span in the turn, and whether its word is in a number
// wherever it stands (numberClass inNumber: "5", not "a").
type numberTok struct {
	pos, first int
	start, end int32
	numeric    bool
}

// Classes of a word by how numberSpan reads it.
const (
	notNumber   = 1 + iota // in no number: "pier"
	beforeScale            // "a", in a number before a scale ("a million")
	inNumber               // "5", "million", "half"
)

// numberClass is the class of the record's word id, read once per word.
func (b *recordBuild) numberClass(r *Record, id uint32) uint8 {
	if int(id) >= len(b.numClass) {
		b.numClass = append(b.numClass, make([]uint8, int(id)+1-len(b.numClass))...)
	}
	c := b.numClass[id]
	if c == 0 {
		switch w := r.words.str(id); {
		case w == "a":
			c = beforeScale
		case w == "half" || w == "quarter" || numberWord(w):
			c = inNumber
		default:
			c = notNumber
		}
		b.numClass[id] = c
	}
	return c
}

// matchToks are the tokens of a match: toks[at:at+n], or when the match is
// one token from its start (most words are) that token's word id in at
// and its stem id in sid, read without going to toks or stemOf.
type matchToks struct {
	at, sid uint32
	n       uint16
	single  bool
}

// matchTok is a token of a match: its word id and its start from the
// match's start.
type matchTok struct {
	id    uint32
	start int32
}

// tokens returns the tokens of the scanner's match m, tokenizing it the
// first time it is met. A match's tokens depend on its text alone
// (appendMatch reads nothing else), so they are the same wherever it
// occurs, offsets from its start included.
func (b *recordBuild) tokens(r *Record, m string) (matchToks, []matchTok) {
	if e, ok := b.matches.get(m); ok {
		if e.single {
			return e, nil
		}
		return e, b.toks[e.at : e.at+uint32(e.n)]
	}
	b.scratch = appendMatch(b.scratch[:0], m, []int{0, len(m)}, 0, false)
	if len(b.scratch) == 1 && b.scratch[0].Start == 0 {
		id := r.wordID(b.scratch[0])
		e := matchToks{at: id, sid: r.stemOf[id], n: 1, single: true}
		b.matches.put(m, e)
		return e, nil
	}
	at := len(b.toks)
	for _, tk := range b.scratch {
		b.toks = append(b.toks, matchTok{id: r.wordID(tk), start: int32(tk.Start)})
	}
	if n := len(b.scratch); n <= math.MaxUint16 {
		// more would be a word such as "US-US-…" of thousands: not kept
		b.matches.put(m, matchToks{at: uint32(at), n: uint16(n)})
	}
	return matchToks{}, b.toks[at:]
}

// wordID interns a record token's word and stem.
func (r *Record) wordID(tk Token) uint32 {
	id := r.words.add(tk.Norm)
	if int(id) == len(r.stemOf) {
		var st string
		if r.build != nil && r.build.shared {
			st = stemShared(tk.Norm)
		} else {
			st = stem(tk.Norm)
		}
		sid := r.stems.add(st)
		if int(sid) == len(r.df) {
			r.df = append(r.df, 0)
			if r.build != nil {
				r.build.stemPara = append(r.build.stemPara, 0)
			}
		}
		r.stemOf = append(r.stemOf, sid)
		r.stopword = append(r.stopword, stopwords[tk.Norm])
	}
	return id
}

// turnTokens re-reads tokens [lo, hi) of turn ti with their byte offsets,
// from the nearest checkpoint before lo. turnTokensRef, in
// record_equiv_test.go, tokenizes every word from the checkpoint; this
// only counts the plain words before lo.
func (r *Record) turnTokens(ti, lo, hi int) []Token { return r.turnSpans(ti, lo, hi, lo, hi) }

// turnSpans is turnTokens but for the tokens outside [fullLo, fullHi)
// that plain words make (see plainMatchTokens): of these only the byte
// span is given (Norm is empty), as the context of a source passage
// needs no more. TestTurnTokensEqualsRef holds it equal to turnTokensRef.
func (r *Record) turnSpans(ti, lo, hi, fullLo, fullHi int) []Token {
	trI, tk := r.turnPlace(ti)
	tr := r.transcript(trI) // first: reading it checks the turn's checkpoints
	turn := &tr.Turns[tk]
	text := tr.Text(*turn)
	checks := r.turnChecks(ti)
	k := sort.Search(len(checks), func(i int) bool { return int(checks[i].tok) > lo }) - 1
	idx, from := 0, 0
	if k >= 0 {
		idx, from = int(checks[k].tok), int(checks[k].off)
	}
	// the words before lo are counted, not tokenized, as far as the
	// first that may reach lo: a scan from a word's start yields the
	// tokens a scan of the whole turn does from there on
	rest := text[from:]
	for off := 0; idx < lo; {
		start, end := nextMatch(rest, off)
		if start < 0 {
			break
		}
		n, ok := plainMatchTokens(rest[start:end])
		if !ok || idx+n > lo {
			from += start
			break
		}
		idx += n
		off = end
		if idx == lo {
			from += end
			break
		}
	}
	out := make([]Token, 0, max(hi-lo, 0))
	rest, base := text[from:], turn.Start+from
	var buf []Token
	m := []int{0, 0}
	for off := 0; idx < hi; {
		start, end := nextMatch(rest, off)
		if start < 0 {
			break
		}
		off = end
		if idx >= lo && (idx < fullLo || idx >= fullHi) {
			if _, ok := plainMatchTokens(rest[start:end]); ok {
				// one token, the match itself
				out = append(out, Token{Start: base + start, End: base + end})
				idx++
				continue
			}
		}
		m[0], m[1] = start, end
		buf = appendMatch(buf[:0], rest, m, base, false)
		for _, tk := range buf {
			if idx >= lo && idx < hi {
				out = append(out, tk)
			}
			idx++
		}
	}
	return out
}

// pauseAt tells whether punctuation ending a clause follows token k of
// turn ti in the transcript (pauseAfter): the record's "Well, fund the
// clinic".
func (r *Record) pauseAt(ti, k int) bool {
	toks := r.turnSpans(ti, k, k+1, k, k+1)
	if len(toks) != 1 {
		return false
	}
	trI, tk := r.turnPlace(ti)
	tr := r.transcript(trI)
	turn := &tr.Turns[tk]
	return pauseAfter(tr.Text(*turn), toks[0].End-turn.Start)
}

// plainMatchTokens is how many tokens appendMatch makes of a match of
// ASCII letters alone that is neither an initialism nor a number word or
// contraction (most words are such), without making them; ok is false
// for other matches.
func plainMatchTokens(s string) (n int, ok bool) {
	if !isASCIILetters(s) || len(s) <= 3 && isInitialism(s) {
		return 0, false
	}
	if len(s) < len(maybeSpecial) && maybeSpecial[len(s)][(s[0]|0x20)-'a'] {
		return 0, false
	}
	return 1, true
}

// inSpans reports whether offset off is inside one of the sorted spans.
func inSpans(spans []quotes.Span, off int) bool {
	i := sort.Search(len(spans), func(i int) bool { return spans[i].End > off })
	return i < len(spans) && spans[i].Start <= off
}

func containsSpeaker(list []*quotes.Speaker, s *quotes.Speaker) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// disfluentPositions is the positions of the disfluencies, ascending.
func (r *Record) disfluentPositions() []int {
	r.disfluentOnce.Do(func() {
		if r.disfluentAt != nil || len(r.disfluent) == 0 {
			return
		}
		at := make([]int, 0, len(r.disfluent))
		for p := range r.disfluent {
			at = append(at, p)
		}
		slices.Sort(at)
		r.setDisfluentAt(at)
	})
	return r.disfluentAt
}

// setDisfluentAt sets the sorted positions of the disfluencies and their
// blocks.
func (r *Record) setDisfluentAt(at []int) {
	r.disfluentAt = at
	r.disfluentBlocks = nil
	if len(at) > 0 {
		r.disfluentBlocks = make([]uint64, at[len(at)-1]>>12+1)
	}
	for _, p := range at {
		r.disfluentBlocks[p>>12] |= 1 << (p >> 6 & 63)
	}
}

// Words is the number of tokens in the record.
func (r *Record) Words() int { return len(r.norms) }

// Speakers returns the keys of the record's speakers in order of first turn.
func (r *Record) Speakers() []string {
	out := make([]string, len(r.speakers))
	for i, s := range r.speakers {
		out[i] = s.ID
	}
	return out
}

// Surnames returns the record's speakers' family names, lower case, as hints
// for reading articles.
func (r *Record) Surnames() []string {
	var out []string
	for _, s := range r.speakers {
		if s.Role == quotes.RolePerson {
			out = append(out, strings.ToLower(cmp.Or(s.Surname, s.ID))) // "reed" for THE PRESIDENT the header names
		}
	}
	sort.Strings(out)
	return out
}

// ResolveSpeaker maps a person an article names (the resolved name, and the
// words it used) to a speaker of the record: by name (surname and
// compatible given names, either order), else by title for a description
// ("the Secretary"). A name given to SetAliases stands for its speaker
// first. It returns "" when the person does not speak in the record.
func (r *Record) ResolveSpeaker(name, asWritten string) string {
	for _, cand := range []string{name, asWritten} {
		if to, ok := r.aliases[aliasKey(cand)]; ok && cand != "" {
			name, asWritten = to, to
			break
		}
	}
	// descriptions by alias: "the Secretary", "the Ambassador"
	low := strings.ToLower(strings.TrimSpace(asWritten))
	var found []*speakerInfo
	for _, sp := range r.speakers {
		if strings.HasPrefix(low, "the ") && slices.Contains(sp.Aliases, low) {
			found = append(found, sp)
		}
	}
	// an office named with the name: the words as written first, as the
	// article's full name for them may be another bearer of the surname
	// ("Mayor Reed" that the article took for the Councilmember Ann Reed
	// it names before)
	for _, cand := range []string{asWritten, name} {
		if sp := r.officeHolder(cand); sp != nil {
			if len(found) == 1 && found[0] != sp {
				return found[0].ID // the description as written, as below
			}
			return sp.ID
		}
	}
	for _, cand := range []string{name, asWritten} {
		if cand == "" {
			continue
		}
		// a speaker the whole name fits comes before one whose surname
		// alone does: "Ann Reed" is the record's COUNCILMEMBER ANN REED,
		// not the MAYOR TOM REED who speaks before her
		for _, bySurname := range []bool{false, true} {
			for _, sp := range r.speakers {
				if sp.Role != quotes.RolePerson {
					continue
				}
				full := sp.Name
				if full == "" {
					full = sp.Surname
				}
				fits := quotes.SameName(cand, full)
				if bySurname {
					fits = quotes.SameName(cand, sp.Surname) && len(strings.Fields(cand)) == 1 ||
						sp.Name != "" && quotes.SameName(cand, sp.Surname) && sameSurname(cand, sp.Surname)
				}
				if !fits {
					continue
				}
				if len(found) == 1 && found[0] != sp && hasOffice(sp) {
					// the article's "the governor" read as a person the
					// record gives another office ("Tom Reed spoke first.
					// ¶ “…,” the governor said" is not Mayor Reed): the
					// record's one governor
					return found[0].ID
				}
				return sp.ID
			}
		}
	}
	if len(found) == 1 {
		return found[0].ID
	}
	return ""
}

// officeHolder is the speaker a name with an office before it means
// ("Councilmember Reed", "Mayor Tom Reed"): the first the name fits who
// holds the office in the record (an alias "the councilmember"), so that
// "Councilmember Reed" is COUNCILMEMBER ANN REED, not the MAYOR TOM REED
// who speaks first. nil when the name has no title before it or no
// speaker it fits holds the office ("Ms. Reed", "Senator Reed").
func (r *Record) officeHolder(name string) *speakerInfo {
	office, rest := splitOffice(name)
	if office == "" || rest == "" {
		return nil
	}
	for _, sp := range r.speakers {
		if sp.Role == quotes.RolePerson && slices.Contains(sp.Aliases, office) &&
			(quotes.SameName(rest, cmp.Or(sp.Name, sp.Display)) || endsWithSurname(cmp.Or(sp.Name, sp.Display), rest)) {
			return sp
		}
	}
	return nil
}

// splitOffice parts a name into the office its leading title words make,
// as a record's alias reads it ("the councilmember" of "Councilmember
// Reed", "the ms" of "Ms. Reed"), and the rest ("Reed"); office is ""
// when the name opens with no title word.
func splitOffice(name string) (office, rest string) {
	words := strings.Fields(name)
	k := 0
	for k < len(words) && quotes.TitleWord(words[k]) {
		k++
	}
	if k == 0 || strings.EqualFold(words[0], "the") {
		return "", name
	}
	title := make([]string, k)
	for i, w := range words[:k] {
		title[i] = strings.ToLower(strings.TrimRight(w, "."))
	}
	return "the " + strings.Join(title, " "), strings.Join(words[k:], " ")
}

// hasOffice tells whether the record gives a speaker an office an article
// may call them by ("the mayor").
func hasOffice(sp *speakerInfo) bool {
	return slices.ContainsFunc(sp.Aliases, func(a string) bool { return strings.HasPrefix(a, "the ") })
}

// resolveMisspelt finds the record's person whose surname the name's last
// word misspells: one letter off (substituted, added, dropped; two for a
// surname of nine letters or more), the first letter the same, a surname
// of five letters or more, and no other speaker as close. It gives the
// speaker's key, the word as written and the surname as the record has
// it, or "" when no speaker is, or more than one is. Edit distance on two
// short words is what the levenshtein package does.
func (r *Record) resolveMisspelt(name, asWritten string) (id, written, recorded string) {
	for _, cand := range []string{name, asWritten} {
		f := strings.Fields(cand)
		if len(f) == 0 {
			continue
		}
		w := strings.Trim(f[len(f)-1], ".,;:’'")
		lw := strings.ToLower(w)
		if utf8.RuneCountInString(lw) < 5 {
			continue
		}
		found := 0
		for _, sp := range r.speakers {
			if sp.Role != quotes.RolePerson || sp.Surname == "" {
				continue
			}
			ls := strings.ToLower(sp.Surname)
			n := utf8.RuneCountInString(ls)
			if n < 5 || ls == lw || ls[0] != lw[0] {
				continue
			}
			limit := 1
			if n >= 9 {
				limit = 2
			}
			if levenshtein.ComputeDistance(lw, ls) <= limit {
				found++
				id, written, recorded = sp.ID, w, sp.Surname
			}
		}
		if found == 1 {
			return id, written, recorded
		}
		if found > 1 {
			return "", "", ""
		}
	}
	return "", "", ""
}

// sameSurname: the name's last word (or first, for family-name-first
// names) is the surname.
func sameSurname(name, surname string) bool {
	w := strings.Fields(strings.ToLower(name))
	s := strings.ToLower(surname)
	return len(w) > 0 && (w[len(w)-1] == s || w[0] == s)
}

// wordInfo is stemID and whether the token is a stop word, with one
// look-up of the word when the record has it.
func (r *Record) wordInfo(t Token) (stem uint32, stop bool) {
	if id := r.wordOf(t); id != 0 {
		return r.stemOf[id], r.stopword[id]
	}
	return r.stemID(t), stopwords[t.Norm]
}

// wordOf is the record's id of a token's word, 0 when the record never has
// it: the id quoteTokens found, or a look-up for a token it did not make.
func (r *Record) wordOf(t Token) uint32 {
	if t.wid != 0 {
		return t.wid - 1
	}
	return r.words.lookup(t.Norm)
}

// stemID is the id of a quote token's stem in the record, 0 when the
// record never has it: by the word's own id when the record has the word
// (no stemming needed), else by its stem.
func (r *Record) stemID(t Token) uint32 {
	if id := r.wordOf(t); id != 0 {
		return r.stemOf[id]
	}
	if t.Stem == "" {
		return r.stems.lookup(stem(t.Norm))
	}
	return r.stems.lookup(t.Stem)
}

// weightID is the inverse document frequency of a stem (by id; 0 for a
// stem the record never has) over the record's paragraphs: rare words tell
// passages apart, common ones barely do. A word the record never has weighs
// as one it has once: its absence says the quote is reworded, not by how
// much.
func (r *Record) weightID(id uint32) float64 {
	df := 0
	if id != 0 {
		df = int(r.df[id])
	}
	w := math.Log(float64(r.docs+1) / (float64(max(df, 1)) + 0.5))
	return max(w, 0.1)
}
