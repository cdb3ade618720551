package entity

import (
	"cmp"
	"slices"
	"strings"
)

// group is every mention that shares one match key.
type group struct {
	key     string
	idx     []int  // mention indices, in input order
	votes   [4]int // per typeIndex
	acronym string // the letters, when every mention is an all-caps acronym
	words   int    // words in the key
}

func (g *group) typ() Type { return typeFromVotes(g.votes) }

// Resolve merges mentions from every document of a story into entities.
//
// Rules, applied in order (each is a union of groups, so the whole is near
// linear in the number of mentions):
//  1. Mentions with the same match key are one entity. The key ignores case,
//     dots, apostrophe style, a leading "the", corporate forms (Inc., Ltd.,
//     Group, Holding) and Jr./Sr.; maps well-known aliases (U.S., US, United
//     States, America); and for organisations drops a leading country
//     ("U.S. Commerce Department") and reads "Department of X" as "X Department".
//     When a story has the same organisation under two different countries'
//     prefixes, the prefixed forms stay apart.
//  2. People with the same given name (nicknames mapped: Jim is James) and
//     surname are one, unless their middle initials differ (George H.W. Bush,
//     George W. Bush); a name without initials then joins neither.
//  3. A lone word joins the one person whose surname it is ("Biden"); if two
//     people share that surname it joins neither.
//  4. An acronym joins the name it was bracketed after ("China (PRC)"), else the
//     one multi-word organisation or place whose initials it spells.
//  5. An organisation named without its leading "National", "Federal" and the
//     like joins the one that has it ("Drinking Water Commission"); a lone word
//     of unknown type joins the one organisation it begins ("Halvard" for
//     Halvard Water), never a known organisation (Alibaba is not Alibaba Cloud).
//
// The canonical Name is the most frequent written form without its corporate
// form or Jr. (for people, among forms with a given name and a surname), ties
// going to the shorter, then alphabetical. Aliases are all other written forms.
// Entities come most-mentioned first, then by name.
func Resolve(mentions []Mention) []Entity {
	if len(mentions) == 0 {
		return nil
	}
	groups, ofMention := groupMentions(mentions)
	uf := newUnionFind(len(groups))
	mergePeople(groups, uf)
	mergeSurnames(groups, uf)
	mergeAcronyms(mentions, groups, ofMention, uf)
	mergeShortForms(groups, uf)
	return buildEntities(mentions, groups, ofMention, uf)
}

// groupMentions applies rule 1. It returns the groups in order of first
// appearance and the group of each mention.
func groupMentions(ms []Mention) ([]*group, []int) {
	keys := make([]string, len(ms))
	prefixes := make([]string, len(ms))
	seenPrefix := make(map[string]string, len(ms))
	conflict := make(map[string]bool)
	type keyed struct{ key, prefix string }
	cache := make(map[keyedText]keyed, len(ms)/4+1)
	for i, m := range ms {
		kt := keyedText{m.Text, m.Type == Person}
		kp, ok := cache[kt]
		if !ok {
			kp.key, kp.prefix = matchKey(nameKey(m.Text), m.Type)
			cache[kt] = kp
		}
		keys[i], prefixes[i] = kp.key, kp.prefix
		if p := prefixes[i]; p != "" {
			if q, ok := seenPrefix[keys[i]]; ok && q != p {
				conflict[keys[i]] = true
			}
			seenPrefix[keys[i]] = p
		}
	}
	var groups []*group
	byKey := make(map[string]int, len(ms))
	of := make([]int, len(ms))
	for i, m := range ms {
		k := keys[i]
		if conflict[k] {
			k += "|" + prefixes[i]
		}
		gi, ok := byKey[k]
		if !ok {
			gi = len(groups)
			byKey[k] = gi
			groups = append(groups, &group{key: keys[i], acronym: acronymKey(m.Text), words: len(strings.Fields(keys[i]))})
		}
		g := groups[gi]
		g.idx = append(g.idx, i)
		g.votes[typeIndex(m.Type)]++
		if g.acronym != "" && len(g.idx) > 1 && acronymKey(m.Text) != g.acronym {
			g.acronym = ""
		}
		of[i] = gi
	}
	return groups, of
}

// keyedText is a cache key: a written name and whether it names a person
// (people keep their country-like first words, organisations drop them).
type keyedText struct {
	text   string
	person bool
}

// mergePeople applies rule 2.
func mergePeople(groups []*group, uf *unionFind) {
	type entry struct {
		g      int
		middle string
	}
	byName := make(map[string][]entry)
	var order []string
	for gi, g := range groups {
		if g.typ() != Person || g.words < 2 {
			continue
		}
		first, middle, last, ok := personParts(g.key)
		if !ok {
			continue
		}
		k := first + " " + last
		if _, seen := byName[k]; !seen {
			order = append(order, k)
		}
		byName[k] = append(byName[k], entry{gi, middle})
	}
	// A two-word name of unknown type ("Rosalind Tarrow", a given name the
	// gazetteer lacks) joins the person it spells.
	for gi, g := range groups {
		if g.typ() != Other || g.words != 2 {
			continue
		}
		if first, _, last, ok := personParts(g.key); ok {
			if es := byName[first+" "+last]; len(es) > 0 {
				uf.union(es[0].g, gi)
			}
		}
	}
	for _, k := range order {
		es := byName[k]
		middles := map[string]int{}
		for _, e := range es {
			if e.middle != "" {
				if _, ok := middles[e.middle]; !ok {
					middles[e.middle] = e.g
				}
			}
		}
		for _, e := range es {
			switch {
			case len(middles) <= 1:
				uf.union(es[0].g, e.g)
			case e.middle != "":
				uf.union(middles[e.middle], e.g)
			}
		}
	}
}

// mergeSurnames applies rule 3.
func mergeSurnames(groups []*group, uf *unionFind) {
	bySurname := make(map[string][]int)
	for gi, g := range groups {
		if g.typ() != Person || g.words < 2 {
			continue
		}
		_, _, last, ok := personParts(g.key)
		if !ok {
			continue
		}
		root := uf.find(gi)
		if !slices.Contains(bySurname[last], root) {
			bySurname[last] = append(bySurname[last], root)
		}
	}
	for gi, g := range groups {
		if t := g.typ(); t != Person && t != Other || g.acronym != "" {
			continue
		}
		word := loneSurname(g.key)
		if word == "" {
			continue
		}
		roots := bySurname[word]
		if len(roots) == 1 {
			uf.union(roots[0], gi)
		}
	}
}

// loneSurname returns the surname a one-word key (particles allowed: "bin laden") names, or "".
func loneSurname(key string) string {
	words := strings.Fields(key)
	for i, w := range words {
		if i < len(words)-1 && lexicon[w]&wParticle == 0 {
			return ""
		}
	}
	if len(words) == 0 {
		return ""
	}
	return words[len(words)-1]
}

// mergeAcronyms applies rule 4.
func mergeAcronyms(ms []Mention, groups []*group, of []int, uf *unionFind) {
	linked := make(map[int]bool)
	byKey := make(map[string]int, len(groups))
	for gi := len(groups) - 1; gi >= 0; gi-- {
		byKey[groups[gi].key] = gi
	}
	for i, m := range ms {
		if m.Expansion == "" {
			continue
		}
		ag := of[i]
		ek, _ := matchKey(nameKey(m.Expansion), Org)
		if eg, ok := byKey[ek]; ok && eg != ag && groups[eg].typ() != Person {
			uf.union(eg, ag)
			linked[ag] = true
		}
	}
	byInitials := make(map[string][]int)
	for gi, g := range groups {
		if g.acronym != "" || g.words < 2 || g.typ() == Person {
			continue
		}
		seen := map[string]bool{}
		texts := map[string]bool{}
		for _, i := range g.idx {
			if texts[ms[i].Text] {
				continue
			}
			texts[ms[i].Text] = true
			d := displayForm(ms[i].Text)
			for _, form := range [...]string{d, dropCountry(d)} {
				in := initials(form)
				if len(in) < 2 || seen[in] {
					continue
				}
				seen[in] = true
				root := uf.find(gi)
				if !slices.Contains(byInitials[in], root) {
					byInitials[in] = append(byInitials[in], root)
				}
			}
		}
	}
	for gi, g := range groups {
		if g.acronym == "" || linked[gi] {
			continue
		}
		if roots := byInitials[g.acronym]; len(roots) == 1 {
			uf.union(roots[0], gi)
		}
	}
}

// dropCountry removes a leading country word from a display form ("U.S. Cybersecurity ...").
func dropCountry(display string) string {
	first, rest, ok := strings.Cut(display, " ")
	if ok && lexicon[normWord(first)]&wCountry != 0 {
		return rest
	}
	return display
}

// buildEntities turns the merged groups into entities.
func buildEntities(ms []Mention, groups []*group, of []int, uf *unionFind) []Entity {
	members := make(map[int][]int, len(groups))
	var roots []int
	for gi := range groups {
		r := uf.find(gi)
		if _, ok := members[r]; !ok {
			roots = append(roots, r)
		}
		members[r] = append(members[r], gi)
	}
	out := make([]Entity, 0, len(roots))
	for _, r := range roots {
		out = append(out, buildEntity(ms, groups, of, members[r]))
	}
	// Sorted by index, stably: the same order as sorting the entities
	// themselves, without moving them about.
	order := make([]int, len(out))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(x, y int) int {
		a, b := &out[x], &out[y]
		if c := cmp.Compare(len(b.Mentions), len(a.Mentions)); c != 0 {
			return c
		}
		if c := strings.Compare(a.Name, b.Name); c != 0 {
			return c
		}
		return strings.Compare(string(a.Type), string(b.Type))
	})
	sorted := make([]Entity, len(out))
	for k, i := range order {
		sorted[k] = out[i]
	}
	return sorted
}

func buildEntity(ms []Mention, groups []*group, of []int, gis []int) Entity {
	var votes, plainVotes [4]int
	hasPlain := false
	var idx []int
	for _, gi := range gis {
		g := groups[gi]
		idx = append(idx, g.idx...)
		for k := range votes {
			votes[k] += g.votes[k]
		}
		if g.acronym == "" {
			hasPlain = true
			for k := range plainVotes {
				plainVotes[k] += g.votes[k]
			}
		}
	}
	if hasPlain {
		votes = plainVotes // an acronym's default "org" must not outvote its expansion
	}
	typ := typeFromVotes(votes)
	slices.Sort(idx)
	forms := map[string]int{}
	surfaces := map[string]int{}
	var formOrder, surfaceOrder []string
	type shown struct{ surface, display string }
	cache := map[string]shown{}
	for _, i := range idx {
		m := ms[i]
		sh, ok := cache[m.Text]
		if !ok {
			sh = shown{surfaceForm(m.Text), displayForm(m.Text)}
			cache[m.Text] = sh
		}
		if surfaces[sh.surface] == 0 {
			surfaceOrder = append(surfaceOrder, sh.surface)
		}
		surfaces[sh.surface]++
		if hasPlain && groups[of[i]].acronym != "" {
			continue // "PRC" does not name the entity when "China" is there
		}
		if forms[sh.display] == 0 {
			formOrder = append(formOrder, sh.display)
		}
		forms[sh.display]++
	}
	name := pickName(formOrder, forms, typ)
	e := Entity{Name: name, Type: typ, Mentions: make([]Mention, 0, len(idx))}
	for _, i := range idx {
		e.Mentions = append(e.Mentions, ms[i])
	}
	for _, s := range surfaceOrder {
		if s != name {
			e.Aliases = append(e.Aliases, s)
		}
	}
	slices.SortStableFunc(e.Aliases, func(a, b string) int {
		if c := cmp.Compare(surfaces[b], surfaces[a]); c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
	return e
}

// pickName chooses the canonical name: the most frequent form that is not an
// acronym (for people, among forms of two or more words when there are any);
// on a tie a person's plain "Given Surname" beats nicknames and initials, then
// the shorter form wins, then the alphabetically first.
func pickName(order []string, count map[string]int, typ Type) string {
	cands := filterForms(order, func(f string) bool { return acronymKey(f) == "" })
	if typ == Person {
		cands = filterForms(cands, func(f string) bool { return strings.Contains(f, " ") })
	}
	best := ""
	for _, f := range cands {
		switch {
		case best == "":
			best = f
		case count[f] != count[best]:
			if count[f] > count[best] {
				best = f
			}
		case typ == Person && plainPersonName(f) != plainPersonName(best):
			if plainPersonName(f) {
				best = f
			}
		case len(f) != len(best):
			if len(f) < len(best) {
				best = f
			}
		case f < best:
			best = f
		}
	}
	return best
}

// filterForms keeps the forms that pass keep, or all of them if none does.
func filterForms(forms []string, keep func(string) bool) []string {
	var out []string
	for _, f := range forms {
		if keep(f) {
			out = append(out, f)
		}
	}
	if len(out) == 0 {
		return forms
	}
	return out
}

// plainPersonName reports a person's name with a formal given name and no
// initials: "Christopher Wray", not "Chris Wray" or "Christopher A. Wray".
func plainPersonName(f string) bool {
	words := strings.Fields(f)
	if len(words) < 2 {
		return false
	}
	first := normWord(words[0])
	if givenName(first) != first {
		return false
	}
	for _, w := range words[1:] {
		if strings.HasSuffix(w, ".") && len(w) <= 4 {
			return false
		}
	}
	return true
}

// unionFind is a disjoint-set forest over group indices; the smaller index is
// kept as root so that results do not depend on map order.
type unionFind struct{ parent []int }

func newUnionFind(n int) *unionFind {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	return &unionFind{parent: p}
}

func (u *unionFind) find(x int) int {
	for u.parent[x] != x {
		u.parent[x] = u.parent[u.parent[x]]
		x = u.parent[x]
	}
	return x
}

func (u *unionFind) union(a, b int) {
	ra, rb := u.find(a), u.find(b)
	switch {
	case ra < rb:
		u.parent[rb] = ra
	case rb < ra:
		u.parent[ra] = rb
	}
}
