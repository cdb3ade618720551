package model

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"parallax/model/entity"
	"parallax/model/facts"
	"parallax/model/text"
	"parallax/model/verdict"
)

// storyWork is one story cross-checked, before the pile numbers it: its
// entities, facts and groups with indexes local to the story.
type storyWork struct {
	docs     []Document
	entities []entity.Entity
	claims   []verdict.Claim
	groups   []verdict.Group
	notes    []string // about the story as a whole
}

// crossCheck resolves the names found in one story's documents, finds their
// facts and judges them. The documents carry their story and, for copies, their original.
func crossCheck(docs []Document, mentions []entity.Mention, cfg Config, st *text.Stemmer) storyWork {
	w := storyWork{docs: docs}
	w.entities = entity.Resolve(mentions)
	refs := mentionsByDoc(w.entities)

	byID := make(map[string]*Document, len(docs))
	for i := range docs {
		byID[docs[i].ID] = &w.docs[i]
	}
	opt := facts.Options{MaxFigures: cfg.MaxFiguresPerSentence, Reach: cfg.MeasureReach}
	for i := range w.docs {
		d := &w.docs[i]
		fs, notes := facts.Extract(facts.Doc{ID: d.ID, Outlet: d.Outlet, Published: d.Published, Title: d.Title, Text: d.Text},
			refs[d.ID], st, opt)
		if len(notes) > 0 {
			d.Note = strings.Join(append(nonEmpty(d.Note), notes...), "; ")
		}
		source := d.Outlet
		if orig, ok := byID[d.CopyOf]; ok {
			source = orig.Outlet // a wire copy's facts are its original outlet's
		}
		for k := range fs {
			w.claims = append(w.claims, verdict.Claim{Fact: &fs[k], Source: source})
		}
	}
	judged := w.claims
	if cfg.MaxClaimsPerStory > 0 && len(judged) > cfg.MaxClaimsPerStory {
		judged = judged[:cfg.MaxClaimsPerStory]
		w.notes = append(w.notes, fmt.Sprintf("only the first %d of %d claims were cross-checked", cfg.MaxClaimsPerStory, len(w.claims)))
	}
	w.groups = verdict.Judge(judged, cfg.Config)
	for i := len(judged); i < len(w.claims); i++ {
		w.groups = append(w.groups, verdict.Group{Verdict: verdict.Single, Claims: []int{i},
			Reason: "not cross-checked: the story has more claims than the limit"})
	}
	return w
}

// nonEmpty is s as a list of at most one.
func nonEmpty(s string) []string {
	if s == "" {
		return nil
	}
	return []string{s}
}

// mentionsByDoc lists each document's resolved mentions in reading order,
// with local entity numbers ("e1", "e2" in resolution order) that numbering
// later turns into the pile's.
func mentionsByDoc(ents []entity.Entity) map[string][]facts.Mention {
	refs := make(map[string][]facts.Mention)
	for i, e := range ents {
		id := localEntity(i)
		fam := family(e)
		for _, m := range e.Mentions {
			refs[m.Doc] = append(refs[m.Doc], facts.Mention{Entity: id, Name: e.Name, Type: string(e.Type),
				Family: fam, Start: m.Start, End: m.End})
		}
	}
	for _, r := range refs {
		sort.Slice(r, func(i, j int) bool { return r[i].Start < r[j].Start })
	}
	return refs
}

// localEntity is the story-local ID of the i-th resolved entity.
func localEntity(i int) string { return "e" + strconv.Itoa(i+1) }

// nameSuffixes follow a surname without being one.
var nameSuffixes = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true}

// family is what a sentence about an entity is about: a person's surname, an
// organisation's or place's first word. "Alibaba Cloud" and "Alibaba Group"
// are different entities of one family, and a sentence about either is about
// the same company's affairs.
func family(e entity.Entity) string {
	words := strings.Fields(strings.ToLower(e.Name))
	switch {
	case len(words) == 0:
		return strings.ToLower(e.Name)
	case e.Type == entity.Person:
		for len(words) > 1 && nameSuffixes[strings.Trim(words[len(words)-1], ".,")] {
			words = words[:len(words)-1] // "Cesar Sayoc Jr." is of the Sayocs
		}
		return strings.TrimSuffix(words[len(words)-1], ",")
	}
	return strings.Trim(words[0], ".,")
}
