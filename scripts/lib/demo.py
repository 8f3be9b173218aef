#!/usr/bin/env python3
"""Helpers of scripts/demo: send the demo mails over SMTP, read mailboxes back over IMAPS.

send DIR            send every *.eml in DIR to 127.0.0.1:25 with a fresh Message-ID and Date;
                    prints one Message-ID per line
show ADDR PWFILE    print the messages of ADDR's INBOX whose X-Escalated-Ticket is one of the
                    tickets given in $DEMO_TICKETS (space separated), or all with --all
"""
import email
import email.policy
import email.utils
import imaplib
import os
import smtplib
import ssl
import sys
import uuid
from pathlib import Path


def send(directory):
    for path in sorted(Path(directory).glob("*.eml")):
        msg_id = f"demo-{uuid.uuid4().hex[:16]}@customer.test"
        text = path.read_text(encoding="utf-8")
        text = text.replace("@DATE@", email.utils.formatdate(localtime=False)).replace("@MESSAGE_ID@", msg_id)
        raw = text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")
        sender = email.message_from_bytes(raw, policy=email.policy.default)["From"].addresses[0].addr_spec
        with smtplib.SMTP("127.0.0.1", 25, timeout=30) as s:
            s.sendmail(sender, ["support@example.test"], raw)
        print(msg_id)


def show(addr, pwfile, everything=False):
    ctx = ssl.create_default_context(cafile=os.environ["ESCALATED_TEST_CA_FILE"])
    tickets = os.environ.get("DEMO_TICKETS", "").split()
    with imaplib.IMAP4_SSL("127.0.0.1", 993, ssl_context=ctx, timeout=30) as imap:
        imap.login(addr, Path(pwfile).read_text().strip())
        imap.select("INBOX", readonly=True)
        _, data = imap.uid("SEARCH", None, "ALL")
        shown = 0
        for uid in data[0].split():
            _, parts = imap.uid("FETCH", uid, "(BODY.PEEK[])")
            msg = email.message_from_bytes(parts[0][1], policy=email.policy.default)
            if not everything and msg.get("X-Escalated-Ticket", "") not in tickets:
                continue
            shown += 1
            print(f"  ┌── in {addr}'s INBOX (read over IMAPS)")
            for h in ("From", "To", "Subject", "Message-ID", "In-Reply-To", "Auto-Submitted"):
                if msg[h]:
                    print(f"  │ {h}: {msg[h]}")
            body = msg.get_body(preferencelist=("plain",))
            print("  │")
            for line in (body.get_content() if body else "").rstrip().splitlines():
                print(f"  │ {line}")
            attachments = [p.get_filename() or p.get_content_type() for p in msg.iter_attachments()]
            if attachments:
                print(f"  │ [attached: {', '.join(attachments)}]")
            print("  └──")
        if shown == 0:
            print(f"  (no mail for these tickets in {addr}'s INBOX)")


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "send":
        send(sys.argv[2])
    elif len(sys.argv) >= 4 and sys.argv[1] == "show":
        show(sys.argv[2], sys.argv[3], everything="--all" in sys.argv)
    else:
        sys.exit(__doc__)
