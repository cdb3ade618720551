package entity

import "strings"

// lex is a set of word classes a lower-cased word belongs to.
type lex uint64

// Word classes. One word can be in several (e.g. "mark": common and a first name).
const (
	wCommon       lex = 1 << iota // everyday English word: not a name on its own at a sentence start
	wStop                         // function word (the, but, in): never starts a name
	wTitle                        // title that marks the following name as a person (President, Sen.)
	wMod                          // word that may precede a title (former, acting, defense)
	wOrgKW                        // organisation keyword (Department, Bank, Times)
	wPlaceKW                      // place keyword (County, Valley, Peninsula)
	wOtherKW                      // event/product keyword (War, Olympics, Quadrant)
	wFirst                        // common given name
	wMonth                        // month name or abbreviation
	wDay                          // weekday name
	wDemonym                      // nationality, party or creed adjective: not an entity on its own
	wPlace                        // place gazetteer entry
	wOrg                          // well-known organisation
	wOther                        // well-known event, product or holiday
	wJunk                         // short form that never names anything here (PM, CEO, ADR)
	wParticle                     // name particle (al, bin, van, de)
	wOrgCue                       // lower-case noun that introduces an organisation ("research firm")
	wPersonCue                    // lower-case noun that introduces a person ("spokesman")
	wSpeech                       // verb of saying that follows a person's name
	wDept                         // word inside a "Secretary of X" title
	wCorpSuffix                   // corporate form (Inc., Ltd.)
	wPersonSuffix                 // Jr., Sr., III
	wOfHead                       // word that may be followed by "of" inside a name
	wForHead                      // word that may be followed by "for"/"on" inside a name
	wOfTitle                      // title that takes "of X" (Secretary of State)
	wPlaceAcr                     // acronym that names a place (US, UK)
	wPossName                     // word whose possessive stays inside a name (People's Republic)
	wPlaceHead                    // "of" head that makes a place (Republic, Gulf)
	wDet                          // article dropped from the front of any name (The Washington Post)
	wCountry                      // a country, its acronym or its adjective: a prefix dropped when matching names
	wAcrOnly                      // a name only when written in capitals (US, WHO, UN)
	wPreMod                       // never starts a name: former, acting, ex
	wPhraseFirst                  // first word of a multi-word gazetteer entry
)

// lexicon maps a lower-case word (dots removed, curly apostrophes straightened)
// to its classes; phrases maps multi-word gazetteer entries the same way.
// Both are built once at init and only read afterwards.
var lexicon, phrases = buildLexicon()

func buildLexicon() (map[string]lex, map[string]lex) {
	words := make(map[string]lex, 6000)
	multi := make(map[string]lex, 600)
	addFields := func(list string, bits lex) {
		for _, w := range strings.Fields(list) {
			words[normWord(w)] |= bits
		}
	}
	addEntries := func(list string, bits lex) {
		for _, e := range strings.Split(list, ",") {
			e = normPhrase(e)
			if e == "" {
				continue
			}
			if first, _, ok := strings.Cut(e, " "); !ok {
				words[e] |= bits
			} else {
				multi[e] |= bits
				words[first] |= wPhraseFirst
			}
		}
	}
	addFields(stopWords, wStop|wCommon)
	addFields("the a an", wDet)
	addFields(commonWords, wCommon)
	addFields(titleWords, wTitle)
	addFields(modWords, wMod)
	addFields(orgKeywords, wOrgKW)
	addFields(placeKeywords, wPlaceKW)
	addFields(otherKeywords, wOtherKW)
	addFields(firstNames, wFirst)
	addFields(monthWords, wMonth)
	addFields(dayWords, wDay)
	addFields(junkWords, wJunk)
	addFields(particleWords, wParticle)
	addFields(orgCueWords, wOrgCue)
	addFields(personCueWords, wPersonCue)
	addFields(speechWords, wSpeech)
	addFields(deptWords, wDept)
	addFields(corpSuffixes, wCorpSuffix)
	addFields(personSuffixes, wPersonSuffix)
	addFields(ofHeads, wOfHead)
	addFields(forHeads, wForHead)
	addFields(ofTitles, wOfTitle)
	addFields(placeAcronyms, wPlaceAcr|wPlace)
	addFields(possNames, wPossName)
	addFields(placeHeads, wPlaceHead|wOfHead)
	for _, e := range strings.Split(demonyms, ",") {
		adj, country, ok := strings.Cut(e, ":")
		if ok {
			addEntries(adj, wDemonym|wCountry)
			addEntries(country, wCountry)
		} else {
			addEntries(adj, wDemonym)
		}
	}
	addFields("us usa uk uae prc dprk rok ussr", wCountry)
	addFields("us uk who un eu ap", wAcrOnly)
	addFields(preMods, wPreMod|wMod|wCommon)
	addEntries(countries, wPlace|wCountry)
	addEntries(usStates, wPlace)
	addEntries(cities, wPlace)
	addEntries(regions, wPlace)
	addEntries(knownOrgs, wOrg)
	addEntries(knownOther, wOther)
	addEntries(boilerplate, wJunk)
	return words, multi
}

// demonymCountry maps a nationality adjective to its country, for telling
// "U.S. Commerce Department" from "Chinese Commerce Ministry".
var demonymCountry = buildDemonymCountry()

func buildDemonymCountry() map[string]string {
	m := make(map[string]string, 64)
	for _, e := range strings.Split(demonyms, ",") {
		adj, country, ok := strings.Cut(e, ":")
		if ok {
			m[normPhrase(adj)] = normPhrase(country)
		}
	}
	return m
}

// normWord lower-cases a word, drops dots and straightens apostrophes.
func normWord(w string) string {
	return string(appendNorm(nil, w))
}

// normPhrase is normWord for a phrase: words are joined by single spaces.
func normPhrase(p string) string {
	var b []byte
	for _, w := range strings.Fields(p) {
		if len(b) > 0 {
			b = append(b, ' ')
		}
		b = appendNorm(b, w)
	}
	return string(b)
}

const stopWords = `the a an and or but nor so yet for in on at by of to from with without as if when while
after before since until because although though however also even just only then there here this that these
those it its it's he she they we you i his her their our your my me him them what which who whom whose why how
where whether once unless whereas both either neither each every all any some no not none such another other
others than too very is are was were be been being have has had do does did will would could should may might
must can shall let about above below across against along amid amidst among around behind beyond despite
during inside into onto outside over through throughout toward towards under upon via within per like unlike
according meanwhile furthermore moreover nevertheless nonetheless thus therefore hence instead indeed besides
otherwise whatever whoever whenever wherever yes oh hey plus
i'm i've i'll i'd we're we've we'll we'd you're you've you'll they're they've they'll he's she's it's that's
there's what's who's let's don't can't won't isn't aren't wasn't weren't didn't doesn't couldn't wouldn't
shouldn't here's
one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands`

const commonWords = `say says said tell tells told ask asks asked make makes made take takes took get gets got give gives
gave go goes went gone come comes came see sees saw seen know knows knew think thinks thought want wants wanted
look looks looked use uses used find finds found work works worked call calls called try tries tried need needs
needed feel felt become became leave leaves left put mean means meant keep keeps kept begin began begun seem
seems seemed help helps helped talk talks talked turn turns turned start starts started show shows showed shown
hear heard play plays played run runs ran move moves moved live lives lived believe believes believed hold holds
held bring brings brought happen happened write writes wrote written provide provides provided sit stand stood
lose lost pay paid meet met include includes included including continue continues continued set learn change
changed lead leads led understand watch watched follow follows followed following stop stopped create created
speak spoke read allow allowed add added adding spend spent grow grew grown growing open opened walk win won
offer offered remember love consider considered appear appeared buy bought wait serve served die died send sent
expect expected build built stay fall fell cut reach reached kill killed killing remain remains remained suggest
suggested raise raised pass passed sell sold require required report reported reports reporting decide decided
pull pulled announce announced launch launched review reviewed block blocked ban banned force forced choose
reduce reduced access store stored steal deny denied accuse accused charge charged arrest arrested investigate
investigating probe probes plan plans planned fear fears warn warned warning vote voted sign signed approve
approved reject rejected fire fired resign resigned retire retired attack attacked shoot shot claim claimed
confirm confirmed suspend suspended according asking getting going having making saying taking trying
people person time times year years way day days man men woman women child children world life hand part place
case week weeks company companies system program question number night point home water room mother area money
story fact month months lot right study book eye job word business issue side kind head service friend father
power hour hours game line end member members law car city community name team minute idea kid body
information back parent face level door health art war history result morning reason research girl guy moment
air teacher education cloud data security technology tech market markets shares share stock stocks revenue
sales price prices news media official officials source sources investigation concern concerns risk risks
scrutiny regulators authorities troops forces military government governments country countries state states
nation nations effort efforts decision decisions action actions statement statements letter letters campaign
election elections policy policies deal deals plan agreement trade economy growth rate rates cost costs tax
taxes budget fund funds support attack attacks shooting shootings victim victims police officer officers
suspect suspects gunman shooter family families school schools student students court judge jury trial case
charges crime crimes evidence lawsuit lawyers lawyer attorney attorneys critics supporters opponents experts
analysts investors customers users consumers workers employees staff leaders leader members group groups
unit units firm firms agency agencies department departments office offices administration bureau
committee committees council commission party parties network networks industry industries
big small large great good bad high low long short major minor top key main public private national
international foreign domestic local global political economic social official senior special total full
real true false free clear likely possible important certain sure able similar different same own whole
best better worse worst least less little only single entire various potential latest online digital cyber
first second third fourth fifth last next new old former recent recently earlier later late early now today
yesterday tomorrow tonight still already again ago ever never always often sometimes perhaps maybe rather
separately previously ultimately eventually finally initially currently similarly likewise specifically
overall together additionally especially particularly certainly clearly actually really simply basically
one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand
million millions billion billions dozen dozens half many more most much several few lots plenty
breaking exclusive update updated related advertisement sponsored subscribe click skip scroll read
listen photo photos video videos image images caption credit author publish published date copyright file
logo close target well left right nation super strong fake marine numb defiant traces eyewitnesses eyewitness print email follow comments comment share shared more editor editors note notes opinion analysis
analysis background contact sign newsletter newsletters recommended recommends continue reading
tensions tension pressure concerns findings finding criticism response responses results instance example
rather meanwhile whereas tuesday's nearly almost approximately roughly around about some
online security cloud servers server business shares tech regulators feds investigators probe
prior months weeks years decades hours minutes earlier months sources officials
yes thank thanks please welcome crazy great sad happy sorry wow okay
grandstander enough everyone everybody someone somebody anyone anybody nobody nothing something anything
everything whoever whatever wherever whenever however
ground grounds troops soldiers sailors forces allies ally enemy enemies threat threats
department office agency bank group party court university college school news times post press
white black red blue green general federal central united royal democratic republican
shares stock market markets economy trade prices price law laws bill bills act acts rule rules
defense security intelligence justice health energy commerce treasury labor education transportation
agriculture interior housing veterans homeland foreign state`

const titleWords = `president vice-president president-elect secretary undersecretary senator sen sens rep reps representative
congressman congresswoman gov governor lt lieutenant mayor mr mrs ms miss mx dr prof professor gen general adm
admiral col colonel maj major capt captain sgt sergeant cpl corporal pvt private commander cmdr judge justice
chancellor minister premier king queen prince princess pope rev reverend bishop archbishop cardinal rabbi imam
sheikh sheik ayatollah emir sultan director chairman chairwoman chairperson commissioner ambassador speaker
leader spokesman spokeswoman spokesperson sheriff deputy chief coach dean lord lady sir dame superintendent
supt attorney councilman councilwoman councilmember assemblyman assemblywoman del delegate det detective
officer agent trooper marshal envoy whip administrator ceo cfo founder producer reporter correspondent editor
photographer anchor counsel vp executive`

const modWords = `deputy vice assistant associate senior junior executive chief first principal special general
managing top under crown grand supreme majority minority ranking defense defence commerce state treasury
homeland security communications press foreign health energy justice labor education transportation
agriculture interior housing veterans national intelligence naval republican democratic democrat gop
independent attorney staff economic trade finance financial budget information technology public affairs
relations operations policy four-star three-star two-star rear prime`

// preMods never begin a name: "Former President Trump" is Trump, "Ex-Trump lawyer" names Trump.
const preMods = `former acting then late ex retired incoming outgoing longtime interim anti pro non post pre mid`

const orgKeywords = `department departments dept bureau office agency agencies administration commission committee council
ministry inc corp corporation company co group holdings holding bank university college school institute
institution foundation association society union federation league party court congress senate parliament
assembly police news times post journal herald tribune gazette chronicle daily reuters network networks
broadcasting media magazine radio television channel airlines airways motors technologies systems software
labs laboratories industries enterprises enterprise partners capital ventures fund trust services solutions
pharmaceuticals pharma petroleum bancorp financial insurance securities exchange reserve command corps army
navy force forces guard service authority board center centre organization organisation alliance coalition
church hospital clinic museum library embassy consulate cabinet club team brigade battalion regiment division
caucus directorate secretariat tribunal chamber cooperative consortium studios studio records pictures
entertainment brands stores academy commonwealth`

const placeKeywords = `county province river valley island islands isles bay sea ocean lake lakes mountains mountain mount
peninsula region gulf strait straits desert coast city town village township parish borough prefecture oblast
territory territories heights hills springs beach canyon park square street avenue road highway airport
harbor harbour plaza bridge`

const otherKeywords = `war olympics games cup championship award awards prize summit conference festival act accord accords
agreement strategy initiative doctrine program programme quadrant index day week series expo marathon crisis
revolution pandemic covid covid-19 treaty protocol convention amendment`

const monthWords = `january february march april may june july august september october november december jan feb mar apr
jun jul aug sep sept oct nov dec`

const dayWords = `monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun`

const junkWords = `am pm ceo cfo coo cto cio gdp tv ok et est edt pst pdt cst cdt gmt utc id pdf url faq adr adrs ipo etf
rss usb dna rna phd mba lol omg vs etc ps re fwd vp ad ads`

const particleWords = `al el bin ibn bint van von de da del della di du la le der den dos das ter abu`

const orgCueWords = `firm firms company companies giant giants maker makers manufacturer group agency bank lender insurer
carrier retailer startup start-up conglomerate newspaper paper outlet publication network broadcaster channel
website platform subsidiary unit affiliate rival rivals automaker carmaker chipmaker airline supplier provider
operator developer publisher studio brand chain fund nonprofit non-profit charity organization organisation
institute university watchdog regulator exchange consultancy club team union tabloid magazine wire broker
think-tank tank parent`

const personCueWords = `president secretary senator spokesman spokeswoman spokesperson director chairman chairwoman chief minister
ambassador judge official officer executive analyst economist professor lawyer attorney adviser advisor aide
author journalist reporter columnist writer editor founder investor actor actress singer rapper player coach
mayor governor lawmaker congressman congresswoman candidate nominee commander general colonel sergeant
detective deputy sheriff prosecutor activist researcher scientist doctor student cadet gunman shooter suspect
victim son daughter wife husband brother sister mother father friend colleague envoy negotiator billionaire
businessman businesswoman entrepreneur ceo publisher owner manager economist strategist pollster staffer
whistleblower trainee`

const speechWords = `said says told tells wrote writes tweeted added testified explained noted argued stated recalled insisted
warned replied responded acknowledged admitted asked urged conceded recounted`

const deptWords = `state defense defence homeland security treasury commerce health human services labor energy education
transportation agriculture interior justice veterans affairs housing urban development staff national
intelligence foreign home the and navy army air force war management budget public house senate
representatives commons`

const corpSuffixes = `inc corp corporation co ltd limited llc plc lp llp ag sa nv gmbh bv pty`

const personSuffixes = `jr sr ii iii iv`

const ofHeads = `department bureau office ministry bank university republic kingdom secretary council commission committee
institute board court church museum house gulf sea bay isle cape lake federation union association college
school academy center centre chamber group embassy consulate director minister chief organization
organisation society order knights daughters sons friends division army party conference congress assembly
parliament sultanate emirate principality commonwealth district institute foundation fund authority agency
corps service states city port duke prince queen king times speaker islands strait straits`

const placeHeads = `republic kingdom gulf sea bay isle cape lake sultanate emirate principality commonwealth district states
islands strait straits`

const forHeads = `center centre institute committee council foundation alliance coalition campaign association society fund
office quadrant commission agency network partnership organization organisation union federation party
centers league`

const ofTitles = `secretary undersecretary director minister chief chairman commissioner administrator speaker`

const placeAcronyms = `us usa uk uae dc prc dprk rok ussr nyc`

const possNames = `people children women men veterans workers farmers citizens mcdonald macy moody lloyd sotheby christie
wendy denny kohl dillard domino applebee hardee`
