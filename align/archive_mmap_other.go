//go:build !linux

package align

import (
	"io"
)

// mapFile reads the file at path into memory (memory maps are used on
// Linux only): it tells it did not map it.
func mapFile(path string) ([]byte, bool, error) {
	f, _, err := OpenInput(path, "an archive", false)
	if err != nil {
		return nil, false, err
	}
	defer f.Close()
	data, err := io.ReadAll(f)
	return data, false, err
}

// populate maps a mapped file's pages ahead of use on Linux only.
func populate(file, b []byte) {}
