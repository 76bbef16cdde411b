package align_test

// The archive at newsroom scale (make bench-huge; never in CI or make
// test): transcripts of QUOTECHECK_HUGE_WORDS words (default 100 million)
// cut from the evaluation novels as align/synth makes records, written
// once under QUOTECHECK_HUGE as dated briefings; the Makefile builds the
// archive with quotecheck index build between the two tests here.

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/align/synth"
)

func hugeConfig(t *testing.T) (dir string, words int, eval string) {
	dir = os.Getenv("QUOTECHECK_HUGE")
	if dir == "" {
		t.Skip("set QUOTECHECK_HUGE to a folder (make bench-huge)")
	}
	words = 100_000_000
	if s := os.Getenv("QUOTECHECK_HUGE_WORDS"); s != "" {
		var err error
		words, err = strconv.Atoi(s)
		require.NoError(t, err)
	}
	eval = os.Getenv("QUOTECHECK_EVAL")
	if eval == "" {
		eval = "../../shared/eval"
	}
	return filepath.Join(dir, strconv.Itoa(words)), words, eval
}

// turnsPerBriefing is how many turns one generated briefing holds (about
// 110,000 words).
const turnsPerBriefing = 2000

// TestHugeGenerate writes the briefings, once: a folder that holds its
// "complete" marker is kept.
func TestHugeGenerate(t *testing.T) {
	dir, words, eval := hugeConfig(t)
	trDir := filepath.Join(dir, "transcripts")
	if _, err := os.Stat(filepath.Join(trDir, "complete")); err == nil {
		t.Logf("%s: generated before", trDir)
		return
	}
	require.NoError(t, os.MkdirAll(trDir, 0o755))
	files, _ := filepath.Glob(filepath.Join(eval, "novels", "*.txt"))
	require.NotEmpty(t, files, "no novels under %s/novels", eval)
	sort.Strings(files)
	var paras []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		paras = append(paras, synth.Paragraphs(string(b), 8)...)
	}
	turns := synth.Turns(synth.Grow(paras, words), 20)
	day := time.Date(1990, 1, 1, 0, 0, 0, 0, time.UTC)
	var total int64
	for i := 0; i*turnsPerBriefing < len(turns); i++ {
		chunk := turns[i*turnsPerBriefing : min((i+1)*turnsPerBriefing, len(turns))]
		date := day.AddDate(0, 0, 7*i)
		body := fmt.Sprintf("Briefing %d\n%s\n\n", i+1, date.Format("Monday, January 2, 2006")) + synth.Transcript(chunk)
		name := filepath.Join(trDir, fmt.Sprintf("briefing-%s.txt", date.Format("2006-01-02")))
		require.NoError(t, os.WriteFile(name, []byte(body), 0o644))
		total += int64(len(body))
	}
	require.NoError(t, os.WriteFile(filepath.Join(trDir, "complete"), nil, 0o644))
	t.Logf("%s: %d turns, %.1f MB", trDir, len(turns), float64(total)/1e6)
}

// TestHugeQueries opens the archive and checks quotes against it, as
// cmd/quotecheck-bench does: four in five taken from random turns with up
// to 15% of their words edited, one in five a news sentence not in the
// record.
func TestHugeQueries(t *testing.T) {
	dir, _, eval := hugeConfig(t)
	path := filepath.Join(dir, "archive.qci")
	runtime.GC()
	cpu0, t0 := cpuNow(), time.Now()
	rec, err := align.OpenArchive(path)
	require.NoError(t, err)
	load, loadCPU := time.Since(t0), cpuNow()-cpu0
	info, err := align.StatArchive(path)
	require.NoError(t, err)

	// quotes from 2,000 random turns of the record
	rng := rand.New(rand.NewPCG(11, 12))
	var turns []synth.Turn
	for range 2000 {
		tr, err := rec.Transcript(rng.IntN(rec.NumTranscripts()))
		require.NoError(t, err)
		tu := tr.Turns[rng.IntN(len(tr.Turns))]
		turns = append(turns, synth.Turn{Speaker: tu.Speaker.Label, Text: tr.Text(tu)})
	}
	news, _ := filepath.Glob(filepath.Join(eval, "polnear", "data", "*", "text", "*.txt"))
	sort.Strings(news)
	var absent []string
	for _, f := range news[:min(len(news), 400)] {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		absent = append(absent, synth.Paragraphs(string(b), 12)...)
	}
	require.NotEmpty(t, absent)
	kinds := []synth.Edit{synth.Substitute, synth.Drop, synth.Insert, synth.EllipsisCut, synth.Bracket, synth.Typography}
	type q struct{ text, speaker string }
	var qs []q
	surname := func(label string) string {
		w := strings.Fields(label)
		s := strings.ToLower(w[len(w)-1])
		return strings.ToUpper(s[:1]) + s[1:]
	}
	for i := range 1000 {
		if i%5 == 4 {
			a := synth.Absent(rng, absent, 10+rng.IntN(20))
			qs = append(qs, q{a.Text, surname(turns[rng.IntN(len(turns))].Speaker)})
			continue
		}
		ti := rng.IntN(len(turns))
		n := 8 + rng.IntN(23)
		tk := synth.Take(rng, turns, ti, n, rng.IntN(n*15/100+1), kinds)
		qs = append(qs, q{tk.Text, surname(tk.Speaker)})
	}
	procs := runtime.GOMAXPROCS(1) // per quote on one core
	defer runtime.GOMAXPROCS(procs)
	times := make([]float64, 0, len(qs))
	found := 0
	cpu1 := cpuNow()
	for _, q := range qs {
		t1 := time.Now()
		f := rec.CheckQuote(q.text, q.speaker)
		times = append(times, float64(time.Since(t1).Microseconds()))
		if f.Verdict <= align.Paraphrased {
			found++
		}
	}
	cpuPer := (cpuNow() - cpu1).Seconds() * 1e6 / float64(len(qs))
	slices.Sort(times)
	res := fmt.Sprintf("words %d, text %.1f MB, archive %.1f MB (%.2f× text)\n"+
		"load %.3f s (CPU %.3f s)\n"+
		"per quote (%d quotes, one core): median %.0f µs, p99 %.0f µs, CPU mean %.0f µs; %d of %d found in the record\n",
		info.Words, float64(info.TextBytes)/1e6, float64(info.FileBytes)/1e6, float64(info.FileBytes)/float64(info.TextBytes),
		load.Seconds(), loadCPU.Seconds(), len(qs), times[len(times)/2], times[len(times)*99/100], cpuPer, found, len(qs))
	t.Log("\n" + res)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "queries.txt"), []byte(res), 0o644))
	// the same for the chart of cmd/quotecheck-bench (-archive)
	js, err := json.MarshalIndent(map[string]any{
		"words": info.Words, "text_bytes": info.TextBytes, "archive_bytes": info.FileBytes,
		"open_seconds": load.Seconds(), "quotes": len(qs),
		"median_us": times[len(times)/2], "p99_us": times[len(times)*99/100], "cpu_mean_us": cpuPer,
	}, "", "  ")
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "queries.json"), append(js, '\n'), 0o644))
}
