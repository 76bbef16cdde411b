package quotes

import "strings"

// Given names that English-language news uses almost only for men or only
// for women, lower case, with common short forms. They are a hint for
// pronoun resolution ("she said" skips Bernie Sanders), weaker than an
// honorific ("Mr.", "Ms."); names given to both (Chris, Jordan, Kelly,
// Leslie, Robin, Taylor, …) are in neither list.
var maleGiven = setOf(`aaron abdul abraham adam adrian ahmed al alan albert alberto alec alejandro alexander alfred ali
allen alvin amir andre andrew andy angelo anthony antonin antonio archie arnold arthur austin barack barry bart ben
benjamin bennie bernard bernie bill billy bob bobby boris brad bradley brandon brendan brent brett brian bruce bryan
burt byron calvin carl carlos cecil chad charles charlie chester chuck clarence clark claude clay clayton clint clinton
clyde cody colin conrad corey cory craig curt curtis dale damon dan daniel danny darrell darren dave david dean
dennis derek desmond dick dmitri don donald doug douglas duane dustin dwight earl ed eddie edgar edward edwin eli elijah
elliot elliott emmanuel enrique eric erik ernest ernie ethan eugene evan felix fernando floyd francis francisco frank
franklin fred freddie frederick gabriel gary gavin gene geoffrey george gerald gilbert glenn gordon graham grant greg
gregory gus guy hank hans harold harrison harry harvey hassan hector henry herbert herman howard hugh hugo ian igor
isaac ivan jack jacob jake james jared jason javier jay jeb jeff jeffrey jeremy jerome jerry jesse jesus jim jimmy joe
joel john johnny jon jonathan jorge jose joseph josh joshua juan julian justin karl keith ken kenneth kevin kirk kurt
kyle lamar lance larry lawrence leon leonard leroy lester lewis lloyd lou louis luis luke malcolm manuel
marco marcus mario mark marshall martin marvin matt matthew maurice max michael miguel mike mitch mitchell mitt
mohammed muhammad nathan neil nelson newt nicholas nick nigel noah norman oliver omar orrin oscar owen pablo patrick
paul pedro peter phil philip pierre preet ralph ramon randall randy raul ray raymond reggie reince rex richard rick
ricky rob robert roberto rod rodney roger roland ron ronald ronnie roy rudolph rudy russ russell ryan salvador sam
samuel scott sean sergei seth shawn sheldon sidney stan stanley stephen steve steven stuart ted terrence thad
theodore thomas tim timothy toby todd tom tommy tony travis trent trey troy tyler vernon victor vince vincent vladimir
wade walter warren wayne wesley wilbur will willard william willie wolf xavier yuri zachary zack`)

var femaleGiven = setOf(`abby abigail ada adele adriana agnes aileen alexandra alexis alice alicia alison allison
amanda amber amelia amy ana andrea angela angelina angie anita ann anna anne annette annie april ashley audrey ayanna
barbara beatrice becky belinda bella bernadette beth bethany betsy betty beverly bonnie brenda brianna bridget brittany
camille candace cara carla carly carmen carol caroline carolyn carrie catherine cathy cecilia cecile charlene charlotte
chelsea cheryl christina christine cindy claire clara claudia colleen connie constance courtney crystal cynthia daisy
danielle darlene dawn debbie deborah debra denise diana diane dianne dolores donna doris dorothy edith eileen elaine
eleanor elena elise elizabeth ella ellen eloise emily emma erica erin esther eva evelyn faith felicia fiona florence
frances francine gabriela gail georgia geraldine gina ginger gladys gloria grace gretchen gwen hannah harriet hazel
heather heidi helen hilary hillary holly hope huma ida irene iris isabel isabella ivana ivanka jackie jacqueline jane
janet janice jeanne jeannie jennifer jenny jessica jill joan joann joanna joanne jocelyn josephine joy joyce judith judy
julia julie juliet june karen kate katherine kathleen kathryn kathy katie katrina kay kayla kellyanne kirsten kristen
kristin laura lauren laurie leah lena lila lillian lily linda lisa liz lois loretta lori lorraine louise lucia lucy
lydia lynda lynne madeleine madeline maggie mandy marcia margaret margarita maria marianne marie marilyn marjorie
marla marsha martha mary maureen maxine megan megyn melania melanie melinda melissa meredith mia michele michelle
mildred miranda molly monica nadia nancy naomi natalie natasha nicole nikki nina nora norma olive olivia paige pam
pamela patricia paula pauline peggy penny phyllis priscilla rachel rebecca regina renee rhonda rita roberta rosa
rosalind rose rosemary ruth sabrina sally samantha sandra sara sarah sharon sheila shelley sheryl shirley sonia sophia
stacy stephanie sue susan susanna suzanne sylvia tamara tammy tanya teresa theresa tiffany tina tonya tracey valerie
vanessa vera veronica vicki victoria virginia wanda wendy whitney wilma yolanda yvonne zoe`)

// isGivenName tells whether the single word w is a given name of either
// list.
func isGivenName(w string) bool {
	w = strings.ToLower(strings.Trim(w, ".,"))
	return maleGiven[w] || femaleGiven[w]
}

// givenGender is the gender a person's given name suggests: the first word
// before the surname that is a given name of either list, past titles the
// name kept ("Incumbent Rep Cynthia Lummis").
func givenGender(name string) int {
	words := strings.Fields(stripTitles(name))
	for _, w := range words[:max(0, len(words)-1)] {
		w = strings.ToLower(strings.Trim(w, ".,"))
		switch {
		case maleGiven[w]:
			return genderMale
		case femaleGiven[w]:
			return genderFemale
		}
	}
	return genderUnknown
}
