//! Money amounts in the forms customers write them: `$12,500.00`, `USD 7k`, `8.400,00 €`,
//! `€9 999`, `£6,200`, `15.000 EUR`, `twelve thousand dollars`. Used for `high_value_order`
//! and for the refund amount that decides which level has the authority (seed 001).

use std::sync::OnceLock;

use regex::Regex;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Amount {
    pub value: f64,
    /// ISO code when the text says which currency.
    pub currency: &'static str,
    /// Byte range in the text it was found in.
    pub start: usize,
    pub end: usize,
}

fn amount_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        // A currency before or after the number is required: "order 12345" is not money.
        // ASCII word boundaries (?-u:\b) keep the regex on the fast DFA engines.
        let sym = r"(?:US\$|\$|€|£|(?-u:\b)(?:USD|EUR|GBP|CHF|CAD|AUD)(?-u:\b))";
        let num = r"(?:\d{1,3}(?:[.,' \u{00A0}\u{202F}]\d{3}(?-u:\b))+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)";
        let mult = r"(?:\s?(?:k|K|m|M|mio|Mio|thousand|million|tausend|mille|mil)(?-u:\b))?";
        let word = r"(?:(?-u:\b)(?:USD|EUR|GBP|CHF|CAD|AUD|dollars?|euros?|Euro|pounds?|dólares|dolares|libras|Dollar|Franken)|€|£|\$)";
        let pattern = format!(r"(?:(?P<pre>{sym})\s?(?P<n1>{num})(?P<m1>{mult})|(?P<n2>{num})(?P<m2>{mult})\s?(?P<post>{word}))");
        Regex::new(&pattern).expect("amount regex is valid")
    })
}

fn words_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?i)(?-u:\b)(?P<n>(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a)[\s-]*)+)thousand\s+(?P<cur>dollars|euros|pounds|bucks)(?-u:\b)")
            .expect("words regex is valid")
    })
}

pub fn find(text: &str) -> Vec<Amount> {
    let mut out = Vec::new();
    // Most sentences name no amount; skip the regexes for them.
    let has_digit = text.bytes().any(|b| b.is_ascii_digit());
    let has_thousand = text.len() >= 8 && text.as_bytes().windows(8).any(|w| w.eq_ignore_ascii_case(b"thousand"));
    if !has_digit && !has_thousand {
        return out;
    }
    for c in amount_regex().captures_iter(text).filter(|_| has_digit) {
        let (Some(n), m, cur) = (
            c.name("n1").or(c.name("n2")),
            c.name("m1").or(c.name("m2")),
            c.name("pre").or(c.name("post")),
        ) else {
            continue;
        };
        let Some(mut value) = parse_number(n.as_str()) else {
            continue;
        };
        if let Some(m) = m {
            value *= match m.as_str().trim().to_ascii_lowercase().as_str() {
                "k" | "thousand" | "tausend" | "mille" | "mil" => 1_000.0,
                "m" | "mio" | "million" => 1_000_000.0,
                _ => 1.0,
            };
        }
        let whole = c.get(0).map(|g| (g.start(), g.end())).unwrap_or((0, 0));
        out.push(Amount {
            value,
            currency: currency(cur.map(|c| c.as_str()).unwrap_or("")),
            start: whole.0,
            end: whole.1,
        });
    }
    for c in words_regex().captures_iter(text).filter(|_| has_thousand) {
        let (Some(n), Some(cur)) = (c.name("n"), c.name("cur")) else {
            continue;
        };
        if let Some(v) = english_number(n.as_str()) {
            let whole = c.get(0).map(|g| (g.start(), g.end())).unwrap_or((0, 0));
            out.push(Amount {
                value: v * 1000.0,
                currency: currency(cur.as_str()),
                start: whole.0,
                end: whole.1,
            });
        }
    }
    out.sort_by_key(|a| a.start);
    out
}

fn currency(s: &str) -> &'static str {
    match s.to_ascii_lowercase().trim() {
        "$" | "usd" | "us$" | "dollar" | "dollars" | "dólares" | "dolares" | "bucks" => "USD",
        "€" | "eur" | "euro" | "euros" => "EUR",
        "£" | "gbp" | "pound" | "pounds" | "libras" => "GBP",
        "chf" | "franken" => "CHF",
        "cad" => "CAD",
        "aud" => "AUD",
        _ => "",
    }
}

/// "12,500.00" → 12500, "8.400,00" → 8400, "1,5" → 1.5, "9 999" → 9999, "10'000" → 10000.
pub fn parse_number(s: &str) -> Option<f64> {
    let s: String = s
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{00A0}' | '\u{202F}' | '\''))
        .collect();
    let last_sep = s.rfind(['.', ',']);
    let normalised = match last_sep {
        None => s.clone(),
        Some(pos) => {
            let decimals = s.len() - pos - 1;
            let sep = s.as_bytes()[pos] as char;
            let both = s.contains('.') && s.contains(',');
            let repeated = s.matches(sep).count() > 1;
            let is_decimal = both || (!repeated && decimals != 3);
            if is_decimal {
                let int: String = s[..pos].chars().filter(|c| c.is_ascii_digit()).collect();
                format!("{int}.{}", &s[pos + 1..])
            } else {
                s.chars().filter(|c| c.is_ascii_digit()).collect()
            }
        }
    };
    normalised.parse::<f64>().ok()
}

fn english_number(s: &str) -> Option<f64> {
    let mut total = 0.0;
    let mut current = 0.0;
    for w in s
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
    {
        let v = match w.to_ascii_lowercase().as_str() {
            "a" | "one" => 1.0,
            "two" => 2.0,
            "three" => 3.0,
            "four" => 4.0,
            "five" => 5.0,
            "six" => 6.0,
            "seven" => 7.0,
            "eight" => 8.0,
            "nine" => 9.0,
            "ten" => 10.0,
            "eleven" => 11.0,
            "twelve" => 12.0,
            "thirteen" => 13.0,
            "fourteen" => 14.0,
            "fifteen" => 15.0,
            "sixteen" => 16.0,
            "seventeen" => 17.0,
            "eighteen" => 18.0,
            "nineteen" => 19.0,
            "twenty" => 20.0,
            "thirty" => 30.0,
            "forty" => 40.0,
            "fifty" => 50.0,
            "sixty" => 60.0,
            "seventy" => 70.0,
            "eighty" => 80.0,
            "ninety" => 90.0,
            "hundred" => {
                current = if current == 0.0 { 100.0 } else { current * 100.0 };
                continue;
            }
            _ => return None,
        };
        current += v;
    }
    total += current;
    (total > 0.0).then_some(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(s: &str) -> Vec<(f64, &'static str)> {
        find(s).into_iter().map(|a| (a.value, a.currency)).collect()
    }

    #[test]
    fn common_formats() {
        assert_eq!(values("an order of $12,500.00 today"), vec![(12500.0, "USD")]);
        assert_eq!(values("USD 7k"), vec![(7000.0, "USD")]);
        assert_eq!(values("Rechnung über 8.400,00 € offen"), vec![(8400.0, "EUR")]);
        assert_eq!(values("€9 999 paid"), vec![(9999.0, "EUR")]);
        assert_eq!(values("£6,200"), vec![(6200.0, "GBP")]);
        assert_eq!(values("15.000 EUR"), vec![(15000.0, "EUR")]);
        assert_eq!(values("a refund of 49,90 €"), vec![(49.9, "EUR")]);
        assert_eq!(values("twelve thousand dollars"), vec![(12000.0, "USD")]);
        assert_eq!(values("twenty-five thousand euros"), vec![(25000.0, "EUR")]);
        assert_eq!(values("$5,000"), vec![(5000.0, "USD")]);
    }

    #[test]
    fn numbers_without_currency_are_not_money() {
        assert!(values("order 123456 and ticket 5000").is_empty());
        assert!(values("call +1 555 0100").is_empty());
    }

    #[test]
    fn separators() {
        assert_eq!(parse_number("1,500"), Some(1500.0));
        assert_eq!(parse_number("1.500"), Some(1500.0));
        assert_eq!(parse_number("12,5"), Some(12.5));
        assert_eq!(parse_number("1.234.567,89"), Some(1234567.89));
        assert_eq!(parse_number("10'000"), Some(10000.0));
    }
}
