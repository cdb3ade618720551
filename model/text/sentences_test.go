package text

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// sentenceTexts returns the text of each sentence of s.
func sentenceTexts(s string) []string {
	spans := Sentences(s)
	out := make([]string, len(spans))
	for i, sp := range spans {
		out[i] = s[sp.Start:sp.End]
	}
	return out
}

// checkSpans fails t when spans break an invariant of Sentences: in order,
// in bounds, non-empty, non-overlapping, trimmed, and covering every
// non-space byte of s.
func checkSpans(t *testing.T, s string, spans []Span) {
	t.Helper()
	prev := 0
	for i, sp := range spans {
		if sp.Start < prev || sp.End > len(s) || sp.Start >= sp.End {
			t.Fatalf("span %d %v out of order, out of bounds or empty (prev end %d, len %d)", i, sp, prev, len(s))
		}
		if gap := s[prev:sp.Start]; strings.TrimFunc(gap, isSpace) != "" {
			t.Fatalf("non-space text %q left outside spans before span %d", gap, i)
		}
		first, _ := utf8.DecodeRuneInString(s[sp.Start:])
		last, _ := utf8.DecodeLastRuneInString(s[:sp.End])
		if isSpace(first) || isSpace(last) {
			t.Fatalf("span %d %q is not trimmed", i, s[sp.Start:sp.End])
		}
		prev = sp.End
	}
	if tail := s[prev:]; strings.TrimFunc(tail, isSpace) != "" {
		t.Fatalf("non-space text %q left outside spans at the end", tail)
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		// Terminal punctuation.
		{"two plain sentences", "The mill closed. Workers left town.",
			[]string{"The mill closed.", "Workers left town."}},
		{"question mark", "Did the fund grow? Analysts think so.",
			[]string{"Did the fund grow?", "Analysts think so."}},
		{"exclamation mark", "The bridge is open! Traffic moved at once.",
			[]string{"The bridge is open!", "Traffic moved at once."}},
		{"question then lower-case speaker", `"Why now?" she asked.`,
			[]string{`"Why now?" she asked.`}},
		{"question in quotes then new sentence", `"Why now?" The minister did not answer.`,
			[]string{`"Why now?"`, "The minister did not answer."}},
		{"number starts the next sentence", "Profits rose in 2020. 2021 was worse.",
			[]string{"Profits rose in 2020.", "2021 was worse."}},
		{"missing space after a full stop", "The talks failed.But the sides met again.",
			[]string{"The talks failed.", "But the sides met again."}},
		{"no space but not a sentence", "See example.com.Then nothing.",
			[]string{"See example.com.Then nothing."}},

		// Abbreviations.
		{"U.S. inside a sentence", "The U.S. economy expanded. Prices rose.",
			[]string{"The U.S. economy expanded.", "Prices rose."}},
		{"U.S. ends a sentence before The", "The plant is in the U.S. The firm plans to expand it.",
			[]string{"The plant is in the U.S.", "The firm plans to expand it."}},
		{"U.S. before a name stays", "Officials at the U.S. Commerce Department agreed.",
			[]string{"Officials at the U.S. Commerce Department agreed."}},
		{"U.K. before lower case", "The U.K. regulator fined the lender.",
			[]string{"The U.K. regulator fined the lender."}},
		{"Inc. mid-sentence", "Maple Grove Inc. reported a loss on Monday.",
			[]string{"Maple Grove Inc. reported a loss on Monday."}},
		{"Inc. ends a sentence before But", "Revenue came from Fenwick, Inc. But costs rose.",
			[]string{"Revenue came from Fenwick, Inc.", "But costs rose."}},
		{"Corp. before a name", "Orbit Corp. Chief Executive Dana Lee resigned.",
			[]string{"Orbit Corp. Chief Executive Dana Lee resigned."}},
		{"Co. before a comma", "Birch Motor Co., a carmaker, grew. Rivals shrank.",
			[]string{"Birch Motor Co., a carmaker, grew.", "Rivals shrank."}},
		{"Ltd. before a verb", "Harbor Holdings Ltd. said profits fell.",
			[]string{"Harbor Holdings Ltd. said profits fell."}},
		{"Alphabet-style company then name", "It competes with Acme Inc. Widgets. It grew fast.",
			[]string{"It competes with Acme Inc. Widgets.", "It grew fast."}},
		{"Mr. Mrs. Ms. Dr.", "Mr. Adams met Mrs. Baker, Ms. Cole and Dr. Chen.",
			[]string{"Mr. Adams met Mrs. Baker, Ms. Cole and Dr. Chen."}},
		{"Sen. Rep. Gov.", "Sen. Ortiz and Rep. Young asked Gov. Hale to act.",
			[]string{"Sen. Ortiz and Rep. Young asked Gov. Hale to act."}},
		{"Gen. Lt.", "Gen. Park and Lt. Ross toured the base.",
			[]string{"Gen. Park and Lt. Ross toured the base."}},
		{"St. then lower case", "He lives on Elm St. near the park.",
			[]string{"He lives on Elm St. near the park."}},
		{"Jr. and Sr.", "Samuel Grant Sr. and Samuel Grant Jr. spoke first.",
			[]string{"Samuel Grant Sr. and Samuel Grant Jr. spoke first."}},
		{"No. before a number", "The firm ranked No. 2 in the survey.",
			[]string{"The firm ranked No. 2 in the survey."}},
		{"No. as a word", "The voters said No. The measure failed.",
			[]string{"The voters said No.", "The measure failed."}},
		{"vs.", "The case pitted Lane vs. Ward in court.",
			[]string{"The case pitted Lane vs. Ward in court."}},
		{"etc. mid-sentence", "Apples, pears, etc. were sold at the fair.",
			[]string{"Apples, pears, etc. were sold at the fair."}},
		{"etc. ends a sentence", "They sold apples, pears, etc. Buyers came early.",
			[]string{"They sold apples, pears, etc.", "Buyers came early."}},
		{"a.m. and p.m.", "The vote began at 9 a.m. and ended at 5 p.m. on Friday.",
			[]string{"The vote began at 9 a.m. and ended at 5 p.m. on Friday."}},
		{"p.m. ends a sentence", "Polls closed at 8 p.m. The count began at once.",
			[]string{"Polls closed at 8 p.m.", "The count began at once."}},
		{"a.m. before a number word", "It started at 6 a.m. Two people were hurt.",
			[]string{"It started at 6 a.m.", "Two people were hurt."}},
		{"month abbreviations", "The deal closed on Jan. 18 and was filed Sept. 30.",
			[]string{"The deal closed on Jan. 18 and was filed Sept. 30."}},
		{"month ends a sentence", "It was signed in Dec. The terms stayed secret.",
			[]string{"It was signed in Dec.", "The terms stayed secret."}},
		{"May is a word", "Talks resumed in May. Officials were upbeat.",
			[]string{"Talks resumed in May.", "Officials were upbeat."}},
		{"initial and Jr.", "The award went to Harold Q. Lambert, Jr. on Friday.",
			[]string{"The award went to Harold Q. Lambert, Jr. on Friday."}},
		{"two initials", "The writer P.D. Morgan visited the school.",
			[]string{"The writer P.D. Morgan visited the school."}},
		{"e.g. before a capital", "Some fruit, e.g. Apples, keeps well.",
			[]string{"Some fruit, e.g. Apples, keeps well."}},
		{"decimals and money", "Sales hit $1.5 billion, up 9.2 percent. Costs fell.",
			[]string{"Sales hit $1.5 billion, up 9.2 percent.", "Costs fell."}},
		{"U.S.-listed", "U.S.-listed shares fell 2%. Traders sold.",
			[]string{"U.S.-listed shares fell 2%.", "Traders sold."}},
		{"party and state after a name", "The bill came from Sen. Ana Ruiz, D-Ore. Ruiz voted no.",
			[]string{"The bill came from Sen. Ana Ruiz, D-Ore.", "Ruiz voted no."}},

		// Quotes and brackets.
		{"curly closing quote belongs to the sentence", "She called the plan “a good start.” Others disagreed.",
			[]string{"She called the plan “a good start.”", "Others disagreed."}},
		{"straight closing quote belongs to the sentence", `He called it "a mistake." Nobody replied.`,
			[]string{`He called it "a mistake."`, "Nobody replied."}},
		{"full stop after the closing quote", "It is the “second engine”. Sales doubled.",
			[]string{"It is the “second engine”.", "Sales doubled."}},
		{"short quote keeps its speaker", "“We are ready. We will win,” the coach said. Fans cheered.",
			[]string{"“We are ready. We will win,” the coach said.", "Fans cheered."}},
		{"straight quote keeps its speaker", `"It works. It is cheap," she said.`,
			[]string{`"It works. It is cheap," she said.`}},
		{"speaker before a short quote", "He said: “Prices rose. Wages did not.” Then he left.",
			[]string{"He said: “Prices rose. Wages did not.”", "Then he left."}},
		{"bracket after the full stop", "(The figure was revised.) Buyers balked.",
			[]string{"(The figure was revised.)", "Buyers balked."}},
		{"unpaired straight quotes do not swallow text", `He said "yes. Then she said "no."`,
			[]string{`He said "yes.`, `Then she said "no."`}},

		// Lines.
		{"headline line", "Storm hits coast\nThe storm made landfall on Tuesday.",
			[]string{"Storm hits coast", "The storm made landfall on Tuesday."}},
		{"byline and dateline", "By Jane Roe\nMarch 3, 2021\nThe council met.",
			[]string{"By Jane Roe", "March 3, 2021", "The council met."}},
		{"Title Case line before a lower-case byline", "Mayor's Photo\nby Ann Lee\nThe mayor spoke.",
			[]string{"Mayor's Photo", "by Ann Lee", "The mayor spoke."}},
		{"caption line", "A worker inspects a turbine\nThe plant opened last year.",
			[]string{"A worker inspects a turbine", "The plant opened last year."}},
		{"bullet list", "Key points:\n• Prices rose\n• Wages fell",
			[]string{"Key points:", "• Prices rose", "• Wages fell"}},
		{"numbered list", "Steps:\n1. Open the valve\n2. Close it",
			[]string{"Steps:", "1. Open the valve", "2. Close it"}},
		{"hard-wrapped paragraph", "The council voted to raise the fee\nfor parking in the centre.\nIt takes effect in June.",
			[]string{"The council voted to raise the fee\nfor parking in the centre.", "It takes effect in June."}},
		{"wrapped after a function word", "Sales were strong in the\nNorthern region this year.",
			[]string{"Sales were strong in the\nNorthern region this year."}},
		{"wrapped after a comma", "Officials from Leeds,\nYork and Hull attended.",
			[]string{"Officials from Leeds,\nYork and Hull attended."}},
		{"wrapped after a hyphen", "The long-\nrunning feud ended.",
			[]string{"The long-\nrunning feud ended."}},
		{"line ends in an abbreviation, next line lower case", "He flew to Washington D.C.\nand met aides.",
			[]string{"He flew to Washington D.C.\nand met aides."}},
		{"line ends in Inc., next line capital", "Revenue went to Gartner, Inc.\nAcme said no.",
			[]string{"Revenue went to Gartner, Inc.", "Acme said no."}},
		{"line ends in a title", "The patient saw Dr.\nPatel on Monday.",
			[]string{"The patient saw Dr.\nPatel on Monday."}},
		{"blank line always ends", "First part without a stop\n\nsecond part in lower case",
			[]string{"First part without a stop", "second part in lower case"}},
		{"blank line ends mid-sentence", "The rate rose to\n\nfive percent.",
			[]string{"The rate rose to", "five percent."}},
		{"CRLF line ends", "Headline here\r\n\r\nBody text here.\r\n",
			[]string{"Headline here", "Body text here."}},
		{"paragraph separator", "One line\u2029Two line",
			[]string{"One line", "Two line"}},

		// Ellipses.
		{"ellipsis before lower case", "He paused … then went on. Done.",
			[]string{"He paused … then went on.", "Done."}},
		{"three dots before lower case", "It was... fine, really.",
			[]string{"It was... fine, really."}},
		{"ellipsis before a capital", "We waited... Nothing happened.",
			[]string{"We waited...", "Nothing happened."}},
		{"ellipsis inside a quote", "They warned of “risks… to our systems.” Few listened.",
			[]string{"They warned of “risks… to our systems.”", "Few listened."}},

		// White space and stray marks.
		{"surrounding white space trimmed", "  Hello there.  \n\n  Bye now.  ",
			[]string{"Hello there.", "Bye now."}},
		{"no-break spaces", "One.\u00a0\u00a0Two.\u00a0",
			[]string{"One.", "Two."}},
		{"stray full stop joins its sentence", "The firm grew. .\n\nNext line.",
			[]string{"The firm grew. .", "Next line."}},
		{"stray guillemet joins its sentence", "Costs rose. »",
			[]string{"Costs rose. »"}},
		{"wire credit", "The vote passed. — Wire staff",
			[]string{"The vote passed.", "— Wire staff"}},
		{"empty", "", nil},
		{"only white space", " \n\t\u00a0\n ", nil},
		{"only punctuation", "...", []string{"..."}},
		{"apostrophe name", "O'Neil said yes. Others said no.",
			[]string{"O'Neil said yes.", "Others said no."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			spans := Sentences(tt.in)
			checkSpans(t, tt.in, spans)
			got := sentenceTexts(tt.in)
			if len(got) == 0 {
				got = nil
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") || len(got) != len(tt.want) {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSentencesLongQuoteSplits(t *testing.T) {
	s := "“" + strings.Repeat("The plan is sound. ", 25) + "We stand by it,” the minister said."
	got := sentenceTexts(s)
	if len(got) != 26 {
		t.Fatalf("got %d sentences, want 26: %q", len(got), got)
	}
	if got[0] != "“The plan is sound." {
		t.Errorf("first sentence %q", got[0])
	}
	if got[25] != "We stand by it,” the minister said." {
		t.Errorf("last sentence %q", got[25])
	}
}

func TestSpanText(t *testing.T) {
	s := "abc def"
	tests := []struct {
		sp   Span
		want string
	}{
		{Span{0, 3}, "abc"},
		{Span{4, 7}, "def"},
		{Span{5, 9}, ""},
		{Span{-1, 2}, ""},
		{Span{3, 2}, ""},
	}
	for _, tt := range tests {
		if got := tt.sp.Text(s); got != tt.want {
			t.Errorf("%v.Text(%q) = %q, want %q", tt.sp, s, got, tt.want)
		}
	}
	if n := (Span{2, 6}).Len(); n != 4 {
		t.Errorf("Len = %d, want 4", n)
	}
}

// TestAbbreviationKeysFit guards the length filter in classifyWordBefore.
func TestAbbreviationKeysFit(t *testing.T) {
	for k := range abbreviations {
		if len(k) > maxTableAbbrev {
			t.Errorf("abbreviation %q is longer than maxTableAbbrev (%d)", k, maxTableAbbrev)
		}
	}
}
