package facts

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"parallax/model/text"
)

// quoteSpan is a stretch of a sentence inside quotation marks, marks excluded.
type quoteSpan struct{ start, end int }

// minQuoteWords is how many words a quotation needs to count as a quote
// rather than a scare-quoted term ("Visionary", “second pillar”).
const minQuoteWords = 3

// findQuotes returns the quotations of a sentence that are long enough to be
// someone's words, and whether the sentence ends inside one. inside says the
// sentence starts inside a quotation opened before it. Curly quotes pair by
// direction; straight quotes pair in order.
func findQuotes(s string, inside bool) ([]quoteSpan, bool) {
	var out []quoteSpan
	open := -1
	closer := '”'
	if inside {
		open = 0
	}
	var toks []text.Token // reused from one quotation to the next
	keep := func(q quoteSpan) {
		toks = text.AppendTokens(toks[:0], s[q.start:q.end])
		if len(toks) >= minQuoteWords {
			out = append(out, q)
		}
	}
	for i, r := range s {
		switch {
		case open < 0 && (r == '“' || r == '"'):
			if r == '"' && !opensQuote(s, i) {
				continue
			}
			open = i + utf8.RuneLen(r)
			closer = '"'
			if r == '“' {
				closer = '”'
			}
		case open >= 0 && (r == closer || (closer == '”' && r == '"') || (closer == '"' && r == '”')):
			keep(quoteSpan{open, i})
			open = -1
		}
	}
	if open >= 0 {
		// A quotation that runs on into the next sentence has no closing mark here.
		keep(quoteSpan{open, len(s)})
		return out, true
	}
	return out, false
}

// opensQuote reports whether a straight quote at i opens a quotation: it does
// at the start or after a space or opening bracket.
func opensQuote(s string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsSpace(r) || r == '(' || r == '[' || r == '—' || r == ':'
}

// quotation reads the words of a quotation.
func quotation(q string) *Quotation {
	words, proper := Words(q)
	return &Quotation{Text: strings.TrimSpace(q), Words: words, Proper: proper, Elided: hasElision(q)}
}

// Words are the words of a quotation with house style folded, so that two
// outlets printing the same words compare equal however each spells them:
// lower case; one apostrophe; abbreviations without their full stops ("F.B.I."
// is "fbi"); hyphens dropped ("work-force" is "workforce", "al-Qaddafi" is
// "qaddafi"); "%" as "percent"; small numbers as digits ("ten" is "10",
// "ninth" is "9th"); titles and "United States" written out or short.
// Words an editor put in brackets ("Hillary [Clinton]") are not the speaker's
// and are left out. proper marks the words written with a capital after the
// first: names, whose spelling varies with transliteration.
func Words(q string) (words []string, proper []bool) {
	q = gluedSentence.ReplaceAllString(withoutEditorial(q), "$1. $2") // "get them.It's" is "get them. It's"
	toks := text.Tokens(q)
	words = make([]string, 0, len(toks)+2)
	proper = make([]bool, 0, len(toks)+2)
	for i, t := range toks {
		r, _ := utf8.DecodeRuneInString(t.Text)
		capital := i > 0 && unicode.IsUpper(r)
		w := strings.ReplaceAll(strings.ToLower(t.Text), "’", "'")
		w = withoutMarks(strings.Trim(w, "'"))
		if strings.HasSuffix(w, "'s") && capital {
			w = strings.TrimSuffix(w, "'s")
		}
		pct := strings.HasSuffix(w, "%")
		w = strings.TrimSuffix(w, "%")
		if isAbbreviation(w) {
			w = strings.ReplaceAll(w, ".", "")
		}
		for _, prefix := range []string{"al-", "el-"} {
			// "al-Qaddafi": an article joined to a name, which other styles drop.
			if rest := t.Text[min(len(prefix), len(t.Text)):]; strings.HasPrefix(w, prefix) && len(rest) > 2 {
				if r, _ := utf8.DecodeRuneInString(rest); unicode.IsUpper(r) {
					w = w[len(prefix):]
					capital = true
				}
			}
		}
		if head, rest, ok := strings.Cut(w, "-"); ok && rest != "" {
			// "six-month" is "six month" and "16-25" is "16 to 25", as other
			// styles write them; "twenty-one" and "twenty-sixth" stay one number.
			n, isWord := numberWord(head)
			joined := strings.ReplaceAll(w, "-", "")
			_, number := numberWord(joined)
			_, nth := ordinalWord(joined)
			if isWord && !number && !nth {
				words, proper = append(words, strconv.Itoa(n)), append(proper, false)
				w = rest
			} else if isDigits(head) && isDigits(rest) {
				words, proper = append(words, head, "to"), append(proper, false, false)
				w = rest
			}
		}
		w = strings.ReplaceAll(w, "-", "")
		if n, ok := numberWord(w); ok {
			w = strconv.Itoa(n)
		}
		if n, ok := ordinalWord(w); ok {
			w = ordinal(n)
		}
		if w == "no" && i+1 < len(toks) && strings.HasPrefix(q[t.End:], ".") && isDigits(toks[i+1].Text) {
			w = "number" // "No. 1" is "number one"
		}
		if base, ok := strings.CutSuffix(w, "'s"); ok && base != "" && i+1 < len(toks) && strings.EqualFold(toks[i+1].Text, "not") {
			words = append(words, base, "is") // "that person's not fit": no possessive comes before "not"
			proper = append(proper, capital, false)
			continue
		}
		if full, ok := titles[strings.TrimSuffix(w, ".")]; ok {
			w = full
		}
		if n := len(words); n > 0 && words[n-1] == "united" {
			if short, ok := unitedNames[w]; ok {
				words[n-1] = short // "United States" is "U.S."
				continue
			}
		}
		if w == "cause" && (strings.IndexAny(t.Text, "'’") == 0 || strings.HasSuffix(q[:t.Start], "'") || strings.HasSuffix(q[:t.Start], "’")) {
			w = "because" // "’cause"
		}
		if spoken, ok := spokenForms[w]; ok || expanded(w, &spoken) {
			for _, x := range spoken {
				if f, ok := spokenForms[x]; ok && len(f) == 1 {
					x = f[0] // "somebody's" is "someone is"
				}
				if n, ok := smallNumbers[x]; ok {
					x = strconv.Itoa(n) // "nobody" is "no one", and "one" is written 1
				}
				words = append(words, x)
				proper = append(proper, false)
			}
			continue
		}
		if w == "" {
			continue
		}
		if w == "not" && len(words) >= 2 && words[len(words)-1] == "or" && words[len(words)-2] == "whether" {
			words, proper = words[:len(words)-1], proper[:len(proper)-1]
			continue // "whether or not they pay" is "whether they pay"
		}
		words = append(words, w)
		proper = append(proper, capital)
		if pct {
			words = append(words, "percent")
			proper = append(proper, false)
		}
	}
	return spokenMoney(words, proper)
}

// spokenMoney writes sums of money as they are said: "$1 million" is "1
// million dollars", as is "a million dollars"; "$50" is "50 dollars"; and
// "a thousand dollars" is "$1,000".
func spokenMoney(words []string, proper []bool) ([]string, []bool) {
	for k := 0; k < len(words); k++ {
		w := words[k]
		if w == "a" && k+1 < len(words) && scaleWords[words[k+1]] {
			w = "1" // "a million"
			words[k] = w
		}
		if digits := strings.TrimPrefix(w, "$"); k+1 < len(words) && words[k+1] == "thousand" && digits != "" && len(digits) <= 3 && isDigits(digits) && digits[0] != '0' {
			w += ",000" // "a thousand" is "1,000"
			words[k] = w
			words, proper = slices.Delete(words, k+1, k+2), slices.Delete(proper, k+1, k+2)
		}
		n, ok := strings.CutPrefix(w, "$")
		if !ok || n == "" || strings.Trim(n, "0123456789.,") != "" {
			continue
		}
		words[k] = n
		at := k + 1
		if at < len(words) && scaleWords[words[at]] {
			at++
		}
		if at < len(words) && words[at] == "dollars" {
			continue
		}
		words = slices.Insert(words, at, "dollars")
		proper = slices.Insert(proper, at, false)
	}
	return words, proper
}

// scaleWords multiply the number before them.
var scaleWords = map[string]bool{"hundred": true, "thousand": true, "million": true, "billion": true, "trillion": true}

// Title reports whether a quotation is a name in quotation marks (a show,
// a book, a law, a slogan) rather than someone's words: at most eight words,
// and every word after the first that is not a stopword written with a
// capital ("The Tonight Show Starring Jimmy Fallon").
func (q *Quotation) Title() bool {
	if len(q.Words) > 8 {
		return false
	}
	named := 0
	for i, w := range q.Words {
		if i == 0 || text.IsStopword(w) {
			continue
		}
		if !q.Proper[i] {
			return false
		}
		named++
	}
	return named >= 2
}

// isAbbreviation reports whether a word is letters with full stops between
// them ("u.s.", "f.b.i", "a.m."), not a number like "9.2".
func isAbbreviation(w string) bool {
	if !strings.Contains(w, ".") {
		return false
	}
	for _, r := range w {
		if r != '.' && !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// smallNumbers are number words that outlets also write as digits.
var smallNumbers = map[string]int{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
}

// ordinals are the ordinal numbers written out that other styles write in
// digits ("ninth" is "9th"), by their value.
var ordinals = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
	"ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
	"sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
	"fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
}

// tens are the number words of the tens that compounds begin with ("twenty-six").
var tens = map[string]int{"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
	"eighty": 80, "ninety": 90}

// numberWord reads a number word below a hundred, its hyphen dropped
// ("ten", "twentysix"), as its value.
func numberWord(w string) (int, bool) {
	if n, ok := smallNumbers[w]; ok {
		return n, true
	}
	if n, ok := tens[w]; ok {
		return n, true
	}
	for t, n := range tens {
		if rest, ok := strings.CutPrefix(w, t); ok {
			if u, ok := smallNumbers[rest]; ok && u > 0 && u < 10 {
				return n + u, true
			}
		}
	}
	return 0, false
}

// ordinalWord reads an ordinal word below a hundred, its hyphen dropped
// ("ninth", "twentysixth"), as its value.
func ordinalWord(w string) (int, bool) {
	if n, ok := ordinals[w]; ok {
		return n, true
	}
	for t, n := range tens {
		if rest, ok := strings.CutPrefix(w, t); ok {
			if u, ok := ordinals[rest]; ok && u < 10 {
				return n + u, true
			}
		}
	}
	return 0, false
}

// ordinal writes a number as an ordinal in digits: 26 is "26th".
func ordinal(n int) string {
	suffix := "th"
	switch {
	case n%100 >= 11 && n%100 <= 13:
	case n%10 == 1:
		suffix = "st"
	case n%10 == 2:
		suffix = "nd"
	case n%10 == 3:
		suffix = "rd"
	}
	return strconv.Itoa(n) + suffix
}

// isDigits reports whether a token is all digits.
func isDigits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}

// titles are the abbreviations of titles house styles write out or not.
var titles = map[string]string{
	"sen": "senator", "sens": "senators", "rep": "representative", "reps": "representatives",
	"gov": "governor", "gen": "general", "lt": "lieutenant", "sgt": "sergeant", "col": "colonel",
	"capt": "captain", "prof": "professor",
}

// gluedSentence matches a full stop with no space after it between a word
// and the capital that starts the next sentence (not "U.S." or "Mr.Smith").
var gluedSentence = regexp.MustCompile(`([a-z]{2})\.([A-Z][a-z])`)

// unitedNames are the names after "united" that styles also write short.
var unitedNames = map[string]string{"states": "us", "kingdom": "uk", "nations": "un"}

// spokenForms are words transcribed as spoken that other outlets write out.
var spokenForms = map[string][]string{
	"gonna": {"going", "to"}, "wanna": {"want", "to"}, "gotta": {"got", "to"}, "gimme": {"give", "me"},
	"lemme": {"let", "me"}, "kinda": {"kind", "of"}, "sorta": {"sort", "of"}, "outta": {"out", "of"},
	"okay": {"ok"}, "ya": {"you"},
	// Pronouns and words that transcripts of one remark give either way.
	"somebody": {"someone"}, "anybody": {"anyone"}, "everybody": {"everyone"}, "nobody": {"no", "one"},
	"till": {"until"}, "til": {"until"}, "cuz": {"because"},
}

// expanded sets full to the words a contraction stands for ("don't" is
// "do not", "who've" is "who have", "cannot" is "can not") and reports
// whether w is one: house styles and transcripts write speech either way.
func expanded(w string, full *[]string) bool {
	if w == "cannot" {
		*full = []string{"can", "not"}
		return true
	}
	if first, ok := irregularNegatives[w]; ok {
		*full = []string{first, "not"}
		return true
	}
	for _, c := range contractions {
		if base, ok := strings.CutSuffix(w, c.suffix); ok && base != "" && (c.suffix != "'s" || pronounIs[base]) {
			*full = []string{base, c.full}
			return true
		}
	}
	return false
}

// irregularNegatives are the negative contractions whose first word changes.
var irregularNegatives = map[string]string{"won't": "will", "can't": "can", "shan't": "shall"}

// contractions are the endings speech contracts, with the word each stands for.
var contractions = []struct{ suffix, full string }{
	{"n't", "not"}, {"'ve", "have"}, {"'ll", "will"}, {"'re", "are"}, {"'m", "am"}, {"'d", "would"}, {"'s", "is"},
}

// pronounIs are the words after which "'s" is "is", not a possessive.
var pronounIs = map[string]bool{"it": true, "that": true, "he": true, "she": true, "there": true, "what": true,
	"who": true, "here": true, "where": true, "somebody": true, "someone": true, "everybody": true, "everyone": true}

// withoutEditorial blanks what an editor put in brackets or parentheses.
func withoutEditorial(q string) string {
	if !strings.ContainsAny(q, "[(") {
		return q
	}
	var b strings.Builder
	b.Grow(len(q))
	for i := 0; i < len(q); i++ {
		var closer byte
		switch q[i] {
		case '[':
			closer = ']'
		case '(':
			closer = ')'
		default:
			b.WriteByte(q[i])
			continue
		}
		j := strings.IndexByte(q[i+1:], closer)
		if j < 0 {
			b.WriteByte(q[i])
			continue
		}
		end := i + 1 + j // the closer
		if closer == ']' && strings.EqualFold(strings.TrimSpace(q[i+1:end]), "sic") {
			// "looses [sic]": the word the editor marks is the original's
			// slip, which other outlets print mended; it is not compared.
			out := strings.TrimRight(b.String(), " ")
			word := strings.LastIndexAny(out, " \t\n") + 1
			b.Reset()
			b.WriteString(out[:word])
			b.WriteString(strings.Repeat(" ", len(q[:end+1])-word))
			i = end
			continue
		}
		if closer == ']' && (i > 0 && isLetter(q[i-1]) || end+1 < len(q) && isLetter(q[end+1])) {
			b.WriteString(q[i+1 : end]) // "[N]o one", "leader[s]": a letter set right, the word the speaker's
		} else {
			b.WriteString(strings.Repeat(" ", end-i+1))
		}
		i = end
	}
	return b.String()
}

// withoutMarks drops the accents of a word's letters: "Guantánamo" is
// "Guantanamo" and "Peña" is "Pena" in the outlets that print no accents.
func withoutMarks(w string) string {
	ascii := true
	for i := 0; i < len(w) && ascii; i++ {
		ascii = w[i] < utf8.RuneSelf
	}
	if ascii {
		return w
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(w) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return norm.NFC.String(b.String())
}

// isLetter reports whether an ASCII byte is a letter.
func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// hasElision reports whether a quotation marks words left out or put in by an editor.
func hasElision(q string) bool {
	return strings.Contains(q, "...") || strings.Contains(q, "…") || strings.Contains(q, "[")
}
