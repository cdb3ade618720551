package quantity

// Vote tallies: "the House passed the bill 234-193", "a 52-48 vote", "the justices voted
// 7 to 2". Two numbers joined by a hyphen or "to" are a tally only when words of voting
// stand next to them; otherwise they stay what they were (a score, a range, a phone
// number) and are read or passed over by the other rules.

// voteWords before a tally say that it counts votes.
var voteWords = set("vote", "votes", "voted", "voting", "passed", "passes", "approved",
	"approves", "rejected", "rejects", "confirmed", "confirms", "ruled", "ruling", "decision",
	"tally", "ballot", "ballots", "referendum", "upheld", "overturned", "adopted", "acquitted",
	"convicted", "majority", "verdict")

// voteNouns after a tally say that it counts votes: "a 52-48 vote", "a 6-3 ruling".
var voteNouns = set("vote", "votes", "decision", "ruling", "majority", "tally", "verdict",
	"opinion", "ballot", "ruled", "voted")

// gameWords near two numbers make them the score of a game, never a tally.
var gameWords = set("won", "win", "wins", "beat", "beats", "lost", "loses", "loss", "victory",
	"game", "games", "score", "scored", "scores", "match", "inning", "innings", "defeat",
	"defeated", "series", "points", "goals", "overtime")

// maxTallySide is one more than the largest side a tally may have: legislatures, courts
// and boards are counted in hundreds at most.
const maxTallySide = 1000

// tally reads a vote tally that starts at toks[i].
func (p *parser) tally(i int) (match, bool) {
	a, ok := p.tallySide(i)
	if !ok {
		return match{}, false
	}
	sep := p.tok(i + 1)
	k := i + 2
	switch {
	case sep.nl:
		return match{}, false
	case sep.isDash() && adjacent(p.tok(i), sep) && adjacent(sep, p.tok(k)):
	case sep.isDash() && sep.sym == '–':
	case sep.isWord("to"):
	default:
		return match{}, false
	}
	if p.tok(k).nl {
		return match{}, false
	}
	b, ok := p.tallySide(k)
	if !ok || (p.tok(i).kind == tNum) != (p.tok(k).kind == tNum) || (p.tok(i).kind == tWord && !sep.isWord("to")) {
		return match{}, false // "Ninety-four senators voted": one number in words
	}
	if from := p.tok(i - 1); from.isWord("from") || (sep.isWord("to") && p.changeBefore(i, Count)) {
		return match{}, false // "rose from 22 to 33": two levels of a change
	}
	if sep.isWord("to") && a < b && p.tok(k+1).isWord("votes") {
		return match{}, false // "20 to 30 votes short": a range of votes
	}
	if !p.tallyEnds(k+1) || !p.voteNear(i, k+1) {
		return match{}, false
	}
	q := Quantity{Value: a, Low: a, High: a, Other: b, Kind: Tally, Unit: "votes"}
	return p.spanMatch(i, k+1, q), true
}

// tallySide reads one side of a tally: a whole number below maxTallySide, in digits
// without grouping, or a number word ("voted five to four").
func (p *parser) tallySide(i int) (float64, bool) {
	t := p.tok(i)
	switch t.kind {
	case tNum:
		if t.bad || t.lead0 || t.comma || t.dec != 0 || t.mant >= maxTallySide {
			return 0, false
		}
		return float64(t.mant), true
	case tWord:
		v, ok := smallNumbers[t.text]
		return float64(v), ok
	}
	return 0, false
}

// tallyEnds reports whether the tally's second side ends at toks[k]: no third group
// ("7-2-1", "555-123-4567"), no percent or scale ("52-48%", "7 to 2 million"), no
// decimal, and no counted noun ("voted 20 to 30 times").
func (p *parser) tallyEnds(k int) bool {
	t := p.tok(k)
	if t.kind == 0 || t.nl {
		return true
	}
	if t.isSym('%') || ((t.isDash() || t.isSym('/') || t.isSym(':') || t.isSym('.')) && adjacent(p.tok(k-1), t) && p.tok(k+1).kind == tNum) {
		return false
	}
	if t.kind != tWord {
		return true
	}
	if _, ok := scaleExp[t.text]; ok || t.text == "percent" || t.text == "dozen" || ampm[t.text] {
		return false
	}
	if adjacent(p.tok(k-1), t) {
		return false // "7-2nd", "5-4G"
	}
	if voteNouns[t.text] || functionWords[t.text] || !isPlural(t.text) || t.upper {
		return true
	}
	// A plural word may be a verb ("87-12 culminates years of work") or the thing a range
	// counts ("voted 20 to 30 times."); the thing counted ends its phrase.
	n := p.tok(k + 1)
	return n.kind == tWord && !n.nl && !functionWords[n.text]
}

// voteNear reports whether words of voting stand within a few words before toks[i] or
// just after toks[end-1], in the same sentence, and no word of a game does.
func (p *parser) voteNear(i, end int) bool {
	vote := false
	for k, n := i-1, 0; k >= 0 && n < 6; k, n = k-1, n+1 {
		t := p.toks[k]
		if p.toks[k+1].nl || sentenceEnd(t) {
			break
		}
		if gameWords[t.text] {
			return false
		}
		vote = vote || voteWords[t.text]
	}
	for k, n := end, 0; k < len(p.toks) && n < 3; k, n = k+1, n+1 {
		t := p.toks[k]
		if t.nl || sentenceEnd(t) || t.kind == tNum {
			break
		}
		if gameWords[t.text] {
			return false
		}
		if voteNouns[t.text] {
			vote = true
			break
		}
		if t.kind == tWord && functionWords[t.text] {
			break
		}
	}
	return vote
}

// sentenceEnd reports whether t is a mark that ends a sentence or a clause list.
func sentenceEnd(t token) bool {
	return t.isSym('.') || t.isSym(';') || t.isSym('!') || t.isSym('?') || t.isSym(':')
}
