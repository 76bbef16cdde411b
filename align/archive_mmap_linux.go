//go:build linux

package align

import (
	"fmt"
	"io"
	"syscall"
	"unsafe"

	"github.com/quotecheck/quotecheck/quotes"
)

// mapFile maps the file at path read-only into memory, and tells whether
// it did (false: it read the file). The mapping is never undone: a loaded
// record's strings point into it.
func mapFile(path string) ([]byte, bool, error) {
	f, st, err := OpenInput(path, "an archive", false)
	if err != nil {
		return nil, false, err
	}
	defer f.Close()
	size := st.Size()
	if size == 0 {
		return []byte{}, false, nil
	}
	if int64(int(size)) != size {
		return nil, false, fmt.Errorf("%s: too large to map (%d bytes)", quotes.ShowName(path), size)
	}
	data, err := syscall.Mmap(int(f.Fd()), 0, int(size), syscall.PROT_READ, syscall.MAP_SHARED)
	if err != nil {
		data, err = io.ReadAll(f) // a file system that cannot map
		return data, false, err
	}
	return data, true, nil
}

// madvPopulateRead is MADV_POPULATE_READ (Linux 5.14): map a range's
// pages as reading them would, without reading them.
const madvPopulateRead = 22

// populate maps the pages of b, a part of file, the mapped archive, into
// the process, so that a check's first read of one of its blocks takes no
// page fault. The first read of a page of a mapped file is a fault that
// maps it (about 6 µs for a page at random on the machine these were
// measured on, whose page tables are virtualized), and a search reads the
// posting tables and the word ids at random places: at 100 million words
// a quote's median time was 154 to 166 µs without this and 123 to 139 µs
// with it. Only the pages are mapped: nothing is read into the record. On
// a kernel without MADV_POPULATE_READ (before 5.14) it does nothing.
func populate(file, b []byte) {
	const page = 4096 // file starts on a page: offsets into it align as addresses do
	if len(b) == 0 {
		return
	}
	off := int(uintptr(unsafe.Pointer(unsafe.SliceData(b))) - uintptr(unsafe.Pointer(unsafe.SliceData(file))))
	_ = syscall.Madvise(file[off&^(page-1):off+len(b)], madvPopulateRead)
}
