package verdict

import (
	"strings"
	"testing"

	"parallax/model/facts"
)

// quotation builds a quotation as extraction would.
func quotation(q string, elided bool) *facts.Quotation {
	w, p := facts.Words(q)
	return &facts.Quotation{Text: q, Words: w, Proper: p, Elided: elided}
}

// TestQuoteDiff: what counts as a change of words. Cases come from several
// stories' house styles: excerpts, elisions, transliterated names, compounds
// written open or closed, swapped function words, dropped negations.
func TestQuoteDiff(t *testing.T) {
	tests := []struct {
		a, b           string
		elidedA        bool
		wantShared     int
		wantChangedHas string // "" means no change expected
	}{
		{"we will not compromise safety", "we will never compromise safety", false, 4, "“not” → “never”"},
		{"we will compromise safety", "we will not compromise safety", false, 4, "adds “not”"},
		{"the existence of any review", "existence of any review", false, 4, ""},           // shorter excerpt
		{"the existence of any review today", "the existence of any review", false, 5, ""}, // trailing words cut
		{"we acted fast and we acted well", "we acted well", true, 3, ""},                  // elided middle
		{"a b c", "x y z", false, 0, ""},
		{"we may be barred from continuing", "we may be prohibited from continuing", false, 5, "“barred” → “prohibited”"},
		{"the work force is ready to go", "the workforce is ready to go", false, 5, ""},                // compound open or closed
		{"the regime of Qaddafi was brutal", "the regime of Gadhafi was brutal", false, 5, ""},         // transliteration
		{"and we will win at the Supreme Court", "and we will win in the Supreme Court", false, 7, ""}, // a preposition
		{"it will be a disaster for us", "it would be a disaster for us", false, 6, ""},                // will/would
		{"if we pass this bill it will help", "if we don't pass this bill it will help", false, 8, "adds “do not”"},
		{"they sent 12 devices to the office", "they sent 14 devices to the office", false, 6, "“12” → “14”"},
		{"I felt there was no way out of the room", "I felt there wasn't a way out of the room", false, 9, ""}, // a negation said another way
		{"he said no parent should have to choose between health and a vote", "parents should not have to choose between health and a vote", false, 9, ""},
		{"whether or not there is someone who can win", "whether or not there is not someone who can win", false, 7, "adds “not”"}, // one more denial
		{"to pass this bill soon would raise the risk", "if they don't pass this bill soon it will raise the risk", false, 7, "“to” → “if they do not”"},
		{"to pass this bill soon would raise the risk", "if they pass this bill soon it will raise the risk", false, 7, ""}, // another opening
		{"and then we left the city", "we left the city", false, 4, ""},
		// Contractions are house style: "don't" is "do not".
		{"do not forget the harbor", "don't forget the harbor", false, 5, ""},
		{"for those who have been left behind", "for those who've been left behind", false, 7, ""},
		{"we cannot fix the bridge", "we can never fix the bridge", false, 5, "“not” → “never”"},
		{"we're gonna go in there and win", "we're going to go in there and win", false, 9, ""},            // spoken form
		{"we will impeach the motherf***er today", "we will impeach the motherfucker today", false, 5, ""}, // starred out
		{"and I said to him that we won", "and I say to him that we won", false, 7, ""},                    // tense
		{"my name is Lee and I have a problem", "my name is Lee and I got a problem", false, 8, ""},        // auxiliary
		{"we reject his visit to the city", "we reject his message to the city", false, 6, "“visit” → “message”"},
		{"no matter how much they want to clean him up he has won", "no matter how much they want to clean Donald Trump up he has won", false, 12, ""}, // a name for its pronoun
		{"we will not let Mr. Perez down", "we will not let him down", false, 5, ""},
		{"we will not let Perez down", "we will not let Varga down", false, 5, "“perez” → “varga”"},
		{"I will not be a punching bag as part of anyone's defense strategy. I am not a villain of this story", "I will not be the villain of his story", false, 7, ""}, // two passages
		{"no progress was made over the last two weeks", "no progress was made over the lat two weeks", false, 8, ""},                                                   // a typo
		{"we are now ready to sign the deal", "we are not ready to sign the deal", false, 7, "“now” → “not”"},
		{"needless to say the war was not a choice", "the war was a choice", false, 5, "drops “not”"},
		{"we will fight on the beaches", "we will never give up and never surrender and fight on the beaches", false, 6, ""}, // a passage, not a flip                                                     // a shorter excerpt
		{"any matter related to the campaign for mayor", "any matter related to campaigns for mayor", false, 6, ""},          // inflected
		{"we saw them tweeting comments all day", "we saw them tweet and comment all day", false, 5, ""},
		{"a vital tool against terrorist threats", "a vital tool against terror threats", false, 5, ""}, // derived
		{"a gap between party leadership and voters", "a gap between party leaders and voters", false, 6, ""},
		{"the new plan is powerful", "the new plan is powerless", false, 4, "“powerful” → “powerless”"},
		{"the same small businesses tax hikes", "the same small-business tax hikes", false, 4, ""}, // compound and plural
		{"I chose Hong Kong as a base", "I chose HK as a base", false, 5, ""},                      // initials of a name
		{"I chose Hong Kong as a base", "I chose hk as a base", false, 5, ""},
		{"we don't want anyone who has a boat not to have a boat", "we don't want anyone who has a boat to not have a boat", false, 13, ""}, // a moved "not"
		{"we know that because that is how they graded it", "we know that 'cause that is how they graded it", false, 10, ""},                // spoken forms
		{"when somebody's the mayor the power is total", "when someone is the mayor the power is total", false, 9, ""},
		{"no I am not a crook", "no no I am not a crook", false, 6, ""},                                           // an answer repeated
		{"if you say there was no fraud they laugh", "if you say no there was no fraud they laugh", false, 9, ""}, // an answer before a negative clause
		{"if you say there was fraud they laugh", "if you say no there was fraud they laugh", false, 8, "adds “no”"},
		{"the brave men and woman of the agency", "the brave men and women of the agency", false, 7, ""}, // irregular plural
		// Two endings of a list that share "of the" by chance: another passage.
		{"it would harm our allies and the health of the world market", "it would harm our allies and the collapse of the arms control pact", false, 9, ""},
		{"it is a game of brinkmanship with our future", "it is a game of brinksmanship with our future", false, 8, ""}, // one word spelt two ways
		{"we will not sign it later today", "we will not sign it latter today", false, 6, "“later” → “latter”"},
		{"the town looses [sic] money on every bus", "the town loses money on every bus", true, 6, ""}, // the original's slip, marked and mended
		// Two words swapped around one function word: still a misquote.
		{"we see a firm pledge to settle this dispute", "we see a firm deal to end the dispute", false, 6, "“pledge” → “deal”"},
	}
	for _, tt := range tests {
		shared, changed := quoteDiff(quotation(tt.a, tt.elidedA), quotation(tt.b, false))
		if shared != tt.wantShared {
			t.Errorf("quoteDiff(%q, %q) shared = %d, want %d", tt.a, tt.b, shared, tt.wantShared)
		}
		var parts []string
		for _, c := range changed {
			parts = append(parts, c.String())
		}
		got := strings.Join(parts, "; ")
		if (tt.wantChangedHas == "") != (got == "") || !strings.Contains(got, tt.wantChangedHas) {
			t.Errorf("quoteDiff(%q, %q) changed = %q, want %q", tt.a, tt.b, got, tt.wantChangedHas)
		}
	}
}
