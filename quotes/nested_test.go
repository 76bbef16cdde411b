package quotes

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// nestedOf is the quotations of text nested in others.
func nestedOf(t *testing.T, text string) []Quote {
	t.Helper()
	var out []Quote
	for _, q := range parseQuotes(t, text) {
		if q.Nested {
			out = append(out, q)
		}
	}
	return out
}

// A quotation inside another is a quotation of its own, whose speaker a
// cue inside the outer one names, or no one.
func TestNestedSpeakers(t *testing.T) {
	const intro = "Mayor Dan Kemp raised the fares on Monday. Ann Lowell, who leads the riders’ union, was not pleased.\n\n"
	cases := []struct {
		name, text, quote, as, speaker string
		kind                           AttributionKind
		skip                           bool
	}{
		{"a name before it in the quotation", "“Kemp won’t stop. He keeps saying ‘trust me, the fares are fair,’ and nobody does,” Lowell said.", "trust me, the fares are fair", "He", "Dan Kemp", AttrPronoun, false},
		{"a pronoun the quotation does not name", "“He keeps saying ‘trust me, the fares are fair,’ and nobody does,” Lowell said.", "trust me, the fares are fair", "He", "", AttrPronoun, false},
		{"the speaker's own words", "“Reporters asked me, and I told them, ‘We will sue the city,’” Lowell said.", "We will sue the city", "I", "Ann Lowell", AttrPronoun, false},
		{"a naming verb and its object", "“We call it ‘the harbor plan,’ and it works,” Lowell said.", "the harbor plan", "We", "Ann Lowell", AttrPronoun, false},
		{"a cue after it", "“‘No more delays on the line,’ said Tom Reed, and then he left,” Lowell said.", "No more delays on the line", "Tom Reed", "Tom Reed", AttrNamed, false},
		{"a verb of quoting", "“To quote Rosa Diaz, ‘Nobody rows alone,’” Lowell added.", "Nobody rows alone", "Rosa Diaz", "Rosa Diaz", AttrNamed, false},
		{"a negated verb is no cue", "“I never said ‘raise the fares,’” Kemp said.", "raise the fares", "", "", AttrNone, true},
		{"a time word before the name is no part of it", "“Yesterday Kemp said ‘the fares will stay where they are,’ and nobody believed him,” Lowell said.", "the fares will stay where they are", "Kemp", "Dan Kemp", AttrNamed, false},
		{"nor a day after a preposition", "“On Monday Kemp told us ‘the fares will stay where they are,’ and nobody believed him,” Lowell said.", "the fares will stay where they are", "Kemp", "Dan Kemp", AttrNamed, false},
		{"a clause opener is no part of the name", "“When Kemp told us, ‘the fares will stay where they are,’ I believed him,” Lowell said.", "the fares will stay where they are", "Kemp", "Dan Kemp", AttrNamed, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			qs := nestedOf(t, intro+c.text)
			require.Len(t, qs, 1)
			q := qs[0]
			assert.Equal(t, c.quote, q.Text)
			assert.Equal(t, c.as, q.AttributedTo)
			assert.Equal(t, c.speaker, q.Speaker)
			assert.Equal(t, c.kind, q.Attribution)
			assert.Equal(t, c.skip, q.Skip != "", q.Skip)
		})
	}
}

// Apostrophes are no marks, a nested quotation is no cue for the
// quotations after it, and the outer quotation keeps its words whole.
func TestNestedNotMarks(t *testing.T) {
	qs := parseQuotes(t, "Tom Reed runs the ferry.\n\n“I don’t think it’s ’90s nostalgia, it’s rock ’n’ roll,” Reed said.")
	require.Len(t, qs, 1)
	assert.False(t, qs[0].Nested)

	// apostrophes typed with the opening shape, as word processors do
	// after a space
	qs = parseQuotes(t, "Tom Reed runs the ferry.\n\n“I remember the ‘90s, when the players’ union was strong, and we’d dance ‘til dawn to rock ‘n’ roll at the dockers’ hall,” Reed said.")
	require.Len(t, qs, 1)
	assert.False(t, qs[0].Nested)
	assert.Empty(t, qs[0].Inner)

	text := "Tom Reed runs the ferry. Ann Lowell runs the union.\n\n“Lowell told me, ‘the strike is over,’ and I was glad,” Reed said. “We sail at noon.”"
	qs = parseQuotes(t, text)
	require.Len(t, qs, 3)
	assert.Equal(t, "Lowell told me, ‘the strike is over,’ and I was glad", qs[0].Text)
	assert.True(t, qs[1].Nested)
	assert.Equal(t, "Ann Lowell", qs[1].Speaker)
	if assert.Len(t, qs[0].Inner, 1, "the outer quotation keeps the place of the words it quotes") {
		assert.Equal(t, "‘the strike is over,’", text[qs[0].Inner[0].Start:qs[0].Inner[0].End])
	}
	assert.Equal(t, "We sail at noon.", qs[2].Text)
	assert.Equal(t, "Tom Reed", qs[2].Speaker, "the speaker before the nested quotation goes on")
	qs = parseQuotes(t, "Ann Lowell runs the union.\n\n“I told them, ‘the strike is over,’ and they cheered,” Lowell said.")
	require.Len(t, qs, 2)
	assert.Equal(t, "Ann Lowell", qs[1].Speaker)
	assert.Empty(t, qs[0].Inner, "words the speaker quotes from herself are her own")
}
