package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const layoutDir = "../../testdata/transcripts"

func goldenFile(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run 'make golden' to create it")
	assert.Equal(t, string(want), got)
}

// TestGoldenTranscriptLayouts checks a hand-made article against a record
// in each layout, end to end, and holds the text report to a golden file.
func TestGoldenTranscriptLayouts(t *testing.T) {
	cases := []struct {
		name    string
		record  string
		article string
		flags   []string
		code    int
	}{
		{"remarks", "remarks.txt", "remarks.article.txt", nil, exitFail},
		{"commercial", "commercial.txt", "commercial.article.txt", nil, exitFail},
		{"dialogue", "dialogue.txt", "dialogue.article.txt", nil, exitFail},
		{"vtt", "briefing.vtt", "vtt.article.txt", nil, exitFail},
		{"srt", "briefing.srt", "srt.article.txt", []string{"--media", "https://www.youtube.com/watch?v=harbor"}, exitFail},
		{"csv", "briefings.csv", "csv.article.txt", nil, exitFail},
		{"tsv", "briefing.tsv", "tsv.article.txt", []string{"--transcript-format", "tsv"}, exitPass},
		{"unlabelled", "unlabelled.txt", "unlabelled.article.txt", nil, exitFail},
		{"hearing", "hearing.txt", "hearing.article.txt", nil, exitFail},
		{"court", "court.txt", "court.article.txt", nil, exitFail},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			args := append([]string{"check", "-t", filepath.Join(layoutDir, c.record)}, c.flags...)
			args = append(args, filepath.Join(layoutDir, c.article))
			code, out, stderr := runCLI(args...)
			assert.Equal(t, c.code, code, stderr)
			assert.Empty(t, stderr)
			goldenFile(t, filepath.Join(layoutDir, c.name+".report.golden"), out)
		})
	}
}

// TestTranscriptLayoutFindings states, in a user's terms, what each
// layout's report must say.
func TestTranscriptLayoutFindings(t *testing.T) {
	cases := []struct {
		name    string
		args    []string
		finding string // a line the report must hold
	}{
		{"a reporter's question given to the official is misattributed",
			[]string{"remarks.txt", "remarks.article.txt"}, "why:    said by a reporter (QUESTION), not Alvarez"},
		{"a quote without the record's fillers is verbatim and says cleaned",
			[]string{"commercial.txt", "commercial.article.txt"}, "why:    the record's words; cleaned: the record's “uh” left out (disfluencies)"},
		{"a quote without a false start is verbatim",
			[]string{"commercial.txt", "commercial.article.txt"}, "cleaned: the record's “that uses this” left out"},
		{"a subtitle's word keeps its cue's moment, linked to the media",
			[]string{"briefing.vtt", "vtt.article.txt"}, "source: Maria Alvarez, ../../testdata/transcripts/briefing.vtt:15 at 00:14:31 (https://example.org/briefings/harbor.mp4#t=871)"},
		{"a CSV's events are transcripts named file#date",
			[]string{"briefings.csv", "csv.article.txt"}, "source: Alvarez, ../../testdata/transcripts/briefings.csv#5/8/24:6 (2024-05-08) at 00:00:40"},
		{"an inline label splits a CSV row",
			[]string{"briefings.csv", "csv.article.txt"}, "source: Alvarez, ../../testdata/transcripts/briefings.csv#5/1/24:3"},
		{"a record with no labels checks the words, not the speaker",
			[]string{"unlabelled.txt", "unlabelled.article.txt"}, "the record names no speaker, so who said it is not checked"},
		{"a hearing's member is the name before the party and state",
			[]string{"hearing.txt", "hearing.article.txt"}, "source: Ann Lowell, ../../testdata/transcripts/hearing.txt:8"},
		{"a voice the hearing cannot name is no one's, not the speaker's before it",
			[]string{"hearing.txt", "hearing.article.txt"}, "the record does not name the voice that says it, so who said it is not checked"},
		{"a witness's answer given to the examining lawyer is misattributed",
			[]string{"court.txt", "court.article.txt"}, "why:    said by Ann Lowell, not Kemp"},
		{"the court's words are the judge's the header names",
			[]string{"court.txt", "court.article.txt"}, "source: Omar Haddad, ../../testdata/transcripts/court.txt:18"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, out, stderr := runCLI("check", "-t", filepath.Join(layoutDir, c.args[0]), filepath.Join(layoutDir, c.args[1]))
			assert.Empty(t, stderr)
			assert.Contains(t, out, c.finding)
		})
	}
}

func TestTranscriptFormatFlag(t *testing.T) {
	cases := []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"unknown layout lists the valid names", []string{"--transcript-format", "docx"}, exitError,
			"valid: auto, remarks, commercial, dialogue, vtt, srt, csv, tsv, plain"},
		{"a forced layout that does not fit names the file", []string{"--transcript-format", "remarks", "-t", filepath.Join(layoutDir, "unlabelled.txt")}, exitError,
			"unlabelled.txt: no speaker-labelled speech"},
		{"a table without speaker and text columns names file and line", []string{"--transcript-format", "csv", "-t", filepath.Join(layoutDir, "remarks.txt")}, exitError,
			"remarks.txt:1: the header row needs a speaker and a text column"},
		{"a broken cue timing names file and line", []string{"--transcript-format", "srt", "-t", filepath.Join(layoutDir, "broken.srt")}, exitError,
			"broken.srt:6: unreadable cue timing"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			args := append([]string{"check"}, c.args...)
			if !strings.Contains(strings.Join(c.args, " "), "-t ") {
				args = append(args, "-t", filepath.Join(layoutDir, "remarks.txt"))
			}
			args = append(args, filepath.Join(layoutDir, "remarks.article.txt"))
			code, _, stderr := runCLI(args...)
			assert.Equal(t, c.code, code, stderr)
			assert.Contains(t, stderr, c.stderr)
			assert.NotContains(t, stderr, "panic")
		})
	}
}

type verdictRow struct{ Verdict, Speaker, Source, Event string }

// verdicts runs a check and returns, per quote, the verdict, the resolved
// speaker, the source's speaker and (for a file of several events) the
// source's event.
func verdicts(t *testing.T, args ...string) []verdictRow {
	t.Helper()
	code, out, stderr := runCLI(append([]string{"check", "--format", "json"}, args...)...)
	require.NotEqual(t, exitError, code, stderr)
	var rep struct {
		Quotes []struct {
			Verdict string
			Speaker string
			Source  *struct{ File, Speaker string }
		}
	}
	require.NoError(t, json.Unmarshal([]byte(out), &rep))
	rows := make([]verdictRow, len(rep.Quotes))
	for i, q := range rep.Quotes {
		rows[i] = verdictRow{Verdict: q.Verdict, Speaker: surname(q.Speaker)}
		if q.Source != nil {
			rows[i].Source = surname(q.Source.Speaker)
			if _, ev, ok := strings.Cut(q.Source.File, "#"); ok {
				rows[i].Event = ev
			} else {
				rows[i].Event = strings.ReplaceAll(strings.TrimSuffix(filepath.Base(q.Source.File), ".txt"), "-", "/")
			}
		}
	}
	return rows
}

// surname is the last word of a display name: the seed's "Ambassador
// Emanuel" and a commercial transcript's "Rahm Emanuel" are one speaker.
func surname(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// TestSeedRemarksInThreeLayouts checks the seed articles against the seed
// remarks written as WebVTT, as a transcription service's layout and as a
// CSV: each quote must come out as it does against the original.
func TestSeedRemarksInThreeLayouts(t *testing.T) {
	articles := []string{seed001, seed002, seed003, seed004}
	want := verdicts(t, append([]string{"-t", seedRecord}, articles...)...)
	for i := range want {
		want[i].Event = ""
	}
	require.NotEmpty(t, want)
	for _, layout := range []string{"000.vtt", "000.commercial.txt", "000.csv"} {
		t.Run(layout, func(t *testing.T) {
			got := verdicts(t, append([]string{"-t", filepath.Join(layoutDir, "seed", layout)}, articles...)...)
			for i := range got {
				got[i].Event = ""
			}
			assert.Equal(t, want, got)
		})
	}
}

// TestDebatesCSVMatchesText reads the 2016 debates straight from their CSV
// and from a text conversion (one "SPEAKER: text" transcript per debate),
// and checks the hand-labelled debate articles against both: every quote
// must get the same verdict, speaker and source event.
func TestDebatesCSVMatchesText(t *testing.T) {
	eval := os.Getenv("EVAL")
	if eval == "" {
		eval = "../../../shared/eval"
	}
	csvPath := filepath.Join(eval, "debates2016", "debate.csv")
	if _, err := os.Stat(csvPath); err != nil {
		t.Skipf("the evaluation data is not here (%s); set EVAL to its folder", csvPath)
	}
	// the articles of the labelled debate quotations
	labels, err := os.ReadFile("../../testdata/eval/debates/labels.tsv")
	require.NoError(t, err)
	seen := map[string]bool{}
	var articles []string
	for _, line := range strings.Split(string(labels), "\n")[1:] {
		f := strings.Split(line, "\t")
		if len(f) < 2 || seen[f[1]] {
			continue
		}
		seen[f[1]] = true
		p := filepath.Join(eval, "polnear", "data", f[0], "text", f[1]+".txt")
		if _, err := os.Stat(p); err == nil {
			articles = append(articles, p)
		}
	}
	if len(articles) == 0 {
		t.Skip("no labelled debate article found under " + eval)
	}
	// the text conversion
	data, err := os.ReadFile(csvPath)
	require.NoError(t, err)
	r := csv.NewReader(strings.NewReader(string(data)))
	r.LazyQuotes = true
	rows, err := r.ReadAll()
	require.NoError(t, err)
	dir := t.TempDir()
	byDate := map[string]*strings.Builder{}
	var dates []string
	for _, row := range rows[1:] {
		date := row[3]
		b := byDate[date]
		if b == nil {
			b = &strings.Builder{}
			byDate[date] = b
			dates = append(dates, date)
		}
		fmt.Fprintf(b, "%s: %s\n\n", strings.ToUpper(row[1]), row[2])
	}
	textArgs := []string{}
	for _, d := range dates {
		p := filepath.Join(dir, strings.ReplaceAll(d, "/", "-")+".txt")
		require.NoError(t, os.WriteFile(p, []byte(byDate[d].String()), 0o644))
		textArgs = append(textArgs, "-t", p)
	}
	fromText := verdicts(t, append(textArgs, articles...)...)
	fromCSV := verdicts(t, append([]string{"-t", csvPath}, articles...)...)
	require.Len(t, fromCSV, len(fromText))
	assert.Greater(t, len(fromCSV), 10)
	counts := map[string]int{}
	for _, r := range fromCSV {
		counts[r.Verdict]++
	}
	t.Logf("%d quotes of %d articles: %v", len(fromCSV), len(articles), counts)
	for i := range fromText {
		assert.Equal(t, fromText[i], fromCSV[i], "quote %d", i)
	}
}
