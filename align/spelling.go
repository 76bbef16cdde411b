package align

import "strings"

// Spelling. A newsroom that writes British English quotes a speaker the
// record transcribes in American English ("honour" for "honor"); that is a
// house style, not a change of the speaker's words, so both sides fold a
// British spelling to the American one. Only words whose two spellings are
// one word in either country are listed, in their inflections, so that the
// fold never makes two different words equal: "practise" (the British
// verb) is "practice" and "programme" is "program" (which British English
// writes too, for software: the same word), but "cheque", "tyre", "kerb" and
// "storey", which are other words in American English, are not folded. The
// lists are built into one map at start-up (americanSpelling).
var (
	// -our words: "honour", "honoured", "honourable", "favourite"
	ourStems = strings.Fields(`ardour armour behaviour candour clamour colour demeanour endeavour favour fervour flavour
harbour honour humour labour neighbour odour parlour rancour rigour rumour saviour savour splendour tumour valour
vapour vigour`)
	ourEnds = []string{"", "s", "ed", "ing", "able", "ably", "ful", "fully", "less", "ite", "ites", "itism", "er", "ers", "ist",
		"ists", "hood", "hoods", "ly", "y", "al", "ally"}
	// -re words: "centre", "centres", "centred", "centring"
	reStems = strings.Fields(`calibre centre fibre litre lustre meagre metre kilometre centimetre millimetre sabre
sceptre sombre spectre theatre`)
	// -ise verbs: "organise", "organised", "organisation"; not those that
	// end in -ise in American English too ("advise", "promise", "surprise");
	// the -yse verbs are listed apart, as "analyses" is a noun's plural too
	iseStems = strings.Fields(`apologis authoris capitalis categoris characteris civilis criticis democratis demonis
emphasis energis finalis galvanis globalis harmonis hospitalis jeopardis legalis legitimis marginalis maximis memorialis
militaris minimis mobilis modernis monopolis neutralis normalis organis patronis penalis polaris popularis prioritis
privatis publicis realis recognis revolutionis scrutinis specialis stabilis standardis subsidis summaris sympathis
terroris utilis vandalis victimis visualis commercialis computeris customis decentralis destabilis digitis dramatis
equalis familiaris fantasis fertilis formalis generalis idealis immunis industrialis institutionalis internalis itemis
liberalis localis materialis memoris metabolis moralis nationalis naturalis optimis ostracis personalis politicis
pressuris radicalis rationalis regularis reorganis revitalis sanitis sensationalis sensitis socialis stigmatis
sterilis symbolis synchronis tantalis theoris traumatis trivialis urbanis vaporis verbalis vocalis weaponis incentivis
westernis criminalis decriminalis centralis monetis`)
	iseEnds = []string{"e", "es", "ed", "ing", "er", "ers", "ation", "ations", "ational", "able"}
	// verbs that double a final l in British English only: "travelled",
	// "cancelling", "counsellor", "marvellous"
	lStems = strings.Fields(`cancel channel counsel dial duel equal fuel funnel grovel label level marvel model panel
pedal quarrel rival shovel signal total travel tunnel unravel libel marshal initial jewel council revel spiral stencil
pencil chisel swivel pummel`)
	lEnds = map[string]string{"led": "ed", "ling": "ing", "ler": "er", "lers": "ers", "lor": "or", "lors": "ors", "lous": "ous"}
	// other words, each with its American spelling
	otherSpellings = map[string]string{
		"defence": "defense", "defences": "defenses", "offence": "offense", "offences": "offenses",
		"pretence": "pretense", "licence": "license", "licences": "licenses", "practise": "practice",
		"practised": "practiced", "practises": "practices", "practising": "practicing", "programme": "program",
		"programmes": "programs", "grey": "gray", "greyer": "grayer", "plough": "plow", "ploughed": "plowed",
		"mould": "mold", "smoulder": "smolder", "smouldering": "smoldering", "catalogue": "catalog",
		"catalogues": "catalogs", "analogue": "analog", "ageing": "aging", "judgement": "judgment",
		"judgements": "judgments", "acknowledgement": "acknowledgment", "fulfil": "fulfill", "fulfils": "fulfills",
		"fulfilment": "fulfillment", "instalment": "installment", "instalments": "installments", "enrol": "enroll",
		"enrols": "enrolls", "enrolment": "enrollment", "skilful": "skillful", "skilfully": "skillfully",
		"wilful": "willful", "wilfully": "willfully", "instil": "instill", "distil": "distill", "sceptic": "skeptic",
		"sceptics": "skeptics", "sceptical": "skeptical", "scepticism": "skepticism", "manoeuvre": "maneuver",
		"manoeuvres": "maneuvers", "paediatric": "pediatric", "paediatrician": "pediatrician",
		"anaesthetic": "anesthetic", "encyclopaedia": "encyclopedia", "foetus": "fetus", "oestrogen": "estrogen",
		"haemorrhage": "hemorrhage", "diarrhoea": "diarrhea", "leukaemia": "leukemia", "orthopaedic": "orthopedic",
		"mediaeval": "medieval", "pyjamas": "pajamas", "moustache": "mustache", "sulphur": "sulfur",
		"artefact": "artifact", "artefacts": "artifacts", "cosy": "cozy", "yoghurt": "yogurt", "jewellery": "jewelry",
		"woollen": "woolen", "aluminium": "aluminum", "draughtsman": "draftsman", "analyse": "analyze",
		"analysed": "analyzed", "analysing": "analyzing", "paralyse": "paralyze", "paralysed": "paralyzed",
		"paralysing": "paralyzing", "catalyse": "catalyze", "catalysed": "catalyzed", "pretences": "pretenses",
		"paedophile": "pedophile", "paedophiles": "pedophiles", "paediatrics": "pediatrics",
		"paediatricians": "pediatricians", "anaemia": "anemia", "anaemic": "anemic", "anaesthesia": "anesthesia",
		"manoeuvred": "maneuvered", "manoeuvring": "maneuvering", "mouldy": "moldy", "moulds": "molds",
		"greys": "grays", "greying": "graying", "greyed": "grayed", "greyish": "grayish", "ploughs": "plows",
		"ploughing": "plowing", "sceptically": "skeptically", "acknowledgements": "acknowledgments",
		"haemorrhaging": "hemorrhaging", "oesophagus": "esophagus", "caesarean": "cesarean", "foetal": "fetal",
		"gynaecologist": "gynecologist", "appal": "appall", "appals": "appalls",
	}
)

// americanSpelling maps a British spelling, lower case, to the American
// one; see the lists above.
var americanSpelling = func() map[string]string {
	m := map[string]string{}
	for _, s := range ourStems {
		us := strings.TrimSuffix(s, "our") + "or"
		for _, e := range ourEnds {
			m[s+e] = us + e
		}
	}
	for _, s := range reStems {
		base := strings.TrimSuffix(s, "re")
		m[s], m[s+"s"] = base+"er", base+"ers"
		m[base+"red"], m[base+"ring"] = base+"ered", base+"ering"
	}
	for _, s := range iseStems {
		us := s[:len(s)-1] + "z"
		for _, e := range iseEnds {
			m[s+e] = us + e
		}
	}
	for _, s := range lStems {
		for uk, us := range lEnds {
			m[s+uk] = s + us
		}
	}
	for uk, us := range otherSpellings {
		m[uk] = us
	}
	return m
}()
