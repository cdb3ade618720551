package story

import "parallax/model"

// Filter picks which sentences the reading pane marks, the claim list lists
// and n/N visit.
type Filter int

// The filters, in the order c cycles through them.
const (
	ShowAll Filter = iota
	ShowConflicts
	ShowCorroborated
	ShowSingles
	ShowMarked // starred or noted by the reader
	filterCount
)

// String names the filter for the status line.
func (f Filter) String() string {
	switch f {
	case ShowConflicts:
		return "conflicts"
	case ShowCorroborated:
		return "corroborated"
	case ShowSingles:
		return "single source"
	case ShowMarked:
		return "starred or noted"
	}
	return "all claims"
}

// Next is the filter after f.
func (f Filter) Next() Filter { return (f + 1) % filterCount }

// Shows reports whether a sentence passes the filter: one of its figures
// has the verdict, or the reader marked it.
func (f Filter) Shows(sn *Sentence, marks Marks) bool {
	if sn == nil {
		return false
	}
	switch f {
	case ShowConflicts:
		return sn.Has(model.Conflicting)
	case ShowCorroborated:
		return sn.Has(model.Corroborated)
	case ShowSingles:
		return sn.Has(model.Single)
	case ShowMarked:
		return marks.Marked(sn)
	}
	return true
}
