package export

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"parallax/model"
	"parallax/model/quantity"
)

// hostile is an analysis whose every string tries to break out of the report.
func hostile() *model.Analysis {
	sentence := "Prices rose <script>alert(1)</script> by **90%** | `rm -rf` [x](javascript:alert(2)) \x1b[31mred\x1b[0m\nnext\u202eline $5 ~~gone~~ <img src=x onerror=alert(3)> &amp; ]]> --><!--"
	docs := []model.Document{
		{ID: "evil", Outlet: `Evil "Outlet" <b>&</b>`, Title: "</title><script>alert(4)</script>",
			URL: "javascript:alert(5)", Published: time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC), Text: sentence},
		{ID: "odd", Outlet: "Odd | Outlet\n", Title: "A [title](http://x) with * and _",
			URL: `https://odd.example/a b"onmouseover="alert(6)<>`, Text: sentence},
	}
	at := strings.Index(sentence, "90%")
	claims := []model.Claim{
		{ID: "c1", Doc: "evil", Start: 0, End: len(sentence), Text: sentence,
			Quantities: []quantity.Quantity{{Start: at, End: at + 3}, {Start: -5, End: 900}, {Start: at + 1, End: at + 2}}},
		{ID: "c2", Doc: "odd", Start: 0, End: len(sentence), Text: sentence},
	}
	groups := []model.Group{{ID: "g1", Verdict: model.Conflicting, Claims: []string{"c1", "c2"},
		Reason: "<iframe src=//evil.example></iframe> | reason", Sides: [][]string{{"c1"}, {"c2"}}}}
	return model.NewAnalysis(docs, nil, claims, groups)
}

func TestHTMLEscapesHostileText(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, "html", hostile(), "<script>alert(7)</script>"); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	doc, err := html.Parse(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	allowed := map[string]bool{"html": true, "head": true, "body": true, "meta": true, "title": true,
		"style": true, "header": true, "h1": true, "dl": true, "dt": true, "dd": true, "table": true,
		"thead": true, "tbody": true, "tr": true, "th": true, "td": true, "main": true, "section": true,
		"h2": true, "h3": true, "p": true, "ul": true, "li": true, "span": true, "strong": true, "a": true,
		"hr": true, "footer": true}
	styles := 0
	var texts strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			if !allowed[n.Data] {
				t.Errorf("element <%s> in the report", n.Data)
			}
			if n.Data == "style" {
				styles++
			}
			for _, a := range n.Attr {
				if strings.HasPrefix(strings.ToLower(a.Key), "on") {
					t.Errorf("event handler attribute %s=%q on <%s>", a.Key, a.Val, n.Data)
				}
				if a.Key == "href" && !strings.HasPrefix(a.Val, "https://") && !strings.HasPrefix(a.Val, "http://") {
					t.Errorf("link to %q", a.Val)
				}
			}
		}
		if n.Type == html.TextNode && (n.Parent == nil || n.Parent.Data != "style") {
			texts.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if styles != 1 {
		t.Errorf("%d <style> elements, want the one inline sheet", styles)
	}
	text := texts.String()
	for _, want := range []string{
		"<script>alert(7)</script>",    // the title, shown as text
		"<script>alert(1)</script>",    // the sentence, shown as text
		"<img src=x onerror=alert(3)>", // likewise
		"<iframe src=//evil.example></iframe> | reason",
		`Evil "Outlet" <b>&</b>`,
		"red next", // escape codes gone, the newline folded
	} {
		if !strings.Contains(text, want) {
			t.Errorf("text %q not shown literally", want)
		}
	}
	if strings.ContainsAny(out, "\x1b\a") {
		t.Error("control characters reached the HTML")
	}
	if strings.Contains(out, "javascript:") && strings.Contains(out, `href="javascript`) {
		t.Error("javascript: link kept")
	}
}

func TestMarkdownEscapesHostileText(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, "markdown", hostile(), "# <b>Title</b> *x*"); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if strings.ContainsAny(out, "\x1b\a\r") {
		t.Error("control characters reached the Markdown")
	}
	for _, bad := range []string{"<script", "<img", "<iframe", "<b>", "[x](javascript"} {
		if unescaped(out, bad) {
			t.Errorf("unescaped %q in the Markdown", bad)
		}
	}
	// Every table row has as many unescaped pipes as its header.
	lines := strings.Split(out, "\n")
	for i, l := range lines {
		if !strings.HasPrefix(l, "| ") || i == 0 || strings.HasPrefix(lines[i-1], "|") {
			continue
		}
		cols := pipes(l)
		for j := i + 1; j < len(lines) && strings.HasPrefix(lines[j], "|"); j++ {
			if got := pipes(lines[j]); got != cols {
				t.Errorf("row %q has %d cell borders, header %d", lines[j], got, cols)
			}
		}
	}
	for _, want := range []string{
		"# \\# \\<b\\>Title\\</b\\> \\*x\\*\n", // the title line
		`\<script\>alert(1)\</script\>`,
		`**90%**`, // the figure is bold, its stars not escaped
		`\*\*`,    // the article's own stars are
		`\[x\](javascript:alert(2))`,
		`\$5 \~\~gone\~\~`,
		`Odd \| Outlet`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("Markdown lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "(<https://odd.example/a b") || strings.Contains(out, `alert(6)<>`) {
		t.Error("link destination not encoded")
	}
}

// unescaped reports whether s occurs in out without a backslash before it.
func unescaped(out, s string) bool {
	for i := 0; ; {
		j := strings.Index(out[i:], s)
		if j < 0 {
			return false
		}
		if at := i + j; at == 0 || out[at-1] != '\\' {
			return true
		}
		i += j + 1
	}
}

// pipes counts the unescaped | of a Markdown line.
func pipes(l string) int {
	n := 0
	for i := 0; i < len(l); i++ {
		switch l[i] {
		case '\\':
			i++
		case '|':
			n++
		}
	}
	return n
}

func TestMdEscape(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain words, 3.5% up", "plain words, 3.5% up"},
		{"a*b*c", `a\*b\*c`},
		{"snake_case", `snake\_case`},
		{"[link](x)", `\[link\](x)`},
		{"<tag>", `\<tag\>`},
		{"a | b", `a \| b`},
		{"`code`", "\\`code\\`"},
		{`back\slash`, `back\\slash`},
		{"$1 ~ $2", `\$1 \~ \$2`},
		{"AT&T", "AT&T"},
	}
	for _, tt := range tests {
		if got := mdEscape(tt.in); got != tt.want {
			t.Errorf("mdEscape(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestWebLink(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://a.example/x?y=1#z", "https://a.example/x?y=1#z"},
		{"  http://a.example/  ", "http://a.example/"},
		{"javascript:alert(1)", ""},
		{"JAVASCRIPT:alert(1)", ""},
		{"file:///etc/passwd", ""},
		{"data:text/html,<script>", ""},
		{"//no.scheme/x", ""},
		{"/relative/path", ""},
		{"https://a.example/\x00", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := webLink(tt.in); got != tt.want {
			t.Errorf("webLink(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestWriteErrors(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, "pdf", fixture(t), ""); !errors.Is(err, ErrFormat) {
		t.Errorf("unknown format: %v, want ErrFormat", err)
	}
	if err := Write(&buf, "markdown", nil, ""); err == nil {
		t.Error("nil analysis accepted")
	}
	for _, f := range []string{"md", "Markdown", " HTML ", "htm"} {
		buf.Reset()
		if err := Write(&buf, f, fixture(t), ""); err != nil || buf.Len() == 0 {
			t.Errorf("format %q: %v, %d bytes", f, err, buf.Len())
		}
	}
	if err := Write(failing{}, "html", fixture(t), ""); err == nil {
		t.Error("a failing writer's error was lost")
	}
	if err := Write(failing{}, "markdown", fixture(t), ""); err == nil {
		t.Error("a failing writer's error was lost")
	}
}

type failing struct{}

func (failing) Write([]byte) (int, error) { return 0, errors.New("disk full") }
