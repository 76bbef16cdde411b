package align

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// buildIndexParallel is buildIndex (index.go) for a record of many
// millions of words, as an archive is: the same index, built on every core
// and in the cache. buildIndex counts and places each pair at a random
// bucket of a table far larger than the cache; here the pairs are first
// sorted by hand into a thousand partitions of consecutive buckets (each
// core a stretch of the turns, in order), then each partition is counted
// and placed on its own, its buckets and its postings small enough to stay
// in the cache. Within a bucket the positions keep buildIndex's order, the
// order of the record. TestIndexParallelEqualsBuildIndex holds the two
// equal.
func buildIndexParallel(r *Record) *index { return buildIndexParallelSized(r, nil) }

// buildIndexParallelSized is buildIndexParallel that calls sized, when
// not nil, as soon as the index's tables are made, all filled but the
// positions (gramPos, stemPos), made at their lengths: those are filled
// while sized runs, and ix is whole once the function returns. sized may
// keep ix, but read the positions only after that.
func buildIndexParallelSized(r *Record, sized func(ix *index)) *index {
	ix := &index{total: len(r.norms)}
	if len(r.turns) > 0 {
		ix.bases = make([]int32, 0, len(r.turns))
	}
	for _, t := range r.turns {
		ix.bases = append(ix.bases, int32(t.base))
	}
	ix.gramBits = gramBitsFor(len(r.norms))
	nb := 1 << ix.gramBits
	// partitions of 1<<shift buckets, a multiple of 64 so that each
	// partition has words of capped of its own
	shift := max(6, int(ix.gramBits)-10)
	np := nb >> shift

	// the turns in stretches of about equal tokens, one per worker
	workers := max(1, min(runtime.GOMAXPROCS(0), len(r.turns)))
	var cuts []int // turn index where each stretch starts, and len(r.turns)
	per := len(r.norms)/workers + 1
	cuts = append(cuts, 0)
	for i, t := range r.turns {
		if t.base >= per*len(cuts) && i > cuts[len(cuts)-1] {
			cuts = append(cuts, i)
		}
	}
	cuts = append(cuts, len(r.turns))
	stretches := len(cuts) - 1
	eachGram := func(s int, fn func(b uint32, p int32)) {
		for _, t := range r.turns[cuts[s]:cuts[s+1]] {
			end := t.base + t.n
			for p := t.base; p < end; p++ {
				a := r.norms[p]
				for d, kind := 1, uint32(1); d <= maxGap; d, kind = d+1, kind+1 {
					if p+d >= end {
						break
					}
					b := r.norms[p+d]
					fn(ix.bucket(gramKey(kind, r.stemOf[a], r.stemOf[b])), int32(p))
				}
			}
		}
	}

	// pairs per stretch and partition, then each stretch's pairs
	// (bucket, position) written to its place in its partitions
	partN := make([][]int, stretches)
	parallelFor(stretches, func(s int) {
		n := make([]int, np)
		eachGram(s, func(b uint32, _ int32) { n[b>>shift]++ })
		partN[s] = n
	})
	partAt := make([]int, np+1) // partition q holds pairs[partAt[q]:partAt[q+1]]
	next := make([][]int, stretches)
	for s := range next {
		next[s] = make([]int, np)
	}
	total := 0
	for q := 0; q < np; q++ {
		partAt[q] = total
		for s := 0; s < stretches; s++ {
			next[s][q] = total
			total += partN[s][q]
		}
	}
	partAt[np] = total
	pairs := make([]uint64, total)
	parallelFor(stretches, func(s int) {
		at := next[s]
		eachGram(s, func(b uint32, p int32) {
			q := b >> shift
			pairs[at[q]] = uint64(b)<<32 | uint64(uint32(p))
			at[q]++
		})
	})

	// counts per bucket and the postings each partition keeps
	counts := make([]int32, nb)
	kept := make([]int32, np)
	parallelFor(np, func(q int) {
		for _, pr := range pairs[partAt[q]:partAt[q+1]] {
			counts[pr>>32]++
		}
		k := int32(0)
		for _, c := range counts[q<<shift : (q+1)<<shift] {
			if c <= maxPostings {
				k += c
			}
		}
		kept[q] = k
	})
	keptAt := make([]int32, np+1)
	for q := 0; q < np; q++ {
		keptAt[q+1] = keptAt[q] + kept[q]
	}
	ix.gramOff = make([]int32, nb+1)
	ix.capped = make([]uint64, (nb+63)/64)
	ix.gramOff[nb] = keptAt[np]
	ix.gramPos = make([]int32, keptAt[np])
	// the offsets and the capped buckets, before the positions: all but
	// gramPos and stemPos are whole when sized is called
	parallelFor(np, func(q int) {
		lo, hi := q<<shift, (q+1)<<shift
		off := keptAt[q]
		for b := lo; b < hi; b++ {
			ix.gramOff[b] = off
			if counts[b] <= maxPostings {
				off += counts[b]
			} else {
				ix.capped[b/64] |= 1 << (b % 64)
			}
		}
	})
	stemCounts := ix.countStems(r)
	if sized != nil {
		sized(ix)
	}
	parallelFor(np, func(q int) {
		lo, hi := q<<shift, (q+1)<<shift
		// counts become each bucket's next free place
		for b := lo; b < hi; b++ {
			counts[b] = ix.gramOff[b]
		}
		for _, pr := range pairs[partAt[q]:partAt[q+1]] {
			b := pr >> 32
			if ix.capped[b/64]&(1<<(b%64)) == 0 {
				ix.gramPos[counts[b]] = int32(uint32(pr))
				counts[b]++
			}
		}
	})

	// stems, as buildIndex
	ix.placeStems(r, stemCounts)
	return ix
}

// Stems as buildStems, on every core: each worker counts the stems of a
// stretch of the record (countStems, which makes the tables), then writes
// its positions to their places, after those of the stretches before it
// (placeStems).
func stemStretches(r *Record) (workers, per int) {
	workers = max(1, min(runtime.GOMAXPROCS(0), len(r.norms)>>16))
	return workers, (len(r.norms) + workers - 1) / workers
}

func stemStretch(r *Record, s, per int) []uint32 {
	return r.norms[min(s*per, len(r.norms)):min((s+1)*per, len(r.norms))]
}

// countStems makes stemN, stemOff and stemPos, and returns each stretch's
// first place for each stem.
func (ix *index) countStems(r *Record) [][]int32 {
	ns := len(r.stems.strs)
	workers, per := stemStretches(r)
	stretch := func(s int) []uint32 { return stemStretch(r, s, per) }
	counts := make([][]int32, workers)
	parallelFor(workers, func(s int) {
		n := make([]int32, ns)
		for _, w := range stretch(s) {
			n[r.stemOf[w]]++
		}
		counts[s] = n
	})
	ix.stemN = make([]int32, ns)
	for _, n := range counts {
		for st, c := range n {
			ix.stemN[st] += c
		}
	}
	ix.stemOff = make([]int32, ns+1)
	total := int32(0)
	for st := 0; st < ns; st++ {
		ix.stemOff[st] = total
		// each stretch's first place for the stem, in the counts
		at := total
		for _, n := range counts {
			at, n[st] = at+n[st], at
		}
		if ix.stemN[st] <= maxPostings {
			total += ix.stemN[st]
		}
	}
	ix.stemOff[ns] = total
	ix.stemPos = make([]int32, total)
	return counts
}

// placeStems fills stemPos.
func (ix *index) placeStems(r *Record, counts [][]int32) {
	workers, per := stemStretches(r)
	stretch := func(s int) []uint32 { return stemStretch(r, s, per) }
	parallelFor(workers, func(s int) {
		next := counts[s]
		p := int32(min(s*per, len(r.norms)))
		for _, w := range stretch(s) {
			st := r.stemOf[w]
			if ix.stemN[st] <= maxPostings {
				ix.stemPos[next[st]] = p
				next[st]++
			}
			p++
		}
	})
}

// parallelFor calls fn(0), …, fn(n-1) on every core and returns when all are
// done.
func parallelFor(n int, fn func(i int)) {
	workers := min(n, runtime.GOMAXPROCS(0))
	if workers <= 1 {
		for i := 0; i < n; i++ {
			fn(i)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				fn(i)
			}
		}()
	}
	wg.Wait()
}
