package align

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func scannerMatches(text string) [][]int {
	var out [][]int
	for off := 0; ; {
		s, e := nextMatch(text, off)
		if s < 0 {
			return out
		}
		out = append(out, []int{s, e})
		off = e
	}
}

// TestScannerEqualsRegexp: the hand-written scanner finds exactly the
// matches of tokenRE, its specification, on real text and on generated
// strings of the characters that matter.
func TestScannerEqualsRegexp(t *testing.T) {
	files, _ := filepath.Glob("../testdata/seeds/*.txt")
	files = append(files, "../testdata/excerpts/pride-and-prejudice-ch1-6.txt")
	for _, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		assert.Equal(t, tokenRE.FindAllStringIndex(string(data), -1), scannerMatches(string(data)), f)
	}
	alphabet := []string{"a", "B", "é", "e\u0301", "1", "2", "٣", ",", ".", ". ", " ", "\n", "\t", "[", "]", "'", "’", "-", "…", "x", "—", "“", "\u00a0", "Ⅻ", "‘", "′", "`", "\u2010", "\u2011", "\u00ad"}
	rng := rand.New(rand.NewPCG(9, 9))
	for k := 0; k < 20000; k++ {
		n := rng.IntN(24)
		s := ""
		for i := 0; i < n; i++ {
			s += alphabet[rng.IntN(len(alphabet))]
		}
		want := tokenRE.FindAllStringIndex(s, -1)
		if got := scannerMatches(s); !assert.Equal(t, want, got, "%q", s) {
			return
		}
	}
}

func FuzzScannerEqualsRegexp(f *testing.F) {
	f.Add("[W]e’re 1,000.5 … . . . [and] U.S.-Japan")
	f.Fuzz(func(t *testing.T, s string) {
		want := tokenRE.FindAllStringIndex(s, -1)
		got := scannerMatches(s)
		if len(want) != len(got) {
			t.Fatalf("%q: regexp %v, scanner %v", s, want, got)
		}
		for i := range want {
			if want[i][0] != got[i][0] || want[i][1] != got[i][1] {
				t.Fatalf("%q: regexp %v, scanner %v", s, want, got)
			}
		}
	})
}
