package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/report"
	"go.yaml.in/yaml/v3"
)

// A baseline file lists the quotes a newsroom has looked at and accepted
// although their verdict fails the gate ("the speaker corrected this on
// the record", "quoted from the video, not this transcript"). Each entry
// passes its quote until the quote's text or verdict changes; an entry
// that no longer matches a quote of its article is stale and reported.
//
//	version: 1
//	acknowledged:
//	  - file: drafts/tokyo.md          # relative to the baseline's folder
//	    quote: When I took this job, …
//	    verdict: altered
//	    speaker: Antony J. Blinken
//	    fingerprint: 5b0e2f7c9d41a386  # of the folded quote and the verdict
//	    reason: ""                     # why it is acknowledged: fill it in
//
// Entries are sorted by file, quote and verdict, so a re-written baseline
// differs from the old one only where the findings do.
type baseline struct {
	Path    string
	Dir     string
	Entries []baselineEntry
	// Refingered: the lines of the entries whose fingerprint did not
	// match their quote and verdict, read as their quote and verdict say
	Refingered []int
}

type baselineEntry struct {
	File        string `yaml:"file"`
	Quote       string `yaml:"quote"`
	Verdict     string `yaml:"verdict"`
	Speaker     string `yaml:"speaker"`
	Fingerprint string `yaml:"fingerprint"`
	Reason      string `yaml:"reason"`
	line        int
}

// baselineVersion is the version of the baseline file's shape.
const baselineVersion = 1

// defaultBaseline is where `quotecheck baseline` writes when neither -o
// nor the config's baseline key names a file.
const defaultBaseline = ".quotecheck-baseline.yaml"

const baselineHeader = `# Quotes acknowledged by the newsroom: each passes the quotecheck gate until
# its text or its verdict changes. Give each a reason; delete an entry to
# check its quote again. Written by "quotecheck baseline", sorted.
`

var baselineEntryKeys = []string{"file", "quote", "verdict", "speaker", "fingerprint", "reason"}

// fingerprint identifies a quote's words and verdict: the words folded as
// the checker compares them (case, quotation marks, dashes, spacing), the
// writer's [brackets] and ellipses kept, hashed with the verdict.
func fingerprint(text string, v align.Verdict) string {
	var b strings.Builder
	for _, t := range align.Tokenize(text, 0, true) {
		switch t.Kind {
		case align.Editorial:
			b.WriteString("[" + t.Norm + "] ")
		case align.Ellipsis:
			b.WriteString("… ")
		default:
			b.WriteString(t.Norm + " ")
		}
	}
	b.WriteString("\n" + v.String())
	sum := sha256.Sum256([]byte(b.String()))
	return hex.EncodeToString(sum[:8])
}

// loadBaseline reads a baseline file of at most maxBytes bytes; each
// entry's fingerprint must agree with its quote and verdict.
func loadBaseline(path string, maxBytes int64) (*baseline, error) {
	data, err := readLimited(path, maxBytes)
	if err != nil {
		return nil, err
	}
	b := &baseline{Path: path, Dir: filepath.Dir(path)}
	root, err := parseYAML(data, 1)
	if err != nil {
		return nil, inFile(path, err)
	}
	hasVersion := false
	err = mapping(root, "a baseline (version, acknowledged)", []string{"version", "acknowledged"}, func(key string, k, v *yaml.Node) error {
		if key == "version" {
			if v.Kind != yaml.ScalarNode || v.Value != fmt.Sprint(baselineVersion) {
				return atLine(v.Line, "version: want %d, not %s", baselineVersion, kindName(v))
			}
			hasVersion = true
			return nil
		}
		if isNull(v) {
			return nil
		}
		if v.Kind != yaml.SequenceNode {
			return typeErr(v, "a list of acknowledged quotes")
		}
		for _, item := range v.Content {
			e := baselineEntry{line: item.Line}
			fields := map[string]*string{"file": &e.File, "quote": &e.Quote, "verdict": &e.Verdict, "speaker": &e.Speaker, "fingerprint": &e.Fingerprint, "reason": &e.Reason}
			err := mapping(item, "an acknowledged quote ("+strings.Join(baselineEntryKeys, ", ")+")", baselineEntryKeys, func(key string, k, v *yaml.Node) error {
				if v.Kind != yaml.ScalarNode || v.Tag != "!!str" && !isNull(v) {
					return atLine(v.Line, "%s: want a text, not %s", key, kindName(v))
				}
				*fields[key] = v.Value
				return nil
			})
			if err != nil {
				return err
			}
			for _, key := range []string{"file", "quote", "verdict", "fingerprint"} {
				if *fields[key] == "" {
					return atLine(item.Line, "acknowledged quote without %s", key)
				}
			}
			vd, err := align.ParseVerdict(e.Verdict)
			if err != nil {
				return atLine(item.Line, "verdict: %v", err)
			}
			if fp := fingerprint(e.Quote, vd); fp != e.Fingerprint {
				// written by a quotecheck that folded words otherwise
				// ("2,000" or "50%" read anew), or edited by hand: the
				// entry says what it acknowledges in its quote and verdict
				e.Fingerprint = fp
				b.Refingered = append(b.Refingered, item.Line)
			}
			b.Entries = append(b.Entries, e)
		}
		return nil
	})
	if err == nil && !hasVersion {
		err = atLine(root.Line, "no version (want version: %d)", baselineVersion)
	}
	if err != nil {
		return nil, inFile(path, err)
	}
	return b, nil
}

// relName is an article's name as the baseline gives it: relative to the
// baseline's folder, with forward slashes. A name that is not a file
// (standard input's) is kept as given.
func (b *baseline) relName(file string) string {
	abs, err1 := filepath.Abs(file)
	dir, err2 := filepath.Abs(b.Dir)
	if err1 != nil || err2 != nil {
		return filepath.ToSlash(file)
	}
	rel, err := filepath.Rel(dir, abs)
	if err != nil {
		return filepath.ToSlash(file)
	}
	return filepath.ToSlash(rel)
}

type entryKey struct{ file, fingerprint string }

// acknowledge takes out of the articles every failing finding the baseline
// acknowledges, and adds a warning, at the entry's line of the baseline,
// to each article for each of its entries that matches no finding any
// more. Entries of articles not checked are left alone, but those whose
// article is gone are returned as stale. It returns how many quotes were
// acknowledged.
func (b *baseline) acknowledge(articles []report.Article, failing func(align.Verdict) bool) (int, []baselineEntry) {
	open := map[entryKey][]int{}
	for i, e := range b.Entries {
		k := entryKey{e.File, e.Fingerprint}
		open[k] = append(open[k], i)
	}
	used := make([]bool, len(b.Entries))
	checked := map[string]int{}
	acked := 0
	for ai := range articles {
		a := &articles[ai]
		name := b.relName(a.File)
		checked[name] = ai
		kept := a.Findings[:0:0]
		for _, f := range a.Findings {
			if failing(f.Verdict) {
				k := entryKey{name, fingerprint(f.Quote.Text, f.Verdict)}
				if list := open[k]; len(list) > 0 {
					used[list[0]] = true
					open[k] = list[1:]
					acked++
					continue
				}
			}
			kept = append(kept, f)
		}
		a.Findings = kept
	}
	var gone []baselineEntry
	for i, e := range b.Entries {
		if used[i] {
			continue
		}
		ai, ok := checked[e.File]
		if !ok {
			if _, err := os.Stat(filepath.Join(b.Dir, filepath.FromSlash(e.File))); errors.Is(err, fs.ErrNotExist) {
				gone = append(gone, e)
			}
			continue
		}
		a := &articles[ai]
		a.Warnings = append(a.Warnings, quotes.Warning{
			File: b.Path,
			Pos:  quotes.Position{Line: e.line, Column: 1},
			Msg:  fmt.Sprintf("stale baseline entry: no quote of %s reads “%s” as %s any more; remove the entry", e.File, short(e.Quote), e.Verdict),
		})
	}
	return acked, gone
}

func short(s string) string {
	r := []rune(strings.Join(strings.Fields(s), " "))
	if len(r) > 60 {
		return string(r[:57]) + "…"
	}
	return string(r)
}

// entries turns the failing findings of the articles into baseline
// entries, keeping the reasons of the old baseline (nil when there is none)
// and its entries for articles not checked in this run whose file still
// exists.
func (b *baseline) entries(old *baseline, articles []report.Article, failing func(align.Verdict) bool) []baselineEntry {
	reasons := map[entryKey][]string{}
	if old != nil {
		for _, e := range old.Entries {
			k := entryKey{e.File, e.Fingerprint}
			reasons[k] = append(reasons[k], e.Reason)
		}
	}
	var out []baselineEntry
	checked := map[string]bool{}
	for _, a := range articles {
		name := b.relName(a.File)
		checked[name] = true
		for _, f := range a.Findings {
			if !failing(f.Verdict) {
				continue
			}
			e := baselineEntry{File: name, Quote: f.Quote.Text, Verdict: f.Verdict.String(), Speaker: f.Speaker, Fingerprint: fingerprint(f.Quote.Text, f.Verdict)}
			k := entryKey{e.File, e.Fingerprint}
			if rs := reasons[k]; len(rs) > 0 {
				e.Reason, reasons[k] = rs[0], rs[1:]
			}
			out = append(out, e)
		}
	}
	if old != nil {
		for _, e := range old.Entries {
			if checked[e.File] {
				continue
			}
			if _, err := os.Stat(filepath.Join(b.Dir, filepath.FromSlash(e.File))); err == nil {
				out = append(out, e)
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		x, y := out[i], out[j]
		if x.File != y.File {
			return x.File < y.File
		}
		if x.Quote != y.Quote {
			return x.Quote < y.Quote
		}
		if x.Verdict != y.Verdict {
			return x.Verdict < y.Verdict
		}
		return x.Speaker < y.Speaker
	})
	return out
}

// encodeBaseline writes entries as a baseline file.
func encodeBaseline(w io.Writer, entries []baselineEntry) error {
	str := func(s string) *yaml.Node {
		n := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s}
		if s == "" {
			n.Style = yaml.DoubleQuotedStyle
		}
		return n
	}
	list := &yaml.Node{Kind: yaml.SequenceNode}
	for _, e := range entries {
		m := &yaml.Node{Kind: yaml.MappingNode}
		for _, kv := range [][2]string{{"file", e.File}, {"quote", e.Quote}, {"verdict", e.Verdict}, {"speaker", e.Speaker}, {"fingerprint", e.Fingerprint}, {"reason", e.Reason}} {
			m.Content = append(m.Content, str(kv[0]), str(kv[1]))
		}
		list.Content = append(list.Content, m)
	}
	if len(entries) == 0 {
		list.Style = yaml.FlowStyle
	}
	root := &yaml.Node{Kind: yaml.MappingNode, Content: []*yaml.Node{
		str("version"), {Kind: yaml.ScalarNode, Tag: "!!int", Value: fmt.Sprint(baselineVersion)},
		str("acknowledged"), list,
	}}
	var buf bytes.Buffer
	buf.WriteString(baselineHeader)
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(root); err != nil {
		return err
	}
	if err := enc.Close(); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}
