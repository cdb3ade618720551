// Package verdict cross-checks facts across outlets: it aligns the facts of
// one story that state the same thing, groups them without chaining, and
// judges each group corroborated, conflicting or single-source, saying why
// in data (Conflict) and in plain words (Reason).
//
// Precision comes first. A conflict needs the same measured thing, the same
// subject, scope and time frame on both sides, and neither outlet printing
// the other's version; anything less is split apart rather than marked red.
package verdict

import (
	"sort"

	"parallax/model/facts"
)

// Claim is a fact with its place in the pile: the story its document belongs
// to and the independent source that wrote it.
type Claim struct {
	*facts.Fact
	Story  int    // index of the story; facts are only aligned within one
	Source string // who wrote it: the outlet, or for a wire copy the original's outlet
}

// Verdict is what the cross-check concludes about a group of aligned claims.
type Verdict string

// The verdicts.
const (
	Conflicting  Verdict = "conflicting"  // the same fact with incompatible values, words or credits
	Corroborated Verdict = "corroborated" // two or more independent sources state it compatibly
	Single       Verdict = "single"       // one source only
)

// ConflictKind says how the sides of a conflict differ.
type ConflictKind string

// The kinds of conflict.
const (
	Values      ConflictKind = "values"      // one figure, incompatible values
	Slip        ConflictKind = "slip"        // values a power of 1,000 apart
	Misquote    ConflictKind = "misquote"    // one quotation with a content word, number, name or negation changed
	Attribution ConflictKind = "attribution" // the same words credited to different people
	Name        ConflictKind = "name"        // different spellings of one person's name
	Negation    ConflictKind = "negation"    // a statement against its negation
	Update      ConflictKind = "update"      // values that differ where a later report may update the others
)

// Conflict is what the sides of a conflicting group state.
type Conflict struct {
	Kind   ConflictKind
	Values []string // per side, in the order of Group.Sides
	Later  string   // for an update: the outlet whose report is later
}

// Group is a set of claims that state one fact, with its verdict.
type Group struct {
	Verdict  Verdict
	Claims   []int   // indexes into the claims given to Judge, ascending
	Sides    [][]int // for conflicts: the claims on each side, the side most sources take first
	Reason   string  // the verdict in plain words
	Conflict *Conflict
}

// Judge aligns the claims of each story and judges every group. Every claim
// ends up in exactly one group. Groups come in claim order.
func Judge(cs []Claim, cfg Config) []Group {
	st := newStory(cs, cfg)
	var out []Group
	for _, g := range st.group(st.edges()) {
		out = append(out, st.judge(g)...)
	}
	out = st.setApart(out, st.misnamedSentences())
	out = st.setApart(out, st.chargeConflicts(out))
	sort.SliceStable(out, func(i, j int) bool { return out[i].Claims[0] < out[j].Claims[0] })
	return out
}
