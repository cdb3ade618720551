package quantity

import "testing"

func TestParseTimes(t *testing.T) {
	runParseCases(t, []parseCase{
		{"hour with p.m.", "The shooting began at 5 p.m. on Friday.",
			[]want{{"5 p.m.", Time, 1020, 990, 1050, "", "", false}}},
		{"minutes with a.m.", "The alarm sounded at 7:15 a.m.",
			[]want{{"7:15 a.m.", Time, 435, 435, 435, "", "", false}}},
		{"around", "Police got the call around 7:09 am.",
			[]want{{"around 7:09 am", Time, 429, 424, 434, "", "around", false}}},
		{"noon", "The rally started at noon.",
			[]want{{"noon", Time, 720, 690, 750, "", "", false}}},
		{"12 noon", "Doors open at 12 noon.",
			[]want{{"12 noon", Time, 720, 690, 750, "", "", false}}},
		{"shortly after midnight", "Talks broke off shortly after midnight.",
			[]want{{"shortly after midnight", Time, 0, 0, 30, "", "shortly after", false}}},
		{"just before", "The plane landed just before 6:40 p.m.",
			[]want{{"just before 6:40 p.m.", Time, 1120, 1090, 1120, "", "just before", false}}},
		{"nearly", "The vote ended nearly 2 a.m.",
			[]want{{"nearly 2 a.m.", Time, 120, 85, 120, "", "nearly", false}}},
		{"glued pm", "Markets shut at 4pm.",
			[]want{{"4pm", Time, 960, 930, 990, "", "", false}}},
		{"span with a zone", "Polls are open from 7 a.m. to 8 p.m. ET.",
			[]want{{"7 a.m. to 8 p.m. ET", Time, 810, 420, 1200, "ET", "", false}}},
		{"between", "The curfew starts between 10 and 11 p.m.",
			[]want{{"between 10 and 11 p.m.", Time, 1350, 1320, 1380, "", "", false}}},
		{"span across noon", "Lunch is served 11 to 1 p.m.",
			[]want{{"11 to 1 p.m.", Time, 720, 660, 780, "", "", false}}},
		{"span across midnight", "The curfew runs 10 p.m. to 5 a.m.",
			[]want{{"10 p.m. to 5 a.m.", Time, 1530, 1320, 1740, "", "", false}}},
		{"24-hour with a zone", "The jet landed at 19:30 GMT.",
			[]want{{"19:30 GMT", Time, 1170, 1170, 1170, "GMT", "", false}}},
		{"British dot", "He left the hotel at 7.15pm.",
			[]want{{"7.15pm", Time, 1155, 1155, 1155, "", "", false}}},
		{"noon deadline", "Lawyers met the noon deadline.",
			[]want{{"noon", Time, 720, 690, 750, "", "", false}}},

		{"phone number", "Call 555-0100 for details.", nil},
		{"score", "The visitors won 5-3.", nil},
		{"ratio", "Shares split 3:1 in March.",
			[]want{{"March", Date, 300, 301, 331, "", "", false}}},
		{"verse", "He quoted John 3:16 at length.", nil},
		{"race time", "She ran the course in 3:45:02.", nil},
		{"video length", "Watch the clip 02:36", nil},
		{"morning or evening", "We meet at 11:10 and again at 6 o'clock.", nil},
		{"update stamp", "Updated 11:10 PM ET, Tue", nil},
		{"dateline stamp", "Tuesday, Jan 18, 2022 - 11:10 PM",
			[]want{{"Jan 18, 2022", Date, 20220118, 20220118, 20220118, "", "", false}}},
		{"a band", "The crowd sang along as Midnight Oil played.", nil},
		{"thirteen p.m.", "It ended at 13 p.m.", nil},
	})
}

func TestTimePairs(t *testing.T) {
	cases := []struct {
		name                   string
		p                      pair
		comparable, compatible bool
	}{
		{"evening against morning",
			pair{"It began at 5 p.m.", "5 p.m.", "It began at 7:15 a.m.", "7:15 a.m."}, true, false},
		{"around holds a nearby minute",
			pair{"The call came around 7:09 am.", "around 7:09 am", "The call came at 7:12 a.m.", "7:12 a.m."}, true, true},
		{"exact minutes apart",
			pair{"The call came at 7:09 a.m.", "7:09 a.m.", "The call came at 7:15 a.m.", "7:15 a.m."}, true, false},
		{"the hour holds its minutes",
			pair{"It began at 5 p.m.", "5 p.m.", "It began at 5:20 p.m.", "5:20 p.m."}, true, true},
		{"across midnight",
			pair{"Police came at about 11:58 p.m.", "about 11:58 p.m.", "Police came at 12:02 a.m.", "12:02 a.m."}, true, true},
		{"a few minutes is the most around allows",
			pair{"The call came around 7:09 am.", "around 7:09 am", "The call came at 7:15 a.m.", "7:15 a.m."}, true, false},
		{"a zone and none",
			pair{"Voting ends at 2:30 p.m.", "2:30 p.m.", "Voting ends at 2:30 p.m. ET", "2:30 p.m. ET"}, true, true},
		{"two zones",
			pair{"Voting ends at 2:30 p.m. PT", "2:30 p.m. PT", "Voting ends at 2:30 p.m. ET", "2:30 p.m. ET"}, false, true},
		{"a time against a count",
			pair{"It began at 5 p.m.", "5 p.m.", "It took 5 minutes.", "5 minutes"}, false, false},
		{"a time against a tally",
			pair{"It began at 5 p.m.", "5 p.m.", "The board voted 5-4.", "5-4"}, false, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, b := one(t, tc.p.a, tc.p.aSpan), one(t, tc.p.b, tc.p.bSpan)
			if got := Comparable(a, b); got != tc.comparable || Comparable(b, a) != got {
				t.Errorf("Comparable(%q %q, %q %q) = %v, want %v", a.Text, a.Unit, b.Text, b.Unit, got, tc.comparable)
			}
			if got := Compatible(a, b); got != tc.compatible || Compatible(b, a) != got {
				t.Errorf("Compatible(%q [%g,%g], %q [%g,%g]) = %v, want %v", a.Text, a.Low, a.High, b.Text, b.Low, b.High, got, tc.compatible)
			}
		})
	}
	evening, morning := one(t, "It began at 5 p.m.", "5 p.m."), one(t, "It began at 7:15 a.m.", "7:15 a.m.")
	if d := Difference(evening, morning); d != "5 p.m. vs 7:15 a.m." {
		t.Errorf("Difference = %q, want %q", d, "5 p.m. vs 7:15 a.m.")
	}
	// Read back without text, a time is written as news writes one.
	for v, want := range map[float64]string{0: "midnight", 720: "noon", 1020: "5 p.m.", 435: "7:15 a.m.", 5: "12:05 a.m.", 1470: "12:30 a.m."} {
		if got := written(Quantity{Kind: Time, Value: v}); got != want {
			t.Errorf("written(time %g) = %q, want %q", v, got, want)
		}
	}
	// Two deadlines agree as times do, not as stated maxima of a count.
	by5, by6 := one(t, "Offices stay open up to 5 p.m.", "up to 5 p.m."), one(t, "Offices stay open up to 5:20 p.m.", "up to 5:20 p.m.")
	if !Agree(by5, by6) {
		t.Errorf("Agree(%q [%g,%g], %q [%g,%g]) = false, want true", by5.Text, by5.Low, by5.High, by6.Text, by6.Low, by6.High)
	}
	// Minutes after midnight are not amounts: 12:01 a.m. and 4:40 p.m. are not a slip of scale.
	if Thousandfold(Quantity{Kind: Time, Value: 1}, Quantity{Kind: Time, Value: 1000}) {
		t.Error("two times taken for a thousandfold slip")
	}
}
