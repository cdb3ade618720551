package quantity

// Parse finds every quantity in s, in order. Offsets are byte offsets into s.
func Parse(s string) []Quantity { return nil }

// Comparable reports whether a and b measure the same sort of thing (kind and unit),
// so that comparing their values makes sense.
func Comparable(a, b Quantity) bool { return a.Kind == b.Kind && a.Unit == b.Unit }

// Compatible reports whether the intervals of a and b overlap.
func Compatible(a, b Quantity) bool { return a.Low <= b.High && b.Low <= a.High }

// Difference says in plain words how a and b disagree, e.g.
// "4 million vs more than 4 billion customers — 1,000× apart".
func Difference(a, b Quantity) string { return "" }
