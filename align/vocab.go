package align

import (
	"encoding/binary"
	"math"
	"unsafe"
)

// vocab interns strings as small integers, so the record stores a word in
// four bytes and compares words as integers.
type vocab struct {
	ids  map[string]uint32
	strs []string // strs[id]; id 0 is reserved for "not in the record"
}

func newVocab() *vocab { return &vocab{ids: map[string]uint32{}, strs: []string{""}} }

// add returns s's id, adding it when new.
func (v *vocab) add(s string) uint32 {
	if id, ok := v.ids[s]; ok {
		return id
	}
	id := uint32(len(v.strs))
	v.ids[s] = id
	v.strs = append(v.strs, s)
	return id
}

// lookup returns s's id, or 0 when the record never has s.
func (v *vocab) lookup(s string) uint32 { return v.ids[s] }

func (v *vocab) str(id uint32) string { return v.strs[id] }

// matchTable maps a match of the scanner, as written, to its tokens
// (recordBuild): an open-addressing hash table whose slots hold a key's
// first eight bytes, so that most words are found by reading one slot and
// nothing else. A Go map of strings reads each key through its pointer,
// which at tens of millions of words costs a cache miss a word.
type matchTable struct {
	slots []matchSlot // a power of two of them, at most half full
	n     int
	long  []byte // the keys of more than eight bytes, one after another
}

type matchSlot struct {
	head uint64 // the key's first eight bytes, zeros after its end
	hash uint32
	off  uint32 // where a key of more than eight bytes starts in long
	size uint16 // the key's length plus one; 0: an empty slot
	toks matchToks
}

func newMatchTable() *matchTable { return &matchTable{slots: make([]matchSlot, 1<<12)} }

// load8 reads up to eight bytes of s from i, zeros after its end.
func load8(s string, i int) uint64 {
	if len(s)-i >= 8 {
		return binary.LittleEndian.Uint64(unsafe.Slice(unsafe.StringData(s[i:]), 8))
	}
	var v uint64
	for k := len(s) - 1; k >= i; k-- {
		v = v<<8 | uint64(s[k])
	}
	return v
}

func matchHash(s string) (head uint64, h uint32) {
	head = load8(s, 0)
	x := head ^ uint64(len(s))*0x9E3779B97F4A7C15
	for i := 8; i < len(s); i += 8 {
		x = (x ^ x>>29) * 0xBF58476D1CE4E5B9
		x ^= load8(s, i)
	}
	x ^= x >> 32
	x *= 0xD6E8FEB86659FD93
	x ^= x >> 32
	return head, uint32(x)
}

// find returns the slot of s: the one holding it (found), or the empty one
// where it goes.
func (t *matchTable) find(s string) (slot int, found bool) {
	head, h := matchHash(s)
	mask := len(t.slots) - 1
	for i := int(h) & mask; ; i = (i + 1) & mask {
		sl := &t.slots[i]
		if sl.size == 0 {
			return i, false
		}
		if sl.hash == h && int(sl.size) == len(s)+1 && sl.head == head &&
			(len(s) <= 8 || string(t.long[int(sl.off)+8:int(sl.off)+len(s)]) == s[8:]) {
			return i, true
		}
	}
}

// get returns the tokens of s.
func (t *matchTable) get(s string) (matchToks, bool) {
	i, ok := t.find(s)
	return t.slots[i].toks, ok
}

// put adds s, which the table does not hold (unless s is of 64 KB or
// more, or the keys would pass 4 GB: then s is left out, to be tokenized
// again when met).
func (t *matchTable) put(s string, toks matchToks) {
	if len(s)+1 > math.MaxUint16 || len(s) > 8 && uint64(len(t.long)+len(s)) > math.MaxUint32 {
		return
	}
	if 2*(t.n+1) > len(t.slots) {
		old := t.slots
		t.slots = make([]matchSlot, 2*len(old))
		mask := len(t.slots) - 1
		for _, sl := range old {
			if sl.size == 0 {
				continue
			}
			i := int(sl.hash) & mask
			for t.slots[i].size != 0 {
				i = (i + 1) & mask
			}
			t.slots[i] = sl
		}
	}
	i, _ := t.find(s)
	head, h := matchHash(s)
	sl := matchSlot{head: head, hash: h, size: uint16(len(s) + 1), toks: toks}
	if len(s) > 8 {
		sl.off = uint32(len(t.long))
		t.long = append(t.long, s...)
	}
	t.slots[i] = sl
	t.n++
}
