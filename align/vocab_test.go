package align

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestMatchTableEqualsMap: the match table finds what a map of the same
// keys finds, for keys short and long, with zero bytes, and sharing their
// first eight bytes, through many growths.
func TestMatchTableEqualsMap(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 11))
	alphabet := "ab\x00é’.'-["
	key := func() string {
		n := rng.IntN(20)
		if rng.IntN(4) == 0 {
			return "abcdefgh" + key0(rng, alphabet, n)
		}
		return key0(rng, alphabet, n)
	}
	want := map[string]matchToks{}
	tab := newMatchTable()
	for i := 0; i < 100000; i++ {
		k := key()
		w, inMap := want[k]
		g, inTab := tab.get(k)
		if !assert.Equal(t, inMap, inTab, "%q", k) || !assert.Equal(t, w, g, "%q", k) {
			return
		}
		if !inMap {
			v := matchToks{at: uint32(i), sid: uint32(3 * len(k)), n: uint16(len(k)), single: i%2 == 0}
			want[k] = v
			tab.put(k, v)
		}
	}
	assert.Equal(t, len(want), tab.n)
}

func key0(rng *rand.Rand, alphabet string, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = alphabet[rng.IntN(len(alphabet))]
	}
	return string(b)
}

// TestStemSharedEqualsStem: the shared cache gives each word's stem, the
// first time and from the cache.
func TestStemSharedEqualsStem(t *testing.T) {
	for _, tk := range Tokenize("Running runners ran; generously generous generations, the nation's nationalities", 0, false) {
		for range 2 {
			assert.Equal(t, stem(tk.Norm), stemShared(tk.Norm), tk.Norm)
		}
	}
}
