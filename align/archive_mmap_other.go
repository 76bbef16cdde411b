//go:build !linux

package align

import (
	"fmt"
	"os"
)

// mapFile reads the file at path into memory (memory maps are used on
// Linux only): it tells it did not map it.
func mapFile(path string) ([]byte, bool, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, false, err
	}
	if st.IsDir() {
		return nil, false, fmt.Errorf("%s: is a folder, not an archive", path)
	}
	data, err := os.ReadFile(path)
	return data, false, err
}

// populate maps a mapped file's pages ahead of use on Linux only.
func populate(file, b []byte) {}
