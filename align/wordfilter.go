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
// cache miss. Sixteen bits a word and two probes make a false "maybe" rare
// (about 1.4%), which costs only the map look-up it would have cost anyway.
type wordFilter struct {
	seed  maphash.Seed
	bits  []uint64
	shift uint // 64 - log2(number of bits)
}

func newWordFilter(words []string) *wordFilter {
	n := max(16*len(words), 64)
	lg := bits.Len(uint(n - 1))
	f := &wordFilter{seed: maphash.MakeSeed(), bits: make([]uint64, (1<<lg)/64), shift: uint(64 - lg)}
	for _, w := range words {
		h := maphash.String(f.seed, w)
		a, b := f.probes(h)
		f.bits[a/64] |= 1 << (a % 64)
		f.bits[b/64] |= 1 << (b % 64)
	}
	return f
}

// probes are two bit positions from one hash: its top bits, and the top
// bits of the hash multiplied by an odd constant.
func (f *wordFilter) probes(h uint64) (uint64, uint64) {
	return h >> f.shift, (h * 0x9E3779B97F4A7C15) >> f.shift
}

func (f *wordFilter) mayHaveHash(h uint64) bool {
	a, b := f.probes(h)
	return f.bits[a/64]&(1<<(a%64)) != 0 && f.bits[b/64]&(1<<(b%64)) != 0
}

// mayHave is false when the record surely never has s.
func (f *wordFilter) mayHave(s string) bool { return f.mayHaveHash(maphash.String(f.seed, s)) }

// mayHaveBytes is mayHave for bytes.
func (f *wordFilter) mayHaveBytes(s []byte) bool { return f.mayHaveHash(maphash.Bytes(f.seed, s)) }
