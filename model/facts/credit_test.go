package facts

import "testing"

// TestCreditOf: who a sentence credits, in the forms news writes it.
func TestCreditOf(t *testing.T) {
	tests := []struct {
		text   string
		names  []string // the entity names the sentence holds, in order
		types  []string
		want   string
		office string
	}{
		{`“We are ready,” said White House spokesman Eric Schultz, who declined to say more.`,
			[]string{"White House", "Eric Schultz"}, []string{"org", "person"}, "Eric Schultz", "spokesman"},
		{`Human Rights Campaign President Chad Griffin said the rule was cruel.`,
			[]string{"Human Rights Campaign", "Chad Griffin"}, []string{"org", "person"}, "Chad Griffin", "president"},
		{`House Speaker Nancy Pelosi (D-Calif.) called the plan “a gross abuse of power.”`,
			[]string{"House", "Nancy Pelosi"}, []string{"org", "person"}, "Nancy Pelosi", "speaker"},
		{`“It cannot stand,” Committee Chairman Jerrold Nadler, D-N.Y., said in a statement.`,
			[]string{"Jerrold Nadler"}, []string{"person"}, "Jerrold Nadler", "chairman"},
		{`The plant will close next year, according to Orrin Foods.`,
			[]string{"Orrin Foods"}, []string{"org"}, "Orrin Foods", ""},
		{`Prices rose in Ohio last year.`, []string{"Ohio"}, []string{"place"}, "", ""},
		{`Days after Mark Osten said he was leaning toward it, Lena Marsh told a briefing that “the option is a last resort.”`,
			[]string{"Mark Osten", "Lena Marsh"}, []string{"person", "person"}, "Lena Marsh", ""},
		{`The government has said the rules “protect a narrow class of objectors,” but advocates like Harbor Health say the rules threaten care.`,
			[]string{"Harbor Health"}, []string{"org"}, "", ""},
		{`Lena Marsh on Tuesday called the delay “one of the worst in years,” and Harbor Board said crews were at work.`,
			[]string{"Lena Marsh", "Harbor Board"}, []string{"person", "org"}, "Lena Marsh", ""},
		{`“No sources were discussed,” said Army Lt. Gen. Tomas Reyes, the adviser.`,
			[]string{"Army", "Tomas Reyes"}, []string{"org", "person"}, "Tomas Reyes", ""},
		{`A partner of Varga's lawyer said that “she knew all along.”`,
			[]string{"Varga"}, []string{"person"}, "", ""},
		{`“It is just sad that they would stoop to this,” he told the Harbor Ledger.`,
			[]string{"Harbor Ledger"}, []string{"org"}, "", ""},
		{`“This policy is cruel,” she wrote in the Harbor Ledger.`,
			[]string{"Harbor Ledger"}, []string{"org"}, "", ""},
		{`“This policy is cruel,” wrote Lena Marsh in the Harbor Ledger.`,
			[]string{"Lena Marsh", "Harbor Ledger"}, []string{"person", "org"}, "Lena Marsh", ""},
		{`“We are ready,” Lena Marsh said after Mark Osten said the port would reopen.`,
			[]string{"Lena Marsh", "Mark Osten"}, []string{"person", "person"}, "Lena Marsh", ""},
		// Whose, not who: a possessive after "cited", a body after its officer.
		{`The memo cited Osten’s “handling of the port closure.”`,
			[]string{"Osten"}, []string{"person"}, "", ""},
		{`“We are ready,” the president of the Harbor Board and Orrin Foods added.`,
			[]string{"Harbor Board", "Orrin Foods"}, []string{"org", "org"}, "", ""},
	}
	for _, tt := range tests {
		s := described(t, tt.text, tt.names, tt.types)
		if s.Credit.Name != tt.want || s.Credit.Office != tt.office {
			t.Errorf("%q: credit %q (office %q), want %q (%q)", tt.text, s.Credit.Name, s.Credit.Office, tt.want, tt.office)
		}
	}
}

// TestCreditRelayed: an organisation the words are "according to", or
// anyone who "reports" them, passes them on; a person they are according to,
// or who says them, said them.
func TestCreditRelayed(t *testing.T) {
	tests := []struct {
		text, name, typ string
		want            bool
	}{
		{`After a long wait, he said, a guard “took my phone and read my messages,” according to the Harbor Ledger.`, "Harbor Ledger", "org", true},
		{`The plant will close next year, according to Orrin Foods.`, "Orrin Foods", "org", true},
		{`The plant will close next year, according to Mara Quill.`, "Mara Quill", "person", false},
		{`“The plant will close,” the Harbor Ledger reported.`, "Harbor Ledger", "org", true},
		{`“The plant will close,” the Harbor Ledger said.`, "Harbor Ledger", "org", false},
		{`The group will also say that the harbor board should not be allowed to “dictate what we can own,” Harbor Radio's Tomas Reyes reports.`, "Tomas Reyes", "person", true},
	}
	for _, tt := range tests {
		s := described(t, tt.text, []string{tt.name}, []string{tt.typ})
		if s.Credit.Name != tt.name || s.Credit.Relayed != tt.want {
			t.Errorf("%q: credit %q relayed %v, want %q relayed %v", tt.text, s.Credit.Name, s.Credit.Relayed, tt.name, tt.want)
		}
	}
}

// TestCreditFor: a person named with an office and a body speaks for that
// body, which a quotation run on after theirs keeps.
func TestCreditFor(t *testing.T) {
	s := described(t, `Harbor Board spokeswoman Lena Marsh said the review “proved the docks were neglected.”`,
		[]string{"Harbor Board", "Lena Marsh"}, []string{"org", "person"})
	if s.Credit.Name != "Lena Marsh" || s.Credit.Office != "spokeswoman" || s.Credit.For != "Board" {
		t.Errorf("credit %+v, want Lena Marsh, spokeswoman for the board", s.Credit)
	}
}

// described is a sentence with the named entities of the given types, in
// order, read and described as extraction does; a name's family is its last
// word.
func described(t *testing.T, text string, names, types []string) *Sentence {
	t.Helper()
	s := &Sentence{Text: text}
	from := 0
	for k, n := range names {
		i := indexFrom(text, n, from)
		if i < 0 {
			t.Fatalf("%q not in %q", n, text)
		}
		s.Mentions = append(s.Mentions, Mention{Entity: n, Name: n, Type: types[k], Family: lastField(n), Start: i, End: i + len(n)})
		from = i + len(n)
	}
	quotes, _ := findQuotes(text, false)
	var words wordStore
	s.Tokens, s.Stems, s.lower = words.read(text, len(text))
	describe(s, quotes, nil)
	return s
}

// indexFrom is strings.Index from an offset, or -1.
func indexFrom(s, sub string, from int) int {
	for i := from; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

// TestCreditOfABodyOfAPerson: "the Marsh campaign said" credits the campaign,
// a body that speaks for her, not Lena Marsh herself.
func TestCreditOfABodyOfAPerson(t *testing.T) {
	tests := []struct {
		text   string
		person bool
	}{
		{`The Marsh campaign said it would focus on “the towns of the north.”`, false},
		{`The Marsh administration said the rules “protect a narrow class of objectors.”`, false},
		{`Marsh said she would focus on “the towns of the north.”`, true},
	}
	for _, tt := range tests {
		s := described(t, tt.text, []string{"Marsh"}, []string{"person"})
		if s.Credit.Name != "Marsh" || s.Credit.Person != tt.person {
			t.Errorf("%q: credit %q person %v, want Marsh person %v", tt.text, s.Credit.Name, s.Credit.Person, tt.person)
		}
	}
}
