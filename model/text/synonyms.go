package text

// Synonym returns the stem news uses for the same thing in other words,
// so that "wounded" and "injured", or "lawyer" and "attorney", count as one
// word when sentences are compared; other stems come back unchanged. The
// groups are few and plain: each was seen naming one fact in several stories.
func Synonym(stem string) string {
	if s, ok := synonyms[stem]; ok {
		return s
	}
	return stem
}

// synonyms maps Snowball stems to the first stem of their group.
var synonyms = func() map[string]string {
	groups := [][]string{
		{"injur", "injuri", "wound", "hurt"},
		{"kill", "slain", "die", "dead"},
		{"lawyer", "attorney"},
		{"spokesperson", "spokesman", "spokeswoman", "spokesmen", "spokeswomen", "spokespeopl"},
		{"resign", "quit"},
		{"begin", "began", "begun", "start", "launch"},
		{"arrest", "detain"},
		{"sue", "su", "lawsuit"},
		{"promis", "pledg", "vow"},
		{"ban", "prohibit"},
		{"shoot", "shot"},
		// Irregular pasts, as Snowball leaves them.
		{"pay", "paid"}, {"win", "won"}, {"lose", "lost"}, {"hold", "held"}, {"send", "sent"},
		{"meet", "met"}, {"buy", "bought"}, {"bring", "brought"}, {"write", "wrote", "written"},
		{"speak", "spoke", "spoken"}, {"seek", "sought"}, {"fight", "fought"}, {"sell", "sold"},
		{"spend", "spent"}, {"build", "built"}, {"steal", "stole", "stolen"}, {"flee", "fled"},
	}
	m := map[string]string{}
	for _, g := range groups {
		for _, s := range g[1:] {
			m[s] = g[0]
		}
	}
	return m
}()
