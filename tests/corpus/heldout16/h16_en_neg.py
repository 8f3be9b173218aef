# Hand-written English customer hard negatives (no trigger).
TEXT = r'''
=== - | job_title | - | Lydia Frome <lydia.frome@frome-events.example> | New contact for our account
Hi, I'm the new Events Manager at Frome Hall and will be your contact for the bar contract from June. Could you add me to the invoice mailing list? My predecessor Carl has left.

Lydia Frome
Events Manager | Frome Hall
=== - | job_title | - | Harold Mint <harold.mint@mintdental.example> | password manager
Our IT manager asks whether the aligner clinic portal works with a password manager for autofill. We use one across the practice.
=== - | quoted_threat | - | Colin Ashdown <c.ashdown@ashdown-lettings.example> | Re: Invoice 2024-1187
Thanks, the corrected invoice arrived and has been paid. All sorted from our side.

On Tue, 4 Jun 2024 at 09:12, Colin Ashdown wrote:
> We won't pay the £540 as invoiced. If this isn't fixed I'll be
> speaking to my solicitor and cancelling the contract.
=== - | quoted_threat | - | Beatrice Lowe <beatrice.lowe@lowehome.example> | RE: delivery
Perfect, Thursday morning works. Gate code is 4471.

-----Original Message-----
From: Beatrice Lowe
Sent: 02 March 2024 18:40
To: support@example.test
Subject: delivery

This is the third time I'm writing. Absolutely unacceptable - I want a manager.
=== - | quoted_threat | - | Hugh Barrow <hugh.barrow@barrowmail.example> | Re: marquee
all good now thanks

| I will take legal action if the deposit is not returned
| and I'm telling the local paper
=== - | forwarded_complaint | - | Naomi Pratt <naomi.pratt@prattco.example> | Fwd: Complaint about the bar
Hi, forwarding this from one of our guests so you have it on file - no action needed from you, we've already replied to her.

---------- Forwarded message ---------
From: Jean Wallis <jean.wallis@wallis.example>
Subject: Complaint about the bar

The worst bar service I've ever had. I want to speak to a manager and I'll be posting on social media.
=== - | disclaimer | - | Richard Amery <r.amery@ameryllp.example> | Invoice copy for March
Could you send a PDF copy of the March invoice for our office aquarium plan? Thanks.

Richard Amery
Amery LLP
This email is confidential and may be legally privileged. If you are not the intended recipient you must not use it; legal action may be taken against unauthorised use.
=== - | negation | - | Jo Whitley <jo.whitley@whitley.example> | not a complaint!
Just to be clear this isn't a complaint and I'm definitely not going to cancel - the new seed catalogue is great. I just wondered if the Cherokee Trail of Tears beans are back in stock?
=== - | negation | - | Mike Dunn <mike.dunn@dunnmail.example> | fyi re the outage
Re yesterday's planned maintenance window: no data was lost on our side and everything synced afterwards. No need to escalate, just letting you know it's fine.
=== - | policy_question | - | Anita Rowe <anita.rowe@rowefamily.example> | refunds?
What's your refund policy if a crossing is cancelled because of weather? Thinking of booking the Easter sailing.
=== - | policy_question | - | Tim Boyce <tim.boyce@boycemail.example> | cancelling later
If I sign up for the annual translation plan, would I be able to cancel later on if I wanted to, or am I locked in?
=== - | policy_question | - | Kate Rimmer <kate.rimmer@rimmerhouse.example> | how to cancel an order
How do I cancel order #3318? I ordered the wrong frame size (A3 instead of A2). Nothing wrong with it, just my mistake.
=== - | hypothetical | - | Greg Howell <greg.howell@howellmail.example> | SLA?
Do you offer an SLA for outages on the hospital parking app? Our board wants to know before we sign.
=== - | feature_exists | - | Pam Okoro <pam.okoro@okoro.example> | export?
Can I export my bike-share rides to CSV? Couldn't spot it in settings.
=== - | feature_exists | - | Raj Menon <raj.menon@menon.example> | dark mode
does the translation app have a dark mode somewhere? thanks
=== - | mild_disappointment | - | Sheila Borne <sheila.borne@bornemail.example> | dog wash
The van was a bit late on Tuesday and I was a little disappointed that the nail trim wasn't done, but Bramble smells lovely. Could you do the nails next time?
=== - | reported_speech | - | Colm Reilly <colm.reilly@reillyhome.example> | ha
My brother-in-law joked that we should sue you for making the firewood burn too well, we had to open a window. Same again in November please!
=== - | reported_speech | - | Tess Abara <tess.abara@abara.example> | question from a neighbour
A neighbour said she'd report you to the council for having hives near the allotments, but I told her they're on my land and registered. Could you send me the registration certificate just in case?
=== - | own_ceo | - | Ian Moss <ian.moss@mossengineering.example> | Report for our CEO
Our CEO needs the quarterly aquarium maintenance report for the board pack by Friday. Could you send it over?
=== - | large_amount_no_problem | - | Susan Park <susan.park@parkevents.example> | Confirmation PO 4410
Please find attached PO 4410 for the marquee package for our summer gala, £23,750 as quoted. Very happy with the site visit - see you on the 12th.
=== - | exactly_5000 | - | Declan Wray <declan.wray@wraymail.example> | order 8812 sidewall
Order 8812 (EUR 5,000.00 exactly) arrived with one of the twelve sidewalls missing from the marquee kit. Could you send it on before Saturday?
=== - | second_email | - | Fran Lyle <fran.lyle@lylemail.example> | second email - hive visit date
This is my second email about this - when is the spring inspection for our garden hive? Nothing wrong, just need to be home.
=== - | praise | - | Molly Grant <molly.grant@grantmail.example> | THANK YOU
Just wanted to say the rowing club booking system is so much better since the update. The coaches love it. Well done!
=== - | praise | - | Derek Hume <derek.hume@humefamily.example> | chair
The armchair came back this morning and it looks brand new. My wife cried. Thank you all.
=== - | how_to | - | Lena Fox <lena.fox@foxmail.example> | how do I add a second car
How do I add a second registration plate to my hospital parking account? Wife and I share the permit.
=== - | gdpr_document | - | Jenny Hart <j.hart@hartlegal.example> | DPA request
Could you send us your Data Processing Agreement and confirm whether your seed library software is GDPR compliant? Our trustees have asked.
=== - | security_question | - | Nick Adler <nick.adler@adler.example> | 2FA
How do I switch on two-factor authentication for my translation account? And do you have a security questionnaire for our procurement team?
=== - | settled | - | Gareth Pryce <gpryce@pryce-family.example> | Re: two charges for ONE crossing??
Refund received this morning, thanks Amira. Sorry for the grumpy email.
=== - | looks_automated | - | Olivia Tennant <olivia.tennant@tennant.example> | Away 3-17 May - please deliver after
Hi, I'll be away from 3 to 17 May. Could you schedule the firewood delivery for after that, ideally 20 or 21 May? Thanks!
=== - | looks_automated | - | Accounts <accounts@lindenhotel.example> | We have received your invoice
We have received your invoice 2024-0412 for the lobby aquarium service and it has been passed for payment on our next run (28th). Could you confirm your bank details haven't changed?

Accounts Payable
Linden Hotel
=== - | looks_automated | - | Chris Wood <chris.wood@woodmail.example> | Re: your booking
ok thanks

Sent from my phone
=== - | looks_automated | - | Reception <reception@northgatevets.example> | Thank you for your email
Thank you for your email. Yes, Wednesday 10:00 for the van is fine, we'll leave the side gate open.

Reception team, Northgate Vets
=== - | looks_automated | - | Eve Hamlin <eve.hamlin@hamlinmail.example> | Out of office note + quick question
I'm out of the office until Monday but wanted to ask before I forget: can the tent hire include two extra side walls? Happy to pay whatever the rate is.
=== - | looks_automated | - | Info <info@kestrelrowing.example> | Parcel received
Hello, just confirming we received the parcel with the new club seat pads today. Thanks.

Kestrel Rowing Club
=== - | how_to | - | Abby Stone <abby.stone@stonemail.example> | seeds
can i borrow two packets at once from the seed library or just one?
=== - | job_title | - | Pierre Lambton <p.lambton@lambton.example> | Account manager change
Our account manager at your end has changed twice this year. Who's the current one? Just want to update our records.
=== - | negation | - | Rob Ingle <rob.ingle@inglemail.example> | hive
No injuries, nobody stung, nothing to worry about - the bees just swarmed into our apple tree this morning. Can someone come and collect them?
=== - | hypothetical | - | Carol Dix <carol.dix@dixfamily.example> | what happens if
What happens if my aligners crack on holiday - do you ship replacements abroad?
=== - | quoted_threat | - | Henry Blake <henry.blake@blakemail.example> | Re: Re: parking fine
Understood, thanks for cancelling the fine.

>> I want to speak to a supervisor and I'm reporting this to the
>> ombudsman.
> We've cancelled the penalty notice and apologise for the error.
=== - | large_amount_no_problem | - | Joan Ferris <joan.ferris@ferrisgroup.example> | Annual contract renewal
We'd like to renew our cloakroom and bar contract for next season at the same terms (£48,000). Please send the paperwork.
=== - | praise | - | Adrian Poole <adrian.poole@poolemail.example> | Oh you guys
The new framing for our wedding photo is stunning. Can't stop looking at it. Might order another.
=== - | feature_exists | - | Maria Lund <maria.lund@lundmail.example> | conversation mode?
Is there a conversation mode where both people can speak in turn? Saw it in a review.
=== - | looks_automated | - | Ben Cole <ben.cole@colemail.example> | Re: Re: Your quote Q-7781
We have received your quote, thank you. Going with option B. When can you start?

Ben
Sent from my phone
'''
