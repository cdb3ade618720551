package quantity

// Read-only word tables. They are filled once at package initialisation and never written after.

// set builds a lookup set from words.
func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// smallNumbers are the number words below a hundred that stand alone.
var smallNumbers = map[string]int{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90,
}

// scaleExp are the scale words that multiply a number by a power of ten.
var scaleExp = map[string]int{
	"hundred": 2, "thousand": 3, "million": 6, "billion": 9, "trillion": 12,
	"lakh": 5, "crore": 7, "mln": 6, "mn": 6, "bln": 9, "bn": 9, "tn": 12,
}

// scaleSuffix are scale letters written straight after the digits: "€40m", "£2bn", "5k".
var scaleSuffix = map[string]int{
	"k": 3, "m": 6, "mn": 6, "mln": 6, "b": 9, "bn": 9, "bln": 9, "tn": 12, "t": 12, "tr": 12,
}

// vagueScale are the plural scale words of vague amounts: "thousands of", "dozens of".
var vagueScale = map[string]float64{
	"dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1e3, "millions": 1e6,
	"billions": 1e9, "trillions": 1e12,
}

// measureSuffix are units written straight after digits ("5km", "10kg"); any other
// letters glued to digits ("4G", "3D", "10x") mark a name, not a quantity.
var measureSuffix = set("km", "kg", "mg", "mm", "cm", "ft", "lb", "lbs", "mph", "kph",
	"kmh", "gb", "mb", "tb", "kb", "mw", "gw", "kw", "kwh", "mwh", "gwh", "ml", "l", "oz", "mi", "ha", "sq")

// ordinalSuffix are the endings of "1st", "22nd", "3rd", "4th".
var ordinalSuffix = set("st", "nd", "rd", "th")

// symbolCurrency maps currency signs to codes.
var symbolCurrency = map[rune]string{
	'$': "USD", '€': "EUR", '£': "GBP", '¥': "JPY", '₹': "INR", '₩': "KRW", '₽': "RUB",
	'₺': "TRY", '₪': "ILS", '₦': "NGN", '₱': "PHP", '฿': "THB", '₫': "VND",
}

// dollarPrefix maps the letters written before "$" to the dollar they name: "US$", "HK$".
var dollarPrefix = map[string]string{
	"us": "USD", "u.s.": "USD", "c": "CAD", "ca": "CAD", "a": "AUD", "au": "AUD", "hk": "HKD",
	"nz": "NZD", "s": "SGD", "r": "BRL", "nt": "TWD", "mx": "MXN",
}

// codeCurrency are currency codes and abbreviations that can stand before or after an amount.
var codeCurrency = map[string]string{
	"usd": "USD", "eur": "EUR", "gbp": "GBP", "cny": "CNY", "rmb": "CNY", "jpy": "JPY",
	"inr": "INR", "chf": "CHF", "cad": "CAD", "aud": "AUD", "hkd": "HKD", "rs": "INR",
	"krw": "KRW", "rub": "RUB", "brl": "BRL", "mxn": "MXN", "sgd": "SGD", "zar": "ZAR",
}

// currencyWords are currency names written after an amount: "863.3 billion dollars".
var currencyWords = map[string]string{
	"dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "pounds": "GBP",
	"pound": "GBP", "sterling": "GBP", "yuan": "CNY", "renminbi": "CNY", "yen": "JPY",
	"rupees": "INR", "rupee": "INR", "roubles": "RUB", "rubles": "RUB", "rouble": "RUB",
	"ruble": "RUB", "won": "KRW", "pesos": "MXN", "peso": "MXN", "francs": "CHF",
	"franc": "CHF", "reais": "BRL", "real": "BRL", "rand": "ZAR", "lira": "TRY",
	"shekels": "ILS", "naira": "NGN", "ringgit": "MYR", "baht": "THB", "dong": "VND",
}

// ambiguousCurrency are currency names that are also ordinary words ("200 pounds" of
// weight, "won 5 games"): they name money only after a scale word or "sterling".
var ambiguousCurrency = set("pounds", "pound", "won", "real", "rand", "dong")

// dollarAdjective maps the adjective before "dollars" to the dollar meant.
var dollarAdjective = map[string]string{
	"us": "USD", "u.s.": "USD", "american": "USD", "canadian": "CAD", "australian": "AUD",
	"singapore": "SGD", "taiwan": "TWD", "taiwanese": "TWD", "hk": "HKD", "zealand": "NZD",
	"kong": "HKD",
}

// minorCurrency are coins worth a hundredth of a currency.
var minorCurrency = map[string]string{"cents": "USD", "cent": "USD", "pence": "GBP", "penny": "GBP"}

// months maps month names and abbreviations (lower case, dot removed) to their number.
var months = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
	"sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

// timeWords end a number that is a time of day: "10 a.m.", "9pm", "6 o'clock".
var timeWords = set("a.m.", "p.m.", "a.m", "p.m", "am", "pm", "o'clock", "gmt", "utc", "edt", "est", "pdt", "pst", "et", "pt", "bst", "cet")

// yearPreps are words that announce a year: "in 2020", "since 2009", "fiscal 2021".
var yearPreps = set("in", "since", "by", "from", "until", "till", "til", "to", "before", "after",
	"during", "through", "of", "circa", "year", "fiscal", "early", "late", "mid", "pre", "post",
	"spring", "summer", "autumn", "fall", "winter", "season", "between", "as", "ca", "c", "©",
	"copyright", "election", "census", "class", "around", "about", "throughout", "starting",
	"beginning", "ending", "ended")

// monthPreps are words after which a bare month name is a date: "in January", "last March".
var monthPreps = set("in", "since", "until", "till", "by", "last", "this", "next", "early",
	"late", "mid", "through", "during", "before", "after", "from", "of", "until")

// labelWords are labels that turn the following number into a name: "Section 230", "No. 1".
var labelWords = set("section", "sections", "article", "articles", "chapter", "paragraph",
	"clause", "title", "rule", "form", "room", "suite", "flight", "route", "highway",
	"interstate", "gate", "platform", "episode", "volume", "vol", "page", "pages", "pp",
	"exhibit", "appendix", "figure", "fig", "version", "amendment", "precinct", "district",
	"ward", "apartment", "apt", "pier", "terminal", "proposition", "prop", "iphone", "windows",
	"boeing", "airbus", "covid", "sars", "ios", "android", "cve", "h.r.", "hr", "#", "phase",
	"stage", "level", "tier", "grade", "category", "article", "item", "exhibit", "seat", "row")

// dateLead are the words before "-2020" that make it a year: "mid-2020", "pre-2008".
var dateLead = set("mid", "pre", "post", "early", "late", "end", "fiscal")

// streetWords end a street address: "1600 Pennsylvania Avenue".
var streetWords = set("street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane",
	"ln", "drive", "dr", "way", "place", "pl", "court", "ct", "parkway", "pkwy", "square",
	"terrace", "highway", "hwy", "plaza", "circle")

// functionWords carry no content: they end a counted phrase and never name what is counted.
var functionWords = set("the", "a", "an", "of", "and", "or", "but", "nor", "in", "on", "at",
	"to", "for", "from", "with", "by", "as", "that", "this", "these", "those", "which", "who",
	"whom", "whose", "than", "then", "is", "are", "was", "were", "be", "been", "being", "am",
	"has", "have", "had", "do", "does", "did", "will", "would", "shall", "should", "can",
	"could", "may", "might", "must", "it", "its", "they", "them", "their", "he", "him", "his",
	"she", "her", "we", "us", "our", "you", "your", "i", "me", "my", "not", "no", "so", "if",
	"into", "onto", "over", "under", "about", "after", "before", "since", "until", "while",
	"during", "through", "per", "each", "every", "all", "both", "also", "there", "here",
	"when", "where", "why", "how", "what", "up", "down", "out", "off", "against", "among",
	"between", "within", "without", "via", "ago", "later", "earlier", "away", "apart",
	"apiece", "either", "neither", "any", "some", "such", "too", "yet", "again", "once",
	"twice", "said", "says", "say", "told", "tell", "according", "including", "than", "like",
	"unlike", "because", "though", "although", "whether", "near", "above", "below",
	"toward", "towards", "upon", "across", "along", "around", "behind", "beyond", "despite",
	"except", "inside", "outside", "past", "plus", "minus", "versus", "vs", "amid", "amongst",
	"ever", "never", "now", "just", "only", "even", "still", "already", "almost", "nearly",
	"let", "get", "got", "gets", "go", "goes", "went", "make", "made", "makes", "take",
	"took", "takes", "see", "saw", "seen", "come", "came", "comes", "become", "became",
	"remain", "remains", "remained", "left", "leave", "leaves", "showed", "shows", "show",
	"reported", "reports", "according", "saying", "added", "adds", "noted", "notes", "more",
	"less", "fewer", "most", "least", "others'", "'s", "s", "i.e.", "e.g.", "etc", "amongst",
	"whereas", "whilst", "thus", "hence", "however", "therefore", "instead", "rather",
	"each", "respectively", "altogether", "overall", "itself", "themselves", "who's",
	"it's", "that's", "there's", "he's", "she's", "they're", "we're", "don't", "doesn't",
	"didn't", "won't", "wouldn't", "can't", "couldn't", "isn't", "aren't", "wasn't",
	"weren't", "haven't", "hasn't", "hadn't", "another", "died", "dies", "die", "fled", "led",
	"sued", "shot", "hit", "won", "win", "wins", "lose", "lost", "ran", "run", "runs", "fell",
	"rose", "grew", "want", "wants", "went", "sat", "stood", "knew", "felt", "met", "paid")

// modifiers describe what is counted without being it: "4 million worldwide customers",
// "80 total availability zones". They never become the counted noun.
var modifiers = set("worldwide", "new", "more", "active", "total", "additional", "other",
	"extra", "further", "former", "current", "existing", "potential", "possible", "major",
	"minor", "small", "large", "big", "huge", "top", "senior", "junior", "young", "unique",
	"individual", "separate", "different", "various", "registered", "confirmed",
	"estimated", "known", "local", "foreign", "domestic", "international", "national",
	"global", "regional", "federal", "public", "private", "full-time", "part-time", "annual",
	"monthly", "daily", "weekly", "yearly", "quarterly", "average", "net", "gross", "u.s.",
	"so-called", "straight", "consecutive", "successive", "previous", "last", "first",
	"next", "much", "very", "many", "several", "few", "fewer", "less", "most", "mostly",
	"own", "same", "such", "whole", "entire", "full", "mere",
	"paid", "unpaid", "overseas", "american", "chinese", "cloud", "paying", "monthly-active",
	"daily-active", "available", "eligible", "likely", "probable", "suspected", "alleged",
	"reported", "official", "additional", "key", "main", "primary", "total", "combined",
	"cumulative", "fresh", "further", "extra", "old", "older", "younger", "high", "low",
	"higher", "lower", "long", "short", "early", "late", "recent", "past", "future", "actual",
	"real", "true", "free", "open", "vacant", "empty", "remaining", "missing", "living",
	"serving", "working", "existing", "outstanding", "participating", "voting", "unknown",
	"unidentified", "undisclosed", "unspecified", "key", "healthy", "white", "black", "brown",
	"similar", "tight", "strong", "weak", "good", "bad", "great", "little", "important",
	"poor", "rich", "best", "worst", "biggest", "largest", "smallest", "major", "prominent",
	"leading", "vast", "sudden", "serious", "critical", "separate", "distinct", "likely",
	"unlikely", "possible", "convenient", "different", "simple", "basic", "common", "rare",
	"popular", "famous", "obvious", "clear", "dozen", "odd", "such", "certain", "specific",
	"particular", "single", "double", "triple", "dead-end", "hard", "easy", "tough", "nice",
	"beautiful", "powerful", "wealthy", "hispanic", "latino", "muslim", "christian", "jewish")

// nounExceptions are nouns that end in -ed or -ing yet can name what is counted.
var nounExceptions = set("hundred", "red", "bed", "shed", "need", "seed", "speed", "feed",
	"creed", "greed", "weed", "sled", "breed", "thing", "morning", "evening", "building",
	"king", "ring", "spring", "string", "wing", "sibling", "offspring", "ceiling", "meeting",
	"painting", "wedding", "lightning", "funding", "housing", "training", "shooting",
	"killing", "bombing", "hearing", "briefing", "ruling", "filing", "listing", "rating",
	"ending", "opening", "setting", "swing", "sting", "warning", "recording", "reading",
	"proceeding", "ceiling", "landing", "sapling", "duckling", "seedling", "dead", "injured",
	"wounded", "unemployed", "insured", "uninsured", "deceased", "accused", "displaced",
	"detained", "disabled", "elderly", "undecided", "hospitalized", "hospitalised")

// irregularPlurals maps plural nouns that do not end in -s to their singular.
var irregularPlurals = map[string]string{
	"people": "person", "men": "man", "women": "woman", "children": "child", "feet": "foot",
	"teeth": "tooth", "mice": "mouse", "geese": "goose", "police": "police", "staff": "staff",
	"personnel": "personnel", "data": "data", "media": "media", "cattle": "cattle",
	"aircraft": "aircraft", "sheep": "sheep", "fish": "fish", "deer": "deer", "crew": "crew",
	"dead": "dead", "injured": "injured", "wounded": "wounded", "elderly": "elderly",
	"militia": "militia", "livestock": "livestock", "clergy": "clergy", "faculty": "faculty",
	"spacecraft": "spacecraft", "offspring": "offspring", "alumni": "alumnus",
	"criteria": "criterion", "phenomena": "phenomenon", "bacteria": "bacterium",
	"unemployed": "unemployed", "uninsured": "uninsured", "hospitalized": "hospitalized",
	"displaced": "displaced", "detained": "detained", "accused": "accused",
	"undecided": "undecided", "youth": "youth", "kin": "kin",
}

// pluralKeep are words that end in -s but are already singular.
var pluralKeep = set("news", "series", "species", "means", "bus", "gas", "lens", "chaos",
	"thesis", "crisis", "basis", "analysis", "diagnosis", "status", "census", "campus",
	"virus", "bonus", "focus", "corpus", "axis", "alias", "canvas", "atlas", "plus", "us",
	"this", "yes", "its", "his", "was", "has", "is", "does", "goes", "class", "glass")

// changeVerbs say that the number after them is a change, not a level: "grew 50%".
var changeVerbs = set("rise", "rises", "rose", "risen", "rising", "grow", "grows", "grew",
	"grown", "growing", "fall", "falls", "fell", "fallen", "falling", "increase",
	"increases", "increased", "increasing", "decrease", "decreases", "decreased",
	"decreasing", "jump", "jumps", "jumped", "jumping", "drop", "drops", "dropped",
	"dropping", "climb", "climbs", "climbed", "climbing", "surge", "surges", "surged",
	"surging", "soar", "soars", "soared", "soaring", "plunge", "plunges", "plunged",
	"plunging", "plummet", "plummets", "plummeted", "plummeting", "slide", "slides", "slid",
	"sliding", "slip", "slips", "slipped", "slipping", "sink", "sinks", "sank", "sunk",
	"sinking", "tumble", "tumbles", "tumbled", "tumbling", "gain", "gains", "gained",
	"gaining", "lose", "loses", "lost", "losing", "shed", "sheds", "shedding", "dip", "dips",
	"dipped", "dipping", "decline", "declines", "declined", "declining", "rally", "rallies",
	"rallied", "rallying", "spike", "spikes", "spiked", "spiking", "slump", "slumps",
	"slumped", "slumping", "shrink", "shrinks", "shrank", "shrunk", "shrinking", "expand",
	"expands", "expanded", "expanding", "boost", "boosts", "boosted", "boosting", "cut",
	"cuts", "cutting", "lower", "lowers",
	"lowered", "lowering", "add", "adds", "added", "adding", "widen", "widened", "narrow",
	"narrowed", "advance", "advanced", "advances", "retreat", "retreated", "slash",
	"slashed", "slashes", "tick", "ticked", "edge", "edged", "sag", "sagged", "tank",
	"tanked", "skyrocket", "skyrocketed", "balloon", "ballooned", "double", "doubled",
	"reduce", "reduced", "reduces", "trim", "trimmed", "up", "down", "swelled", "swell")

// changeNouns after a number make it a change: "a 50 percent increase".
var changeNouns = set("increase", "increases", "rise", "rises", "drop", "drops", "decline",
	"declines", "gain", "gains", "jump", "jumps", "growth", "fall", "falls", "decrease",
	"decreases", "cut", "cuts", "reduction", "reductions", "hike", "hikes", "surge",
	"surges", "boost", "loss", "losses", "slump", "uptick", "downturn", "climb", "dip",
	"plunge", "slide", "rebound", "spike", "higher", "lower", "more", "less", "fewer",
	"up", "down", "increment", "markup", "markdown", "discount", "premium", "raise")

// changeModifiers may stand between a number and its change noun: "50% year-over-year increase".
var changeModifiers = set("year-over-year", "year-on-year", "annual", "annualized",
	"annualised", "yearly", "quarterly", "monthly", "overall", "average", "sequential", "total")

// weekdays are skipped before dates and never name a counted thing.
var weekdays = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun")
