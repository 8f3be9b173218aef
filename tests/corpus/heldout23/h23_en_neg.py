# English customer mail with no trigger (hard negatives, heldout23).
# One hand-written block per message. Keys as in h23_en_pos.py.

MESSAGES = []

MESSAGES += [
dict(f=("Sandra Oakes", "sandra.oakes@moorgate-dental.example"), ind="vending",
     s="Two more machines for the new waiting room",
     t="-", trap="job_title", note="office manager",
     b="""\
Hi,

I'm the office manager at Moorgate Dental. We're opening a second waiting room in September and would like two more of the small snack machines, same contract as the others. Could you let me know lead times and whether the install can be done on a Saturday?

Thanks,
Sandra Oakes
Office Manager
"""),

dict(f=("Dominic Farrow", "d.farrow@farrowgroup.example"), ind="records",
     s="Next run - via Sophie",
     t="-", trap="account_manager_role", note="existing account manager",
     b="""\
Hello,

Our account manager Sophie suggested I send the artwork for the next run to this address so it gets logged. Files attached via the usual link. Nothing urgent, we're aiming for an October release.

Best,
Dominic
"""),

dict(f=("Lucinda Barr", "lucinda.barr@mailbox.example"), ind="hedge",
     s="Re: Conservatory panels",
     t="-", trap="quoted_threat", note="threat only in > quote; settled",
     b="""\
Thank you, the new panels went in this morning and the fitter did a lovely job. Consider this closed from my side.

Lucinda

> -----
> I am extremely unhappy. If your insurer has not contacted me by Friday
> I will be handing this to my solicitor and taking you to court for the
> full cost of the repair.
"""),

dict(f=("Ashok Varma", "ashok.varma@quadrant-it.example"), ind="drones",
     s="Re: Re: Transponder registration",
     t="-", trap="quoted_threat_nested", note=">> supervisor request in quote",
     b="""\
Perfect, that worked - the transponder shows up in my pilot profile now. Thanks for sticking with it.

Ashok

> Hi Ashok, could you try re-registering the transponder with the new
> firmware version (2.1.4) and let us know?
>
>> This is ridiculous. I've been waiting a week. I want to talk to a
>> supervisor, not another agent.
"""),

dict(f=("Gillian Parr", "gillian.parr@mailbox.example"), ind="magic",
     s="Re: Double charge order 55102",
     t="-", trap="on_wrote_block", note="settled refund; complaint in quoted block",
     b="""\
Refund's come through this morning - thank you Nathan.

On Tue, 11 Mar 2025 at 18:40, Gillian Parr <gillian.parr@mailbox.example> wrote:
> You have charged me twice for order 55102 (£29.99 x 2). This is the
> third time I have written about it and frankly it's a disgrace. I want
> the duplicate refunded today or I'm doing a chargeback.
"""),

dict(f=("Jeremy Hollis", "jeremy.hollis@bexley-facilities.example"), ind="vending",
     s="RE: Service visit",
     t="-", trap="outlook_original_message", note="anger only below Original Message",
     b="""\
Hi Karen,

Thursday at 10 is fine for the engineer. Reception will have a pass ready.

Regards
Jeremy

-----Original Message-----
From: Jeremy Hollis <jeremy.hollis@bexley-facilities.example>
Sent: 02 April 2025 16:12
To: Support <support@example.test>
Subject: Service visit

This is absolutely unacceptable. The machine has been out of order for two weeks and I have phoned four times. If nobody comes this week I will cancel the contract and tell your managing director exactly why.
"""),

dict(f=("Patricia Ng", "patricia.ng@seabrook-accounts.example"), ind="vending",
     s="Fwd: complaint from 4th floor",
     t="-", trap="forwarded_complaint", note="customer's own text is neutral",
     b="""\
Hi, passing this on as requested by our facilities team - can you just let me know when the new flavours are due in? Thanks, Pat

---------- Forwarded message ---------
From: Desmond Kyle <d.kyle@seabrook-accounts.example>
Date: Mon, 7 Apr 2025 at 11:20
Subject: crisps
To: Patricia Ng <patricia.ng@seabrook-accounts.example>

Pat, the crisps in the machine have been out of date twice now. It's a disgrace, someone should report them to trading standards.
"""),

dict(f=("Oren Blackwood", "oren@blackwood-vines.example"), ind="vineyard",
     s="Booking the bottling line for September",
     t="-", trap="legal_disclaimer", note="disclaimer mentions legal action/unauthorised access",
     b="""\
Hi,

We'd like to book the mobile bottling line for 16-18 September again this year. Same volume as last year (around 9,000 bottles). Please confirm availability.

Best,
Oren Blackwood
Blackwood Vines

CONFIDENTIALITY NOTICE: This message and any attachments are confidential and intended solely for the addressee. Any unauthorised access, disclosure, copying or distribution is strictly prohibited and may result in legal action. If you have received this email in error, please notify the sender immediately and delete it. Blackwood Vines accepts no liability for loss or damage caused by viruses or data corruption.
"""),

dict(f=("Moira Fairclough", "moira@fairclough-dance.example"), ind="ballet",
     s="Not cancelling - just a question",
     t="-", trap="negation", note="-",
     b="""\
Hello,

I'm not going to cancel our school account, and I'm not after anyone escalating anything, so please don't worry! I'd just like to know whether the new canvas split-sole shoes come in half sizes below a child's 10, as a few of our little ones are between sizes.

Thanks,
Moira
"""),

dict(f=("Tobias Grünewald", "tobias.grunewald@mailbox.example"), ind="kiln",
     s="After the power cut",
     t="-", trap="negation_data_loss", note="-",
     b="""\
Hi,

We had a power cut during a bisque firing on Saturday. Good news: the controller kept all my programs and the log, nothing was lost, and the firing resumed when the power came back. Question is just whether I should refire those pots or whether the resume feature means they're fine?

Thanks,
Tobias
"""),

dict(f=("Nadia Farouk", "nadia.farouk@mailbox.example"), ind="truffle",
     s="autumn tour question",
     t="-", trap="hypothetical", note="-",
     b="""\
Hi!

We're thinking of booking the autumn tour for a group of 8. If we had to cancel later because of flights, would we be able to get any money back, or move to another date? Just want to know before we pay.

Nadia
"""),

dict(f=("Greta Lindholm", "greta.lindholm@mailbox.example"), ind="ballet",
     s="refund policy for worn shoes?",
     t="-", trap="refund_policy_question", note="-",
     b="""\
Hello, what is your refund policy on pointe shoes that have been tried on in the studio for a fitting? My daughter wore them for about 10 minutes on a clean floor and they're a bit narrow. Thanks, Greta
"""),

dict(f=("Harvey Collins", "harvey.collins@mailbox.example"), ind="fencing",
     s="Ending membership - moving to Leeds",
     t="-", trap="procedural_cancel", note="neutral cancellation",
     b="""\
Hi,

I'm moving to Leeds for work at the end of June, so I'll need to cancel my club membership from July. How do I do that - is there a form, or is this email enough? Thanks for a great three years, I'll miss Tuesday nights.

Harvey
"""),

dict(f=("Ingrid Pohl", "ingrid.pohl@arkwright-legal.example"), ind="vending",
     s="DPA and GDPR documentation for the snack app",
     t="-", trap="gdpr_documentation", note="procurement question",
     b="""\
Dear Sir or Madam,

Before we roll out your snack app to our staff, our data protection officer has asked for (a) a copy of your data processing agreement, (b) confirmation of whether the app is GDPR compliant and where data is hosted, and (c) your list of sub-processors.

Could you send these over?

Kind regards,
Ingrid Pohl
Procurement, Arkwright Legal LLP
"""),

dict(f=("Fergus Lyle", "fergus.lyle@mailbox.example"), ind="records",
     s="2FA on the portal?",
     t="-", trap="security_question", note="-",
     b="""\
Hi, how do I turn on two-factor authentication for the client portal? I can't find it in settings. Cheers, Fergus
"""),

dict(f=("Aurelia Stone", "a.stone@thorne-hospitality.example"), ind="vending",
     s="Security questionnaire for supplier onboarding",
     t="-", trap="security_questionnaire", note="-",
     b="""\
Hello,

As part of supplier onboarding our IT security team needs you to complete the attached security questionnaire (about 40 questions - encryption, access control, incident response, pen testing). Could you return it within four weeks? No problems at all, just the annual paperwork.

Thanks,
Aurelia Stone
Supplier Management, Thorne Hospitality
"""),

dict(f=("Bethan Morgan", "bethan.morgan@mailbox.example"), ind="cathotel",
     s="Thank you so much!",
     t="-", trap="praise_review", note="positive review announced",
     b="""\
Just wanted to say a huge thank you to everyone at the cattery. Nutmeg came home relaxed, glossy and (I suspect) a little heavier. The daily photos made my holiday. I'll be leaving you a glowing five-star review on Google tonight and I've already told my whole street about you.

See you at Christmas!
Bethan & Nutmeg
"""),

dict(f=("Canon Peter Ellison", "canon.ellison@cathedral-office.example"), ind="clocktower",
     s="The bells on Sunday",
     t="-", trap="praise", note="-",
     b="""\
Dear all,

I must write to say how wonderful the bells sounded on Sunday for the first time since the rehanging. Several of the congregation were moved to tears, and the ringers say the new bearings make the tenor a joy to handle. Please pass on our gratitude to your team.

Canon Peter Ellison
"""),

dict(f=("Lotte Brand", "lotte@brandstudio.example"), ind="kiln",
     s="csv export?",
     t="-", trap="feature_exists_question", note="asks whether feature exists",
     b="""\
Quick one - can I export the firing log from the controller app to CSV? If yes, where is it hiding?

Lotte
"""),

dict(f=("Thomas Achterberg", "thomas.a@studentmail.example"), ind="bikecafe",
     s="is there a waiting list?",
     t="-", trap="feature_exists_question", note="-",
     b="""\
Hi, is there a way to join a waiting list for the Thursday repair slot in the app or do I just keep checking? Thanks!
"""),

dict(f=("Rachel Dunmore", "rachel.dunmore@grainger-design.example"), ind="vending",
     s="Crisps!",
     t="-", trap="reported_speech", note="colleague joked about suing",
     b="""\
Hello,

A slightly silly one - the "chilli and lime" crisps vanished from our machine last month and half the office is in mourning. One of our designers joked that we should sue you for emotional damages. Any chance they're coming back?

Rachel
"""),

dict(f=("Mervyn Castle", "mervyn.castle@mailbox.example"), ind="clocktower",
     s="Chimes at night",
     t="-", trap="reported_speech", note="neighbour threatened, customer did not adopt",
     b="""\
Hello,

My neighbour is grumbling about the quarter chimes at night and said she'd complain to the council about the noise. I told her I rather like them, but it did make me wonder - is it possible to silence the quarters between 11pm and 7am if the parish ever asked? Just curious.

Mervyn Castle
Churchwarden
"""),

dict(f=("Louise Tremaine", "louise.tremaine@mailbox.example"), ind="truffle",
     s="Saturday's hunt",
     t="-", trap="mild_disappointment", note="-",
     b="""\
Hi,

We had a lovely morning on Saturday, the dogs were adorable and Marco knows his stuff. I was a little disappointed that the truffles we found were so small - I'd imagined something the size of a golf ball! - but I suppose that's nature. Would the October tours be better for bigger ones?

Louise
"""),

dict(f=("Jasper Olsen", "jasper@northlight-records.example"), ind="records",
     s="Proforma for 1,500 LPs",
     t="-", trap="large_amount_no_problem", note="11,200 GBP, no problem",
     b="""\
Hi team,

Happy with the quote (QT-8841, 1,500 x 140g black, printed inners, £11,200 + VAT). Could you send a proforma so we can pay the deposit this week? Masters will follow on Monday.

Best,
Jasper
Northlight Records
"""),

dict(f=("Pilar Estévez", "pilar@estevez-bodega.example"), ind="vineyard",
     s="Order VR-3310 delivery date",
     t="-", trap="exactly_5000", note="order exactly 5,000 EUR with a small delay",
     b="""\
Hello,

Our rental order VR-3310 (destemmer and press for the vintage, EUR 5,000.00 all in) was due on the 2nd and your depot says it'll now be the 4th. That's fine for us, as long as it's definitely the 4th. Could you confirm a time window?

Thanks,
Pilar
"""),

dict(f=("Ben Carruthers", "ben.carruthers@mailbox.example"), ind="fencing",
     s="Second email - mask replacement",
     t="-", trap="second_email", note="only two contacts",
     b="""\
Hi, this is my second email about the replacement bib for the club mask I bought - could someone let me know if it's in stock? No rush, just didn't hear back from the first one. Thanks, Ben
"""),

dict(f=("Priyanka Sethi", "priyanka.sethi@mailbox.example"), ind="cathotel",
     s="Login problem fixed",
     t="-", trap="settled_issue", note="-",
     b="""\
Hi,

Just to close the loop - the login problem I mentioned on the phone yesterday has fixed itself (or someone fixed it!). I can see my booking and the photos again. No need to do anything.

Thanks,
Priyanka
"""),

dict(f=("Angus Mackie", "angus.mackie@mackie-ventures.example"), ind="vending",
     s="Usage report for Q2",
     t="-", trap="own_ceo", note="customer's own CEO",
     b="""\
Hello,

Our CEO needs the vending usage report for Q2 (spend per site, top products) for the board pack by Friday. Could you send it as a spreadsheet? Last quarter's format was fine.

Angus
"""),

dict(f=("Shona Reid", "shona.reid@mailbox.example"), ind="hedge",
     s="Saw your ad",
     t="-", trap="social_media_ad", note="-",
     b="""\
Hi, I saw your ad on Instagram - do you cover Frome? We've got a leylandii hedge that's about 5m tall and needs taking down to 2m. Could someone come and quote? Shona
"""),
]

MESSAGES += [
dict(f=("Rowan Eastwood", "rowan@eastwoodpottery.example"), ind="kiln",
     s="Cloud backup of firing programs - is it safe?",
     t="-", trap="data_safety_question", note="-",
     b="""\
Hello,

The controller update offers to back up my firing programs to your cloud. Before I tick the box: is my data safe there, who can see it, and would I lose anything locally if I turned it off again later?

Rowan
"""),

dict(f=("Darius Fenn", "darius.fenn@mailbox.example"), ind="shearing",
     s="Balance for May",
     t="-", trap="customer_promise", note="customer promises to pay",
     b="""\
Sorry for the delay on the last invoice, lambing took over everything. I promise to pay the balance by Friday, once the wool cheque clears.

Darius
"""),

dict(f=("Holly Ancram", "holly@ancram-fpv.example"), ind="drones",
     s="maintenance this weekend?",
     t="-", trap="maintenance_question", note="-",
     b="""\
Hi, is there any planned maintenance on the league portal this weekend? We've got a club qualifier Saturday afternoon and want to make sure timing is up. Thanks, Holly
"""),

dict(f=("Leonard Buckley", "leonard.buckley@mailbox.example"), ind="knives",
     s="phone number",
     t="-", trap="support_phone_request", note="-",
     b="""\
What's your support phone number and what hours are you open? I want to ask whether the van can do serrated bread knives.
"""),

dict(f=("Miriam Cole", "miriam.cole@mailbox.example"), ind="knives",
     s="no need to escalate",
     t="-", trap="negation_escalate", note="-",
     b="""\
Hi,

Your colleague said she'd pass my note about the chipped paring knife up the chain - no need to escalate it, honestly. The driver re-ground it for free on Saturday and it's perfect. Thank him for me.

Miriam
"""),

dict(f=("Eleanor Vosper", "eleanor.vosper@harcourt-group.example"), ind="vineyard",
     s="E-signature on the rental agreement",
     t="-", trap="legal_question_signature", note="Head of Legal writing in role",
     b="""\
Dear team,

Quick contractual question before we sign the season rental agreement: is an electronic signature through your portal legally binding under the agreement's governing-law clause, or do you need a wet-ink copy? Our board prefers to keep both.

Best regards,
Eleanor Vosper
Head of Legal, Harcourt Group
"""),

dict(f=("Stefan Iliescu", "stefan.iliescu@brightline-eng.example"), ind="vending",
     s="SSO for the snack app",
     t="-", trap="job_title", note="Manager of IT",
     b="""\
Hi there,

Does the snack app support single sign-on with Microsoft Entra? If so, is there a setup guide? We'd like staff to log in with their work accounts.

Thanks,
Stefan Iliescu
Manager of IT, Brightline Engineering
"""),

dict(f=("Chloe Barraclough", "chloe.b@mailbox.example"), ind="records",
     s="second user on the portal",
     t="-", trap="product_name_manager", note="password manager mention",
     b="""\
Hi,

I keep our portal login in our password manager, but my business partner needs her own login rather than us sharing mine. Can we add a second user to the same label account?

Chloe
"""),

dict(f=("Imani Drake", "imani.drake@northbank-ballet.example"), ind="ballet",
     s="Ribbons and elastic for Giselle",
     t="-", trap="job_title", note="stage manager",
     b="""\
Hi,

I'm the stage manager for our spring production of Giselle. We need 30 metres of pink satin ribbon and 20 metres of 2cm elastic for the corps. Do you do trade pricing for companies? We'd need it by the 10th.

Imani Drake
Stage Manager, Northbank Ballet Company
"""),

dict(f=("Walter Kingsley", "walter.kingsley@kingsley-wines.example"), ind="vineyard",
     s="Payment sent",
     t="-", trap="large_amount_no_problem", note="14,300 USD paid, no problem",
     b="""\
Hi,

We paid invoice VR-2298 today by bank transfer ($14,300.00). Could you confirm receipt when it lands? Looking forward to having the harvester back for the vintage.

Walt
"""),

dict(f=("Fiona Gallagher", "fiona.gallagher@gallagher-dance.example"), ind="ballet",
     s="Missing box on order 91004",
     t="-", trap="below_threshold", note="4,980 GBP order with a problem",
     b="""\
Hello,

Our order 91004 (£4,980.00) came in three boxes but the delivery note says four. The missing one should have the character shoes. Could you check whether it's still at the warehouse? Performance isn't until next month so no panic.

Fiona
"""),

dict(f=("Sue Pettigrew", "sue.pettigrew@mailbox.example"), ind="truffle",
     s="Gift voucher",
     t="-", trap="name_sue", note="sender called Sue",
     b="""\
Hello,

Sue here - my sister asked me to sort out a gift voucher for her husband's birthday. Do you do vouchers for the summer tour, and can they be posted in a card?

Many thanks,
Sue
"""),

dict(f=("Gareth Llewellyn", "gareth@caerfencing.example"), ind="fencing",
     s="court booking for the open",
     t="-", trap="homonym_court", note="sports court",
     b="""\
Hi,

For the junior open on the 14th we've booked court 2 and court 3 in the sports hall for the pools, plus the main court for DE. Can the club's scoring boxes be set up on the Friday evening?

Gareth
"""),

dict(f=("Lionel Armitage", "lionel.armitage@mailbox.example"), ind="magic",
     s="fire wallet refills",
     t="-", trap="homonym_fire", note="magic prop, no danger",
     b="""\
Evening,

Do you stock refills for the fire wallet (the flash paper inserts)? I do a lot of close-up at weddings and the "wallet bursts into flames" bit always gets the biggest laugh. Happy to buy in bulk.

Lionel
"""),

dict(f=("Megan Hartley", "megan.hartley@mailbox.example"), ind="cathotel",
     s="Wow",
     t="-", trap="homonym_shock", note="positive shock",
     b="""\
Honestly shocked at how fast you replied to my booking question last night - thank you! We'll take the deluxe suite for the 3rd to the 10th.

Megan
"""),

dict(f=("Ziggy Porter", "ziggy@porterfpv.example"), ind="drones",
     s="new track = amazing",
     t="-", trap="idiom", note="'killed it', 'insane'",
     b="""\
you absolutely killed it with the new track layout on sunday, the dive gate is insane. any chance the layout file can go up on the league site so we can practise it at home?
"""),

dict(f=("Hannah Broadbent", "hannah@broadbent-sound.example"), ind="records",
     s="When does my order go to press?",
     t="-", trap="homonym_press", note="pressing plant 'press'",
     b="""\
Hi,

Test pressings approved on Monday - they sound great. When does the full run go to press, roughly? Just planning the launch gig.

Hannah
"""),

dict(f=("Joel Mwangi", "joel.mwangi@mailbox.example"), ind="drones",
     s="props after crash",
     t="-", trap="homonym_crash", note="own crash, not product fault",
     b="""\
Crashed into the gate frame in practice (my fault, clipped the corner) and snapped two props. Does the league shop sell the 5 inch tri-blades or should I get them elsewhere?
"""),

dict(f=("Agatha Pennington", "agatha.pennington@mailbox.example"), ind="hedge",
     s="which shears?",
     t="-", trap="homonym_recall", note="'can't recall'",
     b="""\
Hello, your man used a lovely long-reach hedge trimmer on our yew last year and I can't recall the make. Could you tell me so I can buy one for touching up between visits? Thank you, Agatha
"""),

dict(f=("Tariq Chaudhry", "tariq@ironside-fencing.example"), ind="fencing",
     s="thanks for Saturday",
     t="-", trap="homonym_lost", note="lost a match, positive",
     b="""\
Great event on Saturday. We lost 15-14 in the team final, which hurt, but the organisation was the best I've seen at a regional. Could you send the full results sheet for our club newsletter?

Tariq
Ironside Fencing Club
"""),
]

# --- human mail that looks automated, no trigger ---
MESSAGES += [
dict(f=("Office", "office@lindenhof-kennels.example"), ind="cathotel",
     s="Re: Booking confirmation #CH-30118",
     t="-", trap="looks_automated", note="one-word reply from a role address",
     b="""\
Received.

> Your booking #CH-30118 (Tinkerbell, 12-19 July) is confirmed.
"""),

dict(f=("Info - Penrose Estate", "info@penrose-estate.example"), ind="hedge",
     s="Re: Quote Q-5517",
     t="-", trap="looks_automated", note="human 'we have received your quote'",
     b="""\
Thank you for your email. We have received your quote and will come back to you after our trustees' meeting on the 22nd.

Kind regards,
Anne Penrose
Estate Office
"""),

dict(f=("Kofi Boateng", "kofi.boateng@mailbox.example"), ind="magic",
     s="Away next week - please ship after the 20th",
     t="-", trap="looks_automated", note="OOO-like, sent from phone",
     b="""\
Hi, I'm out of office next week and nobody will be home, so please hold order 56120 and ship it after the 20th. Thanks!

Sent from my phone
"""),

dict(f=("Rosa Whitfield", "rosa.whitfield@mailbox.example"), ind="fencing",
     s="Undeliverable?",
     t="-", trap="looks_automated", note="human asks about a bounce",
     b="""\
Hi, I got an "undeliverable" message back when I wrote to the membership secretary's address last week - did my renewal form get through to anyone? Happy to send it again to this address if easier.

Rosa
"""),
]
