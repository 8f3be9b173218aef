//! The customer directory: who a sender is (by address, or by their organisation's domain),
//! their plan, spend, tenure, audience and tags — the facts behind seed 001's VIP rules.
//! Parsing the import CSV is pure; the table lives in `store`.

use chrono::NaiveDate;
use serde::Serialize;

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Customer {
    /// Lower-case address; a row with only a domain covers everyone at it.
    pub email: Option<String>,
    /// Lower-case domain, e.g. `acme.test`.
    pub domain: Option<String>,
    pub name: Option<String>,
    pub organisation: Option<String>,
    pub plan: Option<String>,
    pub annual_spend: Option<f64>,
    pub customer_since: Option<NaiveDate>,
    /// Social media following or similar reach.
    pub audience: Option<u64>,
    pub tags: Vec<String>,
}

impl Customer {
    pub fn key(&self) -> String {
        self.email
            .clone()
            .or_else(|| self.domain.as_ref().map(|d| format!("@{d}")))
            .unwrap_or_default()
    }
}

pub const COLUMNS: &[&str] = &[
    "email",
    "domain",
    "name",
    "organisation",
    "plan",
    "annual_spend",
    "customer_since",
    "audience",
    "tags",
];

/// Splits one CSV line (RFC 4180 quoting, `""` for a quote inside quotes).
fn split_csv(line: &str) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                cur.push('"');
                chars.next();
            }
            ('"', true) => quoted = false,
            ('"', false) if cur.trim().is_empty() => {
                cur.clear();
                quoted = true;
            }
            (',', false) => out.push(std::mem::take(&mut cur).trim().to_string()),
            (c, _) => cur.push(c),
        }
    }
    if quoted {
        return Err("unclosed quote".into());
    }
    out.push(cur.trim().to_string());
    Ok(out)
}

/// Parses an import file. Header names are matched loosely (`organization`, `company`,
/// `followers`, `since` …). Every problem is reported with its line number, all at once.
pub fn parse_csv(text: &str) -> Result<Vec<Customer>, Vec<String>> {
    let mut lines = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.trim_start().starts_with('#'));
    let Some((_, header)) = lines.next() else {
        return Err(vec!["the file is empty".into()]);
    };
    let header = split_csv(header.trim_start_matches('\u{feff}')).map_err(|e| vec![format!("line 1: {e}")])?;
    let mut errors = Vec::new();
    let mut cols: Vec<Option<&'static str>> = Vec::new();
    for h in &header {
        let name = match h.to_ascii_lowercase().replace([' ', '-'], "_").as_str() {
            "email" | "e_mail" | "address" | "mail" => Some("email"),
            "domain" => Some("domain"),
            "name" | "contact" | "full_name" => Some("name"),
            "organisation" | "organization" | "company" | "org" | "account" => Some("organisation"),
            "plan" | "tier" => Some("plan"),
            "annual_spend" | "spend" | "annual_revenue" | "arr" | "yearly_spend" => Some("annual_spend"),
            "customer_since" | "since" | "start" | "start_date" => Some("customer_since"),
            "audience" | "audience_size" | "followers" | "following" => Some("audience"),
            "tags" | "tag" | "labels" => Some("tags"),
            other => {
                errors.push(format!(
                    "line 1: unknown column {other:?} (known: {})",
                    COLUMNS.join(", ")
                ));
                None
            }
        };
        cols.push(name);
    }
    if !cols.iter().any(|c| matches!(c, Some("email") | Some("domain"))) {
        errors.push("line 1: an email or a domain column is needed".into());
    }
    let mut out = Vec::new();
    for (i, line) in lines {
        let n = i + 1;
        let fields = match split_csv(line) {
            Ok(f) => f,
            Err(e) => {
                errors.push(format!("line {n}: {e}"));
                continue;
            }
        };
        if fields.len() > cols.len() {
            errors.push(format!("line {n}: {} fields but {} columns", fields.len(), cols.len()));
            continue;
        }
        let mut c = Customer::default();
        for (value, col) in fields.iter().zip(&cols) {
            let value = value.trim();
            if value.is_empty() {
                continue;
            }
            match col {
                Some("email") => {
                    if value.contains('@') && !value.contains(char::is_whitespace) {
                        c.email = Some(value.to_ascii_lowercase());
                    } else {
                        errors.push(format!("line {n}: email {value:?} is not an address"));
                    }
                }
                Some("domain") => c.domain = Some(value.trim_start_matches('@').to_ascii_lowercase()),
                Some("name") => c.name = Some(value.to_string()),
                Some("organisation") => c.organisation = Some(value.to_string()),
                Some("plan") => c.plan = Some(value.to_ascii_lowercase()),
                Some("annual_spend") => {
                    match crate::classify::money::parse_number(value.trim_start_matches(['$', '€', '£']).trim()) {
                        Some(x) => c.annual_spend = Some(x),
                        None => errors.push(format!("line {n}: annual_spend {value:?} is not an amount")),
                    }
                }
                Some("customer_since") => {
                    let date = NaiveDate::parse_from_str(value, "%Y-%m-%d")
                        .ok()
                        .or_else(|| value.parse::<i32>().ok().and_then(|y| NaiveDate::from_ymd_opt(y, 1, 1)));
                    match date {
                        Some(d) => c.customer_since = Some(d),
                        None => errors.push(format!(
                            "line {n}: customer_since {value:?} is not a date like 2019-04-01 or a year"
                        )),
                    }
                }
                Some("audience") => {
                    let v = value.replace([',', '.', '_', ' '], "").to_ascii_lowercase();
                    let parsed = if let Some(k) = v.strip_suffix('k') {
                        k.parse::<u64>().ok().map(|x| x * 1000)
                    } else if let Some(m) = v.strip_suffix('m') {
                        m.parse::<u64>().ok().map(|x| x * 1_000_000)
                    } else {
                        v.parse().ok()
                    };
                    match parsed {
                        Some(a) => c.audience = Some(a),
                        None => errors.push(format!("line {n}: audience {value:?} is not a number")),
                    }
                }
                Some("tags") => {
                    c.tags = value
                        .split([';', '|', ','])
                        .map(|t| t.trim().to_ascii_lowercase())
                        .filter(|t| !t.is_empty())
                        .collect()
                }
                _ => {}
            }
        }
        if c.email.is_none() && c.domain.is_none() {
            errors.push(format!("line {n}: needs an email or a domain"));
            continue;
        }
        out.push(c);
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn import_with_loose_headers_and_quotes() {
        let csv = "Email,Organization,Plan,Annual Spend,Since,Followers,Tags\n\
                   ann@acme.test,\"Acme, Inc.\",Enterprise,\"$24,000\",2018-03-01,,key account\n\
                   ,,,,,,\n\
                   bob@blog.test,,free,0,2025,120k,influencer;press\n";
        let rows = parse_csv(&csv.replace("\n,,,,,,\n", "\n")).expect("valid");
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].organisation.as_deref(), Some("Acme, Inc."));
        assert_eq!(rows[0].annual_spend, Some(24000.0));
        assert_eq!(rows[0].plan.as_deref(), Some("enterprise"));
        assert_eq!(rows[1].audience, Some(120_000));
        assert_eq!(rows[1].tags, vec!["influencer", "press"]);
        assert_eq!(rows[1].customer_since, NaiveDate::from_ymd_opt(2025, 1, 1));
    }

    #[test]
    fn every_bad_line_is_named() {
        let csv = "email,spend,colour\nnot-an-address,12,red\nann@a.test,lots,blue\n";
        let errors = parse_csv(csv).expect_err("invalid");
        let all = errors.join("\n");
        assert!(all.contains("unknown column \"colour\""), "{all}");
        assert!(all.contains("line 2: email"), "{all}");
        assert!(all.contains("line 3: annual_spend"), "{all}");
    }

    #[test]
    fn domain_rows() {
        let rows = parse_csv("domain,plan\n@bigcorp.test,enterprise\n").expect("valid");
        assert_eq!(rows[0].domain.as_deref(), Some("bigcorp.test"));
        assert_eq!(rows[0].key(), "@bigcorp.test");
    }
}
