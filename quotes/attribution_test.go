package quotes

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAttribution(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		speaker string // the speaker of the last quote
	}{
		{"a subject before a long apposition",
			"Zeke Emanuel, an oncologist who advised Obama on the health care overhaul, said the law has been a success “by any stretch of any metric.”",
			"Zeke Emanuel"},
		{"the listener of told is not the speaker",
			"Donald Trump returned the compliment, telling Reuters, “Sheldon and I have been friends for a long time.”",
			"Donald Trump"},
		{"a short apposition still works",
			"“We will win,” Hugh Hill, a doctor at the clinic, said.",
			"Hugh Hill"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := NewDoc("a.txt", []byte(tt.text))
			require.NoError(t, err)
			qs := ParseArticle(d).Quotes
			require.NotEmpty(t, qs)
			got := qs[len(qs)-1].Speaker
			assert.True(t, SameName(tt.speaker, got), "speaker %q, want %q", got, tt.speaker)
		})
	}
}
