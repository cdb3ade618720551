package data

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// jsonlReader reads JSON Lines: one object per line, blank lines ignored.
type jsonlReader struct {
	br    *bufio.Reader
	line  int // lines read so far
	num   int // records read so far
	limit int // the longest record read, in bytes
}

func newJSONLReader(br *bufio.Reader) *jsonlReader {
	return &jsonlReader{br: br, limit: MaxFileSize}
}

// next returns the next non-blank line. A line over the limit is passed
// over without being held and comes back as a record that failed.
func (r *jsonlReader) next() (rawRecord, error) {
	for {
		b, tooLong, err := readLine(r.br, r.limit)
		if err == io.EOF {
			return rawRecord{}, io.EOF
		}
		if err != nil {
			return rawRecord{}, cutShort(r.line+1, err)
		}
		r.line++
		if tooLong {
			r.num++
			return rawRecord{line: r.line, num: r.num, err: recordTooLarge()}, nil
		}
		if len(bytes.TrimSpace(b)) == 0 {
			continue
		}
		r.num++
		return rawRecord{line: r.line, num: r.num, json: b}, nil
	}
}

// recordTooLarge says a record is over the per-record cap.
func recordTooLarge() error {
	return fmt.Errorf("%w (over %s)", errRecordTooLarge, megabytes(MaxFileSize))
}

// readLine reads one line, newline included. A line longer than limit is
// read to its end but not kept: tooLong is set and line is nil. err is
// io.EOF only when nothing was left to read; a line cut by another read
// error is dropped and the error returned.
func readLine(br *bufio.Reader, limit int) (line []byte, tooLong bool, err error) {
	n := 0
	for {
		frag, err := br.ReadSlice('\n')
		n += len(frag)
		if !tooLong && n <= limit+1 {
			line = append(line, frag...)
		} else {
			tooLong, line = true, nil
		}
		switch {
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case err == io.EOF && n > 0:
			return line, tooLong, nil
		case err != nil:
			return nil, false, err
		}
		return line, tooLong, nil
	}
}

// parse decodes a line into a record with lower-cased keys.
func (r *jsonlReader) parse(raw rawRecord) (record, error) {
	return parseJSONRecord(raw.json)
}

// jsonRecord is a JSON object's members by lower-cased key, decoded once:
// strings, json.Numbers (kept as written), booleans, lists, objects, nil.
type jsonRecord map[string]any

// parseJSONRecord decodes one JSON object in a single pass. When two keys
// differ only in case, the lower-case one wins, else the first in byte
// order, so the choice never depends on map order.
func parseJSONRecord(b []byte) (jsonRecord, error) {
	b = bytes.TrimSpace(bytes.TrimPrefix(b, []byte("\xEF\xBB\xBF")))
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var members map[string]any
	err := dec.Decode(&members)
	if err == nil {
		if _, after := dec.Token(); after != io.EOF {
			err = errors.New("invalid character after top-level value")
		}
	}
	if err != nil {
		var typeErr *json.UnmarshalTypeError
		if errors.As(err, &typeErr) {
			return nil, fmt.Errorf("%w (a JSON %s)", errNotObject, typeErr.Value)
		}
		if err == io.EOF || errors.Is(err, io.ErrUnexpectedEOF) {
			err = errors.New("unexpected end of JSON input")
		}
		return nil, fmt.Errorf("%w (%s)", errNotJSON, strings.TrimPrefix(err.Error(), "json: "))
	}
	if members == nil {
		return nil, fmt.Errorf("%w (null)", errNotObject)
	}
	out := make(jsonRecord, len(members))
	from := make(map[string]string, len(members))
	for k, v := range members {
		lk := strings.ToLower(k)
		if prev, dup := from[lk]; dup && (prev == lk || k != lk && prev < k) {
			continue
		}
		out[lk], from[lk] = v, k
	}
	return out, nil
}

// value reads a member as text: a string as it is, a number or boolean as
// written, a list of them joined with commas ("authors": ["A", "B"]).
// null, objects and anything else count as absent.
func (r jsonRecord) value(key string) (string, bool) {
	v, ok := r[key]
	if !ok {
		return "", false
	}
	if list, isList := v.([]any); isList {
		var parts []string
		for _, it := range list {
			if s, ok := scalarText(it); ok && strings.TrimSpace(s) != "" {
				parts = append(parts, strings.TrimSpace(s))
			}
		}
		return strings.Join(parts, ", "), len(parts) > 0
	}
	return scalarText(v)
}

// scalarText reads a decoded JSON scalar as text.
func scalarText(v any) (string, bool) {
	switch x := v.(type) {
	case string:
		return x, true
	case json.Number:
		return x.String(), true
	case bool:
		return strconv.FormatBool(x), true
	}
	return "", false
}
