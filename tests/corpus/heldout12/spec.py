"""Tiny constructors used by the message-literal modules of heldout12.

Every message text lives in the msgs_*.py modules as a hand-written literal;
these helpers only tidy indentation and collect the fields make_corpus.py needs.
"""
import textwrap


def _clean(text):
    if text is None:
        return None
    text = textwrap.dedent(text)
    if text.startswith("\n"):
        text = text[1:]
    return text.rstrip() + "\n"


def M(lang, trig, subj, frm, body, trap="-", note="-", quote=None, after=None,
      pack=None, cc=None, att=None, reply=None, headers=None):
    """A customer message. trig: comma separated trigger ids or '-'."""
    return dict(kind="customer", lang=lang, trig=trig, subj=subj, frm=frm,
                body=_clean(body), trap=trap, note=note, quote=quote,
                after=_clean(after), pack=pack, cc=cc, att=att, reply=reply,
                headers=headers or [], auto="-")


def Q(style, who, text, subj=None, days=None):
    """A quoted or forwarded block. style selects the attribution format."""
    return dict(style=style, who=who, text=_clean(text), subj=subj, days=days)


def A(lang, auto, shape, trap="-", note="-", **kw):
    """An automated message; shape selects the renderer in make_corpus.py."""
    d = dict(kind="auto", lang=lang, auto=auto, shape=shape, trap=trap,
             note=note, trig="-")
    for k, v in kw.items():
        d[k] = _clean(v) if k in ("body", "notice", "quoted", "status",
                                  "report", "orig_body", "html", "notice_html", "after") else v
    return d
