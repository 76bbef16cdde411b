package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/report"
	"go.yaml.in/yaml/v3"
)

// frontMatter is what a Markdown article says about itself in the block
// that opens it: a line "---", YAML, and a line "---" or "..." (TOML front
// matter between "+++" lines is recognised and left unread). quotecheck
// reads one key of it and leaves the article's own keys alone:
//
//	---
//	title: Blinken in Tokyo
//	quotecheck:
//	  transcripts: [../transcripts/2025-01-06-remarks.txt]
//	---
//
// The block is never prose: no quotation in it is checked. Markdown is
// told as quotes.DetectArticleFormat tells it.
type frontMatter struct {
	End         int      // byte offset just past the block; 0 when there is none
	Transcripts []string // the article's own record, joined to its folder
}

// frontMatterKeys are the keys of the quotecheck map.
var frontMatterKeys = []string{"transcripts"}

// frontMatterEnd finds the block: the offset of its text and of the end of
// its closing line, and whether it is YAML. ok is false when data does not
// open with one.
func frontMatterEnd(data []byte) (body, end int, yamlBlock, ok bool) {
	start := 0
	if bytes.HasPrefix(data, []byte("\xEF\xBB\xBF")) {
		start = 3
	}
	first, rest, found := bytes.Cut(data[start:], []byte("\n"))
	if !found {
		return 0, 0, false, false
	}
	delim := string(bytes.TrimRight(first, " \t\r"))
	if delim != "---" && delim != "+++" {
		return 0, 0, false, false
	}
	body = start + len(first) + 1
	off := body
	for len(rest) > 0 {
		line, next, _ := bytes.Cut(rest, []byte("\n"))
		l := string(bytes.TrimRight(line, " \t\r"))
		lineEnd := off + len(line)
		if lineEnd < len(data) {
			lineEnd++ // the newline
		}
		if l == delim || delim == "---" && l == "..." {
			return body, lineEnd, delim == "---", true
		}
		off = lineEnd
		rest = next
	}
	return 0, 0, false, false // never closed: not front matter
}

// parseFrontMatter reads the front matter of an article named name (its
// transcripts are relative to the folder of that name).
func parseFrontMatter(name string, data []byte) (frontMatter, error) {
	if quotes.DetectArticleFormat(name, data) != quotes.ArticleMarkdown {
		return frontMatter{}, nil
	}
	body, end, isYAML, ok := frontMatterEnd(data)
	if !ok {
		return frontMatter{}, nil
	}
	fm := frontMatter{End: end}
	if !isYAML {
		return fm, nil
	}
	firstLine := bytes.Count(data[:body], []byte("\n")) + 1
	root, err := parseYAML(data[body:end], firstLine)
	if err != nil {
		return fm, inFile(name, prefixed("front matter: ", err))
	}
	if root.Kind != yaml.MappingNode {
		return fm, nil // not a map of keys: nothing for quotecheck
	}
	var qc *yaml.Node
	for i := 0; i+1 < len(root.Content); i += 2 {
		if root.Content[i].Value == "quotecheck" {
			qc = root.Content[i+1]
		}
	}
	if qc == nil || isNull(qc) {
		return fm, nil
	}
	dir := filepath.Dir(name)
	var lines []int
	err = mapping(qc, "a map (quotecheck: {transcripts: [...]})", frontMatterKeys, func(key string, k, v *yaml.Node) error {
		list, err := stringList(v)
		for _, item := range list {
			p := filepath.FromSlash(item.Value)
			if !filepath.IsAbs(p) {
				p = filepath.Join(dir, p)
			}
			fm.Transcripts = append(fm.Transcripts, p)
			lines = append(lines, item.Line)
		}
		return prefixed("quotecheck."+key+": ", err)
	})
	if err != nil {
		return fm, inFile(name, err)
	}
	for i, t := range fm.Transcripts {
		if _, err := os.Stat(t); err != nil {
			return fm, fmt.Errorf("%s:%d: quotecheck.transcripts: %s: %v", quotes.ShowName(name), lines[i], quotes.ShowName(t), quotes.PathErr(err))
		}
	}
	return fm, nil
}

// readFrontMatter reads the front matter of an article file. An article
// that cannot be read has none here: checking it reports why.
func readFrontMatter(path string, maxBytes int64) (frontMatter, error) {
	data, err := readLimited(path, maxBytes)
	if err != nil {
		return frontMatter{}, nil
	}
	return parseFrontMatter(path, data)
}

// transcriptKey names a set of transcript files, the same whatever their
// order or spelling.
func transcriptKey(files []string) string {
	abs := make([]string, len(files))
	for i, f := range files {
		abs[i] = absPath(f)
	}
	sort.Strings(abs)
	return strings.Join(slices.Compact(abs), "\x00")
}

func absPath(p string) string {
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return p
}

// check checks every article against the union of the run's transcripts
// (base, read from the files of run.Transcripts) and its own, building one
// record per distinct set of transcripts. It then leaves out what front
// matter holds, applies the minimum similarity and the baseline, and
// returns the results in the order of the articles.
func (n *newsroom) check(ctx context.Context, cf *checkFlags, run *report.Run, base []*quotes.Transcript, opts quotes.ReadOptions, stderr io.Writer) []articleResult {
	results := make([]articleResult, len(n.articles))
	if n.noneLeft != "" {
		fmt.Fprintf(stderr, "quotecheck: %s: nothing to check\n", quotes.ShowText(n.noneLeft))
	}
	type group struct {
		rec     *align.Record
		indices []int
	}
	groups := map[string]*group{}
	var order []string
	parsed := map[string][]*quotes.Transcript{} // own transcripts read, by file
	baseFiles := slices.Clone(run.Transcripts)
	listed := map[string]bool{}
	for _, t := range baseFiles {
		listed[t] = true
	}
	for i, a := range n.articles {
		name := n.name(a)
		if err := n.fmErrs[a]; err != nil {
			results[i].err = err
			continue
		}
		trs, files := base, slices.Clone(baseFiles)
		have := map[string]bool{}
		for _, f := range files {
			have[absPath(f)] = true
		}
		var err error
		for _, arg := range n.frontMatter[a].Transcripts {
			var more []string
			if more, err = expandTranscripts(arg); err != nil {
				break
			}
			for _, f := range more {
				if have[absPath(f)] {
					continue // given already
				}
				have[absPath(f)] = true
				got, ok := parsed[f]
				if !ok {
					var doc *quotes.Doc
					if doc, err = readDoc(f, cf.maxBytes); err == nil {
						got, err = quotes.ParseTranscripts(doc, opts)
					}
					if err != nil {
						break
					}
					parsed[f] = got
				}
				trs = append(trs[:len(trs):len(trs)], got...)
				files = append(files, f)
				if !listed[f] {
					listed[f] = true
					run.Transcripts = append(run.Transcripts, f)
				}
			}
			if err != nil {
				break
			}
		}
		if err != nil {
			results[i].err = fmt.Errorf("%s: its front matter's transcript: %v", quotes.ShowName(name), err)
			continue
		}
		if len(trs) == 0 && cf.archiveRec == nil {
			results[i].err = fmt.Errorf("%s: no transcript to check it against (give -t, transcripts: in %s, or quotecheck: {transcripts: [...]} in its front matter)", quotes.ShowName(name), configName)
			continue
		}
		key := transcriptKey(files)
		g := groups[key]
		if g == nil {
			g = &group{rec: recordOf(cf.archiveRec, trs)}
			if n.cfg != nil && len(n.cfg.Aliases) > 0 {
				g.rec.SetAliases(n.cfg.Aliases)
			}
			groups[key] = g
			order = append(order, key)
		}
		g.indices = append(g.indices, i)
	}
	for _, key := range order {
		if ctx.Err() != nil {
			break
		}
		g := groups[key]
		var paths []int
		for _, i := range g.indices {
			data, read := n.piped[n.articles[i]]
			name := n.articles[i]
			if name == stdinArticle {
				data, read, name = n.stdinDoc, true, n.stdinName
			}
			if read {
				doc, err := quotes.ReadArticle(name, data, cf.artFormat)
				if err != nil {
					results[i].err = err
					continue
				}
				results[i] = checkDoc(ctx, g.rec, doc, cf.maxQuote)
				continue
			}
			paths = append(paths, i)
		}
		files := make([]string, len(paths))
		for j, i := range paths {
			files[j] = n.articles[i]
		}
		for j, res := range checkArticles(ctx, g.rec, files, cf.jobs, cf.maxBytes, cf.artFormat, cf.maxQuote) {
			results[paths[j]] = res
		}
	}
	for i, a := range n.articles {
		if results[i].err == nil {
			n.settle(&results[i].article, n.frontMatter[a].End)
		}
	}
	if n.baseline != nil && n.baselineOut == "" {
		var articles []report.Article
		var at []int
		for i, res := range results {
			if res.err == nil {
				articles = append(articles, res.article)
				at = append(at, i)
			}
		}
		acked, gone := n.baseline.acknowledge(articles, run.Failing)
		for j, i := range at {
			results[i].article = articles[j]
		}
		if acked > 0 {
			fmt.Fprintf(stderr, "quotecheck: %d acknowledged quote(s) pass by %s and are not reported (-baseline \"\" shows them)\n", acked, quotes.ShowName(n.baseline.Path))
		}
		for _, line := range n.baseline.Refingered {
			fmt.Fprintf(stderr, "%s:%d: warning: the fingerprint does not match the quote and verdict (written by another version of quotecheck, or edited by hand); the entry is read as its quote and verdict say: write the baseline again with quotecheck baseline\n", quotes.ShowName(n.baseline.Path), line)
		}
		for _, e := range gone {
			fmt.Fprintf(stderr, "%s:%d: warning: stale baseline entry: %s is gone; remove the entry\n", quotes.ShowName(n.baseline.Path), e.line, quotes.ShowName(e.File))
		}
	}
	return results
}

// name is an article's name in reports.
func (n *newsroom) name(arg string) string {
	if arg == stdinArticle {
		return n.stdinName
	}
	return arg
}

// settle leaves out the findings and warnings in an article's front matter
// (the first end bytes) and reports a quote of the record's words that is
// less similar to its source than the minimum as paraphrased.
func (n *newsroom) settle(a *report.Article, end int) {
	if end > 0 {
		a.Findings = slices.DeleteFunc(a.Findings, func(f align.Finding) bool { return f.Quote.Start < end })
		a.Warnings = slices.DeleteFunc(a.Warnings, func(w quotes.Warning) bool { return w.File == a.File && w.Offset < end })
	}
	if n.minSim <= 0 {
		return
	}
	for i := range a.Findings {
		f := &a.Findings[i]
		switch f.Verdict {
		case align.Verbatim, align.Faithful, align.Altered:
			if f.Similarity < n.minSim {
				f.Reason = fmt.Sprintf("%s, but only %.2f similar to its source, below the minimum similarity %.2f", f.Verdict, f.Similarity, n.minSim)
				f.Verdict = align.Paraphrased
			}
		}
	}
}

// writeBaseline writes the failing findings of the run as the baseline
// file, keeping the reasons of the one it replaces.
func (n *newsroom) writeBaseline(run *report.Run, stderr io.Writer) error {
	b := &baseline{Path: n.baselineOut, Dir: filepath.Dir(n.baselineOut)}
	entries := b.entries(n.baseline, run.Articles, run.Failing)
	err := report.WriteFileAtomic(n.baselineOut, func(w io.Writer) error { return encodeBaseline(w, entries) })
	if err != nil {
		return err
	}
	blank := 0
	for _, e := range entries {
		if e.Reason == "" {
			blank++
		}
	}
	fmt.Fprintf(stderr, "quotecheck: wrote %d acknowledged quote(s) to %s", len(entries), quotes.ShowName(n.baselineOut))
	if blank > 0 {
		fmt.Fprintf(stderr, "; %d without a reason: fill them in", blank)
	}
	fmt.Fprintln(stderr)
	return nil
}
