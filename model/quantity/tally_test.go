package quantity

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestParseTallies(t *testing.T) {
	tallies := []struct {
		name, in, text string
		first, second  float64
	}{
		{"passed", "The House passed the bill 234-193 on Thursday.", "234-193", 234, 193},
		{"a vote", "The measure cleared the Senate in a 52-48 vote.", "52-48", 52, 48},
		{"voted to", "The justices voted 7 to 2 to uphold the ban.", "7 to 2", 7, 2},
		{"in words", "The council voted five to four against the plan.", "five to four", 5, 4},
		{"a decision", "In a 5-4 decision, the court struck down the law.", "5-4", 5, 4},
		{"unanimous", "The amendment passed, 423 to 0.", "423 to 0", 423, 0},
		{"vote of", "It was confirmed by a vote of 51-49 after midnight.", "51-49", 51, 49},
		{"en dash", "The board approved the budget 9–2.", "9–2", 9, 2},
		{"losing side first", "Members voted 121-301 to approve the bill, far short of a majority.", "121-301", 121, 301},
	}
	for _, tc := range tallies {
		t.Run(tc.name, func(t *testing.T) {
			var got []Quantity
			for _, q := range Parse(tc.in) {
				if q.Kind == Tally {
					got = append(got, q)
				}
			}
			if len(got) != 1 {
				t.Fatalf("Parse(%q) found %d tallies, want 1:\n%s", tc.in, len(got), dump(Parse(tc.in)))
			}
			q := got[0]
			if q.Text != tc.text || q.Value != tc.first || q.Other != tc.second || q.Low != tc.first || q.High != tc.first || q.Unit != "votes" {
				t.Errorf("tally = %q %g-%g [%g,%g] %q, want %q %g-%g", q.Text, q.Value, q.Other, q.Low, q.High, q.Unit, tc.text, tc.first, tc.second)
			}
			if tc.in[q.Start:q.End] != q.Text {
				t.Errorf("span [%d,%d) is %q, not %q", q.Start, q.End, tc.in[q.Start:q.End], q.Text)
			}
		})
	}
	runParseCases(t, []parseCase{
		{"score of a game", "The Yankees won 5-3 on Sunday.", nil},
		{"a vote and a game", "The Senate voted after the home side lost 2-1.", nil},
		{"levels of a change", "Confirmed cases jumped from 22 to 33 in one day.",
			[]want{
				{"22", Number, 22, 22, 22, "", "", false},
				{"33", Number, 33, 33, 33, "", "", false},
				{"one day", Count, 1, 1, 1, "day", "", false},
			}},
		{"a range of times", "Members voted 20 to 30 times.",
			[]want{{"20 to 30 times", Count, 25, 20, 30, "times", "", false}}},
		{"a range of votes", "The whip was 20 to 30 votes short.",
			[]want{{"20 to 30 votes", Count, 25, 20, 30, "votes", "", false}}},
		{"phone number", "Call 555-123-4567 after the vote.", nil},
		{"a number in words", "Ninety-four senators voted for it.",
			[]want{{"Ninety-four senators", Count, 94, 94, 94, "senators", "", false}}},
		{"three groups", "The committee voted 13-8-1.", nil},
		{"a span of years", "The 2019-20 budget passed.",
			[]want{{"2019-20", Year, 2019, 2019, 2020, "", "", false}}},
		{"a case number", "The case, No. 10-277, was heard.", nil},
	})
}

func TestTallyPairs(t *testing.T) {
	house := one(t, "The House passed it 234-193.", "234-193")
	cases := []struct {
		name                   string
		b, bSpan               string
		comparable, compatible bool
	}{
		{"same tally, other words", "Lawmakers approved the bill in a 234-193 vote.", "234-193", true, true},
		{"sides in the other order", "The motion to kill it failed in a 193-234 vote.", "193-234", true, true},
		{"a different tally", "The House passed it 232-195.", "232-195", true, false},
		{"one side alike", "The House passed it 234-190.", "234-190", true, false},
		{"a count of votes", "The bill drew 234 votes.", "234 votes", false, false},
		{"a range of votes", "It drew between 230 and 240 votes.", "between 230 and 240 votes", false, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			b := one(t, tc.b, tc.bSpan)
			if got := Comparable(house, b); got != tc.comparable || Comparable(b, house) != got {
				t.Errorf("Comparable(%q, %q %s) = %v, want %v", house.Text, b.Text, b.Kind, got, tc.comparable)
			}
			if got := Compatible(house, b); got != tc.compatible || Compatible(b, house) != got {
				t.Errorf("Compatible(%q, %q %s) = %v, want %v", house.Text, b.Text, b.Kind, got, tc.compatible)
			}
			if got := Agree(house, b); got != tc.compatible {
				t.Errorf("Agree(%q, %q) = %v, want %v", house.Text, b.Text, got, tc.compatible)
			}
		})
	}
	other := one(t, "The House passed it 232-195.", "232-195")
	if d := Difference(house, other); d != "234-193 vs 232-195" {
		t.Errorf("Difference = %q, want %q", d, "234-193 vs 232-195")
	}
	bare := Difference(Quantity{Kind: Tally, Value: 234, Low: 234, High: 234, Other: 193}, Quantity{Kind: Tally, Value: 5, Low: 5, High: 5})
	if bare != "234-193 vs 5-0" {
		t.Errorf("Difference without text = %q, want %q", bare, "234-193 vs 5-0")
	}
	if Thousandfold(Quantity{Kind: Tally, Value: 1}, Quantity{Kind: Tally, Value: 1000}) {
		t.Error("two tallies taken for a thousandfold slip")
	}
}

func TestTallyJSON(t *testing.T) {
	b, err := json.Marshal(one(t, "The House passed it 234-193.", "234-193"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"kind":"tally"`) || !strings.Contains(string(b), `"other":193`) {
		t.Errorf("tally JSON %s lacks its kind or second side", b)
	}
	c, err := json.Marshal(one(t, "Five people were hurt.", "Five people"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(c), `"other"`) {
		t.Errorf("a count's JSON %s carries a tally's field", c)
	}
}
