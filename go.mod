module github.com/quotecheck/quotecheck

go 1.26
