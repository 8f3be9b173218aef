# English customer mails with at least one trigger. Hand-written literals.
from h14_base import M

LANG = "en"
MSGS = [
M("billing_dispute,legal_threat", "-", "Gareth Pryce <g.pryce@valleymail.example>",
  "Deposit taken twice for the Sprinter build",
  """
Hi,

I booked the half-conversion package on the LWB Sprinter back in March and paid the deposit of 1,200 on the 4th. Looking at my bank statement this morning the same 1,200 has come out again on the 19th, same reference, same everything.

Nobody at the workshop could tell me why when I rang. I've now passed copies of both statements to my solicitor and she'll be writing to you separately if the second payment isn't back in my account by the end of next week.

Gareth Pryce
"""),

M("technical_issue", "-", "Priya Raman <priya.r@inbox.example>",
  "app keeps crashing when I open the class list",
  """
Every time I tap "My classes" in the app it goes white for a second and then closes itself. Reinstalled twice, same thing. Phone is a Pixel 7, latest update. I can still see everything on the website so it's only the app. Can you have a look? My next puppy class is Thursday and I need the venue details.

Priya
"""),

M("outage,technical_issue", "-", "Dominic Hale <dhale@hale-partners.example>",
  "Booking site not loading AT ALL",
  """
Your booking website has been giving me a blank page with "503 Service Temporarily Unavailable" since about 7am. Tried on my laptop, phone, my wife's phone, at home and at work. None of your pages load, not even the front page. We're trying to book the tandem flights for my dad's 70th and the weekend slots go fast.

Is someone aware?
"""),

M("severe_dissatisfaction,technical_issue", "-", "Ron Bexley <ron.bexley@postbox.example>",
  "THE MACHINE ON THE 3RD FLOOR",
  """
THIS IS THE FOURTH WEEK THE BEAN-TO-CUP ON OUR THIRD FLOOR HAS SHOWN "DESCALE ERROR E12" AND REFUSED TO MAKE ANYTHING. FORTY PEOPLE ON THAT FLOOR AND NOT ONE COFFEE. WE PAY YOU EVERY MONTH FOR A SERVICE CONTRACT AND WHAT WE GET IS A BROKEN BOX WITH A BLINKING LIGHT. FRANKLY IT IS PATHETIC AND I AM SICK OF MAKING EXCUSES FOR YOU TO MY STAFF.

Ron Bexley
Facilities
"""),

M("repeat_contact,technical_issue", "-", "Lucy Fairweather <lucyfw@mailbox.example>",
  "Re: Re: Re: permit QR code won't scan",
  """
Hello again,

This is now my fourth message about the same thing. The QR code on my recycling-centre permit still won't scan at the barrier at Millbrook. The attendant has to type in my reg by hand every single time and there's a queue behind me. I've sent a photo of the code twice, rebooked my slot once, still nothing.

Could someone please actually look at it this time.

Lucy Fairweather
""", reply=True),

M("broken_promise", "-", "Tom Okafor <tom.okafor@fastpost.example>",
  "callback?",
  """
Hi there, Tom again. On Monday your colleague Hannah told me a technician would ring me "first thing Wednesday" to arrange the hot tub heater swap. It's Friday afternoon. No call, no email, nothing. Can I get a date please.
"""),

M("feature_request", "-", "Ines Carvalho <ines.carvalho@studio.example>",
  "Small suggestion for the paint-along bookings",
  """
Hello!

I love the monthly miniature paint-along evenings and the booking page works fine. One thing that would make my life easier: could you let us pick which kit we want when we book, rather than choosing at the door? Half the time the Space Marines sell out before I arrive and I end up with a dragon I don't want. Even a simple dropdown would do.

Thanks for all the hard work,
Ines
"""),

M("safety,technical_issue", "-", "Martin Gillespie <mgillespie@northbay.example>",
  "Hot tub - tingling when touching the rail",
  """
Good evening,

Your team installed our six-seater on the 12th. Tonight my daughter put her hand on the metal grab rail while her feet were in the water and said she felt a tingle "like a battery". I touched it and felt the same, quite clearly. I've switched it off at the isolator and nobody is going near it.

Please can an electrician come out urgently. I have two small children and I'm not comfortable with this at all.

Martin Gillespie
07700 555 204
"""),

M("security_incident", "-", "Hannah Voss <hvoss@mailhaus.example>",
  "Someone changed my sauna membership email?",
  """
Hi,

Yesterday I got an email saying the address on my spa membership had been changed to one I've never seen (something ending in .example). I didn't do that. When I tried to log in my password didn't work any more. Then this morning I got a booking confirmation for a couples massage in Leeds, I live in Bristol.

Someone has got into my account. Please lock it and tell me what they could see, my card is saved on there.

Hannah
"""),

M("data_loss,technical_issue", "-", "Callum Reid <callum@reidfamily.example>",
  "All my listings vanished",
  """
I had 34 textbooks listed for sale on my seller page, took me most of a Sunday to photograph and write up. Logged in today and the page says "You have no active listings". Not sold, not expired - just gone, and the drafts folder is empty too. Is there any way to get them back? I really don't want to do all of that again.

Callum
"""),

M("cancellation_threat,severe_dissatisfaction", "-", "Margaret Ellery <m.ellery@ellery-law.example>",
  "Yoga retreat - Saturday",
  """
Dear Sir or Madam,

I returned on Sunday from the "Restorative Weekend" at your Dorset venue and I have to tell you it was, without exaggeration, the most shambolic weekend I have ever paid for. The rooms were not ready until 9pm, the teacher did not arrive for the Saturday morning session at all and the food ran out twice.

I have been a member of your retreat club for six years. I will not be renewing it in September, and I will be telling the friends who came with me to do the same.

Margaret Ellery
""", note="sender domain 'ellery-law' is not a legal threat"),

M("manager_request", "-", "Steve Mundy <stevemundy@phonemail.example>",
  "need someone more senior",
  """
Sent from my phone so excuse typos. Ive been going back and forth with the lad on your live chat about the tow bar wiring for 40 min and he clearly doesnt know the answer, keeps pasting the same FAQ. Can someone who actually knows the electrics or whoever runs the fitting team give me a ring please. 07700 555 118
"""),

M("high_value_order,technical_issue", "-", "Alastair Doyle <a.doyle@doyle-haulage.example>",
  "Invoice INV-20931 / pop-top conversion",
  """
Hello,

We collected our Transporter from you on 2 May after the full pop-top conversion (invoice INV-20931, 18,450.00 GBP, paid in full). The roof will not stay up: the gas struts lose pressure within ten minutes and the roof drifts down onto whoever is standing in it. The leisure battery also does not charge from the alternator.

Please advise when the van can come back in.

Alastair Doyle
Doyle Haulage Ltd
"""),

M("media_threat", "-", "Kelly Brandt <kelly.brandt@inbox.example>",
  "the dog trainer",
  """
I'm not going to write an essay. The trainer at Sunday's group session shoved my dog's head into the ground to "show him who's boss" and told me to stop being soft. That's not the positive-methods school you advertise. Unless I hear back from you today, a full account is going up on the local dog owners' Facebook group (4,000 members) and on Google reviews tonight.
"""),

M("discrimination_harassment", "-", "Yusuf Demir <ydemir@postal.example>",
  "Comments made at check-in",
  """
Hello,

I attended the Saturday rapid-play tournament with my son. At registration the organiser looked at my name on the list and asked, loudly, if we "needed someone to translate the rules". We were born in Manchester. Later he told another parent, in front of us, that "these people always argue about the clock".

I would like to know whether this is how your club treats families like mine. My son does not want to play there again.

Yusuf Demir
"""),

M("regulatory,billing_dispute", "-", "Paula Simmonds <paula.simmonds@homemail.example>",
  "Charged after I cancelled - reporting to Trading Standards",
  """
I cancelled my spa membership in writing on 28 January and you confirmed it by email (I still have that email). You have taken 59.00 on 1 February, 1 March and 1 April anyway. That's 177.00 you had no right to take.

I've filed a complaint with Trading Standards this morning and I've given them your confirmation email. I'd still like my money back directly.

P. Simmonds
"""),

M("corporate_contact_request", "-", "Declan Moore <declan.moore@mooreco.example>",
  "address for formal letter",
  """
Hi,

Could you let me have the postal address of your registered head office, and the name of the company secretary or whoever I should address a formal letter to? The address on the website is just the Oxford workshop.

Thanks,
Declan Moore
"""),

M("executive_contact,severe_dissatisfaction", "-", "Fiona Castellan <fiona.castellan@ukmail.example>",
  "Fw to your chief executive",
  """
I have had it with your "support". Three weeks, no fountain pen, no answers, and the one person who replied told me my 1950s Parker was "probably lost in the post" as if that settles it. Disgraceful.

I've found Ms Okonjo's address on Companies House and I'm sending her the whole sorry saga this afternoon, since clearly nobody below her cares.

Fiona Castellan
"""),

M("broken_promise,billing_dispute", "-", "Jamie Lister <jlister@webpost.example>",
  "refund you said was on its way",
  """
Hi,

On the 3rd of June Carla from your accounts team wrote that the 85.00 overcharge for the cooking class (you charged me for two places, I only booked one) would be refunded "within 5 working days". It's now the 26th and there's no refund on my card.

Booking ref HC-55821. Please sort this.

Jamie
"""),

M("outage,technical_issue,severe_dissatisfaction", "-", "Rebecca Thorn <rthorn@thornbuild.example>",
  "Payment terminal AND website down - again",
  """
Your online permit shop has been down since Friday lunchtime - "Bad Gateway 502" on every page - and the card machine at the Westfield site is "offline" too, so the attendant sent me home with a trailer full of garden waste. Absolute shambles. This happens every bank holiday and you never learn.

Rebecca Thorn
"""),

M("safety,technical_issue", "-", "Neil Prentice <neil.prentice@fastpost.example>",
  "Roof bars came off on the A34",
  """
Hello,

You fitted a set of aluminium roof bars to my Octavia last Tuesday. Yesterday on the A34 at about 60 the front bar lifted and the whole lot, with two kayaks, flew off into the verge. By pure luck nothing was behind me. When I looked at the foot pads, two of the bolts were only finger-tight.

Somebody could have been killed. I need you to check every fitting that this technician did that day.

Neil Prentice
"""),

M("technical_issue", "own_holiday", "Agnes Whitlow <agnes.whitlow@postmail.example>",
  "ribbon advance not working after service",
  """
Dear repair team,

I collected my Olympia SM3 from your shop on Saturday after the clean and service. Unfortunately the ribbon no longer advances: the spool on the left turns, but the right one stays still, so the letters get fainter after a line or two. It was working before I brought it in, only the carriage return lever was sticking.

I am away in Portugal from the 10th to the 24th, so any time after that is fine to bring it back in.

Kind regards,
Agnes Whitlow
"""),

M("legal_threat,billing_dispute", "-", "Brian Cotter <bcotter@cottermail.example>",
  "Final notice before small claims",
  """
Dear Sir/Madam,

You took a 350.00 cancellation fee when my paragliding course was cancelled by YOU for bad weather. Your own terms say weather cancellations are rescheduled or refunded in full. I have asked twice politely.

If the 350.00 is not back with me within 14 days I will issue a claim in the small claims court without further notice.

B. Cotter
""", note="a specific 350.00 fee the customer says was taken contrary to the terms -> billing_dispute"),

M("feature_request", "praise", "Sam Whitely <sam.whitely@mailbox.example>",
  "love the new tournament app - one wish",
  """
Hi all,

The new pairings app is brilliant, way faster than the paper sheets. One wish: any chance you could add a way to see the live standings of other sections, not just mine? At the county congress we all crowd round the one printout at lunch. Would save a lot of elbowing!

Cheers,
Sam
"""),

M("cancellation_threat,technical_issue", "-", "Oliver Grant <ogrant@grantmedia.example>",
  "coffee contract",
  """
Hi,

Three engineer no-shows this quarter. The milk frother on the Pro 5 still isn't fixed properly. We are at the point where I'm getting quotes from two other suppliers and we'll go with one of them when our contract comes up in October unless something changes fast.

Oliver Grant
Office Manager
""", trap2="job_title"),

M("data_loss,technical_issue,repeat_contact", "-", "Helen Marsh <helenmarsh@pointmail.example>",
  "STILL missing - my course notes",
  """
Hello, I've now emailed three times and called once about the recipes and notes from my 8-week home chef course that disappeared from the student area after your update. All 8 weeks' worth of downloadable recipe cards, my uploaded photos, my tutor's comments, gone. The page just says "No materials yet".

Please can someone tell me if these can be restored.

Helen
"""),

M("manager_request,severe_dissatisfaction", "-", "Craig Lomax <craig.lomax@webmail.example>",
  "Disgusting treatment of my mother",
  """
My mother (84) was booked for private ambulance transport to her hip appointment at 10:30 on Tuesday. The crew arrived at 12:15, she missed the appointment, and when she got upset one of them rolled his eyes and told her she "should be grateful". Absolutely disgusting.

I want whoever is in charge of your crews to call me. Not a customer service agent - the person responsible.

Craig Lomax
""", note="rude crew remark is not harassment/discrimination in the triggers.md sense"),

M("high_value_order,broken_promise", "-", "Isobel Fenwick <isobel@fenwick-estates.example>",
  "Hot tub installation - deposit and missed date",
  """
Dear team,

We signed for the Aurora 7 with the cedar surround and groundworks in February, total 11,280 GBP, of which we paid a 5,000 deposit. We were promised installation "by Easter at the latest" in writing. It is now the end of May and we have neither a tub nor a date. The garden has been dug up since March.

Please confirm an installation date this week.

Isobel Fenwick
"""),

M("security_incident", "-", "Malcolm Dunn <malcolm.dunn@dunnaccounting.example>",
  "Phishing email from your address?",
  """
Hi,

Several members of our chess club (myself included) received an email this morning apparently from your tournament entries address asking us to "re-confirm our card details" for the winter congress, with a link to a site that is not yours. The headers look like it really came from your mail server. Two older members have already typed their card numbers in.

Has your system been compromised? You need to warn people.

Malcolm Dunn
Treasurer, Hollins Chess Club
""", trap2="job_title"),

M("technical_issue", "-", "Rachel Kwan <rachel.kwan@kwanmail.example>",
  "calendar sync puts lessons an hour late",
  """
Hi there,
since the clocks changed, all my dog-training sessions show up an hour late in my Google calendar after syncing from your site (class at 10:00 shows as 11:00). On your site itself the times are right. I missed Tuesday's recall class because of it. Is this a known bug?
Rachel
"""),

M("billing_dispute", "-", "Derek Sullivan <dsullivan@sullivanprint.example>",
  "coffee invoice - wrong number of machines",
  """
Hello,

Invoice CS-4471 for April charges us for service on 4 machines. We have had 3 since you took the fourth one away in January (your engineer signed the collection note). That's 38.50 too much every month since February. Please reissue and credit the difference.

Derek Sullivan
Sullivan Print
"""),

M("feature_request", "-", "Ava Lindqvist <ava.lindqvist@fjord.example>",
  "could the booking include a weight field?",
  """
Hi, quick idea rather than a complaint. When we book a tandem flight you ask for the passenger's weight on the phone afterwards. It would be easier for everyone if the online form simply had a weight box (and maybe a height one). Then you wouldn't have to ring round the day before.

Ava
"""),

M("regulatory,security_incident,technical_issue", "-", "Graham Pocock <gpocock@gpmail.example>",
  "Other people's addresses in my order confirmation",
  """
Dear Sirs,

My order confirmation from your textbook marketplace (order 77120) contained, below my own order, the names, home addresses and phone numbers of about a dozen other buyers. I have not shared it with anyone. However this is a serious breach of data protection law and I have reported it to the Information Commissioner's Office today, as I believe I am obliged to.

Graham Pocock
""", note="exposure of other customers' data through the product -> security_incident; reported to ICO -> regulatory; the product exposing data is also technical_issue"),

M("broken_promise,repeat_contact", "-", "Natalie Rhodes <natalie.rhodes@rhodesmail.example>",
  "tow bar electrics - waiting since June",
  """
I'm writing again - that's the third email, plus two calls - about the 13-pin socket you fitted. Each time someone says "the part is ordered, we'll call you to book in". No call has ever come. It's been seven weeks and our caravan holiday is in ten days.
"""),

M("severe_dissatisfaction", "-", "Ken Alderton <ken.alderton@homemail.example>",
  "your so called 'deep clean'",
  """
I paid for a 'deep clean and reseal' of my hot tub. Your man was here for twenty minutes. The filters are the same filthy filters, the water is green by day three, and there's a cigarette end in my flower bed that wasn't there before.

Honestly this is the most contemptuous bit of workmanship I have ever paid for. I'm livid.
"""),

M("technical_issue,feature_request", "-", "Zoe Pemberton <zoe@pembertondesign.example>",
  "Two things: upload error + wishlist",
  """
Hi,

1) When I try to upload photos of my finished miniatures to the gallery, anything over about 3 MB fails with "Error 413 - request entity too large". Phone photos are all bigger than that nowadays.

2) Totally separate, but it would be fab if the gallery let you tag the paints you used (e.g. "Abaddon Black, Nuln Oil") so others could search by them.

Thanks! Zoe
"""),

M("outage,technical_issue", "maintenance_question", "Tariq Hussain <tariq.h@mailfront.example>",
  "Can't log in - is this the maintenance?",
  """
Hello,

Since about 8pm nobody in our house can get into the spa members' area: the login page just spins and then says "Service unavailable". Same on the app. Was this the planned maintenance you mentioned in the newsletter? I thought that was next Sunday. If it's not that, then something is very wrong on your end.

Tariq
""", note="cannot log in at all, whole service unavailable -> outage despite maintenance question"),

M("cancellation_threat,billing_dispute", "-", "Joanne Leckie <jleckie@leckiehome.example>",
  "price went up without warning",
  """
Hi,

My standing order for the puppy school went from 42 a month to 55 this month, I was never told. I signed up at 42 and the welcome letter says that's the fee for the whole 12 weeks.

If you're going to change the price without asking me I'll find another school, there are two in town. Please refund the 13.

Jo
"""),

M("legal_threat,safety", "-", "Victor Ambrose <victor.ambrose@ambrosechambers.example>",
  "Burns sustained in the sauna on 14 March",
  """
Dear Sirs,

On 14 March my wife sustained second-degree burns to her left forearm when she brushed against the unguarded stove in the infrared cabin at your Clifton spa. The protective rail was missing; staff told us it had been "off for repairs" for a month.

I have instructed a personal injury firm, who will be writing to you with a formal letter of claim. Please preserve any incident records and CCTV from that afternoon.

Victor Ambrose
""", note="sender domain 'chambers' irrelevant; he instructs a firm -> legal_threat"),

M("media_threat,severe_dissatisfaction,technical_issue", "-", "Lauren Pike <laurenpike@vanlife.example>",
  "what an absolute joke",
  """
12 weeks late. Cupboards hung crooked. Water tank leaking onto the floor. And today you tell me the electrics "need redoing" for another 900 quid.

I have 38k followers who watch our van build videos. You can guess what this week's video is going to be about, unless somebody sorts this out properly. You've been an utter joke from start to finish.

Lauren
"""),

M("executive_contact", "-", "Stuart Fane <stuart.fane@fanegroup.example>",
  "cc board",
  """
Hello,

I've copied this email to your board of directors using the addresses from your annual report, because I think they ought to know how long it takes your company to answer a simple question about the tournament entry fees I was charged twice.

Stuart Fane
""", t_extra="billing_dispute"),

M("discrimination_harassment,cancellation_threat", "-", "Amira Saleh <amira.saleh@mailspot.example>",
  "Why I'm leaving the women's session",
  """
Hi,

I've been coming to the Tuesday women-only sauna session for a year. Last week the new receptionist refused to let me in wearing my swim hijab, said it was "not hygienic" and "not what people here want to see", in front of the queue. The other women wear swim caps. I don't know what else to call that except discrimination.

Please cancel my membership at the end of this month. I don't feel welcome any more.

Amira
"""),

M("technical_issue", "second_email", "Philip Norcross <pnorcross@norcross.example>",
  "Re: gift voucher code rejected",
  """
Hi, this is my second email on this. The gift voucher code HCC-7T2Q-91 still says "code not recognised" at checkout for the Thai street food class. The voucher is valid until December according to the card. Could you check it on your side?

Phil
""", reply=True, note="second contact only; voucher code failing at checkout is broken behaviour"),

M("safety,technical_issue", "-", "Claire Moffat <claire.moffat@mailbay.example>",
  "harness buckle",
  """
Hello,

On yesterday's intro day one of the student harnesses (the red one, No. 6 on the tag) had a leg-strap buckle that opened on its own twice while we were ground-handling. The instructor just clipped it back. I was the one wearing it. I'd really rather nobody flew in it until it's been checked, honestly it gave me a fright.

Claire
"""),

M("billing_dispute,repeat_contact,severe_dissatisfaction", "-", "Harold Finch <harold.finch@oldmail.example>",
  "DOUBLE CHARGE",
  """
FOR THE THIRD TIME. I HAVE BEEN CHARGED 120.00 TWICE FOR THE SAME PEN REPAIR (ORDER 4419). I HAVE SENT THE BANK STATEMENT. I HAVE TELEPHONED. I AM SICK TO THE BACK TEETH OF YOUR FIRM.
"""),

M("corporate_contact_request,executive_contact", "-", "Beatrice Lamont <blamont@lamontfamily.example>",
  "Who owns this company?",
  """
Could someone please give me the direct email address of your managing director or CEO? I intend to write to her personally about the way my daughter's dog was handled at your residential training camp. I'm not interested in another ticket number.

Beatrice Lamont
"""),

M("technical_issue", "how_to", "Ethan Cole <ethan.cole@colemail.example>",
  "how do I reprint my permit - print button does nothing",
  """
Hi, how do I reprint my garden-waste permit? I tried the "Print permit" button on the account page but nothing happens when I click it, in Chrome or Edge. No pop-up, no download. I need it on the windscreen by Saturday.
Thanks, Ethan
""", note="how-to question but the print button is broken -> technical_issue"),

M("high_value_order,cancellation_threat", "-", "Ruth Ogilvie <ruth.ogilvie@ogilviecatering.example>",
  "Corporate retreat booking - group of 22",
  """
Dear Events Team,

We booked the three-night leadership retreat for 22 staff in October (contract YR-2288, 14,960 EUR). Eight days before arrival you have now told us that the main hall is "under renovation" and we would be in the annex with no sea view and no studio. That is not what we contracted for.

Either you put back what we booked or we will cancel and take the whole group elsewhere, and we'll expect the deposit back.

Ruth Ogilvie
Head of People, Ogilvie Catering
""", trap2="job_title"),

M("manager_request,repeat_contact", "-", "Gordon Hay <gordon.hay@highlandmail.example>",
  "take this higher please",
  """
Good morning,

I've been in touch four times now (two emails, two calls) about the wrong van being listed on my fitting booking and each time I get a different person who starts from scratch. I'd like this passed up to a team leader or supervisor who can take ownership of it.

Gordon Hay
"""),

M("severe_dissatisfaction,technical_issue", "sarcasm", "Mia Carrow <mia.carrow@urbanpost.example>",
  "Wonderful service as always",
  """
Oh brilliant, the app has logged me out AGAIN in the middle of paying for the yoga retreat and taken me back to the start with my basket empty. Fifth time tonight. Truly world-class. Whoever built this should be embarrassed, it's a total disgrace for a company charging what you charge.
"""),

M("outage,technical_issue,cancellation_threat", "-", "Jasper Knowles <jasper@knowlesclinic.example>",
  "Transport booking portal unreachable",
  """
Hello,

We are a small private clinic and book non-emergency transport for our patients through your portal every day. Since 06:00 the portal at book.example.test returns a timeout for all three of our users, and your phone line is just ringing out. We have four discharges today.

If this portal can't be relied on we will have to move to another provider, and I'll be recommending that to the partners this week.

Jasper Knowles
Practice Manager
""", trap2="job_title"),

M("broken_promise,technical_issue", "-", "Lydia Barnes <lydia.barnes@mailzone.example>",
  "the fix that was supposed to be in the last update",
  """
Hi, when I reported that the "mark as shipped" button on the textbook marketplace doesn't save (it reverts to "pending" after reload), I was told it would be fixed "in the next release, within two weeks". Two releases later, it still does exactly the same. My buyers think I'm not sending their books.
"""),

M("feature_request", "-", "Howard Pim <howard.pim@pimfamily.example>",
  "Suggestion - rated games export",
  """
Dear club committee,

Would it be possible to add a button on the members' page to download all of one's rated games in PGN? At the moment I copy them out one by one. Not urgent, just a suggestion from an old-fashioned player who likes to study his losses.

Regards,
Howard Pim
"""),

M("safety,severe_dissatisfaction,technical_issue", "-", "Denise Avery <denise.avery@averyhome.example>",
  "SMOKE from the coffee machine",
  """
The machine you serviced on Tuesday started SMOKING this morning in our kitchen, proper grey smoke and a burning plastic smell, and the plug was too hot to touch when we pulled it. There were people in the room. This is beyond a joke, it's outrageous that you'd leave a machine like that in an office.

Someone needs to come and take it away today.

Denise Avery
"""),

M("legal_threat,high_value_order", "-", "Leonard Croft <leonard.croft@croftlaw.example>",
  "Van conversion - breach of contract",
  """
Dear Sirs,

I write regarding the camper conversion of my Ford Transit (order VC-1193, contract value 27,300 GBP). The vehicle was due for handover on 1 June. Your workshop now says September. Over the past month the only response to my enquiries has been silence.

Please take this as notice that unless I receive a firm handover date within seven days, I will commence proceedings for breach of contract and recovery of the sums paid.

Leonard Croft
""", note="the sender is the aggrieved customer, writing in a personal capacity"),

M("security_incident,technical_issue", "-", "Tessa Blackwood <tessa.b@blackwoodmail.example>",
  "logged in and saw someone else's account",
  """
Hi,

This is quite worrying. I logged into the dog-school app this morning and it showed me a stranger's dashboard: her name, her dog's vet records, her address and her bookings. I logged out and in again and it went back to mine. So presumably other people can see my details too.

Tessa
"""),

M("data_loss,technical_issue", "-", "Oscar Whitfield <oscar.whitfield@whitmail.example>",
  "rating history wiped?",
  """
hi, my whole rating history on the club site is gone. the graph starts this month as if I'd just joined, and all 200-odd past games are missing from my profile. I've been a member since 2016. did something go wrong in the migration?
"""),

M("technical_issue", "non_native", "Jae-won Park <jaewon.park@kmail.example>",
  "Problem in paying the class",
  """
Hello,

I am trying to pay for the Korean temple food class on 18th but after I put card number the page is showing "Something went wrong (code 4)" and go back. I try 3 time with different card, same. The money is not taken I think. Please can you check what is wrong, I want really to join this class.

Thank you very much
Jae-won
"""),

M("regulatory", "-", "Sophie Haddon <sophie.haddon@haddonmail.example>",
  "Subject access request ignored",
  """
Dear Data Protection Officer,

On 2 February I submitted a subject access request asking for all personal data you hold about me as a former member of your spa. The statutory one month has long passed and I have had no reply at all.

I have today lodged a complaint with the ICO and included a copy of my original request.

Sophie Haddon
"""),

M("cancellation_threat", "-", "Arjun Mehta <arjun.mehta@mehtamail.example>",
  "think this is goodbye",
  """
Third cancelled yoga class this month because the teacher "couldn't make it". I'm paying for an unlimited pass and getting about half of what I paid for. If next month is the same I'm done, I'll take my pass money to the studio down the road.
"""),

M("media_threat", "-", "Gemma Hollis <gemma.hollis@newsdesk.example>",
  "Request for comment - Kestrel Coast Paragliding",
  """
Hello,

I'm a reporter with the Coastline Gazette. We're preparing a piece on complaints from students who say their course fees were not refunded after your school cancelled its spring intake. Could you tell me how many students were affected and whether refunds have been issued? Our deadline is 4pm Thursday.

Kind regards,
Gemma Hollis
Reporter, Coastline Gazette
""", note="journalist inquiry always fires media_threat; what she reports is hearsay"),

M("repeat_contact,severe_dissatisfaction", "-", "Terry Vance <tvance@vancebuilders.example>",
  "fifth email",
  """
Fifth email. Fifth. Not one reply to any of them. I've never dealt with such a useless bunch in my life. Where is my typewriter?

Terry Vance
"""),

M("technical_issue", "long_rambling", "Maureen Quigley <maureen.quigley@quigleyhome.example>",
  "A few bits and pieces",
  """
Dear all,

I hope you are keeping well. I wanted to drop you a note after our Christmas cookery class last week, which I must say my sister and I enjoyed enormously, particularly the chef's tip about warming the plates, which I had never thought of in forty years of cooking. We have already made the orange and cranberry stuffing twice since.

A couple of things while I'm writing. First, my sister Dorothy would like to book the spring pastry course for her birthday, so could you let me know when the dates come out?

Secondly, and this is the real reason I'm writing, I think there may be something wrong with your website. When I try to open the recipe pack from the class, the download link takes me to a page that says "File not found - 404" and nothing downloads. I tried on my computer and on Dorothy's tablet. The other recipe packs from earlier classes still open fine, it is just this one.

Finally, do you sell gift vouchers for the knife skills class? Our nephew is just starting university and he is living on toast.

Many thanks and warm wishes,
Maureen Quigley
"""),

M("billing_dispute", "large_amount_ok", "Chris Addo <chris.addo@addocontracting.example>",
  "Query on installation invoice",
  """
Hi,

Thanks for fitting the hot tub last week, the lads were great and it's all running fine. The invoice total of 9,840 matches the quote, no issue there.

The only thing is you've added a separate 145.00 "waste removal" line which was already included in the quote (I've attached the quote, see line 7). Could you remove that and send me a corrected invoice before I pay?

Chris
""", pack="mixed", note="large amount is fine; only a 145 line is disputed, so not high_value_order"),

M("executive_contact,manager_request", "-", "Norma Beale <norma.beale@bealehome.example>",
  "I want a manager or I go to the top",
  """
I have been fobbed off by your agent on the phone. I want a manager to phone me by the end of today. If that doesn't happen, tomorrow morning I'm emailing your CEO directly, I've already got his address from LinkedIn.

Norma Beale
"""),

M("safety,technical_issue", "-", "Patrick Lyle <patrick.lyle@lylefarm.example>",
  "Gas smell in the van",
  """
Hi,

Since picking up the van after the conversion we can smell gas near the hob whenever the bottle is turned on, even with the hob off. We've turned the bottle off at the valve and are not using anything in there. Can you tell us what to do? We're meant to go away on Friday with the kids.

Patrick
"""),

M("discrimination_harassment", "-", "Beth Olusanya <beth.olusanya@olumail.example>",
  "Behaviour of one of your crew",
  """
Hello,

I booked a patient transport for my brother, who is a wheelchair user, on 3 October. One of the two crew members (I believe his name was Wayne) spent the entire journey making comments like "you lot cost the NHS a fortune" and "I'm not your carer, mate", and when we arrived he left my brother's wheelchair in the rain while he finished his cigarette.

My brother was humiliated. I want to know what you are going to do about this man.

Beth Olusanya
"""),

M("technical_issue,data_loss,outage", "-", "Kieran Walsh <kieran.walsh@walshops.example>",
  "server error, then half our bookings gone",
  """
Hi,

Your scheduling system was completely down for us yesterday from 14:00 to about 18:30 (every page gave a 500 error, for all four of our trainers). Now it's back but every booking that was made on Monday and Tuesday has disappeared from the calendar, about 30 sessions. Customers are turning up and we have no record of them.

Can you restore from a backup?

Kieran Walsh
Walsh Dog Training
"""),

M("corporate_contact_request", "-", "Ursula Mayhew <ursula.mayhew@mayhewfamily.example>",
  "legal department email",
  """
Hello,

Please can you send me the contact details (email and postal address) for your legal department? I need to send them some correspondence regarding the lease of our van conversion unit. Just the address is fine.

Ursula Mayhew
"""),

M("severe_dissatisfaction,broken_promise", "-", "Lee Cartwright <lee.cartwright@cartwright.example>",
  "Unbelievable",
  """
You promised, in writing, that my Montblanc would be back for my dad's funeral on Friday so I could sign the book with his pen. You didn't even ring to say it wouldn't be ready. I'm honestly shaking with anger typing this. How do you treat people like this?
"""),

M("feature_request", "-", "Ben Okoro <ben.okoro@okoromail.example>",
  "feature idea for recycling permits",
  """
hi, it would be really handy if the permit app could send a reminder a week before my permit expires. i always forget and end up turned away at the gate. also a way to add a second car to the same permit would be nice (my partner drives a different car).
"""),

M("legal_threat", "reported_speech", "Carl Fenton <carl.fenton@fentonplumbing.example>",
  "paragliding course refund",
  """
Hi,

My mate says I should just sue you, and honestly he's got a point. I've asked for the unused half of my course fee back since March. My lawyer is drafting a letter this week and you'll have it by Monday.

Carl Fenton
""", note="friend's suggestion is reported speech, but the customer's own lawyer letter fires"),

M("high_value_order", "-", "Ingrid Solheim <ingrid.solheim@solheimhotel.example>",
  "Order SP-7782 - wrong units delivered",
  """
Hello,

For our hotel spa we ordered two commercial barrel saunas (order SP-7782, total 23,600 EUR). The units delivered on Monday are the 4-person models, not the 8-person ones on the order. Our builders are on site and can't continue until this is sorted. Please advise when the correct units can be delivered.

Ingrid Solheim
"""),

M("outage,technical_issue", "-", "Raj Patel <raj.patel@patelstores.example>",
  "is the whole thing down?",
  """
Can't log in, can't reset password (reset page also errors), app says "cannot reach server". Tried 4G and wifi. Is your whole site down? Need to cancel tomorrow's class booking before the 24h cut-off.
""", note="cancelling a class booking is procedural, not a threat"),

M("repeat_contact,broken_promise,manager_request", "-", "Alison Peake <alison.peake@peakemail.example>",
  "yet again",
  """
Good afternoon,

I've now phoned three times about my husband's transport to dialysis being booked for the wrong hospital. On each call I was promised a supervisor would call me back the same day. Nobody ever has. I would like a supervisor to call me today please, 07700 555 391.

Alison Peake
"""),

M("billing_dispute,cancellation_threat", "quoted_gt", "Julian Marr <julian.marr@marrhome.example>",
  "Re: membership renewal",
  """
You've auto-renewed me at the full annual rate of 420.00 when the email below, from you, clearly says my loyalty rate is 336.00. That's 84.00 extra. Fix it or cancel the whole thing and refund me, I'm not fussed which.

> Dear Julian, thank you for six years with Serenity Spa Club.
> As a loyal member your renewal on 1 July will be at
> our loyalty rate of 336.00.
""", reply=True),

M("technical_issue", "-", "Nadia Frost <nadia.frost@frostmail.example>",
  "controller keeps tripping",
  """
Hello. The topside control panel on our hot tub shows "FLO" and shuts the heater off every few hours. We've cleaned the filter as the manual says. It's 7 months old. Can someone come and look?
"""),

M("media_threat,cancellation_threat,technical_issue", "-", "Drew McAllister <drew.mcallister@mcamail.example>",
  "Review incoming",
  """
Sorry to say this but after two months of the coffee machine being broken more days than it works, I'm cancelling our contract at renewal and writing an honest review on Trustpilot and in the facilities managers' forum I post in. People should know what they're signing up for.
"""),

M("data_loss", "-", "Fern Tallis <fern.tallis@tallisfamily.example>",
  "your shop lost my order notes",
  """
Hi, when I brought in my grandmother's typewriter I gave your front desk a handwritten list of the faults and the history of the machine, and they scanned it into your system. Now I'm told the record has been deleted and nobody knows what was on it. Can you check if it is anywhere? It had her notes on it and I'd love a copy.
""", note="deleted customer record -> data_loss; no product bug described, so no technical_issue"),

M("safety,technical_issue", "-", "Gavin Price <gavin.price@priceworks.example>",
  "tow bar socket melting",
  """
Hi,

The tow bar electrics you fitted last month: the plastic socket cover went soft and brown after a two-hour drive with the trailer lights on, and the wires behind it are hot to the touch. I think something is shorting. I've disconnected the trailer and won't use it until someone checks it. It could have caught fire.

Gavin
"""),

M("severe_dissatisfaction", "-", "Samantha Royce <samroyce@roycemail.example>",
  "Re: your feedback survey",
  """
You want feedback? Fine. The retreat was a disgrace from beginning to end. Cold rooms, a 'silent meditation' next to a building site, and a manager who laughed when I complained. I've never been so insulted as a paying guest.
""", reply=True),

M("corporate_contact_request", "-", "Eleanor Fisk <eleanor.fisk@fiskmail.example>",
  "Registered office",
  """
Hi, could you tell me your company's registered office address and company number please? I need them for a letter before action.
""", note="letter before action implies legal step", t_extra="legal_threat"),

M("regulatory,discrimination_harassment", "-", "Martha Ndlovu <martha.ndlovu@ndlovumail.example>",
  "Refused entry because of my age",
  """
Dear Sirs,

I am 71 and have been paragliding for thirty years. When I arrived for the advanced thermalling weekend I had booked and paid for, your chief instructor told me I was "too old to be in the air with the young ones" and refused to let me fly. He offered me "a nice tandem instead".

I consider this age discrimination. I have written to the Equality Advisory Service and to the national consumer protection body with full details.

Martha Ndlovu
""", trap2="job_title"),

M("security_incident", "-", "Peter Quinlan <peter.quinlan@quinmail.example>",
  "login alerts from abroad",
  """
Hello, over the weekend I got four "new sign-in" alerts from your marketplace, from cities I've never been to, and my saved payout bank details have been changed to an account I don't recognise. I've since changed my password. Please freeze payouts on my seller account until this is sorted.
"""),

M("technical_issue,billing_dispute", "-", "Ruby Sheen <ruby.sheen@sheenmail.example>",
  "checkout charged me three times",
  """
Hi, the checkout page froze when I paid for the chess camp, so I pressed pay again, and again. Now there are three payments of 95.00 on my card and only one booking. The page clearly has a bug. Please refund the two extra 95s.
"""),

M("manager_request", "negation_in_positive", "Tony Mullan <tony.mullan@mullanmail.example>",
  "Booking mess",
  """
Hi, I don't want to make a big fuss and I'm not blaming the girl on the phone, she was trying her best, but she couldn't change the fitting date. Could you ask a senior person to look at it please, whoever has the authority to move bookings.
"""),

M("executive_contact", "-", "Alicia Renner <alicia.renner@rennerco.example>",
  "Sent to Mr Castle",
  """
FYI - I've sent a letter by recorded delivery to Mr Castle, your chairman, about the treatment of my son at the youth championships. I'm copying it to you as well so there's a record.
"""),

M("high_value_order,technical_issue", "-", "Derrick Oyelaran <d.oyelaran@oyelaranfoods.example>",
  "Office machines contract - firmware fault",
  """
Hello,

We signed a three-year service contract for 14 machines across our two sites (contract OC-3391, 41,580 GBP). Since the firmware update last Thursday, eight of the machines show "Brewer Error 07" after every third drink. Your engineers have been out once but the fault is back.

Please let me know the plan.

Derrick Oyelaran
Operations Director
""", trap2="job_title"),

M("broken_promise", "-", "Polly Kemp <polly.kemp@kempmail.example>",
  "kit replacement",
  """
Hello, you emailed on the 2nd to say the replacement sprue for my damaged model kit would be "posted tomorrow". Nothing has arrived and the tracking number you gave me doesn't exist. Please can you check.
"""),

M("cancellation_threat,technical_issue", "-", "Hugo Brandon <hugo.brandon@brandonmail.example>",
  "App update broke everything",
  """
Since the last update the app forgets my chess puzzles progress every time I close it and the timer freezes mid-game. Fix it or I'm off to another club app, simple as that.
"""),

M("legal_threat,regulatory", "-", "Maxine Trent <maxine.trent@trentfamily.example>",
  "Formal complaint - data shared with marketing partner",
  """
To whom it may concern,

I never consented to my details being shared, yet I am now receiving marketing from three companies who all say they got my data from your yoga retreat booking. This is a clear GDPR violation. I have reported it to the ICO and I am taking advice from a solicitor about claiming compensation.

M. Trent
"""),

M("media_threat", "-", "Jordan Blake <jordan.blake@podmail.example>",
  "Your instructors",
  """
Hi. I run a paragliding podcast with a decent listenership. Three of my listeners have contacted me separately about the same instructor at your school being hungover on launch. I'm going to talk about it on next week's episode. If you want to give your side before then, reply here.
""", note="podcaster announcing going public -> media_threat"),

M("technical_issue", "one_liner", "Sid Harlow <sid.harlow@harlowmail.example>",
  "password reset link expired instantly",
  """
reset link says expired the second I click it, every time. cheers
"""),

M("severe_dissatisfaction,cancellation_threat,repeat_contact", "-", "Wendy Pruitt <wendy.pruitt@pruittmail.example>",
  "i give up",
  """
Three emails and no answer. Your "dedicated trainer" didn't turn up to two of our six sessions and the third was cut short. This is the most appalling service I've had from any business. Cancel my package. And refund the missed sessions.
""", note="trainer no-shows are service failures, not a broken promise of a callback/fix; refund request for unhappiness is not a billing dispute"),

M("feature_request", "-", "Colin Breck <colin.breck@breckmail.example>",
  "idea: live track in the app",
  """
Hello, it'd be great if the paragliding school app could show where the other students in the air are during cross-country days, a bit like the live tracking apps. Would help the retrieve driver too.
"""),

M("discrimination_harassment", "-", "Leila Haddad <leila.haddad@haddadmail.example>",
  "Unwelcome messages from instructor",
  """
Hello,

I'm writing this because I don't know who else to tell. After the first lesson of the couples' cookery course, the chef instructor started sending me private messages through the class app, commenting on my appearance and asking me out, even after I said no twice. I have screenshots.

I don't want to go back to the class while he is teaching.

Leila
"""),

M("regulatory", "-", "Gordon Pike <gordon.pike@pikeplumbing.example>",
  "Ambulance vehicle standards",
  """
Dear Sir or Madam,

The vehicle that collected my wife last Friday had no working oxygen supply and a seatbelt on the stretcher that did not lock. I have reported your service to the Care Quality Commission, as I believe these vehicles are required to meet certain standards.

Gordon Pike
""", t_extra="safety,technical_issue"),

M("billing_dispute", "exactly_5000", "Marianne Coulter <marianne.coulter@coultermail.example>",
  "Hot tub invoice - VAT added twice",
  """
Hi,

Your final invoice for our hot tub installation is 5,000.00 including everything, which is what we agreed. But the payment link you sent me charges 6,000.00 - it looks like VAT has been added on top of a price that already included VAT. I haven't paid the link amount. Can you send a correct link for 5,000.00?

Marianne
""", note="contract value exactly 5,000 -> not high_value_order; the wrong 6,000 link is a disputed charge"),

M("technical_issue,manager_request", "-", "Rhys Jenkins <rhys.jenkins@jenkinsmail.example>",
  "escalate pls",
  """
hi the bookings export to our club spreadsheet has been broken for a month (the csv comes out empty, just headers). the helpdesk ticket keeps getting closed as "working as intended". please escalate this to someone who can actually look at the code.
"""),

M("severe_dissatisfaction", "-", "Agatha Brennan <agatha.brennan@brennanmail.example>",
  "The kit I was sent",
  """
The "limited edition" resin bust I ordered arrived in a padded envelope, snapped in four places, with someone else's fingerprints in the primer. Genuinely the worst-run shop I've ever bought from. I'm disgusted.
"""),

M("security_incident,cancellation_threat,technical_issue", "-", "Damian Cross <damian.cross@crossmail.example>",
  "My card was used after booking with you",
  """
Two days after I booked the van conversion consultation on your site, my card was used for three online purchases in another country. It's the only place I've used that card in months. Your payment page was also showing a certificate warning that day. I've cancelled the card. I won't be booking anything else with you until you can explain what happened.
""", note="suspected card leak via the site -> security_incident; certificate warning = error message -> technical_issue; 'won't be booking anything else' = leaving"),

M("outage,technical_issue", "-", "Erin McBride <erin.mcbride@mcbridemail.example>",
  "Nothing loads",
  """
Morning - the whole textbook marketplace has been showing "We'll be back soon" since last night and nobody can buy or sell. Term starts Monday. Any idea when it'll be back?
"""),

M("repeat_contact", "-", "Victor Hale <victor.hale@halefamily.example>",
  "Re: Re: Re: Re: retreat dietary requirements",
  """
Hello again, this is my fourth email asking you to confirm that my gluten-free requirement has been passed to the retreat kitchen. I'd just like a yes. I arrive on the 14th.
""", reply=True),

M("data_loss,technical_issue", "-", "Imogen Walsh <imogen.walsh@walshmail.example>",
  "my saved layouts are blank",
  """
Hi,

I spent weeks designing my van layout in your online planner (bed, galley, storage, everything). Today every one of my four saved designs opens as an empty van. The thumbnails still show the layouts but when I open them they're empty. Please tell me you have a copy somewhere.

Imogen
"""),

M("billing_dispute,legal_threat", "-", "Stanley Reeve <stanley.reeve@reevemail.example>",
  "Unauthorised charge - chargeback",
  """
Sirs,

You have charged my credit card 240.00 for a "late cancellation" of a sauna day that I cancelled nine days in advance. I have the confirmation email. I am raising a chargeback with my card issuer today. I have also forwarded the file to my son, who is a solicitor, and he will be in touch.

S. Reeve
""", note="son is a solicitor and will be in touch on the customer's behalf -> adopted legal threat"),

M("technical_issue,severe_dissatisfaction", "-", "Abby Norton <abby.norton@nortonmail.example>",
  "your new website is rubbish",
  """
Sorry but the new website is RUBBISH. Can't filter classes by day, the calendar shows the wrong month and when I book it sends the confirmation to my old email address which I changed ages ago. Absolutely hopeless, I've wasted my whole lunch break on it and I'm fuming.
"""),

M("feature_request", "-", "Tilly Marsh <tilly.marsh@marshmail.example>",
  "request",
  """
Could you please add a waiting list option for the full cookery classes? I'd happily be notified if someone drops out. Thanks!
"""),

M("cancellation_threat,broken_promise,technical_issue", "-", "Wallace Fenn <wallace.fenn@fennmail.example>",
  "coffee machine replacement",
  """
Our account manager promised a replacement for the broken machine in the meeting room "by the end of the month". That was in March. If it isn't in by the end of next week we'll be terminating the contract early.

Wallace Fenn
""", trap2="job_title"),

M("safety", "-", "Jill Harker <jill.harker@harkermail.example>",
  "small parts in the kids kit",
  """
Hello,

We bought the "Junior First Model" kit marked age 5+. It contains tiny loose pegs about the size of a grain of rice and my four-year-old nephew put one straight in his mouth (he's fine, we got it out). I think this kit should be checked, the age label seems wrong.

Jill
"""),

M("executive_contact,media_threat", "-", "Barnaby Cole <barnaby.cole@colemedia.example>",
  "Not going away",
  """
I've tagged your CEO in a post on LinkedIn with pictures of the damage your fitter did to my roof, and I'll be sending the same pictures to the local news desk if I haven't heard back by Friday.
"""),

M("technical_issue", "multi_topic", "Hannah Oduya <hannah.oduya@oduyamail.example>",
  "Three questions",
  """
Hi team,

1. What time does the Saturday agility class start, is it 9 or 9:30?
2. The "add to calendar" link in the confirmation email gives an error page ("invalid token").
3. Do you sell the long training leads at reception?

Thanks,
Hannah
"""),

M("outage,technical_issue,severe_dissatisfaction", "-", "Mick Dawes <mick.dawes@dawesmail.example>",
  "SORT IT OUT",
  """
YOUR MEMBERSHIP APP HAS BEEN DEAD ALL DAY. CANT GET IN THE GYM SAUNA BECAUSE THE DOOR NEEDS THE APP QR. STOOD OUTSIDE LIKE A LEMON. DISGRACEFUL.
"""),

M("high_value_order,billing_dispute", "-", "Katarzyna Nowak <k.nowak@nowakfoods.example>",
  "invoice 5,200 for a 4,800 contract",
  """
Hello,

Our coffee service contract is 4,800 per year but the annual invoice just arrived for 5,200. Nobody told us about an increase and the contract has a fixed price for 3 years. Please correct the invoice.

Katarzyna Nowak
""", note="the disputed invoice is 5,200 > 5,000 with an unresolved problem"),
]

# t_extra lets a literal add triggers without rewriting its first argument
