package quotes

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestLabelPrefilters: labelRE, commercialRE, timeFirstRE and nameTimeRE
// match no line that mayBeLabel, mayBeCommercial and mayBeNameTime say no
// to, and matchLabel finds labelRE's
// match, on the lines of every test file and on generated lines of the
// characters that matter.
func TestLabelPrefilters(t *testing.T) {
	check := func(line string) bool {
		return assert.Equal(t, labelRE.FindStringSubmatchIndex(line), matchLabel(line), "label %q", line) &&
			assert.False(t, !mayBeLabel(line) && labelRE.MatchString(line), "label %q", line) &&
			assert.False(t, !mayBeCommercial(line) && commercialRE.MatchString(line), "commercial %q", line) &&
			assert.False(t, !mayBeCommercial(line) && timeFirstRE.MatchString(line), "time first %q", line) &&
			assert.False(t, !mayBeNameTime(line) && nameTimeRE.MatchString(line), "name and time %q", line)
	}
	var files []string
	for _, g := range []string{"../testdata/transcripts/*", "../testdata/seeds/*.txt", "../testdata/articles/*"} {
		f, _ := filepath.Glob(g)
		files = append(files, f...)
	}
	labels, commercial := 0, 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		for _, line := range strings.Split(string(data), "\n") {
			if !check(line) {
				return
			}
			if labelRE.MatchString(line) {
				labels++
			}
			if commercialRE.MatchString(line) {
				commercial++
			}
		}
	}
	for _, line := range []string{"A B C D E F: x", "A B C D E F G: x", "MR. O’BRIEN: hi", "Q:", "Q:\r", "Q :", " \u3000Q:\u00a0x",
		"\uFEFFQ:\tx", "A  \t B:x", "A  \t B: x", "A-:", "-A: x", "A:B", "A’:", "A\xe2\x80: x", "AB.'-’CD EF: ", "A B:: x"} {
		check(line)
	}
	assert.Positive(t, labels)
	assert.Positive(t, commercial)
	alphabet := []string{"A", "B", "Q", "a", "é", "É", "1", "0", ":", ":", " ", "\t", "\u00a0", "\u3000", "\uFEFF", ".", "'", "’",
		"-", "(", ")", "[", "]", ",", "\xe2", "\xff", "MR.", "SECRETARY", "Jane Doe", "00:01:02", "1:02", "Speaker 1", "Tom Reed  ", "[00:00:03] "}
	rng := rand.New(rand.NewPCG(4, 4))
	matched := 0
	for k := 0; k < 100000; k++ {
		var sb strings.Builder
		for n := rng.IntN(12); n > 0; n-- {
			sb.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		line := sb.String()
		if labelRE.MatchString(line) || commercialRE.MatchString(line) || timeFirstRE.MatchString(line) || nameTimeRE.MatchString(line) {
			matched++
		}
		require.True(t, check(line))
	}
	assert.Greater(t, matched, 100)
}
