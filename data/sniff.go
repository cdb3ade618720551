package data

import (
	"bytes"
	"net/http"
	"strings"
	"unicode/utf8"
)

// sniffLen is how much of a file's start the sniffers look at.
const sniffLen = 8 << 10

// looksBinary reports content that is not text: a known binary signature, or
// a start with too many NULs, control bytes or broken UTF-8 sequences to be
// prose. A stray NUL or a few Latin-1 bytes in a real article still pass;
// normalisation cleans those up.
func looksBinary(b []byte) bool {
	if len(b) > sniffLen {
		b = b[:sniffLen]
	}
	if len(b) == 0 {
		return false
	}
	if len(b) >= 2 && (b[0] == 0xFF && b[1] == 0xFE || b[0] == 0xFE && b[1] == 0xFF) {
		return false // UTF-16 text with a byte-order mark, full of NULs by design
	}
	if binarySignature(b) {
		return true
	}
	var nul, ctrl, invalid int
	for i := 0; i < len(b); {
		c := b[i]
		switch {
		case c == 0:
			nul++
		case c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' || c == 0x7F:
			ctrl++
		case c >= 0x80:
			r, size := utf8.DecodeRune(b[i:])
			if r == utf8.RuneError && size == 1 {
				if len(b)-i >= utf8.UTFMax { // a rune cut by the sample end is not evidence
					invalid++
				}
			} else {
				i += size
				continue
			}
		}
		i++
	}
	n := len(b)
	return nul*100 > n || (nul+ctrl)*10 > n || invalid*4 > n
}

// binarySignature reports a file type net/http recognises as not text.
func binarySignature(b []byte) bool {
	ct := http.DetectContentType(b)
	for _, prefix := range []string{"image/", "audio/", "video/", "font/", "application/"} {
		if strings.HasPrefix(ct, prefix) {
			return ct != "application/octet-stream" && ct != "application/json"
		}
	}
	return false
}

// htmlPrefixes are what an HTML document starts with, lower-cased.
var htmlPrefixes = []string{"<!doctype html", "<html", "<head", "<body"}

// looksHTML reports content that starts like an HTML document, after a
// byte-order mark, blank space and leading comments.
func looksHTML(b []byte) bool {
	if len(b) > sniffLen {
		b = b[:sniffLen]
	}
	b = bytes.TrimPrefix(b, []byte("\xEF\xBB\xBF"))
	for {
		b = bytes.TrimLeft(b, " \t\r\n\f")
		if !bytes.HasPrefix(b, []byte("<!--")) {
			break
		}
		end := bytes.Index(b, []byte("-->"))
		if end < 0 {
			return false
		}
		b = b[end+3:]
	}
	if bytes.HasPrefix(b, []byte("<?xml")) {
		if end := bytes.Index(b, []byte("?>")); end >= 0 {
			b = bytes.TrimLeft(b[end+2:], " \t\r\n\f")
		}
	}
	head := strings.ToLower(string(b[:min(len(b), 16)]))
	for _, p := range htmlPrefixes {
		if strings.HasPrefix(head, p) {
			return true
		}
	}
	return false
}
