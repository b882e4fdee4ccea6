"""The kinds of error found in the blind sets read in session 8 (v30 and v31, then v34 and v35, v38 and v39,
v42 and v43, v44 and v46), each in other words than the set's own, so that the tests guard the kind rather
than the sentence. Detectors alone (`analyse`), as in test_signals.py."""

from __future__ import annotations

import pytest

from warmline.triage.signals import analyse, needs_human

ESCALATE = [
    # someone saying they are not all right, in passing ("the oven's fine. I'm not.")
    "the hob's working. i'm not. ignore me",
    "I'm really not okay at the moment, sorry",
    # points that lapsed, asked back; a refund asked for outside the window; "you should pay for it"
    "my reward points expired on Sunday, I was saving them for Christmas. could you add them back?",
    "I realise it's past the 30 days but it was a present and it's never worked. can I return it?",
    "I reckon you should pay for the new hose, your plumber split the old one",
    # leaving with one's data erased
    "please close my account and get all my details removed",
    # told different things by different people
    "I've been given two different answers by your team about the warranty. Which is right?",
    # the last straw
    "I've been patient for two weeks. I'm done being nice.",
    "ffs just answer my question. is the fridge coming or not",
    "no, that's NOT what I asked",
    # a balance gone unused; a payment the bank flagged for something not bought
    "my voucher balance has disappeared and I haven't spent a penny of it",
    "my bank has just blocked a payment to you for an air fryer, I never ordered one",
    # charged twice over two means of payment
    "I used my points but my credit card was charged as well",
    # a death in the family, said plainly but without the usual words
    "first birthday without dad next week. please skip the celebration box",
    "my nan had the cover plan on her boiler. she's gone now, what do I do with it?",
    # hardship: this or the bills
    "can I spread the repair cost? honestly it's this or the heating",
    # abuse: a partner to be told nothing; removed without being notified
    "please make sure he's not to be given my new address under any circumstances",
    "can you take my husband off the account without him being notified?",
    # other languages
    "Kurier znowu nie przyjechał, a zamówienie było na dziś.",
    "Die App ist schon wieder abgestürzt, ich kann nichts bestellen.",
    "Meu plano renovou sozinho, quero cancelar.",
]

ROUTINE = [
    # a friend's or a relative's profession, mentioned with praise
    "my cousin is a barrister and says your contract is really clear. how do I pause?",
    "my solicitor mate loved the curry box, can I send him a voucher?",
    # figurative fire and danger
    "the grill is on fire this week, three great dinners in a row. more recipes like that please",
    "that chocolate pot was dangerously moreish. is it on next week's menu?",
    # a cooking smell, asked about calmly
    "the new oven makes the kitchen smell of garlic, not complaining, just wondering how to clean it",
    # a joke complaint
    "I'd like to complain... about how tasty the ramen was",
    # a question about the price-match policy, with nothing cheaper seen
    "do you price match? haven't seen it cheaper, just curious",
    # a problem that a visit already fixed
    "the plumber who came about our leaking boiler in May was lovely, all sorted now. can I book a service?",
    # the phone line's hours
    "what are the phone line hours on saturday?",
    # someone else's good experience
    "my brother said you were brilliant when theirs arrived broken. what's the policy for damaged fridges?",
    # a hospital job, not a stay
    "can you deliver to my work? I'm at the hospital all day (reception, not a patient!)",
    "my neighbour works in A&E and loves the quick meals. which are they?",
    # diet advice
    "my GP said I should eat less salt, which recipes are low salt?",
    # work in debt collection
    "I work in debt recovery so I like a tidy invoice. where are mine?",
    # happy to renew
    "glad to renew the boiler cover, same price is fine. what do I need to do?",
    # a sympathy box for a friend
    "my colleague has lost her mum and I'd like to send her a box of meals. can I add a card?",
    # a hypothetical about a missed delivery
    "what happens if nobody is home when the courier comes?",
    # a cancer charity
    "do you donate to cancer research? I'd love to know",
    # an outage heard about, not felt
    "saw there was an app outage yesterday? all fine on my end, just checking my order is in",
    # a pause for a trip
    "how do I pause for two weeks? we're away on holiday, nothing wrong",
]


ESCALATE_ROUND_2 = [
    # staff who laughed at the customer; "I want this looked into"
    "the lady on the phone laughed at me when I asked about the timer. I want it looked into",
    # a product failing within weeks; "I expected better"
    "the handle on the pan is cracking after two weeks. I expected much better at that price",
    # a fee asked to be waived; a refund for the whole order, not just the missing part
    "could the return fee be waived? it's unopened, it just doesn't fit",
    "I want a refund for the entire order, not just the missing sauce. dinner was ruined",
    "I'd like my delivery fees refunded for the last four weeks seeing as every slot was missed",
    # leaving, said softly
    "I think this one is going to be my last box",
    "we'll have to stop after this month, money's too tight",
    "can I do it here or do I have to phone? I want it closed before the next payment",
    # hardship: a job offer that fell through; "the box or the gas"
    "the contract fell through so we're cutting back on everything we can",
    "it's the meal box or the gas this week honestly",
    # a spouse who did the ordering, the account too painful to look at
    "my husband used to sort all this. I can't bring myself to open his account",
    # farewells: things given away; things put in order; indifference to danger
    "I've given most of my things away now, please close my account. you've been lovely x",
    "can my points go to my son? I'm getting my affairs in order",
    "if the boiler blows up with me in the house then honestly fine by me",
    # someone watching where the customer is; reading their email
    "please remove him from the account, he uses the order tracking to check where I am",
    "change my email please and don't send anything to the old address, she reads it",
    # can't manage stairs
    "I can't climb the stairs any more so the engineer will have to use the key safe",
    # a points balance gone; the bot not reading
    "all my points are gone, I never redeemed any of them",
    "no. read what I wrote, I asked about the refund",
    "does anyone actually read these messages?",
    # a missed delivery that is still missing ("even if it does turn up now")
    "still nothing. it was due on monday and the food will be spoiled even if it does arrive now",
    # hardship while getting back on one's feet
    "can I drop to the small box while I get back on my feet? I was made redundant last month",
    # other languages
    "Mi avete fatto due addebiti per la stessa consegna.",
    "Pobraliście pieniądze dwa razy za jedno zamówienie.",
]

ROUTINE_ROUND_2 = [
    # the small print asked for before buying; "parks legally"
    "where can I read the full terms and conditions for the care plan before I sign up?",
    "my neighbour's a traffic warden and says your van always parks legally haha. can I get Friday slots?",
    # a friend's allergic reaction long ago
    "a friend once had an allergic reaction to sesame so I check everything - where's the allergen info?",
    # a routine procedure, nothing serious
    "I've got an appointment at the hospital on Friday, nothing serious, can I move the delivery?",
    # "Emergency!! forgot to pause", a figurative emergency, a fire of success, an old oven set alight
    "emergency!! I forgot to pause and we're away next week, is it too late to skip?",
    "emergency levels of washing up after the party. does the dishwasher have an eco mode?",
    "the oven's on fire today, four perfect pizzas in a row. best setting for a crispy base?",
    "I set my old oven on fire trying to clean it once, so is the new one self-cleaning?",
    "how hot does the HT-OV600 go? I want it scorching hot for pizza",
    # an ex who used to do the ordering
    "my ex used to do all the shopping, now I've got my own account! best box for one?",
    # cool-touch doors and child locks asked about
    "does the oven have a child lock? my toddler is into everything",
    # offline use
    "can the app work offline? we're going to a cottage with no signal",
    # professions
    "I'm a bereavement counsellor and want to send my team a thank-you box, can I add a note?",
    "Mijn zus is advocaat en vond de lasagne heerlijk. Waar vind ik het recept?",
    "I'm my mum's carer and do her shopping, can I add her address to my account?",
    # a rumour
    "my brother reckons your fridges leak, assume that's rubbish? what's the warranty?",
    # a past complaint handled well
    "I complained in spring about a squashed box and it was sorted really quickly. can I add a dessert?",
    # a service that checks for carbon monoxide
    "do your engineers test for carbon monoxide during the annual service?",
    # an appliance that died, replaced
    "our old freezer finally gave up (RIP) so we're looking at the HT-FZ300. how big is it?",
    # just renewed, easy; does the price stay fixed
    "just renewed the cover plan, really easy. will the monthly price stay the same all year?",
    # the whole message a status question
    "where's my order? it says out for delivery",
]


def test_a_lawyer_named_as_ones_own_in_another_language_still_escalates():
    from warmline.triage.signals import multilingual

    assert "high_stakes.legal" in multilingual.find("Ik neem contact op met mijn advocaat.", "nl")
    assert "high_stakes.legal" not in multilingual.find("Mijn vriendin is advocaat.", "nl")


def test_a_missed_delivery_with_tracking_stuck_still_escalates():
    text = "tracking still says out for delivery, it was due yesterday and nothing came"
    assert needs_human(analyse(text)), analyse(text).reasons


ESCALATE_ROUND_3 = [
    # leaving, said in passing
    "this'll be our last order I reckon",
    "Hi. I want to cancel. Not pause. Cancel.",
    "my sister pays half what I pay for hers, give me a reason not to leave",
    "won't need Friday's box. or any after that to be honest",
    # keeping the plan only at the old price
    "I'll stay on if you bring it back down to last year's price",
    # quality not good enough; repaired twice already; promises made three times
    "the hob's been repaired twice already. the quality just isn't good enough",
    "my refund was promised on Monday, the Wednesday and the Friday. still nothing",
    # the bot not reading; a word said again, louder; calm, very calm
    "no. NO. I did not ask about deliveries. read what I actually wrote",
    "yes. YES. I said yes already, the slot is for MONDAY",
    "I'm calm. I'm very calm. I'd just like the credit you promised",
    "oh brilliant, another help article. so useful",
    # a household of one now, the cooking always his; a child's favourite dish
    "make it a box for one from now on please. it was always him who did the cooking",
    "the curry this week was my daughter's favourite. I couldn't open the box",
    # indifference to one's own welfare
    "don't bother with the engineer. doesn't matter if the boiler gets fixed. nothing matters much lately",
    # locked out
    "can't log in at all and it says my account doesn't exist",
    # other languages
    "Me habéis cobrado el año entero cuando pedí el plan mensual.",
]

ROUTINE_ROUND_3 = [
    # a complaint long ago, a dish wanted again
    "I had a complaint about a box ages ago but one recipe that week was great and I want it again",
    # a wallet recovering; pregnant and hungry; visiting a new baby in hospital
    "my bank balance is still recovering from the holidays lol, what's the cheapest box?",
    "I'm pregnant and hungry all the time, can I add extra portions?",
    "I'll be in hospital most of Saturday... visiting my niece who was just born! can you deliver Sunday?",
    # a fear told laughing; a fire extinguisher to buy; a CO check passed
    "the self-clean sounds scary, I'm worried it'll explode lol. how long does it run?",
    "do you sell a fire blanket for the kitchen?",
    "the gas safety check passed fine, can I get a copy of the certificate?",
    # professions: trading standards, with praise or a plain question
    "I used to work in trading standards and your labels are spot on. do you do gluten free?",
    # the visit that fixed it, told as thanks, booked again
    "the plumber who came round in spring when we had a gas leak was great, all fixed. can we get him again?",
    # "gone off to uni"; a video verdict; the auto-renew setting for later
    "the kids have gone off to uni so is there a smaller box?",
    "a 'scam or legit' review said you're legit haha. any referral codes?",
    "where's the auto-renew setting? not now, just want to know for next year",
    "thinking of switching from monthly to annual, is it cheaper?",
    # a hypothetical about someone else using a code
    "if someone else used my voucher code would I know? just curious",
    # the chat's hours; passing a test; "I'm cancelling... my plans"
    "what time does live chat open on Sundays?",
    "my dad passed his cookery course! any recipes for a beginner?",
    "I'm cancelling... my gym session tonight to make the pie. tips for the pastry?",
]


ESCALATE_ROUND_4 = [
    # the bot answering something else; "if I see that one more time"
    "I typed 'refund' and it showed me a recipe for risotto. brilliant",
    "if I get 'Is there anything else I can help with?' one more time I will scream",
    # a box someone relies on, not come
    "my dad depends on his deliveries, he can't get to the shops, and it hasn't arrived today",
    # a case called closed that is not
    "you've marked my complaint as resolved. it isn't resolved. nobody has done anything",
    "I can't believe how difficult you make it to change a delivery day",
    # leaving, conditionally or while comparing
    "if the engineer doesn't turn up tomorrow then I'm done, I'll go elsewhere",
    "we're thinking of trying a different company, what would I lose if I cancel?",
    # a heavy box for someone who can't carry much
    "how heavy is the box? I can't lift much since my back operation",
    # the return window passed, asked anyway
    "I realise the returns period has ended but it's still sealed. is there anything you can do?",
    # goodbyes: someone who'll be around; thanks for the years; not sure I'll be here
    "don't bother refunding it, give it to someone who will actually be around to use it",
    "thanks for everything over the years. won't be needing the boxes after Friday",
    "never mind the delivery, not sure I'll still be here next week anyway",
    # a shared routine, not ready to face
    "we used to make the Friday curry together. can I pause? not sure when I'll be ready",
    # a name no longer used, nothing linking back
    "please change my surname on the account, I don't want anything linked back to my old name",
    # no money until the end of the month
    "can I pay next week? haven't got any money until payday",
    # details given to a fake email
    "an email said it was you and asked for a refund form, I entered my bank details. was that actually you?",
    # other languages
    "Bitte verbinden Sie mich mit einem Mitarbeiter.",
    "Ho pagato due volte la stessa consegna.",
]

ROUTINE_ROUND_4 = [
    # an old appliance that blew up, long gone, replaced
    "our old microwave blew up years ago, long gone now. is the new combi one any good?",
    # professions: a fraud team, a debt adviser, trading standards
    "I work in a bank fraud team so I'm curious, do you use 3D secure?",
    "I'm a debt adviser and want gift cards for the office, is there a bulk option?",
    "my aunt works in trading standards and loved your labelling. any vegan boxes?",
    # someone else poorly, a treat sent
    "my friend has been poorly so I want to send her a box as a treat",
    # a joke verdict; a scam read about; a flatmate's joke
    "my mate says your kits are a scam because they're cheaper than a takeaway lol. how many portions?",
    "I read about a phishing scam using meal kit names, which address do your emails come from?",
    # a late relative's recipe like ours; a stinking cold; a blind taste test
    "my late uncle had a curry recipe just like yours! is there a milder version?",
    "got a stinking cold, send me your best soup recipes please",
    "we did a blind taste test and nobody could tell the vegan sausages apart. what are they made of?",
    # plain questions: the family box, which box to order, the tracking link, how heavy a box is
    "what's in the family box next week?",
    "help! ten people coming and no idea which box to order",
    "where's my order? I just want the tracking link",
    "how heavy is the large box? I'm on the fourth floor",
    # an outage over, a status page for next time; "if I'm out"
    "the website was down for me yesterday but it's fine now. is there a status page if it happens again?",
    "can the driver leave it in the porch if I'm out?",
    # "air" is not "ai"
    "are there air fryer recipes in the app?",
    "happy new year! your boxes saved my january",
]


ESCALATE_ROUND_5 = [
    # a large-print question from someone who needs it
    "do the recipe cards come in large print? my eyes aren't what they were, I can't read the small print",
    # housebound, and the box not come again
    "no box again today. I can't go out on my own so I can't pop to the shops",
    # someone not to know when the customer is home; a maiden name, nothing in his name
    "please don't text my old number, I don't want him knowing when I'm home",
    "I've gone back to my maiden name, please make sure nothing is sent with his name on it",
    "can my next box go to my mum's? things at home aren't great right now",
    # past the window, a full refund wanted; an exception asked for; money back, not vouchers
    "it's a week past the return period but it has never worked, I want a refund",
    "the window was 14 days and it's day 16, could you make an exception?",
    "a voucher is no good to me, I want my money back",
    # a household smaller now
    "can we go down to two portions? I keep cooking for three out of habit",
    "it's the first time in 30 years I'm only cooking for myself. any recipes for one?",
    "please stop the birthday emails for my husband, he won't be having any more birthdays",
    # a card used by a son without permission; payments taken twice a month
    "my son used my saved card for game vouchers, I never said he could",
    "my payments have gone out on the 1st and the 15th for two months now",
    # the bot asking again and again; "I said NO"
    "why does it keep asking for my order number, I've entered it 5 times",
    "I said NO. I want to know where my box is!!!",
    # a guide dog
    "please tell the engineer I have a guide dog",
    # other languages
    "Alguém usou o meu cartão sem autorização.",
]

ROUTINE_ROUND_5 = [
    "my brother nearly set the flat on fire making chips (we're fine, he's banned). air fryer chips?",
    "gutted, the curry sold out before I ordered. will it be back?",
    "I set off the smoke alarm last time (my fault, no harm done). any tips for searing steak?",
    "no complaints at all, just wondering if there's a loyalty scheme",
    "what's the emergency number? just want it stuck on the fridge",
    "got stuck in a loop with the bot last month but one of your team sorted it, thanks",
    "thanks for sending the replacement after the first box went missing, it arrived fine",
    "the grill was on fire tonight (not literally!) - what temperature for lamb chops?",
    "I'm paranoid about food poisoning, how long does the chicken keep in the fridge?",
    "this box is criminally cheap for what you get",
    "been stalking your instagram for the new menu, when does it go live?",
    "I work crazy hours, can I have a late delivery slot?",
    "my son is allergic to peanuts, which recipes are nut-free?",
    "just checking my box is still coming on Thursday?",
    "was going to cancel but the new recipes changed my mind. what's on next week?",
    "my brother's a carer and loves your soft-food recipes, where can I find them?",
    "we're going to be dead busy with the move, can I skip a week?",
    "my dad swore blind the courier would leave it in the bin 😂 it was on the step. is there a safe place?",
    "saw a scam warning on Instagram about fake giveaways, is there an official page?",
    "my partner is threatening divorce if I order the mushroom pie again 😂 what else is veggie?",
    "Complaint: your cookies are too moreish. are they staying on the menu?",
    "my dad's a retired lawyer and wants a gift card for his birthday, can it be posted?",
    "how would I report a dodgy text? haven't had one, just want to know what yours look like",
    "the plumber who came to fix our leaking pipe was brilliant, how do I nominate him for an award?",
    "ignore my email about the oven light, it was the bulb. can I cancel the visit?",
    "the new hob smells a bit on first use, is that the coating burning off?",
    "read about companies being fined over recycling claims, is your packaging recyclable?",
    "no more self control around your brownies! are they a permanent add-on?",
]


#: routine examples the current learned heads escalate: known false escalations, kept visible; strict, so a
#: fix shows up. (Session 10's heads read a complaint at 0.93 in "how heavy is the large box? I'm on the
#: fourth floor"; the heads retrained in session 11 no longer do, and it is a plain routine case again.)
KNOWN_FALSE_ESCALATIONS: set[str] = set()


def _routine(text: str) -> object:
    if text in KNOWN_FALSE_ESCALATIONS:
        known = pytest.mark.xfail(strict=True, reason="session-10 learned heads")
        return pytest.param(text, False, marks=known)
    return (text, False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [(t, True) for t in ESCALATE + ESCALATE_ROUND_2 + ESCALATE_ROUND_3 + ESCALATE_ROUND_4 + ESCALATE_ROUND_5]
    + [
        _routine(t)
        for t in ROUTINE + ROUTINE_ROUND_2 + ROUTINE_ROUND_3 + ROUTINE_ROUND_4 + ROUTINE_ROUND_5
    ],
)
def test_session_8_kinds(text, expected):
    assert needs_human(analyse(text)) is expected, analyse(text).reasons


def test_saying_one_is_not_ok_is_read_as_self_harm_not_as_a_price_objection():
    assert "self_harm" in analyse("the fridge is fine. I'm not.").vulnerability
    assert "self_harm" not in analyse("I'm not okay with the new price").vulnerability
    assert "self_harm" not in analyse("the app's fine but I'm not sure how to skip a week").vulnerability


def test_a_debt_collector_chasing_the_customer_is_still_hardship():
    report = analyse("a debt collection agency keeps ringing me about the boiler bill and I can't pay it")
    assert "financial_hardship" in report.vulnerability, report.reasons
