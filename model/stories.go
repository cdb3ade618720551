package model

// StoryAnalysis returns the part of the analysis about one story: its
// documents, the claims and groups in them, and the entities they mention.
// Claims are only ever grouped within a story, so nothing is cut in two.
func (a *Analysis) StoryAnalysis(id string) (*Analysis, bool) {
	var st *Story
	for i := range a.Stories {
		if a.Stories[i].ID == id {
			st = &a.Stories[i]
		}
	}
	if st == nil {
		return nil, false
	}
	in := make(map[string]bool, len(st.Documents))
	for _, d := range st.Documents {
		in[d] = true
	}
	var docs []Document
	for _, d := range a.Documents {
		if in[d.ID] {
			docs = append(docs, d)
		}
	}
	var claims []Claim
	for _, c := range a.Claims {
		if in[c.Doc] {
			claims = append(claims, c)
		}
	}
	var groups []Group
	for _, g := range a.Groups {
		if c, ok := a.Claim(g.Claims[0]); ok && in[c.Doc] {
			groups = append(groups, g)
		}
	}
	var entities []Entity
	for _, e := range a.Entities {
		var mentions []Mention
		for _, m := range e.Mentions {
			if in[m.Doc] {
				mentions = append(mentions, m)
			}
		}
		if len(mentions) > 0 {
			e.Mentions = mentions
			entities = append(entities, e)
		}
	}
	out := NewAnalysis(docs, entities, claims, groups)
	out.Stories = []Story{*st}
	return out, true
}
