# English customer mail that carries at least one trigger.
# Every block is one hand-written message. Labels follow docs/triggers.md.
MESSAGES = []


def m(triggers, trap, note, frm, subject, body, **kw):
    t = ",".join(sorted(set(x.strip() for x in triggers.split(",") if x.strip()))) or "-"
    MESSAGES.append(dict(triggers=t, trap=trap, note=note, frm=frm, subject=subject, body=body, **kw))


m("outage,technical_issue", "-", "outage said as nobody gets past login; booking platform of canoe-polo club",
  "Gareth Pryce <gareth.pryce@riverside-cpc.example>", "login page",
  """Hi,

nobody in our office can get past the login page since 9 this morning. Three of us, three different laptops, one phone on 4G. It just spins and then goes back to the same page with no message.

We have the league fixtures to publish by tonight.

Gareth
Fixtures secretary, Riverside Canoe Polo Club""")

m("cancellation_threat,severe_dissatisfaction,broken_promise", "-", "cancellation phrased as taking business elsewhere; buried mid-mail",
  "Moira Kettleby <moira.k@kettleby-farm.example>", "Re: Tuesday delivery (again)",
  """Good morning,

I've been a subscriber since my first was born, so nearly three years now, and I've recommended you to half the mothers in our village group. I say that so you understand this isn't coming from someone who complains for sport.

Last Tuesday the box didn't come. Your lady on the phone (very nice, not her fault) told me it would be re-sent on Thursday with a note for the driver. Thursday: nothing. Friday: nothing. Saturday morning a box turned up with the pouches for the 7-12 month range, which my daughter hasn't eaten in a year and a half.

Honestly, it's appalling. I had to drive to the big supermarket on the ring road and buy jars, which is the exact thing I pay you to avoid.

I'll be taking my business to Little Sprout from next month unless someone can explain to me what on earth is going on in your dispatch. I've already looked at their plans.

The stage on my account should be "toddler 18m+", it has been for ages, please check it.

Regards,
Moira Kettleby""")

m("legal_threat,billing_dispute", "-", "legal threat via brother-in-law solicitor reading the reply",
  "Desmond Achterberg <des.achterberg@postbox.example>", "Horsebox hire - deposit",
  """Dear Sir/Madam

I hired the 2-horse box (reg ending 4KT) 14th-16th March and returned it clean and undamaged, the checkout sheet signed by your yard man says so. You have now kept £350 of my £500 deposit for "floor damage".

There was no floor damage. I have photographs from the return, time-stamped.

I should mention that my brother-in-law is a solicitor and he will be reading your reply before I do. I would prefer to sort this out between us but I will not be out of pocket £350 for nothing.

Please refund the £350 to the card it was taken from.

D. Achterberg""")

m("data_loss,technical_issue", "-", "pet-microchip registry records vanished",
  "Shona Beattie <shona@beattievets.example>", "records gone after yesterday's update??",
  """hi, after the update you pushed yesterday evening about 40 of our registered animals are just gone from the practice dashboard. Not archived, I checked archived. Just not there. If I search the chip numbers directly it says "no record found".

These are animals we registered in Jan and Feb this year. Owners have the certificates. If one of them goes missing now and gets scanned at another vet it won't come back to us or to the owner.

Can you restore them from a backup? I can send the list of chip numbers I have on paper.

Shona Beattie RVN
Beattie & Cole Veterinary""")

m("regulatory,security_incident,technical_issue", "-", "other customers' data visible; threatens ICO report",
  "Tobias Wren <tobias.wren@wrenfamily.example>", "I can see someone else's baby's details",
  """I logged into my account this evening to change the delivery day and the account page showed a different name, a different address in Leeds and a different baby's name and date of birth. Allergies too.

That is a stranger's child's medical information showing on my screen.

I logged out and back in and it was my account again. I took a screenshot (attached, I've blacked out the details because unlike you I care about that family).

If that family's data is visible to me, mine is presumably visible to someone else. Unless I get a proper explanation this week I'm reporting this to the ICO.

Tobias Wren""")

m("manager_request", "-", "polite request for someone senior, buried after pleasantries",
  "Annelise Hook <a.hook@hookandline.example>", "School trip to York, 12 June",
  """Hello again,

Thank you for the quick answer last week about the seatbelt question, that put the parents' minds at rest.

I now have a slightly awkward one. The quote we accepted (ref QY-2291) was for a 57-seater and the confirmation that came through today says 49. We have 52 children and 6 adults. Your colleague Darren said he'd "see what he can do" but couldn't promise anything, which I understand isn't his decision.

Would it be possible for me to speak to someone more senior who can actually make the call on the vehicle? I don't mind paying a small difference, I just need to know by Friday so I can tell the head.

Many thanks,
Annelise Hook
Year 5 lead, Marsh Lane Primary""")

m("repeat_contact,technical_issue", "-", "third contact, counted by the customer",
  "Rhodri Lewis <rhodri@lewisretro.example>", "SNES repair RMA 55812 - status page broken",
  """This is the third time I'm writing about this. The tracking link for my repair just gives an error page ("Something went wrong, ref 0x1F"). Wrote on the 3rd, wrote on the 9th, nobody answered either.

I just want to know if the console arrived.

Rhodri""")

m("safety,technical_issue", "-", "chimney fan overheating / burning smell",
  "Glenys Morton <glenys.morton@moortop.example>", "Fan unit making a burning smell",
  """Hello,

Your engineer fitted the chimney fan on our wood burner on the 2nd of this month. Since last night the control box on the wall has been getting very hot to the touch and there's a smell like hot plastic in the living room. I have switched it off at the isolator and we are not using the stove.

I have two small grandchildren staying with us over half-term so I'm not prepared to switch it back on until someone has looked at it.

Could an engineer come out as soon as possible please? We are in all week.

Glenys Morton
01632 555 0179""")

m("feature_request", "-", "feature request without textbook words",
  "Pavel Hronek <pavel@tandem-brno.example>", "small idea for the event pages",
  """Hello team,

We run the Thursday language tandem evenings with your booking tool and it works nice. One thing: people ask me always which language pairs are already full before they come. Now I must write it by hand on the event text every week.

If the page could show for each language how many seats are left, like "Spanish speakers: 3 left", this would save me a lot of time and people would not come when there is no partner for them.

Thanks and greetings from Brno
Pavel""")

m("billing_dispute", "-", "double charge on subscription",
  "Ciara Nolan <ciaranolan@mailbox.example>", "charged twice this month",
  """Hi there,
My bank shows two payments of £38.90 to you on 1 April, both "ORGANIC LITTLE SPOON SUBSCR". I only have the one subscription (one baby!). Could you refund one of them please?
Thanks, Ciara""")

m("cancellation_threat,severe_dissatisfaction,repeat_contact", "-", "angry shouting; third contact",
  "Derek Sallow <derek.sallow@sallowbuild.example>", "STILL NO ANSWER",
  """FOURTH email. FOURTH. About the same invoice query about the stair lift service visit. Nobody reads these do they.

This is the worst customer service I have come across in forty years of being a customer of anything. Cancel the maintenance contract at the end of the term, I'll find someone who answers the phone.

D Sallow""")

m("media_threat,severe_dissatisfaction", "-", "threat to go public via local facebook group",
  "Natalie Brook <nat.brook@brooknet.example>", "Alpaca trek 'experience'",
  """Hi,

We booked the 2-hour alpaca trek for my mum's 70th. We arrived on time and were told there were "only two alpacas available today" for seven of us, so most of us just walked behind. The guide spent most of the walk on his phone. The "picnic" was a bag of crisps each.

£315 for that. Absolutely shameful way to treat people on a birthday.

I'm an admin of the biggest community group round here (14k members) and I've written a post about it which I'll put up on Monday unless you give me a reason not to. I'd honestly rather not, but people deserve to know.

Natalie""")

m("discrimination_harassment", "-", "harassment by staff at language tandem event",
  "Imogen Sethi <imogen.sethi@postbox.example>", "Something that happened at Wednesday's event",
  """Hi,

I wasn't sure who to write to about this so I'm trying here.

At Wednesday's tandem evening at the Crown, one of your volunteer hosts (the tall man with the lanyard who does the French table) made several comments about my headscarf in front of the group, asked me if I was "allowed" to speak to men, and when I moved tables he followed me and carried on. Two other people saw it.

I've come to these evenings for a year and I liked them a lot. I don't feel I can come back while he's hosting.

I'd like to know what you are going to do.

Imogen""")

m("technical_issue", "-", "app error on refill booking, mild tone",
  "Kofi Asante <kofi.asante@dive-mail.example>", "booking app error when choosing nitrox",
  """Hi, when I try to book a nitrox fill (32%) in the app it gives "Invalid mix selection" and the Book button greys out. Air fills book fine. iPhone, latest version of your app. Thanks, Kofi""")

m("high_value_order,broken_promise", "-", "tiny house delivery slipped; > 5,000",
  "Harriet Ellwood <harriet@ellwood-glamping.example>", "Order TH-0417 - 2 cabins, delivery date",
  """Dear Marcus,

I'm writing about our order TH-0417 for the two 7.2m cabins, total £86,400 inc VAT, of which we've paid the 40% deposit.

In February you told me in writing that both would be delivered by 30 April. That date has come and gone, and since then I've had a verbal "end of May", then "probably June". We have guests booked in the cabins from 1 July and I've taken money from them.

I need a firm date, in writing, and I need to know what happens to our deposit if that date is missed too.

Kind regards
Harriet Ellwood
Ellwood Glamping""")

m("corporate_contact_request,executive_contact", "-", "asks CEO email in order to write to her",
  "Bernard Quaile <bquaile@quailehouse.example>", "Who runs your company",
  """Could you please give me the name and email address of your managing director. I intend to write to them directly about how my mother's stairlift installation has been handled, since nobody at customer service seems able to give me a straight answer.

B. Quaile""")

m("security_incident", "-", "suspicious login notifications from abroad",
  "Lena Vogt <lena.vogt@tinymail.example>", "someone logging into my account?",
  """Hi, I've had three emails from you this week saying "new sign-in from Jakarta" and "new sign-in from São Paulo". I'm in Bristol and I haven't been anywhere. I've changed the password but I can't see a way to log everyone else out. Is my card still stored on there? Lena""")

m("outage,technical_issue", "-", "payment processing down on community radio donations page",
  "Joss Amadi <joss@wavelength-fm.example>", "URGENT donations page",
  """Our fundraising drive is live on air RIGHT NOW and the donate button on the page you host for us gives a 502 for everyone. We've had about twenty listeners ring the studio to say it's not working. Presenters are reading out the URL every 15 minutes.

Please call the studio: 0117 555 0143

Joss, station manager, Wavelength FM""")

m("broken_promise,billing_dispute", "-", "promised refund not received",
  "Sally Ferreira <sallyf@ferreira-home.example>", "refund you promised",
  """Hello

On the 4th of March Kieran from your accounts team emailed me to say the £64.00 I was charged for the cancelled paper order would be refunded "within 5 working days". It's now the 2nd of April and it hasn't appeared. Could you check it was actually sent?

Thanks
Sally Ferreira""")

m("severe_dissatisfaction,manager_request", "-", "furious, wants supervisor; old-fashioned",
  "Geoffrey Tull <g.tull@tullfamily.example>", "Disgraceful",
  """I have never been spoken to like that by a tradesman in my life. Your installer told my wife she was "making a fuss about nothing" when she asked him to put dust sheets down. He then left plaster dust all up our stairs.

I want to speak to his supervisor or whoever is in charge at your end. Not another email. A phone call.

Geoffrey Tull""")

m("legal_threat", "-", "small claims, indirect, calm",
  "Priyanka Doshi <priyanka.doshi@doshi-designs.example>", "Paper order 7731 - final attempt to resolve",
  """Dear Handmade Paper Co,

I ordered 400 sheets of your cotton rag A3 for a wedding stationery commission. About a third arrived with water damage along one edge and were unusable. I sent photos on the day of delivery.

You offered me a 10% voucher. That doesn't help me: I had to buy replacement stock elsewhere at short notice to meet the client's deadline.

I'm asking for a refund of the damaged portion (£142.60). If I don't hear back with something reasonable within 14 days I'll file a claim through the small claims process. I've already filled in most of the online form.

Kind regards,
Priyanka Doshi""")

m("feature_request", "-", "feature asked as complaint about missing export",
  "Hamish Lennox <hamish@lennox-coaches.example>", "fleet calendar",
  """Morning,

Any chance you could make the booking calendar sync to Outlook? Our drivers all live in Outlook and I'm copying every school trip across by hand at the moment, which is how we ended up with two drivers at Wells Cathedral last week and none at Bath.

A proper iCal feed or whatever it's called would do it.

Cheers
Hamish""")

m("outage,technical_issue,cancellation_threat", "-", "outage plus conditional cancellation",
  "Rosa Lindqvist <rosa@nordic-tandem.example>", "site down since last night",
  """Hello,

Our event page and the whole admin area have been unreachable since about 11pm yesterday, it's a 503 "service unavailable". We have 80 people registered for tonight and I can't see the list or the pairings.

If we can't rely on this for the big autumn events we'll have to move to something else, I'm sorry to say it but it's the second time this year.

Rosa""")

m("data_loss,technical_issue,severe_dissatisfaction", "-", "playlist archive wiped at community radio",
  "Ifeanyi Okafor <ife@southside-radio.example>", "ALL our show archives are gone",
  """I don't even know how to start this email. Every single archived show from 2019 to last month has disappeared from the archive you host for us. Four years of volunteer shows. Interviews with people who have since died.

The dashboard says "0 files, 0 MB".

This is an absolute catastrophe for a tiny station like ours. I am beyond furious. Please tell me you have a backup.

Ifeanyi Okafor
Southside Community Radio""")

m("billing_dispute", "-", "charged after cancelling, will chargeback",
  "Martha Quigley <mquigley@quigleymail.example>", "cancelled in January, still being charged",
  """Hi,

I cancelled my baby food plan on 12 January (I have the confirmation email, reference CX-88124). You have taken £41.50 on 1 Feb and again on 1 March.

Please refund both and confirm the account is closed. If it isn't sorted by the end of the week I'll ask the bank to reverse the payments.

Martha""")

m("executive_contact", "-", "already wrote to the founder via LinkedIn",
  "Yusuf Karaman <yusuf@karaman-imports.example>", "olive oil pallet - delayed at port",
  """Hello,

Just so you know, I have also sent a message to Mr. Delacroix (your founder) through LinkedIn this morning with the details below, because I feel this has gone on long enough.

Our pallet of Koroneiki oil (order OL-3320) has been sitting at Felixstowe since the 2nd. Your agent says customs paperwork is "being handled". Our restaurant customers are asking.

Yusuf Karaman""")

m("regulatory", "-", "trading standards threat, no lawyer",
  "Bethan Rees <bethan.rees@reesfamily.example>", "Stairlift contract cooling off",
  """Dear Sir,

Your salesman visited my father (87) at home on 3 May and he signed a contract for a curved stairlift that same afternoon. He was not told about his 14 day right to cancel, and nothing in the paperwork mentions it. I wrote to cancel on his behalf on 9 May and you are now saying the deposit of £1,200 is non-refundable because the rail has been "ordered".

I have contacted Trading Standards for advice and will be reporting the sale to them formally unless you confirm a full refund.

Bethan Rees (daughter)""")

m("technical_issue", "-", "long rambling mail with a bug buried",
  "Cormac Delaney <cormac.delaney@delaneyclub.example>", "membership renewals etc",
  """Hiya,

Hope you're all well. Few things from our end, sorry this is a bit of a brain dump.

1) Thanks for the new club logo upload, looks great on the public page.

2) We've got the junior section starting back in September and I was wondering if there's a way to have a separate fee for under-14s. I think there is? I'll look in the help pages.

3) The renewal reminder emails are going out with last year's date in them. Every single one says "your membership expires on 31/08/2023", and it's 2024. Members are replying confused. I checked the settings page and the season end date is correct there, so it's something in the email itself I think.

4) Our treasurer is Jean now, not Phil, can the invoices come to jean@delaneyclub.example please.

That's it, thanks a million
Cormac
Membership sec, Lough Erne Canoe Polo""")

m("safety", "-", "choking hazard in baby food pouch",
  "Leanne Harker <leanne.harker@harkerhome.example>", "hard piece in pouch",
  """Hi,

My son (9 months) was eating one of your apple and pear pouches this lunchtime and started gagging. I fished out a hard piece of what looks like a bit of stalk or stone, about the size of my little fingernail. He's fine now, thank god.

Batch number on the pouch is LS-2411-07, best before 11/25. I have kept the pouch and the piece. Could someone get back to me, and should other parents be checking theirs?

Leanne""")

m("legal_threat,severe_dissatisfaction", "-", "lawyer threat, non-native English",
  "Dragan Milosevic <dragan.m@mail-serbia.example>", "trek cancellation money",
  """Dear,

You cancel our alpaca trek 1 hour before because "weather" but there was sun all day, I have photos. You give no money back, only "voucher" for next year, but we are tourists, we dont come next year.

This is not correct and not honest, it is scandal. I already speak with my lawyer in Belgrade who says in UK is same law, you must return money when you cancel. He will write you a letter if I dont have money back until end of month.

Dragan Milosevic""")

m("broken_promise,repeat_contact,technical_issue", "-", "callback never happened, multiple times",
  "Agnes Whitlow <agnes.whitlow@whitlowmail.example>", "call back??",
  """I rang on Monday and was promised a call back the same day. I rang again Tuesday, again promised. I emailed Wednesday. It is now Friday. Nobody has called.

My mother's stairlift is stuck halfway and she is sleeping downstairs.

Agnes Whitlow 01632 555 0102""")

m("technical_issue,outage", "-", "registry scanner lookups failing for all vets",
  "Dr Ross Fairbairn <ross@fairbairn-vets.example>", "lookup API returning 500",
  """Hi,

Since about 14:20 every chip lookup from our practice software returns HTTP 500 from your API. I rang two other practices in town and they have the same. We have a stray dog in the waiting room we can't identify.

Dr Ross Fairbairn""")

m("media_threat", "-", "journalist inquiry asking comment (fires)",
  "Helen Marsh <helen.marsh@dailyvalley-news.example>", "Request for comment - coach operator story",
  """Good afternoon,

I'm a reporter at the Daily Valley News. We're preparing a story about school trips from three local primaries that were left stranded at a motorway services last Friday when a coach failed to arrive.

Parents have told us the coach was booked through your company. I'd be grateful for a comment from you on what happened and what arrangements were made for the children. Our deadline is 4pm tomorrow.

Best,
Helen Marsh
Education correspondent""")

m("discrimination_harassment,manager_request", "-", "age discrimination at horsebox hire counter",
  "Maureen Castleton <maureen.castleton@castleton.example>", "Refused a hire because of my age",
  """Dear Sir or Madam,

I went to collect the single horsebox I'd booked for Saturday. I've held a full licence including trailer entitlement for 45 years, and I had my documents with me. The young man on the desk looked at my date of birth and said "we don't really let older ladies take the big ones out" and refused to release it.

I'm 71. I drive my own lorry to shows every month.

I would like this looked at by someone senior, please, not just a reply from the same desk.

Mrs M. Castleton""")

m("billing_dispute,high_value_order,technical_issue", "-", "olive oil bulk invoice wrong + >5,000",
  "Francesca Bellandi <f.bellandi@bellandi-deli.example>", "Invoice INV-20931 - wrong quantity",
  """Hello,

Invoice INV-20931 for £9,840.00 lists 24 tins of the 5L Coratina but we ordered 24 cases (4 tins each) and that's what was on the proforma. Your portal won't let me open a query against it, the "dispute line" button gives an error. Can you look into both please? We can't pay it as it stands.

Francesca""")

m("manager_request,repeat_contact,severe_dissatisfaction,technical_issue", "-", "third time + escalate",
  "Liam O'Rourke <liam.orourke@orourke-lads.example>", "escalate please",
  """I've now rung three times and emailed twice about the broken fan you fitted. Each time it's "someone will be in touch".

Escalate this to whoever is above you. I'm sick to the back teeth of it, this is ridiculous.

Liam""")

m("security_incident,technical_issue", "-", "phishing sent from company domain",
  "Ruth Adeyemi <ruth.adeyemi@adeyemi.example>", "did you send this?",
  """Hi

I got an email this morning from "accounts@" your address, using my name and my dog's chip number, asking me to pay £12.99 to "renew the registration" through a link. It looked like yours but the link went to some odd site. I didn't click.

How did they get my dog's chip number and my email? The only place those are together is your registry.

Ruth""")

m("cancellation_threat", "-", "non-renewal, polite, indirect",
  "Elspeth Grant <elspeth.grant@grantpapers.example>", "our annual agreement",
  """Dear Tom,

Just a heads-up that we won't be renewing the wholesale agreement in September. The last three deliveries of the kozo sheets have been noticeably thinner than the samples, and our bookbinders have started to notice.

If there's something you can do on quality before then I'm happy to talk, but as it stands we'll go elsewhere.

Best wishes,
Elspeth""")

m("technical_issue,broken_promise", "-", "repair returned still broken, promised fix",
  "Jordan Pike <jordanpike@pikemail.example>", "N64 came back with the same fault",
  """hey, sent my N64 in for the no-video issue, paid the £45, you said it was fixed and tested. it came back yesterday and it does the exact same thing, black screen with the power light on. tried two TVs and two cables. what now? jordan""")

m("cancellation_threat,broken_promise", "looks_automated", "customer announces own absence, then complains and threatens to leave",
  "Ana-Maria Popescu <anamaria@popescu-home.example>", "Out of office from Monday - but first, the subscription",
  """Hello,

I'm out of office from Monday 14th to Friday 25th with no access to email, so please reply by the 11th if you can.

Before I go: the delivery you promised for the 8th still hasn't come, which means I'll be leaving the house with no food for the baby for my husband while I'm away. This is the second time the "guaranteed slot" has been missed.

If the box isn't here by Saturday, I'm done. Please close the account and I'll order from somewhere else.

Ana-Maria""")

m("billing_dispute", "looks_automated", "opens like an accounts-payable auto-acknowledgement, then disputes",
  "Accounts Payable - Harbour Dive Centre <ap@harbourdive.example>", "RE: Invoice 4471 received",
  """We have received your invoice 4471 dated 02/05. Thank you.

However, on checking it against our purchase order, the compressor service has been charged twice: line 2 and line 5 are the same job (annual service, Bauer unit, £480.00 each). Please issue a credit note for £480.00 before we can process payment.

Regards
Megan
Accounts Payable, Harbour Dive Centre""")

m("outage,technical_issue,repeat_contact", "looks_automated", "customer pastes a bounce they got from our portal and complains on top",
  "Vikram Nair <vikram@nair-tours.example>", "your system keeps bouncing me",
  """Hi - third attempt to get hold of you. Your contact form didn't work yesterday, the phone line just rings out, and now this:

----- The following addresses had permanent fatal errors -----
<bookings@example.test>
    (reason: 451 4.3.0 Temporary system problem. Try again later.)

And the booking portal has been showing "Service Unavailable" all morning. We have 4 coaches on the road to Edinburgh with teachers asking me about the return pickup times.

Vikram Nair, Nair School Tours""")

m("safety,technical_issue", "looks_automated", "starts with 'This is an automated reminder' copy-paste, then a real safety report",
  "Colm Breslin <colm.breslin@breslinhome.example>", "Re: This is an automated reminder - annual chimney fan service",
  """> This is an automated reminder that your annual chimney fan service is due.

Yes, well, it might be due, but right now the thing is sparking. I saw blue flashes in the junction box this evening and the breaker tripped twice. I've turned the power off to the fan at the fuse board and we're not lighting the stove.

Please send someone who knows what they're doing.

Colm""")

m("billing_dispute,severe_dissatisfaction", "-", "overcharged for horsebox fuel",
  "Olivia Pennant <olivia@pennantstables.example>", "£95 'fuel charge' - are you serious",
  """I returned the box with a FULL tank, your yard lad watched me fill it at the garage across the road. And you've charged £95 for fuel. This is outrageous, honestly the cheek of it. Refund it please.

Olivia Pennant""")

m("cancellation_threat,safety,technical_issue", "-", "stairlift jolting, injury near-miss",
  "Duncan Fairlie <duncan.fairlie@fairliefamily.example>", "Stairlift jolted, dad nearly fell",
  """Hi,

On Sunday my dad's stairlift stopped dead about two-thirds of the way up and then jerked forwards. He lurched right out of the seat and it was only the belt that stopped him going down the stairs. He has bruises on his ribs from the belt.

It's been out of use since. We want it inspected urgently. If this can't be made safe, we'd like it taken out and we'll get one from another firm, I'm not having him on it again otherwise.

Duncan Fairlie""")

m("repeat_contact,technical_issue", "-", "keeps contacting; says 'fourth'",
  "Sam Okonjo <sam.okonjo@okonjo.example>", "Fourth request: cannot update my pet's address",
  """Fourth request. When I change the address for my cat (chip 826...4410) the page says "Saved!" and then shows the old address again. We moved in March. Please fix or change it for me. Sam""")

m("corporate_contact_request", "-", "wants head office postal address for formal letter",
  "Alastair Munro <alastair.munro@munrohouse.example>", "postal address for head office",
  """Good afternoon,

Please provide the full postal address of your registered head office, so that I can send a formal letter of complaint about the tiny house build. Your website only lists a PO box and the workshop.

Alastair Munro""")

m("executive_contact,cancellation_threat,severe_dissatisfaction", "-", "cc'd CEO",
  "Rebecca Holloway <rebecca@hollowaygroup.example>", "Your coach no-show",
  """To whoever reads this, and I've put your CEO in copy because frankly I think she should see it:

Your coach for our Year 9 geography trip did not arrive. 48 students and 5 staff waited at the gate for an hour and a quarter. Your office didn't answer. We cancelled the trip and lost the entrance fees.

We have four more trips booked with you this year. They are going to a different operator. This was completely unacceptable and frankly a shambles.

Rebecca Holloway
Head of Humanities, St Ann's Academy""",
  cc=["Carol Drummond <carol.drummond@example.test>"])

m("data_loss,technical_issue", "-", "corrupted repair photos / documents after migration",
  "Gwen Talbot <gwen@talbot-retro.example>", "attachments corrupted since migration",
  """Hi,

Since the portal migration last weekend, every repair job attachment from before the migration opens as a blank grey image or an "unable to open file" PDF. These are our intake photos (console condition on arrival), which we need when customers claim we scratched something.

Are the originals still somewhere?

Gwen Talbot
Talbot Retro Repairs""")

m("feature_request", "-", "please support multiple owners",
  "Naomi Feld <naomi.feld@feldfamily.example>", "two owners on one chip?",
  """Hi! My partner and I both own our dog, but the registry only lets one person be the keeper. Please could you add a second keeper option, so if he's found and I'm abroad they can ring my partner too? Would make a lot of people happy I think :) Naomi""")

m("legal_threat,regulatory", "-", "GDPR subject access ignored, lawyer + ICO",
  "Kristof Nagy <kristof.nagy@nagymail.example>", "Subject access request - 40 days",
  """Dear Data Protection Officer,

I submitted a subject access request on 2 February for all personal data you hold on me relating to my membership of your language tandem events. I have received nothing. The statutory one month has passed.

This is a GDPR violation. I have filed a complaint with the ICO today and my solicitor has advised me on my options for compensation. Please send the data without further delay.

Kristof Nagy""")

m("outage,technical_issue", "-", "refill station card terminal down (payment processing)",
  "Ellie Marchetti <ellie@bluehole-divers.example>", "card payments not working at the fill station",
  """Hello, the card payment bit of your fill station kiosk hasn't taken a single payment since Saturday. Every card says "Processor unavailable - try later". Our divers are leaving without filling. Same at the Portland kiosk according to Dave. Ellie""")

m("severe_dissatisfaction,billing_dispute,high_value_order", "-", "wedding marquee paper order; > 5,000 disputed",
  "Fiona Strachan <fiona@strachan-events.example>", "Invoice 2210 - £6,480",
  """Dear Sirs

Your invoice 2210 for £6,480 charges us for the full bespoke watermarked paper order, but only 60% of it was delivered and the rest was "back-ordered". We have been waiting 7 weeks for the remainder.

I'm appalled at how this has been handled. I will pay for what we have received, not a penny more, until the rest arrives.

Fiona Strachan
Strachan Events""")

m("manager_request", "-", "asks to be contacted by team leader, non-native",
  "Mei Lin Chow <meilin.chow@chowmail.example>", "please team leader call me",
  """Hello,

I am speak with three person on your phone and everyone say different thing about the microchip transfer for my dog from old owner. Please can the team leader or some supervisor call me so I have one answer only. My number 07700 555 019.

Thank you
Mei Lin""")

m("broken_promise", "-", "promised delivery date not met, calm",
  "Stuart Ingle <stuart.ingle@inglefarm.example>", "Fan part",
  """Hi, Gemma told me on the phone two weeks ago the replacement motor would be with me "by Friday at the latest". No sign of it, no tracking. Any news? Stuart""")

m("technical_issue,feature_request", "-", "bug plus feature ask in same mail",
  "Dafydd Morgan <dafydd@radio-cwm.example>", "schedule editor",
  """Hi both,

Two things about the schedule editor:

- When I drag a show past midnight it disappears from the grid entirely (it's still in the list view). Looks like a bug with shows that cross midnight.
- Separately, it would be really useful to have recurring shows that skip bank holidays. We always end up with a ghost "Sunday Folk" on Easter Sunday.

Diolch,
Dafydd
Radio Cwm""")

m("media_threat,cancellation_threat", "-", "review threat, polite-ish",
  "Tamsin Orchard <tamsin.orchard@orchardmail.example>", "Your trek cancellation",
  """Hi,

I'm pretty upset that our trek was cancelled the day before with no alternative offered. I'd saved up for this as a present for my daughter. I'll be cancelling the second booking I had for October.

I'm going to write an honest review on Tripadvisor and Google about how this was handled unless you can at least offer a date in the next month.

Tamsin""")

m("regulatory,billing_dispute", "-", "CFPB / consumer agency, US customer",
  "Chris Delgado <chris.delgado@delgadomail.example>", "Unauthorized charge $219.00",
  """Hello,

There is a charge for $219.00 from your company on my card dated 03/14 which I did not authorize. I have never ordered olive oil from you. I have already disputed it with my bank.

I've also filed a complaint with the Consumer Financial Protection Bureau, since your company apparently had my card number on file from somewhere.

Chris Delgado""")

m("safety,technical_issue", "-", "tiny house electrics shock",
  "Mark Oduya <mark.oduya@oduya.example>", "shock from the kitchen socket in the tiny house",
  """Hi,

We've been living in the cabin you built for us for two months. Yesterday my partner got a shock off the metal splashback while plugging in the kettle, enough to throw her hand back. I've since found the splashback gives a tingle if you touch it with wet hands.

We've turned off the kitchen ring main. Can your electrician come out this week?

Mark""")

m("executive_contact,legal_threat", "-", "will write to the board, lawyer",
  "Henrietta Blythe <h.blythe@blythechambers.example>", "Breach of contract - tiny house completion",
  """Dear Sirs,

Unless the outstanding snagging items listed in my letter of 3 June are completed within 21 days, I will be writing to each member of your board, and I have instructed solicitors to prepare a claim for breach of contract.

Yours faithfully,
Henrietta Blythe""")

m("technical_issue", "-", "short, typo-ridden",
  "dave <davemcg@quickmail.example>", "app crahses",
  """app crahses when i try open my tank fill history. just closes. samsung a52. cheers""")

m("discrimination_harassment", "-", "coach driver racist remark to pupil",
  "Farah Mahmood <farah.mahmood@greenbankschool.example>", "Incident on trip coach 14 March",
  """Dear Sir/Madam,

I'm writing on behalf of Greenbank School regarding the coach you supplied for our trip to the Science Museum on 14 March.

During the journey, the driver made a racist remark to one of our Year 8 pupils when he asked to use the toilet, and then told him to "go back where he came from" when the boy protested. Two members of staff heard it and have written statements.

We take this very seriously and expect you to as well. Please confirm what action you will be taking with this driver.

Farah Mahmood
Deputy Head (Pastoral)""")

m("billing_dispute,repeat_contact", "-", "fifth contact about wrong charge",
  "Ursula Penhale <ursula@penhale.example>", "Wrong amount AGAIN - 5th time writing",
  """This is the 5th time I've written. Your system charges me for the 'Premium' box (£52) when I'm on the Standard (£39). Every month. Every month I write, every month someone says sorry and refunds the difference, and then it happens again.

Please fix the actual plan on my account. Ursula""")

m("cancellation_threat,outage,technical_issue", "-", "canoe-polo league platform down on match day",
  "Neil Abernethy <neil@scottish-cpl.example>", "League day - site down",
  """Every club in the league has been emailing me since 8am: nobody can load the scoring app or the public results. Just a white page. We've got 14 matches today.

We pay for the club plan for 22 clubs. If this happens on another league day we'll be moving the league to something else for next season, and I'll be recommending the clubs do the same.

Neil
League coordinator""")

m("legal_threat,technical_issue", "-", "calm announcement of legal steps, buried in long mail",
  "Judith Carmody <judith.carmody@carmody-home.example>", "Stairlift - summary of events",
  """Dear Mr Fenwick,

Thank you for your letter of 20 May. I thought it would be useful to set out the history in one place, as there seem to have been several people involved on your side.

- 14 Feb: survey visit. Your surveyor measured the staircase and confirmed a straight rail would fit.
- 2 March: installation. The fitter found the rail was 30cm short and "made it work" by fixing the top bracket into the plasterboard rather than a joist.
- 10 March: the top bracket pulled loose. Nobody was hurt, the lift has not been used since.
- Since then: three visits, no repair.

I have asked my solicitor to write to you formally, and unless a proper repair or a full refund is agreed by the end of June we will issue proceedings in the county court.

I do still hope this can be resolved.

Yours sincerely,
Judith Carmody""")

m("security_incident,data_loss,technical_issue", "-", "account taken over and records deleted",
  "Pieter Jansen <pieter@jansen-horsebox.example>", "account hijacked",
  """Someone got into our company account over the weekend, changed the email address on it to something at a gmail-type address I don't recognise, and deleted all our saved vehicles and the hire history for this year. I only got back in because I still had the phone number set for reset codes.

We didn't share the password with anyone. Can you tell me where the logins came from and restore the deleted vehicles?

Pieter Jansen
Jansen Horsebox Hire""")

m("severe_dissatisfaction", "-", "pure anger, no other trigger",
  "Gail Pearce <gailpearce@pearcehome.example>", "Disgusted",
  """Your driver left our box of baby food in a puddle at the end of the drive, in the rain, in full view of the front door. Half the pouches were split. I am disgusted. Absolutely disgusted. Who trains these people?

Gail""")

m("data_loss,technical_issue", "-", "show notes vanished from the episode editor",
  "Rowan Feeney <rowan@drumlin-fm.example>", "Where did the show notes go",
  """Morning,

All the show notes I'd written for the next four weeks of Drumlin Drive have vanished from the episode editor. I wrote them on Tuesday, saved each one, saw them there on Wednesday. This morning the fields are empty. Version history is empty too.

That's about six hours of work. Can they be recovered?

Rowan""")

m("technical_issue,corporate_contact_request", "-", "needs corporate phone number, with a bug",
  "Ingrid Solberg <ingrid@solberg-tandem.example>", "payment link broken + company phone",
  """Hi, the payment link in the invitation emails is broken (404). Also could you send me your company's main switchboard number - not the support line, our finance team needs to call head office about the contract. Ingrid""")

m("high_value_order,cancellation_threat", "-", "large coach contract, > 5,000, unresolved",
  "Patrick Donnelly <p.donnelly@stcolumbas.example>", "Summer residential coaches - contract 2024-117",
  """Dear Ms Hartley,

Our contract 2024-117 for the summer residential coaches (three vehicles, five days, €11,250) still shows the wrong pick-up point for the return leg, despite two amendments. The residential is in ten days.

If the corrected confirmation doesn't reach me by Monday I'll have to cancel and book with the other operator the diocese uses.

Patrick Donnelly
Bursar""")

m("feature_request", "-", "paper mill trade customer asks swatch sample option",
  "Leonie Hart <leonie@hartbindery.example>", "suggestion - swatch packs",
  """Hello lovely people,

Would you consider offering swatch packs for the new seaweed range? I'd happily pay for them. At the moment I have to order full sheets to see colours, which for a small bindery adds up.

Leonie""")

m("outage,technical_issue", "-", "mixed-language: German customer writing English with German phrases",
  "Jürgen Hofstetter <j.hofstetter@hofstetter-tauchen.example>", "Refill portal - alles down",
  """Hello,

sorry for my English. Since this morning your refill station portal is komplett down, we get only "Bad Gateway 502". All three of our stations, also the customers app. So nobody can pay for filling, we make everything with paper now, wie früher.

Please can you check schnell? Saturday is our busy day.

Mit freundlichen Grüßen / best regards
Jürgen Hofstetter
Tauchbasis Hofstetter""")

m("broken_promise,cancellation_threat,severe_dissatisfaction", "-", "non-native (Spanish speaker writing English)",
  "Lucía Ferrández <lucia.ferrandez@ferrandez.example>", "My order of oil never arrive",
  """Hello,

I make the order of 6 bottles of the arbequina oil the 2 of may. You send me email that it arrive in 3 days. Later you say me "next week sure". Now it is 3 weeks. Nothing arrive and nobody answer the chat.

Is really a shame, I am very angry. I want you cancel all my account and return the money, I buy in other shop.

Lucía""")

m("regulatory,security_incident", "-", "data breach + data protection authority (Irish DPC)",
  "Siobhán Kearney <siobhan.kearney@kearneymail.example>", "My details in a data breach",
  """Hello,

A breach notification service has alerted me that my email address, home address, phone number and my dog's microchip number appeared in a leaked file that mentions your registry by name.

I've had no notification from you at all. Under GDPR you're supposed to tell affected people. I'll be raising this with the Data Protection Commission on Monday unless I hear from you with an explanation.

Siobhán Kearney""")

m("repeat_contact,broken_promise,manager_request", "-", "keeps contacting, asks for supervisor",
  "Arjun Mehta <arjun.mehta@mehtahome.example>", "Re: Re: Re: Stairlift battery",
  """I keep contacting you and keep being told an engineer will call to book the battery replacement. Three promises, three no-calls. Please pass this to your supervisor, I'd like to hear from someone who can actually book the visit.

Arjun Mehta""")

m("technical_issue", "-", "HTML mail style, polite bug",
  "Susannah Pryor <susannah.pryor@pryormail.example>", "Gift voucher code not accepted",
  """Hello,

My daughter bought me an alpaca trek gift voucher for my birthday (code AT-GIFT-7Q2K). When I enter it at checkout it says "This code has expired" but the voucher says valid until December next year.

Could you help?

Warm regards,
Susannah""")

m("safety,regulatory", "-", "scuba fill contamination + HSE report",
  "Tom Radcliffe <tom.radcliffe@radcliffe-dive.example>", "Contaminated fill - oily taste",
  """To the station manager,

My buddy and I both had tanks filled at your Weymouth refill station on Saturday. At 12m his air tasted oily and he got a headache and nausea; we aborted the dive. I had the same taste but milder. We've had the tanks tested since and the CO reading was above the limit.

Someone could have died. I've reported it to the HSE and I'd strongly suggest you take the compressor out of service until it's checked.

Tom Radcliffe""")

m("executive_contact,technical_issue", "-", "customer says they spoke to VP at conference",
  "Cheryl Mbeki <cheryl@mbeki-organics.example>", "following up",
  """Hi,

Following up on the wholesale pricing issue from last month. I mentioned it to your VP of Sales, Andrew, when I ran into him at the trade fair on Thursday and he said to email support and he'd keep an eye on it, so I've copied him in.

The issue is still that our wholesale login shows retail prices.

Cheryl""",
  cc=["Andrew Pell <andrew.pell@example.test>"])

m("technical_issue", "-", "HTML heavy, small bug; non-native",
  "Hiroshi Tanaka <hiroshi.tanaka@tanaka-mail.example>", "cannot upload tandem profile photo",
  """Dear support,

When I upload my profile photo for the tandem event, the page show "File too large" but the file is only 180 KB. I tried PNG and JPG. Please check.

Best regards,
Hiroshi Tanaka""")

m("cancellation_threat,technical_issue", "-", "leave said as 'we'll go back to paper'",
  "Beatrix Lowe <beatrix@lowe-stables.example>", "Honestly thinking of leaving",
  """Hi,

Third price increase in 18 months for the horsebox booking software and the calendar still double-books our Ifor Williams box about once a week. I'm honestly going back to the paper diary at the end of this month unless something changes. Consider this notice.

Bea""")

m("media_threat,discrimination_harassment", "-", "disability discrimination + will post on social",
  "Owen Prothero <owen.prothero@protheromail.example>", "Turned away from trek - wheelchair",
  """Hello,

I booked the "accessible valley walk" trek for me (wheelchair user) and my two kids. When we arrived your guide said he "wasn't insured for wheelchairs" and we'd have to wait in the car park café. The booking page literally says accessible.

I've been refused because of my disability and I'm not going to let it slide. I've got a fair-sized following on Instagram from my adaptive sport stuff, and I'll be telling them exactly what happened unless I get a proper response.

Owen""")

m("legal_threat,broken_promise,high_value_order", "-", "stair-lift >5,000 promised install date, solicitor",
  "Raymond Boateng <raymond.boateng@boatengfamily.example>", "Curved stairlift - £8,950 paid, nothing installed",
  """Dear Sir/Madam,

We paid £8,950 in full on 10 January for a curved stairlift for my wife, who has MS. Installation was promised for "the week of 18 February". It's now April and the rail still hasn't been manufactured, according to your latest email.

Please treat this as a letter before action. If we don't have an installation date within 14 days, or a full refund, our solicitor will issue proceedings.

Raymond Boateng""")

m("technical_issue,data_loss", "-", "spreadsheet import wiped members",
  "Tess Whitcombe <tess@thames-cpc.example>", "import overwrote our members",
  """Hello,

I used "Import members from CSV" to add 12 new juniors. Instead of adding them it replaced the entire member list - we've gone from 143 members to 12. The import page says "merge" is the default. It clearly isn't.

Is there any way to get the 143 back? Match fees are due on Saturday.

Tess""")

m("feature_request", "-", "radio station asks for podcast RSS option",
  "Kwame Boadu <kwame@harbourvoices.example>", "RSS for our shows?",
  """Hey team, love the new player. Would be brilliant if each show could have its own RSS feed so listeners can subscribe in podcast apps. Loads of our older listeners keep asking. Thanks! Kwame""")

m("executive_contact,media_threat,severe_dissatisfaction,technical_issue", "-", "scorched earth",
  "Clive Ambler <clive.ambler@amblerhomes.example>", "Chimney fan installation - a complete farce",
  """This has been the single worst experience of dealing with a company I've ever had. Two no-shows, a fan fitted upside down, a hole in my roof flashing and nobody who takes responsibility.

I've written to your managing director today by recorded post. I'm also going to the local paper, who did a piece on cowboy builders last month and I'm sure will be interested.

Clive Ambler""")

m("high_value_order,technical_issue", "-", "olive oil order stuck in portal; >5,000 in USD",
  "Dana Whitfield <dana.whitfield@whitfieldmarket.example>", "PO 88213 stuck in 'processing'",
  """Hi there,

Our purchase order 88213 for $14,720 (two pallets of the Picual EVOO) has been stuck on "processing" in your trade portal for nine days. The portal gives "Error 409 - order locked" whenever I try to open it. Our rep is on leave. We have a store opening on the 20th and need to know whether it's shipping.

Dana Whitfield
Buyer, Whitfield Market""")

m("manager_request,discrimination_harassment", "-", "harassment by staff member on the phone",
  "Lorraine Figgis <lorraine.figgis@figgismail.example>", "Your staff member's behaviour",
  """I rang your office on Tuesday to ask about my deposit. The man who answered called me "sweetheart" four times, told me women "never understand the paperwork" and then laughed and put the phone down on me.

I want to speak to a manager about this. I don't want an apology from him, I want to know that somebody above him knows.

Lorraine Figgis""")

m("repeat_contact,cancellation_threat", "-", "multiple calls, indirect threat",
  "Gordon Blaikie <gordon@blaikie-paper.example>", "trade account",
  """Gordon again. I've rang your office four times this fortnight about our trade account being switched to retail pricing. Nobody has rung back. We're a small bindery, I haven't got time for this, and frankly there's two other mills who'd be glad of our custom.

G.""")

m("technical_issue,security_incident", "-", "password reset sends to someone else",
  "Yasmin Haddad <yasmin.haddad@haddadmail.example>", "Password reset email went to another person",
  """Hello,

I clicked "forgot password" on the tandem events site. A friend of mine who also uses the site (different account, different email) received MY reset link. She forwarded it to me. That means anyone could potentially reset anyone's account?

I've not used the link. Please look into this.

Yasmin""")

m("outage,technical_issue,severe_dissatisfaction", "-", "short rage re outage",
  "Keith Darnell <keith@darnell-coaches.example>", "DOWN AGAIN",
  """Booking system DOWN AGAIN. Third time this month. Nobody can log in, drivers can't see their run sheets. Utterly useless. Sort it.""")

m("safety,technical_issue", "-", "horsebox brake failure",
  "Philippa Garland <philippa.garland@garlandeventing.example>", "Brakes on hired box",
  """Good evening,

I hired the 3.5t box (HB-07) today. On the A30 coming back from the event the brake pedal went almost to the floor twice before it bit. I had two horses on board. I drove the last 10 miles at 30mph with the hazards on.

Please do not hire that vehicle to anyone else until it's been checked. It's parked in your yard, keys in the box as agreed.

Philippa Garland""")

m("billing_dispute", "-", "wrong VAT charged",
  "Alan Kerswell <alan.kerswell@kerswell-accounts.example>", "VAT on invoice 6612",
  """Hello,

Invoice 6612 (canoe-polo club annual plan) charges VAT at 20% on the full amount, but we're a registered charity and our exemption certificate was sent to you last year. The amount should be £420 not £504.

Please reissue. Thanks,
Alan Kerswell, Treasurer""")

m("feature_request,technical_issue", "-", "microchip registry: lookup by chip slow + wants bulk upload",
  "Beverley Nunn <bev@nunn-rescue.example>", "rescue bulk registrations",
  """Hi,

We're a small dog rescue and register maybe 30 dogs a month. Two things:

1. Could you please add a way to upload a spreadsheet of new registrations instead of typing each one in? It would save our volunteers hours.

2. The date of birth field rejects dates in the format the form itself suggests (DD/MM/YYYY) - it says "invalid date" every time and I have to use the calendar picker.

Bev""")

m("legal_threat", "-", "customer says will go to court; non-native, short",
  "Giorgos Papadakis <g.papadakis@papadakis-oil.example>", "contract of supply",
  """Dear Sirs,
you did not pay the 2nd part of shipment of our oil (invoice 2024/77) since 90 days. If not paid in 10 days we will start the legal procedure in the court of Chania.
Regards
G. Papadakis""")

m("data_loss,technical_issue,repeat_contact", "-", "third time data missing",
  "Morag Sinclair <morag@sinclair-rescue.example>", "Re: missing owner details - third time asking",
  """Hi, third time asking. The owner details on 6 of our rehomed cats have been wiped back to "Unknown" again. I re-enter them, they disappear a couple of days later. Can someone actually look at it?

Morag""")

m("regulatory,security_incident", "-", "staff emailed booking details to a stranger; ICO report announced",
  "Daniel Ashby <daniel.ashby@ashbyhouse.example>", "You emailed my details to a stranger",
  """Hi,

A man I've never met just rang me to say he'd received an email from your company containing my booking confirmation: my name, address, phone number, card's last four digits and the fact that my house will be empty during our trek week.

That's a pretty serious mistake. Who else has my details? I'll be reporting it to the ICO as a data breach, because I think they ought to know.

Daniel Ashby""")

m("broken_promise,billing_dispute", "-", "promised discount not applied",
  "Rachel Oyelaran <rachel.oyelaran@oyelaranmail.example>", "discount not applied",
  """Hi,

When I signed up your sales person said the first three boxes would be half price. The first box was charged in full (£44.00). Can you refund the £22 and make sure the next two are correct?

Rachel""")

m("corporate_contact_request,legal_threat", "-", "asks for legal department contact to serve notice",
  "Imran Siddiqui <imran@siddiqui-law.example>", "Contact for your legal department",
  """Dear Sir or Madam,

I act for Mr and Mrs Farrow in respect of the defective tiny house supplied to them in 2023. Please provide the name and email address of your legal department or in-house counsel, so that we can serve our letter of claim.

Imran Siddiqui
Siddiqui & Co Solicitors""")

m("severe_dissatisfaction,safety", "-", "mould in baby-food pouch, child ate some",
  "Kirsty Lomax <kirsty.lomax@lomaxfamily.example>", "MOULD in the pouch",
  """There was MOULD in one of today's pouches. Green and fuzzy under the cap. My son had already had two spoonfuls before I saw it. I'm ringing 111 now.

How on earth does this happen with a product for babies??? I'm horrified. Batch LS-2502-11.""")

m("outage,technical_issue,high_value_order", "-", "outage blocks high value tiny-house deposit payment",
  "Oskar Berglund <oskar.berglund@berglund.example>", "Can't pay deposit - payment page error",
  """Hi,

I've been trying to pay the £18,500 deposit for our tiny house build slot since yesterday. Your payment page returns "503 Service Unavailable" every time, on two different computers. The slot is only held until Friday, and Liam in sales said that if the deposit isn't in by then it goes to the next on the list.

Can you hold the slot or send me bank details instead?

Oskar""")

m("technical_issue", "-", "region-switch mod stopped working after repair",
  "Ben Cartwright <ben.cartwright@cartwrightmail.example>", "Region switch mod not working",
  """Hi,

You installed the 50/60Hz region switch mod on my Mega Drive last month. The switch does nothing now - it stays at 50Hz in both positions. It worked for about a week. Is that covered?

Ben""")

m("billing_dispute,manager_request,repeat_contact", "-", "asks for escalation on billing, calm",
  "Verity Lang <verity.lang@lang-events.example>", "Please escalate - invoice 3301",
  """Hello,

Invoice 3301 charges us for 40 places at the tandem evening on 12 May, but only 26 people attended and your terms say we pay per attendee above the minimum of 20. I've explained this twice to first-line support and got the same template back. Please escalate this to someone in billing who can look at the attendance list.

Thanks,
Verity""")

m("executive_contact,repeat_contact", "-", "emailed CEO already, multiple attempts",
  "Lionel Foster <lionel.foster@fostermail.example>", "Fwd to your CEO",
  """I have tried phone (3 times), email (twice) and your chat, and I've now emailed your chief executive directly. Copying this here so there's a record.

The issue: our horsebox has been in your workshop for six weeks for a two-day job.

Lionel Foster""")

m("media_threat", "-", "blogger threat, subtle",
  "Zara Whitmore <zara@thelittlespoonblog.example>", "hmm",
  """Hi,

I write a fairly well-read weaning blog (around 40k monthly readers) and I'd been planning to feature your pouches. After the way my order issue was handled (three weeks, no reply), I'm now writing a rather different post. I'll hold it until Friday in case you want to give me your side.

Zara""")

m("technical_issue,broken_promise", "-", "promised firmware fix not delivered",
  "Hugh Penrose <hugh@penrose-fans.example>", "Fan controller firmware",
  """Hello,

Back in January your tech support said the firmware update that fixes the controller resetting to 'low' overnight would be out "in the spring release". It's August. The controller still resets every night.

Hugh Penrose""")

m("discrimination_harassment,legal_threat", "-", "religious discrimination + solicitor",
  "Amrit Kaur <amrit.kaur@kaurmail.example>", "Refused entry to the radio station studio tour",
  """Dear Station Manager,

On Saturday's open day I was told by one of your volunteers that I could not go into the studio wearing my kara "because of the equipment", while others were wearing watches and rings. When I explained it is a religious article, he said "rules are rules, love".

I feel I was singled out because of my religion. I've taken advice and my solicitor has said this may be unlawful discrimination under the Equality Act. I would like a written explanation.

Amrit Kaur""")

m("feature_request", "-", "tiny house customer wants app feature",
  "Ewan Craig <ewan.craig@craigcabins.example>", "The monitoring app",
  """Hi,

The solar monitoring app you set up for our tiny house is great. It would be even better if it could warn me when the battery gets below 20% - a push notification or even an email. Is that something you could add?

Ewan""")

m("regulatory,severe_dissatisfaction,billing_dispute,corporate_contact_request", "-", "trading standards threat, hidden fees; asks registered office address",
  "Brenda Coyle <brenda.coyle@coylehome.example>", "Hidden fees - absolutely disgraceful",
  """Your website says the trek is £45 per person. Checkout added a "booking fee", a "trail maintenance fee" and a "card fee", total £71.80 per person. That's not the price you advertise, and my card has been charged £287.20 for four people.

Absolutely disgraceful. I'm reporting you to Trading Standards for misleading pricing and I want the difference refunded. And send me the address of your registered office while you're at it, since the website doesn't show one.

Brenda Coyle""")

m("repeat_contact,severe_dissatisfaction,manager_request,outage,technical_issue", "-", "long angry multi-trigger",
  "Morwenna Trevail <morwenna@kernowfm.example>", "Streaming down - 3rd ticket, nobody cares",
  """Right.

This is now my third ticket about the same thing. Our live stream (the one you host, which we pay for every month) has been off air since Thursday evening. Listeners get "stream offline" in the player and the mount point returns 404. We are a community station. Our listeners are mostly older people who don't have DAB, the stream is how they hear us.

Ticket 1, Thursday night: auto-reply.
Ticket 2, Friday: "we are investigating".
Now: Monday, nothing.

I find this completely unacceptable and frankly insulting. Please escalate this to a manager today. I'll be at the station from 10 until 6.

Morwenna Trevail
Station Manager, Kernow Community FM""")

m("safety,technical_issue", "-", "retro console PSU overheating after repair",
  "Ellis Monroe <ellis.monroe@monroemail.example>", "PSU got really hot after your repair",
  """Hey,

Got my Dreamcast back from you last week with the new power supply. Played for about 40 minutes tonight and there was a smell of burning plastic and the case above the PSU was too hot to touch. Unplugged it straight away. Kid was sat right next to it.

Not using it again until you've had a look. Can I send it back at your cost?

Ellis""")

m("corporate_contact_request", "-", "asks for board members contact",
  "Henry Ashdown <henry.ashdown@ashdownmail.example>", "Board of trustees",
  """Hello,

The station's annual report mentions a board of trustees. Could you give me a contact address for the chair of the board, please? I'd like to raise concerns about how the volunteer rota has been handled. I'd rather not go through the general inbox again.

Henry Ashdown""")

m("billing_dispute,broken_promise,severe_dissatisfaction,cancellation_threat", "-", "multi-trigger rant, non-native",
  "Wojciech Zieliński <wojtek.zielinski@zielinski.example>", "money taken 2 times and no refund",
  """Hello,

You take from my account 2 times 59 pound for the trek in June. On phone your colleague Sophie promise me to return 59 pound in 3 days. Now 3 weeks and nothing!! This is a joke. Very bad service, the worst.

I will not book never again and I close my account in your site.

Wojciech""")

m("technical_issue,outage,data_loss", "-", "calm sysadmin-style report",
  "Ravi Subramanian <ravi@subramanian-it.example>", "Registry sync failing since 02:00 UTC",
  """Hi,

Summary: your registry sync endpoint has been unavailable since about 02:00 UTC (connection timeouts on every request, all regions we tested). When it briefly came back at 06:10, our last 48 hours of submitted registrations were not there any more - the API returns 404 for chip IDs that returned 200 on Tuesday.

We administer the practice software for 11 vet clinics. Happy to share request IDs.

Ravi Subramanian""")
