# Hand-written English messages that carry at least one trigger (heldout15).
# Record format: '@@ lang | triggers | trap | From | note | opts', then 'Subject: ...', then body.
TEXTS = [r'''
@@ en | outage technical_issue | - | Dana Whitlock <dana@whitlock-tyres.example> | paraphrased outage
Subject: nothing loads??
Hi, since about 7 this morning none of our three fitting bays can get into the booking screen, it just spins and then says "gateway timeout". Tried two laptops, my phone and the tablet at reception. Customers are standing here with cars on the lift. Can someone look right now please.
Dana
Whitlock Tyres

@@ en | billing_dispute | - | Graham Oyelaran <g.oyelaran@fernhill-cheese.example> | dispute without textbook words
Subject: February box
Hello,

My card statement shows two payments of £34.90 to you on 3 February. I only get one cheese box a month and only one arrived. I'd like the second one put back on my card please.

Graham

@@ en | severe_dissatisfaction cancellation_threat | - | Paula Brenner <paula.brenner@mailbox.example> | caps anger
Subject: THIRD WRONG SIZE BLAZER
I ORDERED AGE 11-12 FOR MY SON AND YOU SENT 7-8 AGAIN. THIS IS A JOKE. SCHOOL STARTS MONDAY. I AM SO DONE WITH YOUR SHOP, GET ME MY MONEY BACK AND I WILL BUY FROM THE PLACE ON THE HIGH STREET FROM NOW ON. DISGUSTING SERVICE.

@@ en | legal_threat | - | Hector Lamb <hlamb@lamb-pianos.example> | solicitor paraphrase
Subject: Invoice 4471 / damaged stairwell
Dear Sir or Madam,

Further to my call of Tuesday, I write regarding the damage your crew caused to the communal stairwell at 14 Orchard Mews while removing a Bechstein upright on 2 May. The managing agent has now billed me £1,180 for the plasterwork.

I have passed the correspondence to Pemberton & Vale, who act for me, and they will be in touch with your company directly early next week unless I hear from you with a proposal before then.

Yours faithfully,
Hector Lamb

@@ en | broken_promise manager_request | - | Jolene Marsh <jolene.marsh@inbox.example> | buried manager request
Subject: lease bike collection
hi so I've been trying to sort the return of my work bike since I left the company. the courier didn't turn up Thursday, I waited in all day which I took off work for. then Friday a guy rang and said it was Monday now. it is now Wednesday. honestly I just want someone higher up than the call centre to ring me because the people on the phone clearly can't book anything. 07700 555 218 after 5pm. the bike is in my hallway and my landlord is annoyed.
thanks Jolene

@@ en | security_incident | - | Ravi Chandrasekar <ravi@chandra-drone.example> | account takeover paraphrase
Subject: someone else in my account
Morning. I got a notification at 03:12 that my payout bank details were changed. I was asleep. I did not do that. When I logged in the email on the account is now some gmail-looking address I've never seen and two of my upcoming aerial shoot bookings have been cancelled. Please lock it down, I can still get in from the laptop session that's open.

@@ en | data_loss technical_issue | - | Fiona Bairstow <fiona@heatherlea-cottages.example> | data gone
Subject: Where have our reviews gone
Hello team, every guest review on our four cottages has vanished from the listing page and from the owner dashboard since the update on Sunday. Some of those go back to 2019. The counter says 0. Are they coming back? We rely on them heavily in the summer season.
Kind regards
Fiona Bairstow
Heatherlea Cottage Lets

@@ en | feature_request | - | Tom Ashdown <tom@ashdown-escape.example> | polite enhancement
Subject: small idea for the supplies portal
Hi all,
Love the new reorder page. One thing that would save me a lot of fiddling: when I reorder padlocks and UV torches for our rooms, could the portal remember which branch they go to? I have three sites and I retype the address every single time. A saved-address dropdown would be brilliant.
Cheers, Tom

@@ en | repeat_contact technical_issue | - | Siobhan Kerr <skerr@mailhub.example> | repeat paraphrase
Subject: Re: tracker not syncing
This is now the fourth message I've sent about this. My step tracker still doesn't sync to the app since the firmware update, the bar just sits at 80%. I've done the factory reset your colleague suggested. Nothing.

@@ en | broken_promise billing_dispute | - | Marcus Oduya <marcus.oduya@post.example> | promised refund never came
Subject: refund you said was on its way
On 12 March Abigail on your chat told me the £59 you took for the cancelled vineyard tour would be back in my account in 3-5 working days. It's now 9 April and there's nothing. The tour was cancelled by you because of the weather, not by me, so I shouldn't have been charged at all.

@@ en | safety technical_issue | - | Nadia Frost <nadia.frost@frostfamily.example> | overheating tracker
Subject: band got really hot
My daughter's fitness band got so hot on her wrist last night while charging that it left a red mark, she's 12. It also smells a bit like burnt plastic now. We've stopped using it. Is this a known thing? She's fine but I want to know whether I should worry about the other one we have.

@@ en | media_threat severe_dissatisfaction | - | Liam Prothero <liam@protherophoto.example> | public threat no textbook
Subject: your "service"
I have 40k people following my drone channel and I'm seriously considering doing a full video on how you lot lost my booking, kept my deposit and then ignored me for a fortnight. Appalling is not a strong enough word. You have until Friday.

@@ en | high_value_order | - | Priya Mahajan <p.mahajan@rosewood-schools.example> | payment not matched; not labelled technical
Subject: PO 88213 stuck at "awaiting payment"
Hello,

Our bulk order for the new Year 7 intake (PO 88213, £14,260.00) shows "awaiting payment" although our finance team paid it by BACS on the 4th and the money has left our account. Because of the status the order hasn't been picked, and the uniforms need to be here for induction day on 1 September.

Could you please check and release it?

Priya Mahajan
Business Manager, Rosewood Academy

@@ en | corporate_contact_request | - | Ellen Vance <ellen.vance@vance-pest.example> | head office address
Subject: registered office
Could you send me the postal address of your head office and the name of whoever runs your company? Not the support team, the actual company. We need to send a formal letter about the contract.
Ellen Vance

@@ en | executive_contact severe_dissatisfaction technical_issue | - | Bernard Koh <bernard.koh@kohkiosks.example> | cc ceo
Subject: FW to your boss
I have copied your chief executive on this because frankly your support team is useless. Six kiosks, six broken card readers from your last batch, and I get told to "power cycle". Outrageous.

@@ en | discrimination_harassment | - | Amara Nwosu <amara.nwosu@webmail.example> | staff harassment
Subject: the driver who came to pick up my piano
I want to report the behaviour of one of your movers on Saturday. When he realised I lived alone he made comments about my body and asked for my number three times, even after I said no and asked him to stop. He then stood in my kitchen doorway while the others were outside. I felt unsafe in my own home. I'd like to know what you are going to do about him.

@@ en | regulatory | - | Colin Pryce <colin.pryce@pryce.example> | trading standards paraphrase
Subject: Complaint ref 55120
Hello,

As you have not responded to my letter of 2 June about the misdescribed holiday cottage ("sea view", actually a car park), I have now lodged a complaint with my local Trading Standards office and given them copies of the listing and photos.

Colin Pryce

@@ en | outage technical_issue severe_dissatisfaction | - | Kerry-Ann Blake <ka.blake@driveready.example> | outage + anger
Subject: site down during exam week AGAIN
Your theory-test platform has been throwing 503s all evening. Not one of my 200 learners can log in to do their mock tests, the week before most of them sit the real thing. This is completely unacceptable, I am absolutely livid.

@@ en | cancellation_threat technical_issue | - | Harriet Gill <harriet@gillvineyards.example> | subtle churn threat
Subject: calendar sync
The tour calendar has stopped pushing to Google again, so we got two groups booked into the same 11am slot on Saturday. If I have to double-check everything by hand I honestly don't see why I'm paying for this. Our renewal is in July and I won't be signing it if this carries on.
H.

@@ en | technical_issue | - | Owen Griffiths <owen.g@griffiths-moves.example> | plain bug
Subject: quote PDF blank
When I click Download Quote the PDF opens but it's empty, just the header logo. Happened on the last five quotes I tried. Chrome and Edge both. Screenshot attached if that helps.

@@ en | billing_dispute | - | Sandra Ilic <sandra.ilic@mail.example> | charged after cancel
Subject: still being charged
I ended my fitness tracker plan in January — I have the confirmation email — and you took £7.99 in February and again in March. Put it back or I'll just get my bank to claw it back.

@@ en | data_loss technical_issue repeat_contact | - | Warren Shah <warren@shahcheese.example> | data loss repeat
Subject: customer list STILL empty
Third time writing about this. After your migration our subscriber list has 14 entries instead of 412. Nobody has explained where the other 398 went. I can't send the monthly dispatch notes without it.

@@ en | broken_promise manager_request severe_dissatisfaction | - | Glenda Platt <glenda.platt@inbox.example> | supervisor paraphrase
Subject: Pickup of Bramble
Our cat Bramble was due to be collected for cremation on Tuesday. Nobody came. Nobody called. We sat with her all day. I rang twice and the girl on the phone said she'd "pass it on". I cannot describe how upset and angry we are, it is shameful. I want the person in charge of your operation to call me today, not another junior member of staff.
Glenda Platt

@@ en | feature_request | - | Jim Harcourt <jim@harcourt-tyres.example> | feature request run-on
Subject: suggestion
any chance you could add a way for customers to upload a photo of their tyre sidewall when booking online so we know the size before they turn up, half of them pick the wrong size and we only find out when the car's in the bay. would save us loads of time. cheers Jim

@@ en | legal_threat billing_dispute | - | Agnes Moreau-Hill <agnes.mh@hillpiano.example> | small claims no keyword
Subject: Overcharge on move 20931
You quoted £420 for the Steinway move and invoiced £685 with a "difficult access" surcharge nobody mentioned. I've got the quote in writing. If the £265 isn't credited within 14 days I will be filing a claim in the county court, which I believe costs me about £35 online.

@@ en | security_incident | - | Dev Patel <dev.patel@patelrepairs.example> | phishing from company
Subject: Is this email from you??
Three of my kiosk staff got an email today from an address that looks like yours, with your logo, telling them to "re-verify payouts" on a login page. One of them typed in his password before asking me. The page address was not your normal domain. I think someone is impersonating you or your system has been compromised, please advise urgently.

@@ en | high_value_order billing_dispute | - | Rebecca Thorne <rthorne@thornehospitality.example> | big invoice wrong
Subject: Invoice INV-2291 – wrong amount
Hello,

INV-2291 for our annual pest-proofing contract across the eleven restaurants came through at £18,450. The signed contract is £12,900 a year. There's a line "additional visits x 37" that never happened — our managers log every visit.

Please reissue it at the contracted amount. We won't pay the current one.

Regards,
Rebecca Thorne
Group Operations

@@ en | broken_promise | - | Simon Achebe <s.achebe@achebe-escapes.example> | promised call never happened
Subject: the call back that never was
On Monday your account team said someone from logistics would phone me "first thing Tuesday" about the missing prop crates. It's Thursday lunchtime. No call. I'm opening a new room on Saturday.

@@ en | severe_dissatisfaction | - | Moira Cairns <moira.cairns@cairnsfamily.example> | sarcasm + disgust
Subject: well done
Congratulations, you've managed the impossible: a cheese subscription where the cheese arrives warm, sweaty and smelling like a changing room, for the second month running. Genuinely the most revolting thing I've ever opened. Bravo.

@@ en | outage technical_issue | - | Yusuf Demir <yusuf@demir-tyres.example> | payment down
Subject: card payments failing
none of our card payments are going through on the online booking since lunch, every customer gets "payment provider unavailable". lost about 15 bookings already. is it on your side?

@@ en | executive_contact corporate_contact_request | - | Harold Beech <harold.beech@beechfarm.example> | ceo email request
Subject: Who owns this company
I'd like the direct email for your managing director please. I intend to write to her myself since the support desk has been unable to help for a month.

@@ en | cancellation_threat | - | Lorna Haig <lorna.haig@mail.example> | quiet churn
Subject: box subscription
Hi, the last three boxes have all been the same three cheeses. It's meant to be a discovery box. I'll let this month run but I'm going to stop it after that unless it changes. Lorna

@@ en | technical_issue feature_request | - | Paddy Quinn <paddy@quinnbikes.example> | bug and idea in one
Subject: two things
1) The leasing calculator gives a negative monthly figure if the employee's salary sacrifice is above £3,000 — obviously wrong, shows "-£12.40".
2) Unrelated, but it would be really handy if employers could export the list of active leases as a spreadsheet. Right now I'm copying them out by hand.
Thanks, Paddy

@@ en | legal_threat regulatory security_incident technical_issue | - | Marion Felt <marion.felt@feltlaw-client.example> | ico and lawyers
Subject: my data
Your system sent my child's name, school and uniform sizes to another parent in a "your order has shipped" email. That's a data breach. I've reported it to the Information Commissioner and my solicitor is drafting a letter. Please confirm in writing what else was disclosed.

@@ en | media_threat | - | Kate Ambrose <k.ambrose@newsdesk.example> | journalist inquiry
Subject: Request for comment – Coastal Chronicle
Hello,

I'm a reporter at the Coastal Chronicle working on a piece about holiday-let agencies and last-minute cancellations this summer. Several readers have told us bookings made through your platform were cancelled within 48 hours of arrival. Could someone give me a comment by 4pm Thursday?

Kate Ambrose
Coastal Chronicle

@@ en | safety technical_issue | - | Bill Townsend <bill.t@townsend.example> | solar lamp smoke
Subject: lamp issue at the community centre
One of the solar lanterns you donated to our village project started smoking while it was on the windowsill charging. The caretaker put it outside in a bucket. The casing has melted on one side. We've got another 60 of them handed out to families. What should we tell them?

@@ en | repeat_contact broken_promise | - | Norma Briggs <norma.briggs@webmail.example> | repeat + promise
Subject: Re: Re: Re: delivery
I have now rung you three times and emailed twice. Each time I'm told the blazer will be dispatched "tomorrow". It has not been dispatched. I was promised it for last Friday.

@@ en | technical_issue | - | Ollie Fairweather <ollie@fw-drones.example> | bug long
Subject: upload fails above 2GB
Hi there,

Hope you're well. Bit of a long one, sorry.

We've been using the client gallery for about two years and generally it's been great, the clients like the watermarking and the download links. We recently moved to shooting 5.1K on the new drone which means a single flight is often 3–4 GB.

Any file over about 2 GB now fails at 99% with "Upload interrupted (code 413)". Smaller files upload fine from the same machine and the same connection. Tried wired and wifi, tried Firefox and Safari.

Everything else is fine, the invoicing module is lovely.

Thanks
Ollie

@@ en | manager_request | - | Ruth Oyelowo <ruth.oyelowo@oyelowo-cottages.example> | escalate paraphrase
Subject: Booking 7720
I need this taken to someone with authority to make a decision, because the answer I keep getting is "that's policy". Please pass it up the chain. The guests were told the hot tub worked and it hadn't worked for a month.

@@ en | billing_dispute | - | Frank Delaney <frank.delaney@delaneytyres.example> | wrong direct debit
Subject: DD amount
Your direct debit this month was £149 instead of the usual £49. No change to our plan, no email about a price rise. Looks like someone added a zero-ish. Please refund the £100.

@@ en | severe_dissatisfaction outage technical_issue | - | Jade Kimura <jade.kimura@kimurafit.example> | outage sarcasm
Subject: lol
Oh great, the app's dead again. Third Saturday in a row I can't see a single stat from my tracker, whole thing just says "Something went wrong". Paying 9.99 a month for a very expensive bracelet. Pathetic. Absolutely pathetic.

@@ en | data_loss technical_issue | - | Hugh Mallory <hugh.mallory@mallory-school.example> | corrupted export
Subject: Corrupted import
The uniform stock file we imported yesterday has scrambled everything: sizes have been swapped into the price column and 300 SKUs now say £0.00 with no size. We don't have another copy of that sheet. Can you restore the stock list to how it was on Monday?

@@ en | executive_contact | - | Stella Quartey <stella.q@quartey.example> | linkedin vp
Subject: FYI
Just so you know, I've also sent a message about this to your VP of Operations on LinkedIn.

@@ en | discrimination_harassment | - | Imran Siddiqui <imran.siddiqui@mail.example> | religious discrimination
Subject: treatment at your Leeds kiosk
I went to have my phone screen replaced at your kiosk in the Merrion Centre on Friday. The man behind the counter served the two people behind me first and when I asked why he said "we don't want any trouble with your lot" and nodded at my cap. I am Muslim. I have never been spoken to like that in a shop. I want this taken seriously.

@@ en | legal_threat | - | Clive Arbuthnot <c.arbuthnot@arbuthnot.example> | sue euphemism
Subject: Final letter
I'm done asking nicely. If the remains of our dog are not returned to us, with the certificate, by the end of the month I'll be seeing you in court. You have my address.

@@ en | feature_request | - | Brenda Oakes <brenda@oakes-theory.example> | please support
Subject: Welsh language?
Hello, quite a few of our learners are first-language Welsh speakers. Please could the hazard perception practice also be offered with Welsh subtitles? Happy to help test if useful.
Brenda Oakes
Oakes Driving School

@@ en | high_value_order broken_promise | - | Gordon Haslam <g.haslam@haslamhotels.example> | promised delivery of big order
Subject: Order 66102 (£7,850) – still nothing
Your sales rep promised delivery of our escape-room fit-out kit (order 66102, £7,850 + VAT) by 15 May. It's the 28th. Nothing has arrived, no tracking, and our launch is on 7 June. What's going on?

@@ en | corporate_contact_request | - | Trish Holloway <trish.holloway@hollowaylaw.example> | legal dept contact
Subject: contact for legal department
Could you please provide a contact address or email for your company's legal department? I need to send correspondence regarding a data request. Thank you.

@@ en | security_incident | - | Len Whitaker <len.whitaker@whitaker.example> | suspicious logins
Subject: logins from Brazil?
My account activity page shows five sign-ins over the weekend from São Paulo. I live in Swindon and I've never been to Brazil. My saved card is on that account. Have you had some kind of leak? Password has been changed now.

@@ en | cancellation_threat severe_dissatisfaction | - | Abby Lund <abby.lund@lundbikes.example> | switching provider
Subject: we're moving to another provider
Frankly the worst onboarding I have ever been through. Four weeks and not one employee has received their bike. We're in talks with another cycle-to-work scheme and will be moving our 180 staff unless something dramatic happens this week.

@@ en | repeat_contact | - | Stanley Okafor <stanley.okafor@mail.example> | "keep emailing"
Subject: order 30412
I've lost count of how many times I've emailed about this now, at least four. Where is my cheese?

@@ en | outage technical_issue | - | Maeve Duggan <maeve@dugganpestpro.example> | can't log in at all
Subject: Locked out – whole team
None of our eight technicians can sign into the field app this morning, it just says "Service unavailable, please try later". The web version is the same. We have inspections booked at 9. Is there an outage?

@@ en | safety | - | Karen Liddell <karen.liddell@liddell.example> | choking hazard uniform
Subject: buttons on the infant cardigan
The little buttons on the reception-class cardigan came off in my son's hand on the first day — two of them, just pulled off with no effort. He's four and puts everything in his mouth. Other parents at the gate say the same. I think these shouldn't be sold to small children until they're fixed.

@@ en | technical_issue broken_promise | - | Philippa Rowe <philippa@rowevines.example> | fix promised
Subject: voucher codes
Your developer said the gift voucher codes bug would be fixed in "the next release", which was three weeks ago. Codes still come up as "invalid" at checkout for about a third of customers. We had to turn away a hen party on Saturday.

@@ en | media_threat | - | Dominic Reyes <dom.reyes@reyesmail.example> | review threat
Subject: I'll be leaving a review
Just so you know, I'm writing this up on Trustpilot and Google tonight with photos of the damage to the piano legs. People deserve to know.

@@ en | severe_dissatisfaction billing_dispute | - | Olga Petrenko <olga.petrenko@mail.example> | non-native angry
Subject: money taken two time
Hello. You are take money from me two time for the lease bike, 42.50 and 42.50 on same day. I am very very angry, this is shame for your company, is not normal. I want back one payment now.
Olga

@@ en | technical_issue | - | Rhys Penhallow <rhys@penhallowkiosks.example> | sync bug one-liner
Subject: stock counts
stock counts on the kiosk tablets reset to zero every night at midnight since Tuesday, server shows the right numbers

@@ en | regulatory | - | Alan Whitmore <alan.whitmore@whitmore.example> | ombudsman
Subject: formal complaint – final response requested
Please treat this as a formal complaint and send me your final response letter. I intend to take the matter to the ombudsman if it is not resolved within eight weeks, as is my right.

@@ en | executive_contact manager_request | - | Lesley Grant <lesley.grant@grant-hospitality.example> | boss + board
Subject: escalate please
I'd like this escalated please. I've also written to your board because I don't believe anyone below that level is able to fix this.

@@ en | data_loss technical_issue | - | Viktor Halvorsen <viktor@halvorsenphoto.example> | files wiped
Subject: client galleries empty
Three of my client galleries (Sandford wedding, Holt farm, Brackley estate) now show "No images". I never deleted them. These were the only online copies for the clients to download.

@@ en | high_value_order technical_issue | - | Nina Castell <nina.castell@castell-escape.example> | big order checkout bug
Subject: can't complete order – £9,300
Trying to place our quarterly franchise supplies order (£9,300) and the checkout keeps bouncing us back to the basket with "address validation failed". The address is the same as last quarter. Need this placed today for the allocation deadline.

@@ en | legal_threat safety severe_dissatisfaction | - | Derek Mould <derek.mould@mail.example> | caps lawyer
Subject: YOU KILLED MY ENGINE
YOUR FITTER LEFT THE WHEEL NUTS LOOSE AND THE WHEEL CAME OFF ON THE M5. I COULD HAVE DIED. MY LAWYER IS DEALING WITH YOU NOW. ABSOLUTELY DISGRACEFUL.

@@ en | safety | - | Sharon Pike <sharon.pike@pike.example> | wheel came off, no anger
Subject: after tyre change
Hi, I had four tyres fitted on Saturday at your Swindon branch. On Monday on the way to work the car started shaking badly and one of the rear wheels was visibly wobbling, a man at the petrol station said the nuts were loose. I was very lucky. Please can someone check your torque procedures.

@@ en | feature_request | - | Chris Donnelly <chris@donnellycheese.example> | would be nice
Subject: gift message length
Not urgent at all. When people gift a subscription the message box stops at 140 characters. Would be lovely if it could take a bit more — people want to write proper notes at Christmas.

@@ en | corporate_contact_request executive_contact | - | Yvonne Sinclair <yvonne.sinclair@sinclair.example> | CEO email
Subject: Please forward
What is the email address of your CEO? I'm going to send him the whole thread.

@@ en | technical_issue repeat_contact severe_dissatisfaction | - | Grant Fielding <grant.fielding@fieldingmoves.example> | long mail buried
Subject: route planner / invoices / other
Hi,

A few things.

First, the good news: your team sorted the VAT number on our invoices, thanks.

Second, the route planner. I've raised this by phone, by email and on the chat so this is the fourth go. When we add a stair-carry stop to a job the planner drops every stop after it, so the crew app shows only half the day. This happened on three jobs last week, including a grand piano, and my guys turned up at the wrong house. It's frankly a shambles, I'm absolutely fed up to the back teeth with it.

Third, can you confirm the holiday opening hours for the bank holiday?

Grant

@@ en | billing_dispute | - | Ingrid Falk <ingrid.falk@falk.example> | chargeback threat
Subject: card dispute
If the £212.00 "late cancellation fee" isn't reversed I'll raise a chargeback with my card issuer. I cancelled eight days ahead, which your own terms say is free.

@@ en | outage technical_issue | - | Seb Rowntree <seb@rowntree-escape.example> | everything 502
Subject: 502
whole portal = 502 bad gateway. every page. since 10:40.

@@ en | cancellation_threat | - | Ava Lindqvist <ava.lindqvist@mail.example> | conditional cancel
Subject: Re: tracker battery
If the replacement doesn't turn up by Friday I'm cancelling the whole subscription and sending the old one back.

@@ en | security_incident technical_issue | - | Martin Crewe <martin.crewe@crewe-cottages.example> | leaked personal data of guests
Subject: guest details visible to other owners
One of the other owners on your platform rang me to say she can see my guests' names, phone numbers and arrival dates in her dashboard. She sent me a screenshot. That's my guests' personal data exposed to a third party.

@@ en | discrimination_harassment severe_dissatisfaction | - | Beatrice Huang <beatrice.huang@mail.example> | age discrimination
Subject: Vineyard tour – refused
We were told at the door of the tasting room that "the tour isn't really for people your age" — my husband is 71 and walks with a stick. The tour was paid for. Other guests were let in. It was humiliating and the way the guide spoke to him was absolutely disgraceful.

@@ en | broken_promise | - | Tariq Farouk <tariq.farouk@faroukrepairs.example> | replacement promised
Subject: replacement parts
You told me last month a replacement batch of screens would be sent free because the first batch was faulty. I'm still waiting, no one has mentioned it since.

@@ en | manager_request | - | Joyce Pembury <joyce.pembury@webmail.example> | supervisor please
Subject: Complaint
Could a supervisor please call me about my daughter's driving theory course account. I've had two different answers from two people. 01632 555 017.

@@ en | media_threat cancellation_threat | - | Rob Carrick <rob.carrick@carrickvines.example> | followers + leave
Subject: last straw
We've got a fairly big following on Instagram for the vineyard and I'll be telling them exactly why we're leaving your booking platform at the end of the month.

@@ en | high_value_order | - | Elaine Moss <elaine.moss@mossuniforms.example> | big contract problem
Subject: Contract renewal – wrong terms
Our three-year uniform supply contract (total value €42,000) has been sent to us for signature with the old discount removed. The discount was agreed in writing in January. We can't sign it as it stands.

@@ en | data_loss technical_issue | - | Kieran Walsh <kieran.walsh@mail.example> | progress lost
Subject: my progress is gone
I'd done 40 of the 50 mock theory tests and now it says 0 completed. My test is next week. Can you get my scores back?

@@ en | technical_issue | - | Patience Obi <patience.obi@obi-pestfree.example> | app crashes
Subject: Android app crash when adding photos
The inspection app closes itself every time I try to attach a second photo to a bait-station report. Phone is a Pixel 7, app version 4.2.1.

@@ en | severe_dissatisfaction | - | Gerald Finch <g.finch@finch.example> | formal disgust
Subject: The handling of my mother's ashes
I have rarely been so appalled. The urn returned to us was chipped, the name on the certificate was misspelt, and your office described it to me on the phone as "just a cosmetic thing". It is not cosmetic to us. This is a disgrace.

@@ en | regulatory billing_dispute | - | Hannah Corr <hannah.corr@corrmail.example> | consumer protection
Subject: unauthorised charge
You charged me £89 for an "annual upgrade" I never agreed to. I've reported it to the consumer protection people and to my bank.

@@ en | security_incident | - | Aled Price <aled.price@priceplumbing.example> | password reset emails
Subject: didn't ask for these
I've had about thirty "your password has been reset" emails from you in the last hour. I didn't request any. Now my old password doesn't work and the reset link says expired. Someone is obviously trying to get into my account.

@@ en | repeat_contact | - | Iris Campbell <iris.campbell@campbell.example> | third time
Subject: invoice copy — third request
Third request for the same thing: an invoice copy for March with our VAT number on it. Please.

@@ en | legal_threat | - | Bryony Stokes <bryony.stokes@stokesbnb.example> | legal steps conditional
Subject: Deposit for Wren Cottage
Unless the £450 security deposit is returned in full by 30 June I'll have no option but to take legal steps to recover it. Nothing was damaged; your own inspector's checklist says so.

@@ en | feature_request technical_issue | - | Nick Lowther <nick.lowther@lowther-lamps.example> | feature + bug
Subject: donation form
The donation form rounds £12.50 down to £12. That's a bug, right? Also, could you please add Gift Aid as a tickbox on the same form? Every other charity platform seems to have it.

@@ en | executive_contact | - | Mabel Trent <mabel.trent@webmail.example> | will write to CEO
Subject: Ashes delay
If I don't have an answer by Monday I will be writing to your chief executive personally.

@@ en | outage technical_issue | - | Kwame Asante <kwame@asante-drones.example> | site unreachable
Subject: is your site down?
Client portal hasn't loaded for me or any of my clients since last night — "this site can't be reached". Status page says all green. It's not all green.

@@ en | cancellation_threat billing_dispute | - | Dorothy Yates <dorothy.yates@mail.example> | cancel after price jump
Subject: price increase
My monthly cheese box went from £24 to £31 without a word. That's not what I signed up for. Either put it back to £24 and refund the difference for the last two months or I'm out.

@@ en | discrimination_harassment | - | Sam Okoro <sam.okoro@okoro.example> | disability
Subject: Accessibility
When I arrived for the escape room event your franchise partner told me in front of my friends that wheelchairs "slow the game down for everyone" and suggested I wait in the lobby. I'd told them in advance and been assured it was accessible.

@@ en | safety technical_issue | - | Paul Wendover <paul.wendover@wendover.example> | electric shock charger
Subject: charger shock
The charging dock you sent for my tracker gave me a small electric shock when I plugged it in — you can see a bit of wire through the cable near the plug. I've unplugged it.

@@ en | manager_request broken_promise | - | Fern Atkins <fern.atkins@atkinsfarm.example> | promised manager call
Subject: Re: cheese order 77811
Last week I was told a team leader would ring me back within 24 hours. No one did. I'd still like to speak with a manager please.

@@ en | high_value_order outage technical_issue | - | Gillian Marr <gillian.marr@marrgroup.example> | big event + outage
Subject: URGENT – booking engine down before our event
Our booking engine has been down since 6am, customers get a blank page. We have a corporate vineyard day for 140 people (contract £11,200) and the guests can't choose their tasting slots.

@@ en | corporate_contact_request | - | Rupert Langley <rupert.langley@langleytyres.example> | corporate phone number
Subject: head office phone
Not the support line — what's the number for your head office switchboard? I want to talk to somebody about the partnership agreement.

@@ en | media_threat | - | Helen Yardley <helen.yardley@broadsheet.example> | journalist
Subject: Press inquiry – solar lamp safety
Dear press office,

I'm a freelance journalist writing for a consumer magazine. I'm looking into reports from readers about solar lamps distributed by charities overheating. Could you tell me whether any of your lamps are affected and whether you have a statement? My deadline is Monday.

Helen Yardley

@@ en | broken_promise severe_dissatisfaction | - | Victor Ames <victor.ames@mail.example> | promised collection
Subject: The piano is STILL here
You promised to collect the piano on the 3rd. Then the 10th. Then "definitely" the 17th. It is the 19th. This is beyond a joke, it's a total farce, I'm utterly sick of your excuses.

@@ en | regulatory | - | Olivia Brand <olivia.brand@brand.example> | gdpr violation allegation
Subject: Marketing emails
I unsubscribed in January and have had eleven marketing emails since. That's a breach of GDPR and I will be complaining to the ICO.
''']
TEXTS.append(r'''
@@ en | discrimination_harassment media_threat | - | Chloe Adeyemi <chloe.adeyemi@mail.example> | harassment + public threat
Subject: what happened at the cheese tasting pop-up
Your rep at the Saturday pop-up stall kept calling my girlfriend and me "ladies" in a sneering voice, asked loudly which of us was "the man", and then refused to let us use the loyalty card we share. People were laughing. I've written a thread about it and it goes up on my Instagram tomorrow unless someone gets back to me with an actual answer.

@@ en | data_loss feature_request technical_issue | - | Barnaby Kell <barnaby.kell@kellmoves.example> | lost notes + enhancement
Subject: job notes wiped after sync
Afternoon. After last night's sync every access note on our upcoming piano jobs is blank — door codes, which stairs, "tuner must be present", all gone, 30-odd jobs. We'd typed those in over weeks. Can you get them back from a backup?
While you're at it: it would really help if notes had some kind of history so we could roll back an accidental change ourselves.

@@ en | corporate_contact_request safety | - | Imogen Tate <imogen.tate@tatefamily.example> | drone injury + head office
Subject: your drone at my sister's wedding
During the photos on Saturday your drone came down into the crowd and a propeller cut my nephew's forearm; he needed four stitches. Your pilot packed up and left. I want the full postal address of your registered office and the name of your insurer, please, not a web form.

@@ en | high_value_order media_threat | - | Douglas Ferrier <d.ferrier@ferrier-leisure.example> | trade press threat on big order
Subject: Order 70455 – £6,800 of props, half missing
Half of order 70455 (£6,800 of escape-room props) never arrived and your warehouse keeps telling us it's "in transit". I'm on the panel at the Leisure Operators trade show next month and I'll happily tell the trade press exactly how this went if it isn't sorted.

@@ en | feature_request safety technical_issue | - | Ruth Abernethy <ruth.abernethy@lampsforall.example> | swelling battery + enhancement
Subject: swelling batteries in the LX-2 lamps
Two of the LX-2 solar lamps in our last shipment have batteries that have swollen and pushed the back cover off; one was warm to the touch in a child's bedroom. We've collected them. For the next model, could you please build in a cut-off that stops charging when the battery gets hot? Our field volunteers would feel a lot better.

@@ en | discrimination_harassment severe_dissatisfaction | - | Nasreen Hollis <nasreen.hollis@hollis.example> | gender discrimination at tyre branch
Subject: Swindon branch
Your fitter told me "women never know what tyres they need, get your husband to call" and then quoted me £40 more than the man in front of me for the same tyre. I'm 54 and I've been driving for 35 years. Absolutely disgusting attitude.
''')
