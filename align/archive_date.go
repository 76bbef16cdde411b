package align

import (
	"runtime"
	"sync"
	"weak"

	"github.com/quotecheck/quotecheck/quotes"
)

// dates holds each transcript's date once found (quotes.TranscriptDate
// reads its name and header), or as an archive stored it. Keys are weak:
// a transcript no record uses any more is dropped with its entry.
var dates sync.Map // weak.Pointer[quotes.Transcript] → string

// transcriptDate is tr's date, "2006-01-02" or "".
func transcriptDate(tr *quotes.Transcript) string {
	k := weak.Make(tr)
	if d, ok := dates.Load(k); ok {
		return d.(string)
	}
	d := quotes.TranscriptDate(tr)
	rememberDate(tr, d)
	return d
}

func rememberDate(tr *quotes.Transcript, d string) {
	k := weak.Make(tr)
	if _, loaded := dates.LoadOrStore(k, d); !loaded {
		runtime.AddCleanup(tr, func(k weak.Pointer[quotes.Transcript]) { dates.Delete(k) }, k)
	}
}

// TranscriptDate is the date of the record's transcript i, "2006-01-02",
// or "" when it gives none (see quotes.TranscriptDate). An archive's
// record knows it without reading the transcript.
func (r *Record) TranscriptDate(i int) string {
	if r.arc != nil {
		return r.arc.date(i)
	}
	return transcriptDate(r.trs[i])
}
