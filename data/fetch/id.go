package fetch

import (
	"net/url"
	"path"
	"strings"
	"unicode"

	"parallax/data"
)

// maxIDLen keeps IDs short enough to show in a list column.
const maxIDLen = 80

// genericSlugs are last path segments that say nothing about the article;
// the segment before them, or the query, names it instead.
var genericSlugs = map[string]bool{
	"index": true, "default": true, "article": true, "story": true, "news": true,
	"amp": true, "view": true, "print": true, "content": true, "feed": true, "rss": true,
}

// urlID derives a stable document ID from an address: the host without
// "www." and the article's slug, "example.com-harbour-bridge-reopens". Like
// data's IDs from file names it is one line of valid text; unlike them it
// keeps only letters, digits, dots and dashes, since URLs escape the rest.
func urlID(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return slugify(raw, "document")
	}
	host := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	var segs []string
	for s := range strings.SplitSeq(u.EscapedPath(), "/") {
		if s == "" {
			continue
		}
		if un, err := url.PathUnescape(s); err == nil {
			s = un
		}
		segs = append(segs, s)
	}
	slug := ""
	for i := len(segs) - 1; i >= 0 && slug == ""; i-- {
		s := segs[i]
		if ext := path.Ext(s); ext != "" && ext != s {
			s = strings.TrimSuffix(s, ext)
		}
		if genericSlugs[strings.ToLower(s)] {
			if u.RawQuery != "" {
				slug = s + "-" + u.RawQuery
			}
			continue
		}
		slug = s
	}
	if slug == "" && u.RawQuery != "" {
		slug = u.RawQuery
	}
	if slug == "" && u.Fragment != "" {
		slug = u.Fragment
	}
	if slug == "" {
		return slugify(host, "document")
	}
	return slugify(host+"-"+slug, "document")
}

// slugify lower-cases s and turns every run of characters other than
// letters, digits and dots into one dash, trimmed and capped at maxIDLen.
func slugify(s, fallback string) string {
	s = data.Normalize([]byte(s))
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
			continue
		}
		dash = true
	}
	out := b.String()
	if len(out) > maxIDLen {
		cut := maxIDLen
		for cut > 0 && !utf8RuneStart(out[cut]) {
			cut--
		}
		out = strings.TrimRight(out[:cut], "-.")
	}
	out = strings.Trim(out, ".")
	if out == "" {
		return fallback
	}
	return out
}

// utf8RuneStart reports whether b begins a UTF-8 sequence.
func utf8RuneStart(b byte) bool { return b&0xC0 != 0x80 }
