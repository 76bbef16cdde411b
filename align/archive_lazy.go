package align

import (
	"encoding/binary"
	"hash/crc32"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unsafe"

	"github.com/quotecheck/quotecheck/quotes"
)

// An archive's record is read as it is used. Opening one reads what every
// check needs and is small: the header, the speakers, the vocabulary, the
// turns of the record. The large sections, the texts, the transcripts'
// turns, the word ids and the posting tables, are checked a block at a
// time (blockSize bytes, each with its CRC in the block table), the first time
// a check reads the block: its CRC, then its values (word ids within the
// vocabulary, token positions within the record, offsets in order). A
// transcript's Go value (its Doc, turns and speakers) is made the first
// time it is asked for, its texts and tables checked then.
//
// A fault found so (a CRC mismatch, a value out of range) is the record's
// for good: Err returns it, every check after it answers Unverifiable with
// the fault as its reason, and the command reports the archive as corrupt
// (check stops with the error, naming the file). Within the search a fault
// unwinds the check by a panic of archiveFault that the record's public
// methods recover: none escapes them.

// blockSize is the size of the blocks a section's CRCs are taken over.
const blockSize = 1 << 10

// lazySec is a section checked block by block on first use.
type lazySec struct {
	tag  string
	data []byte
	crcs []byte          // the blocks' CRCs: little-endian uint32s, in the block table
	done []atomic.Uint64 // bit b: block b was checked
	// check checks the values in bytes [lo, hi) of data, a block just
	// found whole (block-aligned, so whole elements); nil: no values to
	// check
	check func(lo, hi int) error
	// whole, when not nil, checks the values of the whole section once
	// every block is checked (verifyAll): what the blocks' checks, run at
	// once, may each leave to the other
	whole func() error
}

func newLazySec(tag string, data, crcs []byte) *lazySec {
	nb := (len(data) + blockSize - 1) / blockSize
	return &lazySec{tag: tag, data: data, crcs: crcs, done: make([]atomic.Uint64, (nb+63)/64)}
}

// verify checks every block holding bytes [lo, hi) not checked before.
func (s *lazySec) verify(a *archive, lo, hi int) error {
	if hi <= lo {
		return nil
	}
	for b := lo / blockSize; b <= (hi-1)/blockSize; b++ {
		if s.done[b/64].Load()&(1<<(b%64)) != 0 {
			continue
		}
		if err := s.verifyBlock(a, b); err != nil {
			return err
		}
	}
	return nil
}

func (s *lazySec) verifyBlock(a *archive, b int) error {
	lo, hi := b*blockSize, min((b+1)*blockSize, len(s.data))
	if crc32.Checksum(s.data[lo:hi], castagnoli) != binary.LittleEndian.Uint32(s.crcs[4*b:]) {
		return a.fail("corrupt section %q (CRC mismatch in its block at byte %d); rebuild it with quotecheck index build", s.tag, lo)
	}
	if s.check != nil {
		if err := s.check(lo, hi); err != nil {
			return err
		}
	}
	s.done[b/64].Or(1 << (b % 64))
	return nil
}

// verifyAll checks every block, on every core.
func (s *lazySec) verifyAll(a *archive) error {
	nb := (len(s.data) + blockSize - 1) / blockSize
	errs := make([]error, nb)
	parallelFor(nb, func(b int) {
		if s.done[b/64].Load()&(1<<(b%64)) == 0 {
			errs[b] = safely(a.data, a.name, func() error { return s.verifyBlock(a, b) })
		}
	})
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	if s.whole != nil {
		return safely(a.data, a.name, s.whole)
	}
	return nil
}

// lazyArchive is what an archive's record reads on first use.
type lazyArchive struct {
	a      *archive
	r      *Record
	text   *lazySec
	lines  *lazySec
	runes  *lazySec
	tturn  *lazySec
	tmark  *lazySec
	tdisf  *lazySec
	checks *lazySec
	norms  *lazySec
	goff   *lazySec // nil when the posting tables were derived again at load
	gpos   *lazySec
	spos   *lazySec

	textStr         string
	lineStarts      []int
	runeMarks       []int
	tturnRows       []uint64
	marks           []quotes.TimeMark
	disf            []quotes.Span
	allSpk          []quotes.Speaker
	owner           []int32 // record speaker of each transcript speaker, +1
	trs             []atomic.Pointer[quotes.Transcript]
	mu              sync.Mutex // held while a transcript is made
	verifyAllResult error
	ahead           chan struct{} // closed when mapAhead is done; nil: not started
	verifyOnce      sync.Once
}

// mapAhead makes ready, in the background, the sections every search reads
// at random places: the posting tables and the word ids (0.75 GB at 100
// million words). file is the mapped archive. A piece of mapAheadChunk
// bytes at a time, it maps the pages (populate) and then checks the blocks
// no check has checked yet, as a check's first read would: a check then
// finds most blocks mapped and checked before it reads them. At 100
// million words the checking took about 14% of a quote's time when left
// to the checks. A block found corrupt here is left unmarked, for the
// check that reads it to find and report, so that which check meets a
// fault does not hang on the timing of this goroutine. It costs another
// core about 0.2 s at 100 million words, beside the checks, not before
// them.
func (l *lazyArchive) mapAhead(file []byte) {
	secs := []*lazySec{l.goff, l.gpos, l.spos, l.norms}
	l.ahead = make(chan struct{})
	go func() {
		defer close(l.ahead)
		// a page lost to a file cut short under the map ends the work
		// ahead; the check that reads it reports the fault
		defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
		defer func() {
			if e := recover(); e != nil && !inBytes(l.a.data, e) {
				panic(e)
			}
		}()
		for _, s := range secs {
			if s == nil {
				continue
			}
			for lo := 0; lo < len(s.data); lo += mapAheadChunk {
				hi := min(lo+mapAheadChunk, len(s.data))
				populate(file, s.data[lo:hi])
				s.verifyAhead(l.a, lo, hi)
			}
		}
	}()
}

// mapAheadChunk is how much of a section mapAhead makes ready at a time:
// the process's memory map is locked for reading while one madvise call
// runs.
const mapAheadChunk = 4 << 20

// verifyAhead checks the blocks of bytes [lo, hi) not checked before,
// leaving a corrupt one unmarked; lo is a multiple of blockSize.
func (s *lazySec) verifyAhead(a *archive, lo, hi int) {
	for b := lo / blockSize; b <= (hi-1)/blockSize; b++ {
		if s.done[b/64].Load()&(1<<(b%64)) == 0 {
			_ = s.verifyBlock(a, b) // an error is the reading check's to report
		}
	}
}

// archiveFault unwinds a check that met a corrupt part of an archive.
type archiveFault struct{ err *ArchiveError }

// fail records err as the record's fault (the first one stays) and
// unwinds.
func (l *lazyArchive) fail(err error) {
	ae, ok := err.(*ArchiveError)
	if !ok {
		ae = &ArchiveError{File: l.a.name, Msg: err.Error()}
	}
	l.r.fault.CompareAndSwap(nil, ae)
	panic(archiveFault{l.r.fault.Load()})
}

// need checks bytes [lo, hi) of section s before they are read.
func (l *lazyArchive) need(s *lazySec, lo, hi int) {
	if err := s.verify(l.a, lo, hi); err != nil {
		l.fail(err)
	}
}

// needNorms checks record positions [lo, hi) of the word ids before a
// search reads them.
func (r *Record) needNorms(lo, hi int) {
	if r.arc != nil {
		r.arc.need(r.arc.norms, 4*lo, 4*hi)
	}
}

// gramPostings is the positions of bucket bk of the pair index: its
// length may be read at once, its positions after needGramPositions (a
// search reads the positions of only some of the buckets it looks up).
func (r *Record) gramPostings(bk uint32) []int32 {
	ix := r.index
	if l := r.arc; l != nil && l.goff != nil {
		l.need(l.goff, 4*int(bk), 4*int(bk)+8)
		if ix.gramOff[bk] > ix.gramOff[bk+1] {
			// two blocks checked at once may each have missed the
			// other's end (offsetsWithin)
			l.fail(l.a.fail("section %q is out of order", "goff"))
		}
	}
	return ix.gramPos[ix.gramOff[bk]:ix.gramOff[bk+1]]
}

// needGramPositions checks the positions of posts, a slice gramPostings
// gave, before they are read.
func (r *Record) needGramPositions(posts []int32) {
	if l := r.arc; l != nil && l.goff != nil && len(posts) > 0 {
		lo := int(uintptr(unsafe.Pointer(&posts[0])) - uintptr(unsafe.Pointer(&r.index.gramPos[0])))
		l.need(l.gpos, lo, lo+4*len(posts))
	}
}

// stemPostings is the positions of stem s (none for a stem too common to
// be indexed).
func (r *Record) stemPostings(s uint32) []int32 {
	ix := r.index
	if l := r.arc; l != nil && l.goff != nil {
		l.need(l.spos, 4*int(ix.stemOff[s]), 4*int(ix.stemOff[s+1]))
	}
	return ix.stemPos[ix.stemOff[s]:ix.stemOff[s+1]]
}

// Err is the fault found in the archive the record was loaded from since
// it was opened (a block whose CRC or values are wrong), or nil. A record
// with a fault answers no more: check it after checking.
func (r *Record) Err() error {
	if e := r.fault.Load(); e != nil {
		return e
	}
	return nil
}

// guardedCheck is checkQuote, but a fault of the archive, met now or
// before, gives the finding Unverifiable with the fault as its reason.
func (r *Record) guardedCheck(a *quotes.Article, q quotes.Quote) (f Finding) {
	faulty := func() Finding {
		return Finding{File: a.Doc.Name, Quote: q, Start: a.Doc.Position(q.Start), End: a.Doc.Position(q.End),
			AttributedTo: q.AttributedTo, Speaker: q.Speaker, Attribution: q.Attribution,
			Verdict: Unverifiable, Reason: "not checked: " + r.fault.Load().Error()}
	}
	if r.fault.Load() != nil {
		return faulty()
	}
	if r.arc == nil {
		return r.checkQuote(a, q)
	}
	defer r.arc.guardMap()()
	defer func() {
		if e := recover(); e != nil {
			if _, ok := r.arc.faultOf(e); !ok {
				panic(e)
			}
			f = faulty()
		}
	}()
	return detached(r.checkQuote(a, q))
}

// detached is f with the texts of its evidence copied out of the archive's
// map: a report outlives the check, and the file may change under the map
// before it is written (see fileChanged). The names and dates are the
// string table's, copied at open.
func detached(f Finding) Finding {
	if s := f.Source; s != nil {
		c := *s
		c.Text, c.Before, c.After = strings.Clone(c.Text), strings.Clone(c.Before), strings.Clone(c.After)
		f.Source = &c
	}
	if len(f.Diff) > 0 {
		d := make([]DiffOp, len(f.Diff))
		for i, op := range f.Diff {
			op.Text = strings.Clone(op.Text)
			d[i] = op
		}
		f.Diff = d
	}
	return f
}

// fileChanged is the fault of an archive whose file another program cut
// short or rewrote in place while it was mapped: a page of the map is
// gone, and reading it is a memory fault (SIGBUS). quotecheck's own writes
// never do that (a new file, renamed over the old).
const fileChanged = "the file changed while in use (cut short or rewritten in place by another program); check again"

// guardMap makes a memory fault a panic, not a crash, in the goroutine
// that calls it, and returns what undoes that (see faultOf).
func (l *lazyArchive) guardMap() (undo func()) {
	old := debug.SetPanicOnFault(true)
	return func() { debug.SetPanicOnFault(old) }
}

// inBytes tells whether the recovered panic e is a memory fault within b.
func inBytes(b []byte, e any) bool {
	f, ok := e.(interface{ Addr() uintptr })
	if !ok || len(b) == 0 {
		return false
	}
	lo := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	return f.Addr() >= lo && f.Addr()-lo < uintptr(len(b))
}

// safely runs fn, a memory fault within data (the bytes of the archive
// name) an error rather than a crash.
func safely(data []byte, name string, fn func() error) (err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if e := recover(); e != nil {
			if !inBytes(data, e) {
				panic(e)
			}
			err = &ArchiveError{File: name, Msg: fileChanged}
		}
	}()
	return fn()
}

// faultOf reads a recovered panic as the record's fault: an archiveFault,
// or a memory fault in the archive's bytes, which becomes the record's
// fault.
func (l *lazyArchive) faultOf(e any) (archiveFault, bool) {
	if f, ok := e.(archiveFault); ok {
		return f, true
	}
	if !inBytes(l.a.data, e) {
		return archiveFault{}, false
	}
	l.r.fault.CompareAndSwap(nil, &ArchiveError{File: l.a.name, Msg: fileChanged})
	return archiveFault{l.r.fault.Load()}, true
}

// NumTranscripts is the number of transcripts in the record.
func (r *Record) NumTranscripts() int {
	if r.arc != nil {
		return len(r.arc.trs)
	}
	return len(r.trs)
}

// Transcript is the record's transcript i. An archive's record makes it on
// first use, which checks its part of the archive: a fault is an error
// (and the record's, see Err).
func (r *Record) Transcript(i int) (tr *quotes.Transcript, err error) {
	if r.arc == nil {
		return r.trs[i], nil
	}
	if e := r.fault.Load(); e != nil {
		return nil, e
	}
	defer r.arc.guardMap()()
	defer func() {
		if e := recover(); e != nil {
			f, ok := r.arc.faultOf(e)
			if !ok {
				panic(e)
			}
			tr, err = nil, f.err
		}
	}()
	return r.transcript(i), nil
}

// Transcripts is every transcript of the record, in order (see
// Transcript).
func (r *Record) Transcripts() ([]*quotes.Transcript, error) {
	if r.arc == nil {
		return r.trs, nil
	}
	out := make([]*quotes.Transcript, r.NumTranscripts())
	for i := range out {
		tr, err := r.Transcript(i)
		if err != nil {
			return nil, err
		}
		out[i] = tr
	}
	return out, nil
}

// transcript is Transcript within a check: a fault unwinds it.
func (r *Record) transcript(i int) *quotes.Transcript {
	if r.arc == nil {
		return r.trs[i]
	}
	if tr := r.arc.trs[i].Load(); tr != nil {
		return tr
	}
	return r.arc.makeTranscript(i)
}

// Verify checks every block of an archive's record that no check has read
// yet, and makes every transcript: what `index stats` does to tell a
// corrupt file. A record not read from an archive has nothing to check.
func (r *Record) Verify() error { return r.verifyAll() }

// verifyAll checks every block of the archive not yet checked and makes
// every transcript: what writing the record again, or joining it to
// others, reads.
func (r *Record) verifyAll() error {
	if e := r.fault.Load(); e != nil {
		return e
	}
	l := r.arc
	if l == nil {
		return nil
	}
	l.verifyOnce.Do(func() {
		for _, s := range []*lazySec{l.norms, l.goff, l.gpos, l.spos, l.checks, l.text, l.tturn, l.lines, l.runes, l.tmark, l.tdisf} {
			if s == nil {
				continue
			}
			if err := s.verifyAll(l.a); err != nil {
				r.fault.CompareAndSwap(nil, err.(*ArchiveError))
				l.verifyAllResult = r.fault.Load()
				return
			}
		}
		if _, err := r.Transcripts(); err != nil {
			l.verifyAllResult = err
		}
	})
	return l.verifyAllResult
}

// date is transcript i's date as stored.
func (l *lazyArchive) date(i int) string { return l.a.str(l.a.trans[i*transFields+3]) }

// makeTranscript makes transcript i from the archive, checking its part
// of it, once; a fault unwinds.
func (l *lazyArchive) makeTranscript(i int) *quotes.Transcript {
	l.mu.Lock()
	defer l.mu.Unlock()
	if tr := l.trs[i].Load(); tr != nil {
		return tr
	}
	if e := l.r.fault.Load(); e != nil {
		panic(archiveFault{e})
	}
	tr, err := l.readTranscript(i)
	if err != nil {
		l.fail(err)
	}
	rememberDate(tr, l.date(i))
	l.trs[i].Store(tr)
	return tr
}

func (l *lazyArchive) readTranscript(i int) (*quotes.Transcript, error) {
	a, r := l.a, l.r
	f := a.trans[i*transFields : (i+1)*transFields]
	tlo, thi, err := a.span("transcript text", f[4], f[5], len(l.textStr))
	if err != nil {
		return nil, err
	}
	if err := l.text.verify(a, tlo, thi); err != nil {
		return nil, err
	}
	llo, lhi, err := a.span("line starts", f[8], f[9], len(l.lineStarts))
	if err != nil {
		return nil, err
	}
	if err := l.lines.verify(a, 8*llo, 8*lhi); err != nil {
		return nil, err
	}
	rlo, rhi, err := a.span("code-point checkpoints", f[10], f[11], len(l.runeMarks))
	if err != nil {
		return nil, err
	}
	var rm []int
	if rhi > rlo {
		if err := l.runes.verify(a, 8*rlo, 8*rhi); err != nil {
			return nil, err
		}
		rm = l.runeMarks[rlo:rhi:rhi]
	}
	doc, err := quotes.RestoreDoc(a.str(f[0]), l.textStr[tlo:thi], l.lineStarts[llo:lhi:lhi], rm)
	if err != nil {
		return nil, a.fail("%v", err)
	}
	speech := ""
	if f[7] > 0 {
		slo, shi, err := a.span("speech text", f[6], f[7], len(l.textStr))
		if err != nil {
			return nil, err
		}
		if err := l.text.verify(a, slo, shi); err != nil {
			return nil, err
		}
		speech = l.textStr[slo:shi]
	}
	// the speakers' and turns' ranges were checked at load
	slo, shi := int(f[12]), int(f[12]+f[13])
	ulo, uhi := int(f[14]), int(f[14]+f[15])
	sps := make([]*quotes.Speaker, shi-slo)
	for k := range sps {
		sps[k] = &l.allSpk[slo+k]
	}
	if err := l.tturn.verify(a, ulo*tturnFields*8, uhi*tturnFields*8); err != nil {
		return nil, err
	}
	turns := make([]quotes.Turn, uhi-ulo)
	for k := range turns {
		g := l.tturnRows[(ulo+k)*tturnFields : (ulo+k+1)*tturnFields]
		if g[0] >= uint64(len(sps)) || g[6] > 1 || g[3] > uint64(thi-tlo) || g[2] > g[3] {
			return nil, a.fail("turn %d of transcript %d is corrupt", k+1, i+1)
		}
		mlo, mhi, err := a.span("time marks", g[8], g[9], len(l.marks))
		if err != nil {
			return nil, err
		}
		dlo, dhi, err := a.span("disfluencies", g[10], g[11], len(l.disf))
		if err != nil {
			return nil, err
		}
		// field by field into the zeroed turn: a whole Turn assigned is
		// copied with write barriers, several times the cost
		t := &turns[k]
		t.Speaker = sps[g[0]]
		t.Index, t.Start, t.End, t.Line, t.Number = int(g[1]), int(g[2]), int(g[3]), int(g[4]), int(g[5])
		t.Timed, t.Time = g[6] == 1, time.Duration(g[7])
		if mhi > mlo {
			if err := l.tmark.verify(a, 16*mlo, 16*mhi); err != nil {
				return nil, err
			}
			t.Marks = l.marks[mlo:mhi:mhi]
		}
		if dhi > dlo {
			if err := l.tdisf.verify(a, 16*dlo, 16*dhi); err != nil {
				return nil, err
			}
			t.Disfluent = l.disf[dlo:dhi:dhi]
		}
		// the record's turn: its speaker that of the transcript's, its
		// checkpoints within the turn
		rt := &r.turns[ulo+k]
		if l.owner[slo+int(g[0])] != rt.spk+1 {
			return nil, a.fail("record turn %d's speaker does not match its transcript's", ulo+k+1)
		}
		cs := r.turnChecks(ulo + k)
		if err := l.checks.verify(a, 8*int(rt.c0), 8*(int(rt.c0)+len(cs))); err != nil {
			return nil, err
		}
		for _, c := range cs {
			if c.tok < 0 || int(c.tok) > rt.n || c.off < 0 || int(c.off) > int(g[3]-g[2]) {
				return nil, a.fail("checkpoint of record turn %d lies outside it", ulo+k+1)
			}
		}
	}
	return quotes.RestoreTranscript(doc, quotes.Format(a.str(f[2])), a.str(f[1]), sps, turns, speech)
}

// idsBelow is a lazySec check: every uint32 in the bytes is below limit.
func idsBelow(a *archive, tag string, data []byte, limit uint64) func(lo, hi int) error {
	return func(lo, hi int) error {
		for _, id := range u32View(data[lo:hi]) {
			if uint64(id) >= limit {
				return a.fail("section %q holds %d, not below %d", tag, id, limit)
			}
		}
		return nil
	}
}

// offsetsWithin sets the checks of s, an offset table: within a block,
// and with its neighbours across the block's ends when their blocks were
// checked before, every offset in order and within [0, n]; the whole
// table so once every block is checked. Two neighbouring blocks checked at
// once may each miss the pair across their common end: a search checks
// the pair of offsets it reads (gramPostings), and Verify the whole table.
func offsetsWithin(a *archive, s *lazySec, n uint64) {
	all := u32View(s.data)
	checked := func(k int) bool { b := 4 * k / blockSize; return s.done[b/64].Load()&(1<<(b%64)) != 0 }
	inOrder := func(from, to int) error {
		for k := from; k < to; k++ {
			if uint64(all[k]) > n || k > from && all[k] < all[k-1] {
				return a.fail("section %q is out of order or past its %d positions", s.tag, n)
			}
		}
		return nil
	}
	s.check = func(lo, hi int) error {
		from, to := lo/4, min(hi/4, len(all))
		if from > 0 && checked(from-1) {
			from--
		}
		if to < len(all) && checked(to) {
			to++
		}
		return inOrder(from, to)
	}
	s.whole = func() error { return inOrder(0, len(all)) }
}

// u32View is little-endian uint32s in place, or decoded.
func u32View(b []byte) []uint32 {
	if len(b) == 0 {
		return nil
	}
	if littleEndian && aligned(b, 4) {
		return unsafe.Slice((*uint32)(unsafe.Pointer(unsafe.SliceData(b))), len(b)/4)
	}
	out := make([]uint32, len(b)/4)
	for i := range out {
		out[i] = binary.LittleEndian.Uint32(b[i*4:])
	}
	return out
}
