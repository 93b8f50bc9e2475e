"""The general wire vocabulary of kg/data/cues.tsv and kg/data/words.tsv (issue 13).

For each family of words, one sentence (written for this test, not taken from the evaluation
stories) shows a new word coded as the expected event, and one shows a use of a word in another
sense that must not be coded as that event.
"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

#: family -> (sentence, event that must be coded)
CODED = {
    "accuse: responsible for a blast": ("Kyiv said Moscow was responsible for the blast.", ("UKR", "ACCUSE", "RUS")),
    "accuse: behind an explosion": ("Ukraine said Russia was behind the explosion at the dam.", ("UKR", "ACCUSE", "RUS")),
    "accuse: attacked on social media": ("Trump attacked The Wall Street Journal on social media.",
                                         ("TRUMP", "ACCUSE", "WSJ")),
    "consult: called a leader on a day": ("Pakistani Prime Minister Shehbaz Sharif called Iranian President Ebrahim "
                                          "Raisi on Thursday.", ("SHARIF_SHEHBAZ", "CONSULT", "RAISI")),
    "request: demanded a leader's ouster": ("Protesters demanded Netanyahu's ouster.", ("PROTESTERS", "REQUEST", "NETANYAHU")),
    "consult: a round of talks held": ("Kenya and Somalia held a second round of talks in Nairobi.",
                                       ("KEN", "CONSULT", "SOM")),
    "consult: had a telephone conversation": ("Biden and Xi had a telephone conversation on Monday.",
                                              ("XI_JINPING", "CONSULT", "BIDEN")),
    "consult: paid a courtesy call on": ("Kenyan President William Ruto paid a courtesy call on Somali President Hassan "
                                         "Sheikh Mohamud.", ("RUTO", "CONSULT", "HASSAN_SHEIKH")),
    "agree: finalised a deal, British spelling": ("Britain and Mauritius finalised the deal on Thursday.",
                                                  ("GBR", "AGREE", "MUS")),
    "request: pushed a party to accept": ("Egypt is pushing Hamas to accept the proposal.", ("EGY", "REQUEST", "HAMAS")),
    "consult: exchanged views with": ("Biden exchanged views with Xi on Taiwan.", ("BIDEN", "CONSULT", "XI_JINPING")),
    "accuse: attacked in a speech": ("Trump attacked Joe Biden in a speech on Monday.", ("TRUMP", "ACCUSE", "BIDEN")),
    "accuse: concerned, parsed as a participle": ("Lula said he was concerned about Venezuela.", ("LULA", "ACCUSE", "VEN")),
    "reject: remarks dismissed": ("Chinese Foreign Ministry spokesperson Lin Jian said the Philippines should stop its "
                                  "provocations. Philippine officials dismissed the remarks as propaganda.",
                                  ("PHL", "REJECT", "LIN_JIAN")),
    "accuse: allegations that X did": ("The allegations by Ukraine that Russia deported children were investigated.",
                                       ("UKR", "ACCUSE", "RUS")),
    "accuse: sparked international outrage": ("Israel's strike on the consulate sparked international outrage.",
                                              ("INTL_COMMUNITY", "ACCUSE", "ISR")),
    "accuse: prompted condemnation from": ("Russia's decision prompted condemnation from the European Union.",
                                           ("EU", "ACCUSE", "RUS")),
    "accuse: drew the ire of": ("Netanyahu's remarks drew the ire of Washington.", ("USA", "ACCUSE", "NETANYAHU")),
    "accuse: a broadside against": ("Putin launched a broadside against NATO.", ("PUTIN", "ACCUSE", "NATO")),
    "accuse: a tirade against": ("Maduro went on a tirade against the United States.", ("MADURO", "ACCUSE", "USA")),
    "accuse: aggression reported": ("The Houthis said the United States had carried out aggression against Yemen.",
                                    ("HOUTHIS", "ACCUSE", "USA")),
    "reject: allegations said to be false": ("Ukraine accused Russia of deporting children. The Kremlin said the "
                                             "allegations were false.", ("KREMLIN", "REJECT", "UKR")),
    "reject: claims said to be baseless": ("Hamas said the Israeli claims were baseless.", ("HAMAS", "REJECT", "ISR")),
    "accuse: a critic of": ("Russian opposition leader Alexei Navalny, Putin's fiercest critic, died in prison.",
                            ("ALEXEI_NAVALNY", "ACCUSE", "PUTIN")),
    "accuse: a critic of an actor's conduct": ("Masih Alinejad, a vocal critic of Tehran's human rights abuses, "
                                               "lives in New York.", ("MASIH_ALINEJAD", "ACCUSE", "IRN")),
    "accuse: may amount to war crimes": ("The United Nations said Israel's actions may amount to war crimes.",
                                         ("UN", "ACCUSE", "ISR")),
    "reject: each of two objects": ("Israel rejected the Egyptian proposal and the demands of Hamas.",
                                    ("ISR", "REJECT", "HAMAS")),
    "accuse: each of two objects": ("Germany condemned the Russian strikes and the Iranian drone deliveries.",
                                    ("DEU", "ACCUSE", "IRN")),
    "accuse: blamed the violence on": ("Ethiopia blamed the violence on Eritrea.", ("ETH", "ACCUSE", "ERI")),
    "accuse: a rebuke from a capital": ("Netanyahu's remarks drew a sharp rebuke from Washington.",
                                        ("USA", "ACCUSE", "NETANYAHU")),
    "accuse: labeled a terrorist organization": ("The United States labeled the Houthis a terrorist organization.",
                                                 ("USA", "ACCUSE", "HOUTHIS")),
    "accuse: ethnic cleansing reported": ("The United Nations said the Rapid Support Forces had carried out ethnic "
                                          "cleansing.", ("UN", "ACCUSE", "RSF")),
    "accuse: atrocities perpetrated, reported": ("Human Rights Watch said Ethiopian troops had perpetrated atrocities.",
                                                 ("HRW", "ACCUSE", "ETH_ARMED_FORCES")),
    "accuse: strong dissatisfaction": ("China expressed strong dissatisfaction with the American decision.",
                                       ("CHN", "ACCUSE", "USA")),
    "reject: denied any involvement": ("Ukraine accused Russia of shelling the plant. Russia denied any involvement.",
                                       ("RUS", "REJECT", "UKR")),
    "reject: denied wrongdoing": ("Kenya accused al-Shabab of the attack. Al-Shabab has denied wrongdoing.",
                                  ("SHABAAB", "REJECT", "KEN")),
    "accuse: derailing reported": ("Qatar said Israel had derailed the talks.", ("QAT", "ACCUSE", "ISR")),
    "accuse: muzzling reported": ("Human Rights Watch said the Ethiopian government had muzzled the press.",
                                  ("HRW", "ACCUSE", "ETH")),
    "accuse: conspiring reported": ("Kenya said Somalia had conspired with al-Shabab.", ("KEN", "ACCUSE", "SOM")),
    "accuse: said to be behind an attack": ("Kyiv said Moscow was behind the attack on the dam.", ("UKR", "ACCUSE", "RUS")),
    "accuse: chastised": ("Beijing chastised Tokyo over the visit to the shrine.", ("CHN", "ACCUSE", "JPN")),
    "accuse: railed against": ("Erdogan railed against Israel on Tuesday.", ("ERDOGAN", "ACCUSE", "ISR")),
    "reject: disagreed with": ("Kenya disagreed with Somalia over the maritime boundary.", ("KEN", "REJECT", "SOM")),
    "reject: pushed back against": ("Tehran pushed back against the accusations by Washington.", ("IRN", "REJECT", "USA")),
    "reject: contradicted an account": ("The Kremlin contradicted Ukraine's account of the attack.",
                                        ("KREMLIN", "REJECT", "UKR")),
    "reject: shunned": ("The West has shunned the Taliban since 2021.", ("WEST", "REJECT", "TALIBAN")),
    "reject: questioned motives": ("Tehran questioned Washington's sincerity.", ("IRN", "REJECT", "USA")),
    "accuse: international condemnation": ("Russia's invasion of Ukraine drew international condemnation.",
                                           ("INTL_COMMUNITY", "ACCUSE", "RUS")),
    "accuse: an arrest condemned, its doer blamed": (
        "Cambodia has jailed dozens of critics. Cambodian police arrested the journalist Mech Dara in Phnom Penh on "
        "Monday. Mech Dara's arrest drew condemnation from the United States.", ("USA", "ACCUSE", "KHM")),
    "accuse: lashed out at a capital": ("Iran lashed out at Washington over the sanctions.", ("IRN", "ACCUSE", "USA")),
    "accuse: a swipe at a capital": ("China took a swipe at Washington on Monday.", ("CHN", "ACCUSE", "USA")),
    "assault: hostilities": ("Hostilities between Israel and Hamas resumed.", ("ISR", "ASSAULT", "HAMAS")),
    "protest: slogans chanted against": ("Demonstrators chanted slogans against President Kais Saied in Tunis.",
                                         ("PROTESTERS", "PROTEST", "SAIED")),
    "protest: outside an embassy": ("Protesters rallied outside the Israeli embassy in Amman.",
                                    ("PROTESTERS", "PROTEST", "ISR_EMBASSY")),
    "protest: to demand a resignation": ("Protesters took to the streets of Tel Aviv to demand Benjamin Netanyahu's "
                                         "resignation.", ("PROTESTERS", "PROTEST", "NETANYAHU")),
    "accuse: failing to protect, reported": ("Israel said Hamas failed to honor the deal.", ("ISR", "ACCUSE", "HAMAS")),
    "mobilize: warships massed": ("China massed warships near Taiwan.", ("CHN", "MOBILIZE", None)),
    "mobilize: forces sent to fight an enemy": ("Nigeria sent soldiers into Niger to fight Boko Haram.",
                                                ("NGA", "MOBILIZE", "BOKO_HARAM")),
    "mobilize: troops massed on a border": ("Ethiopia amassed troops near the border with Eritrea.",
                                            ("ETH", "MOBILIZE", "ERI")),
    "mobilize: troops reinforced": ("India reinforced its troops along the Chinese border.", ("IND", "MOBILIZE", "CHN")),
    "mobilize: police sent": ("Kenya sent police officers to Haiti to fight the gangs.", ("KEN", "MOBILIZE", "GANGS")),
    "mobilize: soldiers stationed": ("Rwanda has stationed soldiers in eastern Congo.", ("RWA", "MOBILIZE", None)),
    "accuse: intimidation reported": ("Human Rights Watch said Ethiopian authorities intimidated journalists.",
                                      ("HRW", "ACCUSE", "ETH")),
    "accuse: destabilizing reported": ("Kenya said Somalia sought to destabilize the region.", ("KEN", "ACCUSE", "SOM")),
    "assault: at war": ("Russia and Ukraine have been at war since February 2022.", ("RUS", "ASSAULT", "UKR")),
    "assault: a ship owned by a state": ("Houthi rebels attacked a Greek-owned tanker in the Red Sea.",
                                         ("HOUTHIS", "ASSAULT", "GRC")),
    "assault: commandos and paratroopers are forces": ("Russian paratroopers attacked Ukrainian positions near Kyiv.",
                                                       ("RUS_ARMED_FORCES", "ASSAULT", "UKR")),
    "assault: fire with a weapon": ("Hezbollah fired rockets at Israel on Tuesday.", ("HEZBOLLAH", "ASSAULT", "ISR")),
    "assault: exchange of fire": ("Israeli troops exchanged fire with Hezbollah fighters.",
                                  ("IDF", "ASSAULT", "HEZBOLLAH")),
    "assault: cyber attack": ("Russia carried out a cyberattack on Estonia.", ("RUS", "ASSAULT", "EST")),
    "coerce: house arrest": ("Russia placed Alexei Navalny under house arrest.",
                             ("RUS", "COERCE", "ALEXEI_NAVALNY")),
    "coerce: maritime": ("The Chinese coast guard chased away a Philippine vessel.",
                         ("CHN_COAST_GUARD", "COERCE", "PHL")),
    "accuse: impeachment": ("The House of Representatives impeached Donald Trump in 2019.",
                            ("HOUSE_OF_REPRESENTATIVES", "ACCUSE", "TRUMP")),
    "concede: prisoner swap": ("Russia and Ukraine swapped prisoners on Friday.", ("RUS", "CONCEDE", "UKR")),
    "sanction: export controls": ("The Commerce Department added Huawei to its entity list.",
                                  ("COMMERCE_DEPARTMENT", "SANCTION", "HUAWEI")),
    "sanction: expelled from a party named by its modifier": ("Nelson Chamisa was expelled from the Zanu PF party on "
                                                              "Friday.", ("ZANU_PF", "SANCTION", "NELSON_CHAMISA")),
    "sanction: barred from entering a state": ("Albania's former prime minister Sali Berisha is barred from entering "
                                               "the United States. Albania's prime minister Edi Rama met Berisha.",
                                               ("USA", "SANCTION", "SALI_BERISHA")),
    "sanction: tariffs imposed on a country's goods": ("Tariffs imposed by the United States on Canadian lumber hurt "
                                                       "exporters.", ("USA", "SANCTION", "CAN")),
    "sanction: an envoy ordered to leave": ("Mali ordered the French ambassador to leave the country.",
                                           ("MLI", "SANCTION", "FRA")),
    "coerce: residents ordered to leave": ("The rebels ordered residents to leave the town.",
                                           ("REBELS", "COERCE", "RESIDENTS")),
    "protest: a hunger strike launched": ("Palestinian prisoners launched a hunger strike against Israel's detention "
                                          "policy.", ("PALESTINIAN_PRISONERS", "PROTEST", "ISR")),
    "concede: a travel ban lifted": ("The Taliban lifted the travel ban on Afghan women.", ("TALIBAN", "CONCEDE", "AFGHAN_WOMEN")),
    "accuse: a person firing back at someone": ("Rwandan President Paul Kagame fired back at Belgium on Monday.",
                                                ("KAGAME", "ACCUSE", "BEL")),
    "assault: forces firing back": ("Russian forces fired back at Ukrainian positions.",
                                    ("RUS_ARMED_FORCES", "ASSAULT", "UKR")),
    "concede: bodies returned": ("Hamas returned the bodies of four hostages to Israel.", ("HAMAS", "CONCEDE", "ISR")),
    "concede: prisoners of war exchanged": ("Russia and Ukraine exchanged 95 prisoners of war on Friday.",
                                            ("RUS", "CONCEDE", "UKR")),
    "concede: handed over, read as 'more than'": ("Armenia and Azerbaijan are at odds. Azerbaijan handed over 32 "
                                                  "Armenian prisoners.", ("AZE", "CONCEDE", "ARM")),
    "threaten: a warning of one's own answer": ("North Korea warned of overwhelming action against South Korea.",
                                                ("PRK", "THREATEN", "KOR")),
    "threaten: an ultimatum given to someone": ("Sudan's army gave the RSF an ultimatum to leave Khartoum.",
                                                ("SAF", "THREATEN", "RSF")),
    "sanction: a measure noun aimed by a participle": ("The U.S. announced new sanctions targeting Russia's energy "
                                                      "sector.", ("USA", "SANCTION", "RUS")),
    "sanction: a measure verb's object aimed by a participle": ("Britain imposed sanctions targeting Iranian officials.",
                                                                ("GBR", "SANCTION", "IRN")),
    "sanction: aimed at": ("The EU adopted tariffs aimed at Chinese electric cars.", ("EU", "SANCTION", "CHN")),
    "threaten: a threat of tariffs on a country": ("Donald Trump's threat of tariffs on Mexico rattled markets.",
                                                   ("TRUMP", "THREATEN", "MEX")),
    "sanction: a tariff battle": ("Donald Trump has been waging a tariff battle with Canada.", ("TRUMP", "SANCTION", "CAN")),
    "sanction: members listed beside a group": ("The United States imposed sanctions on Iran's allies — Syria and "
                                                "Venezuela — on Monday.", ("USA", "SANCTION", "VEN")),
    "sanction: a crossing blocked": ("Egypt blocked the border crossing with Israel on Monday.", ("EGY", "SANCTION", "ISR")),
    "coerce: people expelled": ("Pakistan expelled thousands of Afghan refugees.", ("PAK", "COERCE", "AFGHAN_REFUGEES")),
    "sanction: envoy recalled": ("Israel recalled its envoy from Turkey.", ("ISR", "SANCTION", "TUR")),
    "consult: talks resumed": ("Israel and Hamas resumed talks in Doha.", ("HAMAS", "CONSULT", "ISR")),
    "consult: intermediary": ("Qatar acted as an intermediary between Israel and Hamas.", ("QAT", "CONSULT", "ISR")),
    "agree: truce reached": ("Israel and Hezbollah reached a ceasefire.", ("ISR", "AGREE", "HEZBOLLAH")),
    "agree: readiness": ("Hamas is ready to negotiate with Israel.", ("HAMAS", "AGREE", "ISR")),
    "support: gratitude": ("Egypt expressed gratitude to Qatar for its efforts.", ("EGY", "SUPPORT", "QAT")),
    "request: nudging": ("Egypt nudged Hamas to accept the deal.", ("EGY", "REQUEST", "HAMAS")),
    "accuse: holding responsible": ("Ukraine held Russia responsible for the attack.", ("UKR", "ACCUSE", "RUS")),
    "reject: spurning": ("Hamas spurned the Israeli offer.", ("HAMAS", "REJECT", "ISR")),
    "threaten: revenge vowed": ("Israel vowed revenge against Hamas.", ("ISR", "THREATEN", "HAMAS")),
    "threaten: warning of retaliation": ("Hezbollah warned of retaliation if Israel attacked Lebanon.",
                                         ("HEZBOLLAH", "THREATEN", "ISR")),
    "protest: march": ("Kenyan protesters marched against President William Ruto.",
                       ("KENYAN_PROTESTERS", "PROTEST", "RUTO")),
    "mobilize: jets scrambled": ("China scrambled fighter jets toward Taiwan.", ("CHN", "MOBILIZE", "TWN")),
    "retreat: arms laid down": ("The rebels laid down their arms.", ("REBELS", "RETREAT", None)),
    "aid: arms shipped": ("Germany shipped tanks to Ukraine.", ("DEU", "AID", "UKR")),
    "aid: arms sold (a class of arms words)": ("Turkey has sold armed drones to Ethiopia.", ("TUR", "AID", "ETH")),
    "aid: systems delivered": ("Germany delivered air defense systems to Ukraine.", ("DEU", "AID", "UKR")),
    "cooperate: arms bought": ("Poland bought Abrams tanks from the United States.", ("POL", "COOPERATE", "USA")),
    "assault: town retaken from an actor (a past form tagged as present)": (
        "Somali forces later retook the town from al-Shabab.", ("SOM_ARMED_FORCES", "ASSAULT", "SHABAAB")),
    "cooperate: working alongside": ("U.S. forces, working alongside Iraqi troops, killed the IS commander.",
                                     ("USA_ARMED_FORCES", "COOPERATE", "IRQ_ARMED_FORCES")),
    "cooperate: intelligence provided": ("Egypt has provided intelligence to Israel.", ("EGY", "COOPERATE", "ISR")),
    "cooperate: two states cooperating": ("Russia and Iran are cooperating on drone production.",
                                          ("IRN", "COOPERATE", "RUS")),
    "cooperate: trilateral drills": ("Japan, the Philippines and the United States held trilateral drills.",
                                     ("PHL", "COOPERATE", "USA")),
    "sanction: cooperation ended": ("France and Chad ended their military cooperation.", ("FRA", "SANCTION", "TCD")),
    "sanction: put on a blacklist": ("Washington placed Huawei on a trade blacklist.", ("USA", "SANCTION", "HUAWEI")),
    "sanction: embassy closure ordered": ("Niger's junta ordered the closure of the French embassy in Niamey.",
                                          ("NER_JUNTA", "SANCTION", "FRA_EMBASSY")),
    "sanction: revenues withheld": ("Israel withheld tax revenues from the Palestinian Authority.",
                                    ("ISR", "SANCTION", "PA")),
    "sanction: support suspended": ("The European Union suspended budget support to Niger after the coup.",
                                    ("EU", "SANCTION", "NER")),
    "sanction: asset freeze": ("Britain announced an asset freeze and travel ban on five Israeli settlers.",
                               ("GBR", "SANCTION", "ISRAELI_SETTLERS")),
    "sanction: travel ban imposed": ("Britain imposed a travel ban on Hamas leader Yahya Sinwar.",
                                     ("GBR", "SANCTION", "SINWAR_YAHYA")),
    "reject: disputes between two sides": ("Energy finds have sparked territorial disputes between Greece and Turkey.",
                                           ("TUR", "REJECT", "GRC")),
    "reject: motives questioned": ("Russia questioned the United States' motives.", ("RUS", "REJECT", "USA")),
    "threaten: weapons to be used on a condition": ("North Korea said it would use nuclear weapons if the United "
                                                    "States attacked.", ("PRK", "THREATEN", "USA")),
    "assault: gunfire exchanged": ("Israeli troops and Hamas fighters exchanged gunfire in Rafah.",
                                   ("HAMAS", "ASSAULT", "IDF")),
    "assault: prisoner hanged": ("Iran hanged Alireza Akbari, a British-Iranian national convicted of spying.",
                                 ("IRN", "ASSAULT", "ALIREZA_AKBARI")),
    "coerce: held without charge": ("Zimbabwe's president spoke in Zimbabwe on Monday. Zimbabwe's opposition "
                                    "criticized Zimbabwe's parliament. Nelson Chamisa has been held without charge "
                                    "since March.", ("ZWE", "COERCE", "NELSON_CHAMISA")),
    "coerce: stripped of a passport": ("Iranian authorities stripped dissident Ali Karimi of his passport.",
                                       ("IRN", "COERCE", "ALI_KARIMI")),
    "assault: homes torched": ("Boko Haram insurgents torched the homes of Christian villagers in Borno state.",
                               ("BOKO_HARAM", "ASSAULT", "CHRISTIAN_VILLAGERS")),
    "assault: weapons used against": ("Russia used drones against Ukrainian cities.", ("RUS", "ASSAULT", "UKR")),
    "coerce: broadcasts suspended": ("Mali suspended the broadcasts of France 24.", ("MLI", "COERCE", "FRANCE24")),
    "reject: door slammed": ("Beijing slammed the door on talks with Taipei.", ("CHN", "REJECT", "TWN")),
    "reject: denial of allegations made by someone": ("China denied the allegations made by the Philippines.",
                                                     ("CHN", "REJECT", "PHL")),
    "accuse: interference": ("Kenya said Somalia had meddled in its internal affairs.", ("KEN", "ACCUSE", "SOM")),
    "cooperate: partnering": ("Kenya partnered with the United States on security.", ("KEN", "COOPERATE", "USA")),
    "speech verb": ("Israel will strike Hezbollah, Benjamin Netanyahu maintained.",
                    ("NETANYAHU", "THREATEN", "HEZBOLLAH")),
    "blame word": ('"Russia\'s unprovoked invasion is a travesty," Joe Biden said.', ("BIDEN", "ACCUSE", "RUS")),
    "request: sought from": ("Ukraine sought more air defense systems from Germany.", ("UKR", "REQUEST", "DEU")),
    "request: restraint urged": ("China urged restraint on Monday.", ("CHN", "REQUEST", None)),
    "aid: a weapons package": ("The United States announced a new $425 million weapons package for Ukraine.",
                               ("USA", "AID", "UKR")),
    "aid: financial support given": ("Japan gave Ukraine $4.5 billion in financial support.", ("JPN", "AID", "UKR")),
    "aid: a loan paid out": ("The World Bank disbursed $1 billion to Pakistan.", ("WORLD_BANK", "AID", "PAK")),
    "aid: relief goods delivered": ("UNICEF delivered vaccines to 2 million children in Yemen.",
                                    ("UNICEF", "AID", "CHILDREN")),
    "aid: the supply of arms": ("Iran's supply of drones to Russia has angered Kyiv.", ("IRN", "AID", "RUS")),
    "mobilize: warships sailed": ("China sailed two warships through the Taiwan Strait on Friday.",
                                  ("CHN", "MOBILIZE", None)),
    "mobilize: bombers flown": ("Russia flew nuclear-capable bombers over the Sea of Japan.", ("RUS", "MOBILIZE", None)),
    "mobilize: patrols stepped up": ("The Philippines stepped up patrols in the South China Sea.",
                                     ("PHL", "MOBILIZE", None)),
    "mobilize: security beefed up": ("India beefed up security along its border with Pakistan.",
                                     ("IND", "MOBILIZE", "PAK")),
    "mobilize: forces built up": ("Ethiopia has been building up forces near the border.", ("ETH", "MOBILIZE", None)),
    "mobilize: readiness raised": ("Sweden raised its military readiness.", ("SWE", "MOBILIZE", None)),
    "mobilize: military manoeuvres": ("Venezuela staged military maneuvers near the border with Guyana.",
                                      ("VEN", "MOBILIZE", None)),
    "protest: protests mobilized": ("Kenya's opposition mobilized protests against President William Ruto.",
                                    ("KEN_OPPOSITION", "PROTEST", "RUTO")),
    "assault: fired on": ("Hamas fired on Israeli soldiers in Rafah.", ("HAMAS", "ASSAULT", "IDF")),
    "assault: drones downed": ("Ukraine downed 50 Russian drones overnight.", ("UKR", "ASSAULT", "RUS")),
    "assault: an attack repelled": ("Sudan's army repelled an RSF attack on El Obeid.", ("SAF", "ASSAULT", "RSF")),
    "assault: troops encircled": ("Russian forces encircled Ukrainian troops in Kursk.",
                                  ("RUS_ARMED_FORCES", "ASSAULT", "UKR_ARMED_FORCES")),
    "assault: a counterattack": ("Ukraine launched a counterattack against Russian forces in Kursk.",
                                 ("UKR", "ASSAULT", "RUS_ARMED_FORCES")),
    "mobilize: fighters moved": ("Hezbollah has moved fighters to the border.", ("HEZBOLLAH", "MOBILIZE", None)),
    "accuse: bears responsibility for a harm": ("\"Russia bears full responsibility for this crime,\" Zelenskyy said.",
                                                ("ZELENSKY", "ACCUSE", "RUS")),
    "accuse: a breach according to someone": ("According to the Syrian foreign ministry, Israel violated Syrian "
                                              "sovereignty.", ("SYR_MFA", "ACCUSE", "ISR")),
    "accuse: called a leader an insult": ("Trump called Zelenskyy a dictator.", ("TRUMP", "ACCUSE", "ZELENSKY")),
    "accuse: said a state is the aggressor": ("Russia is the aggressor, Zelensky said.", ("ZELENSKY", "ACCUSE", "RUS")),
    "threaten: reserves the right to respond": ("Israel said it reserves the right to respond to Iran's attack.",
                                                ("ISR", "THREATEN", "IRN")),
    "threaten: would not hesitate to use force": ("Iran said it would not hesitate to use force against Israel.",
                                                  ("IRN", "THREATEN", "ISR")),
    "request: a call on someone to act": ("Egypt's call on Israel to withdraw from the corridor went unheeded.",
                                          ("EGY", "REQUEST", "ISR")),
    "request: came under pressure from": ("Israel has come under pressure from the United States to allow more aid "
                                          "into Gaza.", ("USA", "REQUEST", "ISR")),
    "request: faces pressure from": ("Germany faces growing pressure from Kyiv to deliver Taurus missiles.",
                                     ("UKR", "REQUEST", "DEU")),
    "request: an end to a side's war": ("The Arab League demanded an end to Russia's war in Ukraine.",
                                        ("ARAB_LEAGUE", "REQUEST", "RUS")),
    "request: an end to a side's wrongs": ("The United States called for an end to Chinese harassment of Philippine "
                                           "vessels.", ("USA", "REQUEST", "CHN")),
    "aid: money provided": ("Japan will provide $500 million to Ukraine.", ("JPN", "AID", "UKR")),
    "aid: money lent": ("China has lent billions of dollars to Kenya.", ("CHN", "AID", "KEN")),
    "aid: money given to a recipient named first": ("Germany gave Ukraine 5 billion euros.", ("DEU", "AID", "UKR")),
    "aid: money pledged": ("Saudi Arabia pledged $100 million to Sudan.", ("SAU", "AID", "SDN")),
    "mobilize: soldiers contributed": ("Burundi will contribute 1,000 soldiers to the African Union force.",
                                       ("BDI", "MOBILIZE", "AU")),
    "mobilize: troops arriving": ("Kenyan troops arrived in Haiti on Tuesday.", ("KEN_ARMED_FORCES", "MOBILIZE", None)),
    "mobilize: a military presence kept": ("The United States maintains a military presence in Syria.",
                                           ("USA", "MOBILIZE", None)),
    "mobilize: presence stepped up": ("China has stepped up its presence in the South China Sea.",
                                      ("CHN", "MOBILIZE", None)),
    "mobilize: a show of force": ("Russia staged a show of force near the border.", ("RUS", "MOBILIZE", None)),
    "mobilize: recruitment": ("Al-Shabab has stepped up recruitment in southern Somalia.", ("SHABAAB", "MOBILIZE", None)),
    "agree: diplomatic relations established": ("Israel and the United Arab Emirates established diplomatic relations "
                                                "in 2020.", ("ARE", "AGREE", "ISR")),
    "agree: ties resumed": ("Egypt and Turkey resumed diplomatic ties.", ("EGY", "AGREE", "TUR")),
    "support: ties expanded": ("China expanded ties with Russia.", ("CHN", "SUPPORT", "RUS")),
    "support: relations bolstered": ("Japan and the Philippines bolstered relations.", ("PHL", "SUPPORT", "JPN")),
    "cooperate: intelligence shared by two": ("Turkey and Syria have been sharing intelligence on Kurdish militants.",
                                              ("SYR", "COOPERATE", "TUR")),
    "cooperate: pilots trained": ("The U.S. military has been training Ukrainian pilots.",
                                  ("USA_ARMED_FORCES", "COOPERATE", "UKR")),
    "support: called a milestone": ("Guterres called the deal an important milestone.", ("GUTERRES", "SUPPORT", None)),
    "consult: said at the Security Council": ("Nebenzia said at the U.N. Security Council on Monday that the West "
                                              "was to blame.", ("NEBENZIA", "CONSULT", "UNSC")),
    "consult: told the Security Council": ("Guterres told the U.N. Security Council on Monday that the situation was "
                                           "dire.", ("GUTERRES", "CONSULT", "UNSC")),
    "consult: told a session of a body": ("Lavrov told an emergency session of the General Assembly that Russia would "
                                          "not back down.", ("LAVROV", "CONSULT", "UNGA")),
}

#: family -> (sentence in which a word has another sense, PLOVER type that must not be coded)
NOT_CODED = {
    "a person firing back in words": ("Rwandan President Paul Kagame fired back at Belgium on Monday.", "ASSAULT"),
    "measures warned of, not taken": ("China warned of strong countermeasures against Japan.", "SANCTION"),
    "a danger warned of": ("The World Health Organization warned of a looming famine in Gaza.", "THREATEN"),
    "an act reported and rejected": ("Ukraine rejected reports that it had attacked Russian civilians.", "ASSAULT"),
    "an exchange proposed, not made": ("Hamas will respond to a plan proposed by Egypt to halt the fighting and to "
                                       "exchange dozens of hostages for Palestinian prisoners.", "CONCEDE"),
    "any act is no act": ("Russia said it would respond to any NATO deployment in Finland.", "MOBILIZE"),
    "a role denied in any attack": ("Kataib Hezbollah said it had no role in any attack on U.S. forces.", "ASSAULT"),
    "danger on a condition": ("Iran's foreign minister warned that the war could spread across the region if the "
                              "attacks on Gaza did not stop.", "THREATEN"),
    "sanctions targeting exports": ("The European Union adopted a new package of sanctions against Russia on Friday, "
                                    "targeting its oil exports and banks.", "ASSAULT"),
    "a level that declined": ("Israel struck Hamas targets in Gaza. Israel's exports declined sharply last year.",
                              "REJECT"),
    "aggression told, not reported": ("Russia's aggression against Ukraine continues.", "ACCUSE"),
    "label a thing": ("The Egyptian ministry labeled the boxes as humanitarian aid for Gaza.", "ACCUSE"),
    "refused to rule out": ("Vladimir Putin refused to rule out the use of force against Ukraine.", "REJECT"),
    "derailing told, not reported": ("Israel derailed the talks with Hamas on Monday.", "ACCUSE"),
    "behind a person is backing": ("Netanyahu said the United States was behind him.", "ACCUSE"),
    "push back a deadline": ("Israel and Hamas pushed back the deadline for the talks.", "REJECT"),
    "walk away from posts": ("Ethiopian troops walked away from their posts near Sudan.", "REJECT"),
    "dismiss a minister": ("Egypt's president dismissed his defense minister.", "REJECT"),
    "senators question a witness": ("Senators questioned Antony Blinken about the withdrawal.", "REJECT"),
    "the arrested man is not blamed": ("Mech Dara's arrest drew condemnation from the United States.", "ACCUSE"),
    "declined to comment": ("The Israeli military declined to comment on the report.", "REJECT"),
    "refused to confirm": ("Iran refused to confirm the report about Israel.", "REJECT"),
    "hostility is an attitude": ("Putin's hostility towards the West is well known.", "ASSAULT"),
    "fire a minister": ("Donald Trump fired Defense Secretary Mark Esper on Friday.", "ASSAULT"),
    "blast is criticism": ("Donald Trump blasted Joe Biden over the border.", "ASSAULT"),
    "hammer out a deal": ("Israel and Hamas hammered out a ceasefire deal.", "ASSAULT"),
    "hang banners": ("Protesters hung banners outside the Israeli embassy.", "ASSAULT"),
    "push back on a rival": ("China pushed back on the United States over Taiwan.", "ASSAULT"),
    "push out of office": ("Blessed Geza vowed to push President Emmerson Mnangagwa out of office.", "ASSAULT"),
    "hit with tariffs": ("Donald Trump hit China with new tariffs.", "ASSAULT"),
    "workers' strike": ("Workers went on strike in France.", "ASSAULT"),
    "execute a contract": ("Egypt will execute the contract with Israel next year.", "ASSAULT"),
    "release a text": ("Egypt released the text of the truce plan.", "CONCEDE"),
    "troops marching": ("Russian troops marched into Ukraine in 2022.", "PROTEST"),
    "appreciate a risk": ("Egypt appreciates the risks of a wider war with Israel.", "SUPPORT"),
    "finance a port": ("The United States will finance the construction of the port in Kenya.", "AID"),
    "block a road": ("Egypt's army blocked the road to Rafah.", "REJECT"),
    "an open letter": ("Egypt published an open letter to Israel.", "AGREE"),
    "destroyed by a storm": ("The storm destroyed hundreds of homes in Bangladesh.", "ASSAULT"),
    "slam the door is no criticism": ("Beijing slammed the door on talks with Taipei.", "ACCUSE"),
    "question a finding": ("Experts questioned the findings.", "REJECT"),
    "sell a vision": ("Egypt sold its vision of the deal to Israel.", "AID"),
    "called a leader a name": ("Trump called Zelenskyy a dictator on Wednesday.", "CONSULT"),
    "called a leader's remarks a name": ("Kagame called Tshisekedi's remarks irresponsible.", "CONSULT"),
    "pressed ahead with a plan": ("Turkey pressed ahead with its rapprochement with Egypt.", "REQUEST"),
    "views exchanged on a topic": ("Biden and Xi exchanged views on Taiwan.", "CONSULT"),
    "interference told by no one": ("Russia interfered in the 2016 election in the United States.", "ACCUSE"),
    "the supply of power": ("The supply of electricity to Gaza was cut by Israel.", "AID"),
    "deliver a speech": ("Antonio Guterres delivered a speech to the Security Council.", "AID"),
    "fly to a capital": ("Antony Blinken flew to Cairo on Monday.", "MOBILIZE"),
    "security cooperation stepped up": ("Egypt and Qatar stepped up security cooperation with Israel.", "MOBILIZE"),
    "protests mobilized": ("The opposition mobilized protests against President William Ruto.", "MOBILIZE"),
    "criticism repelled": ("Israel repelled criticism from France.", "ASSAULT"),
    "a proposal downed": ("The proposal was downed by Hungary.", "ASSAULT"),
    "money needed, given by no one": ("Ukraine needs $500 billion to rebuild, the World Bank said.", "AID"),
    "a deadline given": ("Donald Trump gave China 90 days to reach a deal.", "AID"),
    "a delegation arriving": ("A Hamas delegation arrived in Cairo on Monday.", "MOBILIZE"),
    "committed to peace": ("Egypt is committed to peace with Israel.", "MOBILIZE"),
    "a diplomatic presence": ("Britain has kept a diplomatic presence in Kabul.", "MOBILIZE"),
    "funds contributed": ("Japan will contribute $10 million to the fund.", "MOBILIZE"),
    "a position reinforced": ("Egypt's foreign minister reinforced his position on the Rafah crossing.", "MOBILIZE"),
    "a call on someone is no withdrawal by the caller": ("The EU reiterated its call on Russia to withdraw its "
                                                         "troops.", "RETREAT"),
    "a breach said not to be": ("Albin Kurti said Serbia had not violated the agreement.", "ACCUSE"),
    "no responsibility borne": ("Blinken said Washington bears no responsibility for the war.", "ACCUSE"),
    "a duty borne": ("Zelensky said the United Nations bore responsibility for guaranteeing the deal.", "ACCUSE"),
    "backed away from a plan": ("Trump backed away from his plan to take over Gaza.", "SUPPORT"),
    "a breakthrough achieved in battle": ("Russian forces achieved a breakthrough near Kharkiv.", "SUPPORT"),
    "a council's own statement": ("The U.N. Security Council said on Monday that Israel must stop.", "CONSULT"),
    "told a news conference": ("Blinken told a news conference in Cairo that Egypt was helping.", "CONSULT"),
    "pushed to a place": ("The army pushed the rebels to the edge of the city.", "REQUEST"),
    "condolences offered": ("Macron offered his condolences to the Turkish people.", "AGREE"),
}


@pytest.mark.parametrize("family", sorted(CODED))
def test_new_word_is_coded(code, family):
    text, event = CODED[family]
    got = code(text)
    assert event in got, got


@pytest.mark.parametrize("family", sorted(NOT_CODED))
def test_other_sense_is_not_coded(code, family):
    text, plover = NOT_CODED[family]
    got = code(text)
    assert not any(p == plover for _, p, _ in got), got


def test_blasting_a_rival_is_criticism(code):
    assert ("TRUMP", "ACCUSE", "BIDEN") in code("Donald Trump blasted Joe Biden over the border.")


def test_nudged_party_is_asked_not_agreeing(code):
    got = code("Egypt nudged Hamas to accept the deal.")
    assert not any(p == "AGREE" for _, p, _ in got), got


def test_a_word_class_in_a_cue_is_written_out(tmp_path):
    from kg.errors import KgError
    from kg.lexicon import load_lexicon

    cues = {c.words for c in load_lexicon().candidates("deliver", "V")}
    assert {("deliver", "tank"), ("deliver", "missile"), ("deliver", "system")} <= cues
    assert not any(w.startswith("<") for c in cues for w in c)
    bad = tmp_path / "cues.tsv"
    bad.write_text("deliver <gifts>\tV\tAID\n", encoding="utf-8")
    with pytest.raises(KgError, match="unknown word class 'gifts'"):
        load_lexicon([bad])
