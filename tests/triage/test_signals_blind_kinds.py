"""The kinds of error found in the blind sets read in session 8 (v30, v31), each in other words than the set's
own, so that the tests guard the kind rather than the sentence. Detectors alone (`analyse`), as in
test_signals.py."""

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


@pytest.mark.parametrize("text", ESCALATE)
def test_blind_v30_v31_kinds_escalate(text):
    assert needs_human(analyse(text)), analyse(text).reasons


@pytest.mark.parametrize("text", ROUTINE)
def test_blind_v30_v31_kinds_stay_routine(text):
    assert not needs_human(analyse(text)), analyse(text).reasons


def test_saying_one_is_not_ok_is_read_as_self_harm_not_as_a_price_objection():
    assert "self_harm" in analyse("the fridge is fine. I'm not.").vulnerability
    assert "self_harm" not in analyse("I'm not okay with the new price").vulnerability
    assert "self_harm" not in analyse("the app's fine but I'm not sure how to skip a week").vulnerability


def test_a_debt_collector_chasing_the_customer_is_still_hardship():
    report = analyse("a debt collection agency keeps ringing me about the boiler bill and I can't pay it")
    assert "financial_hardship" in report.vulnerability, report.reasons
