package data

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
)

// errNoHeader is a CSV file whose first row cannot be read as column names.
var errNoHeader = errors.New("no header row")

// csvReader reads CSV with a header row naming the columns.
type csvReader struct {
	r      *csv.Reader
	cap    *capReader
	header map[string]int // lower-cased column name -> index
	cols   int            // columns in the header
	num    int
	after  int // the line after the last row read, where the next one starts
}

// newCSVReader reads the header and checks that a column holds the text.
func newCSVReader(in io.Reader, m FieldMap) (*csvReader, error) {
	cr := &capReader{r: in, limit: MaxFileSize + 64<<10}
	r := csv.NewReader(cr)
	r.ReuseRecord = false
	names, err := r.Read()
	if err != nil {
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			return nil, fmt.Errorf("%w: line %d: %s", errNoHeader, pe.StartLine, pe.Err)
		}
		if errors.Is(err, errRecordTooLarge) {
			return nil, fmt.Errorf("%w: the first row is over %s", errNoHeader, megabytes(MaxFileSize))
		}
		return nil, fmt.Errorf("%w: %s", errNoHeader, oneLine(cause(err).Error()))
	}
	cr.mark = r.InputOffset()
	header := make(map[string]int, len(names))
	for i, n := range names {
		if i == 0 {
			n = strings.TrimPrefix(n, "\uFEFF")
		}
		key := strings.ToLower(strings.TrimSpace(n))
		if _, dup := header[key]; !dup && key != "" {
			header[key] = i
		}
	}
	hasText := false
	for _, k := range m.keysFor(FieldText) {
		if _, ok := header[k]; ok {
			hasText = true
		}
	}
	if !hasText {
		return nil, fmt.Errorf("no text column (columns: %s); name it with --fields text=COLUMN", columnList(names))
	}
	return &csvReader{r: r, cap: cr, header: header, cols: len(names), after: 2}, nil
}

// columnList names the first few columns of a header for a message.
func columnList(names []string) string {
	const most = 8
	shown := make([]string, 0, most)
	for _, n := range names {
		if len(shown) == most {
			return strings.Join(shown, ", ") + ", …"
		}
		shown = append(shown, capRunes(cleanLine(normalizeString(n)), 40))
	}
	return strings.Join(shown, ", ")
}

// next reads the next row. A malformed row or one with the wrong number of
// fields is a failed record; the reader goes on at the row after it. A row
// over the size cap ends the file: CSV gives no safe place to resume.
func (c *csvReader) next() (rawRecord, error) {
	cells, err := c.r.Read()
	c.cap.mark = c.r.InputOffset()
	if err == io.EOF {
		return rawRecord{}, io.EOF
	}
	var pe *csv.ParseError
	switch {
	case errors.As(err, &pe):
		c.num++
		c.after = pe.Line + 1
		reason := fmt.Errorf("%w: %s", errCSV, pe.Err)
		if errors.Is(pe.Err, csv.ErrFieldCount) {
			c.after = c.endOf(cells)
			reason = fmt.Errorf("%w (%d, the header has %d)", errFieldCount, len(cells), c.cols)
		}
		return rawRecord{line: pe.StartLine, num: c.num, err: reason}, nil
	case errors.Is(err, errRecordTooLarge):
		return rawRecord{}, cutShort(c.after, recordTooLarge())
	case err != nil:
		return rawRecord{}, cutShort(c.after, err)
	}
	c.num++
	line, _ := c.r.FieldPos(0)
	c.after = c.endOf(cells)
	return rawRecord{line: line, num: c.num, cells: cells}, nil
}

// endOf is the line after a row just read: its last field's line plus the
// line breaks inside that field.
func (c *csvReader) endOf(cells []string) int {
	if len(cells) == 0 {
		return c.after + 1
	}
	line, _ := c.r.FieldPos(len(cells) - 1)
	return line + strings.Count(cells[len(cells)-1], "\n") + 1
}

// parse pairs a row's cells with the header's names.
func (c *csvReader) parse(raw rawRecord) (record, error) {
	return csvRecord{cells: raw.cells, header: c.header}, nil
}

// csvRecord is one row and the header that names its cells.
type csvRecord struct {
	cells  []string
	header map[string]int
}

func (r csvRecord) value(key string) (string, bool) {
	i, ok := r.header[key]
	if !ok || i >= len(r.cells) {
		return "", false
	}
	return r.cells[i], true
}

// capReader ends a read when one record has run past limit bytes since
// mark (the offset where the record started), so a broken quote cannot make
// the CSV reader gather the rest of a huge file into one field.
type capReader struct {
	r       io.Reader
	n, mark int64
	limit   int64
}

func (c *capReader) Read(p []byte) (int, error) {
	if c.n-c.mark > c.limit {
		return 0, errRecordTooLarge
	}
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}
