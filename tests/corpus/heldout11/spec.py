"""Message spec helper for the heldout11 corpus.

Every message text is a hand-written literal in the msgs_*.py modules; this helper only
bundles a literal with its hand-assigned labels.
"""


def M(lang, trig, trap, note, frm, subj, body, auto="-", pack=None, attach=None,
      hdrs=None, raw=None, to=None, noclient=False, html=None):
    """noclient: no mail-client header (bulk senders, ticket systems);
    html: a hand-written HTML alternative used instead of the rendered one."""
    return dict(lang=lang, trig=trig, trap=trap, note=note, frm=frm, subj=subj,
                body=body, auto=auto, pack=pack, attach=attach, hdrs=hdrs or [],
                raw=raw, to=to, noclient=noclient, html=html)


def RAW(lang, auto, trap, note, raw):
    """A fully hand-written automated message (bounce, MDN, ARF ...).

    Header values wrapped in {{...}} are RFC 2047-encoded by make_corpus.py."""
    return M(lang, "-", trap, note, None, None, None, auto=auto, raw=raw)
