package data

import (
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func TestNormalize(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"plain text unchanged", "The dam held.\n\nWater fell.", "The dam held.\n\nWater fell."},
		{"CRLF to LF", "one\r\ntwo\r\n", "one\ntwo\n"},
		{"lone CR to LF", "one\rtwo\r\rthree", "one\ntwo\n\nthree"},
		{"UTF-8 BOM stripped", "\xEF\xBB\xBFHeadline", "Headline"},
		{"NUL and C0 controls stripped", "a\x00b\x07c\x1b[31md\x0ce", "abc[31mde"},
		{"tab and newline kept", "col\tcol\nrow", "col\tcol\nrow"},
		{"DEL and C1 controls stripped", "x\x7Fy\u009Bz\u0085w", "xyzw"},
		{"NFD to NFC", "Cafe\u0301 in Zu\u0308rich", "Café in Zürich"},
		{"invalid bytes become U+FFFD", "na\xefve \xff\xfe!", "na\uFFFDve \uFFFD\uFFFD!"},
		{"Latin-1 byte alone", "caf\xe9 au lait", "caf\uFFFD au lait"},
		{"curly and straight quotes kept", "“Yes,” she said. \"No\" 'maybe' ‘so’", "“Yes,” she said. \"No\" 'maybe' ‘so’"},
		{"BOM mid-text dropped", "a\uFEFFb", "ab"},
		{"UTF-16LE with BOM decoded", "\xFF\xFEH\x00i\x00\r\x00\n\x00", "Hi\n"},
		{"UTF-16BE with BOM decoded", "\xFE\xFF\x00O\x00k", "Ok"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Normalize([]byte(tt.in))
			if got != tt.want {
				t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if !utf8.ValidString(got) || !norm.NFC.IsNormalString(got) {
				t.Errorf("Normalize(%q) = %q is not valid NFC UTF-8", tt.in, got)
			}
		})
	}
}

func TestTrimBlankLines(t *testing.T) {
	tests := []struct{ in, want string }{
		{"\n\n  \nBody line\n\n", "Body line"},
		{"  indented first\nsecond\n", "  indented first\nsecond"},
		{" \n\t\n", ""},
		{"no change", "no change"},
	}
	for _, tt := range tests {
		if got := trimBlankLines(tt.in); got != tt.want {
			t.Errorf("trimBlankLines(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestLooksBinary(t *testing.T) {
	png := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00")
	random := make([]byte, 4096)
	seed := uint32(7)
	for i := range random {
		seed = seed*1664525 + 1013904223
		random[i] = byte(seed >> 24)
	}
	article := []byte("The council voted 7-2 on Tuesday to approve the plan.\n")
	tests := []struct {
		name string
		in   []byte
		want bool
	}{
		{"prose", article, false},
		{"prose with one stray NUL", append(append([]byte{}, article...), append([]byte{0}, article...)...), false},
		{"Latin-1 prose", []byte("Le caf\xe9 du march\xe9 a ferm\xe9 ses portes lundi apr\xe8s vingt ans.\n"), false},
		{"UTF-16 with BOM", []byte("\xFF\xFEH\x00i\x00"), false},
		{"PNG signature", png, true},
		{"gzip signature", []byte("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03text"), true},
		{"PDF signature", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"), true},
		{"random bytes", random, true},
		{"NUL-padded record", append([]byte("ID42"), make([]byte, 200)...), true},
	}
	for _, tt := range tests {
		if got := looksBinary(tt.in); got != tt.want {
			t.Errorf("%s: looksBinary = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestLooksHTML(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"<!DOCTYPE html><html><body>x</body></html>", true},
		{"\xEF\xBB\xBF\n  <html lang=en>", true},
		{"<!-- saved page --><!doctype HTML>", true},
		{"<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">", true},
		{"<HEAD><TITLE>old page</TITLE>", true},
		{"Headline about <html> tags\n\nBody.", false},
		{"<p>a fragment is not a page</p>", false},
		{"<!-- unclosed comment", false},
	}
	for _, tt := range tests {
		if got := looksHTML([]byte(tt.in)); got != tt.want {
			t.Errorf("looksHTML(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
