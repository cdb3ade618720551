package quantity

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestLexiconCoversCodeWords guards the lexicon against drift: every word the parser
// compares by spelling must be in it, or its capitalised form would go unrecognised.
func TestLexiconCoversCodeWords(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	lit := regexp.MustCompile(`(?:isWord\(|text [!=]= )"([a-z.']+)"`)
	caseLine := regexp.MustCompile(`(?m)^\s*case ("[a-z.']+"(?:, "[a-z.']+")*):`)
	word := regexp.MustCompile(`"([a-z.']+)"`)
	checked := 0
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var words []string
		for _, m := range lit.FindAllStringSubmatch(string(src), -1) {
			words = append(words, m[1])
		}
		for _, m := range caseLine.FindAllStringSubmatch(string(src), -1) {
			for _, w := range word.FindAllStringSubmatch(m[1], -1) {
				words = append(words, w[1])
			}
		}
		for _, w := range words {
			checked++
			if _, ok := lexicon[w]; !ok {
				t.Errorf("%s compares with %q, which the lexicon lacks (add it to codeWords)", f, w)
			}
		}
	}
	if checked < 50 {
		t.Errorf("checked only %d words; the source patterns have changed", checked)
	}
}

func TestLookupWord(t *testing.T) {
	cases := []struct {
		in, text string
		flags    uint8
	}{
		{"three", "three", fStart},
		{"Three", "three", fStart},
		{"BETWEEN", "between", 0},
		{"Jan", "jan", fMonth},
		{"O’clock", "o'clock", 0},
		{"o’clock", "o'clock", 0},
		{"Alibaba", "Alibaba", 0},
		{"Zürich", "Zürich", 0},
		{"customers", "customers", 0},
	}
	for _, tc := range cases {
		info := lookupWord(tc.in)
		text, flags := info.canon, info.flags
		if text != tc.text || flags != tc.flags {
			t.Errorf("lookupWord(%q) = %q, %d; want %q, %d", tc.in, text, flags, tc.text, tc.flags)
		}
	}
}

// TestTokenClassesMirrorTables checks that the class bits kept on tokens agree with the
// tables they stand for, for every word any table knows.
func TestTokenClassesMirrorTables(t *testing.T) {
	for w, info := range lexicon {
		_, isNum := smallNumbers[w]
		_, isScale := scaleExp[w]
		_, isIrr := irregularPlurals[w]
		checks := []struct {
			bit  uint16
			want bool
			name string
		}{
			{cFunction, functionWords[w] || timeWords[w] || ordinalWords[w] || weekdays[w], "function"},
			{cModifier, modifiers[w], "modifier"},
			{cNumber, isNum, "number"},
			{cScale, isScale, "scale"},
			{cVerb, commonVerbs[w], "verb"},
			{cNounExc, nounExceptions[w], "noun exception"},
			{cIrregular, isIrr, "irregular plural"},
			{cKeep, pluralKeep[w], "plural keep"},
			{cCollective, collectiveNouns[w], "collective"},
		}
		for _, c := range checks {
			if (info.cls&c.bit != 0) != c.want {
				t.Errorf("%q: %s bit is %v, table says %v", w, c.name, info.cls&c.bit != 0, c.want)
			}
		}
	}
}

// TestLexiconShapesAdmitEveryWord checks that the first-byte-and-length
// filter in front of the lexicon turns none of its words away, as written or
// capitalised.
func TestLexiconShapesAdmitEveryWord(t *testing.T) {
	for w, info := range lexicon {
		if !inLexiconShape(w) {
			t.Errorf("inLexiconShape(%q) = false", w)
		}
		if got := lookupWord(w); got != info {
			t.Errorf("lookupWord(%q) = %+v, want %+v", w, got, info)
		}
		if w[0] < 'a' || w[0] > 'z' {
			continue
		}
		if up := strings.ToUpper(w[:1]) + w[1:]; lookupWord(up) != info {
			t.Errorf("lookupWord(%q) = %+v, want %+v", up, lookupWord(up), info)
		}
	}
}
