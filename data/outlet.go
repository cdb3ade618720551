package data

import (
	"regexp"
	"strings"
	"unicode"
)

// mastheads maps the lower-cased ways a publication names itself in print to
// the name parallax shows. Detection from text only ever answers with one of
// these: a wrong outlet is worse than none, so unknown names are not guessed.
var mastheads = map[string]string{
	"reuters": "Reuters", "thomson reuters": "Reuters",
	"ap": "Associated Press", "associated press": "Associated Press", "the associated press": "Associated Press",
	"afp": "AFP", "agence france-presse": "AFP", "agence france presse": "AFP",
	"bloomberg": "Bloomberg", "bloomberg news": "Bloomberg",
	"upi": "UPI", "united press international": "UPI",
	"cnn": "CNN", "cnbc": "CNBC", "npr": "NPR", "bbc": "BBC News", "bbc news": "BBC News",
	"usa today":          "USA TODAY",
	"the new york times": "The New York Times", "new york times": "The New York Times",
	"the washington post": "The Washington Post", "washington post": "The Washington Post",
	"the wall street journal": "The Wall Street Journal", "wall street journal": "The Wall Street Journal",
	"the washington times": "The Washington Times", "washington times": "The Washington Times",
	"the hill": "The Hill", "fox news": "Fox News", "nbc news": "NBC News", "cbs news": "CBS News",
	"abc news": "ABC News", "the guardian": "The Guardian", "politico": "Politico", "axios": "Axios",
	"huffpost": "HuffPost", "huffington post": "HuffPost", "the huffington post": "HuffPost",
	"forbes": "Forbes", "new york post": "New York Post", "the new york post": "New York Post",
	"los angeles times": "Los Angeles Times", "the los angeles times": "Los Angeles Times",
	"thestreet": "TheStreet", "zerohedge": "ZeroHedge", "zero hedge": "ZeroHedge",
	"breitbart": "Breitbart News", "breitbart news": "Breitbart News", "newsweek": "Newsweek",
	"the atlantic": "The Atlantic", "vox": "Vox", "cbn news": "CBN News", "al jazeera": "Al Jazeera",
	"the independent": "The Independent", "financial times": "Financial Times",
	"the economist": "The Economist", "xinhua": "Xinhua", "dpa": "dpa", "kyodo news": "Kyodo News",
	"yonhap": "Yonhap",
}

// wireCredits are the names that sign stories with a dateline credit
// ("WASHINGTON (Reuters) -") or a closing credit ("— AP"). Only these count in
// those positions; a newspaper's name there is more often a quoted source.
var wireCredits = map[string]bool{
	"reuters": true, "ap": true, "associated press": true, "the associated press": true,
	"afp": true, "bloomberg": true, "upi": true, "cnn": true, "cnbc": true, "xinhua": true,
	"dpa": true, "yonhap": true, "kyodo news": true,
}

var (
	// datelineCredit matches "WASHINGTON (Reuters) -", "ANNAPOLIS, Md. (AP) —"
	// and "Washington (CNN) The ..." at the start of a line: a short place
	// (and maybe a date) in front of a parenthesised credit.
	datelineCredit = regexp.MustCompile(`^(\p{Lu}[\p{L}\p{N} .,'’-]{0,40}?)\s*\(([^()]{2,30})\)(\s*[-–—])?`)
	// copyrightLine matches "Copyright © 2019 The Washington Times, LLC. ...".
	copyrightLine = regexp.MustCompile(`^(?i:copyright\s*)?(?:©|\([cC]\)|(?i:copyright))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?,?\s*([^,.|]{2,40})`)
)

// undashedCredits sign a dateline without a dash after the credit.
var undashedCredits = map[string]bool{"cnn": true, "cnbc": true}

// How far into the text outlet and byline clues are looked for.
const (
	headLines = 8 // non-empty lines from the top
	tailLines = 4 // non-empty lines from the bottom
)

// outletFromText finds a publication the text names plainly as its own: a
// dateline or closing wire credit, a known masthead alone on a line near the
// top, a byline's trailing masthead, or a copyright line near the end.
func outletFromText(text string) (string, bool) {
	head, tail := edgeLines(text, headLines, tailLines)
	for _, line := range head {
		if name, ok := datelineCreditName(line); ok {
			return name, true
		}
	}
	if len(tail) > 0 {
		if name, ok := closingCreditName(tail[len(tail)-1]); ok {
			return name, true
		}
	}
	for _, line := range head {
		if name, ok := masthead(line); ok {
			return name, true
		}
		if _, name, ok := parseByline(line); ok && name != "" {
			return name, true
		}
	}
	for _, line := range tail {
		if m := copyrightLine.FindStringSubmatch(line); m != nil {
			if name, ok := masthead(m[1]); ok {
				return name, true
			}
		}
	}
	return "", false
}

// datelineCreditName reads the credit of a dateline. Besides a known wire in
// the parentheses it wants a dash after them or a place in capitals, so that
// "Andhra Pradesh (AP) said" is not read as an Associated Press dateline.
func datelineCreditName(line string) (string, bool) {
	m := datelineCredit.FindStringSubmatch(line)
	if m == nil {
		return "", false
	}
	name, ok := credit(m[2])
	if !ok {
		return "", false
	}
	place := m[1]
	dashed := m[3] != ""
	shouted := place == strings.ToUpper(place)
	if dashed || shouted || undashedCredits[strings.ToLower(strings.TrimSpace(m[2]))] {
		return name, true
	}
	return "", false
}

// closingCreditName reads a wire credit that ends an article's last line:
// "... — Reuters", "... - AP", "... (Reuters)" or a line holding only the credit.
func closingCreditName(line string) (string, bool) {
	line = strings.TrimRight(strings.TrimSpace(line), ".")
	if strings.HasSuffix(line, ")") {
		if open := strings.LastIndex(line, "("); open >= 0 {
			return credit(line[open+1 : len(line)-1])
		}
		return "", false
	}
	cut := -1
	for _, dash := range []string{" — ", " – ", " - ", "—", "–"} {
		if i := strings.LastIndex(line, dash); i >= 0 && i+len(dash) > cut {
			cut = i + len(dash)
		}
	}
	if cut < 0 {
		return "", false
	}
	return credit(line[cut:])
}

// authorFromText returns the names on a "By NAME" line near the top.
func authorFromText(text string) string {
	head, _ := edgeLines(text, headLines, 0)
	for _, line := range head {
		if author, _, ok := parseByline(line); ok && author != "" {
			return author
		}
	}
	return ""
}

// nameParticles may sit lower-case inside a person's name.
var nameParticles = map[string]bool{
	"and": true, "de": true, "van": true, "von": true, "der": true, "den": true, "da": true,
	"del": true, "la": true, "le": true, "al": true, "bin": true, "di": true, "du": true,
}

// parseByline reads "By Jane Doe", "by Jane Doe and Ann Roe", "By Jane Doe |
// Reuters" or "By Reuters". Every name word must be capitalised, so a sentence
// that merely starts with "By" ("By Thursday, officials had ...") is no byline.
func parseByline(line string) (author, outlet string, ok bool) {
	if len(line) > 120 || len(line) < 4 || !strings.EqualFold(line[:3], "by ") {
		return "", "", false
	}
	rest := strings.TrimSpace(line[3:])
	if name, ok := masthead(rest); ok {
		return "", name, true
	}
	names := rest
	for _, sep := range []string{" | ", "|", " / ", " — ", " – ", " - ", ","} {
		i := strings.LastIndex(rest, sep)
		if i < 0 {
			continue
		}
		if name, ok := masthead(rest[i+len(sep):]); ok {
			outlet, names = name, strings.TrimSpace(rest[:i])
			break
		}
	}
	names = strings.TrimRight(names, " ,")
	if !personNames(names) {
		return "", "", false
	}
	return names, outlet, true
}

// personNames reports a list of capitalised names: "Jane Doe, Ann van Roe and Bob Poe".
func personNames(s string) bool {
	words := strings.Fields(strings.ReplaceAll(s, ",", " "))
	if len(words) < 2 || len(words) > 12 {
		return false
	}
	for _, w := range words {
		if nameParticles[w] {
			continue
		}
		r := []rune(w)
		if !unicode.IsUpper(r[0]) {
			return false
		}
		for _, c := range r {
			if !unicode.IsLetter(c) && !strings.ContainsRune("'’.-", c) {
				return false
			}
		}
	}
	return true
}

// credit resolves a wire credit's name.
func credit(s string) (string, bool) {
	key := strings.ToLower(strings.TrimSpace(s))
	if !wireCredits[key] {
		return "", false
	}
	return mastheads[key], true
}

// masthead resolves a line that is nothing but a known publication name.
func masthead(s string) (string, bool) {
	key := strings.ToLower(strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s), ".:")))
	name, ok := mastheads[key]
	return name, ok
}

// edgeLines returns the first n and last m non-empty lines of text, trimmed.
func edgeLines(text string, n, m int) (head, tail []string) {
	for line := range strings.Lines(text) {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if len(head) < n {
			head = append(head, line)
		}
		if m > 0 {
			if len(tail) == m {
				tail = tail[1:]
			}
			tail = append(tail, line)
		}
	}
	return head, tail
}

// fileAliases are file-name spellings of outlets that title-casing gets wrong.
var fileAliases = map[string]string{
	"nyt": "The New York Times", "wapo": "The Washington Post", "wsj": "The Wall Street Journal",
	"ap": "Associated Press", "usa_today": "USA TODAY", "usatoday": "USA TODAY",
	"huffpost": "HuffPost", "thestreet": "TheStreet", "zerohedge": "ZeroHedge",
}

// outletFromFileName prettifies a file name into an outlet name:
// "washington_times" reads "Washington Times" and "cnn" reads "CNN". A name
// with digits in it ("000_b5d6463688376969") is an identifier, not an outlet,
// and is kept as it is.
func outletFromFileName(id string) string {
	key := strings.ToLower(id)
	if name, ok := fileAliases[key]; ok {
		return name
	}
	if strings.IndexFunc(id, unicode.IsDigit) >= 0 {
		return id
	}
	words := strings.FieldsFunc(id, func(r rune) bool { return r == '_' || r == '-' || r == ' ' || r == '.' })
	if len(words) == 0 {
		return id
	}
	for i, w := range words {
		words[i] = prettyWord(w)
	}
	return strings.Join(words, " ")
}

// prettyWord capitalises a file-name word; short all-consonant words are
// taken for abbreviations ("cbn" → "CBN").
func prettyWord(w string) string {
	if w != strings.ToLower(w) {
		return w // the author chose a casing already
	}
	if len(w) <= 3 && !strings.ContainsAny(w, "aeiouy") {
		return strings.ToUpper(w)
	}
	r := []rune(w)
	r[0] = unicode.ToUpper(r[0])
	return string(r)
}
