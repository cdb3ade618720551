package fetch

import "testing"

func TestFragmentText(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"paragraphs", "<p>The ferry left at 7:40.</p><p>Fog was thick.</p>", "The ferry left at 7:40.\n\nFog was thick."},
		{"inline tags keep spaces", "<p>The <em>Saltmarsh Queen</em>, a ferry, <a href=\"/x\">docked</a>.</p>", "The Saltmarsh Queen, a ferry, docked."},
		{"entities", "<p>Fish &amp; chips &#8212; &quot;cheap&quot;</p>", "Fish & chips — \"cheap\""},
		{"breaks and lists", "First line<br>Second line<ul><li>one</li><li>two</li></ul>", "First line\n\nSecond line\n\none\n\ntwo"},
		{"scripts, styles and captions dropped", "<p>Kept.</p><script>var a = 1;</script><style>p{}</style><figure><img src=x><figcaption>Photo: a boat</figcaption></figure><p>Also kept.</p>", "Kept.\n\nAlso kept."},
		{"plain text, one paragraph per line", "Line one of the note.\n\nLine two &amp; more.\r\nLine three.", "Line one of the note.\n\nLine two & more.\n\nLine three."},
		{"a lone less-than is text", "Tides rose 3 < 4 metres", "Tides rose 3 < 4 metres"},
		{"control characters removed", "<p>Bell\x07 rang</p>", "Bell rang"},
		{"unclosed tags", "<p>Cut off <b>mid", "Cut off mid"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := fragmentText(tt.in); got != tt.want {
				t.Errorf("fragmentText(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
