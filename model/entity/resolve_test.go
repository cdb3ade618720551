package entity

import (
	"slices"
	"strings"
	"testing"
)

// ms builds mentions from "Text:type" strings, one document each unless the
// text starts with "docN|".
func ms(specs ...string) []Mention {
	out := make([]Mention, 0, len(specs))
	for i, s := range specs {
		doc := "d"
		if d, rest, ok := strings.Cut(s, "|"); ok {
			doc, s = d, rest
		}
		text, typ, _ := strings.Cut(s, ":")
		out = append(out, Mention{Doc: doc, Start: i * 10, End: i*10 + len(text), Text: text, Type: Type(typ)})
	}
	return out
}

// groupsOf renders entities as "Name(type)=alias|alias", sorted, for comparison.
func groupsOf(es []Entity) []string {
	var out []string
	for _, e := range es {
		aliases := slices.Clone(e.Aliases)
		slices.Sort(aliases)
		out = append(out, e.Name+"("+string(e.Type)+")="+strings.Join(aliases, "|"))
	}
	slices.Sort(out)
	return out
}

func TestResolve(t *testing.T) {
	tests := []struct {
		name string
		in   []Mention
		want []string
	}{
		{"biden forms", ms("Joseph R. Biden, Jr.:person", "Biden:person", "Biden:other", "Biden:person"),
			[]string{"Joseph R. Biden(person)=Biden|Joseph R. Biden, Jr."}},
		{"trump forms", ms("Donald J. Trump:person", "Donald Trump:person", "Trump:person", "Trump:other", "Donald Trump:person"),
			[]string{"Donald Trump(person)=Donald J. Trump|Trump"}},
		{"commerce department", ms("U.S. Department of Commerce:org", "Commerce Department:org", "Department of Commerce:org",
			"U.S. Commerce Department:org", "Commerce Department:org"),
			[]string{"Commerce Department(org)=Department of Commerce|U.S. Commerce Department|U.S. Department of Commerce"}},
		{"company forms, unit apart", ms("Alibaba:org", "Alibaba:org", "Alibaba Group:org", "Alibaba Group Holding Ltd.:org", "Alibaba Cloud:org", "Alibaba:other"),
			[]string{"Alibaba Cloud(org)=", "Alibaba(org)=Alibaba Group|Alibaba Group Holding Ltd."}},
		{"suffix only form", ms("Gartner, Inc.:org", "Gartner:org", "Gartner Inc.:org"),
			[]string{"Gartner(org)=Gartner Inc.|Gartner, Inc."}},
		{"united states", ms("U.S.:place", "US:place", "United States:place", "America:place", "U.S.:place", "United States:place"),
			[]string{"United States(place)=America|U.S.|US"}},
		{"place and paper", ms("Washington:place", "Washington Post:org", "Washington:place"),
			[]string{"Washington Post(org)=", "Washington(place)="}},
		{"shared first name", ms("Mark Warner:person", "Mark Esper:person", "Mark:person", "Warner:other"),
			[]string{"Mark Esper(person)=", "Mark Warner(person)=Warner", "Mark(person)="}},
		{"name without its leading modifier", ms("National Grain Safety Board:org", "Grain Safety Board:org", "Grain Safety Board:org"),
			[]string{"Grain Safety Board(org)=National Grain Safety Board"}},
		{"modifier dropped, two candidates", ms("National Ports Authority:org", "Federal Ports Authority:org", "Ports Authority:org"),
			[]string{"Federal Ports Authority(org)=", "National Ports Authority(org)=", "Ports Authority(org)="}},
		{"lone word of unknown type begins one org", ms("Kestrel Mining:org", "Kestrel:other", "Kestrel:other"),
			[]string{"Kestrel(org)=Kestrel Mining"}},
		{"unknown two-word name spells a person", ms("Odile M. Brandt:person", "Odile M. Brandt:person", "Odile Brandt:other"),
			[]string{"Odile M. Brandt(person)=Odile Brandt"}}, // the most frequent full form
		{"shared surname", ms("George H.W. Bush:person", "George W. Bush:person", "Bush:person"),
			[]string{"Bush(person)=", "George H.W. Bush(person)=", "George W. Bush(person)="}},
		{"initials agree", ms("Christopher A. Wray:person", "Christopher Wray:person", "Chris Wray:person", "Wray:other"),
			[]string{"Christopher Wray(person)=Chris Wray|Christopher A. Wray|Wray"}},
		{"nickname", ms("Jim Mattis:person", "James Mattis:person", "Mattis:person", "Jim Mattis:person"),
			[]string{"Jim Mattis(person)=James Mattis|Mattis"}},
		{"particles", ms("Hamza bin Laden:person", "Osama bin Laden:person", "bin Laden:person"),
			[]string{"Hamza bin Laden(person)=", "Osama bin Laden(person)=", "bin Laden(person)="}},
		{"surname not a place", ms("George Washington:person", "Washington:place"),
			[]string{"George Washington(person)=", "Washington(place)="}},
		{"bracketed acronym", []Mention{
			{Doc: "d", Text: "People’s Republic of China", Type: Place},
			{Doc: "d", Text: "PRC", Type: Place, Expansion: "People’s Republic of China"},
			{Doc: "d", Text: "China", Type: Place},
			{Doc: "d", Text: "China", Type: Place},
			{Doc: "e", Text: "PRC", Type: Org},
		}, []string{"China(place)=PRC|People's Republic of China"}},
		{"ticker", []Mention{
			{Doc: "d", Text: "Alibaba", Type: Org},
			{Doc: "d", Text: "BABA", Type: Org, Expansion: "Alibaba"},
		}, []string{"Alibaba(org)=BABA"}},
		{"initials", ms("Federal Communications Commission:org", "FCC:org", "FCC:org"),
			[]string{"Federal Communications Commission(org)=FCC"}},
		{"initials after country", ms("U.S. Cybersecurity & Infrastructure Security Agency:org", "CISA:org"),
			[]string{"U.S. Cybersecurity & Infrastructure Security Agency(org)=CISA"}},
		{"ambiguous initials", ms("Federal Communications Commission:org", "Fair Credit Council:org", "FCC:org"),
			[]string{"FCC(org)=", "Fair Credit Council(org)=", "Federal Communications Commission(org)="}},
		{"country prefixes differ", ms("U.S. Trade Office:org", "Chinese Trade Office:org", "U.S. Trade Office:org"),
			[]string{"Chinese Trade Office(org)=", "U.S. Trade Office(org)="}},
		{"one word after prefix", ms("Chinese Embassy:org", "Saudi Embassy:org", "Embassy:org"),
			[]string{"Chinese Embassy(org)=", "Embassy(org)=", "Saudi Embassy(org)="}},
		{"bureau inversion", ms("Intelligence and Security Bureau:org", "Bureau of Intelligence and Security:org"),
			[]string{"Intelligence and Security Bureau(org)=Bureau of Intelligence and Security"}},
		{"curly and straight", ms("People’s Liberation Army:org", "People's Liberation Army:org"),
			[]string{"People's Liberation Army(org)="}},
		{"type by majority", ms("Pensacola:other", "Pensacola:place", "Pensacola:other", "Pensacola:place"),
			[]string{"Pensacola(place)="}},
		{"aliases table", ms("Islamic State:org", "ISIS:org", "al-Qaida:org", "al Qaeda:org"),
			[]string{"Islamic State(org)=ISIS", "al Qaeda(org)=al-Qaida"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := groupsOf(Resolve(tc.in))
			want := slices.Clone(tc.want)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("Resolve:\n got  %q\n want %q", got, want)
			}
		})
	}
}

func TestResolveOrderAndMentions(t *testing.T) {
	in := ms("a|Trump:person", "a|Ohio:place", "b|Donald Trump:person", "b|Ohio:place", "b|Trump:other", "a|Acme Corp.:org")
	got := Resolve(in)
	var names []string
	for _, e := range got {
		names = append(names, e.Name)
	}
	if want := []string{"Donald Trump", "Ohio", "Acme"}; !slices.Equal(names, want) {
		t.Fatalf("order %q, want %q", names, want)
	}
	trump := got[0]
	if trump.Type != Person || len(trump.Mentions) != 3 {
		t.Fatalf("Trump entity %+v", trump)
	}
	for i, m := range trump.Mentions {
		if want := []int{0, 20, 40}[i]; m.Start != want {
			t.Errorf("mention %d starts at %d, want %d (input order kept)", i, m.Start, want)
		}
	}
	// Same input reversed: same entities, same order.
	rev := slices.Clone(in)
	slices.Reverse(rev)
	var again []string
	for _, e := range Resolve(rev) {
		again = append(again, e.Name)
	}
	if !slices.Equal(again, names) {
		t.Errorf("reversed input gives %q, want %q", again, names)
	}
	if Resolve(nil) != nil {
		t.Error("Resolve(nil) should be nil")
	}
}
