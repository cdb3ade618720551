package entity

import (
	"fmt"
	"strings"
	"testing"
)

// want is an expected mention written "Text:type"; with no ":type" only the text is checked.
type findCase struct {
	name string
	text string
	want []string
}

// Every sentence here is made up for the test.
var findCases = []findCase{
	// Titles mark a person and stay out of the span.
	{"title president", "President Biden spoke on Tuesday.", []string{"Biden:person"}},
	{"title mr", "Mr. Biden declined to answer.", []string{"Biden:person"}},
	{"former president", "Former President Donald Trump visited Ohio.", []string{"Donald Trump:person", "Ohio:place"}},
	{"lower-case former", "The rules were written under former President Donald Trump.", []string{"Donald Trump:person"}},
	{"sen", "Sen. Rand Paul asked for a vote.", []string{"Rand Paul:person"}},
	{"defense secretary", "Defense Secretary Jim Mattis resigned.", []string{"Jim Mattis:person"}},
	{"gov of state", "Gov. Maria Lopez of Nevada signed the bill.", []string{"Maria Lopez:person", "Nevada:place"}},
	{"rep and dr", "Rep. Tom Hale and Dr. Susan Kim met.", []string{"Tom Hale:person", "Susan Kim:person"}},
	{"secretary of state", "Secretary of State Mike Pompeo arrived late.", []string{"Mike Pompeo:person"}},
	{"post alone", "The Secretary of Defense did not comment.", nil},
	{"org before title", "FBI Director Christopher Wray testified.", []string{"FBI:org", "Christopher Wray:person"}},
	{"press secretary", "White House Press Secretary Sarah Sanders spoke briefly.", []string{"White House:org", "Sarah Sanders:person"}},
	{"party tag", "Sen. Jane Roe (R-Ky.) objected to the plan.", []string{"Jane Roe:person"}},
	{"then-president", "The base was opened by then-President Obama in 2013.", []string{"Obama:person"}},

	// Romanised given names in two syllables after a Korean or Chinese surname.
	{"hyphenated given name", "The talks in Busan would go on, Park Seo-yun said.", []string{"Busan", "Park Seo-yun"}},
	{"hyphenated given name at the end", "The talks were led by Leung Kai-ming.", []string{"Leung Kai-ming"}},
	{"compound after a surname", "A Moon-led panel met in Busan.", []string{"Moon", "Busan"}},
	{"hyphenated given name first", "Protesters will return, said Chi-wai Lam, a student.", []string{"Chi-wai Lam"}},
	{"a word of English before a surname", "His ex-wife, Anti-war Kim, spoke.", []string{"Kim"}},

	// Initials and suffixes.
	{"jr suffix", "The lawsuit names Joseph R. Biden, Jr. as a defendant.", []string{"Joseph R. Biden, Jr.:person"}},
	{"middle initial", "Donald J. Trump wrote a letter.", []string{"Donald J. Trump:person"}},
	{"two bushes", "George H.W. Bush and George W. Bush both spoke.", []string{"George H.W. Bush:person", "George W. Bush:person"}},
	{"comma inc", "Analysts at research firm Gartner, Inc. disagreed.", []string{"Gartner, Inc.:org"}},
	{"inc", "Brightwave Inc. reported higher earnings.", []string{"Brightwave Inc.:org"}},
	{"long inc", "It agreed to buy Tallis Payments International, Inc. last year.", []string{"Tallis Payments International, Inc.:org"}},
	{"co", "The deal with Ford Motor Co. was signed.", []string{"Ford Motor Co.:org"}},

	// Possessives, curly and straight.
	{"curly possessive", "Alibaba’s shares fell in New York.", []string{"Alibaba:org", "New York:place"}},
	{"straight possessive", "Alibaba's shares rose.", []string{"Alibaba:org"}},
	{"possessive splits names", "Former President Donald J. Trump’s Commerce Department was worried.", []string{"Donald J. Trump:person", "Commerce Department:org"}},
	{"org possessive", "She works at the Commerce Department's office in Denver.", []string{"Commerce Department:org", "Denver:place"}},
	{"s-apostrophe", "The Mattis’ letter was short.", []string{"Mattis"}},
	{"inner apostrophe", "Mr. O'Neill's office called back.", []string{"O'Neill:person"}},

	// Connectors inside names.
	{"of", "The Department of Commerce and the Office of Intelligence and Security disagreed.", []string{"Department of Commerce:org", "Office of Intelligence and Security:org"}},
	{"bank of", "Customers of Bank of America complained.", []string{"Bank of America:org"}},
	{"and before keyword", "A small office called the Intelligence and Security Bureau runs it.", []string{"Intelligence and Security Bureau:org"}},
	{"and between places", "Exports to Cuba and Venezuela fell.", []string{"Cuba:place", "Venezuela:place"}},
	{"particles", "Osama bin Laden was killed in Pakistan.", []string{"Osama bin Laden:person", "Pakistan:place"}},
	{"al qaeda", "The attack was claimed by al Qaeda in Yemen.", []string{"al Qaeda:org", "Yemen:place"}},

	// Acronyms.
	{"acronym expansion", "The People’s Republic of China (PRC) objected.", []string{"People’s Republic of China:place", "PRC:place"}},
	{"ampersand expansion", "The Cybersecurity & Infrastructure Security Agency (CISA) warned users.", []string{"Cybersecurity & Infrastructure Security Agency:org", "CISA:org"}},
	{"acronyms", "The FBI and the CIA briefed lawmakers.", []string{"FBI:org", "CIA:org"}},
	{"us dotted", "U.S. officials met in Geneva.", []string{"U.S.:place", "Geneva:place"}},
	{"us plain", "The US economy grew.", []string{"US:place"}},
	{"us department", "The U.S. Department of Commerce issued rules.", []string{"U.S. Department of Commerce:org"}},
	{"us hyphen tail", "U.S.-listed shares of the company fell.", []string{"U.S.:place"}},
	{"us-saudi", "Officials from the U.S.-Saudi commission met.", []string{"U.S.:place"}},
	{"dateline", "WASHINGTON — The senator left early.", []string{"WASHINGTON:place"}},
	{"dateline acronym is not an alias", "WASHINGTON (AP) — Voters waited.", []string{"WASHINGTON:place", "AP:org"}},

	// Junk from sentence-initial capitals.
	{"but", "The talks ended. But negotiators said they would return.", nil},
	{"according", "According to the report, the plan failed.", nil},
	{"however", "However, the minister disagreed.", nil},
	{"last month", "Last month, regulators acted. In January the rules changed.", nil},
	{"weekday month", "Tuesday was quiet. January is cold.", nil},
	{"its this", "Its revenue grew. This was expected.", nil},
	{"the biden administration", "The Biden administration will respond.", []string{"Biden"}},
	{"reuters reports", "Reuters reports that talks stalled.", []string{"Reuters:org"}},
	{"quote start", "“In addition, we expect growth,” the firm said.", nil},
	{"scare quotes", "Its rating was “Visionary” last year.", nil},
	{"single letters", "Plan B failed. A man left.", nil},
	{"all caps line", "LET US KNOW WHAT YOU THINK\nThe senator smiled.", nil},
	{"demonyms", "Chinese hackers targeted American firms.", nil},
	{"numbers", "Two Defense Department officials spoke.", []string{"Defense Department:org"}},
	{"hashtags", "He posted #MakeItHappen and tagged @SomeHandle.", nil},
	{"trailing weekday", "He wrote on Twitter Sunday morning.", []string{"Twitter:org"}},
	{"generic head", "The Department's budget grew.", nil},
	{"contraction", "I'm sure, he said.", nil},

	// Types.
	{"post vs place", "The Washington Post reported that Washington was quiet.", []string{"Washington Post:org", "Washington:place"}},
	{"embassy", "A spokesman for the Chinese Embassy in Washington declined to comment.", []string{"Chinese Embassy:org", "Washington:place"}},
	{"org cue", "Research firm Canalys estimates the market.", []string{"Canalys:org"}},
	{"age cue", "The gunman, Paul Ostrander, 41, was arrested.", []string{"Paul Ostrander:person"}},
	{"said cue", "Harlan Voss said the deal was fair.", []string{"Harlan Voss:person"}},
	{"city state", "The town of Pensacola, Florida, mourned.", []string{"Pensacola:place", "Florida:place"}},
	{"other keyword", "Gartner's Magic Quadrant ranks vendors.", []string{"Gartner", "Magic Quadrant:other"}},
	{"war", "They visited the World War II memorial.", []string{"World War II:other"}},
	{"product", "The iPhone maker Apple said sales rose.", []string{"iPhone:other", "Apple:org"}},
	{"agency", "The National Security Agency collects data.", []string{"National Security Agency:org"}},
	{"place phrase", "New York officials said little.", []string{"New York:place"}},
	{"month surname", "He met Theresa May in London.", []string{"Theresa May:person", "London:place"}},
	{"valley", "It opened a hub in Silicon Valley.", []string{"Silicon Valley:place"}},
	{"unit of known org", "Alibaba Cloud has customers in Europe.", []string{"Alibaba Cloud:org", "Europe:place"}},
	{"unit after possessive", "It sold IBM's Blue Lantern division.", []string{"IBM:org", "Blue Lantern:org"}},
	{"place possessive is no cue", "China's Quorvex grew.", []string{"China:place", "Quorvex:other"}},

	// Headings and bylines.
	{"heading", "Tech Giants Face New Rules In Europe\nRegulators in Europe told Vantor Labs to change course.",
		[]string{"Europe:place", "Europe:place", "Vantor Labs:org"}},
	{"byline", "by Jane Roe\nThe council met.", []string{"Jane Roe:person"}},
}

func TestFind(t *testing.T) {
	for _, tc := range findCases {
		t.Run(tc.name, func(t *testing.T) {
			got := Find("d", tc.text)
			if len(got) != len(tc.want) {
				t.Fatalf("Find(%q) = %s, want %v", tc.text, show(got), tc.want)
			}
			from := 0
			for i, w := range tc.want {
				text, typ, typed := strings.Cut(w, ":")
				m := got[i]
				if m.Text != text || typed && string(m.Type) != typ {
					t.Fatalf("mention %d = %q:%s, want %s (all: %s)", i, m.Text, m.Type, w, show(got))
				}
				at := strings.Index(tc.text[from:], text)
				if at < 0 || m.Start != from+at || m.End != m.Start+len(text) {
					t.Fatalf("mention %d %q at [%d,%d), want [%d,%d)", i, m.Text, m.Start, m.End, from+at, from+at+len(text))
				}
				from = m.End
			}
		})
	}
}

func show(ms []Mention) string {
	var b strings.Builder
	for _, m := range ms {
		fmt.Fprintf(&b, "[%q:%s %d-%d] ", m.Text, m.Type, m.Start, m.End)
	}
	return b.String()
}

func TestFindExpansion(t *testing.T) {
	tests := []struct {
		text, acronym, expansion string
	}{
		{"The People’s Republic of China (PRC) objected.", "PRC", "People’s Republic of China"},
		{"Shares of Alibaba (BABA) slipped.", "BABA", "Alibaba"},
		{"WASHINGTON (AP) — Voters waited.", "AP", ""},
		{"The Federal Communications Commission (FCC) voted.", "FCC", "Federal Communications Commission"},
	}
	for _, tc := range tests {
		found := false
		for _, m := range Find("d", tc.text) {
			if m.Text == tc.acronym {
				found = true
				if m.Expansion != tc.expansion {
					t.Errorf("%q: %s expands to %q, want %q", tc.text, tc.acronym, m.Expansion, tc.expansion)
				}
			}
		}
		if !found {
			t.Errorf("%q: %s not found", tc.text, tc.acronym)
		}
	}
}

// TestFindDocumentContext covers decisions that use the rest of the document.
func TestFindDocumentContext(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"surname spreads person type", "Senator Dana Whitlow spoke. Later, reporters asked Whitlow again.",
			[]string{"Dana Whitlow:person", "Whitlow:person"}},
		{"sentence-initial word seen lower case", "Cloud servers are cheap. The cloud is big.", nil},
		{"sentence-initial name seen elsewhere", "Quorvex grew fast. Analysts like Quorvex.",
			[]string{"Quorvex", "Quorvex"}},
		{"org type spreads", "The tech giant Zentrix said it would appeal. Zentrix shares fell.",
			[]string{"Zentrix:org", "Zentrix:org"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Find("d", tc.text)
			if len(got) != len(tc.want) {
				t.Fatalf("Find(%q) = %s, want %v", tc.text, show(got), tc.want)
			}
			for i, w := range tc.want {
				text, typ, typed := strings.Cut(w, ":")
				if got[i].Text != text || typed && string(got[i].Type) != typ {
					t.Fatalf("mention %d = %q:%s, want %s", i, got[i].Text, got[i].Type, w)
				}
			}
		})
	}
}
