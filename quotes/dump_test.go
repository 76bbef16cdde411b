package quotes

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

func TestDumpSeeds(t *testing.T) {
	if os.Getenv("DUMP") == "" {
		t.Skip()
	}
	files, _ := filepath.Glob("../testdata/seeds/00[1-4]*")
	for _, f := range files {
		data, _ := os.ReadFile(f)
		d, _ := NewDoc(f, data)
		a := ParseArticleKnown(d, []string{"blinken", "emanuel"})
		fmt.Println("==", f)
		for _, p := range a.People {
			fmt.Printf("  person %q %v\n", p.Name, p.Titles)
		}
		for _, q := range a.Quotes {
			pos := d.Position(q.Start)
			txt := q.Text
			if len(txt) > 50 {
				txt = txt[:50]
			}
			fmt.Printf("  %d:%d %-50q by=%q sp=%q %s skip=%q\n", pos.Line, pos.Column, txt, q.AttributedTo, q.Speaker, q.Attribution, q.Skip)
		}
		for _, w := range a.Warnings {
			fmt.Println("  ", w)
		}
	}
	data, _ := os.ReadFile("../testdata/seeds/000_adf2d0d08684c947.txt")
	d, _ := NewDoc("000", data)
	tr, err := ParseTranscript(d)
	fmt.Println(err)
	for _, sp := range tr.Speakers {
		fmt.Printf("%+v\n", *sp)
	}
	for _, t := range tr.Turns {
		fmt.Println(t.Line, t.Speaker.ID, len(tr.Text(t)))
	}
}
