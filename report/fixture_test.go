package report

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/quotes"
)

var update = flag.Bool("update", false, "rewrite golden files")

// The seeds, named as seen from this package's folder: relative paths keep
// the golden files the same on every machine.
const seedDir = "../testdata/seeds"

var (
	seedRecord   = filepath.Join(seedDir, "000_adf2d0d08684c947.txt")
	seedArticles = []string{
		filepath.Join(seedDir, "001_c78c3c7143cf625d.txt"),
		filepath.Join(seedDir, "002_c15b9b24642192a5.txt"),
		filepath.Join(seedDir, "003_3f64001593826196.txt"),
		filepath.Join(seedDir, "004_42f1c81c42cc92c4.txt"),
	}
)

func readSeed(t testing.TB, path string) *quotes.Doc {
	t.Helper()
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	doc, err := quotes.NewDoc(filepath.ToSlash(path), data)
	require.NoError(t, err)
	return doc
}

// seedRun is the one fixture every format's golden file is made from: the
// seed articles 001-004 checked against the seed transcript 000 with the
// default gate, the way the command builds a Run.
func seedRun(t testing.TB) *Run {
	t.Helper()
	tr, err := quotes.ParseTranscript(readSeed(t, seedRecord))
	require.NoError(t, err)
	rec := align.NewRecord(tr)
	run := &Run{FailOn: align.DefaultFailing(), Transcripts: []string{filepath.ToSlash(seedRecord)}}
	for _, path := range seedArticles {
		doc := readSeed(t, path)
		a := quotes.ParseArticleKnown(doc, rec.Surnames())
		run.Articles = append(run.Articles, Article{File: doc.Name, Doc: doc, Findings: rec.Check(a), Warnings: a.Warnings})
	}
	return run
}

// golden compares got with testdata/name, rewriting it under -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.WriteFile(path, got, 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run 'make golden' to create it")
	assert.Equal(t, string(want), string(got))
}

func TestSeedFixture(t *testing.T) {
	run := seedRun(t)
	require.Len(t, run.Articles, 4)
	totals, failing := run.Totals()
	// the verdict table of the seeds: every format's golden file shows these
	assert.Equal(t, 1, totals[align.Misattributed], "001 gives Emanuel's words to Blinken")
	assert.Equal(t, 1, totals[align.Faithful], "002's bracketed [W]e're")
	assert.Positive(t, failing)
	assert.False(t, run.Passed())
}
