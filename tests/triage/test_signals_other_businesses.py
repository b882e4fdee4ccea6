"""The kinds of error found in session 9's blind sets, the first written for businesses other than the demo's
meal kits (a phone network, a bank, project software, an airline; then a retailer and an insurer), each in
other words than the sets' own so that the tests guard the kind rather than the sentence. Detectors alone
(`analyse`), as in test_signals.py."""

from __future__ import annotations

import pytest

from warmline.triage.signals import analyse, needs_human

ESCALATE = [
    # a device lost with the account still open on it; a SIM to bar; a SIM swap, codes or admins nobody
    # asked for
    "left my tablet on the train and it's still logged in to my account, can you lock it?",
    "please bar the sim straight away, my handset's gone",
    "got a text saying my SIM swap went through but I never asked for one",
    "I keep getting sign-in codes I didn't request, three so far",
    "somebody added a new admin to our workspace and we have no idea who it is",
    "there's a sign-in from a laptop that isn't one of ours on the account",
    # a caller posing as the company; an invoice with new bank details nobody sent
    "a man phoned me claiming to be from your fraud team and I read out the verification code",
    "a supplier got an invoice from us with new bank details on it, we never sent it",
    # danger now in other settings
    "the lift doors at your branch keep slamming on people, someone could get hurt",
    "a man followed me home from your shop",
    "our transfer driver keeps texting on his phone while driving on the motorway",
    # promised by a time long gone
    "the engineer's window closed an hour ago and no one has come",
    "my new router was meant to arrive yesterday and I work from home",
    "the clinic has no record of my appointment and I'm standing at reception",
    "you promised the refund within 3 working days, it's day 9",
    # billed for what was never used, a fee despite paying, a refund short
    "you've charged me for an add-on I never activated",
    "there's a late fee on my account even though I paid on the 2nd",
    "the refund came through but it's €40 short",
    # leaving for a rival; the last time
    "I'm moving my number to another network, what do I need from you",
    "this will be my last booking with you",
    # asking for a better deal in plain words
    "can you knock something off the bill after the month I've had with your service",
    "would you lower my premium if I pay for the year up front",
    "surely the admin fee can be waived this once",
    # the formal route
    "I'd like a deadlock letter please",
    "I'm referring this to the ombudsman",
    "I can see another customer's invoices in my account",
    # the same failure over and over; sarcastic thanks; staff unfit; undo it
    "I've tried five times now and every time it fails at the last step",
    "thanks for the 'quick' reply, only took a fortnight",
    "your driver was drunk when he dropped off the parcel",
    "I want this reversed, I never agreed to it",
    "Unless somebody rings me back today it's one star on every site I can find",
    "I'll just eat toast for Christmas then, shall I?",
    # money: a little at a time, a business gone under, a few pounds left
    "could I pay it off bit by bit until I'm caught up",
    "my business went under last month and I can't cover the last invoice",
    "I've got about £15 left until payday",
    # illness, disability, bereavement and abuse in other settings
    "I start chemo on Monday so my partner may need to call on my behalf",
    "I'm an amputee and I'll need a ground floor room",
    "we're travelling to scatter dad's ashes, can we bring them in the cabin",
    "I'm moving out on the quiet, please don't post anything to the joint address",
    # self-harm, indirect
    "who gets my savings if the account holder dies? asking for me",
    "I've made my decision, I just want things in order for my son",
    "I keep staring at the tablets in the drawer",
    # outages of integrations and data
    "the calendar sync stopped this morning and bookings aren't coming through",
    "all my saved playlists have vanished from the app",
    "the basement is under water and the pump you fitted isn't running",
    # not the menu again
    "I don't want the menu, I want a person",
    # other languages, and Hindi in Latin letters whatever language it is detected as
    "Kan ik iemand van de klantenservice spreken?",
    "mujhe kisi insaan se baat karni hai",
    "mere card se do baar paisa kat gaya",
    "meri naukri chali gayi, is mahine bill bharna mushkil hai",
    "Quero encerrar a minha conta",
    "Keine Verbindung seit gestern Abend",
    "o meu telemóvel foi roubado esta manhã",
]

ROUTINE = [
    # an airport terminal; RIP a weekend
    "Which terminal do you fly from at Gatwick?",
    "RIP my weekend, month-end reports again. how do I export to csv?",
    # the customer's own trade, voluntary work or studies
    "I'm a funeral director, what's the cut-off for same-day payments?",
    "We're a debt collection agency, can invoices add interest automatically?",
    "I'm a fraud investigator at work, so how do I add a second device to 2FA?",
    "I work at the ombudsman, but this is a personal question about my bill",
    "Doing my dissertation on mental health, is my laptop covered off-site?",
    "I coach wheelchair rugby, do the kit bags count as sports equipment?",
    # questions about cover
    "Is flood cover included in the home policy?",
    # someone else's misfortune; slang
    "my friend got scammed by a fake shop online, glad you're legit. how do I update my address?",
    "the new update is sick, way faster now",
    # dates asked for the diary; one's own client
    "When's our renewal date? Just for the budget.",
    "my client complained the invoice had no PO number, where do I add it?",
    # past and sorted
    "had covid last month so I missed the launch event, is the offer still on?",
    "the refund for the overcharge came through, thanks",
    # asked out of curiosity
    "Do you have real people on chat at weekends? just curious for future reference",
    "I negotiate contracts for a living, anyway how do I add a bolt-on?",
    # hyperbole a learned head could read as danger
    "My dad nearly died laughing at the advert",
    # cancelling something else
    "I'm going to cancel... my gym membership, not you lol. what's my vet fee limit?",
]


@pytest.mark.parametrize("text", ESCALATE)
def test_other_businesses_escalate(text):
    assert needs_human(analyse(text)), text


@pytest.mark.parametrize("text", ROUTINE)
def test_other_businesses_routine(text):
    assert not needs_human(analyse(text)), (text, analyse(text).reasons)
