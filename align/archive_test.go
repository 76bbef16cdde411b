package align

import (
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotecheck/quotecheck/align/synth"
	"github.com/quotecheck/quotecheck/quotes"
)

// archiveTranscripts reads the transcripts the archive tests store: the
// seed remarks and every layout of testdata/transcripts (subtitles with
// their blanked speech text, a CSV of several dated events, a record with
// no speaker labels).
func archiveTranscripts(t testing.TB) []*quotes.Transcript {
	t.Helper()
	var trs []*quotes.Transcript
	for _, p := range []string{
		"../testdata/seeds/000_adf2d0d08684c947.txt",
		"../testdata/transcripts/briefing.vtt",
		"../testdata/transcripts/briefing.srt",
		"../testdata/transcripts/briefings.csv",
		"../testdata/transcripts/commercial.txt",
		"../testdata/transcripts/unlabelled.txt",
		"../testdata/transcripts/remarks.txt",
	} {
		data, err := os.ReadFile(p)
		require.NoError(t, err)
		d, err := quotes.NewDoc(p, data)
		require.NoError(t, err)
		got, err := quotes.ParseTranscripts(d, quotes.ReadOptions{})
		require.NoError(t, err, p)
		trs = append(trs, got...)
	}
	return trs
}

func archiveOf(t testing.TB, r *Record) []byte {
	t.Helper()
	b, err := r.ArchiveBytes()
	require.NoError(t, err)
	return b
}

// TestArchiveRoundTrip: a record loaded from its archive checks every seed
// article to the same findings as the record it was written from, and
// writes the same bytes again.
func TestArchiveRoundTrip(t *testing.T) {
	trs := archiveTranscripts(t)
	rec := NewRecord(trs...)
	data := archiveOf(t, rec)
	got, err := LoadArchive("test.qci", data)
	require.NoError(t, err)
	assert.Equal(t, data, archiveOf(t, got), "a loaded record writes the bytes it was loaded from")
	assert.Equal(t, rec.Words(), got.Words())
	assert.Equal(t, rec.Speakers(), got.Speakers())
	assert.Equal(t, rec.Surnames(), got.Surnames())
	require.Equal(t, rec.NumTranscripts(), got.NumTranscripts())
	for i, tr := range rec.trs {
		g, err := got.Transcript(i)
		require.NoError(t, err)
		assert.Equal(t, tr.Doc.Name, g.Doc.Name)
		assert.Equal(t, tr.Doc.Text, g.Doc.Text)
		assert.Equal(t, tr.SpeechText(), g.SpeechText())
		assert.Equal(t, tr.Format, g.Format)
		assert.Equal(t, tr.Media, g.Media)
		assert.Equal(t, tr.Turns, g.Turns, tr.Doc.Name)
		assert.Equal(t, tr.Doc.Lines(), g.Doc.Lines())
		assert.Equal(t, quotes.TranscriptDate(tr), got.TranscriptDate(i))
	}
	for _, art := range []string{"001_c78c3c7143cf625d", "002_c15b9b24642192a5", "003_3f64001593826196", "004_42f1c81c42cc92c4"} {
		p := "../testdata/seeds/" + art + ".txt"
		assert.Equal(t, checkFile(t, rec, p), checkFile(t, got, p), art)
	}
}

// TestJoinEqualsNewRecord: a record built in parts and joined, or loaded
// from an archive and extended, is the record NewRecord gives for all its
// transcripts at once, to the byte of its archive.
func TestJoinEqualsNewRecord(t *testing.T) {
	trs := archiveTranscripts(t)
	want := archiveOf(t, NewRecord(trs...))
	for _, cut := range []int{0, 1, 3, len(trs) - 1, len(trs)} {
		t.Run("parts", func(t *testing.T) {
			a, b := NewRecordBuilder(), NewRecordBuilder()
			a.Add(trs[:cut]...)
			b.Add(trs[cut:]...)
			assert.Equal(t, want, archiveOf(t, JoinRecords(nil, a, b)), "cut at %d", cut)
		})
		t.Run("extend", func(t *testing.T) {
			old, err := LoadArchive("old.qci", archiveOf(t, NewRecord(trs[:cut]...)))
			require.NoError(t, err)
			assert.Equal(t, want, archiveOf(t, old.Extend(trs[cut:]...)), "cut at %d", cut)
		})
	}
}

// TestJoinRecordsToArchive: the archive written while the posting tables
// are built is the one written after, on any number of cores, with a base
// or none, and no temporary file is left.
func TestJoinRecordsToArchive(t *testing.T) {
	trs := archiveTranscripts(t)
	want := archiveOf(t, NewRecord(trs...))
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	for _, procs := range []int{1, 2, 4} {
		runtime.GOMAXPROCS(procs)
		for _, cut := range []int{0, 2, len(trs)} {
			dir := t.TempDir()
			path := filepath.Join(dir, "joined.qci")
			a, b := NewRecordBuilder(), NewRecordBuilder()
			a.Add(trs[:cut]...)
			b.Add(trs[cut:]...)
			indexed := false
			rec, err := JoinRecordsToArchive(path, func() { indexed = true }, nil, a, b)
			require.NoError(t, err)
			assert.True(t, indexed)
			got, err := os.ReadFile(path)
			require.NoError(t, err)
			assert.Equal(t, want, got, "cut at %d on %d cores", cut, procs)
			assert.Equal(t, want, archiveOf(t, rec))
			entries, err := os.ReadDir(dir)
			require.NoError(t, err)
			assert.Len(t, entries, 1, "no temporary file is left")

			old, err := LoadArchive("old.qci", archiveOf(t, NewRecord(trs[:cut]...)))
			require.NoError(t, err)
			c := NewRecordBuilder()
			c.Add(trs[cut:]...)
			_, err = JoinRecordsToArchive(path, nil, old, c)
			require.NoError(t, err)
			got, err = os.ReadFile(path)
			require.NoError(t, err)
			assert.Equal(t, want, got, "added at %d on %d cores", cut, procs)
		}
	}
}

// TestArchiveWriterTexts: an archive whose texts were written as its parts
// were read (AddTexts) is the one written after, to the byte, whichever
// parts' texts went first: all in order, some, none, or out of order (the
// texts then written again whole); Abort leaves the path as it was.
func TestArchiveWriterTexts(t *testing.T) {
	trs := archiveTranscripts(t)
	want := archiveOf(t, NewRecord(trs...))
	cuts := [][2]int{{0, 1}, {1, 3}, {3, len(trs)}}
	for name, streamed := range map[string][]int{"all": {0, 1, 2}, "first two": {0, 1}, "none": nil, "out of order": {1, 0, 2}, "skipping one": {0, 2}} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "joined.qci")
			var parts []*RecordBuilder
			for _, c := range cuts {
				b := NewRecordBuilder()
				b.Add(trs[c[0]:c[1]]...)
				parts = append(parts, b)
			}
			w, err := CreateArchive(path)
			require.NoError(t, err)
			for _, i := range streamed {
				w.AddTexts(parts[i])
			}
			_, err = w.Join(nil, nil, parts...)
			require.NoError(t, err)
			got, err := os.ReadFile(path)
			require.NoError(t, err)
			assert.Equal(t, want, got)
			entries, err := os.ReadDir(dir)
			require.NoError(t, err)
			assert.Len(t, entries, 1, "no temporary file is left")

			w, err = CreateArchive(path)
			require.NoError(t, err)
			for _, i := range streamed {
				w.AddTexts(parts[i])
			}
			w.Abort()
			got, err = os.ReadFile(path)
			require.NoError(t, err)
			assert.Equal(t, want, got, "Abort left the archive as it was")
			entries, err = os.ReadDir(dir)
			require.NoError(t, err)
			assert.Len(t, entries, 1, "Abort left no temporary file")
		})
	}
}

// TestArchiveWriterTextsNotJoined: texts written ahead for parts that are
// then not joined leave no bytes after the archive's end.
func TestArchiveWriterTextsNotJoined(t *testing.T) {
	trs := archiveTranscripts(t)
	path := filepath.Join(t.TempDir(), "a.qci")
	all, last := NewRecordBuilder(), NewRecordBuilder()
	all.Add(trs...)
	last.Add(trs[len(trs)-1])
	w, err := CreateArchive(path)
	require.NoError(t, err)
	w.AddTexts(all)
	_, err = w.Join(nil, nil, last)
	require.NoError(t, err)
	got, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, archiveOf(t, NewRecord(trs[len(trs)-1])), got)
}

// TestArchiveFile: written atomically to a file, opened by memory map.
func TestArchiveFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "briefings.qci")
	rec := NewRecord(archiveTranscripts(t)...)
	require.NoError(t, rec.WriteArchive(path))
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	assert.Len(t, entries, 1, "no temporary file is left")
	got, err := OpenArchive(path)
	require.NoError(t, err)
	assert.Equal(t, rec.Words(), got.Words())
	f := got.CheckQuote("We are the largest investors in each other’s economies", "Blinken")
	assert.Equal(t, Verbatim, f.Verdict)
	info, err := StatArchive(path)
	require.NoError(t, err)
	assert.Equal(t, rec.NumTranscripts(), info.Transcripts)
	assert.Equal(t, rec.Words(), info.Words)
	assert.Equal(t, "2024-05-01", info.FirstDate, "the CSV's Date column")
	assert.Equal(t, "2025-01-07", info.LastDate, "the seed's header")
	st, err := os.Stat(path)
	require.NoError(t, err)
	assert.Equal(t, st.Size(), info.FileBytes)
}

// TestArchiveRefused: another version, a truncated file, any flipped byte
// is an error naming the file, never a record that answers from it: the
// error comes at load, or, for a byte of a section read on first use,
// when the check that reads it is made (the record's Err, the finding
// Unverifiable), and always when the record is read whole.
func TestArchiveRefused(t *testing.T) {
	data := archiveOf(t, NewRecord(archiveTranscripts(t)[:2]...))
	mutate := func(f func(b []byte) []byte) []byte { return f(append([]byte(nil), data...)) }
	cases := map[string][]byte{
		"empty":     {},
		"not ours":  []byte("SECRETARY BLINKEN: hello\n"),
		"truncated": data[:len(data)/2],
		"extended":  append(append([]byte(nil), data...), 0, 0, 0, 0, 0, 0, 0, 0),
	}
	for v := uint32(2); v <= archiveVersion+1; v++ {
		if v != archiveVersion {
			cases[fmt.Sprintf("version %d", v)] = mutate(func(b []byte) []byte { binary.LittleEndian.PutUint32(b[8:], v); return b })
		}
	}
	for name, b := range cases {
		t.Run(name, func(t *testing.T) {
			_, err := LoadArchive("briefings.qci", b)
			require.Error(t, err)
			assert.Contains(t, err.Error(), "briefings.qci")
		})
	}
	t.Run("version message", func(t *testing.T) {
		_, err := LoadArchive("briefings.qci", cases["version 2"])
		assert.ErrorContains(t, err, "archive version 2")
		assert.ErrorContains(t, err, "rebuild it with quotecheck index build")
	})
	good, err := LoadArchive("briefings.qci", data)
	require.NoError(t, err)
	art := "../testdata/seeds/001_c78c3c7143cf625d.txt"
	want := checkFile(t, good, art)
	// every byte flipped in turn (a stride keeps the test short)
	lazy := 0
	for i := 0; i < len(data); i += 1 + len(data)/1500 {
		b := mutate(func(b []byte) []byte { b[i] ^= 0x5A; return b })
		r, err := LoadArchive("briefings.qci", b)
		if err != nil {
			continue
		}
		lazy++
		got := checkFile(t, r, art)
		if r.Err() == nil {
			assert.Equal(t, want, got, "byte %d flipped: the checks read none of it", i)
		} else {
			// the quotes checked before the fault was met are answered
			// right; from it on none is answered
			assert.Contains(t, r.Err().Error(), "briefings.qci")
			faulty := false
			for k, f := range got {
				if f.Verdict == Unverifiable && strings.Contains(f.Reason, "briefings.qci") {
					faulty = true
					continue
				}
				assert.False(t, faulty, "byte %d flipped: quote %d answered after the fault", i, k)
				assert.Equal(t, want[k], f, "byte %d flipped: quote %d", i, k)
			}
			assert.True(t, faulty, "byte %d flipped", i)
		}
		werr := r.verifyAll()
		require.Error(t, werr, "byte %d flipped", i)
		assert.Contains(t, werr.Error(), "briefings.qci")
		assert.Equal(t, r.Err(), werr, "byte %d flipped: one fault", i)
		_, err = r.ArchiveBytes()
		require.Error(t, err, "byte %d flipped: not written again", i)
		require.Error(t, JoinRecords(r).Err(), "byte %d flipped: not joined", i)
	}
	assert.Positive(t, lazy, "some flipped bytes are found on first use")
}

// TestArchiveFaultInCheck: a byte of the word ids a quote's check reads,
// flipped, makes that check Unverifiable with the fault as its reason, and
// every later one: a corrupt archive gives no answers, and no panic.
func TestArchiveFaultInCheck(t *testing.T) {
	rec := NewRecord(archiveTranscripts(t)...)
	data := archiveOf(t, rec)
	quote := "We are the largest investors in each other’s economies"
	require.Equal(t, Verbatim, rec.CheckQuote(quote, "Blinken").Verdict)
	good, err := LoadArchive("briefings.qci", data)
	require.NoError(t, err)
	// every word id of the record, flipped in turn: the ones the quote
	// reads are found
	norms := good.arc.norms.data
	at := int(uintptr(unsafe.Pointer(unsafe.SliceData(norms))) - uintptr(unsafe.Pointer(unsafe.SliceData(data))))
	found := 0
	for i := 0; i < len(norms); i += 4 * 97 {
		b := append([]byte(nil), data...)
		b[at+i] ^= 0x40
		r, err := LoadArchive("briefings.qci", b)
		require.NoError(t, err)
		f := r.CheckQuote(quote, "Blinken")
		if r.Err() == nil {
			assert.Equal(t, Verbatim, f.Verdict)
			continue
		}
		found++
		assert.Equal(t, Unverifiable, f.Verdict)
		assert.Contains(t, f.Reason, "briefings.qci: corrupt section \"norms\"")
		assert.Equal(t, Unverifiable, r.CheckQuote("anything at all", "").Verdict, "a record with a fault answers no more")
		_, err = r.Transcript(0)
		assert.Error(t, err)
	}
	assert.Positive(t, found)
}

// TestArchiveReadsOnlyCheckedBlocks: a check reads no byte of a large
// section it has not checked. The seed articles are checked against an
// archive's record; then every block of its large sections the checks did
// not check is overwritten, and the same checks against the overwritten
// file give the same findings, with no fault.
func TestArchiveReadsOnlyCheckedBlocks(t *testing.T) {
	data := archiveOf(t, NewRecord(archiveTranscripts(t)...))
	arts, _ := filepath.Glob("../testdata/seeds/0*.txt")
	require.NotEmpty(t, arts)
	lazy, err := LoadArchive("test.qci", data)
	require.NoError(t, err)
	var want [][]Finding
	for _, a := range arts {
		want = append(want, checkFile(t, lazy, a))
	}
	bad := slices.Clone(data)
	overwritten := 0
	for tag := range lazyTags {
		s := lazy.arc.a.lazy[tag]
		if len(s.data) == 0 {
			continue
		}
		off := int(uintptr(unsafe.Pointer(unsafe.SliceData(s.data))) - uintptr(unsafe.Pointer(unsafe.SliceData(data))))
		for b := range (len(s.data) + blockSize - 1) / blockSize {
			if s.done[b/64].Load()&(1<<(b%64)) != 0 {
				continue
			}
			overwritten++
			for k := b * blockSize; k < min((b+1)*blockSize, len(s.data)); k++ {
				bad[off+k] ^= 0xA5
			}
		}
	}
	require.Positive(t, overwritten)
	got, err := LoadArchive("test.qci", bad)
	require.NoError(t, err)
	for i, a := range arts {
		assert.Equal(t, want[i], checkFile(t, got, a), a)
	}
	require.NoError(t, got.Err())
	require.Error(t, got.verifyAll(), "the overwritten blocks are found when read")
}

// TestArchiveDecoded: an archive read as a machine that cannot use its
// int64 arrays and turns in place reads them (decoded into memory) gives
// the same record.
func TestArchiveDecoded(t *testing.T) {
	data := archiveOf(t, NewRecord(archiveTranscripts(t)...))
	inPlace, err := LoadArchive("test.qci", data)
	require.NoError(t, err)
	defer func(v bool) { native64 = v }(native64)
	native64 = false
	decoded, err := LoadArchive("test.qci", data)
	require.NoError(t, err)
	assert.Equal(t, inPlace.turns, decoded.turns)
	assert.Equal(t, data, archiveOf(t, decoded))
	art := "../testdata/seeds/001_c78c3c7143cf625d.txt"
	assert.Equal(t, checkFile(t, inPlace, art), checkFile(t, decoded, art))
}

// TestArchiveLazyEqualsEager: an archive's record, its transcripts made on
// first use in any order and from many goroutines at once, and its blocks
// checked as checks read them, gives what the record it was written from
// gives, and what it gives once read whole.
func TestArchiveLazyEqualsEager(t *testing.T) {
	trs := archiveTranscripts(t)
	rec := NewRecord(trs...)
	data := archiveOf(t, rec)
	arts, _ := filepath.Glob("../testdata/seeds/0*.txt")
	require.NotEmpty(t, arts)
	lazy, err := LoadArchive("test.qci", data)
	require.NoError(t, err)
	var wg sync.WaitGroup
	got := make([][]Finding, len(arts))
	for k := range arts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[k] = checkFile(t, lazy, arts[k])
		}()
	}
	tr := make([]*quotes.Transcript, len(trs))
	for i := len(trs) - 1; i >= 0; i-- {
		wg.Add(1)
		go func() {
			defer wg.Done()
			tr[i], _ = lazy.Transcript(i)
		}()
	}
	wg.Wait()
	require.NoError(t, lazy.Err())
	eager, err := LoadArchive("test.qci", data)
	require.NoError(t, err)
	require.NoError(t, eager.verifyAll())
	for k, a := range arts {
		assert.Equal(t, checkFile(t, rec, a), got[k], a)
		assert.Equal(t, got[k], checkFile(t, eager, a), a)
	}
	for i := range trs {
		e, err := eager.Transcript(i)
		require.NoError(t, err)
		assert.Equal(t, trs[i].Turns, tr[i].Turns)
		assert.Equal(t, e.Turns, tr[i].Turns)
		assert.Same(t, tr[i], lazy.transcript(i), "made once")
		assert.Equal(t, quotes.TranscriptDate(trs[i]), lazy.TranscriptDate(i))
	}
}

// FuzzArchive: any bytes load as an error or a record that checks a quote,
// makes its transcripts and is read whole without panicking.
func FuzzArchive(f *testing.F) {
	data := archiveOf(f, NewRecord(archiveTranscripts(f)[:2]...))
	f.Add(data)
	f.Add(data[:200])
	f.Add([]byte(archiveMagic))
	f.Fuzz(func(t *testing.T, b []byte) {
		r, err := LoadArchive("fuzz.qci", b)
		if err != nil {
			return
		}
		r.CheckQuote("we are the largest investors", "Blinken")
		// and read whole: every block and transcript checked
		if _, err := r.Transcripts(); err != nil {
			require.Error(t, r.Err())
		}
		if err := r.verifyAll(); err == nil {
			_, err = r.ArchiveBytes()
			require.NoError(t, err)
		}
	})
}

// TestArchiveStoresEverything: the archive stores every field of the
// record and its index; a field added to either must be added to the
// archive (archive_write.go, archive_read.go) and to this list.
func TestArchiveStoresEverything(t *testing.T) {
	fields := func(v any) []string {
		var out []string
		ty := reflect.TypeOf(v)
		for i := range ty.NumField() {
			out = append(out, ty.Field(i).Name)
		}
		return out
	}
	assert.ElementsMatch(t, []string{"trs", "arc", "checks", "trFirst", "fault", "turns", "speakers", "byID", "words", "stems", "stemOf", "stopword",
		"norms", "df", "docs", "index", "disfluent", "currencies", "aliases", "build", "resolved", "resolvedSize", "filterOnce", "filter", "disfluentOnce", "disfluentAt", "disfluentBlocks", "suffixMu", "suffixCache", "turnsOfOnce", "turnsOf", "turnBlockOnce", "turnBlock"}, fields(Record{}),
		"aliases are set per run (SetAliases), not stored; build is the state of adding turns; resolved names, the word filter, the sorted disfluencies, words' suffixes, each speaker's turns and the turns of blocks of positions are made per run")
	assert.ElementsMatch(t, []string{"gramBits", "gramOff", "gramPos", "capped", "stemOff", "stemPos", "stemN", "bases", "total"}, fields(index{}))
	assert.ElementsMatch(t, []string{"spk", "base", "n", "c0"}, fields(recTurn{}))
	assert.ElementsMatch(t, []string{"idx", "ID", "Display", "Surname", "Role", "Name", "Aliases", "speakers"}, fields(speakerInfo{}))
	assert.ElementsMatch(t, []string{"Speaker", "Index", "Start", "End", "Line", "Number", "Timed", "Time", "Marks", "Disfluent"}, fields(quotes.Turn{}))
	assert.ElementsMatch(t, []string{"ID", "Label", "Name", "Title", "Role", "Aliases"}, fields(quotes.Speaker{}))
}

// TestOccurrences: a sentence said in three briefings is found three
// times, its source the earliest briefing by date, not by record order.
func TestOccurrences(t *testing.T) {
	said := "We will never abandon our partners in the northern provinces, whatever the cost to the treasury."
	briefing := func(name, date, extra string) *quotes.Transcript {
		text := date + "\n\nSECRETARY ALVAREZ: Good morning. " + extra + " " + said + " Thank you.\n\nQ: Thank you, Madam Secretary.\n"
		d, err := quotes.NewDoc(name, []byte(text))
		require.NoError(t, err)
		tr, err := quotes.ParseTranscript(d)
		require.NoError(t, err)
		return tr
	}
	rec := NewRecord(
		briefing("march.txt", "Tuesday, March 4, 2025", "The ports reopen today."),
		briefing("january.txt", "January 7, 2025", "The river is high again."),
		briefing("february.txt", "02/11/2025", "Our budget is settled at last."),
		briefing("undated.txt", "Remarks to the press", "Nothing is settled yet."),
	)
	cases := []struct {
		quote   string
		verdict Verdict
		occ     int
	}{
		{said, Verbatim, 4},
		{"We will never abandon our partners … whatever the cost to the treasury.", Faithful, 4},
		{"The river is high again.", Verbatim, 1},
		{"treasury", Verbatim, 4}, // one word: no pair to vote, its own places
	}
	for _, c := range cases {
		t.Run(c.quote, func(t *testing.T) {
			f := rec.CheckQuote(c.quote, "Alvarez")
			require.Equal(t, c.verdict, f.Verdict)
			require.NotNil(t, f.Source)
			assert.Equal(t, c.occ, f.Source.Occurrences)
			assert.Equal(t, "january.txt", f.Source.File, "the earliest by date")
			assert.Equal(t, "2025-01-07", f.Source.Date)
		})
	}
	t.Run("not the record's words", func(t *testing.T) {
		f := rec.CheckQuote("We will always abandon our partners in the southern provinces, whatever the cost.", "Alvarez")
		require.NotNil(t, f.Source)
		assert.Zero(t, f.Source.Occurrences)
	})
}

// TestCountPlacesSkipEqualsAll: counting the places of a quote, the
// windows passed over without their DP (a quote of plain words, no row of
// its words, no join, no disfluency) change neither the count nor the
// source, on a record whose passages recur with variations.
func TestCountPlacesSkipEqualsAll(t *testing.T) {
	data, err := os.ReadFile("../testdata/excerpts/pride-and-prejudice-ch1-6.txt")
	require.NoError(t, err)
	turns := synth.Turns(synth.Grow(synth.Paragraphs(string(data), 8), 60000), 3)
	d, err := quotes.NewDoc("grown.txt", []byte(synth.Transcript(turns)))
	require.NoError(t, err)
	tr, err := quotes.ParseTranscript(d)
	require.NoError(t, err)
	rec := NewRecord(tr)
	rng := rand.New(rand.NewPCG(21, 22))
	checked, plain, repeated := 0, 0, 0
	for k := 0; k < 300; k++ {
		ti := rng.IntN(len(turns))
		kinds := []synth.Edit{synth.Typography, synth.Bracket, synth.EllipsisCut}
		q := Tokenize(synth.TakeEdited(rng, turns, ti, 4+rng.IntN(20), 0.15*float64(min(rng.IntN(5), 1)), kinds).Text, 0, true)
		sp := rec.speakerOf(&rec.turns[ti])
		c := rec.search(q, sp)[sp]
		if c == nil || c.level > Faithful {
			continue
		}
		wins := rec.speakerTurns(sp, maxScanTokens)
		nAll, bAll := rec.countPlaces(q, rec.prepareQuote(q), c, wins, false)
		nSkip, bSkip := rec.countPlaces(q, rec.prepareQuote(q), c, wins, true)
		require.Equal(t, nAll, nSkip, "places of %v", q)
		require.Equal(t, [2]int{bAll.turn, bAll.al.RStart}, [2]int{bSkip.turn, bSkip.al.RStart}, "source of %v", q)
		checked++
		if nAll > 1 {
			repeated++
		}
		if rec.prepareQuote(q).plain {
			plain++
		}
	}
	t.Logf("%d quotes checked, %d of plain words, %d said more than once", checked, plain, repeated)
	require.Greater(t, plain, 50)
	require.Greater(t, checked-plain, 50)
	require.Greater(t, repeated, 50)
}

// TestWordInfoFromArchive: the stop-word flag a record keeps per word, in
// memory and read back from an archive, is the tokenizer's, so a quote's
// words are read alike either way.
func TestWordInfoFromArchive(t *testing.T) {
	rec, _ := proseRecord(t)
	path := filepath.Join(t.TempDir(), "prose.qci")
	require.NoError(t, rec.WriteArchive(path))
	back, err := OpenArchive(path)
	require.NoError(t, err)
	stops := 0
	for _, r := range []*Record{rec, back} {
		for id := 1; id < len(r.words.strs); id++ {
			w := r.words.str(uint32(id))
			stem, stop := r.wordInfo(Token{Norm: w})
			require.Equal(t, stopwords[w], stop, "word %q", w)
			require.Equal(t, r.stemOf[id], stem, "word %q", w)
			if stop {
				stops++
			}
		}
	}
	require.Greater(t, stops, 50)
	stem, stop := back.wordInfo(Token{Norm: "xyzzy", Stem: "xyzzy"})
	require.Equal(t, uint32(0), stem)
	require.False(t, stop)
}

// reedSays is a transcript of one turn, MR. REED's words said.
func reedSays(t *testing.T, said string) *quotes.Transcript {
	t.Helper()
	d, err := quotes.NewDoc("money.txt", []byte("MR. REED:  "+said+"\n"))
	require.NoError(t, err)
	tr, err := quotes.ParseTranscript(d)
	require.NoError(t, err)
	return tr
}

// TestArchiveKeepsCurrencies: the currencies of a record's numbers are
// those of its archive, and of the record joined from its parts; the
// quotes that name another currency are altered as against the record.
func TestArchiveKeepsCurrencies(t *testing.T) {
	text := func(said string) *quotes.Transcript { return reedSays(t, said) }
	trs := []*quotes.Transcript{
		text("The bridge will cost $5 million in Salem. The pier will cost five million dollars in Harbor City."),
		text("A stamp costs 50¢ at the pier. We paid half a million dollars for the ferry. The dock cost £2 million."),
	}
	rec := NewRecord(trs...)
	require.Len(t, rec.currencies, 10, "the words of 5 million, five million, 50, half a million and 2 million")
	got, err := LoadArchive("money.qci", archiveOf(t, rec))
	require.NoError(t, err)
	assert.Equal(t, rec.currencies, got.currencies)
	a, b := NewRecordBuilder(), NewRecordBuilder()
	a.Add(trs[0])
	b.Add(trs[1])
	assert.Equal(t, rec.currencies, JoinRecords(nil, a, b).currencies)
	for _, r := range []*Record{rec, got} {
		assertVerdicts(t, r, "Reed", Altered,
			"The bridge will cost £5 million in Salem.",
			"The pier will cost €5 million in Harbor City.",
			"A stamp costs $50 at the pier.",
			"We paid £500,000 for the ferry.",
			"The dock cost $2 million.",
		)
		assertVerdicts(t, r, "Reed", Verbatim,
			"The bridge will cost 5 million dollars in Salem.",
			"We paid $500,000 for the ferry.",
			"The dock cost £2 million.",
		)
	}
}

// TestArchiveMoneyRefused: a money section crafted by hand, its block
// checksums right, loads as an error naming the file and the section's
// fault, never a panic or a record that answers from it: a section of
// an odd number of int32s, a position past the record or before the one
// before it, a currency of no name, and a section far longer than the
// record has numbers.
func TestArchiveMoneyRefused(t *testing.T) {
	rec := NewRecord(archiveTranscripts(t)[:2]...)
	secs, err := rec.archiveSections()
	require.NoError(t, err)
	total := int32(len(rec.norms))
	with := func(money []byte) []byte {
		out := slices.Clone(secs)
		for i := range out {
			if out[i].tag == "money" {
				out[i] = one("money", money)
			}
		}
		var b sliceWriter
		_, err := writeSections(&b, out)
		require.NoError(t, err)
		return b
	}
	pairs := func(v ...int32) []byte { return bytesOf(v) }
	huge := make([]int32, 0, 2*int(total+10))
	for p := range total + 10 {
		huge = append(huge, p, 1)
	}
	cases := map[string][]byte{
		"odd length":        pairs(3, 1, 4),
		"not whole int32s":  {1, 0, 0, 0, 1, 0},
		"past the record":   pairs(total, 1),
		"negative":          pairs(-1, 1),
		"out of order":      pairs(5, 1, 3, 1),
		"twice":             pairs(5, 1, 5, 2),
		"no currency":       pairs(5, 0),
		"unnamed currency":  pairs(5, int32(len(currencyNames))),
		"negative currency": pairs(5, -1),
		"huge":              bytesOf(huge),
	}
	for name, b := range cases {
		t.Run(name, func(t *testing.T) {
			_, err := LoadArchive("money.qci", with(b))
			require.Error(t, err)
			assert.Contains(t, err.Error(), "money.qci")
		})
	}
	got, err := LoadArchive("money.qci", with(pairs(3, 1, 5, 2)))
	require.NoError(t, err, "a crafted section in order loads")
	assert.Equal(t, []numberCurrency{{3, 1}, {5, 2}}, got.currencies)
}

// TestArchiveAddKeepsCurrencies: a transcript added to an archive's
// record (index add: JoinRecords of the loaded record and a part) has its
// numbers' currencies at their joined positions, so a quote of the second
// transcript is read against its own "£", not the first's "$".
func TestArchiveAddKeepsCurrencies(t *testing.T) {
	text := func(said string) *quotes.Transcript { return reedSays(t, said) }
	first := text("The bridge will cost $5 million in Salem. The pier is long.")
	second := text("The dock will cost £5 million in Harbor City. The ferry cost 2 million euros.")
	base, err := LoadArchive("a.qci", archiveOf(t, NewRecord(first)))
	require.NoError(t, err)
	part := NewRecordBuilder()
	part.Add(second)
	added := JoinRecords(base, part)
	again, err := LoadArchive("b.qci", archiveOf(t, added))
	require.NoError(t, err)
	for _, r := range []*Record{added, again} {
		assert.Equal(t, NewRecord(first, second).currencies, r.currencies)
		assertVerdicts(t, r, "Reed", Altered, "The dock will cost $5 million in Harbor City.", "The ferry cost 2 million dollars.")
		assertVerdicts(t, r, "Reed", Verbatim, "The dock will cost £5 million in Harbor City.", "The bridge will cost $5 million in Salem.")
	}
}
