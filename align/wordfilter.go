package align

import (
	"hash/maphash"
	"math/bits"
)

// wordFilter is a Bloom filter over a record's words: "no" for most strings
// the record never has, without a look-up in its vocabulary map. The word
// DP looks up every suffix of every quote word and every run of two to
// maxJoin quote words written together (prepareJoins); nearly all are not
// words of the record, and a map of a large vocabulary answers each with a
// cache miss. The filter is blocked: a word's two bits lie in one 64-bit
// word, so a query costs one memory access. Sixteen bits a word make a
// false "maybe" rare (about 2%), which costs only the map look-up it would
// have cost anyway.
type wordFilter struct {
	seed  maphash.Seed
	words []uint64
	shift uint // 64 - log2(number of words)
}

func newWordFilter(words []string) *wordFilter {
	n := max(len(words)/4, 1) // 64 bits per 4 words
	lg := bits.Len(uint(n - 1))
	f := &wordFilter{seed: maphash.MakeSeed(), words: make([]uint64, 1<<lg), shift: uint(64 - lg)}
	for _, w := range words {
		i, m := f.probe(maphash.String(f.seed, w))
		f.words[i] |= m
	}
	return f
}

// probe gives the word of the filter a hash falls in (its top bits) and
// the two bits it sets there (its low twelve bits).
func (f *wordFilter) probe(h uint64) (uint64, uint64) {
	return h >> f.shift, 1<<(h&63) | 1<<((h>>6)&63) // a shift by 64 is 0
}

func (f *wordFilter) mayHaveHash(h uint64) bool {
	i, m := f.probe(h)
	return f.words[i]&m == m
}

// mayHave is false when the record surely never has s.
func (f *wordFilter) mayHave(s string) bool { return f.mayHaveHash(maphash.String(f.seed, s)) }

// mayHaveBytes is mayHave for bytes.
func (f *wordFilter) mayHaveBytes(s []byte) bool { return f.mayHaveHash(maphash.Bytes(f.seed, s)) }
