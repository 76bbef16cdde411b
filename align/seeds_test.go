package align

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotecheck/quotecheck/quotes"
)

func loadRecord(t testing.TB, paths ...string) *Record {
	t.Helper()
	var trs []*quotes.Transcript
	for _, p := range paths {
		data, err := os.ReadFile(p)
		require.NoError(t, err)
		d, err := quotes.NewDoc(p, data)
		require.NoError(t, err)
		tr, err := quotes.ParseTranscript(d)
		require.NoError(t, err)
		trs = append(trs, tr)
	}
	return NewRecord(trs...)
}

func checkFile(t testing.TB, rec *Record, path string) []Finding {
	t.Helper()
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	d, err := quotes.NewDoc(path, data)
	require.NoError(t, err)
	return rec.Check(quotes.ParseArticleKnown(d, rec.Surnames()))
}

// TestSeedVerdicts holds every quote of the seed articles to the verdict
// the project's founding table gives it.
func TestSeedVerdicts(t *testing.T) {
	rec := loadRecord(t, "../testdata/seeds/000_adf2d0d08684c947.txt")
	type want struct {
		begins   string
		speaker  string    // record speaker key, "" when not in the record
		verdicts []Verdict // acceptable verdicts
		source   string    // the source's speaker key, "" for none
	}
	both := []Verdict{Paraphrased, Fabricated}
	cases := map[string][]want{
		"001": {
			{"When I took this job", "BLINKEN", []Verdict{Altered}, "BLINKEN"},
			{"It’s no accident that my first trip", "BLINKEN", []Verdict{Paraphrased}, "BLINKEN"},
			{"We are the largest investors", "BLINKEN", []Verdict{Verbatim}, "BLINKEN"},
			{"Japan’s voice, Japan’s leadership", "BLINKEN", []Verdict{Verbatim}, "BLINKEN"},
			{"What we’ve built together", "BLINKEN", []Verdict{Paraphrased}, "BLINKEN"},
			{"It transcends any one leader", "BLINKEN", []Verdict{Altered}, "BLINKEN"},
			{"The United States and Japan stand shoulder", "EMANUEL", []Verdict{Altered}, "EMANUEL"},
			{"This alliance is not just about treaty", "EMANUEL", []Verdict{Paraphrased}, "EMANUEL"},
			{"In a time of rising global challenges", "BLINKEN", []Verdict{Paraphrased}, "BLINKEN"},
			{"Japan and the United States are leading the way, and I am confident", "BLINKEN", []Verdict{Altered}, "BLINKEN"},
			{"Together, we are not just allies", "BLINKEN", []Verdict{Misattributed}, "EMANUEL"},
		},
		"002": {
			{"where Japan and the United States are promoting", "BLINKEN", []Verdict{Altered}, "BLINKEN"},
			{"We are the largest investors in each other’s economies. We work together", "BLINKEN", []Verdict{Verbatim}, "BLINKEN"},
			{"There was a recognition here", "BLINKEN", []Verdict{Verbatim}, "BLINKEN"},
			{"[W]e’re living in a time", "BLINKEN", []Verdict{Faithful}, "BLINKEN"},
			{"Japan and the United States are leading the way, and I have great confidence", "BLINKEN", []Verdict{Verbatim}, "BLINKEN"},
		},
		"003": {
			{"We are deeply saddened", "", []Verdict{Unverifiable}, ""},
			{"Such acts of violence", "", []Verdict{Unverifiable}, ""},
			{"We believe that your first overseas trip", "", []Verdict{Unverifiable}, ""},
			{"I’ve been to Japan seven times", "BLINKEN", both, ""},
			{"This partnership has grown stronger", "BLINKEN", both, ""},
			{"The world doesn't stop", "BLINKEN", []Verdict{Fabricated}, ""},
			{"2+2", "", []Verdict{Skipped}, ""},
			{"The foundational strength", "BLINKEN", []Verdict{Fabricated}, ""},
			{"We look forward", "BLINKEN", []Verdict{Fabricated}, ""},
		},
		"004": {
			{"extraordinary hospitality", "BLINKEN", []Verdict{Fabricated}, ""},
			{"For that trip", "BLINKEN", []Verdict{Fabricated}, ""},
			{"for a free and open Indo-Pacific region", "BLINKEN", []Verdict{Fabricated}, ""},
			{"bond of friendship, trust and respect", "BLINKEN", []Verdict{Fabricated}, ""},
			{"We are proud", "BLINKEN", []Verdict{Fabricated}, ""},
			{"build upon the resolute", "", []Verdict{Unverifiable}, ""},
			{"The US-Japan alliance is strong", "", []Verdict{Unverifiable}, ""},
			{"ready to buttress", "", []Verdict{Unverifiable}, ""},
			{"cement peace", "", []Verdict{Unverifiable}, ""},
			{"change in power balance", "", []Verdict{Unverifiable}, ""},
			{"The environment has entered", "", []Verdict{Unverifiable}, ""},
			{"security environment is becoming", "", []Verdict{Unverifiable}, ""},
			{"In difficult times", "", []Verdict{Unverifiable}, ""},
			{"specific approaches", "", []Verdict{Unverifiable}, ""},
		},
	}
	for prefix, wants := range cases {
		paths, _ := filepath.Glob("../testdata/seeds/" + prefix + "_*.txt")
		require.Len(t, paths, 1)
		fs := checkFile(t, rec, paths[0])
		require.Len(t, fs, len(wants), "quotes found in %s", prefix)
		for i, w := range wants {
			f := fs[i]
			t.Run(prefix+"/"+w.begins, func(t *testing.T) {
				assert.True(t, strings.HasPrefix(f.Quote.Text, w.begins), "quote %d is %q", i, f.Quote.Text)
				assert.Contains(t, w.verdicts, f.Verdict, "reason: %s", f.Reason)
				if f.Verdict != Skipped {
					assert.Equal(t, w.speaker, f.SpeakerID, "speaker")
				}
				if w.source != "" {
					require.NotNil(t, f.Source)
					assert.Equal(t, w.source, f.Source.SpeakerID, "source speaker")
				}
				if f.Verdict == Fabricated || f.Verdict == Unverifiable {
					assert.Nil(t, f.Source)
				}
			})
		}
	}
}
