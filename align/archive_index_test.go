package align

import (
	"fmt"
	"hash/crc32"
	"math/rand/v2"
	"os"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotecheck/quotecheck/align/synth"
	"github.com/quotecheck/quotecheck/quotes"
)

// TestIndexParallelEqualsBuildIndex: the index built on every core in
// partitions is buildIndex's, on any number of cores: on the archive
// tests' transcripts, on a record whose pairs repeat past maxPostings (its
// buckets emptied), and on a record large enough for partitions of many
// buckets.
func TestIndexParallelEqualsBuildIndex(t *testing.T) {
	data, err := os.ReadFile("../testdata/excerpts/pride-and-prejudice-ch1-6.txt")
	require.NoError(t, err)
	record := func(text string) *Record {
		d, err := quotes.NewDoc("t.txt", []byte(text))
		require.NoError(t, err)
		tr, err := quotes.ParseTranscript(d)
		require.NoError(t, err)
		return NewRecord(tr)
	}
	records := map[string]*Record{
		"archive":  NewRecord(archiveTranscripts(t)...),
		"empty":    NewRecord(),
		"repeated": record("A: " + strings.Repeat("we are here and there ", 3000) + "\n\nB: " + strings.Repeat("they are ", 2000)),
		// pairs said maxPostings times, kept, and once more, emptied
		"edge":  record(fmt.Sprintf("A: %s\n\nB: %s", strings.Repeat("alpha beta ", maxPostings), strings.Repeat("gamma delta ", maxPostings+1))),
		"large": record(synth.Transcript(synth.Turns(synth.Grow(synth.Paragraphs(string(data), 8), 400000), 20))),
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	for name, r := range records {
		want := buildIndex(r)
		for _, procs := range []int{1, 2, 3, 8} {
			runtime.GOMAXPROCS(procs)
			assert.True(t, reflect.DeepEqual(want, buildIndexParallel(r)), "%s on %d cores", name, procs)
		}
	}
	assert.Greater(t, records["large"].index.gramBits, uint(16), "partitions of more than 64 buckets")
	capped := 0
	for _, w := range records["repeated"].index.capped {
		if w != 0 {
			capped++
		}
	}
	assert.Positive(t, capped, "buckets emptied as too common")
}

// TestCRC32Combine: the CRC of a text from the CRCs of its two parts is the
// CRC of the whole, for any cut, and of pieces as the archive reader sums
// them.
func TestCRC32Combine(t *testing.T) {
	rng := rand.New(rand.NewPCG(12, 12))
	buf := make([]byte, 5000)
	for i := range buf {
		buf[i] = byte(rng.IntN(256))
	}
	for k := 0; k < 2000; k++ {
		n := rng.IntN(len(buf) + 1)
		cut := rng.IntN(n + 1)
		whole := crc32.Checksum(buf[:n], castagnoli)
		a, b := crc32.Checksum(buf[:cut], castagnoli), crc32.Checksum(buf[cut:n], castagnoli)
		require.Equal(t, whole, crc32Combine(a, b, uint64(n-cut)), "%d bytes cut at %d", n, cut)
	}
	crc := uint32(0)
	for off := 0; off < len(buf); off += 700 {
		piece := buf[off:min(off+700, len(buf))]
		crc = crc32Combine(crc, crc32.Checksum(piece, castagnoli), uint64(len(piece)))
	}
	assert.Equal(t, crc32.Checksum(buf, castagnoli), crc)
}

// TestArchiveCRCInPieces: an archive read with its sections summed in many
// small pieces loads, and a changed byte anywhere in a section is found.
func TestArchiveCRCInPieces(t *testing.T) {
	defer func(n uint64) { crcPiece = n }(crcPiece)
	crcPiece = 100
	data := archiveOf(t, NewRecord(archiveTranscripts(t)...))
	_, err := LoadArchive("pieces.qci", data)
	require.NoError(t, err)
	rng := rand.New(rand.NewPCG(13, 13))
	for k := 0; k < 50; k++ {
		bad := slices.Clone(data)
		i := 4096 + rng.IntN(len(bad)-4096)
		bad[i] ^= 1 << rng.IntN(8)
		_, err := LoadArchive("pieces.qci", bad)
		assert.Error(t, err, "byte %d changed", i)
	}
}
