package main

import (
	"github.com/quotecheck/quotecheck/quotes"
)

// readArticle reads an article in the form given by --article-format
// (auto: told from its extension and content): plain text, Markdown, HTML
// or a Word document. Folders, files over the size limit and files that
// cannot be read in that form are errors naming the file.
func readArticle(path string, maxBytes int64, format quotes.ArticleFormat) (*quotes.Doc, error) {
	data, err := readLimited(path, maxBytes)
	if err != nil {
		return nil, err
	}
	return quotes.ReadArticle(path, data, format)
}
