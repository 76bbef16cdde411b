package align

import (
	"fmt"
	"os"
	"reflect"
	"runtime"
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
