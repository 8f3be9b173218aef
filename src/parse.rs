//! Raw RFC 5322 bytes → the plain facts later stages decide on.
//!
//! mail-parser does the MIME work (encodings, charsets, RFC 2047). What we add: owned plain
//! data, addresses lower-cased, NUL bytes removed (PostgreSQL text refuses them), bounded sizes,
//! and an HTML-to-text conversion that keeps `<blockquote>` as `>` quoting so quoted history
//! can be told apart from the customer's own words.

use mail_parser::{HeaderValue, MessageParser, MimeHeaders, PartType};
use serde::Serialize;

/// Text beyond this is cut: a 20 MB log pasted in a mail says nothing more than its first 256 KB.
pub const MAX_TEXT: usize = 256 * 1024;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ParseError {
    #[error("empty message")]
    Empty,
    #[error("not an RFC 5322 message (no header could be read)")]
    NotAMessage,
}

impl ParseError {
    /// Parsing the same bytes again gives the same answer.
    pub fn is_retryable(&self) -> bool {
        false
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Address {
    pub name: Option<String>,
    /// Lower-cased.
    pub email: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Attachment {
    pub name: String,
    pub content_type: String,
    pub size: usize,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Mail {
    /// Without angle brackets.
    pub message_id: Option<String>,
    pub from: Option<Address>,
    pub reply_to: Option<Address>,
    pub sender: Option<Address>,
    pub to: Vec<Address>,
    pub cc: Vec<Address>,
    pub subject: String,
    pub date: Option<chrono::DateTime<chrono::Utc>>,
    pub in_reply_to: Vec<String>,
    pub references: Vec<String>,
    /// Every header as (lower-case name, decoded value), in order.
    pub headers: Vec<(String, String)>,
    /// Top-level content type, e.g. `multipart/report`.
    pub content_type: String,
    /// `report-type` parameter of a multipart/report.
    pub report_type: Option<String>,
    /// The body as text: text/plain when present, HTML converted otherwise.
    pub text: String,
    /// Whether `text` came from HTML.
    pub text_from_html: bool,
    pub attachments: Vec<Attachment>,
    /// Content types of all MIME parts, for the guard (e.g. message/delivery-status).
    pub part_types: Vec<String>,
    pub size: usize,
}

impl Mail {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn has_header(&self, name: &str) -> bool {
        self.header(name).is_some()
    }

    /// The address a reply goes to: Reply-To when present, From otherwise.
    pub fn reply_address(&self) -> Option<&Address> {
        self.reply_to.as_ref().or(self.from.as_ref())
    }
}

pub fn parse(raw: &[u8]) -> Result<Mail, ParseError> {
    if raw.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(ParseError::Empty);
    }
    // Classic Mac OS line endings (CR only) are not understood by the MIME parser.
    let normalised;
    let raw = if raw.contains(&b'\r') && !raw.contains(&b'\n') {
        normalised = raw
            .iter()
            .flat_map(|&b| if b == b'\r' { vec![b'\r', b'\n'] } else { vec![b] })
            .collect::<Vec<u8>>();
        &normalised[..]
    } else {
        raw
    };
    let msg = MessageParser::default().parse(raw).ok_or(ParseError::NotAMessage)?;
    if msg.headers().is_empty() {
        return Err(ParseError::NotAMessage);
    }

    let mut mail = Mail {
        message_id: msg.message_id().map(clean_id).filter(|s| !s.is_empty()),
        from: first_address(msg.from()),
        reply_to: first_address(msg.reply_to()),
        sender: first_address(msg.sender()),
        to: all_addresses(msg.to()),
        cc: all_addresses(msg.cc()),
        subject: msg.subject().map(clean).unwrap_or_default(),
        date: msg
            .date()
            .and_then(|d| chrono::DateTime::from_timestamp(d.to_timestamp(), 0)),
        in_reply_to: id_list(msg.in_reply_to()),
        references: id_list(msg.references()),
        size: raw.len(),
        ..Mail::default()
    };
    mail.headers = msg
        .headers_raw()
        .take(500)
        .map(|(name, value)| (name.to_ascii_lowercase(), clean(&unfold(value))))
        .collect();
    if let Some(ct) = msg.root_part().content_type() {
        mail.content_type = format!("{}/{}", ct.ctype(), ct.subtype().unwrap_or("")).to_ascii_lowercase();
        mail.report_type = ct.attribute("report-type").map(|s| s.to_ascii_lowercase());
    } else {
        mail.content_type = "text/plain".into();
    }
    for part in msg.parts.iter().take(1000) {
        if let Some(ct) = part.content_type() {
            mail.part_types
                .push(format!("{}/{}", ct.ctype(), ct.subtype().unwrap_or("")).to_ascii_lowercase());
        }
    }

    // Prefer the plain text alternative: it is what the customer's client wrote for text
    // readers, usually with proper `>` quoting. HTML only when there is nothing else.
    let plain = msg.text_bodies().find_map(|p| match &p.body {
        PartType::Text(t) => Some(t.as_ref()),
        _ => None,
    });
    let html = msg.html_bodies().find_map(|p| match &p.body {
        PartType::Html(h) => Some(h.as_ref()),
        _ => None,
    });
    match (plain, html) {
        (Some(t), _) if !t.trim().is_empty() => mail.text = bounded(clean(t)),
        (_, Some(h)) => {
            mail.text = bounded(html_to_text(h));
            mail.text_from_html = true;
        }
        (Some(t), None) => mail.text = bounded(clean(t)),
        (None, None) => {}
    }

    for part in msg.attachments().take(200) {
        let size = match &part.body {
            PartType::Binary(b) | PartType::InlineBinary(b) => b.len(),
            PartType::Text(t) | PartType::Html(t) => t.len(),
            PartType::Message(m) => m.raw_message().len(),
            PartType::Multipart(_) => 0,
        };
        let content_type = part
            .content_type()
            .map(|ct| format!("{}/{}", ct.ctype(), ct.subtype().unwrap_or("")).to_ascii_lowercase())
            .unwrap_or_else(|| "application/octet-stream".into());
        let name = part.attachment_name().map(clean).unwrap_or_else(|| match &part.body {
            PartType::Message(m) => m
                .subject()
                .map(|s| format!("{}.eml", clean(s)))
                .unwrap_or_else(|| "message.eml".into()),
            _ => "unnamed".into(),
        });
        mail.attachments.push(Attachment {
            name,
            content_type,
            size,
        });
    }
    Ok(mail)
}

fn first_address(addr: Option<&mail_parser::Address>) -> Option<Address> {
    addr?.iter().find_map(to_address)
}

fn all_addresses(addr: Option<&mail_parser::Address>) -> Vec<Address> {
    addr.map(|a| a.iter().filter_map(to_address).take(100).collect())
        .unwrap_or_default()
}

fn to_address(a: &mail_parser::Addr) -> Option<Address> {
    let email = clean(a.address()?).trim().to_ascii_lowercase();
    if !email.contains('@') {
        return None;
    }
    Some(Address {
        name: a
            .name()
            .map(clean)
            .map(|n| n.trim().trim_matches('"').to_string())
            .filter(|n| !n.is_empty()),
        email,
    })
}

fn id_list(v: &HeaderValue) -> Vec<String> {
    match v {
        HeaderValue::Text(t) => vec![clean_id(t)],
        HeaderValue::TextList(l) => l.iter().take(100).map(|t| clean_id(t)).collect(),
        _ => Vec::new(),
    }
    .into_iter()
    .filter(|s| !s.is_empty())
    .collect()
}

fn clean_id(id: &str) -> String {
    clean(id.trim().trim_start_matches('<').trim_end_matches('>'))
}

/// Removes NUL and other C0 controls except tab and newline.
pub fn clean(s: &str) -> String {
    s.chars()
        .filter(|&c| c == '\n' || c == '\t' || !c.is_control())
        .collect()
}

fn unfold(value: &str) -> String {
    value
        .split(['\r', '\n'])
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn bounded(mut s: String) -> String {
    if s.len() > MAX_TEXT {
        let mut cut = MAX_TEXT;
        while !s.is_char_boundary(cut) {
            cut -= 1;
        }
        s.truncate(cut);
    }
    s
}

/// HTML → text for classification: block elements become line breaks, `<blockquote>` nesting
/// becomes `> ` prefixes, script/style/head are dropped, entities decoded.
pub fn html_to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let mut quote_depth: usize = 0;
    let mut skip_until: Option<&'static str> = None;
    let mut at_line_start = true;
    let mut rest = html;

    let newline = |out: &mut String, at_line_start: &mut bool| {
        while out.ends_with(' ') {
            out.pop();
        }
        out.push('\n');
        *at_line_start = true;
    };

    while !rest.is_empty() {
        if let Some(end_tag) = skip_until {
            match find_ci(rest, end_tag) {
                Some(i) => {
                    rest = &rest[i..];
                    skip_until = None;
                }
                None => break,
            }
        }
        if let Some(stripped) = rest.strip_prefix("<!--") {
            rest = stripped.find("-->").map(|i| &stripped[i + 3..]).unwrap_or("");
            continue;
        }
        if rest.starts_with('<') {
            let end = match rest.find('>') {
                Some(e) => e,
                None => break,
            };
            let tag = &rest[1..end];
            rest = &rest[end + 1..];
            let closing = tag.starts_with('/');
            let name: String = tag
                .trim_start_matches('/')
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect::<String>()
                .to_ascii_lowercase();
            match name.as_str() {
                "script" | "style" | "head" | "title" if !closing => {
                    skip_until = Some(match name.as_str() {
                        "script" => "</script",
                        "style" => "</style",
                        "head" => "</head",
                        _ => "</title",
                    });
                }
                "blockquote" => {
                    if closing {
                        quote_depth = quote_depth.saturating_sub(1);
                    } else {
                        quote_depth += 1;
                    }
                    newline(&mut out, &mut at_line_start);
                }
                "br" | "p" => newline(&mut out, &mut at_line_start),
                // Clients write one `<div>` per line (Gmail, Outlook, Evolution): a block ends
                // the line it is on, and `</div><div>` is one line break, not a blank line
                // (which would end the sentence that wrapped there).
                "div" | "tr" | "li" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "table" | "hr" | "pre"
                    if !out.is_empty() && !at_line_start =>
                {
                    newline(&mut out, &mut at_line_start)
                }
                "td" | "th" => out.push(' '),
                _ => {}
            }
            continue;
        }
        let next = rest.find('<').unwrap_or(rest.len());
        let chunk = &rest[..next];
        rest = &rest[next..];
        for word in decode_entities(chunk).split_whitespace() {
            if at_line_start {
                for _ in 0..quote_depth {
                    out.push_str("> ");
                }
                at_line_start = false;
            } else if !out.ends_with(['\n', ' ']) {
                out.push(' ');
            }
            out.push_str(word);
        }
        if chunk.ends_with(char::is_whitespace) && !at_line_start {
            out.push(' ');
        }
    }
    // Collapse runs of blank lines.
    let mut result = String::with_capacity(out.len());
    let mut blank = 0;
    for line in out.lines() {
        let line = line.trim_end();
        if line.trim_start_matches(['>', ' ']).is_empty() {
            blank += 1;
            if blank > 1 {
                continue;
            }
        } else {
            blank = 0;
        }
        result.push_str(line);
        result.push('\n');
    }
    clean(result.trim())
}

fn find_ci(hay: &str, needle: &str) -> Option<usize> {
    let h = hay.as_bytes();
    let n = needle.as_bytes();
    if n.len() > h.len() {
        return None;
    }
    (0..=h.len() - n.len()).find(|&i| h[i..i + n.len()].eq_ignore_ascii_case(n) && hay.is_char_boundary(i))
}

fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        // Byte search: the 12-byte window may end inside a character; ';' never does.
        let end = rest.bytes().take(12).position(|b| b == b';');
        let decoded = end.and_then(|e| entity(&rest[1..e]).map(|c| (c, e)));
        match decoded {
            Some((c, e)) => {
                out.push(c);
                rest = &rest[e + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(code).filter(|c| !c.is_control() || *c == '\n');
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "eacute" => 'é',
        "egrave" => 'è',
        "ecirc" => 'ê',
        "agrave" => 'à',
        "acirc" => 'â',
        "aacute" => 'á',
        "iacute" => 'í',
        "oacute" => 'ó',
        "uacute" => 'ú',
        "ntilde" => 'ñ',
        "ccedil" => 'ç',
        "ouml" => 'ö',
        "auml" => 'ä',
        "uuml" => 'ü',
        "Ouml" => 'Ö',
        "Auml" => 'Ä',
        "Uuml" => 'Ü',
        "Eacute" => 'É',
        "szlig" => 'ß',
        "euro" => '€',
        "pound" => '£',
        "copy" => '©',
        "reg" => '®',
        "hellip" => '…',
        "ndash" => '–',
        "mdash" => '—',
        "rsquo" | "lsquo" => '\'',
        "rdquo" | "ldquo" => '"',
        "iexcl" => '¡',
        "iquest" => '¿',
        "laquo" => '«',
        "raquo" => '»',
        "deg" => '°',
        "middot" => '·',
        "bull" => '•',
        "shy" => '\u{AD}',
        "oelig" => 'œ',
        "OElig" => 'Œ',
        // The accented letters of Latin-1 (U+00C0…U+00FF) have systematic names.
        _ => {
            let at = LATIN1_LETTERS.iter().position(|n| *n == name)?;
            char::from_u32(0xC0 + at as u32)?
        }
    })
}

/// HTML entity names of U+00C0…U+00FF, in code point order.
const LATIN1_LETTERS: [&str; 64] = [
    "Agrave", "Aacute", "Acirc", "Atilde", "Auml", "Aring", "AElig", "Ccedil", "Egrave", "Eacute", "Ecirc", "Euml",
    "Igrave", "Iacute", "Icirc", "Iuml", "ETH", "Ntilde", "Ograve", "Oacute", "Ocirc", "Otilde", "Ouml", "times",
    "Oslash", "Ugrave", "Uacute", "Ucirc", "Uuml", "Yacute", "THORN", "szlig", "agrave", "aacute", "acirc", "atilde",
    "auml", "aring", "aelig", "ccedil", "egrave", "eacute", "ecirc", "euml", "igrave", "iacute", "icirc", "iuml",
    "eth", "ntilde", "ograve", "oacute", "ocirc", "otilde", "ouml", "divide", "oslash", "ugrave", "uacute", "ucirc",
    "uuml", "yacute", "thorn", "yuml",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin1_entities_by_name() {
        assert_eq!(
            decode_entities("o&ugrave; &Icirc;le &yuml; &times; &oelig;uvre"),
            "où Île ÿ × œuvre"
        );
        assert_eq!(decode_entities("&unknown; stays"), "&unknown; stays");
    }

    #[test]
    fn an_ampersand_before_wide_characters_is_kept() {
        // The 12-byte window after '&' ends inside a character here (the property test's find).
        let s = "&?\na\u{fffd}\u{fffd}\u{fffd}\u{fffd}";
        assert_eq!(decode_entities(s), s);
        assert_eq!(
            decode_entities("&\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}&amp;"),
            "&\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}&"
        );
    }

    #[test]
    fn plain_mail() {
        let raw = b"From: \"Jane Doe\" <Jane@Customer.TEST>\r\nTo: support@example.test\r\nSubject: =?UTF-8?B?R3LDvMOfZQ==?=\r\nMessage-ID: <abc@x>\r\nReferences: <a@x> <b@x>\r\n\r\nHello\r\n";
        let m = parse(raw).expect("parses");
        assert_eq!(
            m.from,
            Some(Address {
                name: Some("Jane Doe".into()),
                email: "jane@customer.test".into()
            })
        );
        assert_eq!(m.subject, "Grüße");
        assert_eq!(m.message_id.as_deref(), Some("abc@x"));
        assert_eq!(m.references, vec!["a@x", "b@x"]);
        assert_eq!(m.text.trim(), "Hello");
    }

    #[test]
    fn empty_and_garbage_are_errors() {
        assert_eq!(parse(b"").unwrap_err(), ParseError::Empty);
        assert_eq!(parse(b" \r\n").unwrap_err(), ParseError::Empty);
    }

    #[test]
    fn nul_bytes_are_removed() {
        let m = parse(b"From: a@b.test\r\nSubject: x\0y\r\n\r\nbo\0dy\r\n").expect("parses");
        assert_eq!(m.subject, "xy");
        assert!(!m.text.contains('\0'));
    }

    #[test]
    fn html_blockquote_becomes_quote_marks() {
        let t = html_to_text("<html><head><style>p{}</style></head><body><p>I will sue &amp; more&nbsp;now</p><blockquote>old <b>text</b><br>line2</blockquote><p>Bye</p></body></html>");
        assert_eq!(t, "I will sue & more now\n\n> old text\n> line2\n\nBye");
    }

    #[test]
    fn one_div_per_line_is_one_line_break() {
        // Gmail/Outlook/Evolution: a <div> per line, an empty <div><br></div> between paragraphs.
        let t = html_to_text("<div>Das ist\nwirklich</div>\n<div>das Letzte.</div>\n<div><br></div>\n<div>Gruß</div>");
        assert_eq!(t, "Das ist wirklich\ndas Letzte.\n\nGruß");
    }

    #[test]
    fn html_only_mail_uses_converted_text() {
        let raw =
            b"From: a@b.test\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<div>Caf&eacute; is <i>down</i></div>";
        let m = parse(raw).expect("parses");
        assert!(m.text_from_html);
        assert_eq!(m.text, "Café is down");
    }

    #[test]
    fn cr_only_line_endings() {
        let m = parse(b"From: a@b.test\rSubject: old mac\r\rbody\r").expect("parses");
        assert_eq!(m.subject, "old mac");
        assert_eq!(m.text.trim(), "body");
    }

    #[test]
    fn latin1_quoted_printable_body() {
        let raw = b"From: a@b.test\r\nContent-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nK=FCndigung\r\n";
        assert_eq!(parse(raw).expect("parses").text.trim(), "Kündigung");
    }
}
