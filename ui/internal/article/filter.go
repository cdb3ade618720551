package article

import "parallax/model"

// Filter picks which claims the reading pane marks and n/N visit.
type Filter int

// The filters, in the order c cycles through them.
const (
	All Filter = iota
	Conflicts
	Corroborations
	Singles
)

// String names the filter for the status line.
func (f Filter) String() string {
	switch f {
	case Conflicts:
		return "conflicts"
	case Corroborations:
		return "corroborated"
	case Singles:
		return "single source"
	}
	return "all claims"
}

// Next is the filter after f.
func (f Filter) Next() Filter { return (f + 1) % 4 }

// Shows reports whether a claim with verdict v passes the filter.
func (f Filter) Shows(v model.Verdict) bool {
	switch f {
	case Conflicts:
		return v == model.Conflicting
	case Corroborations:
		return v == model.Corroborated
	case Singles:
		return v != model.Conflicting && v != model.Corroborated
	}
	return true
}
