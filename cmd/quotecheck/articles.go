package main

import (
	"context"
	"fmt"
	"io"
	"sort"
	"sync"
	"unicode"

	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/report"
)

// articleResult is one article checked, or the error that stopped it.
type articleResult struct {
	article report.Article
	err     error
}

// checkArticles reads and checks the articles with up to jobs workers. The
// results come back in the order of paths whatever the number of workers,
// so the report is byte-identical to a serial run. When ctx is cancelled the
// workers stop between quotations and the results are incomplete: the
// caller must not report them.
func checkArticles(ctx context.Context, rec *align.Record, paths []string, jobs int, maxBytes int64, format quotes.ArticleFormat, maxQuoteWords int) []articleResult {
	out := make([]articleResult, len(paths))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(jobs, len(paths)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				out[i] = checkArticle(ctx, rec, paths[i], maxBytes, format, maxQuoteWords)
			}
		}()
	}
	for i := range paths {
		if ctx.Err() != nil {
			break
		}
		next <- i
	}
	close(next)
	wg.Wait()
	return out
}

// checkArticle reads one article, finds its quotations and checks them one
// by one, looking at ctx between quotations.
func checkArticle(ctx context.Context, rec *align.Record, path string, maxBytes int64, format quotes.ArticleFormat, maxQuoteWords int) articleResult {
	doc, err := readArticle(path, maxBytes, format)
	if err != nil {
		return articleResult{err: err}
	}
	return checkDoc(ctx, rec, doc, maxQuoteWords)
}

// checkDoc checks an article already read (from a file or standard input).
func checkDoc(ctx context.Context, rec *align.Record, doc *quotes.Doc, maxQuoteWords int) articleResult {
	if ctx.Err() != nil {
		return articleResult{}
	}
	a := quotes.ParseArticleKnown(doc, rec.Surnames())
	limitQuotes(a, maxQuoteWords)
	findings := make([]align.Finding, 0, len(a.Quotes))
	var seq align.Sequence
	for _, q := range a.Quotes {
		if ctx.Err() != nil {
			return articleResult{}
		}
		findings = append(findings, rec.CheckNext(&seq, a, q))
	}
	return articleResult{article: report.Article{File: doc.Name, Doc: doc, Findings: findings, Warnings: a.Warnings}}
}

// limitQuotes skips every quotation longer than maxWords words, with a
// warning at the quotation and the reason as its verdict's: it is reported,
// never truncated and checked in part.
func limitQuotes(a *quotes.Article, maxWords int) {
	added := false
	for i := range a.Quotes {
		q := &a.Quotes[i]
		if q.Skip != "" {
			continue
		}
		n := countWords(q.Text)
		if n <= maxWords {
			continue
		}
		q.Skip = fmt.Sprintf("a quotation of %d words, longer than the %d-word limit (raise it with -max-quote-words)", n, maxWords)
		a.Warnings = append(a.Warnings, quotes.Warning{
			File:   a.Doc.Name,
			Offset: q.Start,
			Pos:    a.Doc.Position(q.Start),
			Msg:    fmt.Sprintf("quotation of %d words is longer than the %d-word limit; not checked (raise it with -max-quote-words)", n, maxWords),
		})
		added = true
	}
	if added {
		sort.SliceStable(a.Warnings, func(i, j int) bool { return a.Warnings[i].Offset < a.Warnings[j].Offset })
	}
}

// countWords counts the runs of letters and digits in s, as a reader would
// count its words.
func countWords(s string) int {
	n, in := 0, false
	for _, r := range s {
		w := unicode.IsLetter(r) || unicode.IsDigit(r)
		if w && !in {
			n++
		}
		in = w || in && (r == '\'' || r == '’' || r == '-') // "we're", "like-minded"
	}
	return n
}

// interrupted reports a run stopped by a signal.
func interrupted(stderr io.Writer) int {
	fmt.Fprintln(stderr, "quotecheck: interrupted; no report written")
	return exitInterrupted
}
