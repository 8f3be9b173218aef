# English customer mail with no trigger (hard negatives).
# Every block is one hand-written message. Labels follow docs/triggers.md.
MESSAGES = []


def m(trap, note, frm, subject, body, **kw):
    MESSAGES.append(dict(triggers="-", trap=trap, note=note, frm=frm, subject=subject, body=body, **kw))


m("job_title", "office manager and facilities manager are job titles",
  "Dawn Pickering <dawn.pickering@brightwater-dental.example>", "Chimney fan quote for surgery",
  """Hello,

I'm the office manager at Brightwater Dental. Our facilities manager, Colin, has asked me to get a quote for a chimney fan on the old fireplace in the staff room, which we'd like to start using again in winter.

Could someone visit in the week of 9 September? Mornings are best.

Many thanks,
Dawn Pickering
Office Manager""")

m("quoted_threat", "customer's own text is a thank-you; quoted earlier reply has a lawyer threat",
  "Graham Ostler <graham.ostler@ostlermail.example>", "Re: Horsebox deposit",
  """Thanks Jo, the £350 arrived this morning. All sorted as far as I'm concerned, and sorry for the grumpy tone last week.

Graham

On Tue, 4 Jun 2024 at 09:12, Graham Ostler <graham.ostler@ostlermail.example> wrote:
> I've waited three weeks for this deposit. If it's not back by Friday
> my solicitor will be in touch and I'll see you in the small claims court.
>
>> On Mon, 3 Jun 2024, Horsebox Hire Desk wrote:
>> Thank you for your message, we are looking into it.""")

m("legal_disclaimer_signature", "long legal disclaimer mentions legal action and confidentiality",
  "Sinead Farrelly <s.farrelly@farrelly-kerr.example>", "Order for 2 x 5L Hojiblanca",
  """Hi,

Could I order two 5L tins of the Hojiblanca for the office kitchen please, delivered to the address below. Happy to pay by card on the phone.

Thanks,
Sinead

Sinead Farrelly | Legal Secretary
Farrelly Kerr LLP, 14 Quay Street, Galway
T: +353 91 555 0187

CONFIDENTIALITY: This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender immediately and delete it. Any unauthorised use, disclosure or copying is strictly prohibited and may be unlawful. Farrelly Kerr LLP accepts no liability for loss or damage caused by viruses. Nothing in this email constitutes a legally binding agreement unless confirmed in writing by a partner. We reserve all rights including the right to take legal action in respect of misuse of this communication.""")

m("negation", "explicitly not cancelling, not escalating",
  "Helen Yardley <helen.yardley@yardleymail.example>", "pausing the subscription",
  """Hi, I'm definitely not going to cancel, we love the pouches, but we're off to my parents' in Portugal for three weeks in August. Can I pause deliveries from 1-22 August? No need to escalate anything, just a pause! Thanks, Helen""")

m("policy_question", "refund policy question, hypothetical cancellation",
  "Martin Ekwueme <martin.ekwueme@ekwuememail.example>", "Question before booking",
  """Hello,

Before I book the family trek for October half-term, what is your refund policy if the weather is bad? And would I be able to cancel later if one of the kids is ill, or is it vouchers only?

Thanks,
Martin""")

m("praise_manager_by_name", "praises a manager by name",
  "Pauline Grieve <pauline.grieve@grievehome.example>", "Thank you to Stuart",
  """I just wanted to say a huge thank you to Stuart, your installations manager. He came out himself on a Saturday when the stairlift key went missing, and he was so patient with my mother. Please pass on our thanks to him and to his manager too, whoever that is!

Pauline Grieve""")

m("lawyer_customer_ordering", "customer is a barrister ordering paper normally",
  "Jonathan Vale KC <jonathan.vale@valechambers.example>", "Paper order - chambers stationery",
  """Dear Sir or Madam,

I'm a barrister at Vale Chambers and we'd like to order your heavyweight cream laid paper for our headed stationery - 2,000 sheets A4, and 1,000 matching envelopes. Our clerk, Mr Thomas, will deal with payment.

Could you confirm lead time? We'd like them before the new legal term in October.

Jonathan Vale KC""")

m("journalist_private_order", "journalist writing as a private customer",
  "Amira Kassem <amira.kassem@amirakassem.example>", "Alpaca trek for my nephew's birthday",
  """Hi!

I'm a journalist, so my weekdays are chaos - could you tell me if you have any weekend slots left in May for a trek with 2 adults and 3 kids (8, 10, 11)? It's a birthday surprise for my nephew. This is purely personal, not a story, I promise :)

Amira""")

m("security_question_no_incident", "security researcher asks about bug bounty without reporting anything",
  "Tomasz Wójcik <tomasz@wojcik-sec.example>", "Responsible disclosure programme?",
  """Hello,

I do independent security research and occasionally look at booking platforms. Do you run a bug bounty or responsible disclosure programme, and if so, is there a security.txt or a contact address I should use? I haven't found anything to report - I'd just like to know the rules before I look.

Best regards,
Tomasz Wójcik""")

m("cancel_single_appointment", "cancels one appointment procedurally",
  "Deirdre Lacey <deirdre.lacey@laceymail.example>", "Cancel Thursday's service visit",
  """Hi, please could you cancel the stairlift service visit booked for Thursday 11th at 10am? My mother is in hospital for a few days (nothing serious). We'll rebook when she's home. Thanks so much, Deirdre""")

m("feature_exists", "asks whether a feature exists",
  "Callum Rennie <callum.rennie@renniecpc.example>", "Can I export the fixtures?",
  """Hi, is there a way to export the season's fixtures to CSV or Excel? I want to send them to the pool manager. Cheers, Callum""")

m("reported_speech", "colleague joked about suing; customer does not adopt it",
  "Ffion Baxter <ffion.baxter@baxtersailing.example>", "canoe polo goals delivered",
  """Hiya,

The two new goal frames arrived yesterday, thanks! One of the nets is a bit shorter than the other, about 10cm. My co-captain joked that we should sue you for making him look bad at the last tournament, haha. Could you send a replacement net when you next have stock? No rush at all.

Ffion""")

m("mild_disappointment", "a little disappointed only",
  "Rupert Faulkner <rupert.faulkner@faulknermail.example>", "Trek on Sunday",
  """Hello,

Just some feedback. We had a lovely time on Sunday's trek, though I was a little disappointed that we didn't get to the viewpoint because of time. The alpacas were great and the kids loved Bramble. Maybe next time!

Rupert""")

m("large_amount_no_problem", "large order amount, no problem",
  "Georgina Blake <georgina.blake@blakehospitality.example>", "Order confirmation - 3 pallets",
  """Dear Carlo,

Just to confirm we'd like to go ahead with the three pallets of the Nocellara as per your quote Q-7731 (£21,600 ex VAT). Please invoice our head office as usual; delivery to the Bristol warehouse any day in the week of 16 September.

Thanks again for the tasting last month.

Georgina Blake
Group Purchasing Manager, Blake Hospitality""")

m("exactly_5000", "invoice of exactly 5,000 with a query",
  "Mohammed Al-Rashid <m.alrashid@alrashid-trading.example>", "Invoice 5521 - PO number missing",
  """Hello,

We've received invoice 5521 for £5,000.00 for the compressor installation at our refill station. Our accounts team can't process it without our PO number (PO-2024-318) on it. Could you reissue it with the PO number? Everything else is fine.

Mohammed Al-Rashid""")

m("second_email", "says second email; not a repeat contact",
  "Lisa Tranter <lisa.tranter@trantermail.example>", "Second email - just checking you got my booking",
  """Hi, this is my second email - just checking the first one didn't go to spam. I'd like to book the horsebox for 20-21 July. Cheers, Lisa""")

m("settled_issue", "problem was solved; thanks",
  "Neville Okoro <neville.okoro@okoromail.example>", "Re: Login problem",
  """Hi Sam,

All good now - after clearing the browser cache I can log in fine and I can see the whole schedule again. Thanks for the quick help yesterday, we were panicking a bit before the broadcast.

Neville""")

m("data_safety_question", "asks if data is safe; no incident",
  "Brigid Mullan <brigid.mullan@mullanmail.example>", "Is my data safe if I upgrade?",
  """Hello,

I'm thinking about moving from the free club account to the paid one. Will I lose any data when I upgrade, like old match results and members? And where is the data stored - is it safe? Just want to check before I click anything.

Brigid""")

m("planned_maintenance_question", "question about planned maintenance",
  "Oliver Tennant <oliver.tennant@tennantfm.example>", "Maintenance window on Sunday?",
  """Hi, I saw a banner about maintenance this Sunday from 02:00-04:00. Will the live stream stay up during that window or should we prepare a backup? We're on air overnight. Thanks, Oliver""")

m("own_ceo_mention", "mentions their own CEO in an unrelated way",
  "Harpreet Gill <harpreet.gill@gillconsulting.example>", "Team away-day booking",
  """Hi,

Our CEO would like to take the whole team (14 people) on one of your alpaca treks as an away-day in September. She's asked me to find out what dates you have and whether you can do a packed lunch. Could you send me some options?

Harpreet Gill
Executive Assistant""")

m("saw_ad_on_social", "saw an ad on social media; no threat",
  "Toni Ashworth <toni.ashworth@ashworthmail.example>", "Saw you on Instagram!",
  """Hi! I saw your ad on Instagram for the tiny-house open day - is it this Saturday or next? Can I bring my dad? He's thinking about downsizing. Toni x""")

m("support_phone_request", "asks normal support phone number and hours",
  "Barry Cullen <barry.cullen@cullenmail.example>", "phone number",
  """What's your phone number for customer service and what hours are you open? I want to ask about the refill card. Thanks, Barry""")

m("gdpr_documentation_request", "asks for DPA and GDPR documentation",
  "Nadia Petrenko <nadia.petrenko@petrenko-vets.example>", "DPA and GDPR documentation",
  """Dear team,

Our practice group is onboarding to your pet-microchip registry. Our compliance lead has asked for a copy of your Data Processing Agreement, a list of sub-processors, and confirmation of where data is hosted. Is the registry GDPR compliant? Could you send these over?

Kind regards,
Nadia Petrenko
Practice Operations""")

m("forwarded_complaint", "forwards someone else's angry complaint for information; own words neutral",
  "Chloe Barnard <chloe.barnard@barnardtravel.example>", "Fwd: coach complaint from a parent",
  """Hi team, forwarding this from one of the parents for your records - we've already dealt with it on our side (it was our mistake with the pick-up time, not yours). No action needed.

Chloe

---------- Forwarded message ---------
From: Mark Jessop <mark.jessop@jessopfamily.example>
Date: Fri, 7 Jun 2024 at 18:02
Subject: DISGUSTING
To: Chloe Barnard <chloe.barnard@barnardtravel.example>

Our children were left waiting an hour for the coach. This is absolutely disgusting and I'll be going to the papers and my lawyer if I don't get an explanation.""")

m("outlook_quoted_threat", "Outlook Original Message block contains a cancellation threat; own words are a booking",
  "Kevin Marsh <kevin.marsh@marshbuilders.example>", "RE: Fan service",
  """Hi Gemma,

Thanks, Tuesday 14th at 8am works. The side gate will be open.

Kevin

-----Original Message-----
From: Kevin Marsh <kevin.marsh@marshbuilders.example>
Sent: 02 July 2024 16:44
To: support@example.test
Subject: Fan service

If nobody can come out this month I'll cancel the service contract and go elsewhere. Third time I'm asking.""")

m("hypothetical", "hypothetical about switching; no threat",
  "Alison Drury <alison.drury@drurymail.example>", "Comparing plans",
  """Hello,

I'm comparing your baby-food plans with a couple of others before I commit. If I started on the Standard plan and later wanted to switch to the Organic Plus, could I do that mid-month? And do you offer a trial box?

Alison""")

m("praise", "pure praise with a 'complaint' joke",
  "Bronwen Davies <bronwen.davies@daviesmail.example>", "My only complaint...",
  """My only complaint is that my little one now refuses anything that isn't your sweet potato and lentil pouch! Brilliant stuff, thank you. Bronwen""")

m("looks_automated", "human note phrased like an auto-reply; no trigger",
  "Stephen Hale <stephen.hale@halecpc.example>", "Automatic reply: away until 3 June (but read this)",
  """Hi, I'm away until 3 June with no signal, so this isn't an auto-reply, just a note: please send the renewal invoice for the club to our new treasurer, treasurer@halecpc.example, rather than to me. Thanks! Stephen""")

m("looks_automated", "human mail starting with a 'ticket received' style opening",
  "Hannah Ibbotson <hannah.ibbotson@ibbotsonmail.example>", "Your request has been received",
  """Your request has been received - that's what your website told me, so I'm repeating it back to you ;) Just wanted to add to my booking (TR-4410) that one of our party is vegetarian for the picnic. Thanks! Hannah""")

m("job_title", "Head of Legal signature, normal order",
  "Eleanor Fitch <eleanor.fitch@fitchgroup.example>", "Team-building tandem evening",
  """Hello,

We'd like to book a private language tandem evening for about 20 colleagues (English/Spanish/German), ideally a Thursday in late October. Could you send prices and availability?

Best,
Eleanor Fitch
Head of Legal, Fitch Group""")

m("invoice_copy_request", "request for invoice copy, no dispute",
  "Ruairi Byrne <ruairi.byrne@byrnemail.example>", "Invoice copy",
  """Hi, could you send me a copy of the invoice for the horsebox hire on 3 May? My accountant needs it. Ta, Ruairi""")

m("price_question", "question about price change",
  "Elaine Sutcliffe <elaine.sutcliffe@sutcliffemail.example>", "Has the price gone up?",
  """Hello, I noticed the fill price for a 12L tank is now £7.50 at the Poole station, it used to be £6. Is that the new price everywhere or just at Poole? Just curious. Elaine""")

m("settled_issue", "earlier billing error already refunded",
  "Gerald Pinnock <gerald.pinnock@pinnockmail.example>", "Refund received",
  """Dear team,

Just to let you know the double charge from last month has been refunded in full - I can see it on my statement. Thank you for sorting it so quickly.

Gerald Pinnock""")

m("quoted_threat", "Am ... schrieb style quote in English mail from a German user; own text neutral",
  "Katrin Vollmer <katrin.vollmer@vollmer.example>", "Re: Stream down?",
  """Hi, thanks, the stream is back and everything sounds good. Have a nice weekend!
Katrin

Am 12.04.2024 um 19:03 schrieb Katrin Vollmer:
> Our stream has been down for 2 hours, this is the third time this month.
> If this continues we will cancel.""")

m("feature_exists", "asks whether two-keeper option exists",
  "Adrian Moss <adrian.moss@mossmail.example>", "second keeper",
  """Hello, can I add my wife as a second contact on my dog's microchip record, or is it one keeper only? Thanks, Adrian""")

m("security_question_no_incident", "asks how to enable 2FA",
  "Fatima Noor <fatima.noor@noormail.example>", "Two-factor login",
  """Hi, how do I turn on two-factor authentication for our station account? Our board asked all volunteers to enable it. Thanks, Fatima""")

m("mild_disappointment", "mildly disappointed about paper colour, no dispute",
  "Isobel Hurst <isobel.hurst@hurstbindery.example>", "Indigo sheets",
  """Hi Tom, the indigo sheets arrived safely - they're a touch lighter than the swatch I had, which is a bit of a shame, but they'll work for this project. Could you note for next time that I prefer the darker batch? Thanks, Isobel""")

m("negation", "explicitly says nothing was lost, nobody hurt",
  "Connor Tiernan <connor.tiernan@tiernanmail.example>", "Little wobble on the stairlift",
  """Hi,

Not urgent - no one's hurt and it's working fine - but Mum's stairlift seat has a tiny wobble when it reaches the top. Could the engineer look at it at the annual service next month rather than a special visit?

Connor""")
