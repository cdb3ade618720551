package data

import (
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	utc := func(y int, m time.Month, d, h, min int) time.Time { return time.Date(y, m, d, h, min, 0, 0, time.UTC) }
	tests := []struct {
		in   string
		want time.Time // zero: not a date
	}{
		{"2018-06-29", utc(2018, 6, 29, 0, 0)},
		{"2024-04-09T07:30:00Z", utc(2024, 4, 9, 7, 30)},
		{"2024-04-09T07:30:00+02:00", utc(2024, 4, 9, 5, 30)},
		{"2024-04-09T07:30:00.123Z", time.Date(2024, 4, 9, 7, 30, 0, 123e6, time.UTC)},
		{"2024-04-09 07:30:00", utc(2024, 4, 9, 7, 30)},
		{"Jan 18, 2022", utc(2022, 1, 18, 0, 0)},
		{"January 18, 2022", utc(2022, 1, 18, 0, 0)},
		{"Jan. 18, 2022", utc(2022, 1, 18, 0, 0)},
		{"Sept. 3, 2021", utc(2021, 9, 3, 0, 0)},
		{"18 January 2022", utc(2022, 1, 18, 0, 0)},
		{"Tuesday, Jan 18, 2022 - 11:10 PM", utc(2022, 1, 18, 23, 10)},
		{"Tue, Jan 18, 2022 at 9:05 a.m. ET", utc(2022, 1, 18, 9, 5)},
		{"Published: March 2, 2020", utc(2020, 3, 2, 0, 0)},
		{"Updated Mar 2, 2020 14:45", utc(2020, 3, 2, 14, 45)},
		{"JANUARY 18, 2022", utc(2022, 1, 18, 0, 0)},
		{"Mon, 02 Jan 2006 15:04:05 +0000", time.Date(2006, 1, 2, 15, 4, 5, 0, time.UTC)},
		{"01/18/2022", utc(2022, 1, 18, 0, 0)},
		{"", time.Time{}},
		{"Tuesday", time.Time{}},
		{"The vote is set for Jan 18, 2022.", time.Time{}},
		{"2022", time.Time{}},
		{"0001-01-01", time.Time{}},
		{"Feb 30, 2022", time.Time{}},
	}
	for _, tt := range tests {
		got, ok := parseDate(tt.in)
		if ok != !tt.want.IsZero() || ok && !got.Equal(tt.want) {
			t.Errorf("parseDate(%q) = %v, %v; want %v", tt.in, got, ok, tt.want)
		}
	}
}

func TestOutletFromText(t *testing.T) {
	tests := []struct {
		name string
		text string
		want string // "" when the text names no outlet plainly
	}{
		{"closing em-dash credit", "Headline\n\nShares fell 3% in early trade. — Reuters", "Reuters"},
		{"closing hyphen credit with full stop", "Headline\n\nThe count resumes Monday - AP.", "Associated Press"},
		{"closing parenthesised credit", "Headline\n\nNo injuries were reported. (Reuters)", "Reuters"},
		{"credit alone on the last line", "Headline\n\nBody sentence here.\n\n— AFP", "AFP"},
		{"dateline credit with dash", "Headline\n\nLISBON (Reuters) - Ministers met on Friday.", "Reuters"},
		{"dateline with state and em dash", "Headline\n\nOAK RIDGE, Tenn. (AP) — The plant reopened.", "Associated Press"},
		{"dateline with date", "Headline\n\nBEIJING, Jan 18 (Reuters) - Officials said.", "Reuters"},
		{"broadcaster dateline without dash", "Headline\n\nDenver (CNN) Firefighters contained the blaze.", "CNN"},
		{"masthead alone near the top", "Headline\n\nSam Ode and Ty Lam\n\nUSA TODAY\n\nBody.", "USA TODAY"},
		{"masthead after a byline", "Headline\nBy Ruth Amsel | Bloomberg\n\nBody text.", "Bloomberg"},
		{"byline of the outlet itself", "Headline\nBy The Associated Press\n\nBody text.", "Associated Press"},
		{"copyright line at the end", "Headline\n\nBody.\n\nCopyright © 2020 The Washington Times, LLC. Click for reprints.", "The Washington Times"},
		{"wire mentioned as a source", "Headline\n\nThe probe was first reported by Reuters.\n\nShares fell, Reuters said.", ""},
		{"according to a wire", "Headline\n\nThe plan is on hold, according to Reuters", ""},
		{"contributor note", "Headline\n\nBody.\n\nThe Associated Press contributed to this report.", ""},
		{"newspaper in a closing dash is a quoted source", "Headline\n\nHe called it a mess — The Hill", ""},
		{"abbreviation that is not a credit", "Headline\n\nAndhra Pradesh (AP) said its budget grew.", ""},
		{"photo credit mid-text", "Headline\n\nA photo of the site. (FBI via AP)\n\nThe bureau declined to comment.", ""},
		{"unknown masthead", "Headline\n\nThe Quarry Bugle\n\nBody.", ""},
		{"unknown name in copyright", "Headline\n\nBody.\n\n© 2021 Nexstar Media Inc. All rights reserved.", ""},
		{"long dash sentence", "Headline\n\nHe said - well - it was over - AP style", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := outletFromText(tt.text)
			if got != tt.want || ok != (tt.want != "") {
				t.Errorf("outletFromText = %q, %v; want %q", got, ok, tt.want)
			}
		})
	}
}

func TestParseByline(t *testing.T) {
	tests := []struct {
		line, author, outlet string
		ok                   bool
	}{
		{"By Tyra Holm", "Tyra Holm", "", true},
		{"by Tyra Holm and Jon de Vries", "Tyra Holm and Jon de Vries", "", true},
		{"By Ana Ruiz, Lee Park and Bo Chen", "Ana Ruiz, Lee Park and Bo Chen", "", true},
		{"By Ana Ruiz, Reuters", "Ana Ruiz", "Reuters", true},
		{"By Reuters", "", "Reuters", true},
		{"By Thursday, officials had counted 40 votes.", "", "", false},
		{"By the time crews arrived the fire was out", "", "", false},
		{"By Madonna", "", "", false},
		{"Byline", "", "", false},
	}
	for _, tt := range tests {
		author, outlet, ok := parseByline(tt.line)
		if author != tt.author || outlet != tt.outlet || ok != tt.ok {
			t.Errorf("parseByline(%q) = %q, %q, %v; want %q, %q, %v", tt.line, author, outlet, ok, tt.author, tt.outlet, tt.ok)
		}
	}
}

func TestOutletFromFileName(t *testing.T) {
	tests := []struct{ id, want string }{
		{"washington_times", "Washington Times"},
		{"the-hill", "The Hill"},
		{"fox_news", "Fox News"},
		{"cnn", "CNN"},
		{"cbn", "CBN"},
		{"nyt", "The New York Times"},
		{"usa_today", "USA TODAY"},
		{"huffpost", "HuffPost"},
		{"associated_press", "Associated Press"},
		{"000_b5d6463688376969", "000_b5d6463688376969"},
		{"story-2024", "story-2024"},
		{"MarketWatch", "MarketWatch"},
		{"vox", "Vox"},
		{"___", "___"},
	}
	for _, tt := range tests {
		if got := outletFromFileName(tt.id); got != tt.want {
			t.Errorf("outletFromFileName(%q) = %q, want %q", tt.id, got, tt.want)
		}
	}
}
