package model

import "testing"

func TestDocumentWords(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"", 0},
		{"   \n\t ", 0},
		{"one", 1},
		{"  Revenue grew 50% to $9.2 billion.  ", 6},
		{"no\u00a0break\u2003em space\u3000ideographic", 5}, // Unicode spaces part words too
		{"a\xffb c", 2}, // an invalid byte is part of its word
		{"line\nbreaks\r\nand\ttabs", 4},
	}
	for _, tt := range tests {
		if got := (Document{Text: tt.text}).Words(); got != tt.want {
			t.Errorf("Words(%q) = %d, want %d", tt.text, got, tt.want)
		}
	}
}
