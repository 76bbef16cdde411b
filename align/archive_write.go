package align

import (
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"io"
	"math"
	"os"
	"slices"
	"unsafe"

	"github.com/quotecheck/quotecheck/quotes"
)

// WriteArchive stores the record in the file at path, in the format told at
// the top of archive_read.go, atomically: a temporary file beside it,
// synced, then renamed over it. The same record always gives the same
// bytes.
func (r *Record) WriteArchive(path string) (err error) {
	secs, err := r.archiveSections()
	if err != nil {
		return fmt.Errorf("%s: %w", quotes.ShowName(path), err)
	}
	return writeArchiveFile(path, secs)
}

// writeArchiveFile writes the sections to the file at path, atomically.
func writeArchiveFile(path string, secs []section) error {
	w, err := CreateArchive(path)
	if err != nil {
		return err
	}
	return w.finish(secs)
}

// ArchiveBytes is the archive of the record in memory (tests, and callers
// that store it elsewhere).
func (r *Record) ArchiveBytes() ([]byte, error) {
	secs, err := r.archiveSections()
	if err != nil {
		return nil, err
	}
	var b sliceWriter
	if _, err := writeSections(&b, secs); err != nil {
		return nil, err
	}
	return b, nil
}

type sliceWriter []byte

func (s *sliceWriter) Write(p []byte) (int, error) { *s = append(*s, p...); return len(p), nil }

// section is one section's tag and bytes, in pieces (a text is not copied
// to be stored).
type section struct {
	tag    string
	chunks [][]byte
}

func (s section) size() int {
	n := 0
	for _, c := range s.chunks {
		n += len(c)
	}
	return n
}

func align8(n int) int { return (n + 7) &^ 7 }

// archiveLayout places the sections: each section's offset, the block
// table's last (offs[len(secs)]), and the number of blocks. It needs only
// the sections' sizes, not their sums; the first section's place needs
// only their number.
func archiveLayout(secs []section) (offs []int, nblocks int) {
	off := align8(headerLen + len(secs)*tableEntryLen)
	offs = make([]int, len(secs)+1)
	for i, s := range secs {
		size := s.size()
		nblocks += (size + blockSize - 1) / blockSize
		offs[i] = off
		off = align8(off + size)
	}
	offs[len(secs)] = off
	return offs, nblocks
}

// archiveHead is the header and section table (head) and the block table
// (tail) of the sections, given every block's sum.
func archiveHead(secs []section, crcs [][]uint32) (head, tail []byte) {
	le := binary.LittleEndian
	offs, nblocks := archiveLayout(secs)
	head = make([]byte, headerLen+len(secs)*tableEntryLen)
	tail = make([]byte, 4*nblocks)
	copy(head, archiveMagic)
	le.PutUint32(head[8:], archiveVersion)
	le.PutUint32(head[12:], uint32(len(secs)))
	le.PutUint32(head[28:], uint32(nblocks))
	block := 0
	for i, s := range secs {
		e := head[headerLen+i*tableEntryLen:]
		copy(e[:8], s.tag)
		le.PutUint64(e[8:], uint64(offs[i]))
		le.PutUint64(e[16:], uint64(s.size()))
		le.PutUint32(e[24:], uint32(block))
		for _, c := range crcs[i] {
			le.PutUint32(tail[4*block:], c)
			block++
		}
	}
	le.PutUint64(head[16:], uint64(offs[len(secs)]+len(tail)))
	le.PutUint32(head[24:], crc32.Update(crc32.Update(crc32.Checksum(head[:24], castagnoli), castagnoli, head[28:]), castagnoli, tail))
	return head, tail
}

// writeSections writes header, table, sections and block table.
func writeSections(w io.Writer, secs []section) (int, error) {
	head, tail := archiveHead(secs, blockCRCs(secs, nil))
	var zero [8]byte
	n, err := w.Write(head)
	if err != nil {
		return n, err
	}
	pad := func() error {
		if k := align8(n) - n; k > 0 {
			m, err := w.Write(zero[:k])
			n += m
			return err
		}
		return nil
	}
	for _, s := range secs {
		if err := pad(); err != nil {
			return n, err
		}
		for _, c := range s.chunks {
			m, err := w.Write(c)
			n += m
			if err != nil {
				return n, err
			}
		}
	}
	if err := pad(); err != nil {
		return n, err
	}
	m, err := w.Write(tail)
	return n + m, err
}

// sectionStage is a part of an archive's sections, in order, or the
// error that stops its writing.
type sectionStage struct {
	secs []section
	err  error
}

// writeSectionsFile writes the same bytes as writeSections of n sections
// to a new file, sooner: the sections of each stage as soon as it comes
// (the stages in order, each sent once), past the room of the header,
// their blocks' sums taken on another core meanwhile; then the block
// table and the header. The disk is set writing each stretch as soon as
// it is written (startWriteback), so that the sync that follows waits for
// the last stretch only, not the whole file. Only sizes fix the layout: a
// section's place hangs on the number of sections and the sizes of those
// before it.
//
// pre, given the first section, tells how many of its bytes are in the
// file already, and the sums of its first blocks.
func writeSectionsFile(f *os.File, n int, stages []<-chan sectionStage, pre func(section) (int, []uint32)) error {
	at := align8(headerLen + n*tableEntryLen)
	wb := writeback{f: f}
	var secs []section
	sums := make(chan [][]uint32, 1)
	sums <- nil
	for _, ch := range stages {
		st := <-ch
		if st.err != nil {
			<-sums
			return st.err
		}
		part := st.secs
		offs := make([]int, len(part)+1)
		for i, s := range part {
			offs[i] = at
			at = align8(at + s.size())
		}
		offs[len(part)] = at
		// the part's sums after those before it, on another core
		var known [][]uint32
		rest := part
		skip := 0
		if len(secs) == 0 && len(part) > 0 {
			var preCRCs []uint32
			skip, preCRCs = pre(part[0])
			known = make([][]uint32, len(part))
			known[0] = preCRCs
			rest = slices.Clone(part)
			rest[0].chunks = cutChunks(rest[0].chunks, skip)
		}
		before, next := sums, make(chan [][]uint32, 1)
		go func() {
			c := blockCRCs(part, known)
			next <- append(<-before, c...)
		}()
		sums = next
		secs = append(secs, part...)
		wb.at, wb.done = int64(offs[0]+skip), int64(offs[0]+skip)
		if err := wb.sections(rest, offs); err != nil {
			<-sums
			return err
		}
	}
	crcs := <-sums
	if len(secs) != n {
		return fmt.Errorf("%d sections written of %d", len(secs), n)
	}
	head, tail := archiveHead(secs, crcs)
	if _, err := f.WriteAt(tail, int64(at)); err != nil {
		return err
	}
	// texts written ahead that the archive does not hold (AddTexts given
	// parts that were not joined) end before the file does
	if err := f.Truncate(int64(at + len(tail))); err != nil {
		return err
	}
	_, err := f.WriteAt(head, 0)
	return err
}

// cutChunks is chunks without their first n bytes.
func cutChunks(chunks [][]byte, n int) [][]byte {
	for len(chunks) > 0 && n >= len(chunks[0]) {
		n -= len(chunks[0])
		chunks = chunks[1:]
	}
	if n > 0 {
		chunks = append([][]byte{chunks[0][n:]}, chunks[1:]...)
	}
	return chunks
}

// writeback writes at its offset and starts the disk writing every
// writebackStretch bytes.
type writeback struct {
	f        *os.File
	at, done int64 // the next byte to write; the first not yet set writing
}

const writebackStretch = 32 << 20

func (w *writeback) sections(secs []section, offs []int) error {
	var zero [8]byte
	for i, s := range secs {
		for _, c := range s.chunks {
			// large chunks in stretches, so that the disk starts early
			for len(c) > 0 {
				n := min(len(c), writebackStretch)
				if err := w.write(c[:n]); err != nil {
					return err
				}
				c = c[n:]
			}
		}
		if pad := int64(offs[i+1]) - w.at; pad > 0 {
			if err := w.write(zero[:pad]); err != nil {
				return err
			}
		}
	}
	startWriteback(w.f, w.done, w.at-w.done)
	w.done = w.at
	return nil
}

func (w *writeback) write(b []byte) error {
	if _, err := w.f.WriteAt(b, w.at); err != nil {
		return err
	}
	w.at += int64(len(b))
	if w.at-w.done >= writebackStretch {
		startWriteback(w.f, w.done, w.at-w.done)
		w.done = w.at
	}
	return nil
}

// blockCRCs sums the CRC of every block of every section (blockSize
// bytes, the last of a section shorter), on every core, but the first
// len(known[i]) blocks of section i, whose sums are known[i] (known may be
// nil).
func blockCRCs(secs []section, known [][]uint32) [][]uint32 {
	type piece struct {
		sec, block int
		b          []byte
	}
	var pieces []piece
	out := make([][]uint32, len(secs))
	for i, s := range secs {
		size := s.size()
		out[i] = make([]uint32, (size+blockSize-1)/blockSize)
		skip := 0
		if known != nil {
			skip = copy(out[i], known[i])
		}
		// a block may span chunks: the pieces are a block's parts
		at := 0
		for _, c := range s.chunks {
			if at+len(c) <= skip*blockSize {
				at += len(c)
				continue
			}
			for len(c) > 0 {
				n := min(len(c), blockSize-at%blockSize)
				if at/blockSize >= skip {
					pieces = append(pieces, piece{sec: i, block: at / blockSize, b: c[:n]})
				}
				c, at = c[n:], at+n
			}
		}
	}
	// the pieces of one block are summed in order by one worker
	var starts []int
	for k, p := range pieces {
		if k == 0 || p.sec != pieces[k-1].sec || p.block != pieces[k-1].block {
			starts = append(starts, k)
		}
	}
	starts = append(starts, len(pieces))
	parallelFor(len(starts)-1, func(j int) {
		crc := uint32(0)
		for _, p := range pieces[starts[j]:starts[j+1]] {
			crc = crc32.Update(crc, castagnoli, p.b)
		}
		p := pieces[starts[j]]
		out[p.sec][p.block] = crc
	})
	return out
}

// bytesOf views an array of fixed-size little-endian numbers as bytes: in
// place on a little-endian machine, else encoded.
func bytesOf[T int32 | uint32 | int64 | uint64](v []T) []byte {
	if len(v) == 0 {
		return nil
	}
	size := int(unsafe.Sizeof(v[0]))
	if littleEndian {
		return unsafe.Slice((*byte)(unsafe.Pointer(&v[0])), len(v)*size)
	}
	out := make([]byte, len(v)*size)
	for i, x := range v {
		if size == 4 {
			binary.LittleEndian.PutUint32(out[i*4:], uint32(x))
		} else {
			binary.LittleEndian.PutUint64(out[i*8:], uint64(x))
		}
	}
	return out
}

// strTable interns the archive's strings.
type strTable struct {
	ids  map[string]uint32
	offs []uint32
	blob []byte
}

func (t *strTable) add(s string) uint32 {
	t.offs = append(t.offs, uint32(len(t.blob)))
	t.blob = append(t.blob, s...)
	return uint32(len(t.offs) - 1)
}

func (t *strTable) id(s string) uint64 {
	if id, ok := t.ids[s]; ok {
		return uint64(id)
	}
	id := t.add(s)
	t.ids[s] = id
	return uint64(id)
}

// archiveSections lays the record out as the archive's sections.
func (r *Record) archiveSections() ([]section, error) { return r.archiveSectionsOf(r.index) }

// archiveSectionCount is how many sections an archive has.
const archiveSectionCount = 28

// archiveSectionsOf is archiveSections with the record's index given.
func (r *Record) archiveSectionsOf(ix *index) ([]section, error) {
	if err := r.verifyAll(); err != nil {
		return nil, err // before ix, which a corrupt join has not
	}
	secs, err := r.recordSections(ix.gramBits)
	if err != nil {
		return nil, err
	}
	return append(append(secs, ix.offsetSections()...), ix.positionSections()...), nil
}

// offsetSections are the sections of the index's tables but the
// positions: whole before the positions are placed.
func (ix *index) offsetSections() []section {
	return []section{
		one("goff", bytesOf(ix.gramOff)),
		one("gcap", bytesOf(ix.capped)),
		one("soff", bytesOf(ix.stemOff)),
		one("stemn", bytesOf(ix.stemN)),
	}
}

// positionSections are the sections of the index's positions, the last
// of the file: views of the tables, which need not be filled yet.
func (ix *index) positionSections() []section {
	return []section{
		one("gpos", bytesOf(ix.gramPos)),
		one("spos", bytesOf(ix.stemPos)),
	}
}

func one(tag string, b []byte) section { return section{tag, [][]byte{b}} }

// recordSections lays out the sections of everything but the index, whose
// tables have 1<<gramBits buckets: the archive's first sections, made
// while the index is built.
func (r *Record) recordSections(gramBits uint) ([]section, error) {
	if err := r.verifyAll(); err != nil {
		return nil, err
	}
	if len(r.norms) > math.MaxInt32 {
		return nil, fmt.Errorf("a record of %d tokens is more than an archive holds (%d)", len(r.norms), math.MaxInt32)
	}
	st := &strTable{ids: map[string]uint32{}}
	for _, w := range r.words.strs {
		st.add(w)
	}
	for _, s := range r.stems.strs {
		st.add(s)
	}
	var (
		texts          = textStore{at: map[[2]uintptr]uint64{}}
		lines, runes   []int64
		linesAt        = map[[2]uintptr]uint64{}
		trans, tspk    []uint64
		tturn          []uint64
		alias          []uint32
		tmark, tdisf   []int64
		globalSpk      = map[*quotes.Speaker]uint64{}
		rspk           []uint64
		rref           []uint32
		rturn          []uint64
		checks         []int32
		turnsSoFar     int
		disfl          []int32
		storeLineStart func(ls []int) uint64
	)
	aliasesOf := func(list []string) (uint64, uint64) {
		at := uint64(len(alias))
		for _, a := range list {
			alias = append(alias, uint32(st.id(a)))
		}
		return at, uint64(len(list))
	}
	storeLineStart = func(ls []int) uint64 {
		key := [2]uintptr{uintptr(unsafe.Pointer(unsafe.SliceData(ls))), uintptr(len(ls))}
		if at, ok := linesAt[key]; ok {
			return at
		}
		at := uint64(len(lines))
		linesAt[key] = at
		for _, l := range ls {
			lines = append(lines, int64(l))
		}
		return at
	}
	trs, err := r.Transcripts()
	if err != nil {
		return nil, err
	}
	// the large tables sized once: their growth by append would copy them
	trans = make([]uint64, 0, len(trs)*transFields)
	tturn = make([]uint64, 0, len(r.turns)*tturnFields)
	rturn = make([]uint64, 0, len(r.turns)*3)
	checks = make([]int32, 0, 2*len(r.checks))
	b2u := func(b bool) uint64 {
		if b {
			return 1
		}
		return 0
	}
	for ti, tr := range trs {
		doc := tr.Doc
		ls, rm := quotes.DocParts(doc)
		f := make([]uint64, transFields)
		f[0], f[1], f[2], f[3] = st.id(doc.Name), st.id(tr.Media), st.id(string(tr.Format)), st.id(transcriptDate(tr))
		textAt, speech, speechAt := texts.storeTranscript(tr)
		f[4], f[5] = textAt, uint64(len(doc.Text))
		if speech != "" {
			f[6], f[7] = speechAt, uint64(len(speech))
		}
		f[8], f[9] = storeLineStart(ls), uint64(len(ls))
		if len(rm) > 0 {
			f[10], f[11] = uint64(len(runes)), uint64(len(rm))
			for _, x := range rm {
				runes = append(runes, int64(x))
			}
		}
		f[12], f[13] = uint64(len(tspk)/tspkFields), uint64(len(tr.Speakers))
		f[14], f[15] = uint64(len(tturn)/tturnFields), uint64(len(tr.Turns))
		trans = append(trans, f...)
		local := map[*quotes.Speaker]uint64{}
		for k, sp := range tr.Speakers {
			if _, dup := globalSpk[sp]; dup {
				return nil, fmt.Errorf("%s: speaker %s belongs to two transcripts", quotes.ShowName(doc.Name), sp.ID)
			}
			local[sp] = uint64(k)
			globalSpk[sp] = uint64(len(tspk) / tspkFields)
			ao, an := aliasesOf(sp.Aliases)
			tspk = append(tspk, st.id(sp.ID), st.id(sp.Label), st.id(sp.Name), st.id(sp.Title), uint64(sp.Role), ao, an)
		}
		for k := range tr.Turns {
			t := &tr.Turns[k]
			si, ok := local[t.Speaker]
			if !ok {
				return nil, fmt.Errorf("%s: turn %d's speaker is not among the transcript's", quotes.ShowName(doc.Name), k+1)
			}
			g := []uint64{si, uint64(t.Index), uint64(t.Start), uint64(t.End), uint64(t.Line), uint64(t.Number), b2u(t.Timed), uint64(t.Time),
				uint64(len(tmark) / 2), uint64(len(t.Marks)), uint64(len(tdisf) / 2), uint64(len(t.Disfluent))}
			for _, m := range t.Marks {
				tmark = append(tmark, int64(m.Offset), int64(m.Time))
			}
			for _, d := range t.Disfluent {
				tdisf = append(tdisf, int64(d.Start), int64(d.End))
			}
			tturn = append(tturn, g...)
		}
		// the record's turns of this transcript are the transcript's, in order
		if turnsSoFar+len(tr.Turns) > len(r.turns) || r.trFirst[ti] != int32(turnsSoFar) {
			return nil, fmt.Errorf("%s: the record's turns do not follow its transcripts", quotes.ShowName(doc.Name))
		}
		turnsSoFar += len(tr.Turns)
	}
	if turnsSoFar != len(r.turns) {
		return nil, fmt.Errorf("the record's turns do not follow its transcripts")
	}
	for _, sp := range r.speakers {
		ao, an := aliasesOf(sp.Aliases)
		ro := uint64(len(rref))
		for _, s := range sp.speakers {
			g, ok := globalSpk[s]
			if !ok {
				return nil, fmt.Errorf("speaker %s speaks in no transcript of the record", sp.ID)
			}
			rref = append(rref, uint32(g))
		}
		rspk = append(rspk, st.id(sp.ID), st.id(sp.Display), st.id(sp.Surname), uint64(sp.Role), st.id(sp.Name), ao, an, ro, uint64(len(sp.speakers)))
	}
	for i := range r.turns {
		t := &r.turns[i]
		rturn = append(rturn, uint64(t.base), uint64(t.n), uint64(uint32(t.spk))|uint64(uint32(t.c0))<<32)
	}
	for _, c := range r.checks {
		checks = append(checks, c.tok, c.off)
	}
	dps := r.disfluentPositions()
	disfl = make([]int32, 0, len(dps))
	for _, p := range dps {
		disfl = append(disfl, int32(p))
	}
	slices.Sort(disfl)
	money := make([]int32, 0, 2*len(r.currencies))
	for _, n := range r.currencies {
		money = append(money, int32(n.pos), int32(n.c))
	}
	if uint64(len(st.blob)) > math.MaxUint32 {
		return nil, fmt.Errorf("the record's names and words exceed 4 GB")
	}
	st.offs = append(st.offs, uint32(len(st.blob)))
	stop := make([]byte, len(r.stopword))
	for i, s := range r.stopword {
		if s {
			stop[i] = 1
		}
	}
	meta := make([]uint64, metaLen)
	meta[metaTranscripts] = uint64(len(trs))
	meta[metaTurns] = uint64(len(r.turns))
	meta[metaTokens] = uint64(len(r.norms))
	meta[metaWords] = uint64(len(r.words.strs))
	meta[metaStems] = uint64(len(r.stems.strs))
	meta[metaRecSpeakers] = uint64(len(r.speakers))
	meta[metaTrSpeakers] = uint64(len(tspk) / tspkFields)
	meta[metaDocs] = uint64(r.docs)
	meta[metaGramBits] = uint64(gramBits)
	meta[metaStrings] = uint64(len(st.offs) - 1)
	meta[metaTokenizer] = tokenizerFingerprint()
	meta[metaIndex] = indexFingerprint()
	// the texts first: their place hangs on nothing else (ArchiveWriter)
	return []section{
		{"text", texts.chunks},
		one("meta", bytesOf(meta)),
		one("stroff", bytesOf(st.offs)),
		one("strs", st.blob),
		one("trans", bytesOf(trans)),
		one("lines", bytesOf(lines)),
		one("runes", bytesOf(runes)),
		one("tspk", bytesOf(tspk)),
		one("alias", bytesOf(alias)),
		one("tturn", bytesOf(tturn)),
		one("tmark", bytesOf(tmark)),
		one("tdisf", bytesOf(tdisf)),
		one("rspk", bytesOf(rspk)),
		one("rref", bytesOf(rref)),
		one("rturn", bytesOf(rturn)),
		one("checks", bytesOf(checks)),
		one("stemof", bytesOf(r.stemOf)),
		one("stop", stop),
		one("df", bytesOf(r.df)),
		one("norms", bytesOf(r.norms)),
		one("disfl", bytesOf(disfl)),
		one("money", bytesOf(money)),
	}, nil
}
