package main

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const hostileDir = "../../testdata/hostile"

// jsonReport is the part of the JSON report the hostile tests read.
type jsonReport struct {
	Quotes []struct {
		File    string
		Line    int
		Column  int
		Text    string
		Verdict string
		Reason  string
	}
	Warnings []struct {
		File    string
		Line    int
		Column  int
		Message string
	}
	Errors  []string
	Summary struct {
		Articles []struct{ File string }
	}
}

func (r jsonReport) warning(msg string) (string, bool) {
	for _, w := range r.Warnings {
		if strings.Contains(w.Message, msg) {
			return fmt.Sprintf("%s:%d:%d", w.File, w.Line, w.Column), true
		}
	}
	return "", false
}

// hashes fingerprints files, to prove a run leaves its inputs as they were.
func hashes(t *testing.T, paths ...string) map[string][32]byte {
	t.Helper()
	out := map[string][32]byte{}
	for _, p := range paths {
		if data, err := os.ReadFile(p); err == nil {
			out[p] = sha256.Sum256(data)
		}
	}
	return out
}

// runHostile runs the command and checks what holds for every input: no
// panic, stderr lines that name a file, a JSON report whenever anything was
// checked, and inputs unchanged.
func runHostile(t *testing.T, inputs []string, args ...string) (int, jsonReport, string) {
	t.Helper()
	before := hashes(t, inputs...)
	code, out, stderr := runCLI(args...)
	assert.NotContains(t, stderr, "panic")
	assert.NotContains(t, stderr, "goroutine ")
	for _, line := range strings.Split(strings.TrimSpace(stderr), "\n") {
		if line != "" {
			assert.Regexp(t, `^quotecheck: \S`, line, "one line per problem")
		}
	}
	var rep jsonReport
	if out != "" {
		require.NoError(t, json.Unmarshal([]byte(out), &rep), "report: %.300s", out)
	}
	assert.Equal(t, before, hashes(t, inputs...), "inputs were modified")
	return code, rep, stderr
}

type manifestRow struct {
	file, as  string
	exit      int
	quotes    []string // verdict@line:col
	message   string
	at        string
	lineOfTSV int
}

func readManifest(t *testing.T) []manifestRow {
	f, err := os.Open(filepath.Join(hostileDir, "manifest.tsv"))
	require.NoError(t, err)
	defer f.Close()
	var rows []manifestRow
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		c := strings.Split(line, "\t")
		require.Len(t, c, 6, "manifest.tsv:%d: six tab-separated columns", n)
		exit, err := strconv.Atoi(c[2])
		require.NoError(t, err, "manifest.tsv:%d: exit", n)
		require.Contains(t, []string{"article", "transcript"}, c[1], "manifest.tsv:%d", n)
		r := manifestRow{file: c[0], as: c[1], exit: exit, message: c[4], at: c[5], lineOfTSV: n}
		if c[3] != "-" {
			r.quotes = strings.Split(c[3], ",")
		}
		rows = append(rows, r)
	}
	require.NoError(t, sc.Err())
	return rows
}

// TestHostileCorpus runs every file of testdata/hostile as its manifest
// says and checks the outcome it gives there.
func TestHostileCorpus(t *testing.T) {
	rows := readManifest(t)
	listed := map[string]bool{}
	for _, r := range rows {
		listed[r.file] = true
	}
	entries, err := os.ReadDir(hostileDir)
	require.NoError(t, err)
	for _, e := range entries {
		if e.Name() != "manifest.tsv" {
			assert.True(t, listed[e.Name()], "%s has no line in manifest.tsv", e.Name())
		}
	}
	plain := filepath.Join(hostileDir, "no_quotes.txt")
	for _, r := range rows {
		t.Run(r.as+"="+r.file, func(t *testing.T) {
			path := filepath.Join(hostileDir, r.file)
			args := []string{"check", "--format", "json", "-j", "2", "-t", seedRecord, path}
			if r.as == "transcript" {
				args = []string{"check", "--format", "json", "-t", path, plain}
			}
			code, rep, stderr := runHostile(t, []string{path, seedRecord, plain}, args...)
			assert.Equal(t, r.exit, code, "manifest.tsv:%d; stderr: %s", r.lineOfTSV, stderr)
			var got []string
			for _, q := range rep.Quotes {
				got = append(got, fmt.Sprintf("%s@%d:%d", q.Verdict, q.Line, q.Column))
			}
			assert.Equal(t, r.quotes, got, "quotes")
			switch {
			case r.message == "-":
				assert.Empty(t, stderr)
			case r.exit == exitError:
				assert.Contains(t, stderr, r.message)
				if r.at != "-" {
					assert.Contains(t, stderr, filepath.Join(hostileDir, r.at)+":", "names the file and place")
				}
			default:
				at, ok := rep.warning(r.message)
				require.True(t, ok, "a warning %q; got %+v", r.message, rep.Warnings)
				if r.at != "-" {
					assert.Equal(t, filepath.Join(hostileDir, r.at), at)
				}
			}
		})
	}
}

// someWords is the speech of the seed record's first speaker, for
// generated quotes that are in the record.
const verbatimQuote = "When I took this job, the first instruction President Biden gave me was to do everything possible to re-energize, rejuvenate, in some cases even reimagine, our alliances"

// TestHostileGenerated: inputs too big to commit, and faults of the file
// system, made at run time.
func TestHostileGenerated(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, []byte(text), 0o644))
		return p
	}
	tail := "\n\n“" + verbatimQuote + ",” Blinken said.\n"
	words := strings.Fields("the alliance between our two countries has never been stronger and we will work together")
	var million strings.Builder
	million.WriteString("Blinken said “")
	for i := range 1_000_000 {
		million.WriteString(words[i%len(words)])
		million.WriteByte(' ')
	}
	million.WriteString("”.\n")
	line10MB := strings.Repeat("The ministers met again and talked at length about trade. ", 10<<20/58)

	folder := filepath.Join(dir, "folder")
	require.NoError(t, os.Mkdir(folder, 0o755))
	vanished := filepath.Join(dir, "vanished.txt")
	dangling := filepath.Join(dir, "dangling.txt")
	require.NoError(t, os.Symlink(filepath.Join(dir, "gone.txt"), dangling))

	type want struct {
		exit     int
		quotes   int    // -1: not checked
		verbatim bool   // the last quote is verbatim
		stderr   string // in stderr, after the path
		warning  string
		skipped  string // a skipped quote's reason holds this
	}
	cases := []struct {
		name string
		path string
		args []string
		want want
	}{
		{"10MB_on_one_line", write("line.txt", line10MB+tail), nil, want{exit: 0, quotes: 1, verbatim: true}},
		{"100000_straight_marks", write("straight.txt", strings.Repeat(`"`, 100_000)+tail), nil, want{exit: 0, quotes: -1, verbatim: true}},
		{"100000_curly_openers", write("curly.txt", strings.Repeat("“", 100_000)+tail), nil, want{exit: 0, quotes: -1, verbatim: true}},
		{"100000_quotes_on_one_line", write("many.txt", strings.Repeat(`“We will,” he said. `, 100_000)+tail), nil, want{exit: 0, quotes: 100_001, verbatim: true}},
		{"million_word_quote", write("million.txt", million.String()+tail), nil,
			want{exit: 0, quotes: 2, verbatim: true, warning: "longer than the 1000-word limit", skipped: "-max-quote-words"}},
		{"quote_over_a_lowered_limit", write("limit.txt", tail), []string{"-max-quote-words", "10"},
			want{exit: 0, quotes: 1, warning: "words is longer than the 10-word limit", skipped: "raise it with -max-quote-words"}},
		{"over_max_file_size", write("size.txt", strings.Repeat("word ", 40_000)), []string{"-max-file-size", "100000"},
			want{exit: 2, quotes: -1, stderr: ": larger than the 100000-byte limit (raise it with -max-file-size)"}},
		{"folder_as_article", folder, nil, want{exit: 2, quotes: -1, stderr: ": folder holds no article"}},
		{"vanished_file", vanished, nil, want{exit: 2, quotes: -1, stderr: ": no such file or directory"}},
		{"dangling_link", dangling, nil, want{exit: 2, quotes: -1, stderr: ": no such file or directory"}},
	}
	heavy := map[string]bool{"10MB_on_one_line": true, "100000_quotes_on_one_line": true, "million_word_quote": true}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if heavy[c.name] && testing.Short() {
				t.Skip("large input; slow under the race detector")
			}
			args := append([]string{"check", "--format", "json", "-t", seedRecord}, c.args...)
			code, rep, stderr := runHostile(t, []string{c.path, seedRecord}, append(args, c.path)...)
			assert.Equal(t, c.want.exit, code, "stderr: %s", stderr)
			if c.want.stderr != "" {
				assert.Contains(t, stderr, "quotecheck: "+c.path+c.want.stderr)
			} else {
				assert.Empty(t, stderr)
			}
			if c.want.quotes >= 0 {
				assert.Len(t, rep.Quotes, c.want.quotes)
			}
			if c.want.verbatim && assert.NotEmpty(t, rep.Quotes) {
				last := rep.Quotes[len(rep.Quotes)-1]
				assert.Equal(t, "verbatim", last.Verdict, "the quote after the hostile part: %s", last.Reason)
			}
			if c.want.warning != "" {
				_, ok := rep.warning(c.want.warning)
				assert.True(t, ok, "a warning %q", c.want.warning)
			}
			if c.want.skipped != "" {
				found := false
				for _, q := range rep.Quotes {
					if q.Verdict == "skipped" && strings.Contains(q.Reason, c.want.skipped) {
						found = true
						assert.Greater(t, len(q.Text), 0, "the skipped quote is reported whole")
					}
				}
				assert.True(t, found, "a quote skipped for %q", c.want.skipped)
			}
		})
	}

	t.Run("folder_of_no_transcripts", func(t *testing.T) {
		code, _, stderr := runHostile(t, nil, "check", "-t", folder, seed002)
		assert.Equal(t, exitError, code)
		assert.Contains(t, stderr, "quotecheck: "+folder+": folder holds no transcript")
	})

	t.Run("unreadable_file", func(t *testing.T) {
		p := write("secret.txt", tail)
		require.NoError(t, os.Chmod(p, 0))
		defer os.Chmod(p, 0o644)
		if _, err := os.ReadFile(p); err == nil {
			t.Skip("this user reads files whatever their mode (root)")
		}
		code, rep, stderr := runHostile(t, nil, "check", "--format", "json", "-t", seedRecord, seed002, p)
		assert.Equal(t, exitError, code)
		assert.Contains(t, stderr, "quotecheck: "+p+": permission denied")
		assert.Len(t, rep.Summary.Articles, 1, "the readable article is still checked")
	})

	t.Run("bad_inputs_among_good_ones", func(t *testing.T) {
		bad := filepath.Join(hostileDir, "nul_byte.txt")
		code, rep, stderr := runHostile(t, []string{seed001, bad, seed002}, "check", "--format", "json", "-t", seedRecord, seed001, vanished, bad, seed002)
		assert.Equal(t, exitError, code, "2 wins over 1")
		require.Len(t, rep.Summary.Articles, 2)
		assert.Equal(t, seed001, rep.Summary.Articles[0].File)
		assert.Equal(t, seed002, rep.Summary.Articles[1].File)
		assert.Len(t, rep.Errors, 2)
		assert.Equal(t, 2, strings.Count(stderr, "\n"), "one line per bad input: %s", stderr)
	})

	t.Run("bad_flag_values", func(t *testing.T) {
		for _, args := range [][]string{{"-j", "0"}, {"-max-quote-words", "0"}, {"-max-file-size", "-1"}} {
			code, _, stderr := runCLI(append(append([]string{"check", "-t", seedRecord}, args...), seed002)...)
			assert.Equal(t, exitError, code, "%v", args)
			assert.Contains(t, stderr, "quotecheck: "+args[0]+": ", "%v", args)
		}
	})
}

// articleCorpus writes n generated articles to dir: quotes of the seed
// record, some verbatim, some with a word changed, some not in it, with
// hostile marks between.
func articleCorpus(t testing.TB, dir string, n int) []string {
	rng := rand.New(rand.NewPCG(11, uint64(n)))
	kinds := []string{
		"“" + verbatimQuote + ",” Blinken said.",
		"“We are the largest investors in each other’s economies,” Blinken said.",
		"“We are the biggest investors in each other’s economies,” Blinken said.",
		"“Nothing like this was ever said,” Blinken said.",
		"“Together, we are not just allies. We are friends,” Blinken added.",
		"Blinken said “a quote that never closes",
		"He spoke of the “alliance” twice.",
	}
	paths := make([]string, n)
	for i := range paths {
		var b strings.Builder
		fmt.Fprintf(&b, "Article %d\r\n\r\nSecretary of State Antony Blinken spoke in Tokyo.\n\n", i)
		for range 2 + rng.IntN(3) {
			b.WriteString(kinds[rng.IntN(len(kinds))])
			b.WriteString("\n\n")
		}
		paths[i] = filepath.Join(dir, fmt.Sprintf("a%05d.txt", i))
		require.NoError(t, os.WriteFile(paths[i], []byte(b.String()), 0o644))
	}
	return paths
}

// TestParallelSameReport: any number of workers gives byte-identical reports,
// in every format, errors and warnings included.
func TestParallelSameReport(t *testing.T) {
	dir := t.TempDir()
	articles := append([]string{seed001, seed002, seed003, seed004,
		filepath.Join(hostileDir, "nul_byte.txt"), filepath.Join(hostileDir, "unclosed.txt")},
		articleCorpus(t, dir, map[bool]int{false: 60, true: 20}[testing.Short()])...)
	for _, format := range []string{"json", "text"} {
		var outs []string
		var codes []int
		for _, j := range []string{"1", "4", "16"} {
			code, out, stderr := runCLI(append([]string{"check", "-t", seedRecord, "--format", format, "-j", j}, articles...)...)
			require.NotEmpty(t, out, stderr)
			outs = append(outs, out)
			codes = append(codes, code)
		}
		assert.Equal(t, []int{exitError, exitError, exitError}, codes)
		assert.Equal(t, outs[0], outs[1], "%s: -j 1 and -j 4 differ", format)
		assert.Equal(t, outs[0], outs[2], "%s: -j 1 and -j 16 differ", format)
	}
}

// TestLoad checks 10,000 generated articles in one run. Its peak memory is
// measured on the built binary (README.md, Robustness); the test holds the
// result: every article reported, in order.
func TestLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("load test: 10,000 articles")
	}
	dir := t.TempDir()
	paths := articleCorpus(t, dir, 10_000)
	out := filepath.Join(dir, "report.json")
	code, stdout, stderr := runCLI(append([]string{"check", "-t", seedRecord, "--format", "json=" + out, "-j", "4"}, paths...)...)
	assert.Equal(t, exitFail, code, stderr)
	assert.Empty(t, stdout)
	data, err := os.ReadFile(out)
	require.NoError(t, err)
	var rep jsonReport
	require.NoError(t, json.Unmarshal(data, &rep))
	require.Len(t, rep.Summary.Articles, len(paths))
	for i, a := range rep.Summary.Articles {
		if a.File != paths[i] {
			t.Fatalf("article %d is %s, want %s", i, a.File, paths[i])
		}
	}
	assert.Greater(t, len(rep.Quotes), 2*len(paths))
	assert.NotEmpty(t, rep.Warnings)
}

// BenchmarkHostile: the worst inputs found for extraction, attribution and
// alignment, end to end through run. Each should cost time near-linear in
// its size.
func BenchmarkHostile(b *testing.B) {
	dir := b.TempDir()
	tail := "\n\n“" + verbatimQuote + ",” Blinken said.\n"
	long := func(n int) string {
		var s strings.Builder
		s.WriteString("Blinken said “")
		words := strings.Fields(verbatimQuote)
		for i := range n {
			s.WriteString(words[i%len(words)])
			s.WriteByte(' ')
		}
		s.WriteString("”.\n")
		return s.String()
	}
	cases := []struct{ name, text string }{
		{"case=marks=100k", strings.Repeat(`"`, 100_000) + tail},
		{"case=curly=100k", strings.Repeat("“", 100_000) + tail},
		{"case=closers=100k", strings.Repeat("”", 100_000) + tail},
		{"case=quotes=20k/one-line", strings.Repeat(`“We will work together,” he said. `, 20_000) + tail},
		{"case=quotes=20k/paragraphs", strings.Repeat("“We will work together,” he said.\n\n", 20_000) + tail},
		{"case=line=10MB", strings.Repeat("The ministers met again and talked at length about trade. ", 10<<20/58) + tail},
		{"case=quote-words=1000", long(1000)},
		{"case=quote-words=1M/skipped", long(1_000_000)},
	}
	for _, c := range cases {
		p := filepath.Join(dir, strings.NewReplacer("=", "_", "/", "_").Replace(c.name)+".txt")
		require.NoError(b, os.WriteFile(p, []byte(c.text), 0o644))
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(c.text)))
			for b.Loop() {
				var out, errb bytes.Buffer
				if code := run([]string{"check", "-t", seedRecord, "--format", "json", p}, nil, &out, &errb); code == exitError {
					b.Fatal(errb.String())
				}
			}
		})
	}
}

// TestOutputsChecked: a report file that would go over an input of the
// run, a folder, a file in a missing folder, or two formats to one file
// are refused before any report is written: exit 2, one line naming the
// file, the inputs and the other report files as they were.
func TestOutputsChecked(t *testing.T) {
	dir := t.TempDir()
	copyTo := func(src, name string) string {
		data, err := os.ReadFile(src)
		require.NoError(t, err)
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, data, 0o644))
		return p
	}
	record, draft := copyTo(seedRecord, "record.txt"), copyTo(seed002, "draft.txt")
	folder := filepath.Join(dir, "reports")
	require.NoError(t, os.Mkdir(folder, 0o755))
	first := filepath.Join(dir, "first.json")
	missing := filepath.Join(dir, "missing", "r.json")
	cases := []struct {
		name   string
		args   []string
		stderr string
	}{
		{"over_the_article", []string{"--format", "json=" + first, "--format", "text=" + draft},
			"quotecheck: -format: " + draft + " is an input of the run; the text report would overwrite it\n"},
		{"over_the_transcript", []string{"-o", record},
			"quotecheck: -o: " + record + " is an input of the run; the text report would overwrite it\n"},
		{"a_folder", []string{"--format", "json=" + first, "--format", "sarif=" + folder},
			"quotecheck: -format: " + folder + ": is a folder, not a file\n"},
		{"in_a_missing_folder", []string{"--format", "json=" + first, "--format", "sarif=" + missing},
			"quotecheck: -format: " + missing + ": no such file or directory\n"},
		{"two_formats_one_file", []string{"--format", "json=" + first, "--format", "sarif=" + first},
			"quotecheck: -format: json and sarif both write " + first + "; give each its own file\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			args := append(append([]string{"check", "-t", record}, c.args...), draft)
			code, stdout, stderr := runHostile(t, []string{record, draft}, args...)
			assert.Equal(t, exitError, code)
			assert.Equal(t, c.stderr, stderr)
			assert.Empty(t, stdout)
			assert.NoFileExists(t, first, "no report is written")
			left, err := os.ReadDir(folder)
			require.NoError(t, err)
			assert.Empty(t, left)
		})
	}
}
