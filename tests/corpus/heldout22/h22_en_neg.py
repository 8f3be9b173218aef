# English customer mail with no trigger (hard negatives). One hand-written block per message.
LANG = "en"
M = []


def m(frm, subj, body, trap="-", note="-", trig="-", **kw):
    M.append(dict(frm=frm, subj=subj, trig=trig, body=body, trap=trap, note=note, **kw))


m("Janet Rowley <janet.rowley@rowleyclinic.example>", "Adding a practitioner to our account",
  """\
Hi,

I'm the office manager at Rowley Acupuncture. We've taken on a new practitioner from next
month, Dr Lin. Could you tell me how to add her to our booking account so patients can pick
her slots? Do we need another licence?

Thanks,
Janet Rowley
Office Manager
""", trap="job_title")

m("Craig Holden <craig.holden@holden-it.example>", "SSO for the club portal",
  """\
Hello,

I'm the Manager of IT Services for the Westfield Model Aero Club (volunteer role, don't get
excited). Does your portal support single sign-on via SAML, or only username and password?
We're trying to tidy up how committee members log in.

Craig Holden
Manager, IT Services (volunteer)
""", trap="job_title")

m("Lisa Tran <lisa.tran@tranfamily.example>", "Password Manager and passkeys",
  """\
Quick one - our office uses a tool literally called "Password Manager" (very imaginative) and
it offers to save logins for your site just fine. Do you also support passkeys, or is that
not a thing on your side yet? Just curious, nothing's wrong.

Lisa
""", trap="job_title", note="'Password Manager' product name; asks if passkeys exist")

m("Paul Merriman <paul.merriman@merrimansails.example>", "Thanks to Karen",
  """\
Hi,

I'd just like to say a big thank you to Karen, your workshop manager, who went out of her
way to get our jib re-stitched before the regatta. She even rang on Saturday to check it
fitted. Please pass this on to whoever her manager is, she deserves a pat on the back.

Paul Merriman
""", trap="praise_manager")

m("Gwen Alder <gwen.alder@aldermail.example>", "Re: Globe delivery",
  """\
Perfect, thank you - it arrived this morning and it's beautiful. Sorry for the grumpy email
earlier.

Gwen

On Tue, 14 May 2024 at 09:12, Support <support@example.test> wrote:
> Hi Gwen, the courier confirms your globe is out for delivery today.
>
> > On Mon, 13 May 2024, Gwen Alder wrote:
> > This is the third time I've asked. If it isn't here by Wednesday I'll cancel the order
> > and I'll be telling everyone in my book club what a shambles this is.
""", trap="quoted_threat", note="nested quote holds repeat/cancel/media")

m("Hugh Castleton <hugh.castleton@castleton.example>", "RE: Saddle flocking appointment",
  """\
That's great, Tuesday 10am works. I'll bring both saddles.

Hugh

-----Original Message-----
From: Hugh Castleton <hugh.castleton@castleton.example>
Sent: Friday, 7 June 2024 18:40
To: support@example.test
Subject: Saddle flocking appointment

I've been waiting two months for this. If I don't hear back by Monday I'll be talking to
my solicitor about the deposit and I want to speak to your manager.
""", trap="quoted_threat", note="Outlook header block quoting own earlier threat")

m("Anita Desai <anita.desai@desaihome.example>", "Fwd: complaint from my neighbour",
  """\
Hi, my neighbour asked me to forward this as she isn't great with email. She's fine for you
to reply to me. I don't have any issue myself - my own dog food orders are fine!

Anita

---------- Forwarded message ---------
From: Maureen Pilling <maureen.pilling@pilling.example>
Subject: dog food

Please tell them the last box had mouldy biscuits in it and I'm absolutely disgusted. If
they don't refund me I'll go to Trading Standards.
""", trap="forwarded_complaint", note="complaint is in a forwarded part")

m("Robert Kingsley <r.kingsley@kingsley-partners.example>", "Trumpet case",
  """\
Hello,

Could you let me know if you stock a double case for trumpet and flugelhorn? Medium size,
nothing fancy.

Best,
Robert Kingsley

--
Kingsley & Partners LLP, Solicitors
This email and any attachments are confidential and may be legally privileged. If you are
not the intended recipient, any use, disclosure or copying is unauthorised and may be
unlawful; please notify the sender and delete it. We accept no liability for viruses.
Legal action may be taken against unauthorised use of this communication.
""", trap="legal_disclaimer", note="solicitor's disclaimer")

m("Angela Firth <angela.firth@firthmail.example>", "Not cancelling, just pausing",
  """\
Hi, just to be clear, I'm not going to cancel - we love the food and so does Biscuit. We're
away for six weeks in the summer, so could you pause deliveries from 20 July to 31 August
please?

Angela
""", trap="negation")

m("Michael Drury <michael.drury@drury.example>", "Upgrade question",
  """\
Hello,

If we move from the Starter to the Practice plan on your clinic software, is there any chance
of losing our existing patient notes during the switch? Just want to be sure before I click
the button. We haven't lost anything so far and I'd like to keep it that way!

Michael
""", trap="hypothetical", note="data loss as a worry, not a report")

m("Sheila Norwood <sheila.norwood@norwood.example>", "refund policy?",
  """\
What's your refund policy for magazine subscriptions if someone wants to stop partway
through the year? Asking for my mum, who's thinking about switching to the digital one.
""", trap="policy_question")

m("Oscar Bjork <oscar.bjork@bjorkpost.example>", "How do I cancel an order?",
  """\
Hi, how do I cancel order #ST-3319? I ordered the wrong eyepiece size (1.25 instead of 2
inch), totally my mistake. It hasn't shipped yet I think.

Oscar
""", trap="procedural_cancel")

m("Yolanda Price <yolanda.price@pricecorp.example>", "DPA and GDPR documentation",
  """\
Hi,

We're a small chain of acupuncture clinics about to sign up for your booking software. Our
compliance officer has asked me for two things: your Data Processing Agreement, and any
documentation on where patient data is stored and how long it's retained. Is the software
GDPR compliant for storing health data?

Thanks,
Yolanda Price
Operations
""", trap="policy_question", note="GDPR compliance question + DPA request")

m("Terry Wolstenholme <terry.w@wolstenholme.example>", "SLA for outages?",
  """\
Do you offer any kind of SLA for outages on the booking platform? Our karaoke bar would like
to know what's guaranteed before we move our reservations over. Also, when do you do planned
maintenance - is it overnight?
""", trap="policy_question", note="SLA and maintenance question")

m("Nadia Petrova <nadia.petrova@petrova.example>", "A little disappointed",
  """\
Hello,

The atlas arrived yesterday. It's lovely, but I have to say I'm a little disappointed that
the cover is a lighter blue than in the pictures. Not a big deal and I'm keeping it - just
thought you might want to update the photos.

Nadia
""", trap="mild_disappointment")

m("Quentin Abara <quentin.abara@abara-observatory.example>", "Order for the observatory",
  """\
Good morning,

We'd like to go ahead with the quote you sent on Tuesday: the 20" corrected Dall-Kirkham
tube, the heavy-duty mount and the dome controller, total USD 23,750. Purchase order
attached. Please confirm the delivery window and whether you need a site survey first.

Very much looking forward to this.

Quentin Abara
Director, Abara Hill Observatory
""", trap="large_amount_no_problem", pack="mixed", attach="PO-7781.pdf")

m("Hamish Doig <hamish.doig@doig-sails.example>", "Invoice 5,000 - query on payment",
  """\
Hi,

We've got your invoice for the new headsail, GBP 5,000.00 exactly. Everything is fine with
the sail - can I pay half now and half on the 1st of next month, or does it all need to be
settled at once?

Hamish
""", trap="exactly_5000")

m("Lorna Geddes <lorna.geddes@geddesmail.example>", "second email - class dates",
  """\
Hi again, this is my second email - I think the first one might have gone to your spam as I
attached a photo. I was asking whether the beginners' glass-blowing weekend in October still
has two places. Thanks!
""", trap="second_email")

m("Edwin Sowerby <edwin.sowerby@sowerby.example>", "All fixed!",
  """\
Just to say the login issue I had last week sorted itself out after your update - I can get
into my puzzle archive again and everything's there. Thanks for the quick work.

Edwin
""", trap="settled_issue")

m("Dr. Miriam Stone <miriam.stone@stonesec.example>", "Bug bounty / responsible disclosure",
  """\
Hello,

I'm a security researcher and a long-time customer of your glamping site. Do you run a bug
bounty programme or have a responsible-disclosure policy (security.txt or similar)? I haven't
found anything wrong - I just like to know where to send things before I ever look.

Best regards,
Miriam Stone
""", trap="security_question", note="researcher, no incident reported")

m("Colin Baird <colin.baird@bairdhome.example>", "2FA",
  """\
How do I turn on two-factor authentication on my account? Can it use an authenticator app or
only SMS?
""", trap="security_question")

m("Adele Varga <adele.varga@varga-law.example>", "Saddle order",
  """\
Dear Sir or Madam,

I'd like to order a made-to-measure general-purpose saddle for my mare. I'm a solicitor and I
work long hours, so a Saturday fitting would suit me best. Could you let me know the
earliest Saturday slot and the deposit required?

Kind regards,
Adele Varga
Partner, Varga & Lowe Solicitors
""", trap="lawyer_customer")

m("Ryan Okeke <ryan.okeke@okeke-press.example>", "Birthday present - personal order",
  """\
Hi,

I'm a journalist but this is entirely personal, not a work thing! I'd like to buy a gift
voucher for a private karaoke room for my wife's birthday - 8 people, Saturday 19 October,
evening. Can you hold that and send me a voucher to print?

Ryan
""", trap="journalist_private")

m("Patricia Lomax <patricia.lomax@lomax.example>", "Cancel Thursday appointment",
  """\
Hello, please could you cancel my acupuncture appointment this Thursday at 2.30? I've got a
work thing I can't move. I'll book again next week online. Thanks, Patricia
""", trap="appointment_cancellation")

m("Ivan Petrenko <ivan.petrenko@petrenko-co.example>", "Quarterly report format",
  """\
Hi,

Our CEO needs the quarterly report of all our staff wellbeing acupuncture sessions in a
format she can put into a board pack. Is there a way to export it as a PDF rather than the
on-screen table?

Ivan
""", trap="own_ceo", note="own CEO; also asks if export exists")

m("Bella Osei <bella.osei@oseimail.example>", "Saw your ad",
  """\
Hi! I saw your ad on Instagram for the summer yurt offer - is it still valid for August
bank holiday weekend? Two adults, one dog.
""", trap="social_media_ad")

m("Trevor Nkemelu <trevor.nkemelu@nkemelu.example>", "Is my data safe?",
  """\
Hello,

Quick question before I sign up for the monthly dog-food box: is my card data safe with you?
Do you store it yourselves or use a payment provider?

Trevor
""", trap="safety_word")

m("Hilary Compton <hilary.compton@comptonhome.example>", "Kiln class - safety gear",
  """\
Hi, for the hot-glass taster class on Saturday, do we need to bring our own safety glasses
and closed shoes, or do you provide them? Also is it OK for a 14-year-old?
""", trap="safety_word")

m("Marcus Oyelowo <marcus.oyelowo@oyelowo.example>", "Payment plan",
  """\
Hi, the repair on my sousaphone came to 460 which is fair for what you did. Could I pay 230
now and the rest on the 28th? I promise to pay the second half on the day, I just get paid
late this month.
""", trap="promise_by_customer")

m("Diana Whitlock <diana.whitlock@whitlock.example>", "Invoice copy",
  """\
Could you send me a copy of invoice GL-2024-0193 please? My accountant needs it and I've
deleted the email. Many thanks, Diana
""", trap="invoice_copy")

m("George Fairweather <g.fairweather@fairweather.example>", "Prices for globe restoration",
  """\
How much would you charge to restore a 1920s 12-inch terrestrial globe? The varnish has
yellowed and there's a small dent near Greenland. I can bring it in.
""", trap="price_question")

m("Stella Marsh <stella.marsh@marshmail.example>", "Export my solved puzzles?",
  """\
Is there a way to export my solved crosswords and times to a spreadsheet? I'd like to track
my progress over the year. If it's already in the app somewhere, apologies!
""", trap="feature_exists")

m("Leon Hart <leon.hart@hartfamily.example>", "Joke from my colleague",
  """\
Hi,

Bit of a funny one. My colleague joked that we should sue you because the fortune-teller
globe we bought for the office keeps telling him he'll get a promotion. Anyway, he'd like a
second one for his desk - same model please, invoiced to the company as before.

Leon
""", trap="reported_speech")

m("Moira Fraser <moira.fraser@fraserhome.example>", "Maintenance tonight?",
  """\
I saw the banner about planned maintenance tonight between 1 and 3am. Will the app still let
me do the daily crossword offline during that time, or should I download it first?
""", trap="maintenance_question")

m("Sunil Varma <sunil.varma@varmatech.example>", "No need to escalate",
  """\
Hi,

Thanks for the call earlier. No need to escalate anything - the replacement gear cables for
the bicycle arrived and my mechanic has fitted them. Happy customer.

Sunil
""", trap="negation")

m("Rosemary Tait <rosemary.tait@taitmail.example>", "Our account manager",
  """\
Hello,

Our account manager, Declan, usually handles our quarterly ice orders for the hotel but he's
on holiday. Could someone else confirm that the usual 40 blocks are scheduled for the 28th?

Rosemary Tait
Food & Beverage, The Harbour Hotel
""", trap="job_title", note="existing account manager role")

m("Beatrice Ngata <beatrice.ngata@ngatamail.example>", "Recall?",
  """\
Hi, just checking - I read about a pet food recall on the news this week. Is any of your
range affected? Our dog is fine, I just want to be sure before I open the new bag.
""", trap="safety_word", note="recall question, no product danger reported")

m("Hollis Cartwright <hollis.cartwright@cartwright.example>", "Re: Member complaint forwarded",
  """\
Thanks for forwarding that. I've read it and I'm happy to talk to the member myself as club
chair. For what it's worth, none of us on the committee have had any trouble with the portal.

Hollis

On 3 Sept 2024, at 14:02, Support <support@example.test> wrote:
> Hi Hollis, one of your members wrote to us directly, copied below.
>
>> I have been locked out of the portal for a week, it's completely down for me, and I'm
>> going to report the club to the ombudsman if my fees aren't refunded.
""", trap="quoted_threat")

m("Elaine Porter <elaine.porter@porterlaw.example>", "Hypothetically...",
  """\
Hypothetically, if the globe I've ordered as a gift turns out to be the wrong size, would I
be able to cancel and get a refund, or only an exchange? It hasn't arrived yet, I'm just a
planner.
""", trap="hypothetical")

m("Nicholas Renner <n.renner@renner-events.example>", "Big order for December",
  """\
Hello Ava,

Confirming we'd like to book the full winter package again for our December client evening:
ice bar, 8 sculptures, 2 logo blocks, delivery and setup. Last year's total was EUR 9,400;
happy with a similar figure. Let me know the deposit and we'll get it paid this week.

Thanks - last year was superb.
Nicholas Renner
""", trap="large_amount_no_problem")

m("Kirsty Bellamy <kirsty.bellamy@bellamyhome.example>", "Wording on the website",
  """\
Hi, on your yurt pages the word "acessible" is misspelled (should be "accessible") and the
Birch yurt page says "sleeps 4" in one place and "sleeps 5" in another. Thought you'd want to
know. Lovely site otherwise!
""", trap="website_typo_report", note="typo report, no defect in service")

m("Alfie Dunn <alfie.dunn@dunnmail.example>", "ta",
  """\
got the inner tubes, cheers
""", trap="-", note="one-liner thanks")

m("Priscilla Howe <priscilla.howe@howeacademy.example>", "Head of Legal - data request form",
  """\
Hello,

Could you send me the blank form your clinics use for patients to request a copy of their
own records? We're updating our school nurse's guidance and want to reference it.

Kind regards,
Priscilla Howe
Head of Legal & Compliance, Howe Academy Trust
""", trap="job_title", note="Head of Legal signature, ordinary request")

m("Vernon Achterberg <vernon.achterberg@achterberg.example>", "Re: Repair estimate",
  """\
Fine by me, go ahead with the full overhaul on the cornet. 190 is OK.

V.

Am 12.04.2024 um 10:03 schrieb Support <support@example.test>:
> Hello Vernon, the estimate for the full overhaul is 190.
>
> > Am 10.04.2024 schrieb Vernon Achterberg:
> > Wenn das wieder so lange dauert wie letztes Mal, gehe ich zu einem anderen Laden.
""", trap="quoted_threat", note="German quote header, threat in quote")

m("Wendy Tarrant <wendy.tarrant@tarrant.example>", "Feature idea - already there?",
  """\
Hello, does the club portal let members see their own fees history? One of our older members
asked and I wasn't sure if it exists already or not.
""", trap="feature_exists")

m("Clive Huxtable <clive.huxtable@huxtable.example>", "Fitting went really well",
  """\
I just wanted to say the fitting with Ruth on Friday was the best experience I've had with
orthopaedic shoes in twenty years. She listened, she measured properly, and the shoes are a
dream. Please tell her manager!
""", trap="praise_manager")

m("Hazel Winthrop <hazel.winthrop@winthrop.example>", "Settled - thanks",
  """\
Hi Joe,

Just confirming the double charge from March was refunded this morning - I can see it on my
statement. All sorted, thank you for chasing it.

Hazel
""", trap="settled_issue", note="past billing dispute resolved")

m("Max Bernhardt <max.bernhardt@bernhardt.example>", "dog food sizes",
  """\
Do you do the senior formula in the smaller 2kg bag? The 6kg goes stale before our little
terrier gets through it.
""", trap="-", note="plain product question")

m("Serena Oduya <serena.oduya@oduyaevents.example>", "Ice luge for a wedding",
  """\
Hi there! We're getting married in June and someone told us you carve ice luges. Could you
send prices for a luge plus a small sculpture of two swans? The venue's in the Cotswolds.

Serena x
""", trap="-")

m("Philip Acheson <philip.acheson@achesonmail.example>", "Wheel truing - what I was told",
  """\
Hi,

My mate at the club told me you "guarantee" wheel truing for a year. He also said you once
sent a bloke to court over an unpaid bill, ha! Anyway - is the one-year guarantee true? I've
got two wheels from a 1960s tourer that need doing.

Philip
""", trap="reported_speech")

m("Tabitha Lang <tabitha.lang@langmail.example>", "Voucher",
  """\
Hello, I've been given a voucher for a glamping weekend for my 40th. It says "valid 12
months" - does that mean from when it was bought, or from when it's activated? Thanks!
""", trap="policy_question")

# ---- human mail that looks automated, no trigger

m("Dominic Shore <dominic.shore@shorehome.example>", "Automatic reply: Your order has shipped",
  """\
Automatic reply: I'm on holiday until Monday - ha, only joking, I'm actually here.

Got your "your order has shipped" email for the star atlas, thanks. Could you tell me which
courier it's with so I can leave a note for my neighbour? I'm out at work most days.

Dom
""", trap="looks_automated")

m("Secretary Fenwick MFC <secretary@fenwick-mfc.example>", "[Fenwick MFC] Membership renewal batch - 14 members",
  """\
*** Fenwick Model Flying Club - membership renewals ***

Batch: 2025/03
Members in batch: 14
Payment: BACS, reference FMFC-REN-0325

Hello - this is Jan, the club secretary, not a robot, despite the formatting. Please
find the 14 renewal names in the attached list and add them to the portal when you can.
No rush, the old memberships don't lapse until the end of the month.

Jan Ashworth
Club Secretary
""", trap="looks_automated", pack="mixed", attach="renewals_2025-03.csv",
  attach_text="member_no,surname,first_name,class\n1042,Ashworth,Jan,senior\n1077,Baines,Kit,junior\n1101,Carr,Imran,senior\n")
