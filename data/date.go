package data

import (
	"strings"
	"time"
	"unicode"
)

// machineLayouts are the exact date forms found in metadata.
var machineLayouts = []string{
	time.RFC3339Nano,
	time.RFC3339,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
	"2006/01/02",
	"20060102",
	time.RFC1123Z,
	time.RFC1123,
	time.RFC850,
	time.RFC822Z,
	time.RFC822,
	time.ANSIC,
}

// proseDateLayouts are the date parts of dates written for people, after
// cleanProseDate has dropped weekdays, dots and commas after the month.
var proseDateLayouts = []string{
	"Jan 2, 2006",
	"January 2, 2006",
	"Jan 2 2006",
	"January 2 2006",
	"2 Jan 2006",
	"2 January 2006",
	"2 Jan, 2006",
	"2 January, 2006",
	"01/02/2006",
	"1/2/2006",
}

// proseTimeLayouts are the optional time-of-day tails after a prose date.
var proseTimeLayouts = []string{"", " 3:04 PM", " 3:04PM", " 3 PM", " 15:04", " 15:04:05"}

// datePrefixes are labels written before a date that carry no date.
var datePrefixes = []string{"published on", "published", "posted on", "posted", "updated on", "updated", "date", "on"}

// timeZoneWords are trailing zone names dropped before parsing; the time is
// then read as UTC, which is close enough for lining up a story's day.
var timeZoneWords = map[string]bool{
	"ET": true, "EST": true, "EDT": true, "CT": true, "CST": true, "CDT": true, "MT": true,
	"PT": true, "PST": true, "PDT": true, "GMT": true, "UTC": true, "BST": true, "CET": true,
}

// parseDate reads a date in any of the common forms: ISO dates and RFC 3339
// timestamps from metadata, "Jan 18, 2022", "18 January 2022" and
// "Tuesday, Jan 18, 2022 - 11:10 PM" from page text. It is strict about the
// whole string being a date, so a sentence that mentions one is not read as one.
func parseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 80 {
		return time.Time{}, false
	}
	for _, layout := range machineLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t, plausibleYear(t)
		}
	}
	clean := cleanProseDate(s)
	if clean == "" {
		return time.Time{}, false
	}
	for _, layout := range machineLayouts {
		if t, err := time.Parse(layout, clean); err == nil {
			return t, plausibleYear(t)
		}
	}
	for _, d := range proseDateLayouts {
		for _, tl := range proseTimeLayouts {
			if t, err := time.Parse(d+tl, clean); err == nil {
				return t, plausibleYear(t)
			}
		}
	}
	return time.Time{}, false
}

func plausibleYear(t time.Time) bool { return t.Year() >= 1900 && t.Year() <= 2100 }

// cleanProseDate brings a human-written date to the shape the prose layouts
// expect: no label, weekday, "at" or dash between date and time; month names
// capitalised; "p.m." as "PM"; no trailing zone name.
func cleanProseDate(s string) string {
	s = strings.NewReplacer(
		"a.m.", "AM", "p.m.", "PM", "A.M.", "AM", "P.M.", "PM",
		" - ", " ", " – ", " ", " — ", " ", " | ", " ", " · ", " ", " at ", " ",
		"\u00a0", " ",
	).Replace(s)
	words := strings.Fields(s)
	for len(words) > 0 {
		w := strings.ToLower(strings.TrimRight(words[0], ":,"))
		if !hasDatePrefix(w) && !isWeekday(w) {
			break
		}
		words = words[1:]
	}
	for len(words) > 0 && timeZoneWords[strings.ToUpper(words[len(words)-1])] {
		words = words[:len(words)-1]
	}
	for i, w := range words {
		words[i] = capitaliseMonth(w)
	}
	return strings.Join(words, " ")
}

func hasDatePrefix(w string) bool {
	for _, p := range datePrefixes {
		if w == p {
			return true
		}
	}
	return false
}

// isWeekday reports a weekday name or its abbreviation, as it leads a date.
func isWeekday(w string) bool {
	w = strings.TrimRight(w, ".,")
	for _, d := range []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"} {
		if w == d || len(w) >= 3 && strings.HasPrefix(d, w) {
			return true
		}
	}
	return false
}

// capitaliseMonth writes "JAN." or "jan" as "Jan", "sept" as "Sep", and
// "am"/"pm" in capitals, which is what time.Parse accepts.
func capitaliseMonth(w string) string {
	comma := strings.HasSuffix(w, ",")
	core := strings.TrimRight(w, ".,")
	if core == "" || !unicode.IsLetter(rune(core[0])) {
		return w
	}
	lower := strings.ToLower(core)
	switch lower {
	case "am", "pm":
		return strings.ToUpper(lower)
	case "sept":
		lower = "sep"
	}
	out := strings.ToUpper(lower[:1]) + lower[1:]
	if comma {
		out += ","
	}
	return out
}
