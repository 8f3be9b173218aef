# heldout13: English customer mail with at least one trigger (part 2).
# Every text below is hand-written; nothing is assembled from slots.


def m(k, trig, subj, name, addr, body, trap="-", note="-", **kw):
    d = dict(k=k, lang="en", trig=trig, subj=subj, name=name, addr=addr,
             body=body, trap=trap, note=note)
    d.update(kw)
    return d


MSGS = [

m("enp054", "media_threat",
  "Press enquiry: cashless refunds after Hollowmere", "Felicity Armitage", "f.armitage@northernledger-news.example",
  """Hello,

I'm a reporter at the Northern Ledger and I'm working on a piece about unspent cashless balances from this summer's festivals. Several readers have told us that refunds of leftover wristband credit from Hollowmere have not been paid, and two say the refund form was offline for most of August.

Could you tell me:
- how many refund requests you have received and how many are paid;
- the average time to pay;
- whether any credit not claimed by a deadline is kept by the organiser.

My deadline is 5pm on Thursday. I'm happy to take a statement by email or a call on 0161 555 0148.

Best wishes,
Felicity Armitage
Consumer affairs reporter, Northern Ledger""", trap="job_title",
  note="journalist inquiry always fires; the offline refund form is hearsay and adds no outage/technical_issue"),

m("enp055", "manager_request,repeat_contact",
  "Re: Your enquiry CS-55128", "Gordon McKinnon", "gordon.mckinnon@mail.example",
  """Replies below.

On 12 Nov 2025, at 09:14, ClearPath Support <support@example.test> wrote:
> Thank you for contacting ClearPath Snow Services. We are sorry to hear
> that your driveway was not cleared on Monday.

It wasn't cleared on Monday, Wednesday or this morning either. I have now
written to you three times and rung once.

> Our crews prioritise commercial contracts during heavy snowfall.

Then say so in the contract. I pay for a 7am clear so I can get my wife to
dialysis.

> If you have any further questions please reply to this email.

I have one: who is the person in charge of your residential rounds, and can
they ring me today? I'm done explaining this to the general inbox.

Gordon McKinnon
01904 555 0173""", trap="quoted_agent_text",
  note="inline reply; only the unquoted lines count; three mails + a call before this one"),

m("enp056", "security_incident",
  "address change + a few other bits", "Philippa Horne", "philippa.horne@homemail.example",
  """Hi there,

Hope you're well. A few things, sorry this is a long one, I've been putting it off.

First, we moved house at the end of August, so could you update my address for the loyalty card? New address is 8 Larch Grove, Thornbury. I did try in the app but the postcode lookup didn't like the new build, I think the street is too new. Not a big deal, I can wait.

Second, I think someone else has been using my account. I had an email on Sunday saying 2,000 points had been redeemed for a voucher at your Bristol branch, and I was at my sister's in Cornwall all weekend. When I looked at the login history there were three logins from a device called "Galaxy A14" which I have never owned. I've changed the password now.

Third, and least important, the new store layout at Thornbury is lovely, much easier to find the baby stuff.

Could you let me know what happens about the points?

Thanks,
Philippa""", note="trigger buried in the middle of a multi-topic mail; the postcode lookup not liking a new street is not reported as a fault"),

m("enp057", "billing_dispute,regulatory,technical_issue",
  "problem with my loan payment - complain", "Oluwaseun Adebayo", "seun.adebayo@campusmail.example",
  """Dear Sir/Madam

I am international student and I try to make my payment for loan since three days but the page for payment give me always message "Invalid routing number" but the number is correct, my bank confirm it. Now the system say I am late and add late fee of $25.

I dont understand why I must pay the fee when your page is not working. I attach the screenshot of the error. If you dont remove it I will make complain to the student loan ombudsman, my advisor at the university tell me how to do it.

Thank you
Oluwaseun Adebayo""", att=("png", "Screenshot_payment.png"), note="non-native writer; disputes a specific $25 late fee caused by the bug"),

m("enp058", "corporate_contact_request,executive_contact",
  "Board", "Lorraine Tulloch", "l.tulloch@mail.example",
  """Who do I write to at board level and what's the postal address? I've given up on this inbox.

L. Tulloch""", note="asks for board contact in order to write to them"),

m("enp059", "cancellation_threat,technical_issue",
  "Loving the new app update (not)", "Kieran Boyle", "kieran.boyle@inbox.example",
  """Oh brilliant, the new version of the pharmacy app. Now when I scan my card at the till it says "card not recognised" and the girl has to type the number in by hand while the queue tuts at me. Clearly tested thoroughly.

Genuinely, I've stuck with your card for eight years. One more month of this and I'll take my prescriptions to the independent chemist on the high street, they know my name and their till works.""", note="sarcasm; conditional leaving"),

m("enp060", "discrimination_harassment,manager_request",
  "Incident with a counsellor on Tuesday", "Rebecca Strand", "rebecca.strand@familymail.example",
  """Dear ByteSized Camps,

My son Elliot (9) is autistic, which I put on the registration form along with the things that help him. On Tuesday afternoon he got overwhelmed when the room got loud and put his head down on the desk. One of the counsellors (I believe his name is Jake) shouted at him in front of the group, called him "lazy and rude", and told the other children to "ignore him until he behaves like a normal kid".

Elliot came home and said he won't go back. I kept him at home on Wednesday.

I would like this to be looked at by the camp director rather than the booking team, and I would like to hear from them directly this week.

Rebecca Strand"""),

m("enp061", "regulatory,security_incident,technical_issue",
  "Other tenants' bank details visible in portal", "Ciaran Whelan", "ciaran.whelan@flatmail.example",
  """Hello,

When I open Payments > Standing orders in the tenant portal, the list shows five standing orders that are not mine, with other people's names, sort codes and the last four digits of their account numbers, for flats in a different building. This has been the case since Friday at least.

This is a serious personal data breach. I have taken screenshots (attached, with the other tenants' details blurred) and I will report it to the Information Commissioner's Office tomorrow unless I hear that it has been fixed and that the affected tenants are being told.

Ciaran Whelan""", att=("png", "portal-standing-orders-blurred.png")),

m("enp062", "regulatory",
  "\"Luxury\" camping at Hollowmere", "Samantha Beadle", "samantha.beadle@mail.example",
  """Hello,

We paid £380 for the "Luxury Glamping" package: "private showers, furnished bell tent, quiet zone". What we got was an empty tent on a slope, four portaloos shared with the general campsite and a sound system thirty metres away until 4am.

I have sent the website screenshots and our photos to Trading Standards because I honestly think this is misleading advertising. I'm still open to a sensible offer from you.

Sam Beadle"""),

m("enp063", "cancellation_threat,outage,technical_issue",
  "booking website not loading for 2 days", "Tomasz Wróbel", "tomasz.wrobel@mail.example",
  """Hi, your rental booking site has not loaded for two days. Just white page with "Error establishing a database connection", on my laptop and on my phone, so it's not me. We arrive Saturday with 6 people and need boards and boots. If I can't book by tomorrow evening we will go with the shop next to the lift, sorry.
Tomasz"""),

m("enp064", "safety",
  "Is my battery part of the recall?", "Helen Marchbank", "helen.marchbank@homemail.example",
  """Hello,

I've just seen on the evening news that the VoltStore 9.6 battery is being recalled because of a fire risk in the cell modules. Your team installed a VoltStore in our loft last March. I have no idea what model exactly, there is a label but I'd have to climb up there.

Should we turn it off? Should we be sleeping in the house? Please tell me what we should do.

Helen Marchbank
Installation ref AH-7720"""),

m("enp065", "discrimination_harassment,severe_dissatisfaction",
  "My fitting on Saturday", "Lauren Pryce", "lauren.pryce@postbox.example",
  """I'm writing this because I couldn't say it in the studio without crying.

At my second fitting your seamstress pinned the bodice and said, in front of my mum and my sister, that "we'd better hope you don't eat anything between now and the wedding" and that I should "think about Spanx, or a bigger miracle". Then she laughed and asked if I was "sure about strapless with those arms".

I'm paying you to alter a dress, not to comment on my body. It was humiliating and I am disgusted by how I was spoken to. I don't want her anywhere near my dress again.

Lauren Pryce
Order SV-1220""", note="body-shaming remarks by staff = abuse/harassment by staff"),

m("enp066", "billing_dispute,repeat_contact",
  "Invoice 2025-118 - 12 visits billed, 7 made (3rd request)", "Raymond Chu", "raymond.chu@chu-dental.example",
  """Hello,

This is my third request about invoice 2025-118. You have billed 12 gritting visits for January for our practice car park at £45 each (£540). Your own app log, which you give us access to, shows 7 visits. Please issue a credit note for the five visits that did not take place, £225.

Regards,
Raymond Chu
Practice Manager, Chu Family Dental""", trap="job_title", note="Practice Manager is a signature job title"),

m("enp067", "high_value_order,manager_request",
  "Order 40-2231: 300 winter jackets, wrong sizes - need someone senior", "Andrea Fontaine", "a.fontaine@kelvinside-facilities.example",
  """Good morning,

Our order 40-2231 (300 x insulated hi-vis winter jacket with logo print, EUR 11,250.00 net) arrived last week. The size split on the packing list is correct but the boxes contain almost entirely L and XL; we are short of 61 S and M jackets and have 58 XXL we did not order. Our cleaning staff start the winter rota on 1 December.

I have been going back and forth with the webshop chat for five days and I'd now like somebody senior in your sales team to take ownership of this and call me.

Andrea Fontaine
Procurement

--
This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Kelvinside Facilities Ltd accepts no liability for any loss or damage arising from the use of this e-mail. Nothing in this e-mail is intended to create legally binding obligations.""",
  trap="disclaimer", note="disclaimer text ignored; 'somebody senior' = manager_request"),

m("enp068", "billing_dispute,security_incident",
  "Orders I didn't place - account hacked?", "Jordan Ellery", "jordan.ellery@webpost.example",
  """hi, two orders went out on my account last night, £214.90 and £389.00, for alloy wheels going to an address in a town I've never been to. my card saved on the account was charged both times. i did not place them. i can't log in anymore either because the password has been changed.

please cancel the orders, refund the card, and lock the account. i've rung my bank too.

Jordan""", note="account takeover + unauthorised charges; 'can't log in' is the attacker's password change, not an outage"),

m("enp069", "discrimination_harassment",
  "Messages from one of your moderators", "Yasmin Farouk", "yasmin.farouk@mail.example",
  """Hello,

Last week I reported a user on Tandemly for sending me inappropriate messages. A member of your moderation team (the account is labelled "Tandemly Team - Marco") then contacted me privately. He told me that "women who wear hijab in their profile photo are asking for attention" and that I should "make my profile more neutral" if I don't want trouble. When I objected he said my report would be "closed as unfounded" and it was.

I have screenshots of everything. I would like to know how this can happen with someone working for you.

Yasmin Farouk""", note="religion-based remarks and pressure by a staff moderator"),

m("enp070", "data_loss,technical_issue",
  "Payment history before 2023 is empty", "Graham Oduya", "graham.oduya@mail.example",
  """Hello,

I'm applying for a mortgage and need my loan payment history. In the portal, Payment History now only starts in January 2023. Everything from 2017 to 2022 has gone, the page just says "No records for this period". It was there in the spring because I downloaded one year for my tax return.

Can you restore it or send me the records from your system?

Graham Oduya"""),

m("enp071", "manager_request,safety",
  "Driver using his phone on the M6", "Elaine Musgrave", "elaine.musgrave@wi-ashby.example",
  """Dear Bluewater,

I organised the Ashby WI trip to Chester on 19 June (booking BW-4991). On the way back, for a good 20 minutes on the M6, the driver was texting on his phone held against the steering wheel, and twice drifted into the next lane so that a lorry had to brake. Several of our members, most of them over 70, were frightened and one of them asked him to stop, which he ignored.

I should like to hear from someone senior at your depot about what will be done. We were 41 people on that coach.

Mrs Elaine Musgrave
Trip Secretary"""),

m("enp072", "executive_contact",
  "FYI", "Nathan Oyelowo", "nathan.oyelowo@mail.example",
  """Just so the support team is aware, I've sent a message to your founder, Tom Hallett, on LinkedIn with the details of my camping refund, since nothing was happening here. He's read it.

Nathan"""),

m("enp073", "discrimination_harassment,severe_dissatisfaction",
  "Your technician", "Megan Ashworth", "megan.ashworth@homemail.example",
  """I want to make a formal complaint about the technician who came to clean our stair carpet on 4 March.

I was home alone. He asked twice whether my "husband was at work all day", commented on my legs, and when I went to make him a tea he followed me into the kitchen and stood in the doorway so I couldn't get past. He asked for my number "for next time". I made an excuse to go to the neighbour's until he left.

I'm shaken and angry. It is absolutely unacceptable that you send someone like that into people's homes. I want to know what you will do and I do not want him back at this address, ever.

Megan Ashworth"""),

m("enp074", "safety,technical_issue",
  "Charger sparked - scorch mark on desk", "Duncan Farrell", "duncan.farrell@mail.example",
  """Hi,

Refurbished ThinkPad from you, order RB-45510. The power adapter that came with it sparked when I plugged it into the laptop this morning, there was a crack and a smell of burning, and there's now a black scorch mark on my desk where the brick was lying. The laptop won't charge with it any more.

Photo attached. I'm not using that adapter again. Is it an original or a third-party one?

Duncan Farrell""", att=("jpg", "IMG_2291.jpg")),

m("enp075", "broken_promise,data_loss,technical_issue",
  "4,200 points still missing", "Shirin Kazemi", "shirin.kazemi@postbox.example",
  """Hello,

After the app update in September my CarePoints balance went from 4,200 to 0. On 22 September one of your agents on chat told me the points would be "restored within 72 hours, guaranteed". They have not been.

I'd like them back please, and an explanation.

Shirin"""),

m("enp076", "broken_promise,repeat_contact,safety,severe_dissatisfaction",
  "GAS SMELL - reported Friday, nobody came", "Adebola Sanni", "adebola.sanni@flatmail.example",
  """I reported a smell of gas in the kitchen of 9 Canal Wharf on Friday through the portal AND by phone. I was told an engineer would attend "within 4 hours as an emergency". Nobody came. It is now Monday. I have two small children in this flat.

I called the gas emergency line myself in the end, they capped the hob and said there was a leak at the connector.

This is outrageous. Four hours, you said. If something had happened it would have been on you.""", note="reported via portal and by phone before this mail = third contact"),

m("enp077", "feature_request",
  "Suggestion for next summer", "Ingrid Solberg", "ingrid.solberg@nordmail.example",
  """Hi ByteSized team,

My twins loved the Scratch camp. For next year, would you consider a "next step" week that moves from Scratch blocks to simple Python, using the same kind of game projects? At 11 they're a bit bored with blocks but the adult Python courses are far too dry. I'd book it straight away.

Ingrid"""),

m("enp078", "feature_request",
  "voice messages", "Mateo Grünewald", "mateo.gruenewald@mail.example",
  """hi! would be super useful if I could slow down voice messages in the chat, like 0.75x. my partner speaks very fast Japanese and I have to listen 5 times. thanks"""),

m("enp079", "regulatory,broken_promise",
  "Forbearance was approved in writing - now you say it wasn't", "Rosalind Achebe", "rosalind.achebe@mail.example",
  """To Northgate Student Servicing,

On 2 July I received a letter from you confirming a six-month forbearance on my loan starting 1 August. In October your system started reporting my account as delinquent and I now have a negative mark on my credit file.

I was promised in writing that no payments were due until February. I have sent copies of the letter to your complaints team and to my state attorney general's consumer protection division, and I expect the credit reporting to be corrected.

Rosalind Achebe"""),

m("enp080", "legal_threat,safety,technical_issue",
  "Binding failed to release - knee injury", "Callum Rutherford", "callum.rutherford@mail.example",
  """Dear Powder Peak Rentals,

On 11 February I fell on an easy blue run at low speed wearing skis rented from your Main Street shop (contract PP-19877). The left binding did not release. I have a torn anterior cruciate ligament and will need surgery at home.

The ski patrol who took me down tested the binding afterwards and it would not release even by hand at the setting on the toe piece. I have their written report.

My travel insurer's legal team has asked me to notify you that they will be in contact regarding the equipment and your fitting records. Please keep the skis and the DIN setting record for my rental.

Callum Rutherford""", note="a rented binding that will not release = equipment malfunction, hence technical_issue"),

m("enp081", "billing_dispute,feature_request,technical_issue",
  "3 things - charge, app map, idea", "Poppy Lindsay", "poppy.lindsay@inbox.example",
  """hi! sorry 3 things in one

1. I've been charged £45 for a "campervan upgrade" on my card on 30 July, we came in a tent, never ordered that. booking HMF-30155, please refund

2. the site map in the app crashes as soon as I zoom in, iphone 12, latest version

3. would love a filter on the food traders list for vegan/gluten free, walked round for an hour on friday

otherwise amazing weekend x
Poppy"""),

m("enp082", "data_loss,technical_issue",
  "Thanks for deleting my garage list", "Desmond Achterberg", "desmond.achterberg@mail.example",
  """Really helpful that the new website "upgrade" deleted the saved-vehicles list on my trade account. 23 customer cars with VINs and notes, gone. Just an empty page that says "Add your first vehicle". Really what I needed on a Monday.

Is there any chance you still have it on your side?

Des
Achterberg Auto Repairs""", note="sarcasm without explicit strong wording: no severe_dissatisfaction"),

m("enp083", "executive_contact",
  "Question for the AGM", "Philip Chandos", "philip.chandos@oldmail.example",
  """Dear Sir or Madam,

As a small shareholder in the group that owns your pharmacy chain, I have submitted a written question for the board at next month's AGM about the way the loyalty app was changed without notice, and I shall raise it in person. I am telling you out of courtesy so that the matter of my lost "Gold" status can be dealt with before then if you wish.

Yours faithfully,
Philip Chandos""", note="raising the complaint with the board = executive_contact; losing a status tier is not data loss"),

m("enp084", "media_threat",
  "Request for comment - fall at Marlow Road surgery car park", "Tariq Hussein", "t.hussein@fenwick-gazette.example",
  """Good afternoon,

I'm a journalist with the Fenwick Gazette. We are reporting on a fall suffered by a patient in the car park of the Marlow Road surgery on 9 January, which the practice says was on a route that ClearPath Snow Services is contracted to grit.

Could you confirm whether ClearPath holds that contract, whether the car park was treated that morning, and whether you would like to comment? We plan to publish on Monday.

Tariq Hussein
Reporter, Fenwick Gazette
01632 555 0199""", note="journalist inquiry; the reported fall is hearsay, so no safety"),

m("enp085", "media_threat,severe_dissatisfaction",
  "Going public", "Danny Whitford", "danny.whitford@inbox.example",
  """Nine months of my repayment plan being 'processed'. NINE MONTHS. Every call is 45 minutes on hold. You people are a joke and a nasty one.

I'm writing the whole thing up for r/StudentLoans tonight with all the letters, and I'll send it to that consumer programme on channel 4 as well. Maybe they can get an answer out of you."""),

m("enp086", "regulatory,security_incident",
  "Parents' emails and phone numbers sent to everyone", "Olivia Brannigan", "olivia.brannigan@familymail.example",
  """Hello,

This morning's email about the Easter coding camp was sent with all the parents in the To: field, not BCC. I count 87 addresses, and the attached spreadsheet "Easter_groups_FINAL.xlsx" includes children's names, ages, allergy notes and parents' mobile numbers.

That is a GDPR breach and I think you know it. Please recall what you can, tell everyone, and let me know whether you have reported it. I will report it myself if you haven't.

Olivia Brannigan"""),

m("enp087", "corporate_contact_request,legal_threat",
  "Registered office address", "Kenneth Ingleby", "kenneth.ingleby@mail.example",
  """Please provide your registered office address. My solicitor requires it in order to serve the claim regarding the defective heat store at 41 Beech Avenue.

K. Ingleby"""),

m("enp088", "manager_request,technical_issue",
  "Bulk upload keeps failing - pass me to your supervisor", "Sunil Varma", "sunil.varma@varma-engineering.example",
  """Hi,

The CSV bulk-order upload fails with "Row 1: unknown column SKU" on a file downloaded from your own template. I've spent an hour with the chat agent who keeps telling me to re-save as CSV, which I have, in three different programs.

With respect, please pass me to your supervisor or someone technical. I have 64 order lines to enter and I'm not typing them by hand.

Sunil Varma
Varma Engineering Ltd"""),

m("enp089", "broken_promise,cancellation_threat",
  "Notice - winter contract 2026/27", "Margaret Oyinlola", "m.oyinlola@greenacre-nursery.example",
  """Dear ClearPath,

When we renewed in September you assured us in writing that the nursery entrance would be cleared before 7.30am on snow days, because that's when our parents arrive with babies. On all four snow days this winter your crew arrived after 9.

Please take this as notice that we will not be renewing the contract for next winter. We will see out this season.

Margaret Oyinlola
Greenacre Day Nursery"""),

m("enp090", "broken_promise,high_value_order",
  "Hospitality package £7,800 - wristbands never arrived", "Clive Ransome", "clive.ransome@ransome-partners.example",
  """Hello,

We booked the "Riverside Hospitality" package for 12 guests (invoice HMF-H-0091, £7,800.00 paid in full). Your hospitality team promised the wristbands and parking passes would be couriered by 1 July. It is 10 July, the festival starts on Friday, and nothing has arrived. Nobody has answered the hospitality phone line since Monday.

Please tell me today how we get our guests in.

Clive Ransome"""),

m("enp091", "high_value_order,severe_dissatisfaction",
  "Tour contract BW-T-0312 - wrong coach, no toilet, 5 days", "Anneliese Porter", "anneliese.porter@porter-travel.example",
  """Dear Bluewater Coaches,

Our contract BW-T-0312 (EUR 12,400, five-day Highlands tour for 46 passengers) specified a 49-seat executive coach with toilet, fridge and USB points. On the morning of departure a 53-seat school-spec coach without a toilet arrived. We were told there was "nothing else available". For five days our elderly passengers had to wait for comfort stops every 90 minutes.

I am appalled, and so are my clients, several of whom have asked me for partial refunds which I will have to pay out of my own pocket. I expect a substantial reduction of the contract price and a written explanation.

Anneliese Porter
Porter Travel"""),

m("enp092", "billing_dispute",
  "CarePoints Plus - I never signed up", "Edith Sorensen", "edith.sorensen@oldmail.example",
  """Hello,

My bank statement shows "CAREPOINTS PLUS 4.99" every month since June. I have never signed up for any paid version of your app. My grandson set the app up for me and he says he only pressed the free option.

Please stop this and give me back the £24.95.

Edith Sorensen"""),

m("enp093", "outage,technical_issue",
  "Is your cloud down? whole street offline", "Rhodri Evans", "rhodri.evans@valleynet.example",
  """Hi, since about 6pm yesterday none of us on Heol Glyn (five houses with your batteries) can connect to the app or the web dashboard. It says "Unable to reach server, code 504". Your status page says everything is operational, which it obviously isn't.

Batteries themselves seem to be charging and discharging fine, it's just the monitoring.

Rhodri"""),

m("enp094", "outage,technical_issue",
  "App: error 500 on login", "Fiona Garvey", "fiona.garvey@mail.example",
  """Hi,

Nobody in our house can log in to the pharmacy app since this morning. Three different accounts, two phones and the website, all give "500 Internal Server Error" after the password. My prescription collection code is in there.

Fiona"""),

m("enp095", "data_loss,severe_dissatisfaction,technical_issue",
  "TWO YEARS OF CHATS GONE", "Haruto Baines", "haruto.baines@inbox.example",
  """WHY did the update wipe my chat history??? Two years of conversations with my exchange partner in Osaka, all the corrections she made for me, voice notes, everything. The app just shows "Start a conversation".

I'm honestly so angry I can't think straight. That was my whole study record. Please tell me you have a backup."""),

m("enp096", "repeat_contact",
  "3rd email - hello??", "Bethany Rourke", "bethany.rourke@inbox.example",
  """Third email. Still no reply about moving my daughter's camp week. Is anyone reading these?"""),

m("enp097", "billing_dispute",
  "Deposit not released - chargeback", "Stefan Kovacs", "stefan.kovacs@mail.example",
  """Hello,

You pre-authorised EUR 300 on my credit card as a rental deposit on 2 January and you have now captured it, although the snowboard and boots were returned on 7 January undamaged (return slip signed by your staff). The return slip is attached. I want the EUR 300 back. If it is not refunded within ten days I will raise a chargeback with my card provider.

Stefan Kovacs""", att=("png", "return-slip.png")),

m("enp098", "technical_issue",
  "invoice PDFs are blank", "Marisa Tolentino", "marisa.tolentino@tolentino-construction.example",
  """Hi, when I download invoices from "My account > Invoices" the PDF opens but every page is blank, just the page border. Happens for all invoices since October. Our accounts person needs them for the quarter end. One of them attached so you can see.

Marisa""", att=("pdf", "INV-25-10-0871.pdf")),

m("enp099", "technical_issue",
  "VIN search returns nothing", "Piotr Sadowski", "piotr.sadowski@mail.example",
  """Hello, VIN search on your site gives "No vehicle found" for every VIN I try, also for cars I bought parts for last month with the same VIN. Registration search works. Can you look?
Piotr"""),

m("enp100", "repeat_contact,technical_issue",
  "Zoom link for online camp still invalid", "Catriona Dunbar", "catriona.dunbar@familymail.example",
  """Hello,

I've called twice and emailed once already this week. The Zoom link in the "My Camps" page for the online Minecraft Modding camp still says "This meeting ID is not valid". Camp starts Monday 9am. My son is 8 and he's very excited, so I'd really like this sorted.

Catriona Dunbar""", note="two calls + one mail before this = 4th contact"),

m("enp101", "broken_promise,severe_dissatisfaction",
  "Dress not ready - you promised the 14th", "Sofia Alcântara", "sofia.alcantara@mail.example",
  """I was told at my last fitting, and again by phone, that my dress would be ready for collection on the 14th. I came in on the 14th and it was still in pieces on the table. The wedding is on the 21st.

I'm beyond furious. This is my wedding, not a pair of trousers. I need a definite time for collection today, in writing."""),

m("enp102", "billing_dispute,legal_threat",
  "Annual Premium renewal - not authorised", "Graham Pettigrew", "graham.pettigrew@mail.example",
  """Hello,

On 1 September you charged £89.99 for an annual Premium renewal on Tandemly. I switched auto-renew off in February (I have the screenshot of the setting). Your chat agent said renewals are "non-refundable".

I have passed this to my legal expenses insurer, whose solicitors handle small consumer claims for me. I'd rather you simply refunded it.

Graham Pettigrew"""),

m("enp103", "discrimination_harassment",
  "How your phone agent treated me", "Anthony Quarshie", "anthony.quarshie@mail.example",
  """Hello,

I have a stammer. On 3 November I called about my repayment plan and your agent (she said her name was Kerry) repeatedly finished my sentences for me, sighed, and at one point said "take your time, we've got all day apparently" and laughed with someone next to her. When I asked her to stop, she put me on hold and then the call dropped.

I have a disability and I'm entitled to be treated with basic respect. I'd like this investigated.

Anthony Quarshie"""),

m("enp104", "discrimination_harassment",
  "Viewing refused", "Chinedu Okafor", "chinedu.okafor@mail.example",
  """Hello,

I asked through the tenant portal to view the two-bed flat at 5 Mercer Street. Your lettings negotiator phoned me back, asked where I was "originally from", and when I said Nigeria she said the landlord "prefers British professionals" and that the viewing list was full. My colleague, who is white and British, asked for a viewing the same afternoon and was offered three slots.

I think you know what this is. Please explain.

Chinedu Okafor"""),

m("enp105", "executive_contact,severe_dissatisfaction",
  "Letter to your chairman", "Veronica Lisle", "veronica.lisle@oldmail.example",
  """I have written today to your chairman, Sir Anthony Mellor, enclosing copies of every letter I have received from your company since March. I do so because I have been treated with a degree of contempt and incompetence I did not think possible from an organisation entrusted with the loans of young people.

I will not be writing to this address again.

V. Lisle""", note="'will not be writing to this address again' is not leaving a contract"),

m("enp106", "security_incident",
  "Logins I don't recognise + bank details changed", "Aisha Bello", "aisha.bello@campusmail.example",
  """Hi,

The security page on my loan account shows four logins this week from IP address 203.0.113.58 at 3-4am, which wasn't me. My direct debit bank details were changed on Wednesday to an account I don't know. I've changed my password and I've rung my bank.

Can you reverse the bank detail change and check nothing has been taken?

Aisha Bello"""),

]
