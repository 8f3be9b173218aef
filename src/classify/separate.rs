//! Splits a mail body into the customer's own words, quoted history and signature, in the
//! manner of talon and email_reply_parser. Only the own words are classified: "we will sue"
//! quoted from an earlier mail, or "confidential … legal" in a disclaimer, is not a threat.

use serde::{Deserialize, Serialize};

use crate::text::fold;

/// Cue words, folded (lower case, no accents). Shipped in the rules file's `[separate]`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeparateRules {
    /// "On … wrote:", "Am … schrieb …:", "Le … a écrit :", "El … escribió:".
    pub attribution_verbs: Vec<String>,
    /// "-----Original Message-----", "Begin forwarded message:" and the like.
    pub separator_phrases: Vec<String>,
    /// "----- End forwarded message -----": the customer writes again below it.
    #[serde(default)]
    pub end_of_quote_phrases: Vec<String>,
    /// "From:" and "Sent:" keys of an Outlook-style header block, in all languages.
    pub header_from_keys: Vec<String>,
    pub header_other_keys: Vec<String>,
    /// "Best regards", "Mit freundlichen Grüßen", "Cordialement", "Saludos".
    pub signoffs: Vec<String>,
    /// "Sent from my iPhone" and the like: a one-line signature.
    pub signature_lines: Vec<String>,
    /// Phrases only legal disclaimers contain.
    pub disclaimer_phrases: Vec<String>,
    /// After a sign-off, at most this many lines are taken for a signature block.
    #[serde(default = "default_signature_lines")]
    pub max_signature_lines: usize,
}

fn default_signature_lines() -> usize {
    12
}

impl SeparateRules {
    pub fn normalise(&mut self) {
        for list in [
            &mut self.attribution_verbs,
            &mut self.separator_phrases,
            &mut self.end_of_quote_phrases,
            &mut self.header_from_keys,
            &mut self.header_other_keys,
            &mut self.signoffs,
            &mut self.signature_lines,
            &mut self.disclaimer_phrases,
        ] {
            for p in list.iter_mut() {
                *p = fold(p);
            }
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LineKind {
    Own,
    Quoted,
    Signature,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Separated {
    /// The customer's own words, lines joined with `\n`.
    pub own: String,
    pub quoted_lines: usize,
    pub signature_lines: usize,
    /// Why the quoted part starts where it does, for `--explain`.
    pub notes: Vec<String>,
}

pub fn separate(text: &str, rules: &SeparateRules) -> Separated {
    let lines: Vec<&str> = text.lines().collect();
    let folded: Vec<String> = lines.iter().map(|l| fold(l.trim())).collect();
    let mut kinds = vec![LineKind::Own; lines.len()];
    let mut notes = Vec::new();

    // 1. Quoted history: `>` lines, and everything below an attribution, separator or header
    //    block. Below an attribution followed by `>` lines the customer may answer inline,
    //    so only the `>` lines are quoted there.
    let mut i = 0;
    while i < lines.len() {
        let f = &folded[i];
        if f.starts_with('>') {
            kinds[i] = LineKind::Quoted;
            i += 1;
            continue;
        }
        if let Some(len) = attribution(&folded, i, rules) {
            let next_quoted = folded
                .iter()
                .skip(i + len)
                .find(|l| !l.is_empty())
                .is_some_and(|l| l.starts_with('>'));
            notes.push(format!("quoted history from line {}: {:?}", i + 1, lines[i].trim()));
            if next_quoted {
                for k in kinds.iter_mut().skip(i).take(len) {
                    *k = LineKind::Quoted;
                }
                i += len;
                continue;
            }
            for k in kinds.iter_mut().skip(i) {
                *k = LineKind::Quoted;
            }
            break;
        }
        if is_separator(f, rules) || header_block(&folded, i, rules) {
            notes.push(format!("quoted history from line {}: {:?}", i + 1, lines[i].trim()));
            // A forwarded block that is closed again ("----- End forwarded message -----")
            // may have the customer's own words below it.
            let end = (i + 1..lines.len()).find(|&j| is_end_of_quote(&folded[j], rules));
            let last = end.unwrap_or(lines.len() - 1);
            for k in kinds.iter_mut().take(last + 1).skip(i) {
                *k = LineKind::Quoted;
            }
            match end {
                Some(j) => {
                    i = j + 1;
                    continue;
                }
                None => break,
            }
        }
        i += 1;
    }

    // 2. Signature, searched in the own part above the first quoted block.
    let own_end = kinds.iter().position(|k| *k == LineKind::Quoted).unwrap_or(lines.len());
    let own_end = last_own_before_quote(&kinds, own_end);
    if let Some(start) = signature_start(&lines, &folded, &kinds, own_end, rules, &mut notes) {
        for k in kinds.iter_mut().take(own_end).skip(start) {
            if *k == LineKind::Own {
                *k = LineKind::Signature;
            }
        }
    }
    // Disclaimers can sit anywhere below the text, also after the quoted part.
    for (idx, f) in folded.iter().enumerate() {
        if kinds[idx] == LineKind::Own && is_disclaimer(f, rules) {
            notes.push(format!("legal disclaimer from line {}", idx + 1));
            let para_start = (0..idx)
                .rev()
                .find(|&j| folded[j].is_empty())
                .map(|j| j + 1)
                .unwrap_or(idx);
            for k in kinds.iter_mut().skip(para_start.min(idx)) {
                if *k == LineKind::Own {
                    *k = LineKind::Signature;
                }
            }
            break;
        }
    }

    let mut own = String::new();
    for (line, kind) in lines.iter().zip(&kinds) {
        if *kind == LineKind::Own {
            own.push_str(line.trim_end());
            own.push('\n');
        }
    }
    Separated {
        own: own.trim().to_string(),
        quoted_lines: kinds.iter().filter(|k| **k == LineKind::Quoted).count(),
        signature_lines: kinds.iter().filter(|k| **k == LineKind::Signature).count(),
        notes,
    }
}

/// With inline replies the first quote is not the end of the own text; the signature search
/// looks at the own lines up to the last one.
fn last_own_before_quote(kinds: &[LineKind], first_quote: usize) -> usize {
    match kinds.iter().rposition(|k| *k == LineKind::Own) {
        Some(last) if last > first_quote => last + 1,
        _ => first_quote,
    }
}

/// An attribution line ("On Tue, 4 Mar 2025 at 10:02, Jane <j@x> wrote:"), possibly wrapped
/// over two or three lines. Returns how many lines it spans.
fn attribution(folded: &[String], i: usize, rules: &SeparateRules) -> Option<usize> {
    let mut joined = String::new();
    for (n, line) in folded.iter().skip(i).take(3).enumerate() {
        if n > 0 {
            // A wrapped attribution continues a line that has not ended a sentence.
            if line.is_empty() || joined.trim_end().ends_with(['.', '!', '?']) {
                break;
            }
            joined.push(' ');
        }
        joined.push_str(line);
        if joined.len() > 300 {
            return None;
        }
        let t = joined.trim_end();
        if t.ends_with(':') || t.ends_with("wrote") {
            let body = t.trim_end_matches(':').trim_end();
            if rules
                .attribution_verbs
                .iter()
                .any(|v| body.ends_with(v.as_str()) || body.contains(&format!(" {v} ")))
                && looks_like_attribution(&joined)
            {
                return Some(n + 1);
            }
        }
    }
    None
}

/// Attributions name a date or an address; a customer's own "as I wrote:" does not.
fn looks_like_attribution(s: &str) -> bool {
    s.contains('@') || s.chars().filter(|c| c.is_ascii_digit()).count() >= 2
}

fn is_separator(f: &str, rules: &SeparateRules) -> bool {
    (is_rule_line(f) || f.ends_with(':')) && rule_text_starts_with(f, &rules.separator_phrases)
}

fn is_end_of_quote(f: &str, rules: &SeparateRules) -> bool {
    is_rule_line(f) && rule_text_starts_with(f, &rules.end_of_quote_phrases)
}

/// "----- Forwarded message -----", "__________", "=== …".
fn is_rule_line(f: &str) -> bool {
    f.starts_with("--") || f.starts_with("__") || f.starts_with("==")
}

/// The words between the dashes of a rule line begin with one of `phrases`.
fn rule_text_starts_with(f: &str, phrases: &[String]) -> bool {
    let bare = f.trim_matches(|c: char| c == '-' || c == '_' || c == '=' || c == '*' || c.is_whitespace());
    phrases.iter().any(|p| bare.starts_with(p.as_str()))
}

fn is_disclaimer(folded_line: &str, rules: &SeparateRules) -> bool {
    rules
        .disclaimer_phrases
        .iter()
        .any(|p| folded_line.contains(p.as_str()))
}

/// "From: X / Sent: Y / To: Z / Subject: W" as Outlook writes it above the quoted mail.
fn header_block(folded: &[String], i: usize, rules: &SeparateRules) -> bool {
    let mut line = folded[i].as_str();
    line = line.trim_start_matches(['*', '_']);
    let is_key = |l: &str, keys: &[String]| {
        let l = l.trim_start_matches(['*', '_']);
        keys.iter().any(|k| {
            l.strip_prefix(k.as_str())
                .is_some_and(|r| r.trim_start().starts_with(':'))
        })
    };
    if !is_key(line, &rules.header_from_keys) {
        return false;
    }
    let others = folded
        .iter()
        .skip(i + 1)
        .take(5)
        .filter(|l| is_key(l, &rules.header_other_keys))
        .count();
    others >= 2
}

fn signature_start(
    lines: &[&str],
    folded: &[String],
    kinds: &[LineKind],
    own_end: usize,
    rules: &SeparateRules,
    notes: &mut Vec<String>,
) -> Option<usize> {
    // Each kind of evidence gives a start; the earliest wins ("Un saludo, / Ignacio Vidal /
    // Abogado" above a "-- " block is signature too).
    let mut found: Vec<(usize, String)> = Vec::new();
    // The RFC 3676 delimiter "-- ", unless prose follows it: a customer who pastes her own
    // out-of-office text, a "--" and then writes her mail has not signed off.
    if let Some(idx) =
        (0..own_end).find(|&idx| kinds[idx] == LineKind::Own && (lines[idx] == "-- " || lines[idx] == "--"))
    {
        let prose = (idx + 1..own_end)
            .filter(|&j| {
                let l = lines[j].trim();
                l.len() > 30 && l.ends_with(['.', '!', '?']) && !is_disclaimer(&folded[j], rules)
            })
            .count();
        if prose < 2 {
            found.push((idx, format!("signature from line {} (\"-- \")", idx + 1)));
        }
    }
    if let Some(idx) = (0..own_end).find(|&idx| {
        kinds[idx] == LineKind::Own
            && rules
                .signature_lines
                .iter()
                .any(|p| folded[idx].starts_with(p.as_str()))
    }) {
        found.push((idx, format!("signature from line {}: {:?}", idx + 1, lines[idx].trim())));
    }
    // A sign-off with only short lines (name, title, phone) below it.
    for idx in (0..own_end).rev() {
        if kinds[idx] != LineKind::Own {
            continue;
        }
        let f = folded[idx].trim_end_matches([',', '.', '!', '-']).trim();
        if f.is_empty() || f.len() > 40 {
            continue;
        }
        let line_end = lines[idx].trim_end();
        let is_signoff = rules.signoffs.iter().any(|s| {
            let Some(rest) = f.strip_prefix(s.as_str()) else {
                return false;
            };
            let rest = rest.trim_start_matches([',', ' ', '!', '-']);
            // "Thanks," or "Best, Jane" — not "Thanks, that fixed it."
            rest.is_empty()
                || (rest.split_whitespace().count() <= 2
                    && !line_end.ends_with(['.', '?'])
                    && (f.as_bytes().get(s.len()).is_some_and(|b| *b == b',' || *b == b' ')))
        });
        let has_text_above = folded[..idx]
            .iter()
            .zip(&kinds[..idx])
            .any(|(l, k)| *k == LineKind::Own && !l.is_empty());
        if is_signoff && has_text_above {
            // A disclaimer below the name is left out on its own (step 3); its long lines do
            // not make the sign-off part of the text.
            let below: Vec<&String> = folded[idx + 1..own_end]
                .iter()
                .filter(|l| !l.is_empty() && !is_disclaimer(l, rules))
                .collect();
            if below.len() <= rules.max_signature_lines && below.iter().all(|l| l.len() <= 80) {
                found.push((idx, format!("signature from line {}: {:?}", idx + 1, lines[idx].trim())));
                break;
            }
        }
    }
    let (idx, note) = found.into_iter().min_by_key(|(idx, _)| *idx)?;
    notes.push(note);
    Some(idx)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules() -> SeparateRules {
        crate::classify::Rules::builtin().separate.clone()
    }

    fn own(text: &str) -> String {
        separate(text, &rules()).own
    }

    #[test]
    fn gt_quotes_and_attribution() {
        let t = "Thanks, that fixed it.\n\nOn Mon, 3 Mar 2025 at 10:00, Support <support@example.test> wrote:\n> We will sue you\n> if needed\n";
        assert_eq!(own(t), "Thanks, that fixed it.");
    }

    #[test]
    fn wrapped_gmail_attribution_without_gt() {
        let t = "All good now.\nOn Mon, Mar 3, 2025 at 10:00 AM Jane Doe <jane@customer.test>\nwrote:\nI will take legal action\n";
        assert_eq!(own(t), "All good now.");
    }

    #[test]
    fn other_languages() {
        for a in [
            "Am 03.03.2025 um 10:00 schrieb Max Muster <max@x.de>:",
            "Le 3 mars 2025 à 10:00, Jean <jean@x.fr> a écrit :",
            "El 3 mar 2025, a las 10:00, Ana <ana@x.es> escribió:",
        ] {
            let t = format!("Danke.\n\n{a}\nIch verklage Sie.\n");
            assert_eq!(own(&t), "Danke.", "{a}");
        }
    }

    #[test]
    fn outlook_header_block_and_separator() {
        let t = "Please see below.\n\nFrom: Bob <bob@x.test>\nSent: Monday, March 3, 2025 10:00 AM\nTo: Support\nSubject: lawsuit\n\nWe are going to sue.\n";
        assert_eq!(own(t), "Please see below.");
        let t = "FYI\n-----Original Message-----\nFrom: x\nI want a manager\n";
        assert_eq!(own(t), "FYI");
        let t = "See below\n---------- Forwarded message ---------\nFrom: x <x@y>\nDate: Mon\nsue\n";
        assert_eq!(own(t), "See below");
    }

    #[test]
    fn words_below_a_closed_forward_are_the_customers() {
        let t = "See below.\n\n----- Forwarded message -----\nFrom: Mail Delivery System\nYour message could not be delivered.\n----- End forwarded message -----\n\nYou charged me twice. Please refund one.\n";
        assert_eq!(own(t), "See below.\n\n\nYou charged me twice. Please refund one.");
        // Without the closing line everything below the separator stays quoted.
        let t = "See below.\n----- Forwarded message -----\nFrom: x\nI will sue.\n";
        assert_eq!(own(t), "See below.");
    }

    #[test]
    fn a_delimiter_followed_by_prose_is_no_signature() {
        let t = "I am out of the office until Friday.\n\n--\n\nSorry, that's my auto text, I'm writing from the airport.\nYour colleague said she would ring me back by end of day.\nNobody rang. Please ring me.\n";
        assert!(own(t).contains("Nobody rang"), "{}", own(t));
        let t = "Please send the invoice again.\n-- \nJane Doe\nAcme Ltd\n+44 20 5550 0100\n";
        assert_eq!(own(t), "Please send the invoice again.");
    }

    #[test]
    fn inline_replies_keep_the_customers_lines() {
        let t = "On Mon, 3 Mar 2025, Support <s@example.test> wrote:\n> Did you restart?\nYes, and it is still down.\n> Anything else?\nNo.\n";
        assert_eq!(own(t), "Yes, and it is still down.\nNo.");
    }

    #[test]
    fn signatures_titles_and_disclaimers() {
        let t =
            "The export fails with error 500.\n\nBest regards,\nJane Doe\nOffice Manager\nAcme Corp | +1 555 0100\n";
        assert_eq!(own(t), "The export fails with error 500.");
        let t = "Please call me.\n\nThis e-mail and any attachments are confidential. If you are not the intended recipient, legal action may follow.\n";
        assert_eq!(own(t), "Please call me.");
        let t = "Broken again\n-- \nJane\n";
        assert_eq!(own(t), "Broken again");
        let t = "It crashed\n\nSent from my iPhone";
        assert_eq!(own(t), "It crashed");
    }

    #[test]
    fn a_customer_quoting_in_prose_is_kept() {
        let t = "As I wrote: the site is down.\nThanks for nothing, I will cancel.";
        assert_eq!(own(t), t);
    }
}
