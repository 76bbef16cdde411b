package align

// An archive is a Record stored on disk: every transcript a newsroom has,
// tokenized and indexed once, so that checking a draft against years of
// briefings opens one file instead of reading and indexing them all again
// (quotecheck index build, add, stats; check --archive).
//
// # The file, byte by byte
//
// All integers are little-endian. The file is a header, a section table
// and the sections:
//
//	offset  size  field
//	0       8     magic "QCARCHIV"
//	8       4     version (archiveVersion, 1); another version is refused
//	12      4     number of sections, n
//	16      8     length of the whole file in bytes (a truncated file is refused)
//	24      4     CRC-32C (Castagnoli) of bytes 0..23 and of the section table
//	28      4     zero
//	32      32·n  the section table, one entry per section:
//	              tag [8]byte (ASCII, zero-padded), offset uint64, length uint64,
//	              CRC-32C of the section's bytes uint32, zero uint32
//
// The sections follow the table in its order, each at the next offset that
// is a multiple of 8, the gaps zero bytes, the last padded to the end of
// the file; each tag appears once. So every byte of the file is checked by
// a CRC or known to be zero. A section is an array of one element type, so
// that on a little-endian machine the int32 and uint32 arrays (and the
// int64 ones on a 64-bit one) are used in place from a memory map; other
// machines decode them by copying. "str" below is a string id: an index
// into the string table.
//
//	tag      element   content
//	meta     uint64    metaLen fields: transcripts, turns, tokens, words
//	                   (vocabulary size, id 0 reserved), stems, record
//	                   speakers, transcript speakers, paragraphs (docs),
//	                   gramBits, strings, tokenizer fingerprint, index
//	                   fingerprint
//	stroff   uint32    strings+1 offsets into strs: string i is strs[stroff[i]:stroff[i+1]];
//	                   strings 0..words-1 are the vocabulary's words (id order),
//	                   then stems..., then every other string once
//	strs     byte      the strings' bytes
//	text     byte      the transcripts' texts, and their speech texts when those
//	                   differ (subtitles with timings blanked); a text shared by
//	                   several transcripts (the events of one CSV) is stored once
//	trans    uint64    transFields per transcript: name str, media str, format str,
//	                   date str ("2006-01-02" or ""), text offset, text length,
//	                   speech offset, speech length (0: the speech is the text),
//	                   line-start offset and count (into lines), code-point
//	                   checkpoint offset and count (into runes; 0 for ASCII),
//	                   first speaker and count (into tspk), first turn and count
//	                   (into tturn)
//	lines    int64     line starts (byte offsets into a text; each run starts at 0, ascends)
//	runes    int64     code points before every 256th byte of a text
//	tspk     uint64    tspkFields per transcript speaker: ID str, label str, name str,
//	                   title str, role, first alias and count (into alias)
//	alias    uint32    alias string ids, of transcript and record speakers
//	tturn    uint64    tturnFields per turn: speaker (index among its transcript's),
//	                   index, start, end, line, number, timed (0/1), time (ns),
//	                   first time mark and count (into tmark), first disfluent
//	                   span and count (into tdisf)
//	tmark    int64     pairs: byte offset, time (ns)
//	tdisf    int64     pairs: start, end (byte offsets)
//	rspk     uint64    rspkFields per record speaker (in order of first turn): ID str,
//	                   display str, surname str, role, name str, first alias and
//	                   count (into alias), first transcript speaker and count (into rref)
//	rref     uint32    global transcript-speaker indices (into tspk)
//	rturn    uint32    rturnFields per turn of the record, transcripts in order:
//	                   record speaker, first token (base), tokens, checkpoints
//	checks   int32     pairs per checkpoint (one per checkEvery tokens of a turn):
//	                   token index in the turn, byte offset from the turn's start
//	stemof   uint32    stem id of every word id
//	stop     byte      1 for a stop word, else 0, per word id
//	df       int32     paragraphs holding each stem
//	norms    uint32    word id of every token, turn after turn
//	disfl    int32     token positions of disfluencies, ascending
//	goff     int32     1<<gramBits + 1 offsets into gpos (index.go's gramOff)
//	gpos     int32     token positions
//	gcap     uint64    bit b set: bucket b was emptied as too common ((1<<gramBits+63)/64 words)
//	soff     int32     stems+1 offsets into spos
//	spos     int32     token positions
//	stemn    int32     occurrences of each stem
//
// Loading checks, besides the header and every CRC: each count against its
// section's length, every offset array ascending within its target, every
// string, word, stem, speaker and turn id within its table, every token
// position below the number of tokens, every span within its text. So a
// truncated, corrupt or foreign file is an error naming the file, never a
// panic or a wrong answer. The tokenizer fingerprint ties the stored word
// ids to this build's tokenizer, stemmer and stop words: an archive made by
// a build that reads words differently is refused (rebuild it). The index
// fingerprint ties the posting tables to this build's index parameters: on
// a mismatch they are re-derived from the stored word ids at load.

import (
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"math"
	"math/bits"
	"runtime"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
	"unsafe"

	"github.com/quotecheck/quotecheck/quotes"
)

const (
	archiveMagic   = "QCARCHIV"
	archiveVersion = 1
	headerLen      = 32
	tableEntryLen  = 32
)

// Fields of the fixed-size records of the sections.
const (
	metaTranscripts = iota
	metaTurns
	metaTokens
	metaWords
	metaStems
	metaRecSpeakers
	metaTrSpeakers
	metaDocs
	metaGramBits
	metaStrings
	metaTokenizer
	metaIndex
	metaLen

	transFields = 16
	tspkFields  = 7
	tturnFields = 12
	rspkFields  = 9
	rturnFields = 4
)

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// ArchiveError is a problem with an archive file: another version, a
// truncated or corrupt file.
type ArchiveError struct {
	File string
	Msg  string
}

func (e *ArchiveError) Error() string { return e.File + ": " + e.Msg }

// ArchiveInfo tells what an archive holds (quotecheck index stats).
type ArchiveInfo struct {
	Version     int
	Transcripts int
	Words       int // tokens of speech
	Vocabulary  int // distinct words
	Speakers    int // distinct speakers of the record
	Turns       int
	TextBytes   int64
	FirstDate   string // earliest transcript date, "" when none has one
	LastDate    string
	Undated     int              // transcripts with no date
	Sections    []ArchiveSection // in file order
	FileBytes   int64
}

// ArchiveSection is one section's tag and size.
type ArchiveSection struct {
	Tag   string
	Bytes int64
}

// native tells whether this machine can use the file's arrays in place:
// little-endian, and int is 64 bits (for the int64 arrays).
var (
	littleEndian = func() bool { x := uint16(1); return *(*byte)(unsafe.Pointer(&x)) == 1 }()
	native64     = littleEndian && strconv.IntSize == 64 &&
		unsafe.Sizeof(quotes.TimeMark{}) == 16 && unsafe.Sizeof(quotes.Span{}) == 16
)

// OpenArchive loads the record stored at path: memory-mapped where the
// system allows it (the arrays are used in place and pages are read as the
// search touches them), else read into memory. The mapping lives as long
// as the process: texts and words of the record point into it.
func OpenArchive(path string) (*Record, error) {
	data, err := mapFile(path)
	if err != nil {
		return nil, err
	}
	return LoadArchive(path, data)
}

// LoadArchive loads the record stored in data, the bytes of the archive
// file name (for errors). data must not change while the record is used.
func LoadArchive(name string, data []byte) (*Record, error) {
	a, err := parseArchive(name, data)
	if err != nil {
		return nil, err
	}
	return a.record()
}

// StatArchive tells what the archive at path holds without loading the
// record.
func StatArchive(path string) (*ArchiveInfo, error) {
	data, err := mapFile(path)
	if err != nil {
		return nil, err
	}
	a, err := parseArchive(path, data)
	if err != nil {
		return nil, err
	}
	info := &ArchiveInfo{
		Version:     archiveVersion,
		Transcripts: int(a.meta[metaTranscripts]),
		Words:       int(a.meta[metaTokens]),
		Vocabulary:  int(a.meta[metaWords]) - 1,
		Speakers:    int(a.meta[metaRecSpeakers]),
		Turns:       int(a.meta[metaTurns]),
		FileBytes:   int64(len(data)),
	}
	for _, s := range a.order {
		info.Sections = append(info.Sections, ArchiveSection{Tag: s, Bytes: int64(len(a.sec[s]))})
	}
	info.TextBytes = int64(len(a.sec["text"]))
	for i := range info.Transcripts {
		f := a.trans[i*transFields : (i+1)*transFields]
		d := a.str(f[3])
		if d == "" {
			info.Undated++
			continue
		}
		if info.FirstDate == "" || d < info.FirstDate {
			info.FirstDate = d
		}
		if d > info.LastDate {
			info.LastDate = d
		}
	}
	return info, nil
}

// archive is a parsed, checked file: its sections by tag.
type archive struct {
	name  string
	sec   map[string][]byte
	order []string
	meta  []uint64
	// decoded tables
	strOff []uint32
	strs   []byte
	trans  []uint64
}

func (a *archive) fail(format string, args ...any) error {
	return &ArchiveError{File: a.name, Msg: fmt.Sprintf(format, args...)}
}

func parseArchive(name string, data []byte) (*archive, error) {
	a := &archive{name: name, sec: map[string][]byte{}}
	if len(data) < headerLen || string(data[:8]) != archiveMagic {
		return nil, a.fail("not a quotecheck archive (no %q header)", archiveMagic)
	}
	le := binary.LittleEndian
	if v := le.Uint32(data[8:]); v != archiveVersion {
		return nil, a.fail("archive version %d; this quotecheck reads version %d (rebuild it with quotecheck index build)", v, archiveVersion)
	}
	n := uint64(le.Uint32(data[12:]))
	if size := le.Uint64(data[16:]); size != uint64(len(data)) {
		return nil, a.fail("truncated or extended: the header says %d bytes, the file has %d", size, len(data))
	}
	if n > 64 || headerLen+n*tableEntryLen > uint64(len(data)) {
		return nil, a.fail("corrupt section table (%d sections)", n)
	}
	tableEnd := headerLen + int(n)*tableEntryLen
	crc := crc32.Update(crc32.Checksum(data[:24], castagnoli), castagnoli, data[headerLen:tableEnd])
	if crc != le.Uint32(data[24:]) {
		return nil, a.fail("corrupt header (CRC mismatch)")
	}
	type entry struct {
		tag      string
		off, len uint64
		crc      uint32
	}
	entries := make([]entry, n)
	next, prevEnd := uint64(align8(tableEnd)), uint64(tableEnd)
	zeros := func(lo, hi uint64) bool {
		for _, c := range data[lo:hi] {
			if c != 0 {
				return false
			}
		}
		return true
	}
	for i := range entries {
		e := data[headerLen+i*tableEntryLen:]
		tag := string(e[:8])
		for len(tag) > 0 && tag[len(tag)-1] == 0 {
			tag = tag[:len(tag)-1]
		}
		off, ln := le.Uint64(e[8:]), le.Uint64(e[16:])
		if off != next || off > uint64(len(data)) || ln > uint64(len(data))-off || !zeros(prevEnd, off) {
			return nil, a.fail("section %q is not where the table puts it", tag)
		}
		prevEnd, next = off+ln, uint64(align8(int(off+ln)))
		if _, dup := a.sec[tag]; dup {
			return nil, a.fail("section %q appears twice", tag)
		}
		entries[i] = entry{tag, off, ln, le.Uint32(e[24:])}
		a.sec[tag] = data[off : off+ln : off+ln]
		a.order = append(a.order, tag)
	}
	if next != uint64(len(data)) || !zeros(prevEnd, next) {
		return nil, a.fail("corrupt: bytes after the last section")
	}
	// every section's CRC, in parallel: this reads the whole file once. A
	// section is summed in pieces, on every core however large it is, and
	// the pieces' CRCs combined.
	type piece struct {
		sec    int
		off, n uint64
		crc    uint32
	}
	var pieces []piece
	for i, e := range entries {
		for off := e.off; ; off += crcPiece {
			pieces = append(pieces, piece{sec: i, off: off, n: min(crcPiece, e.off+e.len-off)})
			if off+crcPiece >= e.off+e.len {
				break
			}
		}
	}
	var taken atomic.Int64
	var wg sync.WaitGroup
	for range min(len(pieces), runtime.GOMAXPROCS(0)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				k := int(taken.Add(1) - 1)
				if k >= len(pieces) {
					return
				}
				p := &pieces[k]
				p.crc = crc32.Checksum(data[p.off:p.off+p.n], castagnoli)
			}
		}()
	}
	wg.Wait()
	crcs := make([]uint32, len(entries))
	for _, p := range pieces {
		crcs[p.sec] = crc32Combine(crcs[p.sec], p.crc, p.n)
	}
	for i, e := range entries {
		if crcs[i] != e.crc {
			return nil, a.fail("corrupt section %q (CRC mismatch)", e.tag)
		}
	}
	for _, tag := range []string{"meta", "stroff", "strs", "text", "trans", "lines", "runes", "tspk", "alias", "tturn",
		"tmark", "tdisf", "rspk", "rref", "rturn", "checks", "stemof", "stop", "df", "norms", "disfl",
		"goff", "gpos", "gcap", "soff", "spos", "stemn"} {
		if _, ok := a.sec[tag]; !ok {
			return nil, a.fail("section %q is missing", tag)
		}
	}
	var err error
	if a.meta, err = a.u64s("meta", metaLen); err != nil {
		return nil, err
	}
	if a.strOff, err = a.u32s("stroff", 1); err != nil {
		return nil, err
	}
	a.strs = a.sec["strs"]
	ns := a.meta[metaStrings]
	if uint64(len(a.strOff)) != ns+1 || a.strOff[0] != 0 || uint64(a.strOff[ns]) != uint64(len(a.strs)) {
		return nil, a.fail("corrupt string table")
	}
	for i := uint64(1); i <= ns; i++ {
		if a.strOff[i] < a.strOff[i-1] {
			return nil, a.fail("corrupt string table")
		}
	}
	if a.trans, err = a.u64s("trans", transFields); err != nil {
		return nil, err
	}
	if uint64(len(a.trans)) != a.meta[metaTranscripts]*transFields {
		return nil, a.fail("%d transcripts stored for %d counted", len(a.trans)/transFields, a.meta[metaTranscripts])
	}
	for i := range a.meta[metaTranscripts] {
		for _, k := range []int{0, 1, 2, 3} {
			if a.trans[int(i)*transFields+k] >= ns {
				return nil, a.fail("transcript %d names string %d of %d", i+1, a.trans[int(i)*transFields+k], ns)
			}
		}
	}
	return a, nil
}

// crcPiece is the size of the pieces a section's CRC is summed in.
var crcPiece uint64 = 16 << 20

// crc32Combine is the CRC-32C of a text whose first part has CRC crc1 and
// whose second, of n bytes, has CRC crc2 (zlib's crc32_combine: crc1 is
// carried over n zero bytes by squaring the matrix of one zero bit).
func crc32Combine(crc1, crc2 uint32, n uint64) uint32 {
	if n == 0 {
		return crc1
	}
	var even, odd [32]uint32
	odd[0] = crc32.Castagnoli // the reversed polynomial
	row := uint32(1)
	for i := 1; i < 32; i++ {
		odd[i] = row
		row <<= 1
	}
	gf2Square(&even, &odd) // two zero bits
	gf2Square(&odd, &even) // four
	for {
		gf2Square(&even, &odd)
		if n&1 != 0 {
			crc1 = gf2Times(&even, crc1)
		}
		if n >>= 1; n == 0 {
			break
		}
		gf2Square(&odd, &even)
		if n&1 != 0 {
			crc1 = gf2Times(&odd, crc1)
		}
		if n >>= 1; n == 0 {
			break
		}
	}
	return crc1 ^ crc2
}

func gf2Times(mat *[32]uint32, vec uint32) uint32 {
	sum := uint32(0)
	for i := 0; vec != 0; i, vec = i+1, vec>>1 {
		if vec&1 != 0 {
			sum ^= mat[i]
		}
	}
	return sum
}

func gf2Square(square, mat *[32]uint32) {
	for i := range mat {
		square[i] = gf2Times(mat, mat[i])
	}
}

func (a *archive) str(id uint64) string {
	return unsafe.String(unsafe.SliceData(a.strs[a.strOff[id]:]), int(a.strOff[id+1]-a.strOff[id]))
}

// sized checks that section tag holds whole records of rec elements of size bytes.
func (a *archive) sized(tag string, size, rec int) ([]byte, error) {
	b := a.sec[tag]
	if len(b)%(size*rec) != 0 {
		return nil, a.fail("section %q of %d bytes is not whole records", tag, len(b))
	}
	return b, nil
}

func aligned(b []byte, n uintptr) bool {
	return len(b) == 0 || uintptr(unsafe.Pointer(unsafe.SliceData(b)))%n == 0
}

func (a *archive) u64s(tag string, rec int) ([]uint64, error) {
	b, err := a.sized(tag, 8, rec)
	if err != nil {
		return nil, err
	}
	if littleEndian && aligned(b, 8) {
		return unsafe.Slice((*uint64)(unsafe.Pointer(unsafe.SliceData(b))), len(b)/8), nil
	}
	out := make([]uint64, len(b)/8)
	for i := range out {
		out[i] = binary.LittleEndian.Uint64(b[i*8:])
	}
	return out, nil
}

func (a *archive) u32s(tag string, rec int) ([]uint32, error) {
	b, err := a.sized(tag, 4, rec)
	if err != nil {
		return nil, err
	}
	if littleEndian && aligned(b, 4) {
		return unsafe.Slice((*uint32)(unsafe.Pointer(unsafe.SliceData(b))), len(b)/4), nil
	}
	out := make([]uint32, len(b)/4)
	for i := range out {
		out[i] = binary.LittleEndian.Uint32(b[i*4:])
	}
	return out, nil
}

func (a *archive) i32s(tag string, rec int) ([]int32, error) {
	u, err := a.u32s(tag, rec)
	if err != nil || len(u) == 0 {
		return nil, err
	}
	return unsafe.Slice((*int32)(unsafe.Pointer(&u[0])), len(u)), nil
}

// ints is an int64 section as []int: in place on a 64-bit little-endian
// machine.
func (a *archive) ints(tag string, rec int) ([]int, error) {
	b, err := a.sized(tag, 8, rec)
	if err != nil {
		return nil, err
	}
	if native64 && aligned(b, 8) {
		return unsafe.Slice((*int)(unsafe.Pointer(unsafe.SliceData(b))), len(b)/8), nil
	}
	out := make([]int, len(b)/8)
	for i := range out {
		v := int64(binary.LittleEndian.Uint64(b[i*8:]))
		if int64(int(v)) != v {
			return nil, a.fail("section %q holds a value too large for this machine", tag)
		}
		out[i] = int(v)
	}
	return out, nil
}

// span returns [off, off+n) of a table of length size, checked.
func (a *archive) span(what string, off, n uint64, size int) (int, int, error) {
	if off > uint64(size) || n > uint64(size)-off {
		return 0, 0, a.fail("%s [%d, +%d) lies outside its table of %d", what, off, n, size)
	}
	return int(off), int(off + n), nil
}

// record builds the Record of a parsed archive, checking every id.
func (a *archive) record() (*Record, error) {
	m := a.meta
	nstr := m[metaStrings]
	nw, nst := m[metaWords], m[metaStems]
	if nw < 1 || nst < 1 || nw+nst > nstr {
		return nil, a.fail("vocabulary of %d words and %d stems in %d strings", nw, nst, nstr)
	}
	if m[metaTokenizer] != tokenizerFingerprint() {
		return nil, a.fail("made by a quotecheck that reads words differently (tokenizer %08x, this one %08x); rebuild it with quotecheck index build", m[metaTokenizer], tokenizerFingerprint())
	}
	text := a.sec["text"]
	textStr := unsafe.String(unsafe.SliceData(text), len(text))
	lines, err := a.ints("lines", 1)
	if err != nil {
		return nil, err
	}
	runes, err := a.ints("runes", 1)
	if err != nil {
		return nil, err
	}
	tspk, err := a.u64s("tspk", tspkFields)
	if err != nil {
		return nil, err
	}
	alias, err := a.u32s("alias", 1)
	if err != nil {
		return nil, err
	}
	tturn, err := a.u64s("tturn", tturnFields)
	if err != nil {
		return nil, err
	}
	marks, err := a.timeMarks()
	if err != nil {
		return nil, err
	}
	disf, err := a.spans()
	if err != nil {
		return nil, err
	}
	if uint64(len(tspk)) != m[metaTrSpeakers]*tspkFields || uint64(len(tturn)) != m[metaTurns]*tturnFields {
		return nil, a.fail("speaker or turn table does not match its count")
	}
	for _, id := range alias {
		if uint64(id) >= nstr {
			return nil, a.fail("alias names string %d of %d", id, nstr)
		}
	}
	// transcript speakers
	allSpk := make([]quotes.Speaker, m[metaTrSpeakers])
	for i := range allSpk {
		f := tspk[i*tspkFields : (i+1)*tspkFields]
		for _, k := range []int{0, 1, 2, 3} {
			if f[k] >= nstr {
				return nil, a.fail("speaker %d names string %d of %d", i+1, f[k], nstr)
			}
		}
		lo, hi, err := a.span("speaker aliases", f[5], f[6], len(alias))
		if err != nil {
			return nil, err
		}
		if f[4] > uint64(quotes.RoleUnknown) {
			return nil, a.fail("speaker %d has role %d", i+1, f[4])
		}
		sp := &allSpk[i]
		sp.ID, sp.Label, sp.Name, sp.Title = a.str(f[0]), a.str(f[1]), a.str(f[2]), a.str(f[3])
		sp.Role = quotes.SpeakerRole(f[4])
		sp.Aliases = a.strList(alias[lo:hi])
	}
	// transcripts
	ntr := int(m[metaTranscripts])
	trs := make([]*quotes.Transcript, ntr)
	allTurns := make([]quotes.Turn, m[metaTurns])
	turnSpk := make([]int32, len(allTurns)) // each turn's speaker, an index into allSpk
	dates := make([]string, ntr)
	nextSpk, nextTurn := uint64(0), uint64(0)
	for i := range ntr {
		f := a.trans[i*transFields : (i+1)*transFields]
		tlo, thi, err := a.span("transcript text", f[4], f[5], len(text))
		if err != nil {
			return nil, err
		}
		llo, lhi, err := a.span("line starts", f[8], f[9], len(lines))
		if err != nil {
			return nil, err
		}
		rlo, rhi, err := a.span("code-point checkpoints", f[10], f[11], len(runes))
		if err != nil {
			return nil, err
		}
		var rm []int
		if rhi > rlo {
			rm = runes[rlo:rhi:rhi]
		}
		doc, err := quotes.RestoreDoc(a.str(f[0]), textStr[tlo:thi], lines[llo:lhi:lhi], rm)
		if err != nil {
			return nil, a.fail("%v", err)
		}
		speech := ""
		if f[7] > 0 {
			slo, shi, err := a.span("speech text", f[6], f[7], len(text))
			if err != nil {
				return nil, err
			}
			speech = textStr[slo:shi]
		}
		if f[12] != nextSpk || f[14] != nextTurn {
			return nil, a.fail("transcript %d's speakers or turns are out of order", i+1)
		}
		slo, shi, err := a.span("transcript speakers", f[12], f[13], len(allSpk))
		if err != nil {
			return nil, err
		}
		ulo, uhi, err := a.span("transcript turns", f[14], f[15], len(allTurns))
		if err != nil {
			return nil, err
		}
		nextSpk, nextTurn = uint64(shi), uint64(uhi)
		sps := make([]*quotes.Speaker, shi-slo)
		for k := range sps {
			sps[k] = &allSpk[slo+k]
		}
		turns := allTurns[ulo:uhi:uhi]
		for k := range turns {
			g := tturn[(ulo+k)*tturnFields : (ulo+k+1)*tturnFields]
			if g[0] >= uint64(len(sps)) || g[6] > 1 || g[3] > uint64(thi-tlo) || g[2] > g[3] {
				return nil, a.fail("turn %d of transcript %d is corrupt", k+1, i+1)
			}
			mlo, mhi, err := a.span("time marks", g[8], g[9], len(marks))
			if err != nil {
				return nil, err
			}
			dlo, dhi, err := a.span("disfluencies", g[10], g[11], len(disf))
			if err != nil {
				return nil, err
			}
			turnSpk[ulo+k] = int32(slo + int(g[0]))
			turns[k] = quotes.Turn{Speaker: sps[g[0]], Index: int(g[1]), Start: int(g[2]), End: int(g[3]), Line: int(g[4]),
				Number: int(g[5]), Timed: g[6] == 1, Time: time.Duration(g[7])}
			if mhi > mlo {
				turns[k].Marks = marks[mlo:mhi:mhi]
			}
			if dhi > dlo {
				turns[k].Disfluent = disf[dlo:dhi:dhi]
			}
		}
		tr, err := quotes.RestoreTranscript(doc, quotes.Format(a.str(f[2])), a.str(f[1]), sps, turns, speech)
		if err != nil {
			return nil, a.fail("%v", err)
		}
		trs[i] = tr
		dates[i] = a.str(f[3])
	}
	if nextSpk != uint64(len(allSpk)) || nextTurn != uint64(len(allTurns)) {
		return nil, a.fail("speakers or turns belong to no transcript")
	}
	r := &Record{Transcripts: trs, byID: map[string]*speakerInfo{}, docs: int(m[metaDocs])}
	// record speakers
	rspk, err := a.u64s("rspk", rspkFields)
	if err != nil {
		return nil, err
	}
	rref, err := a.u32s("rref", 1)
	if err != nil {
		return nil, err
	}
	if uint64(len(rspk)) != m[metaRecSpeakers]*rspkFields {
		return nil, a.fail("record speaker table does not match its count")
	}
	infos := make([]speakerInfo, m[metaRecSpeakers])
	owner := make([]int32, len(allSpk)) // record speaker of each transcript speaker, +1
	for i := range infos {
		f := rspk[i*rspkFields : (i+1)*rspkFields]
		for _, k := range []int{0, 1, 2, 4} {
			if f[k] >= nstr {
				return nil, a.fail("record speaker %d names string %d of %d", i+1, f[k], nstr)
			}
		}
		if f[3] > uint64(quotes.RoleUnknown) {
			return nil, a.fail("record speaker %d has role %d", i+1, f[3])
		}
		alo, ahi, err := a.span("record speaker aliases", f[5], f[6], len(alias))
		if err != nil {
			return nil, err
		}
		plo, phi, err := a.span("record speaker's speakers", f[7], f[8], len(rref))
		if err != nil {
			return nil, err
		}
		sp := &infos[i]
		sp.ID, sp.Display, sp.Surname, sp.Role, sp.Name = a.str(f[0]), a.str(f[1]), a.str(f[2]), quotes.SpeakerRole(f[3]), a.str(f[4])
		sp.Aliases = a.strList(alias[alo:ahi])
		for _, g := range rref[plo:phi] {
			if int(g) >= len(allSpk) {
				return nil, a.fail("record speaker %d has speaker %d of %d", i+1, g, len(allSpk))
			}
			if owner[g] != 0 {
				return nil, a.fail("speaker %d belongs to two record speakers", g)
			}
			owner[g] = int32(i + 1)
			sp.speakers = append(sp.speakers, &allSpk[g])
		}
		if len(sp.speakers) == 0 {
			return nil, a.fail("record speaker %d speaks in no transcript", i+1)
		}
		r.speakers = append(r.speakers, sp)
		r.byID[sp.ID] = sp
	}
	// vocabulary
	r.words = a.vocab(0, nw)
	r.stems = a.vocab(nw, nst)
	if r.stemOf, err = a.u32s("stemof", 1); err != nil {
		return nil, err
	}
	stop := a.sec["stop"]
	if r.df, err = a.i32s("df", 1); err != nil {
		return nil, err
	}
	if uint64(len(r.stemOf)) != nw || uint64(len(stop)) != nw || uint64(len(r.df)) != nst {
		return nil, a.fail("vocabulary tables do not match %d words and %d stems", nw, nst)
	}
	for _, b := range stop {
		if b > 1 {
			return nil, a.fail("corrupt stop-word table")
		}
	}
	r.stopword = unsafe.Slice((*bool)(unsafe.Pointer(unsafe.SliceData(stop))), len(stop))
	if r.norms, err = a.u32s("norms", 1); err != nil {
		return nil, err
	}
	total := uint64(len(r.norms))
	if total != m[metaTokens] || total > math.MaxInt32 {
		return nil, a.fail("%d tokens stored for %d counted", total, m[metaTokens])
	}
	// record turns
	rturn, err := a.u32s("rturn", rturnFields)
	if err != nil {
		return nil, err
	}
	checks, err := a.checkpoints()
	if err != nil {
		return nil, err
	}
	if len(rturn) != len(allTurns)*rturnFields {
		return nil, a.fail("record turn table does not match %d turns", len(allTurns))
	}
	r.turns = make([]recTurn, len(allTurns))
	base, nextCheck := uint64(0), 0
	ti, k := 0, 0
	for i := range r.turns {
		for k >= len(trs[ti].Turns) {
			ti, k = ti+1, 0
		}
		g := rturn[i*rturnFields : (i+1)*rturnFields]
		t := &trs[ti].Turns[k]
		if int(g[0]) >= len(infos) || uint64(g[1]) != base || base+uint64(g[2]) > total {
			return nil, a.fail("record turn %d is corrupt", i+1)
		}
		clo, chi, err := a.span("checkpoints", uint64(nextCheck), uint64(g[3]), len(checks))
		if err != nil {
			return nil, err
		}
		cs := checks[clo:chi:chi]
		for _, c := range cs {
			if c.tok < 0 || uint32(c.tok) > g[2] || c.off < 0 || int(c.off) > t.End-t.Start {
				return nil, a.fail("checkpoint of record turn %d lies outside it", i+1)
			}
		}
		if len(cs) == 0 {
			cs = nil
		}
		r.turns[i] = recTurn{tr: ti, turn: t, speaker: &infos[g[0]], base: int(g[1]), n: int(g[2]), checks: cs}
		base += uint64(g[2])
		nextCheck = chi
		k++
	}
	if base != total || nextCheck != len(checks) {
		return nil, a.fail("turns hold %d tokens of %d", base, total)
	}
	// the record's speakers must be those of the turns
	for i := range r.turns {
		if owner[turnSpk[i]] != int32(rturn[i*rturnFields])+1 {
			return nil, a.fail("record turn %d's speaker does not match its transcript's", i+1)
		}
	}
	disfl, err := a.i32s("disfl", 1)
	if err != nil {
		return nil, err
	}
	if len(disfl) > 0 {
		r.disfluent = make(map[int]bool, len(disfl))
		for _, p := range disfl {
			if p < 0 || uint64(p) >= total {
				return nil, a.fail("disfluency at token %d of %d", p, total)
			}
			r.disfluent[int(p)] = true
		}
	}
	// the big arrays: word ids, and the index unless it must be re-derived
	if err := parallel(
		func() error { return a.checkIDs("norms", r.norms, uint32(nw)) },
		func() error { return a.checkIDs("stemof", r.stemOf, uint32(nst)) },
	); err != nil {
		return nil, err
	}
	if m[metaIndex] == indexFingerprint() {
		if r.index, err = a.index(r, total); err != nil {
			return nil, err
		}
	} else {
		r.index = buildIndex(r)
	}
	for i, tr := range trs {
		rememberDate(tr, dates[i])
	}
	return r, nil
}

func (a *archive) strList(ids []uint32) []string {
	if len(ids) == 0 {
		return nil
	}
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = a.str(uint64(id))
	}
	return out
}

func (a *archive) vocab(first, n uint64) *vocab {
	v := &vocab{ids: make(map[string]uint32, n), strs: make([]string, n)}
	for i := range n {
		s := a.str(first + i)
		v.strs[i] = s
		if i > 0 {
			v.ids[s] = uint32(i)
		}
	}
	return v
}

func (a *archive) timeMarks() ([]quotes.TimeMark, error) {
	b, err := a.sized("tmark", 16, 1)
	if err != nil {
		return nil, err
	}
	if native64 && aligned(b, 8) {
		return unsafe.Slice((*quotes.TimeMark)(unsafe.Pointer(unsafe.SliceData(b))), len(b)/16), nil
	}
	out := make([]quotes.TimeMark, len(b)/16)
	for i := range out {
		out[i] = quotes.TimeMark{Offset: int(int64(binary.LittleEndian.Uint64(b[i*16:]))), Time: time.Duration(binary.LittleEndian.Uint64(b[i*16+8:]))}
	}
	return out, nil
}

func (a *archive) spans() ([]quotes.Span, error) {
	b, err := a.sized("tdisf", 16, 1)
	if err != nil {
		return nil, err
	}
	if native64 && aligned(b, 8) {
		return unsafe.Slice((*quotes.Span)(unsafe.Pointer(unsafe.SliceData(b))), len(b)/16), nil
	}
	out := make([]quotes.Span, len(b)/16)
	for i := range out {
		out[i] = quotes.Span{Start: int(int64(binary.LittleEndian.Uint64(b[i*16:]))), End: int(int64(binary.LittleEndian.Uint64(b[i*16+8:])))}
	}
	return out, nil
}

func (a *archive) checkpoints() ([]checkpoint, error) {
	u, err := a.i32s("checks", 2)
	if err != nil || len(u) == 0 {
		return nil, err
	}
	if littleEndian {
		return unsafe.Slice((*checkpoint)(unsafe.Pointer(&u[0])), len(u)/2), nil
	}
	out := make([]checkpoint, len(u)/2)
	for i := range out {
		out[i] = checkpoint{u[2*i], u[2*i+1]}
	}
	return out, nil
}

func (a *archive) checkIDs(tag string, ids []uint32, limit uint32) error {
	for _, id := range ids {
		if id >= limit {
			return a.fail("section %q holds id %d of %d", tag, id, limit)
		}
	}
	return nil
}

// index reads the posting tables, checking offsets and positions.
func (a *archive) index(r *Record, total uint64) (*index, error) {
	ix := &index{total: int(total)}
	bitsN := a.meta[metaGramBits]
	if bitsN < 1 || bitsN > 40 {
		return nil, a.fail("index of 2^%d buckets", bitsN)
	}
	ix.gramBits = uint(bitsN)
	var err error
	if ix.gramOff, err = a.i32s("goff", 1); err != nil {
		return nil, err
	}
	if ix.gramPos, err = a.i32s("gpos", 1); err != nil {
		return nil, err
	}
	if ix.capped, err = a.u64s("gcap", 1); err != nil {
		return nil, err
	}
	if ix.stemOff, err = a.i32s("soff", 1); err != nil {
		return nil, err
	}
	if ix.stemPos, err = a.i32s("spos", 1); err != nil {
		return nil, err
	}
	if ix.stemN, err = a.i32s("stemn", 1); err != nil {
		return nil, err
	}
	ns := len(r.stems.strs)
	if uint64(len(ix.gramOff)) != 1<<bitsN+1 || uint64(len(ix.capped)) != (1<<bitsN+63)/64 || len(ix.stemOff) != ns+1 || len(ix.stemN) != ns {
		return nil, a.fail("index tables do not match their counts")
	}
	ix.bases = make([]int32, len(r.turns))
	for i, t := range r.turns {
		ix.bases[i] = int32(t.base)
	}
	offsets := func(tag string, off, pos []int32) error {
		if off[0] != 0 || int(off[len(off)-1]) != len(pos) {
			return a.fail("section %q does not cover its positions", tag)
		}
		for i := 1; i < len(off); i++ {
			if off[i] < off[i-1] {
				return a.fail("section %q is out of order", tag)
			}
		}
		return nil
	}
	positions := func(tag string, pos []int32) error {
		for _, p := range pos {
			if p < 0 || uint64(p) >= total {
				return a.fail("section %q holds token %d of %d", tag, p, total)
			}
		}
		return nil
	}
	half := len(ix.gramPos) / 2
	err = parallel(
		func() error { return offsets("goff", ix.gramOff, ix.gramPos) },
		func() error { return offsets("soff", ix.stemOff, ix.stemPos) },
		func() error { return positions("gpos", ix.gramPos[:half]) },
		func() error { return positions("gpos", ix.gramPos[half:]) },
		func() error { return positions("spos", ix.stemPos) },
	)
	return ix, err
}

// parallel runs fns on the available cores and returns the first error.
func parallel(fns ...func() error) error {
	errs := make([]error, len(fns))
	var wg sync.WaitGroup
	sem := make(chan struct{}, max(1, runtime.GOMAXPROCS(0)))
	for i, fn := range fns {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			errs[i] = fn()
		}()
	}
	wg.Wait()
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return nil
}

// tokenizerFingerprint sums what the stored word ids depend on: how a
// sample of text is tokenized, folded and stemmed, and the stop words. An
// archive made by a build whose fingerprint differs holds word ids this
// build would not give, and is refused.
var tokenizerFingerprint = sync.OnceValue(func() uint64 {
	const sample = "When I took this job, the U.S. Secretary’s first instruction—re-energize, " +
		"rejuvenate… 1,000 allies; we’re “truly” strong. Naïve Zürich 2025-01-07 couldn't um, uh"
	h := crc32.New(castagnoli)
	scanTokens(sample, 0, false, func(_ int, ts []Token) bool {
		for _, t := range ts {
			fmt.Fprintf(h, "%d|%s|%s|%d|%d\n", t.Kind, t.Norm, stem(t.Norm), t.Start, t.End)
		}
		return true
	})
	words := make([]string, 0, len(stopwords))
	for w := range stopwords {
		words = append(words, w)
	}
	slices.Sort(words)
	for _, w := range words {
		fmt.Fprintln(h, w)
	}
	fmt.Fprintln(h, checkEvery)
	return uint64(h.Sum32())
})

// indexFingerprint sums the parameters the posting tables were built
// with; on a mismatch they are re-derived at load.
func indexFingerprint() uint64 {
	h := crc32.New(castagnoli)
	fmt.Fprintln(h, maxPostings, maxGap, tokensPerBucket, bits.UintSize)
	ix := &index{gramBits: 20}
	fmt.Fprintln(h, ix.bucket(gramKey(1, 12345, 67890)), ix.bucket(gramKey(2, 1, 2)))
	return uint64(h.Sum32())
}
