package align

import (
	"fmt"
	"slices"

	"github.com/quotecheck/quotecheck/quotes"
)

// A record of many transcripts is built in parts, each tokenized on its
// own (in parallel, or months apart), then joined: the join maps each
// part's word ids to the joined vocabulary, concatenates the word ids and
// turns, and derives the posting tables once from the joined word ids.
// Nothing is tokenized again, and the joined record is the one NewRecord
// gives for all the transcripts in the same order, to the byte of its
// archive (TestJoinEqualsNewRecord).

// RecordBuilder tokenizes transcripts into a part of a record, without its
// index. Its methods are not safe for concurrent use; several builders may
// run at once.
type RecordBuilder struct{ r *Record }

// NewRecordBuilder starts an empty part.
func NewRecordBuilder() *RecordBuilder {
	r := &Record{byID: map[string]*speakerInfo{}, words: newVocab(), stems: newVocab(),
		stemOf: []uint32{0}, stopword: []bool{false}, df: []int32{0}}
	r.build = &recordBuild{matches: newMatchTable(), para: 1, stemPara: make([]uint32, len(r.df)), shared: true}
	return &RecordBuilder{r: r}
}

// Grow makes room for the tokens of about n more bytes of transcripts, so
// that a part of known size is tokenized without its tokens being copied
// as they grow.
func (b *RecordBuilder) Grow(n int) {
	b.r.reserveTokens(n / 5)
}

// Add tokenizes transcripts and appends them to the part; it returns the
// number of tokens added. Speakers are merged by key as in NewRecord.
func (b *RecordBuilder) Add(trs ...*quotes.Transcript) int {
	r := b.r
	before := len(r.norms)
	r.reserve(trs)
	for _, tr := range trs {
		r.trs = append(r.trs, tr)
		r.trFirst = append(r.trFirst, int32(len(r.turns)))
		for k := range tr.Turns {
			t := &tr.Turns[k]
			sp := r.byID[t.Speaker.ID]
			if sp == nil {
				sp = &speakerInfo{idx: int32(len(r.speakers)), ID: t.Speaker.ID, Role: t.Speaker.Role}
				r.byID[sp.ID] = sp
				r.speakers = append(r.speakers, sp)
			}
			sp.addSpeaker(t.Speaker)
			r.addTurn(tr, t, sp)
		}
	}
	return len(r.norms) - before
}

// Words is the number of tokens in the part.
func (b *RecordBuilder) Words() int { return len(b.r.norms) }

// addSpeaker adds a transcript's speaker to a record speaker, as NewRecord
// does: the longest name is kept, the aliases gathered.
func (sp *speakerInfo) addSpeaker(s *quotes.Speaker) {
	if containsSpeaker(sp.speakers, s) {
		return
	}
	sp.speakers = append(sp.speakers, s)
	if len(s.Name) > len(sp.Name) {
		sp.Name = s.Name
	}
	sp.Aliases = append(sp.Aliases, s.Aliases...)
}

// JoinRecords returns the record of base's transcripts (base may be nil)
// followed by those of the parts, in order, with its posting tables
// derived from the word ids on every core. base and the parts are left as
// they are.
//
// An archive's base is read whole, and checked: when it is found corrupt the
// record returned holds nothing and its Err is the fault.
func JoinRecords(base *Record, parts ...*RecordBuilder) *Record {
	return joinRecords(base, parts, buildIndexParallel)
}

// JoinRecordsToArchive is JoinRecords followed by WriteArchive of the
// record to path, sooner: the archive's sections but the posting tables'
// positions are laid out and written while the positions are placed, the
// tables' sizes and offsets known before them. indexed, when not nil, is called once the
// tables are built. The archive is WriteArchive's, to the byte.
func JoinRecordsToArchive(path string, indexed func(), base *Record, parts ...*RecordBuilder) (*Record, error) {
	w, err := CreateArchive(path)
	if err != nil {
		return nil, err
	}
	return w.Join(indexed, base, parts...)
}

func joinToArchive(w *ArchiveWriter, indexed func(), base *Record, parts []*RecordBuilder) (*Record, error) {
	// the sections in three stages: the record's as soon as the parts are
	// joined, while the index is built; the index's offsets once counted;
	// its positions once placed
	stages := [3]chan sectionStage{make(chan sectionStage, 1), make(chan sectionStage, 1), make(chan sectionStage, 1)}
	wrote := make(chan error, 1)
	go func() { wrote <- w.finishStages(stages[0], stages[1], stages[2]) }()
	started := false
	r := joinRecords(base, parts, func(r *Record) *index {
		started = true
		go func() {
			secs, err := r.recordSections(gramBitsFor(len(r.norms)))
			if err != nil {
				err = fmt.Errorf("%s: %w", quotes.ShowName(w.path), err)
			}
			stages[0] <- sectionStage{secs: secs, err: err}
		}()
		ix := buildIndexParallelSized(r, func(ix *index) { stages[1] <- sectionStage{secs: ix.offsetSections()} })
		stages[2] <- sectionStage{secs: ix.positionSections()}
		return ix
	})
	if indexed != nil {
		indexed()
	}
	if !started {
		// a corrupt base: the join holds nothing, and says why
		secs, err := r.archiveSections()
		if err != nil {
			err = fmt.Errorf("%s: %w", quotes.ShowName(w.path), err)
		}
		stages[0] <- sectionStage{secs: secs, err: err}
		stages[1] <- sectionStage{}
		stages[2] <- sectionStage{}
	}
	return r, <-wrote
}

func joinRecords(base *Record, parts []*RecordBuilder, build func(*Record) *index) *Record {
	out := NewRecordBuilder().r
	if base != nil {
		if err := base.verifyAll(); err != nil {
			out.finish()
			out.fault.Store(err.(*ArchiveError))
			return out
		}
	}
	var all []*Record
	if base != nil {
		all = append(all, base)
	}
	words := 0
	for _, p := range parts {
		all = append(all, p.r)
		words += len(p.r.norms)
	}
	if base != nil {
		words += len(base.norms)
	}
	out.norms = make([]uint32, 0, words)
	turns, checks := 0, 0
	for _, p := range all {
		turns += len(p.turns)
		checks += len(p.checks)
	}
	out.turns = make([]recTurn, 0, turns)
	out.checks = make([]checkpoint, 0, checks)
	fills := make([]func(), len(all))
	for i, p := range all {
		fills[i] = out.join(p)
	}
	// the parts' word ids mapped to the joined ones, every part on its own
	parallelFor(len(fills), func(i int) { fills[i]() })
	out.finishWith(build)
	return out
}

// Extend returns the record of r's transcripts followed by trs: only trs
// are tokenized; r's word ids are reused and the posting tables derived
// again from them. r is left as it is.
func (r *Record) Extend(trs ...*quotes.Transcript) *Record {
	b := NewRecordBuilder()
	b.Add(trs...)
	return JoinRecords(r, b)
}

// join appends part p to r, but for its word ids: it makes room for them
// in r.norms and returns the function that writes them there, to be called
// once every part is joined (the fills of several parts may run at once).
func (r *Record) join(p *Record) (fill func()) {
	// words and stems, in p's id order: the order NewRecord meets them in
	wordMap := make([]uint32, len(p.words.strs))
	stemMap := make([]uint32, len(p.stems.strs))
	for wid := 1; wid < len(p.words.strs); wid++ {
		id := r.words.add(p.words.strs[wid])
		if int(id) == len(r.stemOf) {
			sid := r.stems.add(p.stems.strs[p.stemOf[wid]])
			if int(sid) == len(r.df) {
				r.df = append(r.df, 0)
			}
			r.stemOf = append(r.stemOf, sid)
			r.stopword = append(r.stopword, p.stopword[wid])
		}
		wordMap[wid] = id
		stemMap[p.stemOf[wid]] = r.stemOf[id]
	}
	for s, n := range p.df {
		if s > 0 {
			r.df[stemMap[s]] += n
		}
	}
	r.docs += p.docs
	base := len(r.norms)
	r.norms = slices.Grow(r.norms, len(p.norms))[:base+len(p.norms)]
	fill = func() {
		dst := r.norms[base : base+len(p.norms)]
		for i, w := range p.norms {
			dst[i] = wordMap[w]
		}
	}
	for _, pos := range p.disfluentPositions() {
		if r.disfluent == nil {
			r.disfluent = map[int]bool{}
		}
		r.disfluent[base+pos] = true
	}
	for _, n := range p.currencies {
		r.currencies = append(r.currencies, numberCurrency{pos: base + n.pos, c: n.c})
	}
	// speakers by key, in order of first turn
	spMap := make(map[*speakerInfo]*speakerInfo, len(p.speakers))
	for _, ps := range p.speakers {
		sp := r.byID[ps.ID]
		if sp == nil {
			sp = &speakerInfo{idx: int32(len(r.speakers)), ID: ps.ID, Role: ps.Role}
			r.byID[sp.ID] = sp
			r.speakers = append(r.speakers, sp)
		}
		for _, s := range ps.speakers {
			sp.addSpeaker(s)
		}
		spMap[ps] = sp
	}
	ptrs, _ := p.Transcripts() // an archive's: made by verifyAll
	r.trs = append(r.trs, ptrs...)
	for _, f := range p.trFirst {
		r.trFirst = append(r.trFirst, f+int32(len(r.turns)))
	}
	spk := make([]int32, len(p.speakers)) // p's speaker index → r's
	for i, ps := range p.speakers {
		spk[i] = spMap[ps].idx
	}
	// the turns and checkpoints copied with the word ids: room made now
	checkBase, turnBase := len(r.checks), len(r.turns)
	r.checks = slices.Grow(r.checks, len(p.checks))[:checkBase+len(p.checks)]
	r.turns = slices.Grow(r.turns, len(p.turns))[:turnBase+len(p.turns)]
	fillIDs := fill
	fill = func() {
		fillIDs()
		copy(r.checks[checkBase:], p.checks)
		dst := r.turns[turnBase : turnBase+len(p.turns)]
		for i, t := range p.turns {
			t.c0 += int32(checkBase)
			t.base += base
			t.spk = spk[t.spk]
			dst[i] = t
		}
	}
	return fill
}
