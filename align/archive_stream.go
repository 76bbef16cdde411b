package align

import (
	"errors"
	"hash/crc32"
	"os"
	"path/filepath"
	"unsafe"

	"github.com/quotecheck/quotecheck/quotes"
)

// ArchiveWriter writes an archive as its record is made: the texts of the
// transcripts, the archive's first and largest section, go to the file as
// soon as their part is tokenized (AddTexts), while the other parts are
// still being read, so that the disk is busy during the reading rather
// than after it; Join then writes the rest. The file is a temporary one
// beside path until Join renames it over path: a build that fails or is
// stopped (Abort) leaves path as it was.
type ArchiveWriter struct {
	path   string
	f      *os.File
	wb     writeback
	base   int       // the first section's offset (it depends on the number of sections alone)
	texts  textStore // the texts written so far, as recordSections stores them
	crcs   []uint32  // the sums of the whole blocks written
	part   uint32    // the sum of the bytes written of the block after them
	err    error     // the first write error
	closed bool
}

// CreateArchive starts an archive to be written at path.
func CreateArchive(path string) (*ArchiveWriter, error) {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return nil, err
	}
	base := align8(headerLen + archiveSectionCount*tableEntryLen)
	return &ArchiveWriter{path: path, f: f, base: base, wb: writeback{f: f, at: int64(base), done: int64(base)},
		texts: textStore{at: map[[2]uintptr]uint64{}}}, nil
}

// AddTexts writes the texts of the part's transcripts. It is called for
// the parts in the order they are then joined, and for none when the join
// has a base: the texts are the archive's first section, in the order of
// the transcripts. A part whose texts were not written is written by Join.
func (w *ArchiveWriter) AddTexts(p *RecordBuilder) {
	if w.err != nil || w.closed {
		return
	}
	from := len(w.texts.chunks)
	for _, tr := range p.r.trs {
		w.texts.storeTranscript(tr)
	}
	for _, c := range w.texts.chunks[from:] {
		if err := w.wb.write(c); err != nil {
			w.err = err
			return
		}
		w.sum(c)
	}
}

// sum adds bytes of the texts to the blocks' sums.
func (w *ArchiveWriter) sum(c []byte) {
	for len(c) > 0 {
		done := int(w.wb.at-int64(w.base)) - len(c) // bytes summed before c
		n := min(len(c), blockSize-done%blockSize)
		w.part = crc32.Update(w.part, castagnoli, c[:n])
		if (done+n)%blockSize == 0 {
			w.crcs = append(w.crcs, w.part)
			w.part = 0
		}
		c = c[n:]
	}
}

// Join is JoinRecordsToArchive with this writer: it joins base and the
// parts and writes the rest of the archive, then renames it over the
// path. The writer is done with after it.
func (w *ArchiveWriter) Join(indexed func(), base *Record, parts ...*RecordBuilder) (*Record, error) {
	return joinToArchive(w, indexed, base, parts)
}

// Abort removes the temporary file; the path is left as it was. It does
// nothing after Join.
func (w *ArchiveWriter) Abort() {
	if !w.closed {
		w.closed = true
		w.f.Close()
		os.Remove(w.f.Name())
	}
}

// finish writes the sections, syncs the file and renames it over the
// path.
func (w *ArchiveWriter) finish(secs []section) error {
	all := make(chan sectionStage, 1)
	all <- sectionStage{secs: secs}
	return w.finishStages(all)
}

// finishStages writes the sections as their stages come (see
// writeSectionsFile), syncs the file and renames it over the path; the
// temporary file is removed on an error. The texts written before are
// kept when they are the first section's beginning, as they are when the
// parts were given to AddTexts in order; else the section is written
// whole.
func (w *ArchiveWriter) finishStages(stages ...<-chan sectionStage) (err error) {
	if w.closed {
		return errors.New("archive writer used after its end")
	}
	defer func() {
		if err != nil {
			w.Abort()
		}
	}()
	if w.err != nil {
		return w.err
	}
	pre := func(first section) (int, []uint32) {
		if first.tag == "text" && prefixChunks(w.texts.chunks, first.chunks) {
			return int(w.texts.n), w.crcs
		}
		return 0, nil
	}
	if err = writeSectionsFile(w.f, archiveSectionCount, stages, pre); err != nil {
		return err
	}
	if err = w.f.Sync(); err != nil {
		return err
	}
	if err = w.f.Close(); err != nil {
		return err
	}
	w.closed = true
	if err = os.Chmod(w.f.Name(), 0o644); err == nil {
		err = os.Rename(w.f.Name(), w.path)
	}
	if err != nil {
		os.Remove(w.f.Name())
	}
	return err
}

// prefixChunks tells whether the chunks a are the first chunks of b, the
// same bytes in the same memory.
func prefixChunks(a, b [][]byte) bool {
	if len(a) > len(b) {
		return false
	}
	for i, c := range a {
		if len(c) != len(b[i]) || len(c) > 0 && unsafe.SliceData(c) != unsafe.SliceData(b[i]) {
			return false
		}
	}
	return true
}

// textStore lays out the texts section: each text once, in the order
// first stored, a text shared by several transcripts (the same string in
// memory) stored once.
type textStore struct {
	at     map[[2]uintptr]uint64 // a text's data and length → its offset
	chunks [][]byte
	n      uint64
}

func (t *textStore) store(s string) uint64 {
	key := [2]uintptr{uintptr(unsafe.Pointer(unsafe.StringData(s))), uintptr(len(s))}
	if at, ok := t.at[key]; ok {
		return at
	}
	at := t.n
	t.at[key] = at
	t.chunks = append(t.chunks, unsafe.Slice(unsafe.StringData(s), len(s)))
	t.n += uint64(len(s))
	return at
}

// storeTranscript stores a transcript's text, and its speech text when it
// differs, and returns their offsets and the speech text ("" and 0: the
// speech is the text).
func (t *textStore) storeTranscript(tr *quotes.Transcript) (textAt uint64, speech string, speechAt uint64) {
	textAt = t.store(tr.Doc.Text)
	if sp := quotes.TranscriptParts(tr); sp != "" && sp != tr.Doc.Text {
		return textAt, sp, t.store(sp)
	}
	return textAt, "", 0
}
