package data

import (
	"bufio"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sort"
	"strings"
	"sync"

	"parallax/model"
)

// Dataset kinds, by extension.
const (
	kindJSONL = "jsonl"
	kindCSV   = "csv"
)

// datasetExts are the extensions read record by record, each also gzipped.
var datasetExts = map[string]string{".jsonl": kindJSONL, ".ndjson": kindJSONL, ".csv": kindCSV}

// datasetKind returns the kind of a dataset file by its name ("x.jsonl.gz"
// is jsonl, gzipped), or "" for a file that is not one.
func datasetKind(name string) (kind string, gzipped bool) {
	lower := strings.ToLower(name)
	if strings.HasSuffix(lower, ".gz") {
		lower, gzipped = strings.TrimSuffix(lower, ".gz"), true
	}
	return datasetExts[extOf(lower)], gzipped
}

// IsDataset reports whether a path names a dataset file (.jsonl, .ndjson,
// .csv, or one of them gzipped), whose records are read as articles.
func IsDataset(path string) bool {
	kind, _ := datasetKind(path)
	return kind != ""
}

// maxListedSkips is how many bad records of one file get a line each; the
// rest are counted in one summary line.
const maxListedSkips = 20

// recordBatch is how many records travel to a parser together, and
// batchBytes the most bytes, so a few huge records do not pile up in flight.
const (
	recordBatch = 256
	batchBytes  = 4 << 20
)

// rawRecord is one record as read from the file, before it is parsed.
type rawRecord struct {
	line, num int
	json      []byte   // a JSON Lines record
	cells     []string // a CSV row
	err       error    // the record could not even be read (too large, bad quoting)
}

// recordReader yields a dataset's records in order. next returns io.EOF at
// the end; any other error ends the file there.
type recordReader interface {
	next() (rawRecord, error)
	parse(raw rawRecord) (record, error)
}

// parsed is one record's outcome: a document or why it was skipped.
type parsed struct {
	doc model.Document
	err *RecordError
}

// readDataset reads a dataset file record by record: one goroutine
// decompresses and splits records, the others parse them, and the outcomes
// are put back in file order. Only the records in flight are held, never
// the whole decompressed file. Bad records are skipped with their line; the
// rest load.
func readDataset(src source, path string, m FieldMap) ([]model.Document, []Skipped) {
	fail := func(err error) ([]model.Document, []Skipped) {
		return nil, []Skipped{{Path: path, Reason: err}}
	}
	f, err := src.Open(path)
	if err != nil {
		return fail(cause(err))
	}
	defer f.Close()
	kind, gzipped := datasetKind(path)
	var in io.Reader = f
	if gzipped {
		zr, err := gzip.NewReader(bufio.NewReader(f))
		if err != nil {
			return fail(fmt.Errorf("not gzip data: %w", err))
		}
		defer zr.Close()
		in = zr
	}
	br := bufio.NewReaderSize(in, 64<<10)
	head, _ := br.Peek(sniffLen)
	switch {
	case strings.TrimSpace(string(head)) == "":
		return fail(ErrEmpty)
	case looksBinary(head):
		return fail(ErrBinary)
	}
	var rr recordReader
	switch kind {
	case kindCSV:
		rr, err = newCSVReader(br, m)
		if err != nil {
			return fail(err)
		}
	default:
		rr = newJSONLReader(br)
	}
	outcomes, end := parseRecords(rr, path, m)
	docs, skipped := settleRecords(path, outcomes)
	if end != nil {
		skipped = append(skipped, Skipped{Path: path, Reason: end})
	}
	if len(docs) == 0 && len(skipped) == 0 {
		return fail(ErrEmpty)
	}
	return docs, skipped
}

// batch is a run of consecutive records and, once parsed, their outcomes.
type batch struct {
	seq  int
	raws []rawRecord
	out  []parsed
}

// parseRecords runs the reader on this goroutine and the parsers on the
// others, returning the outcomes in file order and the error that ended the
// file early, if any.
func parseRecords(rr recordReader, path string, m FieldMap) ([]parsed, error) {
	workers := runtime.GOMAXPROCS(0)
	jobs := make(chan *batch, workers)
	done := make(chan *batch, workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for b := range jobs {
				b.out = make([]parsed, len(b.raws))
				for i, raw := range b.raws {
					b.out[i] = parseOne(rr, path, raw, m)
				}
				b.raws = nil
				done <- b
			}
		}()
	}
	var batches []*batch
	collected := make(chan struct{})
	go func() {
		for b := range done {
			batches = append(batches, b)
		}
		close(collected)
	}()

	end := feed(rr, jobs)
	close(jobs)
	wg.Wait()
	close(done)
	<-collected

	sort.Slice(batches, func(i, j int) bool { return batches[i].seq < batches[j].seq })
	var out []parsed
	for _, b := range batches {
		out = append(out, b.out...)
	}
	return out, end
}

// feed reads records into batches for the parsers until the file ends. It
// returns nil at a clean end, or the error that cut the file short.
func feed(rr recordReader, jobs chan<- *batch) error {
	cur := &batch{}
	size := 0
	send := func() {
		if len(cur.raws) > 0 {
			jobs <- cur
			cur, size = &batch{seq: cur.seq + 1}, 0
		}
	}
	defer send()
	for {
		raw, err := rr.next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		cur.raws = append(cur.raws, raw)
		size += len(raw.json)
		for _, c := range raw.cells {
			size += len(c)
		}
		if len(cur.raws) == recordBatch || size >= batchBytes {
			send()
		}
	}
}

// parseOne turns one raw record into a document or a skipped record.
func parseOne(rr recordReader, path string, raw rawRecord, m FieldMap) parsed {
	fail := func(err error) parsed { return parsed{err: &RecordError{Line: raw.line, Err: err}} }
	if raw.err != nil {
		return fail(raw.err)
	}
	rec, err := rr.parse(raw)
	if err != nil {
		return fail(err)
	}
	doc, err := recordDocument(path, raw.num, rec, m)
	if err != nil {
		return fail(err)
	}
	return parsed{doc: doc}
}

// settleRecords splits the outcomes into documents and skipped lines: the
// first maxListedSkips bad records one line each, the rest in one summary.
func settleRecords(path string, outcomes []parsed) ([]model.Document, []Skipped) {
	docs := make([]model.Document, 0, len(outcomes))
	var skipped []Skipped
	var rest []*RecordError
	ids := idSet{}
	for _, o := range outcomes {
		switch {
		case o.err == nil:
			if id := ids.unique(o.doc.ID); id != o.doc.ID {
				o.doc.ID, o.doc.Path = id, path+"#"+id // two records with one id keep two keys in the store
			}
			docs = append(docs, o.doc)
		case len(skipped) < maxListedSkips:
			skipped = append(skipped, Skipped{Path: path, Reason: o.err})
		default:
			rest = append(rest, o.err)
		}
	}
	if len(rest) > 0 {
		skipped = append(skipped, Skipped{Path: path, Reason: summarise(rest)})
	}
	return docs, skipped
}

// recordReasons are the reasons a summary counts by name.
var recordReasons = []error{errNotJSON, errNotObject, errNoText, ErrNoWords, errRecordTooLarge, errFieldCount, errCSV}

// summarise says how many more records were skipped, where, and why:
// "1,204 more bad records, lines 31-9,870 (1,200 no text, 4 not JSON)".
func summarise(errs []*RecordError) error {
	counts := map[string]int{}
	var order []string
	for _, e := range errs {
		name := "other"
		for _, r := range recordReasons {
			if errors.Is(e, r) {
				name = r.Error()
				break
			}
		}
		if counts[name] == 0 {
			order = append(order, name)
		}
		counts[name]++
	}
	sort.SliceStable(order, func(i, j int) bool { return counts[order[i]] > counts[order[j]] })
	parts := make([]string, len(order))
	for i, name := range order {
		parts[i] = thousands(counts[name]) + " " + name
	}
	return fmt.Errorf("%s more bad records, lines %s-%s (%s)", thousands(len(errs)),
		thousands(errs[0].Line), thousands(errs[len(errs)-1].Line), strings.Join(parts, ", "))
}

// thousands writes n with commas: 37527 → "37,527".
func thousands(n int) string {
	s := fmt.Sprint(n)
	if n < 0 {
		return "-" + thousands(-n)
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// cutShort is the error that ends a dataset before its end: the line where
// reading failed and why; the records before it still load.
func cutShort(line int, err error) error {
	return fmt.Errorf("line %d: %s; the rest of the file was not read", line, oneLine(cause(err).Error()))
}
