package align

// An archive is a Record stored on disk: every transcript a newsroom has,
// tokenized and indexed once, so that checking a draft against years of
// briefings opens one file instead of reading and indexing them all again
// (quotecheck index build, add, stats; check --archive).
//
// # The file, byte by byte
//
// All integers are little-endian. The file is a header, a section table,
// the sections and a block table:
//
//	offset  size  field
//	0       8     magic "QCARCHIV"
//	8       4     version (archiveVersion, 20); another version is refused
//	              (version 1 had a CRC per section, version 2 another table
//	              of the record's turns, version 3 its block table before
//	              the sections, version 4 a numeral of 100 or more as one
//	              word where it is now the words it is read in, version 5 a
//	              year read in pairs ("1990") as those words, version 6
//	              British spellings as written, version 7 no stage
//	              directions among the disfluencies and "Sept." and "vs."
//	              as written, version 8 ordinals, decades, "dollars" and
//	              numbers joined by hyphens as written, version 9
//	              words an ellipsis joins with no space ("was...we") as
//	              one, time stamps as speech and short forms ("goin'",
//	              "St.", "Corp.") as written, version 10 "everyone" as
//	              one word, version 11 captions' character references
//	              ("won&#39;t") as no speech, version 12 "first" and
//	              "second" as numbers, "one-third" as one word and a
//	              page's number as speech, version 13 a number after a
//	              label as a page's, version 14 speakers without the
//	              offices their header gives, and the layouts and labels
//	              read since (hearing and court labels, Otter and Hansard
//	              exports, rolling captions), version 15 titles
//	              without a period ("Mr", "Dr") as written, version 16
//	              "re-sign" as "resign" (respelt), version 17 a time
//	              with a point ("9.30pm") as one word, an apostrophe
//	              typed "‘", "′" or "`" as no letter, and "mph" and
//	              "3bn" as written, version 18 an apostrophe typed
//	              "´", "＇", "‛" or "ʹ" as no letter, a stammer written
//	              with a hyphen ("the-the") as one word and "3½" as
//	              one, and a word with the
//	              hyphens U+2010 or U+2011 or a soft hyphen as
//	              words apart, version 19 no currencies of the
//	              record's numbers: rebuild it;
//	              TestArchiveVersionCoversFolds)
//	12      4     number of sections, n
//	16      8     length of the whole file in bytes (a truncated file is refused)
//	24      4     CRC-32C (Castagnoli) of bytes 0..23, of bytes 28 to the
//	              end of the section table and of the block table
//	28      4     number of blocks, m
//	32      32·n  the section table, one entry per section:
//	              tag [8]byte (ASCII, zero-padded), offset uint64, length uint64,
//	              first block uint32 (its index in the block table), zero uint32
//	…             the sections
//	length-4·m    the block table, the last 4·m bytes: the CRC-32C of every
//	        4·m   block of every section, sections in table order; a
//	              section's blocks are its bytes in pieces of 1 KiB
//	              (blockSize), the last shorter, none for an empty section
//
// The sections follow the section table in the table's order, each at the
// next offset that is a multiple of 8, the gaps zero bytes; the block
// table follows the last at the next multiple of 8. Each tag appears once.
// So every byte of the file is checked by a CRC or known to be zero. The
// first section is the texts: its place depends on nothing but the number
// of sections, so that a build writes the texts as their files are read,
// before the rest of the record is known. A section is an array of one
// element type, so that on a little-endian machine the int32 and uint32
// arrays (and the int64 ones on a 64-bit one) are used in place from a
// memory map; other machines decode them by copying. "str" below is a
// string id: an index into the string table.
//
//	tag      element   content
//	text     byte      the transcripts' texts, and their speech texts when those
//	                   differ (subtitles with timings blanked); a text shared by
//	                   several transcripts (the events of one CSV) is stored once
//	meta     uint64    metaLen fields: transcripts, turns, tokens, words
//	                   (vocabulary size, id 0 reserved), stems, record
//	                   speakers, transcript speakers, paragraphs (docs),
//	                   gramBits, strings, tokenizer fingerprint, index
//	                   fingerprint
//	stroff   uint32    strings+1 offsets into strs: string i is strs[stroff[i]:stroff[i+1]];
//	                   strings 0..words-1 are the vocabulary's words (id order),
//	                   then stems..., then every other string once
//	strs     byte      the strings' bytes
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
//	rturn    uint64    rturnFields per turn of the record, transcripts in order:
//	                   first token (base), tokens, and record speaker (low 32
//	                   bits) with first checkpoint (high 32 bits; a turn's
//	                   checkpoints end where the next turn's start): on a
//	                   64-bit little-endian machine a row is a recTurn, used in
//	                   place
//	checks   int32     pairs per checkpoint (one per checkEvery tokens of a turn),
//	                   turn after turn: token index in the turn, byte offset
//	                   from the turn's start
//	stemof   uint32    stem id of every word id
//	stop     byte      1 for a stop word, else 0, per word id
//	df       int32     paragraphs holding each stem
//	norms    uint32    word id of every token, turn after turn
//	disfl    int32     token positions of disfluencies, ascending
//	money    int32     pairs per number word named in a currency ("£5 million":
//	                   "5" and "million"), ascending: token position,
//	                   currency (an index of currencyNames)
//	goff     int32     1<<gramBits + 1 offsets into gpos (index.go's gramOff)
//	gcap     uint64    bit b set: bucket b was emptied as too common ((1<<gramBits+63)/64 words)
//	soff     int32     stems+1 offsets into spos
//	stemn    int32     occurrences of each stem
//	gpos     int32     token positions
//	spos     int32     token positions
//
// Loading checks the header and the block table, and the sections a
// record is made of at once (the speakers, the vocabulary, the record's
// turns, the small index tables): their CRCs, each count against its
// section's length, every offset array ascending within its target, every
// string, word, stem, speaker and turn id within its table. The large
// sections (text, lines, runes, tturn, tmark, tdisf, checks, norms, goff,
// gpos, spos) are checked a block at a time when first read
// (archive_lazy.go): the block's CRC, then its values (word ids, token
// positions, offsets in order), and a transcript's spans and turns when it
// is first made. So a truncated, corrupt or foreign file is an error naming
// the file, at load or at the first check that reads the corrupt block (the
// record's Err), never a panic or a wrong answer. The tokenizer fingerprint
// ties the stored word ids to this build's tokenizer, stemmer and stop
// words: an archive made by a build that reads words differently is refused
// (rebuild it). The index fingerprint ties the posting tables to this
// build's index parameters: on a mismatch they are re-derived from the
// stored word ids at load.

import (
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"math"
	"math/bits"
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
	archiveVersion = 20
	headerLen      = 32
	tableEntryLen  = 32
)

// IsArchive tells whether data starts as an archive does: a file given as
// a transcript or an article that is one ("-t briefings.qci") is told so,
// not read as a binary text.
func IsArchive(data []byte) bool {
	return len(data) >= len(archiveMagic) && string(data[:len(archiveMagic)]) == archiveMagic
}

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
	rturnFields = 3
)

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// ArchiveError is a problem with an archive file: another version, a
// truncated or corrupt file.
type ArchiveError struct {
	File string
	Msg  string
}

func (e *ArchiveError) Error() string { return quotes.ShowName(e.File) + ": " + e.Msg }

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
	data, mapped, err := mapFile(path)
	if err != nil {
		return nil, err
	}
	r, err := LoadArchive(path, data)
	if err == nil && mapped && r.arc != nil {
		r.arc.mapAhead(data)
	}
	return r, err
}

// LoadArchive loads the record stored in data, the bytes of the archive
// file name (for errors). data must not change while the record is used.
func LoadArchive(name string, data []byte) (r *Record, err error) {
	err = safely(data, name, func() error {
		a, err := parseArchive(name, data)
		if err == nil {
			r, err = a.record()
		}
		return err
	})
	return r, err
}

// StatArchive tells what the archive at path holds without loading the
// record.
func StatArchive(path string) (*ArchiveInfo, error) {
	data, _, err := mapFile(path)
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
	data  []byte // the file's bytes, a memory map of it or a copy
	sec   map[string][]byte
	lazy  map[string]*lazySec // every section, to check by blocks
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
	a := &archive{name: name, data: data, sec: map[string][]byte{}, lazy: map[string]*lazySec{}}
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
	nblocks := uint64(le.Uint32(data[28:]))
	if n > 64 || headerLen+n*tableEntryLen+4*nblocks > uint64(len(data)) {
		return nil, a.fail("corrupt section table (%d sections, %d blocks)", n, nblocks)
	}
	tableEnd := headerLen + int(n)*tableEntryLen
	blocksAt := len(data) - 4*int(nblocks)
	crc := crc32.Update(crc32.Update(crc32.Checksum(data[:24], castagnoli), castagnoli, data[28:tableEnd]), castagnoli, data[blocksAt:])
	if crc != le.Uint32(data[24:]) {
		return nil, a.fail("corrupt header (CRC mismatch)")
	}
	next, prevEnd, block := uint64(align8(tableEnd)), uint64(tableEnd), uint64(0)
	zeros := func(lo, hi uint64) bool {
		for _, c := range data[lo:hi] {
			if c != 0 {
				return false
			}
		}
		return true
	}
	for i := range int(n) {
		e := data[headerLen+i*tableEntryLen:]
		tag := string(e[:8])
		for len(tag) > 0 && tag[len(tag)-1] == 0 {
			tag = tag[:len(tag)-1]
		}
		off, ln := le.Uint64(e[8:]), le.Uint64(e[16:])
		if off != next || off > uint64(blocksAt) || ln > uint64(blocksAt)-off || !zeros(prevEnd, off) {
			return nil, a.fail("section %q is not where the table puts it", tag)
		}
		nb := (ln + blockSize - 1) / blockSize
		if uint64(le.Uint32(e[24:])) != block || le.Uint32(e[28:]) != 0 || nb > nblocks-block {
			return nil, a.fail("section %q's blocks are not where the table puts them", tag)
		}
		prevEnd, next = off+ln, uint64(align8(int(off+ln)))
		if _, dup := a.sec[tag]; dup {
			return nil, a.fail("section %q appears twice", tag)
		}
		a.sec[tag] = data[off : off+ln : off+ln]
		a.lazy[tag] = newLazySec(tag, a.sec[tag], data[blocksAt+4*int(block):blocksAt+4*int(block+nb)])
		a.order = append(a.order, tag)
		block += nb
	}
	if block != nblocks {
		return nil, a.fail("corrupt section table (%d blocks of %d)", block, nblocks)
	}
	if next != uint64(blocksAt) || !zeros(prevEnd, next) {
		return nil, a.fail("corrupt: bytes between the last section and the block table")
	}
	for _, tag := range []string{"meta", "stroff", "strs", "text", "trans", "lines", "runes", "tspk", "alias", "tturn",
		"tmark", "tdisf", "rspk", "rref", "rturn", "checks", "stemof", "stop", "df", "norms", "disfl",
		"money", "goff", "gpos", "gcap", "soff", "spos", "stemn"} {
		if _, ok := a.sec[tag]; !ok {
			return nil, a.fail("section %q is missing", tag)
		}
	}
	// the sections read whole at load are checked now, on every core;
	// the others block by block as they are used (archive_lazy.go)
	type piece struct {
		s *lazySec
		b int
	}
	var pieces []piece
	for _, tag := range a.order {
		if lazyTags[tag] {
			continue
		}
		s := a.lazy[tag]
		for b := range (len(s.data) + blockSize - 1) / blockSize {
			pieces = append(pieces, piece{s, b})
		}
	}
	errs := make([]error, len(pieces))
	parallelFor(len(pieces), func(k int) {
		errs[k] = safely(data, name, func() error { return pieces[k].s.verifyBlock(a, pieces[k].b) })
	})
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	var err error
	if a.meta, err = a.u64s("meta", metaLen); err != nil {
		return nil, err
	}
	if a.strOff, err = a.u32s("stroff", 1); err != nil {
		return nil, err
	}
	// the strings (words, names, dates) copied out of the file: they go
	// into maps and reports that outlive any check, where a page lost to
	// the file changing under the map could not be told (see safely)
	a.strs = slices.Clone(a.sec["strs"])
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

// lazyTags are the sections checked block by block as they are used.
var lazyTags = map[string]bool{"text": true, "lines": true, "runes": true, "tturn": true, "tmark": true, "tdisf": true,
	"checks": true, "norms": true, "goff": true, "gpos": true, "spos": true}

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

// record builds the Record of a parsed archive: what every check needs, its
// ids checked; the rest is read and checked on first use (archive_lazy.go).
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
	l := &lazyArchive{a: a}
	text := a.sec["text"]
	l.textStr = unsafe.String(unsafe.SliceData(text), len(text))
	l.text = a.lazy["text"]
	var err error
	if l.lineStarts, err = a.ints("lines", 1); err != nil {
		return nil, err
	}
	if l.runeMarks, err = a.ints("runes", 1); err != nil {
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
	if l.tturnRows, err = a.u64s("tturn", tturnFields); err != nil {
		return nil, err
	}
	if l.marks, err = a.timeMarks(); err != nil {
		return nil, err
	}
	if l.disf, err = a.spans(); err != nil {
		return nil, err
	}
	l.lines, l.runes, l.tturn, l.tmark, l.tdisf = a.lazy["lines"], a.lazy["runes"], a.lazy["tturn"], a.lazy["tmark"], a.lazy["tdisf"]
	if uint64(len(tspk)) != m[metaTrSpeakers]*tspkFields || uint64(len(l.tturnRows)) != m[metaTurns]*tturnFields {
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
	l.allSpk = allSpk
	// transcripts: their speakers and turns follow one another; each is
	// made on first use
	ntr := int(m[metaTranscripts])
	nturns := int(m[metaTurns])
	trOf := make([]int32, 0, ntr+1) // first turn of each transcript, and nturns
	nextSpk, nextTurn := uint64(0), uint64(0)
	for i := range ntr {
		f := a.trans[i*transFields : (i+1)*transFields]
		if f[12] != nextSpk || f[14] != nextTurn {
			return nil, a.fail("transcript %d's speakers or turns are out of order", i+1)
		}
		_, shi, err := a.span("transcript speakers", f[12], f[13], len(allSpk))
		if err != nil {
			return nil, err
		}
		_, uhi, err := a.span("transcript turns", f[14], f[15], nturns)
		if err != nil {
			return nil, err
		}
		if _, _, err := a.span("transcript text", f[4], f[5], len(text)); err != nil {
			return nil, err
		}
		trOf = append(trOf, int32(nextTurn))
		nextSpk, nextTurn = uint64(shi), uint64(uhi)
	}
	if nextSpk != uint64(len(allSpk)) || nextTurn != uint64(nturns) || nturns > math.MaxInt32 {
		return nil, a.fail("speakers or turns belong to no transcript")
	}
	r := &Record{byID: map[string]*speakerInfo{}, docs: int(m[metaDocs]), arc: l}
	l.r = r
	l.trs = make([]atomic.Pointer[quotes.Transcript], ntr)
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
	l.owner = make([]int32, len(allSpk))
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
		sp.idx = int32(i)
		sp.ID, sp.Display, sp.Surname, sp.Role, sp.Name = a.str(f[0]), a.str(f[1]), a.str(f[2]), quotes.SpeakerRole(f[3]), a.str(f[4])
		sp.Aliases = a.strList(alias[alo:ahi])
		for _, g := range rref[plo:phi] {
			if int(g) >= len(allSpk) {
				return nil, a.fail("record speaker %d has speaker %d of %d", i+1, g, len(allSpk))
			}
			if l.owner[g] != 0 {
				return nil, a.fail("speaker %d belongs to two record speakers", g)
			}
			l.owner[g] = int32(i + 1)
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
	if err := a.checkIDs("stemof", r.stemOf, uint32(nst)); err != nil {
		return nil, err
	}
	r.stopword = unsafe.Slice((*bool)(unsafe.Pointer(unsafe.SliceData(stop))), len(stop))
	if r.norms, err = a.u32s("norms", 1); err != nil {
		return nil, err
	}
	total := uint64(len(r.norms))
	if total != m[metaTokens] || total > math.MaxInt32 {
		return nil, a.fail("%d tokens stored for %d counted", total, m[metaTokens])
	}
	l.norms = a.lazy["norms"]
	l.norms.check = idsBelow(a, "norms", l.norms.data, nw)
	// record turns: in place, checked
	if r.checks, err = a.checkpoints(); err != nil {
		return nil, err
	}
	l.checks = a.lazy["checks"]
	if r.turns, err = a.recTurns(); err != nil {
		return nil, err
	}
	if len(r.turns) != nturns {
		return nil, a.fail("record turn table does not match %d turns", nturns)
	}
	r.trFirst = trOf
	base, nextCheck := 0, int32(0)
	for i := range r.turns {
		t := &r.turns[i]
		if t.spk < 0 || int(t.spk) >= len(infos) || t.base != base || t.n < 0 || uint64(t.n) > total-uint64(base) ||
			t.c0 < nextCheck || int(t.c0) > len(r.checks) || i == 0 && t.c0 != 0 {
			return nil, a.fail("record turn %d is corrupt", i+1)
		}
		base += t.n
		nextCheck = t.c0
	}
	if uint64(base) != total {
		return nil, a.fail("turns hold %d tokens of %d", base, total)
	}
	disfl, err := a.i32s("disfl", 1)
	if err != nil {
		return nil, err
	}
	// kept sorted, as the section holds them: a map of them all costs
	// more to make at load than the checks spend looking them up
	at := make([]int, len(disfl))
	for i, p := range disfl {
		if p < 0 || uint64(p) >= total || i > 0 && p <= disfl[i-1] {
			return nil, a.fail("disfluency at token %d of %d, or out of order", p, total)
		}
		at[i] = int(p)
	}
	r.disfluentOnce.Do(func() { r.setDisfluentAt(at) })
	money, err := a.i32s("money", 2)
	if err != nil {
		return nil, err
	}
	if len(money) > 0 {
		r.currencies = make([]numberCurrency, len(money)/2)
	}
	for i := range r.currencies {
		p, c := money[2*i], money[2*i+1]
		if p < 0 || uint64(p) >= total || i > 0 && int(p) <= r.currencies[i-1].pos || c <= 0 || int(c) >= len(currencyNames) {
			return nil, a.fail("currency %d at token %d of %d, or out of order", c, p, total)
		}
		r.currencies[i] = numberCurrency{pos: int(p), c: uint8(c)}
	}
	// the index, unless it must be derived again from the word ids
	if m[metaIndex] == indexFingerprint() {
		if r.index, err = a.index(r, l, total); err != nil {
			return nil, err
		}
	} else {
		if err := l.norms.verifyAll(a); err != nil {
			return nil, err
		}
		r.index = buildIndex(r)
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

// recTurns is the record's turns: in place on a 64-bit little-endian
// machine, where a recTurn is laid out as the section's rows are.
func (a *archive) recTurns() ([]recTurn, error) {
	u, err := a.u64s("rturn", rturnFields)
	if err != nil || len(u) == 0 {
		return nil, err
	}
	var t recTurn
	if native64 && unsafe.Sizeof(t) == 8*rturnFields && unsafe.Offsetof(t.n) == 8 && unsafe.Offsetof(t.spk) == 16 && unsafe.Offsetof(t.c0) == 20 {
		return unsafe.Slice((*recTurn)(unsafe.Pointer(&u[0])), len(u)/rturnFields), nil
	}
	out := make([]recTurn, len(u)/rturnFields)
	for i := range out {
		g := u[i*rturnFields:]
		if int64(int(int64(g[0]))) != int64(g[0]) || int64(int(int64(g[1]))) != int64(g[1]) {
			return nil, a.fail("record turn %d is corrupt", i+1)
		}
		out[i] = recTurn{base: int(int64(g[0])), n: int(int64(g[1])), spk: int32(uint32(g[2])), c0: int32(uint32(g[2] >> 32))}
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

// index reads the posting tables: the small ones checked now, the offsets
// and positions block by block on first use.
func (a *archive) index(r *Record, l *lazyArchive, total uint64) (*index, error) {
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
	// soff is small and checked whole; goff at its ends, and block by
	// block as used
	if ix.stemOff[0] != 0 || int(ix.stemOff[ns]) != len(ix.stemPos) {
		return nil, a.fail("section %q does not cover its positions", "soff")
	}
	for i := 1; i <= ns; i++ {
		if ix.stemOff[i] < ix.stemOff[i-1] {
			return nil, a.fail("section %q is out of order", "soff")
		}
	}
	l.goff, l.gpos, l.spos = a.lazy["goff"], a.lazy["gpos"], a.lazy["spos"]
	offsetsWithin(a, l.goff, uint64(len(ix.gramPos)))
	l.gpos.check = idsBelow(a, "gpos", l.gpos.data, total)
	l.spos.check = idsBelow(a, "spos", l.spos.data, total)
	nb := len(ix.gramOff) - 1
	if err := l.goff.verify(a, 0, 4); err != nil {
		return nil, err
	}
	if err := l.goff.verify(a, 4*nb, 4*nb+4); err != nil {
		return nil, err
	}
	if ix.gramOff[0] != 0 || int(ix.gramOff[nb]) != len(ix.gramPos) {
		return nil, a.fail("section %q does not cover its positions", "goff")
	}
	return ix, nil
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
