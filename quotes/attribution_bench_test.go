package quotes

import (
	"fmt"
	"strings"
	"testing"
)

// BenchmarkAttribution: an article of 20,000 quotations, each with its
// cue, so that every resolution looks back over as many mentions. Its cost
// should grow near-linearly with the quotations (compare quotes=2k).
func BenchmarkAttribution(b *testing.B) {
	for _, c := range []struct{ name, para string }{
		{"cue=named", "“We will work together,” Blinken said.\n\n"},
		{"cue=pronoun", "Tom Reed arrived. “We will work together,” he said.\n\n"},
		// no mention agrees with the pronoun: the look back is bounded
		{"cue=pronoun-disagreeing", "Tom Reed arrived. “We will work together,” she said.\n\n"},
		// descriptions that look back over people brought in unnamed and
		// bodies brought in by what they are called: bounded by distance
		{"cue=unnamed", "A farmer waved. “We will work together,” the woman said.\n\n"},
		{"cue=called-body", "A group called Lakeside Forward met. “We will work together,” the committee said.\n\n"},
	} {
		for _, n := range []int{2_000, 20_000} {
			text := "Antony Blinken spoke.\n\n" + strings.Repeat(c.para, n)
			d, err := NewDoc("a.txt", []byte(text))
			if err != nil {
				b.Fatal(err)
			}
			b.Run(c.name+"/quotes="+map[int]string{2_000: "2k", 20_000: "20k"}[n], func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				for b.Loop() {
					ParseArticle(d)
				}
			})
		}
	}
}

// BenchmarkManyPeople: an article naming n people, each speaking once, so
// that every name is matched against the people named before. A name costs
// only the people who hold its rarest word or whose last word it holds
// (peopleSharing), so that people who all share a given name are not each
// matched against every one before: the cost should grow near-linearly
// with the people (compare 500 and 2k).
func BenchmarkManyPeople(b *testing.B) {
	word := func(c byte, i int) string {
		w := []byte{c}
		for k := 0; k < 4; k++ {
			w = append(w, byte('a'+i%26))
			i /= 26
		}
		return string(w)
	}
	for _, c := range []struct {
		name string
		para func(i int) string
	}{
		{"names=distinct", func(i int) string {
			return word('Q', i) + " " + word('R', i) + " spoke. “We will work together,” " + word('R', i) + " said.\n\n"
		}},
		{"names=one-given-name", func(i int) string {
			return "Ann " + word('Q', i) + " spoke. “We will work together,” she said.\n\n"
		}},
	} {
		for _, n := range []int{500, 2_000} {
			var sb strings.Builder
			for i := 0; i < n; i++ {
				sb.WriteString(c.para(i))
			}
			d, err := NewDoc("a.txt", []byte(sb.String()))
			if err != nil {
				b.Fatal(err)
			}
			b.Run(c.name+"/"+map[int]string{500: "people=500", 2_000: "people=2k"}[n], func(b *testing.B) {
				for b.Loop() {
					ParseArticle(d)
				}
			})
		}
	}
}

// BenchmarkLongSentence: one sentence of n words of lower-case descriptors
// after a name, then a quotation: each word that may stand inside a name
// looks back a bounded step, so the cost grows linearly with the sentence
// (compare words=4k and words=16k; it grew with the square before).
func BenchmarkLongSentence(b *testing.B) {
	for _, n := range []int{1_000, 4_000} {
		text := "Tom Reed " + strings.Repeat("and former longtime deputy ", n) + "left. “We will work together,” he said."
		d, err := NewDoc("a.txt", []byte(text))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(map[int]string{1_000: "words=4k", 4_000: "words=16k"}[n], func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				ParseArticle(d)
			}
		})
	}
}

// BenchmarkMarksNeverClosed: a paragraph of marks that open and never
// close (straight apostrophes in a text with no double marks, single
// marks nested in a quotation), whose cost must grow with its length, not
// its square: compare the two sizes' ns/op.
func BenchmarkMarksNeverClosed(b *testing.B) {
	for _, tc := range []struct{ name, text string }{
		{"straight", "Reed's plan " + strings.Repeat("'a ", 4_000) + "end."},
		{"straight×10", "Reed's plan " + strings.Repeat("'a ", 40_000) + "end."},
		{"nested", "Reed spoke.\n\n“" + strings.Repeat("‘a ", 4_000) + "end,” Reed said."},
		{"nested×10", "Reed spoke.\n\n“" + strings.Repeat("‘a ", 40_000) + "end,” Reed said."},
	} {
		d, err := NewDoc("a.txt", []byte(tc.text))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(tc.name, func(b *testing.B) {
			b.SetBytes(int64(len(tc.text)))
			for b.Loop() {
				ParseArticle(d)
			}
		})
	}
}

// manyPeopleArticle is an invented article naming n distinct people, each
// in a paragraph of their own with a title, a description that refers back
// to them, an aide and a pronoun: "Dan Kemp, a councilman from Salem, said
// “…”. The councilman added that “…”. Kemp’s aide disagreed. “…,” she
// said." Given names and surnames come from small lists (a surname is a
// stem and an ending: "Lowell", "Reedford"), so that names share their
// given names and their surname's parts but no two are the same.
func manyPeopleArticle(n int) string {
	given := []string{"Ann", "Tom", "Dan", "Omar", "Lena", "Rosa", "Maria", "Paul", "Nina", "Hugo"}
	stems := []string{"Low", "Reed", "Kemp", "Hadd", "Ort", "Mar", "Bell", "Dor", "Fenn", "Gal", "Hart", "Jess",
		"Kell", "Lind", "Mor", "Nash", "Pell", "Quin", "Rand", "Sut"}
	ends := []string{"ell", "ford", "ton", "ley", "wick", "stone", "berg", "field", "man", "by", "wood", "ard",
		"ing", "sen", "more", "dale", "worth", "ham", "croft", "well"}
	titles := []string{"councilman", "senator", "mayor", "governor", "judge", "commissioner", "treasurer", "sheriff"}
	places := []string{"Salem", "Harbor City", "Lakeside", "Millbrook", "Eastport"}
	var sb strings.Builder
	for i := 0; i < n; i++ {
		surname := stems[i%len(stems)] + ends[i/len(stems)%len(ends)]
		if k := i / (len(stems) * len(ends)); k > 0 {
			surname += strings.Repeat("e", k) // past 400 surnames: "Lowelle"
		}
		name := given[i%len(given)] + " " + surname
		title, place := titles[i%len(titles)], places[i%len(places)]
		pron := "she"
		if i%2 == 1 {
			pron = "he"
		}
		fmt.Fprintf(&sb, "%s, a %s from %s, said “the budget for item %d will pass.” The %s added that “the vote is close.” "+
			"%s’s aide disagreed. “We do not have the votes,” %s said.\n\n", name, title, place, i, title, surname, pron)
	}
	return sb.String()
}

// BenchmarkParseArticleManyPeople: an article of n distinct people, each
// described by title right after being named (manyPeopleArticle). A
// description is matched against the people whose titles hold its noun,
// a mention looked up by offset, so the cost should grow near-linearly
// with the people (compare people=400 and people=1600).
func BenchmarkParseArticleManyPeople(b *testing.B) {
	for _, n := range []int{100, 400, 1_600} {
		text := manyPeopleArticle(n)
		d, err := NewDoc("a.txt", []byte(text))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("people=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				ParseArticle(d)
			}
		})
	}
}

// BenchmarkHugeArticle: a 2 MB article made of one invented paragraph
// said again and again, on one line (no paragraph breaks at all), in
// paragraphs, and as HTML, so that the memory a parse takes per byte of
// article is seen with -benchmem (B/op, allocs/op): an article's words
// are held a sentence at a time, each sentence once.
func BenchmarkHugeArticle(b *testing.B) {
	const size = 2 << 20
	para := "Tom Reed, the mayor of Salem, said “We will rebuild the harbor before the winter storms arrive.” " +
		"Ann Lowell, a councilwoman from Harbor City, disagreed. “The budget does not allow it,” she said."
	html := "<p>Tom Reed, the mayor of <a href=\"/salem\">Salem</a>, said &ldquo;We will rebuild the <em>harbor</em> " +
		"before the winter storms arrive.&rdquo; Ann Lowell, a councilwoman from Harbor City, disagreed.</p>\n" +
		"<p>“The budget does not allow it,” she said.</p>\n"
	for _, c := range []struct {
		name, file, text string
	}{
		{"case=one-line", "a.txt", strings.Repeat(para+" ", size/(len(para)+1))},
		{"case=paragraphs", "a.txt", strings.Repeat(para+"\n\n", size/(len(para)+2))},
		{"case=html", "a.html", "<html><body><article>\n" + strings.Repeat(html, size/len(html)) + "</article></body></html>\n"},
	} {
		d, err := ReadArticle(c.file, []byte(c.text), DetectArticleFormat(c.file, []byte(c.text)))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(c.name+"/size=2MB", func(b *testing.B) {
			b.SetBytes(int64(len(c.text)))
			b.ReportAllocs()
			for b.Loop() {
				ParseArticle(d)
			}
		})
	}
}
