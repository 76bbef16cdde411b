package align

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
