# English customer mail with at least one trigger. Hand-written, one block per message.
MESSAGES = []


def m(frm, subject, triggers, trap, note, body, **kw):
    d = dict(kw)
    d.update({"from": frm, "subject": subject, "triggers": triggers, "trap": trap, "note": note, "body": body})
    MESSAGES.append(d)


m("Gareth Pryce <gareth.pryce@llanfair-steam.example>", "Loco arrived with a cracked boiler casing",
  "technical_issue", None, "garden railway; damaged live-steam loco, buried",
  """Hi,

The 16mm live steam loco (order GR-22817) turned up on Saturday. Packaging looked fine from outside. Lovely paintwork, really.

When I lit it up water dribbled out of a seam near the cab and the pressure gauge never got past 10 psi. Took it apart and the boiler casing has a hairline crack right along the solder line. Not dropped, not my fault, it was like that.

What do you want me to do with it?

Gareth
""")

m("Sunita Varma <s.varma@brightfield-primary.example>", "Planetarium dome - kids felt sick, smell of burning",
  "safety technical_issue", None, "planetarium dome rental; blower motor overheating",
  """Dear team,

We had your inflatable dome in our hall on Tuesday for Years 3 and 4. About forty minutes into the second session the blower fan started making a grinding noise and there was a clear smell of burning plastic inside the dome. Two of the children said their eyes were stinging. Our caretaker unplugged it and the motor housing was too hot to touch.

Nobody was hurt, thank goodness, but I need to know whether this unit is safe before we use it again on Thursday, and frankly I'd rather you sent a different one.

Kind regards,
Sunita Varma
Deputy Head, Brightfield Primary
""")

m("Dave <dave.k@fastmail-kites.example>", "this is the 3rd time",
  "repeat_contact severe_dissatisfaction", None, "kite shop; missing spars",
  """third email. THIRD. the stunt kite came with no spars, I sent photos twice, nobody answers. this is ridiculous and honestly the worst shop ive ever dealt with. just send the spars

dave
""")

m("Margaret Holloway <m.holloway@pianola-circle.example>", "Roll no. 4471 - still waiting for the refund you promised",
  "broken_promise", None, "piano roll restorer; promised refund not sent",
  """Dear Mr Ashdown,

When we spoke on the telephone on 3rd May you told me the refund of the £85 for the torn Gershwin roll (your ref 4471) would be with me "within five working days". It is now the 28th and nothing has arrived, neither the money nor an email.

I am sure it is an oversight but I would be grateful if you could look into it.

Yours sincerely,
Margaret Holloway
""")

m("Tom Okafor <tom@okafor-events.example>", "Charged twice for arcade hire deposit",
  "billing_dispute", None, "retro arcade hire; double deposit",
  """Hi there,

Booked the Pac-Man + Street Fighter cabinets for the 14th. My card shows the £250 deposit taken twice, on the 2nd and again on the 3rd, both "RETROHIRE LTD". Booking ref AH-3390.

Please refund the duplicate.

Thanks
Tom
""")

m("Jenny Marsh <jenny.marsh@hotmail-mock.example>", "Out of office until Friday - but my hot sauce box",
  "billing_dispute cancellation_threat", "looks_automated", "hot sauce subscription; OOO-styled opener then charge after pause",
  """I am out of the office until Friday 12th with limited access to email.

But I wanted to send this before I forget: I paused my Fire Club subscription in March and you STILL took £24.99 on the 1st of April and the 1st of May. That's £49.98 for boxes I told you not to send. Refund both or I'm cancelling the whole thing for good, paused or not.

Jenny
""")

m("Rafael Quint <rquint@quint-logistics.example>", "Delivery failure of my parcel",
  "broken_promise", "looks_automated", "sea glass jewellery; human mail with bounce-like subject",
  """Hello,

Not a bounce, I'm a real person :) The courier app says "delivery failure - address not found" for my necklace order SG-1182. Your colleague Amy wrote last week that it would be re-sent by Tuesday with the corrected postcode. It was not re-sent, nothing has moved since.

Can you check please?
Rafael
""")

m("Ingrid Solberg <ingrid.solberg@nordlys-farm.example>", "Your booking system deleted our whole summer calendar",
  "data_loss technical_issue", None, "farm stay; host calendar wiped",
  """Hello,

We list our two cottages through your farm-stay platform. This morning I logged in to the host dashboard and every booking between June and September is gone. Not cancelled, just gone - the calendar is empty and the guest list export is blank. We had 31 bookings in there. I don't have a separate copy of all of them because that was the point of using you.

Please tell me you have a backup. Guests will arrive on Saturday and I do not even know who.

Ingrid Solberg
Nordlys Farm
""")

m("Priya Nair <priya@tandemtours-mock.example>", "Tandem brake failed on the descent",
  "safety severe_dissatisfaction technical_issue", None, "tandem hire; brake failure injury",
  """I have to tell you what happened on Sunday with the tandem we hired from your Keswick depot (booking TB-5512).

Going down the hill after Braithwaite the rear brake lever went all the way to the handlebar with basically no braking. My husband managed to stop by dragging his feet and we both came off onto the verge. He has a badly grazed arm and a sprained wrist, I have bruises all down one side. We were lucky there was no car coming.

When we brought it back the lad at the desk looked at it and said "yeah that cable's been fraying for a while". Fraying for a while! And you still sent us out on it. I am absolutely appalled. This is a disgrace and somebody could have been killed.

I want to know what you are going to do about it.

Priya Nair
""")

m("Colin Bright <colin@brightsparks-heating.example>", "Re: your quote for the Christmas arcade package",
  "high_value_order technical_issue", None, "retro arcade hire; large booking with broken machines",
  """Hi Karen,

Thanks for the quote. We went ahead and paid the invoice (INV-20931, £7,450) for the full 12-cabinet package for our staff party on the 15th.

Problem: three of the cabinets were dead on arrival (Galaga, Donkey Kong and one of the pinballs - screen flickering then black), and the air hockey table blower doesn't start. Your driver said he'd "let the office know". Nobody has called. We've paid a lot of money for this and a quarter of it doesn't work.

What are you going to do about it?

Colin Bright
Facilities, Brightsparks Heating
""")

m("Hannah <hannah.w@sourdough-lovers.example>", "starter dead on arrival, second one also dead",
  "repeat_contact", None, "sourdough starter shop; dead starter, third message",
  """Hiya, third time writing about this as nobody has answered the other two. The dried starter you sent (Old Bristol) won't come back to life. Followed the card exactly, 5 days, nothing, not a bubble. The replacement you kindly sent is doing exactly the same. Is the batch bad?? Hannah x
""")

m("Nick Farrow <nick.farrow@rinkside-hockey.example>", "skates ruined by your sharpening",
  "severe_dissatisfaction", None, "ice hockey sharpening; ruined blades",
  """I dropped off two pairs of skates on Monday for a 1/2" hollow. What I got back has a completely uneven edge, one side higher than the other, you can see it with a coin. My son fell twice in warm up. These are £400 skates and the steel is now butchered.

Honestly I am furious. I've been skating for 30 years and never seen a sharpening job this bad. Absolutely unacceptable from a shop that calls itself a pro shop.
""")

m("Lucy Tennant <lucy.tennant@goldcrest-school.example>", "Bee course - request to speak with someone senior",
  "manager_request broken_promise", None, "school beekeeping course; instructor no-show",
  """Dear Sir or Madam,

Our school booked the six-week Junior Beekeepers course for our Year 5 class. The instructor did not turn up for week 3 and week 4, and on both occasions we were told someone would ring us back the same day to rearrange. No call came either time.

I would like someone more senior than the booking desk to contact me please. I am not prepared to keep explaining this to 30 disappointed ten-year-olds.

Lucy Tennant
Class teacher, Goldcrest Primary
""")

m("Martin Leclerc <martin@leclerc-partners.example>", "Escape room trailer - corporate booking - I want this escalated",
  "manager_request high_value_order", None, "mobile escape room; big corporate order unresolved",
  """Hello,

Our firm booked three of your mobile escape-room trailers for our annual conference (contract EC-2024-118, £12,600 incl. VAT). Two days before the event your team told us only two trailers are available because one is "off the road". Nobody has offered a replacement, a discount, anything.

I'd like this escalated to whoever runs operations. I need an answer by tomorrow noon.

Martin Leclerc
""")

m("Zoe Fletcher <zoe.fletcher@charity-finds.example>", "account hacked?? orders I never placed",
  "security_incident", None, "charity shop online; account takeover",
  """Hi, I think somebody has got into my account. There are two orders on it from last night for designer handbags going to an address in a different city, and my email address on the account was changed to something I don't recognise (I only noticed because I got the "your email has been updated" message). I didn't do any of this. My card is saved on there!!

Please lock it or something. What do I do?

Zoe
""")

m("Ahmed Rahman <ahmed.r@fanmail-mock.example>", "Convention badge - the way your volunteer spoke to me",
  "discrimination_harassment", None, "soap opera fan convention; staff abuse based on religion",
  """Hello,

I attended Sudsfest on Saturday. When I went to collect my weekend badge, the volunteer at desk 3 looked at my name on the list, looked at me, and said loudly to her colleague "we'll need to check his bag properly, you know". They then searched my bag, and only mine, in front of the whole queue. When I asked why, she said "people like you should understand". I was the only visibly Muslim person in that queue.

I have been a fan of the show for 20 years and have never felt so humiliated. I would like a proper response to this, not a voucher.

Ahmed Rahman
""")

m("Bernard Oakes <b.oakes@oakes-solicitors.example>", "Farm stay cancellation - final notice before proceedings",
  "legal_threat billing_dispute", None, "farm stay; customer (not lawyer role) threatens small claims over withheld deposit",
  """Dear Sirs,

I cancelled our stay at Hollow Brook (booking FS-7741) on 2 February, eleven weeks before arrival, which your own terms say entitles me to a full refund of the £640 deposit. You have instead charged my card a further £320 "late cancellation fee".

Unless both amounts are refunded within 14 days I will file a claim in the small claims court without further notice.

B. Oakes
""")

m("Kerry Lamb <kerry@lamb-family.example>", "how many times",
  "repeat_contact broken_promise", None, "hot sauce; repeated contacts",
  """This is the fourth email about the same thing. You promised on the phone a replacement bottle of the Reaper sauce that arrived smashed. Each time someone says "it's been sent". It hasn't. Check your own notes.
""")

m("Owen Price <owen.price@marlow-signals.example>", "Points motors - would be great to have a DCC version",
  "feature_request", None, "garden railway; feature request",
  """Hi folks,

Really happy with the outdoor point motors, they've survived a whole winter in the garden which nothing else has.

Any chance of a version with a built-in DCC decoder? At the moment I have to run a separate accessory decoder in a box next to every point and it gets messy. Even a plug-in decoder board would do. I'd buy six tomorrow.

Cheers,
Owen
""")

m("Fiona Greig <fiona.greig@greig-arts.example>", "website keeps crashing at checkout",
  "technical_issue", None, "sea glass jewellery; checkout bug",
  """Every time I put the sea glass earrings in the basket and press Pay, the page goes white and says "Something went wrong (code 0x4f)". Tried Chrome and Safari, phone and laptop. Been trying since yesterday, want them for my sister's birthday.
""")

m("Stuart Pell <stuart.pell@pellbuild.example>", "Your site is down",
  "outage technical_issue", None, "tandem hire; booking site down",
  """Your whole booking website has been giving "502 Bad Gateway" for about three hours now, on every page, not just booking. I need to change a hire for tomorrow morning and your phone line just says to use the website. Is there any other way to reach you?
""")

m("Alice Brennan <alice.brennan@larkhill-academy.example>", "Planetarium booking - we have gone elsewhere",
  "cancellation_threat broken_promise", None, "planetarium dome; switching to competitor",
  """Hello,

You said you would send the updated risk assessment and the confirmed arrival time by last Friday. Nothing came, and our head teacher will not allow the visit without the paperwork.

We've now booked StarBurst Domes for the same day instead and will not be using you again. Please cancel our booking and return the deposit.

Alice Brennan
Science Lead
""")

m("Robert Kaye <robert.kaye@kaye-acoustics.example>", "ROLL RESTORATION - WHERE IS MY INSTRUMENT",
  "severe_dissatisfaction repeat_contact", None, "piano roll restorer; shouting, many contacts",
  """I HAVE NOW WRITTEN FIVE TIMES AND RUNG MORE THAN THAT.

My grandmother's Aeolian pianola went to your workshop in JANUARY for "a twelve week restoration". It is now SEPTEMBER. Nobody answers the phone, nobody replies, your website still says "bookings open".

This is a complete disgrace. I want a date, in writing, this week.
Robert Kaye
""")

m("Laura Chen <laura.chen@chen-consulting.example>", "who is your CEO and how do I reach him",
  "corporate_contact_request executive_contact", None, "escape room trailer; wants exec email to write",
  """Hi,

I've had enough of going round in circles with the booking team. Could you please give me the name and the direct email address of your managing director or CEO? I intend to write to them about how our booking for the 9th was handled.

Laura Chen
""")

m("Graham Wells <graham.wells@hastings-kites.example>", "FW: complaint - I've copied in your CEO",
  "executive_contact", None, "kite shop; cc'd CEO",
  """All,

Resending this and this time I've copied in Mr Darrow, your CEO, as I found his address on Companies House. The power kite I bought (order 88213) tore at the leading edge on its second flight in 15 mph wind, well within the rating.

I'd like a replacement.

Graham
""")

m("Tina Moss <tinamoss@moss-media.example>", "Press enquiry - Sudsfest cancellation",
  "media_threat", None, "soap opera convention; journalist enquiry",
  """Hello,

I'm a reporter at the Northern Evening Courier. We've been contacted by a number of readers who bought tickets for Sudsfest Manchester, which was cancelled at 48 hours' notice, and who say they have not received refunds.

Could someone from your organisation give me a comment for a piece we're running on Thursday? Specifically: how many ticket holders are affected, and when will refunds be issued?

Thanks,
Tina Moss
Consumer affairs reporter
""")

m("Kev Harding <kev.harding@mailbox-mock.example>", "going on facebook with this",
  "media_threat severe_dissatisfaction", None, "hot sauce; threatens social media",
  """Right. Box 3 of my subscription turned up with two bottles leaking all over everything and the chilli jam lid rusted. I sent pics. You sent me a 10% code. A 10% code!!

If this isn't sorted properly by the weekend it's going on the Chilli Heads UK facebook group, 40k members, with the photos. Pathetic service
""")

m("Susan Pike <susan.pike@pike-cottage.example>", "Reporting this to Trading Standards",
  "regulatory billing_dispute", None, "charity shop online; hidden charges, trading standards",
  """I bought a coat from your online charity shop advertised at £18. At checkout a £9.50 "handling fee" was added that was never mentioned anywhere on the listing. I have been charged £27.50 in total.

This is misleading pricing and I have reported it to Trading Standards. I would still like the £9.50 back.

Susan Pike
""")

m("Jon Whitaker <jon@whitaker-it.example>", "Your phishing email",
  "security_incident", None, "sourdough shop; phishing from company domain",
  """Just so you know, I got an email this morning from "orders@" your domain saying my payment had failed and asking me to re-enter my card on a link. The link went to a site that is definitely not yours (some .top domain). Headers show it really was sent from your mail server, SPF passed. So either your mail account is compromised or someone has your newsletter tool.

Several people on the Real Bread forum got the same thing.
Jon
""")

m("Amelia Hart <amelia.hart@hart-home.example>", "Soap from the sea glass set - rash",
  "safety", None, "sea glass jewellery; allergic reaction - nickel",
  """Hello, the sea glass pendant I bought for my daughter has a "sterling silver" chain but within a day she had a red blistered rash all round her neck, and the GP says it is almost certainly a nickel reaction. It's now weeping. She's 9. Please can you check what metal this actually is and whether other customers have had this. I'm worried about other children wearing them.
""")

m("Phil Daniels <phil.daniels@oldtownrail.example>", "Order GR-23011 - £6,200 of track, wrong gauge",
  "high_value_order", None, "garden railway; high value wrong item",
  """Hello,

Our club ordered 180 metres of code 250 brass track for the new garden layout (GR-23011, invoiced £6,200.00). What arrived is 32mm gauge, we ordered 45mm - it says so on the order confirmation, which I attach.

We need the correct track before our open day on the 22nd. Please arrange collection of this lot and send the right one.

Phil Daniels
Treasurer, Old Town Garden Railway Society
""")

m("Bea Lawson <bea.lawson@lawson-bakes.example>", "read: your reply",
  "severe_dissatisfaction", "looks_automated", "sourdough starter; 'Read:' subject used by a human",
  """Yes I read your reply, and no, "starters can be temperamental" is not an answer. I paid £14 for a starter that arrived as a jar of grey sludge with mould on top. The rudest, most useless reply I've had from any shop. Disgusting.
""")

m("Harriet Cole <harriet.cole@colefarm.example>", "Automatic reply from your system was useless",
  "repeat_contact manager_request", "looks_automated", "farm stay; customer complains about desk's auto-reply",
  """Hello,

Every time I write I get your automatic "we have received your request, a member of our team will be in touch" and then nothing. That's happened three times now (tickets 5512, 5530, 5561) about the same broken hot tub at Willow Barn.

Could a supervisor please pick this up instead of the robot.

Harriet Cole
""")

m("Sam Oduya <sam.oduya@oduya-uni.example>", "Thank you for your email",
  "broken_promise", "looks_automated", "kite shop; starts like an acknowledgement",
  """Thank you for your email.

Unfortunately it said the same as the last one: that the replacement bridle lines were dispatched. They were supposed to be sent on the 4th, you confirmed that in writing, and they still haven't been. No tracking number either.

Sam
""")

m("Office Hollybank <office@hollybank-school.example>", "Undeliverable?",
  "technical_issue", "looks_automated", "beekeeping course; human with bounce-like subject, role address",
  """Hi, this is Carol in the school office. Is your email broken? When I try to upload the signed parental consent forms for the bee course through your portal it says "Upload failed - undeliverable" every time, with any PDF. So I'm emailing instead, is that ok? Forms attached.

Carol
Office Manager
Hollybank School
""")

m("Derek Mills <derek.mills@mills-joinery.example>", "Sent from my phone - arcade machine sparking",
  "safety technical_issue", "looks_automated", "retro arcade hire; phone signature, sparks",
  """Outrun cabinet you delivered yesterday is sparking from the back where the power lead goes in, there was a pop and the lights in the garage tripped. Unplugged it. Kids were stood right next to it. Please collect it today

Sent from my iPhone
""")

m("Yusuf Demir <yusuf.demir@demir-logistik.example>", "we have received your invoice",
  "billing_dispute high_value_order", "looks_automated", "planetarium dome; non-native English, acknowledgment-like opener",
  """Dear Sirs,

We have received your invoice no. PD-4410 thank you. However the amount is 8.950 GBP but our agreed price was 6.450 GBP for five school days in the dome, this was written in the offer from 12. March. The extra 2.500 is for "technician overnight" which we never have ordered.

Please send corrected invoice, we cannot pay this one.

Best regards
Yusuf Demir
Procurement
""")

m("Ellie Grant <ellie.grant@grant-photo.example>", "Out of office - back Monday. Also: tandem booking",
  "cancellation_threat", "looks_automated", "tandem hire; pasted own OOO then complaint",
  """Thank you for your message. I am currently out of the office with no access to email and will return on Monday 8 July. For urgent matters please contact my colleague Jake on 555-0142.

---
Sorry, that's my autoreply template, ignore it! Writing from the lake. The tandem you gave us today has a bent rear wheel and we've spent half our holiday day walking it. If the replacement isn't at the Ambleside depot by 9 tomorrow we'll cancel the rest of the week's hire and go to the shop across the road.

Ellie
""")

m("Noah Fielding <noah.fielding@fielding-arts.example>", "Fwd: Mail delivery failed - but why did I pay twice",
  "billing_dispute", "looks_automated", "soap opera convention; forwarding a bounce he received, complains on top",
  """Hi,

I tried to email your tickets address and got this back (below). Meanwhile my bank shows two charges of £89 for one VIP pass. Please refund one of them.

Noah

---------- Forwarded message ---------
From: Mail Delivery System <MAILER-DAEMON@mx.fielding-arts.example>
Subject: Mail delivery failed: returning message to sender

This message was created automatically by mail delivery software.
A message that you sent could not be delivered to one or more of its recipients.
  tickets@sudsfest-mock.example
    host mx.sudsfest-mock.example: 550 5.1.1 User unknown
""")

m("Gwen Lloyd <gwen.lloyd@lloyd-shepherds.example>", "Auto: Re: re: stay cancelled",
  "legal_threat", "looks_automated", "farm stay; 'Auto:' subject is the customer's own mistake",
  """Sorry about the odd subject, my phone added it.

You cancelled our lambing-weekend stay two days before arrival because of "a double booking" and have so far refused to refund the £780 because it was "a non-refundable rate". We didn't cancel, you did. My brother-in-law is a solicitor and he's drafting a letter to you this week.

Gwen Lloyd
""")

m("Pat Dunne <pat.dunne@dunne-lab.example>", "ok",
  "cancellation_threat", "looks_automated", "hot sauce; one-word style reply with short threat",
  """ok. cancel it then. not paying for another month of this
""")

m("Helpdesk - Carver Hospital Trust <servicedesk@carver-trust.example>", "[INC0048812] Request for escalation - dome rental for children's ward",
  "manager_request broken_promise", "looks_automated", "planetarium dome; customer's ticket system mail written by a human",
  """*** This ticket has been updated by Dominic Ree (Facilities) ***

Hello,

I'm logging this via our service desk so it's tracked. We arranged the mini-dome for the children's ward on 3 Oct and were promised a call back about the infection-control wipe-down procedure. The call never happened and the visit is in five days.

I'd like this escalated to your operations manager please.

Dominic Ree
Facilities Coordinator

--- Reply above this line to update the ticket ---
Ticket INC0048812 | Priority 3 | Assigned group: Facilities
""")

m("no-reply-karen <no-reply-karen@karenbakes.example>", "pls read not automated",
  "technical_issue feature_request", "looks_automated", "sourdough shop; noreply-looking personal address",
  """Hi I know my address looks like a robot, it's a joke from my son. Your recipe app crashes every time I open the "feeding schedule" screen on my Android tablet. Also it would be really nice if the app could remind me when to feed the starter, like an alarm. Thanks, Karen
""")

m("Lewis Bryant <lewis.bryant@bryant-fin.example>", "Concerned about the sharpening booking app",
  "security_incident technical_issue", None, "ice hockey sharpening; data exposure via app",
  """Hi,

When I opened the booking page just now to check my slot, the "my bookings" list showed someone else's bookings - name, phone number, home address and the kid's date of birth. Refreshing showed me a different person again. Pretty sure this is a bug exposing every customer's details to anyone logged in.

You might want to take that page down.

Lewis
""")

m("Carmen Ruiz <carmen.ruiz@ruiz-design.example>", "ICO complaint",
  "regulatory security_incident", None, "charity shop online; data leak reported to ICO",
  """I received a marketing email from you this morning with about 300 other customers' email addresses visible in the To: field, mine included. I never consented to marketing in the first place.

I have filed a complaint with the ICO. Please confirm what personal data of mine you hold and delete it.

Carmen Ruiz
""")

m("Andrew Shaw <andrew.shaw@shaw-homes.example>", "Whole lot of photos gone from my jewellery portfolio",
  "data_loss technical_issue", None, "sea glass jewellery maker; portfolio images lost on seller platform",
  """I sell my sea glass pieces on your marketplace. After last night's "upgrade" every product photo in my shop shows a grey placeholder. About 140 listings. I don't have all of the originals any more because I edited them in your photo tool. Where have they gone?
""")

m("Beth Oyelaran <beth.oy@oyelaran-family.example>", "Not acceptable - and I'd like the head office address",
  "corporate_contact_request", None, "tandem hire; wants head office postal address",
  """Hi, as the depot staff can't help I would like to write a formal letter. Please send me the postal address of your head office and the name of the person it should go to.

Thanks, Beth
""")

m("Martha Quayle <martha.quayle@quayle-co.example>", "Beekeeping course: refund and an apology",
  "discrimination_harassment manager_request", None, "beekeeping course; instructor comments on disability",
  """Dear Beekeeping for Schools,

I'm the SENCO at Larchwood. On the first session your instructor told our pupil, who uses a wheelchair, that "bees and wheelchairs don't mix" and made him wait outside the apiary gate for the whole hour while the others went in. We had told you in advance and you had said full access was fine.

This is discrimination, plain and simple. I want to speak to the person who manages your instructors.

Martha Quayle
""")

m("George Tull <george.tull@tull-farm.example>", "Kite store: can't log in at all, password reset mail never comes",
  "outage technical_issue", None, "kite shop; whole login service down for everyone",
  """Hi, your login page just spins and then says "Service unavailable (503)". My friend in the club has the same, so it's not just me. Reset-password emails never arrive either. Flying competition entries close tonight and we need to order the lines.
""")

m("Val Simmons <val.simmons@simmonsfamily.example>", "Re: Re: Re: convention refund",
  "repeat_contact broken_promise cancellation_threat", None, "soap opera convention; long thread",
  """I've lost count - fourth? fifth? email about this. Each reply says "the finance team will process your refund this week". Every week.

If this drags past the end of the month I'm not renewing my fan club membership and I'll tell everyone in the group why.

Val

On Tue, 4 Jun 2024 at 10:12, Sudsfest Team <hello@sudsfest-mock.example> wrote:
> Dear Val, thank you for your patience. The finance team will process your refund this week.
""")

m("Jamal Ward <jamal.ward@ward-tech.example>", "Bug report + suggestion",
  "technical_issue feature_request", None, "piano roll restorer; online catalogue",
  """Hello,

Two things about your online roll catalogue.

1. The search for composer names with accents is broken - searching "Dvořák" returns nothing even though there are Dvořák rolls in the list. Searching "Dvorak" finds them.

2. Would you consider adding a filter for 65-note vs 88-note rolls? I only have an 88-note player and wade through a lot of 65-note listings.

Keep up the good work otherwise.
Jamal
""")

m("Nina Ostrowska <nina.ostrowska@ostrowska.example>", "Problem with the hot sauce delivery and your driver",
  "discrimination_harassment", None, "hot sauce subscription; courier employed by company harasses",
  """Hello,

I have to report something that made me really uncomfortable. Your own delivery driver (the van has your logo, not a courier) brought my box on Wednesday. He asked if I lived alone, commented on my accent and asked "where I'm really from", and then said he'd "come back later to check I liked it hot". He has since knocked on my door again without a delivery.

I don't feel safe. Please make sure he doesn't come to my address again and tell me what you are doing about it.

Nina
""")

m("Chris Yeo <chris.yeo@yeo-arch.example>", "Dome blower overheated - fire brigade called",
  "safety technical_issue", None, "planetarium dome; fire risk",
  """Just letting you know before you hear it elsewhere: the portable dome at Fairfield School yesterday. Blower unit started smoking, the fire alarm went off and the whole school evacuated, fire brigade attended. Thankfully no-one hurt. The unit is tagged "do not use" and needs collecting. Please check the rest of that batch.

Chris Yeo (site manager, Fairfield)
""")

m("Emily Sandoval <emily.s@sandoval-hq.example>", "re order 5541 - lost my subscription history",
  "data_loss", None, "hot sauce; account history lost",
  """hi, since you moved to the new subscription system my account shows zero past orders and my loyalty points are gone (I had 2,300 points!). the points were real money to me. can they be put back?
""")

m("Olivia Brandt <olivia.brandt@brandt-events.example>", "Arcade hire - your staff member threatened my husband",
  "discrimination_harassment severe_dissatisfaction", None, "retro arcade hire; staff threatening",
  """When your two men came to collect the machines on Sunday, my husband pointed out they had scraped our hall floor. The taller one squared up to him and said "say that again and see what happens". He then swore at me in front of my children.

I am absolutely disgusted. I have never been treated like that by anyone working for a company.
""")

m("Ben Castle <ben.castle@castle-builds.example>", "Will be going to the Ombudsman",
  "regulatory", None, "farm stay; ombudsman complaint over holiday",
  """Your final response letter dated 2 Aug did not resolve my complaint about the farm stay that was uninhabitable (no water for 3 of 5 days). I've now referred the complaint to the travel ombudsman scheme you belong to. Reference to follow.
""")

m("Adaeze Nwosu <adaeze.nwosu@nwosu-consult.example>", "Kite festival stall - 3 times called, still nothing",
  "repeat_contact manager_request", None, "kite shop; repeat, wants supervisor",
  """Hello,

I called on Monday, Wednesday and again this morning about the trade stall order for the Bristol kite festival. Every time I'm told someone will email me. Could I please speak to a supervisor or whoever is in charge of trade accounts? I'm running out of time.

Adaeze
""")

m("Chloe Bassett <chloe.bassett@bassett-mail.example>", "Loved it - but the app lost our game progress",
  "data_loss technical_issue", None, "mobile escape room; tablet lost team progress",
  """Hi!

We did your Pirate's Curse trailer at the village fete, great fun. Only problem: with 10 minutes left the game tablet restarted itself and all our unlocked clues were gone, back to zero. The staff said it happens "now and then". Could you look at that? Otherwise 10/10.

Chloe
""")

m("Ray Mortimer <ray.mortimer@mortimer-dev.example>", "overcharged",
  "billing_dispute", None, "ice hockey sharpening; overcharged",
  """Sharpened 4 pairs, sign says £8 a pair, I was charged £48 on card. Please refund £16.
Ray
""")

m("Isabel Frost <isabel.frost@frost-farm.example>", "A suggestion re farm stay listings",
  "feature_request", None, "farm stay; wants new filter",
  """Dear team,

We've used your site for three family holidays now and love it. One thing that would make a big difference for us: a way to filter for farms where children can actually help with the animals (feeding, milking etc.) rather than just "child friendly". Perhaps a tick box for hosts?

Many thanks,
Isabel
""")

m("Ken Adebayo <ken.adebayo@adebayo-legal.example>", "my lawyer will be in touch",
  "legal_threat severe_dissatisfaction", None, "escape room trailer; damage to property",
  """Your trailer driver reversed into our garden wall at the school fete, knocked down two metres of it and drove off. Your office has ignored three emails. Frankly the most appalling customer service I've encountered. My lawyer will be contacting you directly about the cost of repair.

K. Adebayo
""")

m("Lisa Crane <lisa.crane@crane-music.example>", "pianola roll restoration quote - £5,400, no reply for weeks",
  "high_value_order", None, "piano roll restorer; >5000 unresolved",
  """Hi,

We accepted your quote of £5,400 for the full restoration of our Steck pianola and the 30 rolls in March and paid the 50% deposit. Since then we've heard nothing, no start date, and your workshop doesn't answer. Could you tell me where we stand?

Lisa Crane
""")

m("Tariq Aziz <tariq.aziz@aziz-net.example>", "Your new sub box app - everything is broken",
  "technical_issue severe_dissatisfaction cancellation_threat", None, "hot sauce subscription; app rage",
  """Your "improved" app is a joke. Can't skip a month, can't change address, the button just does nothing, and the chat bot loops. I've wasted an hour. Honestly this is the most incompetent update I've seen from any company. Fix it or I'm done, I'll cancel and go to PepperPost.
""")

m("Rosie Hamill <rosie.hamill@hamill-home.example>", "posting a review",
  "media_threat", None, "charity shop online; review threat",
  """I have not had the dress I paid for three weeks ago and your tracking link has said "label created" since day one. If I don't hear back by Friday I'll be writing a full review on Trustpilot and Google about my experience.
""")

m("Ian Muir <ian.muir@muir-eng.example>", "Sent from Outlook Mobile - track fell apart",
  "technical_issue", "looks_automated", "garden railway; phone sig and short",
  """The 3 point motors from last week just click and don't throw the points, on 12V and on 16V. Bad batch?

Get Outlook for Android
""")

m("Anna Kowalczyk <anna.kowalczyk@kowalczyk.example>", "Question about my order please",
  "billing_dispute", None, "sea glass jewellery; non-native English wrong charge",
  """Hello, sorry for my english. I order one bracelet of sea glass, price was 35 pound. But in my bank is taken 53 pound. I think maybe someone have change the numbers? I dont understand why is different. Please can you explain and give back the difference. Thank you very much, Anna
""")

m("Hugo Barnes <hugo.barnes@barnes-outdoor.example>", "Tandem hire - ongoing issue, escalate please",
  "manager_request technical_issue", None, "tandem hire; e-assist battery fault",
  """Hi,

The e-assist tandem (TB-6021) battery cuts out after about 5km even when showing full. Depot staff swapped batteries twice, same result, so it must be the controller.

Please escalate this to whoever handles fleet maintenance, the depot seem to have run out of ideas.

Hugo
""")

m("Daisy Pennington <daisy.p@pennington-mail.example>", "Subscription - charged after I cancelled",
  "billing_dispute", None, "sourdough starter club; charged after cancellation",
  """Hi, I cancelled my Starter-of-the-Month club on 20 June (I have the confirmation email, "We're sorry to see you go!"). On 1 July you charged me £12.50 anyway. Could you refund that please?
Daisy
""")

m("Peter Lang <peter.lang@lang-estates.example>", "Board of directors contact",
  "corporate_contact_request", None, "retro arcade hire; asks for board contact",
  """Good afternoon,

Could you let me have a contact address for your board of directors or your company secretary? We have a matter regarding the hire agreement that I would like to raise at that level.

Regards,
Peter Lang
""")

m("Maya Lindqvist <maya.lindqvist@lindqvist-art.example>", "your beekeeping kit - smoker caught fire",
  "safety technical_issue", None, "beekeeping course; defective smoker",
  """The smoker from the school kit you sent - the bellows seam came apart and burning hessian fell out onto the grass while a pupil was holding it. Small grass fire, put out with the water bucket. The child was not burned but it was close. Please look at these smokers before anyone else uses one.
""")

m("Ruth Evans <ruth.evans@evans-bakery.example>", "Starter shop - my recipes vanished",
  "data_loss", None, "sourdough starter webshop; saved recipes lost",
  """Hello, I had about 60 recipes saved in my account in the "my bakes" section, with notes on hydration etc. Today they are all gone. Nothing else changed. Can you restore them?? Years of notes.
""")

m("Craig Anders <craig.anders@anders-sport.example>", "sharpening machine booking portal 500 error",
  "outage technical_issue", None, "ice hockey sharpening; portal down",
  """Your whole portal has been throwing 500 Internal Server Error since this morning. Can't book, can't see slots, can't even open the home page. Team has a game tonight.
""")

m("Fatima Idris <fatima.idris@idris-family.example>", "I will contact the CFPB about this",
  "regulatory billing_dispute", None, "hot sauce subscription; US customer, CFPB",
  """Hello,

You continued to bill my card $34.99 every month for three months after I cancelled (cancellation confirmation #HS-88120). My bank told me to ask you first. If I don't see a refund of $104.97 within ten days I'll be filing a complaint with the CFPB and the state attorney general.

Fatima
""")

m("Jack Moran <jack.moran@moran-coaching.example>", "Arcade hire portal - security problem?",
  "security_incident", None, "retro arcade hire; suspicious login",
  """Got an email saying there was a new login to my account from a device in another country at 3am, which wasn't me, and then my saved payment card was used to book two machines I don't want. Changed my password now. Please cancel those bookings and tell me if anything else was accessed.
""")

m("Tessa Reid <tessa.reid@reid-studio.example>", "dome rental - we were promised a full refund",
  "broken_promise billing_dispute", None, "planetarium dome; promised refund not done, charged full",
  """Hi,

Your manager Alan confirmed on the phone that as the dome arrived with a torn panel and we couldn't use it, we wouldn't be charged. We've now been charged the full £895 on the card held on file. Please reverse that charge as agreed.

Tessa Reid
""")

m("Felix Green <felix.green@green-loco.example>", "you are going to be in the papers",
  "media_threat", None, "garden railway; press threat",
  """I'm a member of three garden railway forums and write a column for a model railway magazine. If I don't get a proper reply about my loco that has now been "in the workshop" since February, I will write about it, names and all.
""")

m("Sophie Turner <sophie.turner@turner-family.example>", "Kite - I will dispute the payment",
  "billing_dispute", None, "kite shop; chargeback threat",
  """The kite was returned on 12 April (tracked, signed for by "K. Ellis"), and I still haven't had my £129 back. If it isn't refunded by Monday I'm asking my bank for a chargeback.
""")

m("Gordon Blake <gordon.blake@blake-farms.example>", "FARM STAY - LEGIONELLA???",
  "safety", None, "farm stay; health hazard water",
  """We've just got back from Meadow End. Two of us have since been in hospital with what the doctor says is likely Legionnaires' disease. The hot water there was lukewarm and smelt stagnant all week. I'm letting you know so you can close that cottage and check the water system before the next guests arrive.
""")

m("Linda Faulkner <linda.faulkner@faulkner-hr.example>", "Convention refund - I've written to your chairman",
  "executive_contact repeat_contact", None, "soap opera fan convention; wrote to chairman",
  """This is my third time asking for my refund for the cancelled Sunday. I have also now written to your chairman by post. Please process the refund.
""")

m("Omar Haddad <omar.haddad@haddad-co.example>", "Escape room trailer booking disappeared",
  "data_loss technical_issue broken_promise", None, "mobile escape room; booking record lost",
  """Hello,

We booked the Zombie Lab trailer for our youth club's 10th birthday on 21 Sept. Your confirmation email said you'd call a week before to confirm the pitch. No call, and when I rang today there's no trace of our booking in your system at all. The reference (ZL-4471) "doesn't exist". I have the confirmation, I paid £350.

Omar Haddad
""")

m("Grace Whitfield <grace.whitfield@whitfield-mail.example>", "Beekeeping course online portal down for all schools",
  "outage technical_issue", None, "beekeeping course; course portal unreachable for several schools",
  """Morning, our teachers can't get into the course portal at all - it just says "site can't be reached". The other two schools in our trust have the same. Lesson starts at 10.
""")

m("Stan Wexford <stan.wexford@wexford-rail.example>", "Re: Your order has shipped",
  "broken_promise", "looks_automated", "garden railway; reply to shipping notice",
  """Your "order has shipped" email came on the 2nd. It's the 19th. Tracking has never updated. The rep promised me it would be here for the open day and it wasn't.

> Your order GR-23340 has shipped!
> Estimated delivery: 4-5 working days.
""")

m("Rebecca Stone <rebecca.stone@stone-partners.example>", "Farm stay - formal complaint",
  "legal_threat corporate_contact_request", None, "farm stay; wants registered office for a claim",
  """Hello,

Please send me the registered office address of the company that operates this website. My partner and I intend to issue a county court claim for the cost of the alternative accommodation we had to book when Hilltop Farm turned us away on arrival.

Rebecca Stone
""")

m("Paul Okoro <paul.okoro@okoro-fam.example>", "re: escape room - what your staff said to my daughter",
  "discrimination_harassment executive_contact", None, "mobile escape room; staff mocked disabled child, wrote to MD",
  """I have already sent a letter to your managing director about this but want it on record with you too. Your games host at the Fenwick fair told my daughter, who is deaf, to "stop pretending she can't hear the clues" and then mimicked her speech to the other kids. I want him nowhere near children again.

Paul Okoro
""")

m("Dana Whitley <dana.whitley@whitley-news.example>", "Request for comment: charity shop data incident",
  "media_threat", None, "charity shop online; journalist asks about breach (hearsay)",
  """Hi,

I'm a freelance journalist writing for a regional consumer site. Several readers say their names and addresses were visible to other shoppers on your online charity shop last weekend. Could your press office confirm whether this happened and how many customers were affected? Deadline is 5pm Thursday.

Dana Whitley
""")

m("Marcus Hale <marcus.hale@hale-hockey.example>", "Sharpening booking system down again + idea",
  "outage technical_issue feature_request", None, "ice hockey sharpening; outage plus suggestion",
  """Morning - online booking has been completely unreachable since about 7am (timeout on every page, mobile and desktop). When it's back, could you maybe add text-message reminders for drop-off slots? Half our team forget.

Marcus
""")

m("Joanne Pratt <joanne.pratt@pratt-home.example>", "someone used my account",
  "security_incident billing_dispute", None, "hot sauce subscription; account taken over, charges",
  """Somebody got into my Fire Club account - my password stopped working and then I got confirmation emails for three gift subscriptions I never ordered, £89.97 taken from my card. I did not authorise that. Please refund it and reset the account.
Jo
""")

m("Trevor Lam <trevor.lam@lam-engineering.example>", "Consumer protection",
  "regulatory broken_promise", None, "retro arcade hire; consumer protection complaint",
  """You told me in writing on 2 March that my £180 deposit would be returned when the pinball went back undamaged. It went back undamaged. Two months on, nothing. I've lodged a complaint with the consumer protection service at the council and sent them your email.
""")

m("Alison Rae <alison.rae@rae-school.example>", "Your website lost our booking and the portal is down",
  "outage data_loss technical_issue", None, "planetarium dome; outage and booking lost",
  """Hi, your booking portal has been offline all day ("service unavailable"), and when it briefly came back our confirmed booking for 14 November had vanished from the list. Please tell me it still exists on your side!
Alison Rae, Rae Academy
""")

m("Vikram Shah <vikram.shah@shah-industries.example>", "Arcade package - £11,800 contract, nothing works",
  "high_value_order manager_request severe_dissatisfaction technical_issue", None, "retro arcade hire; big contract, angry",
  """Our summer festival contract with you is £11,800. Half the cabinets you installed on Friday are showing coin errors and won't start, your technician left at 6pm and hasn't answered since. This is utterly unacceptable for a contract this size.

Get me someone senior on the phone today.

Vikram Shah
""")

m("Joan Lester <joan.lester@lester-mail.example>", "Please add large print",
  "feature_request", None, "charity shop online; accessibility feature",
  """Dear shop, please could you add a way to make the writing bigger on your website? My eyes aren't what they were and the prices are tiny. My granddaughter says other sites have a button for it. Thank you. Joan Lester (aged 81)
""")

m("Kieran Doyle <kieran.doyle@doyle-rail.example>", "I'll be taking this further",
  "legal_threat regulatory", None, "garden railway; trading standards + solicitor",
  """I've now passed the whole file on the faulty controller to Trading Standards and my solicitor has a copy as well. You've had two months to put this right.
Kieran Doyle
""")

m("Amara Obi <amara.obi@obi-family.example>", "Tandem hire staff - racist remarks",
  "discrimination_harassment manager_request", None, "tandem hire; racist staff",
  """When we returned the tandem on Saturday, the man at the depot said "you lot always bring them back filthy" and then to my husband "go back where you came from if you can't ride properly". There were witnesses. I would like the area manager to call me.

Amara Obi
""")

m("Jess Morland <jess.morland@morland-baking.example>", "starter website hacked??",
  "security_incident", None, "sourdough webshop; defaced site/phishing",
  """Your home page is showing a big "claim your prize" pop-up asking for card details, and my saved address appeared in it already filled in. That can't be right - I think your site has been hacked. Don't want anyone else falling for it.
""")

m("Graham Fenwick <graham.fenwick@fenwick-grp.example>", "Who is your Chief Executive",
  "corporate_contact_request executive_contact", None, "soap opera convention; asks for CEO email",
  """I'd like the name and email address of your Chief Executive, please. Three weeks and no refund for a cancelled event is something I want to raise with the top.
""")

m("Ruth Ambler <ruth.ambler@ambler-farm.example>", "Going to the press about Willow Barn",
  "media_threat severe_dissatisfaction", None, "farm stay; press threat, disgust",
  """The "luxury" cottage had mouse droppings in the kitchen drawers and a mattress stained so badly we slept in the car. Revolting. I've been in touch with a journalist at the local paper who is very interested, and my TikTok has 12k followers.
""")

m("Pete Carlisle <pete.carlisle@carlisle-sports.example>", "piano roll scans - corrupted files",
  "data_loss technical_issue", None, "piano roll restorer; digitised files corrupted",
  """The MIDI scans of my grandfather's rolls you sent on the USB stick - 20 of the 34 files are corrupted, they won't open in anything and show 0 KB. You told me you don't keep copies. Those rolls have since gone to the museum. Can anything be recovered?
""")

m("Claudia Meyer <claudia.meyer@meyer-kites.example>", "kite order website - can't reach at all",
  "outage technical_issue", None, "kite shop; whole site unreachable",
  """Your shop has been down since last night. DNS error from home, from work and on 4G. Is the whole thing offline?
""")

m("Sonia Patel <sonia.patel@patel-consulting.example>", "Beekeeping invoice - £6,750 for a £3,750 course",
  "high_value_order billing_dispute", None, "beekeeping courses; invoice over 5000 wrong",
  """Hi, our trust booked the beekeeping programme for five schools at £750 each. Your invoice BK-3390 says £6,750 - you've billed nine schools. Please reissue for £3,750; our finance team won't pay the current one.

Sonia Patel, Trust Business Manager
""")

m("Howard Finch <howard.finch@finch-holdings.example>", "cc: Ms Alvarez (your CEO)",
  "executive_contact media_threat", None, "sea glass jewellery; cc'd CEO, threatens reviews",
  """I've copied your CEO, Ms Alvarez, on this. The necklace I bought for our anniversary fell apart on day two and your team's response was a form letter. Unless it's resolved I'll be leaving detailed reviews everywhere I can.
""")

m("Bryony West <bryony.west@west-school.example>", "Would love a feature: class booking for the dome",
  "feature_request", None, "planetarium dome; feature request",
  """Hello! Would it be possible to book the dome for several classes in one go on your website? Right now I have to do six separate bookings for the same day. A "multi-class" option would be brilliant.
""")

m("Lionel Grey <lionel.grey@grey-mail.example>", "Sudsfest - your security guard",
  "discrimination_harassment", None, "soap opera convention; harassment by security staff",
  """One of your security guards followed my partner around the hall for an hour, commenting on her body and asking for her number, and grabbed her arm when she walked away. When she reported it at the info desk they laughed. This needs dealing with.
""")

m("Anita Ross <anita.ross@ross-home.example>", "feature please",
  "feature_request", None, "hot sauce subscription; feature request",
  """could you add a "mild only" option to the subscription? my husband loves it but I can't take the superhots. thanks!
""")

m("Dominic Vale <dominic.vale@vale-group.example>", "Head office details and legal department",
  "corporate_contact_request", None, "garden railway; legal dept contact",
  """Please send me the email address of your legal department and your head office telephone number. The depot line just rings out.
""")
