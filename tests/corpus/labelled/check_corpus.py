#!/usr/bin/env python3
"""check_corpus.py -- validates the labelled corpus and prints the counts for README.md.

Checks: every .eml parses with Python's email package (policy=default) and has
From/To/Subject/Date/Message-ID; CRLF line endings only; labels.tsv has the exact
header, one row per .eml and vice versa; trigger ids valid and sorted; automated
rows carry no triggers; lang in en/de/fr/es.
"""
import collections
import email
import email.policy
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TRIGGERS = set("""billing_dispute broken_promise cancellation_threat corporate_contact_request data_loss
discrimination_harassment executive_contact feature_request high_value_order legal_threat manager_request
media_threat outage regulatory repeat_contact safety security_incident severe_dissatisfaction
technical_issue""".split())
AUTO = {"auto_reply", "bounce", "list", "receipt", "self"}
HEADER = "file\ttriggers\tautomated\tlang\ttrap\tnote"


def is_plain_7bit_utf8(msg, raw, allow_8bit=False):
    if msg.is_multipart() or msg.get_content_type() != "text/plain":
        return False
    if (msg.get_content_charset() or "us-ascii").lower() not in ("utf-8", "us-ascii"):
        return False
    if (msg.get("Content-Transfer-Encoding") or "7bit").lower() not in (("7bit", "8bit") if allow_8bit else ("7bit",)):
        return False
    head = raw.split(b"\r\n\r\n", 1)[0]
    if b"=?" in head:
        return False
    return True


def main():
    errors = []
    emls = sorted(f for f in os.listdir(HERE) if f.endswith(".eml"))
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    if lines[0] != HEADER:
        errors.append("bad header line in labels.tsv")
    rows = [l.split("\t") for l in lines[1:] if l]
    files = [r[0] for r in rows]
    for r in rows:
        if len(r) != 6:
            errors.append("row with %d fields: %r" % (len(r), r[:1]))
    if len(set(files)) != len(files):
        errors.append("duplicate file names in labels.tsv")
    for f in set(files) - set(emls):
        errors.append("labelled but missing: " + f)
    for f in set(emls) - set(files):
        errors.append("not labelled: " + f)
    trig = collections.Counter()
    langs = collections.Counter()
    autos = collections.Counter()
    traps = collections.Counter()
    traps_neg = collections.Counter()
    ntrig = collections.Counter()
    lang_trig = collections.Counter()
    fmt = collections.Counter()
    nonplain = 0
    nonplain_strict = 0
    negatives = 0
    for r in rows:
        if len(r) != 6:
            continue
        f, t, a, lang, trap, note = r
        path = os.path.join(HERE, f)
        if not os.path.exists(path):
            continue
        raw = open(path, "rb").read()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            errors.append("non-CRLF line ending in " + f)
        try:
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            for h in ("From", "To", "Subject", "Date", "Message-ID"):
                if msg[h] is None:
                    errors.append("%s: missing %s" % (f, h))
            str(msg["Subject"])
            str(msg["From"])
            for part in msg.walk():
                if part.get_content_maintype() == "text":
                    part.get_content()
        except Exception as e:  # noqa
            errors.append("%s: parse error %s" % (f, e))
            continue
        if not is_plain_7bit_utf8(msg, raw):
            nonplain += 1
        if not is_plain_7bit_utf8(msg, raw, allow_8bit=True):
            nonplain_strict += 1
        fmt[msg.get_content_type()] += 1
        for part in msg.walk():
            cs = part.get_content_charset()
            if cs and cs.lower() not in ("utf-8", "us-ascii"):
                fmt["charset:" + cs.lower()] += 1
            cte = (part.get("Content-Transfer-Encoding") or "").lower()
            if cte in ("quoted-printable", "base64") and part.get_content_maintype() == "text":
                fmt["text-cte:" + cte] += 1
            if part.get_content_type() == "text/html":
                fmt["has-html-part"] += 1
            if part.get_filename():
                fmt["attachment"] += 1
        head = raw.split(b"\r\n\r\n", 1)[0]
        if re.search(rb"^Subject:.*=\?", head, re.M | re.I):
            fmt["rfc2047-subject"] += 1
        if re.search(rb"^From:.*=\?", head, re.M | re.I):
            fmt["rfc2047-from"] += 1
        if lang not in ("en", "de", "fr", "es"):
            errors.append("%s: bad lang %s" % (f, lang))
        langs[lang] += 1
        if a != "-":
            if a not in AUTO:
                errors.append("%s: bad automated %s" % (f, a))
            if t != "-":
                errors.append("%s: automated with triggers" % f)
            autos[a] += 1
            autos["%s/%s" % (a, lang)] += 1
        if t != "-":
            ids = t.split(",")
            if ids != sorted(ids):
                errors.append("%s: triggers not sorted" % f)
            for x in ids:
                if x not in TRIGGERS:
                    errors.append("%s: unknown trigger %s" % (f, x))
                trig[x] += 1
                lang_trig["%s/%s" % (x, lang)] += 1
            ntrig[len(ids)] += 1
        elif a == "-":
            negatives += 1
            traps_neg[trap] += 1
        traps[trap] += 1
    print("messages: %d (eml files: %d)" % (len(rows), len(emls)))
    print("languages:", dict(sorted(langs.items())))
    print("non-automated messages without trigger: %d; of them tagged as trap: %d" % (
        negatives, negatives - traps_neg.get("-", 0)))
    print("trap tags on trigger-free human mail:", dict(sorted(traps_neg.items())))
    print("trap tags (all rows):", dict(sorted(traps.items())))
    print("automated:", {k: v for k, v in sorted(autos.items()) if "/" not in k}, "total", sum(v for k, v in autos.items() if "/" not in k))
    print("automated by lang:", {k: v for k, v in sorted(autos.items()) if "/" in k})
    print("messages by number of triggers:", dict(sorted(ntrig.items())))
    print("positives per trigger:")
    for x in sorted(TRIGGERS):
        per = " ".join("%s=%d" % (l, lang_trig["%s/%s" % (x, l)]) for l in ("en", "de", "fr", "es"))
        print("  %-27s %3d   (%s)" % (x, trig[x], per))
    print("not plain 7-bit UTF-8 text: %d of %d (%.0f%%)" % (nonplain, len(rows), 100.0 * nonplain / max(1, len(rows))))
    print("not plain UTF-8 text even counting 8bit UTF-8 as plain: %d of %d (%.0f%%)" % (
        nonplain_strict, len(rows), 100.0 * nonplain_strict / max(1, len(rows))))
    print("MIME features:", dict(sorted(fmt.items())))
    if errors:
        print("\nERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
