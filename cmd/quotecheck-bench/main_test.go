package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReplotArchive: -replot with -archive draws the archives' medians as
// their own series beside the in-memory search, keeps them in archive.json,
// and a later -replot without -archive draws them again from it.
func TestReplotArchive(t *testing.T) {
	out := t.TempDir()
	res, err := os.ReadFile("results/results.json")
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(out, "results.json"), res, 0o644))
	huge := t.TempDir()
	for words, median := range map[int]float64{10_000_000: 81, 100_000_000: 99} {
		dir := filepath.Join(huge, strconv.Itoa(words))
		require.NoError(t, os.MkdirAll(dir, 0o755))
		js, _ := json.Marshal(map[string]any{"words": words, "median_us": median, "p99_us": 400})
		require.NoError(t, os.WriteFile(filepath.Join(dir, "queries.json"), js, 0o644))
	}
	var stdout, stderr bytes.Buffer
	require.Equal(t, 0, run([]string{"-replot", out, "-archive", huge}, &stdout, &stderr), stderr.String())
	svg, err := os.ReadFile(filepath.Join(out, "chart.svg"))
	require.NoError(t, err)
	assert.Contains(t, string(svg), archiveSeries)
	var arc []ArchivePoint
	data, err := os.ReadFile(filepath.Join(out, "archive.json"))
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(data, &arc))
	require.Len(t, arc, 2)
	assert.Equal(t, 10_000_000, arc[0].Words, "by size")
	assert.Equal(t, 99.0, arc[1].MedianMicros)

	require.NoError(t, os.Remove(filepath.Join(out, "chart.svg")))
	require.Equal(t, 0, run([]string{"-replot", out}, &stdout, &stderr), stderr.String())
	again, err := os.ReadFile(filepath.Join(out, "chart.svg"))
	require.NoError(t, err)
	assert.Equal(t, string(svg), string(again), "drawn again from archive.json")

	assert.Equal(t, 2, run([]string{"-replot", out, "-archive", t.TempDir()}, &stdout, &stderr), "an -archive folder with no figures is an error")
}
