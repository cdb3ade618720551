package quantity

// Measures named by a word next to the number rather than counted by a noun after it:
// an earthquake's magnitude and a temperature. Both are counts whose unit says what is
// measured ("magnitude", "°F"), so that they compare only with the same measure.

// Temperature units. Fahrenheit and Celsius are different units and never compare;
// "degrees" without a scale compares only with "degrees".
const (
	unitFahrenheit = "°F"
	unitCelsius    = "°C"
	unitKelvin     = "K"
	unitDegrees    = "degrees"
)

// tempScales are the names of temperature scales after a number or "degrees".
var tempScales = map[string]string{
	"fahrenheit": unitFahrenheit, "celsius": unitCelsius, "centigrade": unitCelsius, "kelvin": unitKelvin,
}

// tempWords say that the numbers near them are temperatures: "temperatures of 110K".
var tempWords = set("temperature", "temperatures", "temp", "temps", "degree", "degrees",
	"heat", "thermometer", "thermometers", "fahrenheit", "celsius", "centigrade", "kelvin")

// compassPoints after a degree sign make it an angle of latitude or longitude.
var compassPoints = set("N", "S", "E", "W", "NE", "NW", "SE", "SW")

// magnitude reads an earthquake's magnitude named before or after the number:
// "a magnitude 6.1 struck", "magnitude-6.4", "a magnitude of 6.1", "a 6.4 magnitude quake"
// ("a 6.4-magnitude quake" is a compound adjective, read with the others).
func (p *parser) magnitude(ph *phrase) bool {
	i := ph.num.first
	if ph.start == i && !p.tok(i).nl {
		w := i - 1
		if d := p.tok(w); (d.isDash() && adjacent(d, p.tok(i))) || d.isWord("of") {
			w--
		}
		if m := p.tok(w); m.isWord("magnitude") && w >= p.floor && (w == i-1 || adjacent(m, p.tok(w+1)) || p.tok(w+1).isWord("of")) {
			ph.kind, ph.unit = Count, "magnitude"
			ph.start = w
			ph.hedgeAt, ph.hedge = p.hedgeBefore(w)
			return true
		}
	}
	if m := p.tok(ph.end); m.isWord("magnitude") && !m.nl {
		ph.kind, ph.unit, ph.end = Count, "magnitude", ph.end+1
		return true
	}
	return false
}

// temperature reads a temperature's unit after the number at toks[j-1]: "110 degrees",
// "110°F", "110 ° F", "110 F", "43C", "43 degrees Celsius", "a 110-degree day", and
// "110K" where the words before speak of temperatures. It returns the unit and the
// index after it.
func (p *parser) temperature(j int) (string, int, bool) {
	t := p.tok(j)
	if t.nl || t.kind == 0 {
		return "", j, false
	}
	glued := adjacent(p.tok(j-1), t)
	switch {
	case t.isSym('°'):
		if c := p.tok(j + 1); c.kind == tWord && !c.nl && compassPoints[p.s[c.start:c.end]] {
			return "", j, false // "39.74° N": a latitude
		}
		if u, e, ok := p.tempLetterAt(j+1, true); ok {
			return u, e, true
		}
		return unitDegrees, j + 1, true
	case t.isSym('℉'):
		return unitFahrenheit, j + 1, true
	case t.isSym('℃'):
		return unitCelsius, j + 1, true
	case t.isDash() && glued:
		if w := p.tok(j + 1); (w.isWord("degree") || w.isWord("degrees")) && adjacent(t, w) {
			return unitDegrees, j + 2, true // "a 110-degree day"
		}
	case t.isWord("degrees") || t.isWord("degree"):
		if s := p.tok(j + 1); !s.nl {
			if u, ok := tempScales[s.text]; ok {
				return u, j + 2, true
			}
			if u, e, ok := p.tempLetterAt(j+1, false); ok {
				return u, e, true
			}
		}
		return unitDegrees, j + 1, true
	case t.kind == tWord:
		if u, ok := tempScales[t.text]; ok {
			return u, j + 1, true
		}
		if w := p.s[t.start:t.end]; len(w) > 1 && w[:2] == "º" {
			// The ordinal sign, often typed for the degree sign, lexes as a letter: "110ºF".
			if w == "º" {
				if u, e, ok := p.tempLetterAt(j+1, true); ok {
					return u, e, true
				}
				return unitDegrees, j + 1, true
			}
			if u := tempLetter(w[2:]); u != "" {
				return u, j + 1, true
			}
			return "", j, false
		}
		return p.tempLetterAt(j, glued)
	}
	return "", j, false
}

// tempLetterAt reads a scale letter at toks[j] ("F", "C", "K"), written in capitals and
// standing alone: "110 F" but not "110 F-16s" or "3 C.J. Smith". Kelvin needs the
// words before to speak of temperature, or a degree sign, since "110K" is also 110,000.
func (p *parser) tempLetterAt(j int, sign bool) (string, int, bool) {
	t := p.tok(j)
	if t.kind != tWord || t.nl {
		return "", j, false
	}
	u := tempLetter(p.s[t.start:t.end])
	if u == "" {
		return "", j, false
	}
	if n := p.tok(j + 1); n.kind != 0 && adjacent(t, n) && (n.kind != tSym || n.isDash() || (n.isSym('.') && p.tok(j+2).kind == tWord && adjacent(n, p.tok(j+2)))) {
		return "", j, false
	}
	if u == unitKelvin && !sign && !p.tempContext(j) {
		return "", j, false
	}
	return u, j + 1, true
}

// tempLetter maps a capital scale letter to its unit.
func tempLetter(w string) string {
	switch w {
	case "F":
		return unitFahrenheit
	case "C":
		return unitCelsius
	case "K":
		return unitKelvin
	}
	return ""
}

// tempContext reports whether one of the few words before toks[j], on its line and in
// its sentence, speaks of temperature: "temperatures of 110K", "the heat hit 110K".
func (p *parser) tempContext(j int) bool {
	for k := j - 1; k >= 0 && k >= j-8; k-- {
		t := p.toks[k]
		if t.isSym('°') || (t.kind == tWord && tempWords[t.text]) {
			return true
		}
		if p.toks[k+1].nl || t.isSym('.') || t.isSym(';') || t.isSym('!') || t.isSym('?') {
			return false
		}
	}
	return false
}
