module github.com/quotecheck/quotecheck

go 1.26.0

require (
	github.com/agnivade/levenshtein v1.2.2 // indirect
	github.com/kljensen/snowball v0.10.0 // indirect
	github.com/sergi/go-diff v1.4.0 // indirect
	github.com/stretchr/testify v1.12.1 // indirect
	golang.org/x/text v0.43.0 // indirect
)
