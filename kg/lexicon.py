"""The words that steer extraction, as data: cues (kg/data/cues.tsv), word classes
(kg/data/words.tsv), actor nouns (kg/data/nouns.tsv) and the PLOVER scheme (kg/data/plover.tsv).

Every file is validated when it is read: an unknown PLOVER type, position, flag,
word class or noun class is an error naming ``file:line``. A user's ``--cues`` file
may hold cue lines and word-class lines alike (see :func:`load_lexicon`).
"""
from __future__ import annotations

import csv
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

from kg.errors import Errors

__all__ = ["Cue", "Lexicon", "PloverType", "plover", "load_lexicon", "FLAGS", "WORD_CLASSES", "NOUN_CLASSES",
           "NO_EVENT"]

#: The type column of a cue that states a position on an issue but is no PLOVER event ("weigh", "table").
NO_EVENT = "-"

#: Cue flags, and what each one makes the coder do (the header of cues.tsv says the same).
FLAGS = {
    "speech": "a speech act: events in its content clause are the speaker's statements",
    "pledge": "a pledge: THREATEN when its content names force, else the pledged event is coded for the pledger",
    "report": "when another actor reports it ('A says B reneged'), the reporter ACCUSEs B",
    "refuse": "the cue negates its complement: 'refused to negotiate' is REJECT, not CONSULT",
    "topic": "its direct object is what is talked about, not whom with ('discussed it with its partners')",
    "plea": "a plea to charges: 'pleaded not guilty' is REJECT towards who brought them; a guilty plea is no event",
    "modal": "a deontic word inside speech ('Hamas needs to'): the speaker REQUESTs",
    "both": "joint phrasing: coded in both directions between the parties named",
    "mediate": "mediation: coded towards each party the sentence names",
    "place": "its object is a place left ('leave Gaza'); an actor as object is no such event",
    "warn": "a warning: THREATEN only for an act of the warner's side; 'warn against' is REJECT; a danger is none",
    "patient": "a noun done to someone ('X's arrest'): its owner is the target, the doer comes with 'by'",
    "object": "coded only with an actor as its object: the word has other senses ('eliminate tariffs')",
    "thing": "an actor itself as its object is another sense ('police questioned him', 'dismissed the minister')",
    "handover": "its object is who is handed over ('extradited him to Spain'): the target is whom it goes to",
    "dest": "'to X' names where someone is sent ('deported them to China'), not the target",
    "held": "a state someone is held in ('remain in Thai custody'): who is held is the target",
    "evict": "an expulsion: of people (a group, not a state's diplomats or an organisation) it is COERCE, not SANCTION",
    "custodial": "an act of the authorities on a person ('was arrested'): with no doer named, the state's",
    "host": "an actor as its object is a guest ('welcomed Biden to Kyiv'): hosting, CONSULT",
    "undergo": "its subject undergoes it ('faces charges', 'came under attack from X'): the subject is the target",
    "area": "a measure laid on a place ('imposed a curfew', 'an Israeli blockade of Gaza'): coded with no target if none is named",
    "infinitive": "its 'to' must open a clause of what is asked ('pushed Hamas to accept'), not name a place",
    "presence": "forces had or kept ('has 2,500 troops in Iraq'): a deployment only when counted and somewhere",
}

#: Word classes of kg/data/words.tsv, and what each one steers.
WORD_CLASSES = {
    "speech": "verbs of saying: an event in their content clause is the speaker's statement",
    "control": "verbs whose object does what their complement says ('urged Hamas to accept')",
    "force": "words that make the content of a pledge or warning an act of force",
    "future": "heads that put their complement in the future ('vowed to', 'plans to')",
    "naming": "verbs that name something ('what he called aggression')",
    "place-owner": "nouns whose possessor names a place ('Egypt's capital'); capitalised, with 'of', a place's name ('the Gulf of Guinea')",
    "lodging": "nouns of buildings a capital names as a place ('the Doha hotel')",
    "person-plural": "plural person nouns that 'the two ...' refers back with ('the two men')",
    "troops": "nouns of forces sent somewhere ('send ground forces into Rafah')",
    "send": "verbs that send forces somewhere",
    "war": "nouns of fighting whose end is a demand ('an end to the war')",
    "arms": "lemmas of weapons a state sends, sells or buys: cues.tsv writes them as <arms> ('deliver <arms>')",
    "units": "lemmas of forces a state moves: cues.tsv writes them as <units> ('mass <units>', 'station <units>')",
    "relief": "lemmas of relief goods delivered to people in need: cues.tsv writes them as <relief> ('deliver <relief>')",
    "money": "lemmas of sums of money given or lent: cues.tsv writes them as <money> ('provide <money>')",
    "partitive": "words that, with 'of', name a part of a group that stands for the group ('some of the fighters')",
    "end": "verbs and nouns that end fighting ('an end to the war')",
    "office": "nouns of an office that an organisation name only qualifies ('Defence Minister')",
    "claim": "nouns of what one side says of another ('denied the allegations'): a denial aims at who said it",
    "blame": "words that condemn conduct ('unacceptable', 'heinous'): said of an actor, its speaker accuses it",
    "approve": "verbs of approving a measure ('the EU approved its 18th package of sanctions'): no agreement with anyone",
    "owned-by": "participles whose 'by' names whose a thing is ('a tanker owned by Greece'), not who acted on it",
    "world-part": "capitalised words of a part of the world before a demonym ('South American', 'Latin American'): no state",
    "abuse": "nouns of wrong done to people ('the torture of activists'): 'of' names whom it was done to, not its doer",
    "praise": "words that commend conduct ('a significant achievement'): said of an actor, its speaker supports it",
    "denial": "verbs whose content clause is a claim denied ('denied that it had attacked civilians')",
    "organise": "verbs of organising a meeting ('a meeting hosted by Qatar'): whoever attends it meets the organiser",
    "foe": "nouns of an actor's foes ('a crackdown on opponents of the president'): a blow at them is that actor's",
    "round": "nouns of one sitting of a series ('a round of talks between A and B'): its 'between' names the talks' sides",
    "on-behalf": "nouns after 'in' of whom an act is done for ('in solidarity with the Palestinians'): no target",
    "partnered": "nouns after 'in' of whom an act is done with ('in coordination with the Iraqi government'): a "
                 "partner, no target; the act's doer cooperates with it",
    "endeavour": "nouns of trying or deciding ('stepped up efforts to build ties', 'announced a decision to send "
                 "troops'): the clause after them is the subject's act",
    "ouster": "nouns of removing someone from power ('Bashir's ouster'): a demand for it is aimed at whom it removes",
    "visit": "words of visiting: the place they are 'in' is the host ('arrived in Moscow for a visit'), unlike a meeting's",
    "culpable": "adjectives that blame an actor for a harm named with 'for' ('responsible for the attack')",
    "worry": "nouns of concerns voiced ('dismissed concerns about the offensive'): a dismissal aims at their owner only",
    "necessary": "adjectives of need ('it is essential that Israel allow aid in'): in speech, a request of the actor",
    "mandative": "verbs of insisting ('insists that Israel withdraw'): a bare subjunctive after them is asked, not done",
    "misdeed": "nouns of harm that are no event cue, which one may be behind or responsible for ('behind the plot')",
    "own-name": "one-word organ names the lemmatizer knows as words that still name the organ alone ('the Kremlin')",
    "accuser": "nouns of those who accuse by office ('prosecutors'): what they say someone did is an accusation",
    "guess": "words that make an event a forecast, not a fact ('will likely develop', 'is likely to respond')",
    "commentator": "titles of those who comment on conflicts ('a researcher at'): what they say others will do is a forecast",
    "race-verb": "verbs of rejection that also name running in a race ('will contest the election'): a thing as their object is no rejection",
    "proposed": "nouns of terms put to a side ('Azerbaijan's demands', 'the U.S. proposal'): called unacceptable, they are rejected",
    "unacceptable": "words that refuse terms put to a side ('called the demands unacceptable'): a rejection of who put them",
    "electorate": "nouns of those who vote ('Swiss voters rejected the proposal'): what they reject at the polls is a vote, no event",
    "medium": "where words are said ('on social media', 'in a speech'): attacking someone there is criticism",
    "penalty": "words of a price to pay ('would pay a heavy price', 'face consequences', 'regret'): warned of, a threat",
    "tolerate": "verbs of letting something happen: 'will not allow violence' warns of what the speaker would do",
    "duty": "nouns of what binds a side ('obligations', 'commitments'): whoever breaks X's obligations is X",
    "doer": "nouns of the one who does an act ('supplier'): 'X is Y's supplier' is X's act, aimed at Y",
    "protester": "plural nouns of people protesting ('demonstrators'): killed with no doer named, by the state's forces",
    "bystander": "plural nouns of people who are no side's fighters ('civilians', 'residents'): their toll, told by a "
                 "side, is a toll, not that side's own strike",
    "assailant": "nouns of those who attack ('five attackers were killed'): their toll is not dealt by their own side",
    "response": "nouns of a side's own answer to what others do ('warned of retaliation', 'of a strong response'): a threat",
    "decree": "verbs that enact what their object names ('announced the suspension of trade'): their subject does it",
    "topic-noun": "nouns whose 'of' names what is talked about ('the issue of cross-border attacks'): no one's act",
    "dealing": "verbs whose subject owns the blow their object names ('claimed the bombing', 'staged an ambush')",
    "press-query": "nouns of a reporter's questions ('requests for comment', 'VOA queries'): no event",
    "aimed-at": "words after which 'at' names whom they are aimed at, not a place ('lashed out at Washington')",
    "from-whom": "nouns of what is said or asked, after which 'from' names who, not a place ('a rebuke from Washington')",
    "addressed-to": "words of what is said or asked, after which 'to' names whom, not a place ('appealed to Moscow')",
    "critic": "nouns of one who criticises ('Alinejad, a vocal critic of Tehran'): the critic accuses whom it is of",
    "dismissive": "words that dismiss a claim said of it ('the allegations were absurd'): a rejection of who made it",
    "press-reply": "verbs and nouns of answering the press: declining to ('declined to comment', 'refused to be named') is no event",
    "idiom-object": "objects that make a verb cue an idiom ('struck a conciliatory tone', 'hit a snag'): no event",
    "ceremony": "nouns of ceremonies ('attended the inauguration of President X'): attending one meets no one",
    "press-people": "ids (lower case) of actors read from the text for the press at large ('speaking to journalists'): "
                    "news media too",
    "news-outlet": "actor ids of news media (lower case): whom they interview or are told by ('told Reuters') meets no one",
    "mission": "nouns of missions troops serve in ('contribute troops to the mission'): sending troops there threatens no one",
    "defiance": "verbs of defying what one was asked ('defied calls'): told by another, the teller blames the defier",
    "pact": "nouns of agreements a side can leave ('pulled out of the nuclear deal'): leaving one rejects it",
    "occasion": "nouns of an occasion taken ('used the opportunity to announce aid'): the clause after them is the "
                "act of whoever takes it",
    "faculty": "nouns of being able or free to act ('its ability to target Hezbollah', 'the right to respond'): the act "
               "their infinitive names is not done",
    "hesitate": "words of holding back from an act ('hesitated to accept', 'reluctant to sign'): it is not done",
    "goods": "nouns of traded goods ('demand for Iranian oil'): a demand for them is a market's, no request",
    "market": "adjectives of how much is bought ('strong demand from Pakistan'): a demand so qualified is a market's",
    "call-off": "verbs of calling off a meeting or visit ('postponed the talks', 'the summit was cancelled'): not held",
    "scourge": "ills a state fights ('fight smuggling', 'combat terrorism'): fighting them is no assault on anyone",
    "document": "nouns of what is issued ('the statement urged'): they speak for whoever issued them",
    "site": "nouns of sites that force hits ('struck targets near Damascus'): set in a place, they are no actor's",
    "rout": "verbs of driving an enemy back ('used artillery to dislodge them'): force used to do it is aimed at whom they name",
    "publish": "verbs of putting out a text ('a report released by Amnesty'): the text speaks for who put it out",
    "study": "nouns of an inquiry whose author 'by' names ('a report by Human Rights Watch found'): it speaks for its author",
    "plight": "nouns of a plight no one is blamed for ('concerned about the worsening hunger'): concern for it accuses no one",
    "tie-verb": "verbs of being tied to someone that take an object when active ('officials accused of abuses and linked to the crackdown'): with none, a participle, not the clause subject's act",
    "struck-place": "nouns of one attack done to a place ('condemned a suicide attack in Kabul'): the state it is 'in' is hit, not blamed",
    "joint": "adjectives of what actors do together ('a joint military base', 'joint bomber flights')",
    "joint-words": "nouns of what is said or tried together ('a joint statement', 'a joint effort'): no cooperation",
    "plea": "nouns of what one side asks of another ('denied the request'): a denial aims at who asked",
    "prospective": "adjectives that make a noun cue a prospect, not an event ('future negotiations')",
    "weigh": "verbs whose complement is only weighed, not done ('to consider offering sanctions relief')",
    "put-to-vote": "verbs after which a text 'on' is only put to the vote ('will vote on a resolution'): not yet issued",
    "text-blocked": "verbs that stop a text ('quashed a resolution'): what it says is no act of the body it was put to",
    "idiom-in": "nouns that name no event right after a bare 'in' ('officials in charge of trade')",
    "allege": "words that make a statement an allegation ('allegedly')",
    "captive": "plural nouns of people held ('prisoners'): freeing them is a concession to the other side",
    "merge-forces": "verbs of folding forces into others or standing them down ('pledged to integrate its fighters into the "
                    "army'): forces so named in a pledge are no threat",
    "recording": "nouns of recordings and reports a side makes public ('released a video of the hostage'): no one is freed",
    "held-people": "plural nouns of people an authority arrests, jails or sentences, named only by number or role ('arrested "
                   "five of his aides', 'sentenced 35 opposition members'): the act is coded with no counterpart",
    "run-process": "nouns of votes and trials someone runs ('the election was rigged', 'the trial was a sham'): a verdict of "
                   "blame on one accuses whoever ran it, named or not",
    "wrong-done": "nouns of wrongs done to people or a vote ('violations', 'persecution', 'intimidation'): a speaker who "
                  "tells of one as done condemns it, named doer or none",
    "instance": "nouns of a case of something, whose 'of' names it ('documented cases of torture')",
    "held-count": "nouns of a rough count whose 'of' names the people counted ('arrested dozens of supporters')",
    "freed-people": "plural nouns that name people freed only by number, sex or role ('freed 195 people', 'released four "
                    "women'): whom they are freed to is the other side",
    "intent": "verbs of wanting or seeking: a harm in their complement is intended, not done ('want to kill her')",
    "permit": "verbs of giving leave ('authorized the army to strike'): what is permitted is not done",
    "plight-verb": "verbs of undergoing or being obliged ('Sudan faces famine', 'Ukraine has to beg for arms'): a "
                   "verdict on such a clause blames no one in it",
    "want-of": "verbs of wanting another to act ('wants Israel to', 'would like Hamas to'): what is wanted is asked of them",
    "willing": "adjectives of being ready to do something ('happy to meet', 'prepared to talk'): talks so offered are AGREE",
    # kg/data/actor_words.tsv: how actors are found
    "title": "a person's office, job or role, before or beside a name ('adviser Mesut Casin')",
    "state-title": "an office held for a state or organisation: a demonym beside it is an affiliation",
    "org-head": "head nouns of organisation names: such a name is one actor whatever names it holds",
    "organ": "head nouns of state organs: a name that starts with a country is that country's organ",
    "home-organ": "organs that, named without their country, belong to the state the article is about",
    "legal-organ": "organs of courts and prosecution: named bare, the state's the article's courts sit in",
    "home-official": "words of a level of local government before 'officials' ('local officials', 'a provincial "
                     "official'): unnamed, they speak for the rulers of the state the story is set in",
    "organ-level": "adjectives of the level of government an organ serves ('federal police'): no owner",
    "government-organ": "organs a person serves its owner through: their people act for the state or group",
    "place-noun": "head nouns of place names: such a name is no actor ('Boni Forest')",
    "not-actor-head": "head nouns of names that are no actors: laws, plans, indexes, events",
    "lead-verb": "verbs by which a person heads an organisation ('who heads the foundation')",
    "former": "words that make a title a past one ('former ambassador')",
    "collective": "plural heads of group actors ('rights groups', 'security analysts')",
    "collective-modified": "collective heads that name a group only with a modifier ('rights groups')",
    "regional-collective": "plural heads of officials or states that, after a regional adjective no actor holds, "
                           "name a group ('European leaders', 'Arab diplomats'); after a demonym they are its state",
    "regional-adjective": "lower-case adjectives that, like a regional name, make officials a group ('world leaders')",
    "populace": "nouns of a state's population ('the Afghan people', 'the people of Myanmar'): a group of its own",
    "unknown": "adjectives that say a group is not identified ('unknown gunmen', 'unidentified assailants'): no actor",
    "relational": "collective heads whose possessor is another actor, not the group itself ('America's allies')",
    "quantity": "nouns of number before 'of' ('tens of thousands of Sudanese' is a group)",
    "state-plural": "plural nouns that refer back to several states named before ('the three nations')",
    "org-noun": "nouns that refer back to the organisation named last ('the bloc', 'the regional body')",
    "honorific": "abbreviated titles before a name ('Mr.', 'Gen.')",
    "court-title": "titles of judges: with no other clue, the person sits on the court the article names",
    "domestic-title": "offices of a state: with no other clue, held for the state the article is about",
    "agent-participle": "'X-appointed rapporteur', 'X-backed envoy': X is what the person acts for",
    "judicial": "head nouns of courts: a judge acts for the court, not for its state",
    "agent-suffix": "'X-led coalition', 'X-backed militia': the hyphenated word names X as the actor behind",
    "org-descriptor": "nouns that describe an organisation named right after them ('broadcaster TOLOnews')",
    "male-title": "titles and honorifics that say he: 'she' is not that person",
    "female-title": "titles and honorifics that say she: 'he' is not that person",
    # kg/data/given_names.tsv: given names that say he or she
    "male-name": "given names of men: 'she' is not a person so named (a person's first name word)",
    "female-name": "given names of women: 'he' is not a person so named (a person's first name word)",
    "unique-office": "offices one person holds in a state: 'Thailand's king' is a person actor of its own",
    "particle": "lower-case particles inside personal names ('al-Rufay'i', 'von der Leyen')",
    "field-organ": "organs named in lower case by the fields they serve ('the ministry of finance and planning')",
    "org-product": "nouns of what an organisation makes, named before them ('an Ipsos survey'): the name is an organisation",
    "outlet-organ": "a state's news organs, as the end of their ids ('state_television'): news media, no one meets them",
    "portfolio": "adjectives of the field an office serves ('the foreign minister'): the office is that one, not any minister's",
    "dissent": "words of standing against a state's rulers ('opposition leader'): a country named with them is no affiliation",
    "tribunal": "nouns of courts and trials ('a trial in New York'): the place they are in is where the sentence's legal act is",
    "judgment": "nouns of a court's judgment ('slammed the ruling'): answered with no owner named, the court's",
    "trial-verb": "verbs that put people on trial or sentence them: whom they name are 'the defendants' after them",
    "vessel-noun": "nouns of merchant ships right before a ship's name ('the tanker Sounion'): the name is no actor",
    "insurgent-word": "words that make a name opening with a country's a movement against its rulers, not its organ "
                      "('Sudan Liberation Army', 'Kosovo Liberation Army')",
    "newswire": "heads of a news outlet's lower-case name after its own ('the Mizan news agency'): the name is an outlet",
    "opposition-head": "nouns that with 'opposition' name a state's political opposition ('opposition parties')",
    "owner-suffix": "'X-controlled state television', 'X-run police': the hyphenated word names X as the organ's owner",
    "ruling": "adjectives of holding power ('the ruling party', 'the governing coalition'): the party that rules a state",
    "party-noun": "nouns of a political party or coalition of parties: 'the ruling party', 'the party' (one named before)",
    "kin": "relatives and counsel of a person ('his lawyer', 'Banda's wife'): they speak beside the person, not for them",
    "people-name": "names of peoples, ethnic and religious groups ('Tuareg', 'Druze'): 'Tuareg rebels' are no organisation named Tuareg",
    "izafe": "the Persian and Urdu link inside a name of hyphened words ('Tehreek-e-Labbaik'): such a word is one name",
    "forces-site": "nouns of a post or unit of a state's forces ('a police post', 'an army base'): attacked with no owner "
                   "named, the forces' of the state it is in, else of the article's",
    "armed-modifier": "words of an armed group before a noun of its sites ('rebel positions'): attacked, the sites are "
                      "the armed group named last",
    "verdict": "verbs whose object says what their subject is ('represents a violation', 'sent a chilling message')",
    "instrument": "nouns of one serving another ('a puppet of Rwanda'): said of someone, whom it serves is judged too",
    "perpetrate": "verbs of doing a wrong whose passive participle names its doer ('crimes committed by Hamas')",
    "conduct": "verbs of pursuing a course ('makes perverse decisions', 'pursues a reckless policy'): a word of blame in their object judges their subject",
    "locked-in": "verbs that put a joined subject in a joint act ('locked in a war'): its sides are the subject's actors",
    "meddling": "nouns of acts against others' affairs ('warned against foreign interference'): warned against, rejected",
    "acceptance": "verbs of accepting a claim, verdict or state ('did not accept the verdict'): negated, a refusal",
    "strive": "verbs of working toward something ('working toward a deal between A and B'): a third side so seeking a deal mediates",
    "organ-member": "nouns of members of an organ named right before them ('police officers'): they stand for the organ",
    "go-on": "verbs of doing or going on with an act ('will continue its attacks', 'would take countermeasures'): a noun of the "
             "act they take has their mode",
    "kind-of": "words whose 'of' says what kind their noun is ('an act of piracy', 'guilty of war crimes'): a word of "
               "blame there judges what the noun is said of",
    "hearsay": "hedges of what is only reported ('reportedly'): with no one named telling it, the act stands, no one's "
               "accusation",
    "stake": "nouns of what armed sides fight for ('battling the military for control of Sudan'): fighting someone for "
             "it is force, not criticism",
    "agent-verb": "verbs only a body of people does ('Puntland accused', 'Ansaru claimed'): a capitalised name no reading makes "
                  "an actor that is their subject names an organisation",
    "abduction": "cues of taking people captive ('kidnapped two doctors', 'the abduction of 20 villagers'): whoever did it "
                 "holds them, and frees them when they are freed with no one named",
}

#: Classes of kg/data/nouns.tsv: common nouns that stand for actors.
NOUN_CLASSES = {
    "person": "an office or role: with an actor modifier it is that actor, alone with 'the' the last person named",
    "state": "a government: with a modifier that actor, alone the last state named",
    "forces": "armed forces: with a state modifier that state's forces, alone the last state's",
    "group": "a non-state group: the last armed group or movement named",
    "parties": "the parties to the conflict ('both sides'): one actor each",
    "organ": "a state organ: with a state modifier or alone with 'the', an organ actor of that state",
    "accused": "people on trial ('the defendants'): with 'the', whom the last verb of a trial named before was done to",
}

_POSITIONS = {"supports", "opposes", "proposes", "undecided"}
_NO_WORDS: frozenset[str] = frozenset()  # the words of a class the lexicon lacks (made once: ``of`` is asked very often)


@dataclass(frozen=True, slots=True)
class PloverType:
    name: str
    quad: str
    score: float
    cameo: str
    cameo_also: str
    target: str  # "needed": an event of this type is coded only with a counterpart; or "optional"
    stance: str  # the position such an event states on the issue it is about ("-": none)
    definition: str


@dataclass(frozen=True, slots=True)
class Cue:
    """``words[0]`` is the lemma of the cue word; the rest must be lemmas of its dependents.

    ``plover`` is :data:`NO_EVENT` for a word that only states a position ("weigh the plan").
    """

    words: tuple[str, ...]
    pos: str  # V verb, N noun, A adjective ("concerned about")
    plover: str
    position: str = ""
    flags: frozenset[str] = frozenset()

    @property
    def text(self) -> str:
        return " ".join(self.words)

    @property
    def event(self) -> bool:
        return self.plover != NO_EVENT

    @property
    def verbal(self) -> bool:
        """A verb or a predicative adjective: it has a subject, objects and a clause."""
        return self.pos in {"V", "A"}


@cache
def plover() -> dict[str, PloverType]:
    """The 16 PLOVER event types with quad class, conflict-cooperation score and CAMEO root."""
    rows = csv.DictReader((line for line in _data("plover.tsv") if not line.startswith("#")), delimiter="\t")
    return {r["type"]: PloverType(r["type"], r["quad"], float(r["score"]), r["cameo"], r["cameo_also"], r["target"],
                                  r["stance"], r["definition"]) for r in rows}


def _data(name: str) -> list[str]:
    return (resources.files("kg") / "data" / name).read_text(encoding="utf-8").splitlines()


def _rows(lines: Iterable[str], header: str) -> Iterable[tuple[int, list[str]]]:
    """(line number, tab-separated cells) of the data lines: no blanks, comments or header."""
    for n, line in enumerate(lines, 1):
        if line.strip() and not line.startswith("#") and not line.startswith(header + "\t"):
            yield n, [c.strip() for c in line.rstrip("\n").split("\t")]


def _cue(cells: list[str], where: str) -> Cue:
    cells = cells + ["", "", ""]
    words, pos, typ, position = cells[0].split(), cells[1].upper(), cells[2].upper(), cells[3]
    flags = frozenset(f.strip() for f in cells[4].split(",") if f.strip())
    if not words or pos not in {"V", "N", "A"} or (typ not in plover() and typ != NO_EVENT):
        raise Errors.BAD_CUE_LINE(where=where)
    if position and position not in _POSITIONS | {NO_EVENT}:  # ("-": an event that states no position)
        raise Errors.UNKNOWN_POSITION(where=where, position=position, known=", ".join(sorted(_POSITIONS)))
    if typ == NO_EVENT and position in {"", NO_EVENT}:
        raise Errors.CUE_NEEDS_POSITION(where=where)
    unknown = sorted(flags - FLAGS.keys())
    if unknown:
        raise Errors.UNKNOWN_CUE_FLAG(where=where, flag=unknown[0], known=", ".join(sorted(FLAGS)))
    return Cue(tuple(w.lower() for w in words), pos, typ, position, flags)


def _word(cells: list[str], where: str) -> tuple[str, str]:
    word, cls = cells[0].lower(), cells[1]
    if cls not in WORD_CLASSES:
        raise Errors.UNKNOWN_WORD_CLASS(where=where, cls=cls, known=", ".join(sorted(WORD_CLASSES)))
    return cls, word


def _parse(lines: Iterable[str], source: str) -> tuple[list[Cue], list[tuple[str, str]]]:
    """Cue lines (``cue V|N TYPE ...``) and word-class lines (``word CLASS``) of one file."""
    cues, words = [], []
    for n, cells in _rows(lines, "cue"):
        where = f"{source}:{n}"
        if cells[0] == "word" and len(cells) > 1 and cells[1] == "class":
            continue  # the header of a word-class file
        if len(cells) >= 2 and cells[1].upper() in {"V", "N", "A"}:
            cues.append(_cue(cells, where))
        elif len(cells) >= 2 and cells[1]:
            words.append(_word(cells, where))
        else:
            raise Errors.BAD_LEXICON_LINE(where=where)
    return cues, words


@cache
def _builtin() -> tuple[tuple[Cue, ...], tuple[tuple[str, str], ...]]:
    cues, _ = _parse(_data("cues.tsv"), "cues.tsv")
    _, words = _parse(_data("words.tsv"), "words.tsv")
    _, actor_words = _parse(_data("actor_words.tsv"), "actor_words.tsv")
    _, names = _parse(_data("given_names.tsv"), "given_names.tsv")
    return tuple(cues), tuple(words) + tuple(actor_words) + tuple(names)


@cache
def _nouns() -> dict[str, tuple[str, str]]:
    out = {}
    for n, cells in _rows(_data("nouns.tsv"), "noun"):
        cells = cells + [""]
        if cells[1] not in NOUN_CLASSES:
            raise Errors.UNKNOWN_NOUN_CLASS(where=f"nouns.tsv:{n}", cls=cells[1], known=", ".join(sorted(NOUN_CLASSES)))
        out[cells[0].lower()] = (cells[1], cells[2])
    return out


@dataclass(frozen=True)
class Lexicon:
    """Cues by (head lemma, part of speech), longest first; word classes; actor nouns."""

    index: dict[tuple[str, str], tuple[Cue, ...]]
    words: dict[str, frozenset[str]] = field(default_factory=dict)
    nouns: dict[str, tuple[str, str]] = field(default_factory=dict)  # noun -> (class, office hint)

    def candidates(self, lemma: str, pos: str) -> tuple[Cue, ...]:
        return self.index.get((lemma, pos), ())

    def of(self, cls: str) -> frozenset[str]:
        """The words of one class (``lex.of("speech")``)."""
        return self.words.get(cls, _NO_WORDS)

    def outlet(self, actor_id: str) -> bool:
        """Is the actor a news medium: one of ``news-outlet``, or an actor whose id ends in one of its nouns
        ("IRN_STATE_TELEVISION", Iranian state television; "IRN_MIZAN_NEWS_AGENCY")."""
        low = actor_id.lower()
        return low in self.of("news-outlet") or low in self.of("press-people") or any(
            low.endswith(f"_{organ}") for organ in self.of("outlet-organ"))

    def nouns_of(self, *classes: str) -> frozenset[str]:
        """The actor nouns of some classes (``lex.nouns_of("person")``)."""
        return _nouns_of(self, classes)

    def noun(self, word: str) -> tuple[str, str]:
        """``(class, office hint)`` of an actor noun, or ``("", "")``."""
        return self.nouns.get(word, ("", ""))

    def digest(self) -> str:
        """A fingerprint of everything in the lexicon (for the result cache)."""
        text = repr((sorted(self.index.items()), sorted(self.words.items()), sorted(self.nouns.items())))
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def __hash__(self) -> int:
        return id(self)


@lru_cache(maxsize=64)
def _nouns_of(lex: Lexicon, classes: tuple[str, ...]) -> frozenset[str]:
    return frozenset(word for word, (cls, _) in lex.nouns.items() if cls in classes)


def _expanded(cues: dict[tuple[tuple[str, ...], str], Cue], words: dict[str, set[str]]) -> list[Cue]:
    """The cues, with a word class in angle brackets ("deliver <arms>") written out as one cue per word
    of the class ("deliver tank", "deliver missile", ...); a cue written out in full wins."""
    out = {key: cue for key, cue in cues.items() if not any(w.startswith("<") for w in cue.words)}
    for cue in cues.values():
        slots = [i for i, w in enumerate(cue.words) if w.startswith("<") and w.endswith(">")]
        if not slots:
            continue
        cls = cue.words[slots[0]][1:-1]
        if cls not in words:
            raise Errors.UNKNOWN_WORD_CLASS(where=f"cue {cue.text!r}", cls=cls, known=", ".join(sorted(words)))
        for word in sorted(words[cls]):
            full = replace(cue, words=tuple(word if i == slots[0] else w for i, w in enumerate(cue.words)))
            out.setdefault((full.words, full.pos), full)
    return list(out.values())


def load_lexicon(user_files: Iterable[str | Path] = ()) -> Lexicon:
    """The built-in cues and word classes, with a user's files added.

    A user's file holds cue lines (``cue<TAB>V|N<TAB>TYPE[<TAB>position<TAB>flags]``; a user's cue
    replaces a built-in one with the same words) and word-class lines (``word<TAB>class``, added
    to the class).
    """
    builtin_cues, builtin_words = _builtin()
    cues = {(c.words, c.pos): c for c in builtin_cues}
    words: dict[str, set[str]] = {}
    for cls, word in builtin_words:
        words.setdefault(cls, set()).add(word)
    for path in user_files:
        path = Path(path)
        try:
            lines = path.read_text(encoding="utf-8-sig").splitlines()
        except (OSError, UnicodeDecodeError):
            raise Errors.UNREADABLE_CUE_FILE(path=path) from None
        user_cues, user_words = _parse(lines, str(path))
        cues.update({(c.words, c.pos): c for c in user_cues})
        for cls, word in user_words:
            words.setdefault(cls, set()).add(word)
    index: dict[tuple[str, str], list[Cue]] = {}
    for cue in _expanded(cues, words):
        index.setdefault((cue.words[0], cue.pos), []).append(cue)
    return Lexicon({k: tuple(sorted(v, key=lambda c: -len(c.words))) for k, v in index.items()},
                   {k: frozenset(v) for k, v in words.items()}, dict(_nouns()))
