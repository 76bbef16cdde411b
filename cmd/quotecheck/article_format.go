package main

import (
	"fmt"
	"io"
	"os"

	"github.com/quotecheck/quotecheck/quotes"
)

// readArticle reads an article in the form given by --article-format
// (auto: told from its extension and content): plain text, Markdown, HTML
// or a Word document. Folders, files over the size limit and files that
// cannot be read in that form are errors naming the file.
func readArticle(path string, maxBytes int64, format quotes.ArticleFormat) (*quotes.Doc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, pathErr(err))
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, pathErr(err))
	}
	if st.IsDir() {
		return nil, fmt.Errorf("%s: is a folder, not a file", path)
	}
	data, err := io.ReadAll(io.LimitReader(f, maxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, pathErr(err))
	}
	if int64(len(data)) > maxBytes {
		return nil, fmt.Errorf("%s: larger than the %d-byte limit (raise it with -max-file-size)", path, maxBytes)
	}
	return quotes.ReadArticle(path, data, format)
}
