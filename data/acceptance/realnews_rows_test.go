package acceptance

// What a careful reader finds in the six real-news clusters: the rows that
// realnews_test.go asserts. Needles are short phrases, never whole sentences.

// realNews rows are asserted (corroborated, notConflict, superseded) or scored
// (conflict).
var realNews = []row{
	// Capital Gazette, June 2018. Reuters (Jun 29), The Hill and the
	// Washington Times (Jun 28).
	// Missed at present: the clash is between a quoted denial and a paraphrase,
	// with no figure, date or shared quotation for the engine to compare.
	{gazette, conflict, "police quoted as not knowing of a specific target vs police said to say he looked for specific people", []ref{
		{"the_hill", "targeting anyone specific", ""},
		{"washington_times", "looking for specific people", ""}}},
	{gazette, corroborated, "five killed, hedged and plain", []ref{
		{"reuters", "blasted his way through", "five"},
		{"the_hill", "several others were injured on Thursday", "five"},
		{"washington_times", "beef against his local newspaper", "five"}}},
	{gazette, corroborated, "Trump's tweet quoted alike", []ref{
		{"reuters", "My thoughts and prayers", ""},
		{"washington_times", "My thoughts and prayers", ""}}},
	{gazette, corroborated, "the reporter's tweet about the next day's paper", []ref{
		{"reuters", "putting out a damn paper", ""},
		{"washington_times", "putting out a damn paper", ""}}},
	{gazette, corroborated, "the chief's targeted-attack line", []ref{
		{"reuters", "targeted attack on the Capital Gazette", ""},
		{"the_hill", "targeted attack on the Capital Gazette", ""}}},
	// "several others" hurt against the police count of two is a conflict
	// (the judged stories score it); the five dead are not.
	{gazette, notConflict, "five dead in both", []ref{
		{"washington_times", "in addition to the five dead", "five"},
		{"the_hill", "several others were injured on Thursday", "five"},
		{"reuters", "survey the scene", "five"}}},
	{gazette, notConflict, "ages of different people: victims, suspect, a neighbour", []ref{
		{"reuters", "Rob Hiaasen, 59", ""},
		{"reuters", "Rebecca Smith, 34", ""},
		{"washington_times", "Lacy McKinney, 32", ""},
		{"washington_times", "Laurel resident", ""}}},
	{gazette, notConflict, "June 28 photo caption vs a tweet stamped June 29", []ref{
		{"reuters", "survey the scene", "June 28"},
		{"the_hill", "ABC News (@ABC)", "June 29"}}},
	{gazette, notConflict, "years of different events: suit, appeal, restraining order, founding", []ref{
		{"reuters", "In 2012, Ramos brought", ""},
		{"reuters", "second-highest court upheld", ""},
		{"washington_times", "intervene in 2013", ""},
		{"reuters", "traces its origins back", ""}}},
	{gazette, notConflict, "targeted attack credited to Krampf, to authorities, to police", []ref{
		{"the_hill", "deadly shooting at a newsroom", ""},
		{"washington_times", "Police called it a", ""}}},
	{gazette, notConflict, "overlapping pieces of one editor's tweets", []ref{
		{"reuters", "no position to speak, just know", ""},
		{"washington_times", "Please stop asking", ""}}},
	{gazette, notConflict, "response within a minute (a 911 call) vs 170 evacuated", []ref{
		{"reuters", "responded within a minute", ""},
		{"washington_times", "took only about a minute", ""},
		{"washington_times", "evacuating about 170", ""}}},

	// Cohen poll rigging, January 2019. Reuters, USA TODAY, Washington Times,
	// all Jan 17.
	{cohen, corroborated, "three-year prison sentence", []ref{
		{"reuters", "sentenced last month to three years", "three"},
		{"usa_today", "sentenced to three years in federal prison", "three"},
		{"washington_times", "sentenced to three years in prison", "three"}}},
	{cohen, corroborated, "5 percent in the Drudge poll", []ref{
		{"reuters", "Trump ranked fifth", "5 percent"},
		{"usa_today", "coming in fifth", "5 percent"}}},
	{cohen, corroborated, "$50,000 promised for the polls", []ref{
		{"usa_today", "Cohen offered him", "50,000"},
		{"washington_times", "went to Trump Tower to collect", "50,000"}}},
	{cohen, corroborated, "$50,000 reimbursement for tech services", []ref{
		{"usa_today", "to reimburse him", "50,000"},
		{"washington_times", "requested a $50,000 reimbursement", "50,000"}}},
	{cohen, corroborated, "about $12,000 in a Walmart bag", []ref{
		{"usa_today", "Walmart bag loaded with", "12,000"},
		{"washington_times", "blue Walmart bag with", "12,000"}}},
	{cohen, corroborated, "the Drudge poll in February 2015", []ref{
		{"reuters", "February 2015 Drudge Report poll", ""},
		{"usa_today", "In February 2015, Cohen asked", ""}}},
	{cohen, corroborated, "Cohen's tweet: at the direction of", []ref{
		{"reuters", "paid a firm to manipulate", ""},
		{"usa_today", "Cohen did not deny the report", ""}}},
	{cohen, corroborated, "Giuliani: completely untrustworthy (named once, then as the former mayor)", []ref{
		{"usa_today", "completely untrustworthy", ""},
		{"washington_times", "completely untrustworthy", ""}}},
	{cohen, corroborated, "the account's bio quoted alike", []ref{
		{"usa_today", "reads the account profile", ""},
		{"washington_times", "Its bio describes Cohen", ""}}},
	{cohen, notConflict, "promised $50,000 vs about $12,000 paid", []ref{
		{"usa_today", "Cohen offered him", ""},
		{"washington_times", "blue Walmart bag with", ""},
		{"usa_today", "only paid Gauger", ""}}},
	{cohen, notConflict, "votes, followers and hush money are different counts", []ref{
		{"reuters", "Trump ranked fifth", ""},
		{"usa_today", "527 followers", ""},
		{"usa_today", "in hush money paid", ""}}},
	{cohen, notConflict, "different polls in different years", []ref{
		{"usa_today", "In January 2014, Cohen asked", ""},
		{"washington_times", "asked in 2014 to manipulate", ""},
		{"usa_today", "In February 2015, Cohen asked", ""}}},
	{cohen, notConflict, "partial lists of the crimes behind one sentence", []ref{
		{"usa_today", "sentenced to three years in federal prison", ""},
		{"washington_times", "sentenced to three years in prison", ""}}},

	// Mattis resignation, December 2018. NYT and HuffPost on Dec 20; Fox News
	// on Dec 23, after Trump moved the departure up to January 1.
	{mattis, superseded, "end of February (letter) vs January 1 (Trump's later announcement)", []ref{
		{"huffpost", "final day in office", ""},
		{"fox_news", "leaving the administration on January 1", ""}}},
	{mattis, corroborated, "about 2,000 troops in Syria", []ref{
		{"fox_news", "pull all 2,000 troops", "2,000"},
		{"nyt", "withdraw roughly 2,000 American troops", "2,000"}}},
	{mattis, corroborated, "Mattis is 68", []ref{
		{"fox_news", "Mattis, 68", "68"},
		{"nyt", "Mattis, 68", "68"}}},
	{mattis, corroborated, "the letter's step-down line", []ref{
		{"huffpost", "differing views on Russian", ""},
		{"nyt", "Because you have the right", ""}}},
	{mattis, notConflict, "troops in Syria, Afghanistan, Korea, worldwide, and war dead", []ref{
		{"fox_news", "pull all 2,000 troops", ""},
		{"fox_news", "2,400 American soldiers", ""},
		{"nyt", "25,000 American troops", ""},
		{"nyt", "1.3 million active-duty", ""},
		{"nyt", "about 7,000 troops will be withdrawn", ""}}},
	{mattis, notConflict, "first in 40 years vs first since 1980; four decades of service", []ref{
		{"fox_news", "first Cabinet official in 40 years", ""},
		{"nyt", "since 1980", ""},
		{"huffpost", "more than four decades", ""}}},
	{mattis, notConflict, "dates of different people's moves", []ref{
		{"fox_news", "joined the Pentagon in July 2017", ""},
		{"fox_news", "resignation is effective December 31", ""},
		{"huffpost", "final day in office", ""}}},
	{mattis, notConflict, "budget, staff tenure and war length", []ref{
		{"huffpost", "earmarked $700 billion", ""},
		{"huffpost", "lasted barely six months", ""},
		{"nyt", "17-year war", ""}}},

	// Pensacola al-Qaida link, May 2020. AP, CNN, Washington Times, all May 18.
	{pensacola, corroborated, "three sailors killed", []ref{
		{"associated_press", "The gunman who killed three", "three"},
		{"cnn", "killed three US sailors", "three"},
		{"washington_times", "killed three U.S. sailors", "three"}}},
	{pensacola, corroborated, "a 15-minute attack", []ref{
		{"cnn", "15-minute shooting spree", "15"},
		{"washington_times", "about 15 minutes into the attack", "15"}}},
	{pensacola, corroborated, "the brutal culmination, quoted whole and in part", []ref{
		{"associated_press", "brutal culmination", ""},
		{"cnn", "brutal culmination", ""},
		{"washington_times", "brutal culmination", ""}}},
	{pensacola, corroborated, "Apple's backdoor statement", []ref{
		{"associated_press", "take our responsibility to national security", ""},
		{"cnn", "take our responsibility to national security", ""},
		{"washington_times", "take our responsibility to national security", ""}}},
	{pensacola, corroborated, "no backdoor just for the good guys", []ref{
		{"associated_press", "just for the good guys", ""},
		{"cnn", "just for the good guys", ""}}},
	{pensacola, corroborated, "a business and marketing decision", []ref{
		{"cnn", "business and marketing decision", ""},
		{"washington_times", "business and marketing decision", ""}}},
	{pensacola, corroborated, "a final will, quoted alike", []ref{
		{"cnn", "final will purporting", ""},
		{"washington_times", "final will purporting", ""}}},
	{pensacola, corroborated, "every piece of information available", []ref{
		{"associated_press", "every piece of information", ""},
		{"washington_times", "every piece of information", ""}}},
	{pensacola, corroborated, "full support to our American counterparts", []ref{
		{"cnn", "full support to our American", ""},
		{"washington_times", "full support to our American", ""}}},
	{pensacola, notConflict, "three killed in Pensacola vs nearly 3,000 on 9/11: not a 1,000x slip", []ref{
		{"cnn", "nearly 3,000 people dead", ""},
		{"washington_times", "wounded eight others", ""},
		{"associated_press", "The gunman who killed three", ""}}},
	{pensacola, notConflict, "21 students sent home vs a 21-year-old gunman", []ref{
		{"associated_press", "sending home 21", ""},
		{"washington_times", "wounded eight others", ""}}},
	{pensacola, notConflict, "different announcements in January and February", []ref{
		{"associated_press", "In January, U.S. officials", ""},
		{"cnn", "In February, the White House", ""}}},
	{pensacola, notConflict, "hours before vs two hours before the attack", []ref{
		{"associated_press", "just hours before the shooting", ""},
		{"cnn", "two hours before the attack", ""}}},
	{pensacola, notConflict, "different quotes that start alike", []ref{
		{"associated_press", "clearer understanding", ""},
		{"washington_times", "false claims made about our company", ""},
		{"associated_press", "never let the terrorists win", ""}}},

	// Scalise shooting, June 2017. CBN, CNN, Vox, all Jun 14 (Vox updated to
	// Friday).
	{scalise, corroborated, "the gunman was 66", []ref{
		{"cbn", "Hodgkinson, 66", "66"},
		{"cnn", "Hodgkinson, 66", "66"},
		{"vox", "identified by police officials", "66"}}},
	{scalise, corroborated, "two Capitol Police officers hurt", []ref{
		{"cbn", "two members of the U.S. Capitol Police", "two"},
		{"cnn", "Crystal Griner and David Bailey", "two"},
		{"vox", "Four others, including", "two"}}},
	{scalise, corroborated, "Sanders's statement quoted alike", []ref{
		{"cbn", "sickened by this despicable act", ""},
		{"cnn", "sickened by this despicable act", ""}}},
	{scalise, corroborated, "the hospital's words, travelled/traveled", []ref{
		{"cbn", "across his pelvis", ""},
		{"cnn", "across his pelvis", ""}}},
	{scalise, notConflict, "at least six hospitalized vs five taken by ambulance incl. the gunman", []ref{
		{"cnn", "At least six people", ""},
		{"vox", "Five people, including the gunman", ""},
		{"vox", "Five individuals were transported", ""}}},
	{scalise, notConflict, "four others hit vs the Giffords toll of 2011", []ref{
		{"vox", "Four others, including", ""},
		{"cnn", "six others were killed", ""}}},
	{scalise, notConflict, "times of different moments: call, arrival, shots", []ref{
		{"cbn", "being shot around", ""},
		{"vox", "At approximately 7:09", ""},
		{"vox", "They arrived at", ""},
		{"vox", "shot at approximately", ""}}},
	{scalise, notConflict, "massacre line said by more than one lawmaker", []ref{
		{"cbn", "would have been a massacre", ""},
		{"cnn", "told CNN", ""},
		{"vox", "would have been a massacre", ""}}},
	{scalise, notConflict, "about 50 shots vs dozens vs minutes and yards", []ref{
		{"vox", "heard about 50 shots", ""},
		{"cbn", "being shot around", ""},
		{"vox", "arrived three minutes later", ""},
		{"cnn", "felt like 10 minutes", ""}}},
	{scalise, notConflict, "different events in 2011 and in March", []ref{
		{"cbn", "In October 2011", ""},
		{"cnn", "since former Arizona Rep.", ""},
		{"vox", "in Virginia since March", "March"}, // its name, misspelt elsewhere, is another matter
		{"cnn", "On March 22", ""}}},
	{scalise, notConflict, "pistol and rifle calibres", []ref{
		{"vox", "the two weapons were", ""},
		{"cnn", "two firearms recovered", ""}}},

	// Transgender military ban, July 2017. Fox News, USA TODAY, Washington
	// Times, all Jul 26.
	{transgender, corroborated, "the tweet: will not accept or allow", []ref{
		{"fox_news", "After consultation with my Generals", ""},
		{"washington_times", "After consultation with my Generals", ""},
		{"usa_today", "In a series of morning tweets", ""}}},
	{transgender, corroborated, "the tweet: decisive and overwhelming victory", []ref{
		{"usa_today", "must be focused on decisive", ""},
		{"washington_times", "Our military must be focused on decisive", ""}}},
	{transgender, corroborated, "Perkins: keeping his promise", []ref{
		{"fox_news", "keeping his promise", ""},
		{"washington_times", "keeping his promise", ""}}},
	{transgender, corroborated, "Perkins: focus on winning wars", []ref{
		{"fox_news", "can now focus its efforts", ""},
		{"washington_times", "can now focus its efforts", ""}}},
	{transgender, corroborated, "McCain: policy by Twitter", []ref{
		{"fox_news", "yet another example", ""},
		{"usa_today", "yet another example", ""}}},
	{transgender, corroborated, "Carter: already serving capably and honorably", []ref{
		{"fox_news", "To choose service members", ""},
		{"usa_today", "There are already transgender", ""}}},
	{transgender, corroborated, "Carter: the wrong signal", []ref{
		{"fox_news", "send the wrong signal", ""},
		{"usa_today", "send the wrong signal", ""}}},
	{transgender, corroborated, "the Pentagon will address the new guidance", []ref{
		{"fox_news", "address the new guidance", ""},
		{"usa_today", "address the new guidance", ""}}},
	{transgender, notConflict, "RAND ranges for active duty and reserves vs an estimated 6,000", []ref{
		{"fox_news", "A RAND study found", ""},
		{"usa_today", "estimated 6,000", ""}}},
	{transgender, notConflict, "Clinton's name added in brackets", []ref{
		{"fox_news", "during the campaign season", ""},
		{"usa_today", "I will fight for you", ""}}},
	{transgender, notConflict, "six months of review vs six months in office", []ref{
		{"fox_news", "another six months", ""},
		{"usa_today", "During his six months in office", ""}}},
	{transgender, notConflict, "dates of different steps: deadlines, a vote, the old policy", []ref{
		{"fox_news", "deadline for that review", ""},
		{"fox_news", "until July 1", ""},
		{"usa_today", "narrowly defeated on July 13", ""},
		{"usa_today", "policy announced in July 2016", ""},
		{"fox_news", "Since Oct. 1", ""}}},
	{transgender, notConflict, "same speakers, different quotes", []ref{
		{"usa_today", "eliminate regulations by tweet", ""},
		{"washington_times", "score cheap political points", ""},
		{"fox_news", "cruel and arbitrary", ""},
		{"usa_today", "this fight is not over", ""},
		{"usa_today", "as our nation faces", ""},
		{"washington_times", "The last thing we should be doing", ""}}},
	{transgender, notConflict, "the cost of care: $8 million a year", []ref{
		{"usa_today", "no more than $8 million", ""}}},

	// Two photo captions of one day, worded differently.
	{cohen, corroborated, "sentencing photo of December 12, 2018", []ref{
		{"reuters", "exits the U.S. Courthouse", ""},
		{"usa_today", "departs after sentencing", ""}}},
	// "some 7,000 soldiers" and "about 7,000 troops": soldiers and troops are
	// one counted thing.
	{mattis, corroborated, "about 7,000 troops out of Afghanistan", []ref{
		{"fox_news", "some 7,000 soldiers", "7,000"},
		{"nyt", "about 7,000 troops will be withdrawn", "7,000"}}},
	// "eight other people were injured" and "wounded eight others": injured
	// and wounded are one thing.
	{pensacola, corroborated, "eight others hurt", []ref{
		{"associated_press", "eight other people were injured", "eight"},
		{"washington_times", "wounded eight others", "eight"}}},
	// "two iPhones" in three wordings.
	{pensacola, corroborated, "two iPhones", []ref{
		{"associated_press", "extract data from two iPhones", "two"},
		{"cnn", "data stored on two iPhones", "two"},
		{"washington_times", "two of his iPhones", "two"}}},
	// The year 2015, each sentence quoting one word ("significant").
	{pensacola, corroborated, "ties dating to 2015, called significant", []ref{
		{"cnn", "as far back as 2015", ""},
		{"washington_times", "dated to 2015", ""}}},
	// The three-word quotation "effectively no help", whole in each outlet.
	{pensacola, corroborated, "effectively no help", []ref{
		{"associated_press", "effectively no help", ""},
		{"cnn", "effectively no help", ""},
		{"washington_times", "effectively no help", ""}}},
	// "two firearms" and "two weapons": one counted thing.
	{scalise, corroborated, "two guns recovered", []ref{
		{"cnn", "two firearms recovered", "two"},
		{"vox", "the two weapons were", "two"}}},
}
