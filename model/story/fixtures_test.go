package story

import "time"

// Invented reports, written for these tests, of a handful of invented events.

// date returns noon UTC on a day of March 2023.
func date(d int) time.Time { return time.Date(2023, 3, d, 12, 0, 0, 0, time.UTC) }

// Senator Whitcombe's rail-safety hearing, 6 March, as three outlets told it.
var (
	railLedger = Article{ID: "rail-ledger", Outlet: "Ledger", Published: date(6),
		Title: "Whitcombe grills freight chief over Marlow derailment",
		Text: `Senator Dana Whitcombe pressed the chief executive of Tarrant Freight on Monday to explain why a train carrying chlorine left the tracks near Marlow last month.
At a Senate commerce committee hearing, Whitcombe said inspectors had flagged worn rails on the Marlow line twice in the past year. Tarrant Freight's chief executive, Owen Kessler, said the company had replaced the worst stretches and was reviewing its inspection schedule.
About 900 residents of Marlow were evacuated for three days after the derailment. Nobody was killed, but eleven people were treated for breathing problems.
Whitcombe said she would introduce a bill requiring sensors on bridges and curves used by trains that carry hazardous chemicals.`}
	railPost = Article{ID: "rail-post", Outlet: "Post", Published: date(6),
		Title: "Freight boss apologises to Marlow at Senate hearing",
		Text: `Owen Kessler, head of Tarrant Freight, apologised to the people of Marlow on Monday as senators questioned him about the chlorine train that derailed outside the town in February.
"We let that community down," Kessler told the Senate commerce committee. Senator Dana Whitcombe, who led the questioning, read out two inspection reports that warned of worn track near Marlow months before the crash.
The derailment forced roughly 900 people from their homes. Whitcombe is drafting legislation to make railroads install track sensors on routes used by hazardous cargo.`}
	railWire = Article{ID: "rail-wire", Outlet: "Wire", Published: date(7),
		Title: "Senators question Tarrant Freight on Marlow chlorine spill",
		Text: `Members of the Senate commerce committee spent three hours on Monday questioning Tarrant Freight about the derailment of a chlorine train near Marlow.
Committee member Dana Whitcombe said the railroad ignored warnings about worn rails. Tarrant chief Owen Kessler said new inspections were under way and that the company would pay the costs of the evacuation.
Marlow residents who attended the hearing said they still did not know whether their wells were safe.`}
)

// Senator Whitcombe's drug-price hearing a week later, 13 March.
var (
	drugLedger = Article{ID: "drug-ledger", Outlet: "Ledger", Published: date(13),
		Title: "Whitcombe presses drugmakers on insulin prices",
		Text: `Senator Dana Whitcombe accused three drug companies on Monday of raising insulin prices in step with one another, at a Senate health committee hearing.
Executives from Corvane, Halder Pharma and Brisk Labs said list prices did not reflect what most patients pay after rebates. Whitcombe said uninsured patients pay the list price and that some ration their doses.
She asked the companies to hand over ten years of pricing records by the end of the month.`}
	drugPost = Article{ID: "drug-post", Outlet: "Post", Published: date(13),
		Title: "Insulin makers defend pricing before Senate panel",
		Text: `The heads of Corvane, Halder Pharma and Brisk Labs defended the cost of insulin on Monday before the Senate health committee.
Senator Dana Whitcombe said the three companies had raised list prices by nearly the same amount within days of each other for a decade. Halder Pharma's chief executive, Ruth Almeida, said the company had launched a discount card for uninsured patients.
Whitcombe demanded the companies' pricing records and said she would call them back if they did not comply.`}
)

// A flood in Ashgrove, 6 March, told in three different wordings.
var (
	floodLedger = Article{ID: "flood-ledger", Outlet: "Ledger", Published: date(6),
		Title: "River Senn bursts its banks in Ashgrove",
		Text: `The River Senn burst its banks in Ashgrove early on Monday, flooding about 300 homes and cutting the town's main road.
Mayor Lina Ferrante said two people were rescued from the roof of a car. Emergency crews opened the sports hall as a shelter for families who had to leave their homes.
Forecasters expect more rain on Tuesday.`}
	floodPost = Article{ID: "flood-post", Outlet: "Post", Published: date(6),
		Title: "Hundreds of Ashgrove homes under water",
		Text: `Hundreds of houses in Ashgrove were under water on Monday after a night of heavy rain sent the Senn over its banks.
Firefighters plucked two people from a stranded car, Lina Ferrante, the town's mayor, told reporters. She asked people to stay off the main road, which was closed, and said the sports hall was open to anyone who needed a bed.
The weather service warned that the Senn could rise again with showers forecast for Tuesday.`}
	floodWire = Article{ID: "flood-wire", Outlet: "Wire", Published: date(7),
		Title: "Ashgrove mayor urges residents to prepare for more flooding",
		Text: `Ashgrove's mayor, Lina Ferrante, told residents on Tuesday to move valuables upstairs as more rain fell on a town already flooded by the River Senn.
Some 300 homes were damaged when the river overflowed on Monday. Two people had to be rescued from a car, and dozens of families spent the night in the town sports hall.`}
)

// A budget vote in a far-away parliament, 6 March: nothing shared with the
// others but the day.
var budgetWire = Article{ID: "budget-wire", Outlet: "Wire", Published: date(6),
	Title: "Parliament of Veloria passes austerity budget",
	Text: `Veloria's parliament approved a budget on Monday that cuts public spending by four percent, after a night-long debate.
Finance Minister Tomas Brenner said the cuts were needed to keep borrowing costs down. Opposition parties walked out before the vote, and unions called a general strike for next week.`}
