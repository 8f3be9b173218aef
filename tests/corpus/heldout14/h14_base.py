"""Tiny helpers shared by the hand-written message modules of heldout14.

Every message text in the h14_*.py modules is a hand-written literal; these helpers only
wrap the literals into dictionaries that make_corpus.py packages into RFC 5322 files.
"""


def M(t, trap, frm, subj, body, note="-", **kw):
    """A customer message.

    t     -- comma-separated trigger ids ("" or "-" for a hard negative)
    trap  -- decoy the message contains, or "-"
    frm   -- 'Display Name <addr>'
    subj  -- subject line (customer's own words)
    body  -- plain-text body (LF line endings; converted to CRLF on output)
    kw    -- pack= plain|html|htmldiv|htmlonly|mixed ; cs= preferred charset ;
             html= hand-written HTML body (overrides the automatic conversion) ;
             attach=(filename, content-type, text) ; reply=True adds In-Reply-To
    """
    if "trap2" in kw:  # a second decoy added after the first argument list was written
        extra = kw.pop("trap2")
        trap = extra if trap in ("-", "") else trap + "+" + extra
    if "t_extra" in kw:
        t = t + "," + kw.pop("t_extra")
    d = dict(t=t, trap=trap, frm=frm, subj=subj, body=body.strip("\n") + "\n", note=note)
    d.update(kw)
    return d


def A(kind, lang, trap, headers, tree, note="-"):
    """An automated message: explicit header list and MIME tree (see make_corpus.serialize)."""
    return dict(kind=kind, lang=lang, trap=trap, headers=headers, tree=tree, note=note)


def T(text, subtype="plain", cs="utf-8", cte=None, disp=None, extra=None):
    return ("text", subtype, cs, cte, text.strip("\n") + "\n", disp, extra or [])


def MP(subtype, children, params=None, extra=None):
    return ("multi", subtype, params or {}, children, extra or [])


def RAW(ctype, text, extra=None):
    return ("raw", ctype, text.strip("\n") + "\n", extra or [])
