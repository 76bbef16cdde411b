package align_test

import (
	"fmt"

	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/quotes"
)

// Check every quotation of an article against a transcript.
func Example() {
	doc, _ := quotes.NewDoc("remarks.txt", []byte(
		"MAYOR DIAZ:  We will open the new library in March, and it will be free for every child in the city.\n"))
	tr, _ := quotes.ParseTranscript(doc)
	rec := align.NewRecord(tr)

	art, _ := quotes.NewDoc("story.txt", []byte(
		`“We will open the new library in March,” Diaz said. “It will be free for every family.”`))
	for _, f := range rec.Check(quotes.ParseArticleKnown(art, rec.Surnames())) {
		fmt.Printf("%s: %s (%s)\n", f.Quote.Text, f.Verdict, f.Source.Speaker)
	}
	// Output:
	// We will open the new library in March: verbatim (Mayor Diaz)
	// It will be free for every family.: altered (Mayor Diaz)
}

// Check a single quote given as text.
func ExampleRecord_CheckQuote() {
	doc, _ := quotes.NewDoc("remarks.txt", []byte(
		"SENATOR OKAFOR:  The bridge will not close this winter, whatever the budget says.\n"))
	tr, _ := quotes.ParseTranscript(doc)
	rec := align.NewRecord(tr)

	f := rec.CheckQuote("The bridge will … close this winter", "Okafor")
	fmt.Println(f.Verdict, "—", f.Reason)
	// Output:
	// altered — a marked omission drops “not”
}
