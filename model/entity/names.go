package entity

import "strings"

// firstNames are common given names in English-language news. Names that are
// mostly places or brands in news text (Dallas, Al) are left out.
const firstNames = `mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret
sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura
cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra
rachel catherine carolyn janet ruth maria heather diane julie joyce victoria olivia kelly christina lauren
joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria ann anne annie teresa kathryn
sara janice jean alice doris abigail julia judy grace denise amber marilyn beverly danielle theresa sophia
marie diana brittany natalie isabella rose alexis kayla hillary hilary nikki kamala elaine sylvia condoleezza
hope kellyanne ivanka melania jill tulsi kirsten alexandria ilhan rashida ayanna lindsey liz marsha dianne
kristi kristen kate katie kathy kim gretchen gina nina tina lori lorraine dana stacey tracy wendy wendi whitney
yvonne zoe chloe claire ella ava mia lily layla leah maya nora paula rita ruby sally sofia stella tara vanessa
vera beth becky betsy jenna jenny joanna jane lynn meghan melinda mona naomi nadia priya rosa selena serena
shannon sonia susanna tamara tanya valerie veronica irene ingrid greta ursula ana carly carla connie debbie
eleanor ellen erin eva felicia gail gwen holly ivy jasmine jo judi kara kristin leslie lucy mallory marcia
maxine mckenzie melanie molly nikole noelle pam peggy penny phyllis rhonda roberta robin ronna samira sasha
sheila sonya stacy sue susie tammy terri tiffany tricia vicki virginia wanda yolanda chelsea
james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark
donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary
nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick
raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy
christian keith roger terry gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan billy joe
bruce gabriel logan albert willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason
philip louis barack hunter mike jim jimmy bob bill tom tommy dick chris dan danny dave steve tony ted ed eddie
andy alex ben sam matt nick pat ron don jeff greg charlie chuck hank harry ken kenny tim fred ray walt zach
josh jake nate phil pete rudy mitch lou herb stan marty doug wes jon bernie rex reince newt mitt rand marco
devin jared jeb rick rich rob robby rod roland ross rush rusty sal seth shane sid simon spencer stanley stuart
terrence theodore todd travis trevor troy tucker victor vladimir vince wade warren wesley wilbur will winston
xavier yusuf mohammed muhammad mohammad mohamed ahmed ahmad ali hassan hussein omar abdullah khalid mahmoud
mustafa osama hamza qassim bashar recep emmanuel boris xi shinzo narendra jair andres nicolas hugo fidel raul
evo carlos luis miguel jorge pedro antonio manuel francisco javier alejandro diego pablo rafael sergio fernando
ricardo eduardo roberto alberto mario giuseppe giovanni luca matteo francesco pierre jacques francois michel
olivier hans klaus jurgen wolfgang friedrich heinrich karl otto ivan sergei sergey dmitry dmitri alexei
mikhail yuri viktor volodymyr petro andrzej jan lech tomas lars erik sven olaf bjorn hiroshi takeshi yoshihide
fumio rahul amit raj sanjay vijay arjun ravi imran nawaz tayyip hosni anwar gamal abdel yasser ehud ariel
yitzhak naftali yair benny avigdor shimon golda cyrus jimmy lyndon dwight franklin herbert calvin woodrow
ulysses abraham abel adrian alfred allen alvin andre angel anton armando arnold arturo barry brad bradley brent
brett byron caleb cameron cecil cesar chad clarence claude clay clayton clifford clyde cody colin connor corey
craig curtis dale damon darrell darren darryl dean derek derrick dominic donnie duane dustin dwayne earl edgar
edwin elliot elmer emilio ernest ernesto evan everett felix floyd francis garrett gene geoffrey gilbert glen
glenn gordon grant guy harvey hector herman homer howard hugh ian isaac jackie jaime jay jerome jesus joel
joey johnny julian julio karl kent kirk kurt lance lee leo leon leonard leroy lester lewis lloyd lonnie luke
luther lyle malcolm marc marcus marion marshall martin marvin mathew maurice max melvin micheal miles milton
mitchell morris nathaniel neal neil nelson norman oliver oscar otis owen perry preston ramon randall reginald
rene ricky rodney ronnie ruben salvador santiago shawn sidney terrance tyrone vernon virgil wallace willard
wilson hakeem steny kevin rob jarrod thomas gerald phil tyler christopher william mark lindsey`

// nicknames maps a familiar form to the given name it stands for, so that
// "Jim Mattis" and "James Mattis" are one person.
var nicknames = buildNicknames(`jim:james jimmy:james jamie:james bob:robert bobby:robert rob:robert robby:robert
bill:william billy:william will:william willie:william mike:michael mick:michael mikey:michael joe:joseph
joey:joseph tom:thomas tommy:thomas dick:richard rick:richard rich:richard richie:richard chris:christopher
dan:daniel danny:daniel dave:david davey:david steve:steven stephen:steven tony:anthony ted:edward ed:edward
eddie:edward ned:edward andy:andrew drew:andrew alex:alexander ben:benjamin benny:benjamin sam:samuel sammy:samuel
matt:matthew nick:nicholas nicky:nicholas pat:patrick ron:ronald ronnie:ronald don:donald donnie:donald
jeff:jeffrey geoff:geoffrey greg:gregory jerry:gerald larry:lawrence charlie:charles chuck:charles hank:henry
harry:henry johnny:john ken:kenneth kenny:kenneth tim:timothy timmy:timothy fred:frederick freddie:frederick
ray:raymond walt:walter zach:zachary zack:zachary josh:joshua jake:jacob nate:nathan phil:philip
phillip:philip pete:peter rudy:rudolph mitch:mitchell lou:louis herb:herbert stan:stanley marty:martin
doug:douglas wes:wesley bernie:bernard vince:vincent gabe:gabriel liz:elizabeth beth:elizabeth
betsy:elizabeth libby:elizabeth kate:katherine katie:katherine kathy:katherine cathy:katherine
catherine:katherine kathryn:katherine jen:jennifer jenny:jennifer sue:susan susie:susan pam:pamela
deb:deborah debbie:deborah becky:rebecca meg:margaret maggie:margaret peggy:margaret patty:patricia
trish:patricia vicky:victoria vicki:victoria abby:abigail mandy:amanda cindy:cynthia barb:barbara
ash:ashton mohamed:mohammed muhammad:mohammed mohammad:mohammed ahmad:ahmed sergey:sergei dmitri:dmitry`)

func buildNicknames(list string) map[string]string {
	m := make(map[string]string, 128)
	for _, pair := range strings.Fields(list) {
		nick, full, ok := strings.Cut(pair, ":")
		if ok {
			m[nick] = full
		}
	}
	return m
}

// givenName returns the formal given name for a (lower-case) first name.
func givenName(first string) string {
	if full, ok := nicknames[first]; ok {
		return full
	}
	return first
}
