//! Text normalisation shared by the guard and the classifier: case and accent folding,
//! word tokens that remember where they came from, sentences.
//!
//! Folding maps "Kündigung", "KUNDIGUNG" and "kündigung" to the same letters, so rules are
//! written once in plain lower case. English contractions are expanded ("won't" → "will not")
//! so that a negation is always the token `not`.

/// Lower-cases, removes accents (é → e, ß → ss) and normalises quotes and dashes.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_folded(c, &mut out);
    }
    out
}

fn push_folded(c: char, out: &mut String) {
    match c {
        'A'..='Z' => out.push(c.to_ascii_lowercase()),
        'a'..='z' | '0'..='9' => out.push(c),
        c if c.is_ascii() => out.push(c),
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'ā' | 'ą' | 'ă' => {
            out.push('a')
        }
        'æ' | 'Æ' => out.push_str("ae"),
        'ç' | 'Ç' | 'ć' | 'č' => out.push('c'),
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' | 'ē' | 'ę' | 'ě' => out.push('e'),
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' | 'ı' => out.push('i'),
        'ñ' | 'Ñ' | 'ń' | 'ň' => out.push('n'),
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'ő' => out.push('o'),
        'œ' | 'Œ' => out.push_str("oe"),
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' | 'ű' | 'ů' => out.push('u'),
        'ý' | 'ÿ' | 'Ý' => out.push('y'),
        'ß' => out.push_str("ss"),
        'ł' | 'Ł' => out.push('l'),
        'ś' | 'š' | 'Š' => out.push('s'),
        'ź' | 'ż' | 'ž' | 'Ž' => out.push('z'),
        '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{2032}' | '`' | '´' => out.push('\''),
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '«' | '»' => out.push('"'),
        '\u{2010}'..='\u{2015}' => out.push('-'),
        '\u{00A0}' | '\u{2000}'..='\u{200B}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => out.push(' '),
        '¿' | '¡' => out.push(' '),
        c => {
            for l in c.to_lowercase() {
                out.push(l);
            }
        }
    }
}

/// A word of the folded text, with the byte range of the original text it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub text: String,
    pub start: usize,
    pub end: usize,
}

/// Splits into folded word tokens. Digits stay in words ("500", "2fa"); `'` joins letters
/// inside a word and English contractions are expanded; French elisions (l', d', j', qu')
/// become their own token.
pub fn tokenize(s: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut word = String::new();
    let mut start = 0;
    let mut end = 0;
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let mut folded = String::new();
        push_folded(c, &mut folded);
        let is_apostrophe = folded == "'";
        let is_word = folded.chars().all(|f| f.is_alphanumeric()) && !folded.is_empty();
        if is_word {
            if word.is_empty() {
                start = i;
            }
            word.push_str(&folded);
            end = i + c.len_utf8();
        } else if is_apostrophe && !word.is_empty() && chars.peek().is_some_and(|(_, n)| n.is_alphabetic()) {
            word.push('\'');
            end = i + c.len_utf8();
        } else if !word.is_empty() {
            emit(&mut tokens, std::mem::take(&mut word), start, end);
        }
    }
    if !word.is_empty() {
        emit(&mut tokens, word, start, end);
    }
    tokens
}

fn emit(tokens: &mut Vec<Token>, word: String, start: usize, end: usize) {
    let push = |tokens: &mut Vec<Token>, t: &str| {
        if !t.is_empty() {
            tokens.push(Token {
                text: t.to_string(),
                start,
                end,
            });
        }
    };
    let Some(apos) = word.find('\'') else {
        tokens.push(Token { text: word, start, end });
        return;
    };
    let (head, tail) = (&word[..apos], &word[apos + 1..]);
    match (head, tail) {
        ("won", "t") => {
            push(tokens, "will");
            push(tokens, "not");
        }
        ("can", "t") => {
            push(tokens, "can");
            push(tokens, "not");
        }
        ("shan", "t") => {
            push(tokens, "shall");
            push(tokens, "not");
        }
        (h, "t") if h.ends_with('n') => {
            push(tokens, &h[..h.len() - 1]);
            push(tokens, "not");
        }
        (h, "ll") => {
            push(tokens, h);
            push(tokens, "will");
        }
        (h, "re") => {
            push(tokens, h);
            push(tokens, "are");
        }
        (h, "ve") => {
            push(tokens, h);
            push(tokens, "have");
        }
        (h, "m") => {
            push(tokens, h);
            push(tokens, "am");
        }
        (h, "d") => {
            push(tokens, h);
            push(tokens, "would");
        }
        (h, "s") => push(tokens, h),
        // French and Italian elision: l'avocat, d'une, j'ai, qu'il, n'est.
        (h, t)
            if matches!(
                h,
                "l" | "d" | "j" | "qu" | "n" | "s" | "c" | "m" | "t" | "jusqu" | "lorsqu" | "puisqu" | "quelqu"
            ) =>
        {
            push(tokens, h);
            emit(tokens, t.to_string(), start, end);
        }
        _ => push(tokens, &word.replace('\'', "")),
    }
}

/// A sentence of the original text, by byte range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

/// Splits text into sentences. Hard-wrapped lines of a paragraph are joined (mail clients wrap
/// at 72 columns mid-sentence); blank lines, list items and sentence punctuation split.
pub fn sentences(s: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    let bytes = s.as_bytes();
    let mut start = 0;
    let mut i = 0;
    let push = |spans: &mut Vec<Span>, a: usize, b: usize| {
        let piece = &s[a..b];
        let lead = piece.len() - piece.trim_start().len();
        let trail = piece.len() - piece.trim_end().len();
        if b - trail > a + lead {
            spans.push(Span {
                start: a + lead,
                end: b - trail,
            });
        }
    };
    while i < bytes.len() {
        let c = bytes[i];
        match c {
            b'.' | b'!' | b'?' | b';' => {
                // Runs like "?!" or "..." end one sentence; "3.5" and "e.g." do not.
                let mut j = i + 1;
                while j < bytes.len() && matches!(bytes[j], b'.' | b'!' | b'?') {
                    j += 1;
                }
                let next_is_space =
                    j >= bytes.len() || bytes[j].is_ascii_whitespace() || bytes[j] == b'"' || bytes[j] == b')';
                let prev_is_digit = i > 0 && bytes[i - 1].is_ascii_digit();
                let next_is_digit = j < bytes.len() && bytes[j].is_ascii_digit();
                if next_is_space
                    && !(c == b'.' && prev_is_digit && next_is_digit)
                    && !is_abbreviation(&s[start..i])
                    && !(c == b'.' && j == i + 1 && is_ordinal_date(&s[start..i], &s[j..]))
                {
                    push(&mut spans, start, j);
                    start = j;
                }
                i = j;
            }
            b'\n' => {
                // A line break ends a sentence when the next line is blank, a list item, or
                // this line is short (a greeting, a heading, a signature line).
                let line_start = s[..i].rfind('\n').map(|p| p + 1).unwrap_or(0);
                let line = s[line_start..i].trim();
                let rest = &s[i + 1..];
                let next_line = rest.lines().next().unwrap_or("").trim();
                let ends = next_line.is_empty()
                    || next_line.starts_with(['-', '*', '•', '>'])
                    || is_numbered_item(next_line)
                    || line.chars().count() < 40 && !continues(line, next_line)
                    || line.ends_with(':');
                if ends {
                    push(&mut spans, start, i);
                    start = i + 1;
                }
                i += 1;
            }
            _ => i += 1,
        }
    }
    push(&mut spans, start, s.len());
    spans
}

/// A short line whose sentence runs on: the next line starts in lower case and this one ends
/// without punctuation ("half the\nclips won't open" from a client that wraps twice). A
/// greeting ("Hi team,") or a signature ("Thanks\nAnna") still stands alone.
fn continues(line: &str, next_line: &str) -> bool {
    next_line.chars().next().is_some_and(char::is_lowercase) && line.chars().last().is_some_and(char::is_alphanumeric)
}

/// A German ordinal before a month, "Mal" or a word in lower case ("am 28. Mai", "zum 3. Mal",
/// "am 10. und"): the dot does not end the sentence.
fn is_ordinal_date(before: &str, after: &str) -> bool {
    let last = before.rsplit(|c: char| c.is_whitespace()).next().unwrap_or("");
    if !(1..=2).contains(&last.len()) || !last.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    // "1. restart …" at the start of a line is a numbered item.
    let lead = before[..before.len() - last.len()].trim_end_matches([' ', '\t']);
    if lead.is_empty() || lead.ends_with('\n') {
        return false;
    }
    let next: String = after.trim_start().chars().take_while(|c| c.is_alphabetic()).collect();
    // "am 3., am 10. und am 17.": a sentence does not go on in lower case.
    if next.chars().next().is_some_and(char::is_lowercase) {
        return true;
    }
    matches!(
        next.as_str(),
        "Januar"
            | "Jänner"
            | "Februar"
            | "März"
            | "April"
            | "Mai"
            | "Juni"
            | "Juli"
            | "August"
            | "September"
            | "Oktober"
            | "November"
            | "Dezember"
            | "Jan"
            | "Feb"
            | "Mär"
            | "Apr"
            | "Jun"
            | "Jul"
            | "Aug"
            | "Sep"
            | "Sept"
            | "Okt"
            | "Nov"
            | "Dez"
            | "Mal"
    )
}

/// "1. Text", "12) Text": one or two digits, a '.' or ')', then a space. Not a wrapped amount
/// ("142.000 € …") or a date ("3.5.").
fn is_numbered_item(line: &str) -> bool {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &line.as_bytes()[digits..];
    (1..=2).contains(&digits) && rest.len() >= 2 && matches!(rest[0], b'.' | b')') && rest[1] == b' '
}

fn is_abbreviation(before: &str) -> bool {
    let last = before.rsplit(|c: char| c.is_whitespace()).next().unwrap_or("");
    let l = last.to_ascii_lowercase();
    matches!(
        l.as_str(),
        "e.g"
            | "i.e"
            | "etc"
            | "mr"
            | "mrs"
            | "ms"
            | "dr"
            | "vs"
            | "no"
            | "nr"
            | "art"
            | "abs"
            | "z.b"
            | "bzw"
            | "ca"
            | "approx"
            | "inc"
            | "ltd"
            | "co"
            | "st"
            | "p.s"
            | "u.a"
            | "usw"
            | "mme"
            | "m"
            | "sr"
            | "sra"
            | "dept"
    ) || (last.len() == 1 && last.chars().all(|c| c.is_ascii_uppercase()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        tokenize(s).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn folding() {
        assert_eq!(fold("Kündigung ÉTÉ Straße"), "kundigung ete strasse");
        assert_eq!(fold("don’t"), "don't");
    }

    #[test]
    fn contractions_and_elisions() {
        assert_eq!(
            words("I won't pay, we'll sue. Don't!"),
            ["i", "will", "not", "pay", "we", "will", "sue", "do", "not"]
        );
        assert_eq!(words("l'avocat d'une société"), ["l", "avocat", "d", "une", "societe"]);
        assert_eq!(words("It's the company's fault"), ["it", "the", "company", "fault"]);
    }

    #[test]
    fn tokens_point_into_the_original() {
        let s = "Straße — BROKEN";
        let t = tokenize(s);
        assert_eq!(&s[t[0].start..t[0].end], "Straße");
        assert_eq!(t[1].text, "broken");
        assert_eq!(&s[t[1].start..t[1].end], "BROKEN");
    }

    #[test]
    fn sentence_split() {
        let s = "Hi team,\n\nthe site has been down since 9.30 this morning and we\nlose money every minute. Fix it now!\nThanks";
        let parts: Vec<&str> = sentences(s).iter().map(|sp| &s[sp.start..sp.end]).collect();
        assert_eq!(
            parts,
            [
                "Hi team,",
                "the site has been down since 9.30 this morning and we\nlose money every minute.",
                "Fix it now!",
                "Thanks"
            ]
        );
        // A wrapped line that starts with an amount continues the sentence; a numbered item
        // starts a new one.
        let s = "our printer (lease contract LV-2020-77, total value\n142.000 \u{20ac}) shows error E-7204 since yesterday\n1. restart did not help";
        let parts: Vec<&str> = sentences(s).iter().map(|sp| &s[sp.start..sp.end]).collect();
        assert!(parts[0].contains("value\n142.000"), "{parts:?}");
        assert_eq!(parts.last(), Some(&"restart did not help"), "{parts:?}");
        // A short line runs on into a next line in lower case; greetings and signatures stand alone.
        let s = "Hi team,\nthe card corrupted again - half\nthe\nclips won't open.\nThanks\nAnna";
        let parts: Vec<&str> = sentences(s).iter().map(|sp| &s[sp.start..sp.end]).collect();
        assert_eq!(
            parts,
            [
                "Hi team,",
                "the card corrupted again - half\nthe\nclips won't open.",
                "Thanks",
                "Anna"
            ]
        );
        // A German ordinal date or "zum 3. Mal" does not end the sentence; "am 28. Ich …" does.
        let s = "Ich habe mein Abo am 28. Mai gekündigt. Ich schreibe zum 3. Mal. Das war am 28. Ich weiß. Am 10. und am 17. auch.";
        let parts: Vec<&str> = sentences(s).iter().map(|sp| &s[sp.start..sp.end]).collect();
        assert_eq!(
            parts,
            [
                "Ich habe mein Abo am 28. Mai gekündigt.",
                "Ich schreibe zum 3. Mal.",
                "Das war am 28.",
                "Ich weiß.",
                "Am 10. und am 17. auch."
            ]
        );
    }
}
