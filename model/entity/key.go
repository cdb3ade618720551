package entity

import (
	"strings"
	"unicode"
)

// aliasKeys maps the key of a well-known alternative name to one shared key.
var aliasKeys = map[string]string{
	"us": "united states", "usa": "united states", "united states of america": "united states",
	"america": "united states", "the united states": "united states",
	"uk": "united kingdom", "britain": "united kingdom", "great britain": "united kingdom",
	"prc": "china", "people's republic of china": "china", "people's republic": "china",
	"russian federation": "russia", "dprk": "north korea", "rok": "south korea",
	"republic of korea": "south korea", "uae": "united arab emirates", "holland": "netherlands",
	"burma": "myanmar", "ussr": "soviet union", "kiev": "kyiv", "odessa": "odesa", "peking": "beijing",
	"washington dc": "washington", "dc": "washington", "district of columbia": "washington",
	"ap": "associated press", "isis": "islamic state", "isil": "islamic state", "daesh": "islamic state",
	"al-qaeda": "al qaeda", "al qaida": "al qaeda", "al-qaida": "al qaeda", "alqaeda": "al qaeda",
	"gop": "republican party", "fed": "federal reserve", "un": "united nations", "eu": "european union",
	"nyt": "new york times", "wsj": "wall street journal", "doj": "justice department",
	"huffington post": "huffpost", "al jazeera": "al-jazeera", "islamic republic of iran": "iran",
	"kingdom of saudi arabia": "saudi arabia",
}

// invertible heads may be written "Department of X" or "X Department".
var invertible = map[string]bool{
	"department": true, "ministry": true, "bureau": true, "office": true, "agency": true,
	"commission": true, "committee": true, "council": true, "board": true,
}

// nameKey is the comparison form of a name as written: lower case, without dots,
// commas or a leading "the", apostrophes straightened, and without a trailing
// corporate form or "Jr."/"Sr." ("Gartner, Inc." and "Gartner" share a key).
// "Group" and "Holding(s)" count as corporate forms too, so "Alibaba Group
// Holding Ltd.", "Alibaba Group" and "Alibaba" are one company; "Alibaba Cloud"
// (a business unit) keeps its own key.
func nameKey(s string) string {
	return string(appendKey(nil, s))
}

// appendKey appends the nameKey of s to dst without other allocations.
func appendKey(dst []byte, s string) []byte {
	base := len(dst)
	var starts [24]int // start of each word in dst
	n := 0
	for i := 0; i < len(s); {
		for i < len(s) && (s[i] == ' ' || s[i] == ',' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
			i++
		}
		j := i
		for j < len(s) && s[j] != ' ' && s[j] != ',' && s[j] != '\t' && s[j] != '\n' && s[j] != '\r' {
			j++
		}
		if j == i {
			break
		}
		mark := len(dst)
		if n > 0 {
			dst = append(dst, ' ')
		}
		ws := len(dst)
		dst = appendNorm(dst, s[i:j])
		switch {
		case len(dst) == ws: // only dots
			dst = dst[:mark]
		case n < len(starts):
			starts[n] = ws
			n++
		default:
			dst = dst[:mark]
		}
		i = j
	}
	if n > 1 && string(dst[starts[0]:starts[1]-1]) == "the" {
		dst = append(dst[:base], dst[starts[1]:]...)
		shift := starts[1] - base
		for k := 1; k < n; k++ {
			starts[k-1] = starts[k] - shift
		}
		n--
	}
	for n > 1 {
		last := dst[starts[n-1]:]
		if lexicon[string(last)]&wCorpSuffix == 0 {
			switch string(last) {
			case "jr", "sr", "company", "group", "holding", "holdings":
			default:
				return dst
			}
		}
		dst = dst[:starts[n-1]-1]
		n--
	}
	return dst
}

// matchKey turns a nameKey into the key Resolve groups by: well-known aliases
// are mapped ("U.S." and "America" to "united states"); for organisations a
// leading country ("U.S.", "American", "Chinese") is dropped and returned as
// prefix, and "department of x" becomes "x department".
func matchKey(key string, typ Type) (k, prefix string) {
	if a, ok := aliasKeys[key]; ok {
		return a, ""
	}
	if typ == Person || strings.IndexByte(key, ' ') < 0 {
		return key, ""
	}
	words := strings.Fields(key)
	for n := 1; n <= 3 && n < len(words); n++ {
		p := strings.Join(words[:n], " ")
		if countryPrefix(p) && len(words)-n >= 2 && anyOrgKeyword(words[n:]) {
			prefix = countryOf(p)
			words = words[n:]
			break
		}
	}
	if len(words) >= 3 && words[1] == "of" && invertible[words[0]] {
		rest := words[2:]
		if rest[0] == "the" && len(rest) > 1 {
			rest = rest[1:]
		}
		words = append(append([]string(nil), rest...), words[0])
	}
	k = strings.Join(words, " ")
	if a, ok := aliasKeys[k]; ok {
		k = a
	}
	return k, prefix
}

func countryPrefix(p string) bool {
	if strings.IndexByte(p, ' ') < 0 {
		return lexicon[p]&wCountry != 0
	}
	return phrases[p]&wCountry != 0
}

// countryOf names the country behind a prefix: "american" and "us" are both "united states".
func countryOf(p string) string {
	if c, ok := demonymCountry[p]; ok {
		p = c
	}
	if a, ok := aliasKeys[p]; ok {
		return a
	}
	return p
}

func anyOrgKeyword(words []string) bool {
	for _, w := range words {
		if lexicon[w]&wOrgKW != 0 {
			return true
		}
	}
	return false
}

// displayForm is a name as shown: apostrophes straightened, spaces collapsed,
// and a trailing corporate form or "Jr." dropped ("Gartner, Inc." shows as "Gartner").
func displayForm(s string) string {
	words := strings.Fields(straighten(s))
	for len(words) > 1 {
		last := normWord(words[len(words)-1])
		if lexicon[last]&wCorpSuffix != 0 || last == "jr" || last == "sr" {
			words = words[:len(words)-1]
			continue
		}
		break
	}
	if n := len(words); n > 0 {
		words[n-1] = strings.TrimRight(words[n-1], ",")
	}
	return strings.Join(words, " ")
}

// surfaceForm is a name as written with apostrophes straightened and spaces collapsed.
func surfaceForm(s string) string {
	return strings.Join(strings.Fields(straighten(s)), " ")
}

func straighten(s string) string {
	if !strings.ContainsAny(s, "’‘ʼ`") {
		return s
	}
	return strings.NewReplacer("’", "'", "‘", "'", "ʼ", "'", "`", "'").Replace(s)
}

// personParts splits a person's key into given name, middle initials and surname,
// skipping particles before the surname ("bin laden" gives surname "laden").
func personParts(key string) (first, middle, last string, ok bool) {
	words := strings.Fields(key)
	var names []string
	for _, w := range words {
		if lexicon[w]&wParticle != 0 {
			continue
		}
		names = append(names, w)
	}
	if len(names) < 2 {
		return "", "", "", false
	}
	first, last = givenName(names[0]), names[len(names)-1]
	var mid []byte
	for _, w := range names[1 : len(names)-1] {
		mid = append(mid, w[0])
		// "h.w." arrives as "hw": every letter is an initial.
		if len(w) <= 3 && isInitialsKey(w) {
			mid = append(mid, w[1:]...)
		}
	}
	return first, string(mid), last, true
}

// isInitialsKey reports a short dotless key made only of consonant initials ("hw").
func isInitialsKey(w string) bool {
	for i := 0; i < len(w); i++ {
		if strings.IndexByte("aeiouy", w[i]) >= 0 {
			return false
		}
	}
	return true
}

// initials returns the capital initials of a name's words, skipping connectors:
// "People's Republic of China" gives "PRC".
func initials(display string) string {
	var b []byte
	for _, w := range strings.Fields(display) {
		switch strings.ToLower(w) {
		case "of", "and", "&", "the", "for", "on", "in", "at", "de", "la", "del", "du":
			continue
		}
		r := []rune(w)
		if len(r) == 0 || !unicode.IsLetter(r[0]) {
			continue
		}
		b = append(b, string(unicode.ToUpper(r[0]))...)
	}
	return string(b)
}

// acronymKey returns the letters of an all-caps acronym ("C.I.A." gives "CIA"), or "".
func acronymKey(text string) string {
	var b []byte
	for _, r := range text {
		switch {
		case r == '.':
		case r >= 'A' && r <= 'Z':
			b = append(b, byte(r))
		default:
			return ""
		}
	}
	if len(b) < 2 || len(b) > 8 {
		return ""
	}
	return string(b)
}
