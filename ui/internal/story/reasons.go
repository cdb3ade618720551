package story

import (
	"fmt"
	"strings"

	"parallax/model"
	"parallax/ui/internal/sanitize"
)

// Label is a claim's verdict in words: what the legend calls it, with an
// update told apart from a plain contradiction.
func (s *Story) Label(c *Claim) string {
	switch c.Verdict {
	case model.Conflicting:
		if g, ok := s.Group(c); ok && g.Conflict != nil && g.Conflict.Kind == model.ConflictUpdate {
			return "later report differs"
		}
		return "outlets conflict"
	case model.Corroborated:
		return "outlets agree"
	}
	return "one outlet only"
}

// Reason says in one line why a claim has its verdict, built from the
// engine's groups, sides and conflict data rather than from its prose: who
// states which value, what a misquote changed, who a quote is credited to.
func (s *Story) Reason(c *Claim) string {
	g, ok := s.Group(c)
	if !ok {
		return "only " + s.outletOf(c.Doc) + " states this"
	}
	switch g.Verdict {
	case model.Conflicting:
		if r := s.conflictReason(g); r != "" {
			return r
		}
		if g.Reason != "" {
			return g.Reason
		}
		return "the outlets state it differently"
	case model.Corroborated:
		outlets := s.outletsOf(g.Claims)
		forms := s.forms(g.Claims)
		switch {
		case len(forms) == 1:
			return join(outlets) + " agree: " + forms[0]
		case len(forms) > 1:
			return join(outlets) + " agree: " + strings.Join(forms, " ≈ ")
		}
		return join(outlets) + " report this"
	}
	outlets := s.outletsOf(g.Claims)
	if len(outlets) == 0 {
		outlets = []string{s.outletOf(c.Doc)}
	}
	r := "only " + outlets[0] + " states this"
	if len(outlets) > 1 {
		r += ", carried by " + join(outlets[1:])
	}
	return r
}

// conflictReason words a conflict from its kind and values, side by side.
func (s *Story) conflictReason(g model.Group) string {
	k := g.Conflict
	if k == nil || len(g.Sides) < 2 {
		return ""
	}
	type side struct {
		outlets []string
		value   string
	}
	var sides []side
	for i, ids := range g.Sides {
		sd := side{outlets: s.outletsOf(ids)}
		if i < len(k.Values) {
			sd.value = unquote(sanitize.Line(k.Values[i]))
		}
		if sd.value == "" {
			sd.value = s.figureText(ids)
		}
		if len(sd.outlets) > 0 {
			sides = append(sides, sd)
		}
	}
	if len(sides) < 2 {
		return ""
	}
	says := func(sd side, verb string) string {
		v := verb + "s"
		if len(sd.outlets) > 1 {
			v = verb
		}
		if sd.value == "" {
			return join(sd.outlets) + " " + v + " otherwise"
		}
		return join(sd.outlets) + " " + v + " " + sd.value
	}
	var parts []string
	switch k.Kind {
	case model.ConflictUpdate:
		later := -1
		for i, sd := range sides {
			for _, o := range sd.outlets {
				if o == sanitize.Line(k.Later) {
					later = i
				}
			}
		}
		if later >= 0 {
			out := sides[later].outlets[0] + "'s later report says " + sides[later].value
			for i, sd := range sides {
				if i != later {
					out += "; earlier, " + says(sd, "say")
				}
			}
			return out
		}
		for _, sd := range sides {
			parts = append(parts, says(sd, "say"))
		}
		return "a later report may update it: " + strings.Join(parts, "; ")
	case model.ConflictMisquote:
		for _, sd := range sides {
			parts = append(parts, "“"+sd.value+"” ("+join(sd.outlets)+")")
		}
		return "quoted differently: " + strings.Join(parts, " vs ")
	case model.ConflictAttribution:
		for _, sd := range sides {
			parts = append(parts, "to "+orUnknown(sd.value)+" by "+join(sd.outlets))
		}
		return "the same words credited " + strings.Join(parts, " and ")
	case model.ConflictName:
		for _, sd := range sides {
			parts = append(parts, orUnknown(sd.value)+" ("+join(sd.outlets)+")")
		}
		return "named differently: " + strings.Join(parts, " vs ")
	case model.ConflictNegation:
		if k.Values == nil {
			return join(sides[0].outlets) + " and " + join(sides[1].outlets) + " contradict each other: one denies what the other states"
		}
		for _, sd := range sides {
			parts = append(parts, "“"+orUnknown(sd.value)+"” ("+join(sd.outlets)+")")
		}
		return "stated and denied: " + strings.Join(parts, " vs ")
	}
	for _, sd := range sides {
		parts = append(parts, says(sd, "say"))
	}
	out := strings.Join(parts, "; ")
	if k.Kind == model.ConflictSlip {
		out += " (1,000× apart: a thousand, million or billion slip)"
	}
	return out
}

// forms is the distinct ways the claims write their figure, case ignored,
// each as its outlet wrote it.
func (s *Story) forms(ids []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, id := range ids {
		c := s.Claim(id)
		if c == nil {
			continue
		}
		d := s.Doc(c.Doc)
		sp, _, ok := c.Own()
		if !ok || d == nil {
			continue
		}
		f := d.Line(sp)
		if k := strings.ToLower(f); f != "" && !seen[k] {
			seen[k] = true
			out = append(out, f)
		}
	}
	return out
}

// figureText is the first figure the claims state, as written.
func (s *Story) figureText(ids []string) string {
	if fs := s.forms(ids); len(fs) > 0 {
		return fs[0]
	}
	return ""
}

// outletsOf is the distinct outlets of the claims, in order.
func (s *Story) outletsOf(ids []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, id := range ids {
		c := s.Claim(id)
		if c == nil {
			continue
		}
		if o := s.outletOf(c.Doc); !seen[o] {
			seen[o] = true
			out = append(out, o)
		}
	}
	return out
}

func (s *Story) outletOf(docID string) string {
	if d := s.Doc(docID); d != nil {
		return d.Outlet
	}
	return sanitize.Line(docID)
}

// join lists names as prose: "A", "A and B", "A, B and C", "A, B, C and 2 more".
func join(names []string) string {
	switch n := len(names); {
	case n == 0:
		return "no outlet"
	case n == 1:
		return names[0]
	case n > 4:
		return strings.Join(names[:3], ", ") + fmt.Sprintf(" and %d more", n-3)
	default:
		return strings.Join(names[:n-1], ", ") + " and " + names[n-1]
	}
}

// unquote drops quotation marks around a value, so none is printed twice.
func unquote(s string) string {
	return strings.Trim(s, "\"“”‘’'« »")
}

func orUnknown(s string) string {
	if s == "" {
		return "someone"
	}
	return s
}
