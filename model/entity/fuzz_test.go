package entity

import (
	"testing"
	"unicode/utf8"
)

// FuzzFind checks that Find never panics and that every mention is a valid,
// ordered, non-overlapping span whose Text is exactly text[Start:End].
func FuzzFind(f *testing.F) {
	seeds := []string{
		"",
		"The Biden administration said on Tuesday.",
		"Former President Donald J. Trump’s Commerce Department was concerned.",
		"research firm Gartner, Inc. said the People’s Republic of China (PRC) agreed.",
		"WASHINGTON — Sen. Rand Paul (R-Ky.) met U.S.-Saudi officials at the U.S. Department of Commerce.",
		"ALL CAPS LINE HERE\nTitle Case Heading For Alibaba's Unit\nby Jane Roe\n",
		"“Visionary” — Ex-Trump aide; Mr. O'Neil's & Johnson & Johnson, Ltd. … #Hashtag @handle t.co/AbC1",
		"U.S.' allies. U.S. The end. A. B. C. Jr. Inc. . . ' ' ’s ’",
		"\xff\xfe invalid \xc3 bytes Ünïcödé Ça Va Øresund ÅLAND",
		"al-Qaida in the Arabian Peninsula (AQAP) and bin Laden of the Kingdom of Saudi Arabia",
	}
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		ms := Find("doc", text)
		prevEnd := 0
		for i, m := range ms {
			if m.Start < prevEnd || m.End <= m.Start || m.End > len(text) {
				t.Fatalf("mention %d %q has span [%d,%d) after %d in text of %d bytes", i, m.Text, m.Start, m.End, prevEnd, len(text))
			}
			if text[m.Start:m.End] != m.Text {
				t.Fatalf("mention %d: Text %q != text[%d:%d] %q", i, m.Text, m.Start, m.End, text[m.Start:m.End])
			}
			if utf8.ValidString(text) && !utf8.ValidString(m.Text) {
				t.Fatalf("mention %d %q splits a character", i, m.Text)
			}
			switch m.Type {
			case Person, Org, Place, Other:
			default:
				t.Fatalf("mention %d %q has type %q", i, m.Text, m.Type)
			}
			prevEnd = m.End
		}
		for _, e := range Resolve(ms) {
			if e.Name == "" || len(e.Mentions) == 0 {
				t.Fatalf("empty entity %+v", e)
			}
		}
	})
}
