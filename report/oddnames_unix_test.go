//go:build unix

package report

import (
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestWriteFileAtomicOddName: a report that cannot be written names its
// path as every message does, quoted when it holds a character that is not
// printable ("reports\x1b[2J"), so the error does not act on the terminal:
// a folder, a folder that is not there, a device that cannot be written.
func TestWriteFileAtomicOddName(t *testing.T) {
	dir := t.TempDir()
	odd := filepath.Join(dir, "reports\x1b[2J")
	require.NoError(t, os.Mkdir(odd, 0o755))
	write := func(w io.Writer) error { _, err := io.WriteString(w, "{}\n"); return err }
	for _, tt := range []struct{ path, want string }{
		{odd, `"` + dir + `/reports\x1b[2J": is a folder, not a file`},
		{filepath.Join(odd, "gone", "r.json"), `"` + dir + `/reports\x1b[2J/gone/r.json": no such file or directory`},
	} {
		err := WriteFileAtomic(tt.path, write)
		require.Error(t, err)
		assert.Equal(t, tt.want, err.Error())
	}
	t.Run("device", func(t *testing.T) {
		if _, err := os.Stat("/dev/full"); err != nil {
			t.Skip("no /dev/full")
		}
		full := filepath.Join(dir, "full\x1b[2J")
		require.NoError(t, os.Symlink("/dev/full", full))
		err := WriteFileAtomic(full, write)
		require.Error(t, err)
		assert.Equal(t, `"`+dir+`/full\x1b[2J": no space left on device`, err.Error())
	})
}
