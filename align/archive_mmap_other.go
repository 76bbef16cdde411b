//go:build !linux

package align

import (
	"fmt"
	"os"
)

// mapFile reads the file at path into memory (memory maps are used on
// Linux only).
func mapFile(path string) ([]byte, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if st.IsDir() {
		return nil, fmt.Errorf("%s: is a folder, not an archive", path)
	}
	return os.ReadFile(path)
}
