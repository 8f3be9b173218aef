//! Scores the classifier against a labelled directory (`labels.tsv` + `.eml` files, the format
//! of `tests/corpus/`): per-trigger precision, recall and F1, macro F1, false and missed
//! escalation rates, and how well automated mail is recognised.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

use serde::Serialize;

use crate::classify::{Rules, TEXT_TRIGGERS};
use crate::guard::Identity;
use crate::pipeline::Prepared;
use crate::policy::Policy;

/// Triggers that partly depend on context (history, order data): reported, but left out of
/// the "from text alone" macro F1.
pub const CONTEXT_DEPENDENT: &[&str] = &["repeat_contact", "high_value_order"];

#[derive(Debug, thiserror::Error)]
pub enum ScoreError {
    #[error("cannot read {path}: {source}")]
    Read { path: String, source: std::io::Error },
    #[error("{path}:{line}: {message}")]
    Label { path: String, line: usize, message: String },
}

#[derive(Debug, Clone)]
pub struct Label {
    pub file: String,
    pub triggers: BTreeSet<String>,
    pub automated: Option<String>,
    pub lang: String,
    pub trap: String,
}

pub fn read_labels(dir: &Path) -> Result<Vec<Label>, ScoreError> {
    let path = dir.join("labels.tsv");
    let text = std::fs::read_to_string(&path).map_err(|source| ScoreError::Read {
        path: path.display().to_string(),
        source,
    })?;
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate().skip(1) {
        if line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let bad = |message: String| ScoreError::Label {
            path: path.display().to_string(),
            line: i + 1,
            message,
        };
        if cols.len() < 4 {
            return Err(bad(format!(
                "expected at least 4 tab-separated columns, found {}",
                cols.len()
            )));
        }
        let triggers: BTreeSet<String> = if cols[1] == "-" {
            BTreeSet::new()
        } else {
            cols[1].split(',').map(|t| t.trim().to_string()).collect()
        };
        for t in &triggers {
            if !TEXT_TRIGGERS.contains(&t.as_str()) {
                return Err(bad(format!("unknown trigger {t:?}")));
            }
        }
        out.push(Label {
            file: cols[0].to_string(),
            triggers,
            automated: (cols[2] != "-").then(|| cols[2].to_string()),
            lang: cols[3].to_string(),
            trap: cols.get(4).map(|s| s.to_string()).unwrap_or_default(),
        });
    }
    Ok(out)
}

#[derive(Debug, Default, Clone, Copy, Serialize)]
pub struct Counts {
    pub tp: u32,
    pub fp: u32,
    pub r#fn: u32,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.r#fn)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: u32, b: u32) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Miss {
    pub file: String,
    pub expected: Vec<String>,
    pub got: Vec<String>,
    pub note: String,
    /// "missed escalation" or "false escalation" when the mistake changes whether it escalates.
    pub escalation: Option<&'static str>,
}

#[derive(Debug, Default, Serialize)]
pub struct Score {
    pub messages: u32,
    pub human: u32,
    pub automated_labelled: u32,
    pub per_trigger: BTreeMap<String, Counts>,
    pub macro_f1_all: f64,
    pub macro_f1_text: f64,
    /// Human messages that should not escalate (no escalating trigger) but would.
    pub false_escalations: (u32, u32),
    /// Human messages that should escalate but would not.
    pub missed_escalations: (u32, u32),
    /// Automated mail recognised as automated (any kind), and with the right kind.
    pub automated_recognised: (u32, u32),
    pub automated_kind_right: u32,
    /// Human mail wrongly taken for automated.
    pub human_flagged_automated: (u32, u32),
    pub exact_matches: u32,
    pub mistakes: Vec<Miss>,
}

pub fn score(dir: &Path, rules: &Rules, policy: &Policy, identity: &Identity) -> Result<Score, ScoreError> {
    let labels = read_labels(dir)?;
    let escalates = |ids: &BTreeSet<String>| ids.iter().any(|t| policy.triggers.contains_key(t.as_str()));
    let mut s = Score::default();
    for id in TEXT_TRIGGERS {
        s.per_trigger.insert(id.to_string(), Counts::default());
    }
    let mut fe = (0, 0);
    let mut me = (0, 0);
    for label in &labels {
        let path = dir.join(&label.file);
        let raw = std::fs::read(&path).map_err(|source| ScoreError::Read {
            path: path.display().to_string(),
            source,
        })?;
        s.messages += 1;
        let (automated, got): (Option<&'static str>, BTreeSet<String>) =
            match crate::pipeline::prepare_with(&raw, rules, identity) {
                Prepared::Quarantine { .. } => (None, BTreeSet::new()),
                Prepared::Automated { automated, .. } => (Some(automated.kind.as_str()), BTreeSet::new()),
                Prepared::Human { classification, .. } => {
                    (None, classification.ids().into_iter().map(String::from).collect())
                }
            };
        match &label.automated {
            Some(kind) => {
                s.automated_labelled += 1;
                if automated.is_some() {
                    s.automated_recognised.0 += 1;
                }
                if automated == Some(kind.as_str()) {
                    s.automated_kind_right += 1;
                } else {
                    s.mistakes.push(Miss {
                        file: label.file.clone(),
                        expected: vec![format!("automated:{kind}")],
                        got: vec![format!("automated:{}", automated.unwrap_or("none"))],
                        note: label.trap.clone(),
                        escalation: None,
                    });
                }
                continue;
            }
            None => {
                s.human += 1;
                s.human_flagged_automated.1 += 1;
                if let Some(kind) = automated {
                    s.human_flagged_automated.0 += 1;
                    s.mistakes.push(Miss {
                        file: label.file.clone(),
                        expected: label.triggers.iter().cloned().collect(),
                        got: vec![format!("automated:{kind}")],
                        note: label.trap.clone(),
                        escalation: escalates(&label.triggers).then_some("missed escalation"),
                    });
                }
            }
        }
        for id in TEXT_TRIGGERS {
            let (want, have) = (label.triggers.contains(*id), got.contains(*id));
            let c = s.per_trigger.get_mut(*id).expect("every trigger has counts");
            match (want, have) {
                (true, true) => c.tp += 1,
                (false, true) => c.fp += 1,
                (true, false) => c.r#fn += 1,
                (false, false) => {}
            }
        }
        if label.triggers == got {
            s.exact_matches += 1;
        } else if automated.is_none() {
            let escalation = match (escalates(&label.triggers), escalates(&got)) {
                (true, false) => Some("missed escalation"),
                (false, true) => Some("false escalation"),
                _ => None,
            };
            s.mistakes.push(Miss {
                file: label.file.clone(),
                expected: label.triggers.iter().cloned().collect(),
                got: got.iter().cloned().collect(),
                note: label.trap.clone(),
                escalation,
            });
        }
        if automated.is_none() {
            if escalates(&label.triggers) {
                me.1 += 1;
                if !escalates(&got) {
                    me.0 += 1;
                }
            } else {
                fe.1 += 1;
                if escalates(&got) {
                    fe.0 += 1;
                }
            }
        }
    }
    s.automated_recognised.1 = s.automated_labelled;
    s.false_escalations = fe;
    s.missed_escalations = me;
    let f1s = |filter: &dyn Fn(&str) -> bool| {
        let v: Vec<f64> = s
            .per_trigger
            .iter()
            .filter(|(id, _)| filter(id))
            .map(|(_, c)| c.f1())
            .collect();
        v.iter().sum::<f64>() / v.len().max(1) as f64
    };
    s.macro_f1_all = f1s(&|_| true);
    s.macro_f1_text = f1s(&|id| !CONTEXT_DEPENDENT.contains(&id));
    Ok(s)
}

fn pct(a: u32, b: u32) -> String {
    format!("{a}/{b} = {:.1} %", 100.0 * ratio(a, b))
}

impl Score {
    pub fn render(&self, verbose: bool) -> String {
        let mut o = String::new();
        let _ = writeln!(
            o,
            "messages: {} ({} human, {} automated)",
            self.messages, self.human, self.automated_labelled
        );
        let _ = writeln!(
            o,
            "\n{:<27} {:>4} {:>4} {:>4} {:>9} {:>7} {:>6}",
            "trigger", "tp", "fp", "fn", "precision", "recall", "f1"
        );
        for (id, c) in &self.per_trigger {
            let _ = writeln!(
                o,
                "{:<27} {:>4} {:>4} {:>4} {:>9.3} {:>7.3} {:>6.3}",
                id,
                c.tp,
                c.fp,
                c.r#fn,
                c.precision(),
                c.recall(),
                c.f1()
            );
        }
        let _ = writeln!(
            o,
            "\nmacro F1, all 19 triggers:                       {:.3}",
            self.macro_f1_all
        );
        let _ = writeln!(
            o,
            "macro F1, 17 (without {}): {:.3}",
            CONTEXT_DEPENDENT.join(", "),
            self.macro_f1_text
        );
        let _ = writeln!(
            o,
            "exact trigger sets:           {}",
            pct(self.exact_matches, self.human)
        );
        let _ = writeln!(
            o,
            "false escalations:            {}",
            pct(self.false_escalations.0, self.false_escalations.1)
        );
        let _ = writeln!(
            o,
            "missed escalations:           {}",
            pct(self.missed_escalations.0, self.missed_escalations.1)
        );
        let _ = writeln!(
            o,
            "automated recognised:         {}",
            pct(self.automated_recognised.0, self.automated_recognised.1)
        );
        let _ = writeln!(
            o,
            "automated, right kind:        {}",
            pct(self.automated_kind_right, self.automated_labelled)
        );
        let _ = writeln!(
            o,
            "human mail flagged automated: {}",
            pct(self.human_flagged_automated.0, self.human_flagged_automated.1)
        );
        if verbose {
            let _ = writeln!(o, "\nmistakes:");
            for m in &self.mistakes {
                let missing: Vec<&String> = m.expected.iter().filter(|e| !m.got.contains(e)).collect();
                let extra: Vec<&String> = m.got.iter().filter(|g| !m.expected.contains(g)).collect();
                let what = m.escalation.map(|e| format!("  <- {e}")).unwrap_or_default();
                let _ = writeln!(
                    o,
                    "  {}  missing {:?} extra {:?}  [{}]{what}",
                    m.file, missing, extra, m.note
                );
            }
        }
        o
    }
}
