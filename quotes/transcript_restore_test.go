package quotes

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTranscriptDate(t *testing.T) {
	cases := []struct {
		name, text, want string
	}{
		{"remarks.txt", "Tuesday, January 7, 2025\n\nSECRETARY BLINKEN: Good morning.\n", "2025-01-07"},
		{"remarks.txt", "Remarks to the Press 01/07/2025 03:15 AM EST\n\nSECRETARY BLINKEN: Good morning.\n", "2025-01-07"},
		{"remarks.txt", "7 January 2025, Tokyo\n\nSECRETARY BLINKEN: Good morning.\n", "2025-01-07"},
		{"briefing-2024-11-05.txt", "SECRETARY BLINKEN: On January 7, 2025 we meet.\n", "2024-11-05"},
		{"briefings/20240301_press.txt", "MR. PRICE: Hello.\n", "2024-03-01"},
		{"debates.txt#9/26/16", "MR. PRICE: Hello.\n", "2016-09-26"},
		{"remarks.txt", "SECRETARY BLINKEN: On January 7, 2025 we met.\n", ""},
		{"remarks.txt", "February 31, 2025\n\nSECRETARY BLINKEN: Hello.\n", ""},
	}
	for _, c := range cases {
		t.Run(c.name+"/"+c.want, func(t *testing.T) {
			d, err := NewDoc(c.name, []byte(c.text))
			require.NoError(t, err)
			tr, err := ParseTranscript(d)
			require.NoError(t, err)
			assert.Equal(t, c.want, TranscriptDate(tr), "a date in the speech is not the transcript's")
		})
	}
}

func TestRestore(t *testing.T) {
	d, err := NewDoc("r.txt", []byte("Zürich, 7 January 2025\n\nSECRETARY BLINKEN: Good morning, Zürich.\nQ: Thanks.\n"))
	require.NoError(t, err)
	tr, err := ParseTranscript(d)
	require.NoError(t, err)
	lines, marks := DocParts(d)
	d2, err := RestoreDoc(d.Name, d.Text, lines, marks)
	require.NoError(t, err)
	assert.Equal(t, d.Position(40), d2.Position(40))
	tr2, err := RestoreTranscript(d2, tr.Format, tr.Media, tr.Speakers, tr.Turns, TranscriptParts(tr))
	require.NoError(t, err)
	assert.Equal(t, tr.Text(tr.Turns[0]), tr2.Text(tr2.Turns[0]))

	t.Run("refused", func(t *testing.T) {
		_, err := RestoreDoc("r.txt", "ab\ncd", []int{0, 9}, nil)
		assert.ErrorContains(t, err, "r.txt")
		_, err = RestoreDoc("r.txt", "ab\ncd", []int{1}, nil)
		assert.Error(t, err)
		_, err = RestoreDoc("r.txt", "ab\ncd", []int{0}, []int{0, 1, 2})
		assert.Error(t, err)
		bad := append([]Turn(nil), tr.Turns...)
		bad[0].End = len(d.Text) + 1
		_, err = RestoreTranscript(d2, tr.Format, "", tr.Speakers, bad, "")
		assert.ErrorContains(t, err, "r.txt")
		bad[0] = tr.Turns[0]
		bad[0].Speaker = &Speaker{ID: "X"}
		_, err = RestoreTranscript(d2, tr.Format, "", tr.Speakers, bad, "")
		assert.Error(t, err)
		_, err = RestoreTranscript(d2, tr.Format, "", tr.Speakers, tr.Turns, "short")
		assert.Error(t, err)
	})
}
