package quotes

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

func TestHTMLQuotations(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{"entities decoded, positions are lines of the source",
			"<html><head><title>“Not a quote”</title></head>\n<body>\n<p>&ldquo;We are friends,&rdquo; Blinken said.</p>\n</body></html>\n",
			[]string{"3:11 Blinken: We are friends"}},
		{"page furniture is left out",
			"<nav>“Menu item”</nav><header>“Masthead”</header><p>“We are friends,” Blinken said.</p>" +
				"<aside>“Related, said Jones”</aside><figure><img alt=\"“x”\"><figcaption>“Caption,” he said.</figcaption></figure>" +
				"<script>var s = \"“script”\";</script><style>q:before{content:\"“\"}</style><footer>“Footer”</footer>",
			[]string{"1:54 Blinken: We are friends"}},
		{"inline markup keeps the words",
			"<p>“We are <em>truly</em> <a href=\"https://example.test/\">friends</a>,” Blinken said.</p>",
			[]string{"1:5 Blinken: We are truly friends"}},
		{"a q element is a quotation without marks",
			"<p>Blinken said <q>we are friends</q> and left.</p>",
			[]string{"1:20 Blinken: we are friends"}},
		{"a q inside a q is nested",
			"<p><q>We said <q>never</q> before,</q> Blinken said.</p>",
			[]string{"1:7 Blinken: We said ‘never’ before", "1:18 Blinken: never"}},
		{"a blockquote paragraph is a quotation of the speaker before it",
			"<p>Blinken said:</p>\n<blockquote>\n  <p>We are friends and allies.</p>\n  <p>That is what makes us strong.</p>\n</blockquote>",
			[]string{"3:6 Blinken: We are friends and allies. That is what makes us strong."}},
		{"a blockquote with marks is read by its marks",
			"<blockquote><p>“We are friends,” Blinken said. Prose.</p></blockquote>",
			[]string{"1:17 Blinken: We are friends"}},
		{"a blockquote's footer is no furniture",
			"<p>Blinken said:</p><blockquote><p>We are friends and allies.</p><footer>Antony Blinken</footer></blockquote>",
			[]string{"1:36 Antony Blinken: We are friends and allies."}},
		{"a blockquote's footer or dash line is its attribution, marks or none",
			"<p>Tom Reed opened.</p><blockquote><p>“We will rebuild the seawall.”</p><footer>Ann Lowell</footer></blockquote>" +
				"<blockquote><p>We will pay for it.</p><p>— Ann Lowell</p></blockquote>",
			[]string{"1:40 Ann Lowell: We will rebuild the seawall.", "1:128 Ann Lowell: We will pay for it."}},
		{"a blockquote's footer that writes its own dash is its attribution",
			"<p>Tom Reed opened.</p><blockquote><p>We will rebuild the seawall.</p><footer>— <cite>Ann Lowell</cite></footer></blockquote>" +
				"<blockquote><p>We will pay for it.</p><footer>&mdash; Ann Lowell</footer></blockquote>",
			[]string{"1:39 Ann Lowell: We will rebuild the seawall.", "1:141 Ann Lowell: We will pay for it."}},
		{"a blockquote's cite under its words is its attribution; a cite within them is not",
			"<p>Tom Reed opened.</p><blockquote><p>We will pay for it.</p><cite>Ann Lowell</cite></blockquote>" +
				"<blockquote><p>“We will pay,” said <cite>Ann Lowell</cite>.</p></blockquote>",
			[]string{"1:39 Ann Lowell: We will pay for it.", "1:114 Ann Lowell: We will pay"}},
		{"a block quote's lines of speech set off by dashes are its words, not attributions",
			"<p>Tom Reed spoke.</p><blockquote><p>— Where is the money?</p><p>— In the budget, the council said.</p></blockquote>",
			[]string{"1:38 Tom Reed: — Where is the money? — In the budget, the council said."}},
		{"a dash and a name after inline markup within a block quote's paragraph are its words",
			"<p>Tom Reed spoke.</p><blockquote><p>We rebuilt it <em>together</em> — Harbor City did it</p></blockquote>",
			[]string{"1:38 Tom Reed: We rebuilt it together — Harbor City did it"}},
		{"a quotation goes on over a line break; a footnote's number in a superscript is no word",
			"<p>Tom Reed spoke.</p><p>“We will rebuild the seawall,<br>and soon,” Tom Reed said. “We will pay,<sup>2</sup>” he said. “We will hire,<sup><a href=\"#n\">[3]</a></sup>” he said. It was his 1<sup>st</sup> term.</p>",
			[]string{"1:27 Tom Reed: We will rebuild the seawall, and soon", "1:86 Tom Reed: We will pay", "1:122 Tom Reed: We will hire"}},
		{"br and block tags separate paragraphs",
			"<div>“We are friends,” Blinken said.<br>“We are allies,” he said.<p>“Unclosed</p><p>Prose.</p></div>",
			[]string{"1:7 Blinken: We are friends", "1:42 Blinken: We are allies"}},
		{"comments and the doctype are masked",
			"<!DOCTYPE html><!-- “a comment” --><p>“We are friends,” Blinken said.</p>",
			[]string{"1:40 Blinken: We are friends"}},
		{"an unclosed head ends at the body",
			"<head><title>t</title><body><p>“We are friends,” Blinken said.</p>",
			[]string{"1:33 Blinken: We are friends"}},
		{"an entity's padding beside a tag or a space is spaces: a mark opens the paragraph that goes on a quotation, a dash and a name sign one",
			"<p>Tom Reed said, &ldquo;We will rebuild the seawall,</p>\n<p>&ldquo;and we will do it soon.&rdquo;</p>\n" +
				"<blockquote><p>We will pay for it.</p><p>&mdash; Ann Lowell</p></blockquote>\n" +
				"<ul><li>&ldquo;The state will stand with Harbor City.&rdquo; &mdash; Gov. Ann Lowell</li></ul>",
			[]string{"1:26 Tom Reed: We will rebuild the seawall and we will do it soon.", "3:16 Ann Lowell: We will pay for it.", "4:16 Ann Lowell: The state will stand with Harbor City."}},
		{"pull quotes and embedded posts are furniture, however deep their containers",
			"<p>“We will rebuild the seawall,” Tom Reed said.</p>" +
				"<div class=\"pull-quote\"><div><p>“We will pay for it.”</p></div><p>“Not one season lost.”</p></div>" +
				"<figure class=\"wp-block-pullquote\"><blockquote><p>We will pay.</p><cite>Ann Lowell</cite></blockquote></figure>" +
				"<blockquote class=\"twitter-tweet\"><p lang=\"en\">The seawall is a disaster.</p>&mdash; Dan Kemp (@dankemp)</blockquote>" +
				"<p>“It will be done by spring,” he said.</p>",
			[]string{"1:5 Tom Reed: We will rebuild the seawall", "1:383 Tom Reed: It will be done by spring"}},
		{"a block of links, after a label at most, is a teaser for another story; a link in prose is prose",
			"<p>Tom Reed spoke first.</p>\n<ul class=\"related\"><li><a href=\"/a\">Reed: “Salem is broke”</a></li></ul>\n" +
				"<p><strong>Read more:</strong> <a href=\"/b\">Lowell says “the money is fake”</a></p>\n" +
				"<div>[<a href=\"/c\">Kemp: “No new taxes”</a>]</div>\n" +
				"<h1><a href=\"/d\">Reed vows ‘stronger’ seawall</a></h1>\n" +
				"<p>Lowell <a href=\"/e\">said</a> “the money is real.”</p>",
			[]string{"5:29 Tom Reed: stronger", "6:34 Lowell: the money is real."}},
		{"a link after a cue's colon is the quotation's source, not a teaser",
			"<p>Tom Reed spoke first.</p>\n<p>Ann Lowell tweeted: <a href=\"https://example.test/p\">“The money is coming next week.”</a></p>",
			[]string{"2:58 Ann Lowell: The money is coming next week."}},
		{"columns count code points of the source",
			"<p>Été — “We are friends,” Blinken said.</p>",
			[]string{"1:11 Blinken: We are friends"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, found(t, "a.html", tt.src, ArticleHTML))
		})
	}
}

func TestMaskHTMLEntities(t *testing.T) {
	tests := []struct{ in, want string }{
		{"&ldquo;", "“    "},
		{" &ldquo;We", "     “We"},
		{"<p>&ldquo;We", "\n\n     “We"},
		{"friends.&rdquo;</p>", "friends.”    \n\n  "},
		{"a &mdash; b", "a —     b"},
		{"&amp;", "&    "},
		{"&#8220;", "“    "},
		{"&#x201D;", "”     "},
		{"&nbsp;", "\u00a0    "},
		{"other&rsquo;s", "other’\u034f\u034fs"},
		{"x&#x201D;y", "x”\ufe00\u034fy"},
		{"&eacute;t&eacute;", "      ét\u00e9      "},
		{"&ac;", "∾ "},
		{"&notanentity;", "&notanentity;"},
		{"AT&T", "AT&T"},
		{"&#0;", "\uFFFD "},
		{"&#x1F600;", "😀     "},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, _, _ := maskHTML([]byte(tt.in))
			assert.Equal(t, tt.want, got)
		})
	}
}

func FuzzMaskHTML(f *testing.F) {
	seedFiles(f)
	for _, s := range []string{
		"<!doctype html><html><head><title>t</title></head><body><nav>n</nav><p>&ldquo;a&rdquo; <q>b<q>c</q></q></p><blockquote><p>d</p></blockquote></body></html>",
		"<script>“</script><style>", "<q\n>x</q\n>", "<!--", "<p", "&#x1F600;&nGt;&amp", "<blockquote>text",
		"<textarea><p>“x”</textarea>", "<svg><title>“</title></svg>",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if !utf8.Valid(data) || strings.IndexByte(string(data), 0) >= 0 {
			return
		}
		masked, spans, _ := maskHTML(data)
		checkMasked(t, string(data), masked, spans)
		if d, err := ReadArticle("f.html", data, ArticleHTML); err == nil {
			checkArticle(t, d)
		}
	})
}
