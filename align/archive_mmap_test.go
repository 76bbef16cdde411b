package align

import (
	"encoding/binary"
	"hash/crc32"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestArchiveMappedAhead: an archive opened from its file, its posting
// tables' and word ids' pages mapped in the background while it is
// checked (populate is what mapAhead runs), gives the findings of the
// same bytes loaded from memory; once it is done every block of those
// sections is checked, but a corrupt one, left for the check that reads it
// to find.
func TestArchiveMappedAhead(t *testing.T) {
	data := archiveOf(t, NewRecord(archiveTranscripts(t)...))
	path := filepath.Join(t.TempDir(), "a.qci")
	require.NoError(t, os.WriteFile(path, data, 0o644))
	mem, err := LoadArchive("a.qci", data)
	require.NoError(t, err)
	file, mapped, err := mapFile(path)
	require.NoError(t, err)
	mapped2, err := LoadArchive(path, file)
	require.NoError(t, err)
	if mapped {
		for _, s := range []*lazySec{mapped2.arc.goff, mapped2.arc.gpos, mapped2.arc.spos, mapped2.arc.norms} {
			populate(file, s.data) // at once, before the checks
		}
	}
	opened, err := OpenArchive(path) // mapped ahead while checked
	require.NoError(t, err)
	arts, _ := filepath.Glob("../testdata/seeds/0*.txt")
	require.NotEmpty(t, arts)
	for _, a := range arts {
		want := checkFile(t, mem, a)
		assert.Equal(t, want, checkFile(t, mapped2, a), a)
		assert.Equal(t, want, checkFile(t, opened, a), a)
	}
	if !mapped {
		return // nothing is made ready ahead of an archive read into memory
	}
	<-opened.arc.ahead
	for _, s := range []*lazySec{opened.arc.goff, opened.arc.gpos, opened.arc.spos, opened.arc.norms} {
		assert.Equal(t, unchecked(s), []int(nil), "section %s: blocks not checked ahead", s.tag)
	}
	require.NoError(t, opened.verifyAll())

	// a flipped byte in the word ids is found though its page was mapped
	bad := append([]byte(nil), data...)
	off := int(uintptr(unsafe.Pointer(unsafe.SliceData(mem.arc.norms.data))) - uintptr(unsafe.Pointer(unsafe.SliceData(data))))
	bad[off+len(mem.arc.norms.data)/2] ^= 0x40
	badPath := filepath.Join(t.TempDir(), "bad.qci")
	require.NoError(t, os.WriteFile(badPath, bad, 0o644))
	rec, err := OpenArchive(badPath)
	require.NoError(t, err)
	<-rec.arc.ahead
	assert.Equal(t, []int{len(mem.arc.norms.data) / 2 / blockSize}, unchecked(rec.arc.norms))
	require.Error(t, rec.verifyAll())
}

// unchecked lists the blocks of s not marked checked.
func unchecked(s *lazySec) (out []int) {
	for b := range (len(s.data) + blockSize - 1) / blockSize {
		if s.done[b/64].Load()&(1<<(b%64)) == 0 {
			out = append(out, b)
		}
	}
	return out
}

// TestArchiveCutShortInUse: when another program cuts the file short under
// an open archive (its pages gone from the map), what reads them reports
// the archive changed, as a fault of the record, and does not crash: the
// checks, a transcript made, the check of every block.
func TestArchiveCutShortInUse(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.qci")
	require.NoError(t, os.WriteFile(path, archiveOf(t, NewRecord(archiveTranscripts(t)...)), 0o644))
	rec, err := OpenArchive(path)
	require.NoError(t, err)
	if rec.arc.ahead == nil {
		t.Skip("the archive is read into memory here, not mapped")
	}
	<-rec.arc.ahead
	before := checkFile(t, rec, "../testdata/seeds/001_c78c3c7143cf625d.txt")
	require.NoError(t, os.Truncate(path, 4096))
	// the findings made before keep their evidence: it was copied out
	sum := 0
	for _, f := range before {
		if f.Source != nil {
			for _, s := range []string{f.Source.Text, f.Source.Before, f.Source.After, f.Source.File, f.Source.Speaker} {
				for i := range len(s) {
					sum += int(s[i])
				}
			}
		}
		for _, op := range f.Diff {
			for i := range len(op.Text) {
				sum += int(op.Text[i])
			}
		}
	}
	assert.Positive(t, sum)

	_, err = rec.Transcript(rec.NumTranscripts() - 1)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "changed while in use")
	assert.Contains(t, err.Error(), path)
	require.Error(t, rec.Err(), "the fault is the record's")
	for _, f := range checkFile(t, rec, "../testdata/seeds/002_c15b9b24642192a5.txt") {
		assert.Equal(t, Unverifiable, f.Verdict, f.Quote.Text)
		assert.Contains(t, f.Reason, "changed while in use")
	}
	assert.Error(t, rec.Verify())

	// opened after: the file is too short, told at open
	_, err = OpenArchive(path)
	assert.Error(t, err)
}

// TestOffsetsWithinReadsCheckedNeighbours: checking a block of an offset
// table reads no value of a neighbouring block not checked yet, so a
// corrupt neighbour is told by its own CRC when read, not as disorder in
// the block beside it; a checked neighbour is compared across the end.
func TestOffsetsWithinReadsCheckedNeighbours(t *testing.T) {
	const per = blockSize / 4
	offs := make([]uint32, 3*per)
	for i := range offs {
		offs[i] = uint32(i)
	}
	data := bytesOf(offs)
	crcs := make([]byte, 0, 12)
	for b := range 3 {
		crcs = binary.LittleEndian.AppendUint32(crcs, crc32.Checksum(data[b*blockSize:(b+1)*blockSize], castagnoli))
	}
	bad := slices.Clone(data)
	binary.LittleEndian.PutUint32(bad[blockSize:], 1<<30) // block 1's first offset
	a := &archive{name: "a.qci"}
	s := newLazySec("goff", bad, crcs)
	offsetsWithin(a, s, uint64(len(offs)))
	require.NoError(t, s.verify(a, 0, blockSize), "block 0 is whole")
	err := s.verify(a, blockSize, 2*blockSize)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "CRC mismatch")

	// a block whose checked neighbour ends past its start is out of order
	s = newLazySec("goff", data, crcs)
	offsetsWithin(a, s, uint64(len(offs)))
	require.NoError(t, s.verify(a, blockSize, 2*blockSize))
	swapped := slices.Clone(data)
	binary.LittleEndian.PutUint32(swapped[blockSize-4:], uint32(per+5)) // block 0's last offset
	crcs0 := binary.LittleEndian.AppendUint32(nil, crc32.Checksum(swapped[:blockSize], castagnoli))
	s2 := newLazySec("goff", swapped, append(crcs0, crcs[4:]...))
	offsetsWithin(a, s2, uint64(len(offs)))
	require.NoError(t, s2.verify(a, blockSize, 2*blockSize))
	err = s2.verify(a, 0, blockSize)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "out of order")

	// the two blocks checked at once, each before the other was marked:
	// neither compares the pair across their end; the whole table's check
	// (Verify) does
	s3 := newLazySec("goff", swapped, append(crcs0, crcs[4:]...))
	offsetsWithin(a, s3, uint64(len(offs)))
	require.NoError(t, s3.check(0, blockSize))
	require.NoError(t, s3.check(blockSize, 2*blockSize))
	s3.done[0].Store(0b11)
	err = s3.verifyAll(a)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "out of order")
}
