# heldout13: README.md text.  The prose is fixed; the tables are counted from
# the labels so that they always match the generated files.

from collections import Counter

TRIGGER_ORDER = [
    "legal_threat", "regulatory", "manager_request", "corporate_contact_request",
    "executive_contact", "security_incident", "data_loss", "outage",
    "billing_dispute", "cancellation_threat", "media_threat",
    "discrimination_harassment", "safety", "broken_promise", "repeat_contact",
    "high_value_order", "severe_dissatisfaction", "feature_request",
    "technical_issue",
]
LANGS = ["en", "de", "fr", "es"]
KINDS = ["auto_reply", "bounce", "list", "receipt", "self"]

PK_NAMES = {
    "plain8": "text/plain UTF-8, 8bit/7bit",
    "seven": "text/plain us-ascii, 7bit",
    "qp": "text/plain UTF-8, quoted-printable",
    "b64": "text/plain UTF-8, base64",
    "legacy": "text/plain iso-8859-1 / iso-8859-15 / windows-1252",
    "alt": "multipart/alternative (text + HTML paragraphs)",
    "altdiv": "multipart/alternative (text + HTML, one <div> per line)",
    "html": "HTML only, UTF-8",
    "htmlascii": "HTML only, us-ascii with entities",
}

INTRO = """# heldout13 — blind hand-labelled support-mail test corpus

A blind test corpus of {total} RFC 5322 support e-mails to `support@example.test`, labelled by
hand against `docs/triggers.md`. It was written without looking at the classifier, so it
measures the classifier rather than mirroring it.

## How it was made

- **Read**: `docs/triggers.md` (read in full twice, labels follow it strictly), the five seed
  escalation procedures in `/work/shared/seeds/`, and a handful of real bounces, DSNs, MDNs,
  ARF reports and auto-replies in `/work/shared/corpus/realmail/`, only to copy their header
  and report structure.
- **Not read**: nothing else under the repository — no classifier source, rules, scripts,
  tests, other corpora or git history. The `escalated` binary and cargo were not run.
- Every customer text, subject and automated body is a hand-written literal in the
  `h13_*.py` modules (`h13_en_pos1.py`, `h13_en_pos2.py`, `h13_en_neg.py`, `h13_de.py`,
  `h13_fr.py`, `h13_es.py`, `h13_auto.py`). There are no templates with swapped slots and no
  generated paraphrases. Most positives paraphrase instead of using the words of
  `triggers.md`, and registers vary: formal letters, phone one-liners, ALL CAPS, sarcasm,
  non-native writers, several topics in one mail, long mails with the trigger in the middle,
  inline replies between quoted lines. `h13_dates.py` only holds date windows for messages
  whose text names a date, and `h13_readme.py` writes this file.
- `make_corpus.py` only packages the texts. A fixed seed ({seed}) picks the MIME packaging,
  charsets, transfer encodings, RFC 2047 encoding of some ASCII subjects and names, dates,
  Message-IDs, `Received` lines, mail-client headers and the shuffled order behind the
  neutral file names `h13-0001.eml` … `h13-{last:04d}.eml`. Every run writes byte-identical files.

## Regenerate and check

```
python3 make_corpus.py           # writes h13-*.eml, labels.tsv and this README.md
python3 make_corpus.py --check   # validates the files on disk
```

`--check` verifies that every file parses with `email.policy.default` with no defects in
any part or header; CRLF line endings only and no line over 998 octets;
From/To/Subject/Date/Message-ID/MIME-Version are present; every text part decodes strictly
in its declared charset; labels.tsv and the files match one to one; trigger ids are valid
(and match `docs/triggers.md` when it is present), sorted and unique; automated mail has no
triggers; every trigger has at least 10 positives; addresses use only `.example`/`.test`
domains and bracketed IPs only documentation ranges; and a fresh in-memory generation is
byte-identical to the files, labels.tsv and README.md. Standard library only; the script
sets `sys.dont_write_bytecode` so no `__pycache__` is left behind.

## labels.tsv

Tab separated, header `file	triggers	automated	lang	trap	note`.

| column | meaning |
|---|---|
| `file` | `h13-NNNN.eml` |
| `triggers` | comma-separated, sorted, unique trigger ids from `docs/triggers.md`, or `-` |
| `automated` | `-` for customer mail, else `auto_reply`, `bounce`, `list`, `receipt` or `self` |
| `lang` | `en`, `de`, `fr` or `es` |
| `trap` | the decoy(s) the message contains (also on positives and automated mail), or `-` |
| `note` | short reason for a borderline label, or `-` |

Only the customer's own new words and the subject count. Quoted replies (`>` lines,
`<blockquote type="cite">`, "On … wrote:", "Am … schrieb …:", "Le … a écrit :",
"El … escribió:", Outlook `From:/Sent:`, `Von:/Gesendet:`, `De :/Envoyé :`,
`De:/Enviado:` blocks), forwarded parts and forwarded (`Fwd:`) subjects, signatures and
disclaimers do not.
"""

CALLS = """## Labelling calls `triggers.md` does not settle

- **`technical_issue` scope.** Labelled for malfunctioning software, websites, apps, portals,
  electronics and mechanisms the customer uses or rents (an app crash, an inverter fault, a
  swollen laptop battery, a ski binding that will not release, a fitment finder returning
  wrong parts). Not labelled for quality defects of textiles or simple goods (peeling
  reflective tape, a badly sewn hem, cracked earmuff headbands), service quality, fulfilment
  errors (wrong parts picked), human errors (a mail sent with all parents in `To:`), or a
  failed data wipe on a laptop that itself works.
- **`repeat_contact` arithmetic.** Labelled when the customer's own earlier contacts about
  the same issue add up to at least two before this mail ("emailed twice and called once",
  "reported it through the portal and by phone", "malgré deux courriels", calls on Monday,
  Tuesday and Wednesday). Not labelled for counts of other events ("third appointment you
  moved", "your technicians came twice") or for "three replies received" without the
  customer's own count.
- **`discrimination_harassment`.** Body-shaming, sexual remarks, religion-, race-,
  disability- and gender-based remarks or exclusion by staff or a staff moderator count.
  Plain rudeness (being called a liar, being hung up on) does not.
- **`safety`.** Injuries (a fall on an ungritted path, a torn ligament, chemical burns on a
  dog), smoke, sparks, overheating, gas, reckless, drunk or phone-using drivers, PPE that no
  longer protects and recall notices count. A water leak without a stated danger does not,
  nor does a fall reported second-hand in a journalist's inquiry.
- **`media_threat`.** Any public outlet counts: Facebook groups, Google reviews, Instagram,
  TikTok, YouTube, Reddit, a consumer TV programme, a local paper, "my followers". A private
  LinkedIn message to the CEO is `executive_contact` only.
- **`executive_contact`.** Letters to a named MD or chairman, a question for the board at an
  AGM, a cc to the COO or directeur général, a LinkedIn message to the founder.
- **`corporate_contact_request`.** Head office, registered office, domicilio social, siège,
  Firmensitz, legal department, board-level contact. "Who do I write to at board level" is
  also `executive_contact`. The normal support phone number and opening hours are not.
- **`manager_request`** without the word manager: "someone with authority", "somebody
  senior in your sales team", "the camp director", "whoever runs that branch", "the person
  in charge of your residential rounds", "remonter à la direction", "supérieur
  hiérarchique", "alguien que tenga capacidad para decidir", "un responsable de su empresa".
  A callback by a supervisor that was promised earlier is history, not a new request.
- **`regulatory`** bodies used: CFPB, a state attorney general's consumer protection division,
  a student-loan ombudsman, Trading Standards, the ICO, Verbraucherzentrale,
  Landesbeauftragter für Datenschutz, Schlichtungsstelle für den öffentlichen
  Personenverkehr, CNIL, DGCCRF/SignalConso, médiateur de la consommation, AEPD, OMIC,
  Profeco, and an alleged "GDPR breach". Without a named lawyer or court no `legal_threat`
  is added.
- **`legal_threat`** without "lawyer"/"sue": solicitors, a letter before action and county
  court claim, European Small Claims, a legal-expenses insurer's solicitors, an insurer's
  legal team, "porter plainte", "despacho de abogados".
- **`high_value_order`** counts orders, quotes, invoices and contracts above 5,000 in EUR,
  GBP or USD with an open problem; exactly 5,000 and large amounts without a problem are
  negatives. Peso amounts are below the threshold anyway.
- **`billing_dispute`** includes a contested late fee caused by a bug, a full price charged
  instead of the discounted one, and charges for visits or days that were not delivered.
- **`cancellation_threat`** includes implied leaving: "you just lost a customer", "we won't be
  booking the rest of the season", "I'll take my prescriptions to the independent chemist",
  "je ferai racheter mon prêt par ma banque", "el año que viene no contéis con nosotros".
- **`severe_dissatisfaction`.** Whole mails in capitals count as shouting. Sarcasm without
  explicitly strong wording does not, nor does a joking "I'm furious I didn't find you
  sooner".
- **Reply headers.** Some customer replies carry `In-Reply-To`/`References` pointing at the
  desk's `@escalated.example.test` Message-IDs, as real replies to the desk do; only the
  message's own `Message-ID` (or a desk `From`) makes a mail `self`.
- **Automated mail quoting triggers** (`quoted_trigger`, `list_content_trigger`) is labelled
  `-`: bounces returning a desk reply that quotes an angry customer, out-of-office replies
  quoting the thread, ticket acknowledgements, list digests about lawsuits and recalls, and
  the desk's own notifications.
"""

INDUSTRIES = """## Industries

Bus and coach charter for groups; carpet cleaning; hearing-protection and workwear PPE
shops; car-parts webshops; music festivals (tickets, camping, cashless wristbands); IT
hardware refurbishers; pharmacy chains' loyalty apps; student-loan servicing portals;
home-battery and heat-storage installers; language-exchange apps; wedding-dress alterations;
snow clearing and gritting contractors; kids' coding camps; estate agents' tenant portals;
ski and snowboard rental shops.

## Licence

MIT. Written for the escalated project. All content is fictitious: people, companies,
brands, order numbers and events are invented; only reserved names are used (`.example` and
`.test` domains, documentation IP ranges 192.0.2.0/24, 198.51.100.0/24 and 203.0.113.0/24,
555 telephone numbers).
"""


def _table(header, rows):
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for r in rows:
        out.append("| " + " | ".join(str(x) for x in r) + " |")
    return "\n".join(out)


def render(rows, meta):
    total = len(rows)
    cat = Counter()
    kinds = Counter()
    trig = Counter()
    trig_lang = Counter()
    traps_neg = Counter()
    traps_pos = Counter()
    traps_auto = Counter()
    multi = 0
    for name, t, auto, lang, trap, note in rows:
        if auto != "-":
            c = "automated"
            kinds[(auto, lang)] += 1
            for x in trap.split(","):
                if x != "-":
                    traps_auto[x] += 1
        elif t != "-":
            c = "customer, with trigger"
            ids = t.split(",")
            multi += len(ids) > 1
            for x in ids:
                trig[x] += 1
                trig_lang[(x, lang)] += 1
            for x in trap.split(","):
                if x != "-":
                    traps_pos[x] += 1
        else:
            c = "customer, hard negative"
            for x in trap.split(","):
                if x != "-":
                    traps_neg[x] += 1
        cat[(c, lang)] += 1
    pk = Counter(p for _, m, p in meta if p != "auto")
    att = sum(1 for _, m, p in meta if m.get("att"))

    parts = [INTRO.format(total=total, seed=1313, last=total)]
    parts.append("## Counts\n")
    cats = ["customer, with trigger", "customer, hard negative", "automated"]
    trows = []
    for c in cats:
        trows.append([c] + [cat[(c, lg)] for lg in LANGS] + [sum(cat[(c, lg)] for lg in LANGS)])
    trows.append(["**total**"] + [sum(cat[(c, lg)] for c in cats) for lg in LANGS] + [total])
    parts.append(_table(["category"] + LANGS + ["total"], trows))
    parts.append("\n%d positives carry more than one trigger.\n" % multi)

    parts.append("## Automated kinds\n")
    parts.append(_table(["kind"] + LANGS + ["total"],
                        [[k] + [kinds[(k, lg)] for lg in LANGS] + [sum(kinds[(k, lg)] for lg in LANGS)]
                         for k in KINDS]))
    parts.append("""
auto_reply: vacation/out-of-office in all four languages with and without RFC 3834
`Auto-Submitted`, other organisations' ticket acknowledgements, unmonitored mailboxes and
person-has-left notices. bounce: Postfix, Exim, Exchange, sendmail delay warning, qmail,
Gmail-style, Courier, German/French/Spanish DSNs and an ARF feedback report. list: mailing
lists, digests and newsletters with `List-Id`/`List-Unsubscribe`/`Precedence`. receipt:
MDNs / read receipts. self: mail from `support@example.test` or `escalated@example.test`, or
with a Message-ID ending `@escalated.example.test`.
""")
    parts.append("## Positives per trigger\n")
    parts.append(_table(["trigger"] + LANGS + ["total"],
                        [["`%s`" % t] + [trig_lang[(t, lg)] for lg in LANGS] + [trig[t]]
                         for t in TRIGGER_ORDER]))
    parts.append("\n## Hard-negative traps\n")
    parts.append("Counts of trap values on the customer hard negatives (a message may carry several):\n")
    parts.append(_table(["trap", "count"], [["`%s`" % k, v] for k, v in sorted(traps_neg.items())]))
    parts.append("\nTraps also carried by positives: %s.\n" % ", ".join(
        "`%s` %d" % (k, v) for k, v in sorted(traps_pos.items())))
    parts.append("Traps on automated mail: %s.\n" % ", ".join(
        "`%s` %d" % (k, v) for k, v in sorted(traps_auto.items())))
    parts.append("## Packaging of customer mail\n")
    parts.append(_table(["packaging", "count"], [[PK_NAMES[k], pk[k]] for k in PK_NAMES]))
    parts.append("\n%d of these are wrapped in multipart/mixed with a small PDF, JPEG or PNG "
                 "attachment. Automated mail uses multipart/report (delivery-status, "
                 "feedback-report, disposition-notification), message/rfc822 and "
                 "text/rfc822-headers parts as real MTAs do. All files use CRLF line endings.\n" % att)
    parts.append(CALLS)
    parts.append(INDUSTRIES)
    return "\n".join(parts)
