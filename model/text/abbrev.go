package text

// maxTableAbbrev is the length in bytes of the longest key of abbreviations.
const maxTableAbbrev = 6

// abbreviations maps words written with a closing full stop (the stop left
// off) to how they behave. Case matters: "Rep." is a title, "rep." is not.
// Dotted acronyms (U.S., a.m.) and lone capitals are recognised by shape.
var abbreviations = map[string]abbrevClass{
	// Titles and forms that always lead into what follows.
	"Mr": titleAbbr, "Mrs": titleAbbr, "Ms": titleAbbr, "Messrs": titleAbbr, "Mmes": titleAbbr,
	"Dr": titleAbbr, "Drs": titleAbbr, "Prof": titleAbbr, "Profs": titleAbbr,
	"Sen": titleAbbr, "Sens": titleAbbr, "Rep": titleAbbr, "Reps": titleAbbr,
	"Gov": titleAbbr, "Govs": titleAbbr, "Gen": titleAbbr, "Lt": titleAbbr, "Col": titleAbbr,
	"Capt": titleAbbr, "Cmdr": titleAbbr, "Adm": titleAbbr, "Maj": titleAbbr, "Sgt": titleAbbr,
	"Cpl": titleAbbr, "Pvt": titleAbbr, "Rev": titleAbbr, "Hon": titleAbbr, "Pres": titleAbbr,
	"Supt": titleAbbr, "Atty": titleAbbr, "Fr": titleAbbr, "Msgr": titleAbbr, "Sec": titleAbbr,
	"Amb": titleAbbr, "Insp": titleAbbr, "Det": titleAbbr, "Ald": titleAbbr,
	"vs": titleAbbr, "Vs": titleAbbr, "v": titleAbbr, "e.g": titleAbbr, "E.g": titleAbbr,
	"i.e": titleAbbr, "I.e": titleAbbr, "cf": titleAbbr, "Cf": titleAbbr, "ca": titleAbbr,
	"approx": titleAbbr, "Approx": titleAbbr, "est": titleAbbr, "Est": titleAbbr,
	"Fig": titleAbbr, "fig": titleAbbr, "Figs": titleAbbr, "Vol": titleAbbr, "vol": titleAbbr,
	"pp": titleAbbr, "Op": titleAbbr,

	// Company and name suffixes, places, months: may end a sentence.
	"Inc": suffixAbbr, "Corp": suffixAbbr, "Co": suffixAbbr, "Cos": suffixAbbr, "Ltd": suffixAbbr,
	"Jr": suffixAbbr, "Sr": suffixAbbr, "Bros": suffixAbbr, "Plc": suffixAbbr, "Mfg": suffixAbbr,
	"Assn": suffixAbbr, "Dept": suffixAbbr, "Univ": suffixAbbr, "Intl": suffixAbbr, "Ave": suffixAbbr,
	"St": suffixAbbr, "Blvd": suffixAbbr, "Rd": suffixAbbr, "Mt": suffixAbbr, "Ft": suffixAbbr,
	"Jan": suffixAbbr, "Feb": suffixAbbr, "Mar": suffixAbbr, "Apr": suffixAbbr, "Jun": suffixAbbr,
	"Jul": suffixAbbr, "Aug": suffixAbbr, "Sep": suffixAbbr, "Sept": suffixAbbr, "Oct": suffixAbbr,
	"Nov": suffixAbbr, "Dec": suffixAbbr,
	"Ala": suffixAbbr, "Ariz": suffixAbbr, "Ark": suffixAbbr, "Calif": suffixAbbr, "Colo": suffixAbbr,
	"Conn": suffixAbbr, "Del": suffixAbbr, "Fla": suffixAbbr, "Ga": suffixAbbr, "Ill": suffixAbbr,
	"Ind": suffixAbbr, "Kan": suffixAbbr, "Ky": suffixAbbr, "La": suffixAbbr, "Md": suffixAbbr,
	"Mass": suffixAbbr, "Mich": suffixAbbr, "Minn": suffixAbbr, "Miss": suffixAbbr, "Mo": suffixAbbr,
	"Mont": suffixAbbr, "Neb": suffixAbbr, "Nev": suffixAbbr, "Okla": suffixAbbr, "Ore": suffixAbbr,
	"Pa": suffixAbbr, "Penn": suffixAbbr, "Tenn": suffixAbbr, "Tex": suffixAbbr, "Va": suffixAbbr,
	"Vt": suffixAbbr, "Wash": suffixAbbr, "Wis": suffixAbbr, "Wyo": suffixAbbr,

	// "No. 3" is an abbreviation, "said No." is a word.
	"No": numeroAbbr, "Nos": numeroAbbr, "no": numeroAbbr, "nos": numeroAbbr,

	"etc": etcAbbr,
}

// starters are capitalised words that start sentences and are not stopwords.
var starters = map[string]struct{}{
	"no": {}, "not": {}, "nor": {}, "however": {}, "meanwhile": {}, "still": {}, "last": {},
	"earlier": {}, "later": {}, "yesterday": {}, "today": {}, "according": {}, "despite": {},
	"instead": {}, "indeed": {}, "also": {}, "yet": {}, "since": {}, "although": {}, "though": {},
	"even": {}, "many": {}, "several": {}, "one": {}, "two": {}, "three": {}, "four": {}, "five": {},
	"six": {}, "seven": {}, "eight": {}, "nine": {}, "ten": {}, "eleven": {}, "twelve": {},
	"dozens": {}, "hundreds": {}, "thousands": {}, "millions": {}, "among": {},
	"whether": {}, "without": {}, "within": {}, "across": {}, "amid": {}, "following": {},
	"separately": {}, "additionally": {}, "moreover": {}, "furthermore": {}, "thus": {},
	"overall": {}, "first": {}, "finally": {}, "next": {}, "like": {}, "unlike": {},
	"already": {}, "that": {}, "this": {}, "shares": {}, "analysts": {}, "officials": {},
}

// notStarters are stopwords that, capitalised, are as likely to be a name or
// a month as a sentence start.
var notStarters = map[string]struct{}{
	"may": {}, "will": {}, "can": {}, "us": {}, "might": {}, "must": {}, "won": {},
}
