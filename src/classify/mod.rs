//! Which escalation triggers does the customer's own text contain, and what is the evidence?
//!
//! 1. `separate` keeps only the customer's own words (no quoted history, no signature).
//! 2. The text is cut into sentences and folded word tokens.
//! 3. Phrase patterns from the rules file are matched (all languages at once, via an index).
//! 4. Each match is checked against its context, NegEx-style: a negation cue shortly before it
//!    ("not going to cancel"), an if-clause ("if I cancel, …"), a policy question ("how do I
//!    cancel?"), reported speech ("my colleague joked we should sue"), or an excluded phrase
//!    ("account manager"). Such a match is kept as *suppressed*, with the reason, for
//!    `--explain`.
//! 5. Amounts are extracted for `high_value_order` and refund authority.
//!
//! Pure: strings in, data out. No I/O, no clock.

pub mod model;
pub mod money;
pub mod pattern;
pub mod separate;

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::guard::GuardRules;
use crate::text::{self, Token};
use pattern::{Pattern, PatternSet};
use separate::{SeparateRules, Separated};

/// The trigger vocabulary of design.md that can be found in text. Stable ids.
pub const TEXT_TRIGGERS: &[&str] = &[
    "legal_threat",
    "regulatory",
    "manager_request",
    "corporate_contact_request",
    "executive_contact",
    "security_incident",
    "data_loss",
    "outage",
    "billing_dispute",
    "cancellation_threat",
    "media_threat",
    "discrimination_harassment",
    "safety",
    "broken_promise",
    "repeat_contact",
    "high_value_order",
    "severe_dissatisfaction",
    "feature_request",
    "technical_issue",
];

/// Triggers that come from context (directory, history, clock), not from text.
pub const CONTEXT_TRIGGERS: &[&str] = &["vip", "multi_customer", "sla_breach", "low_csat"];

const BUILTIN_RULES: &str = include_str!("../../rules/default.toml");
const BUILTIN_MODEL: &str = include_str!("../../rules/model.tsv");

#[derive(Debug, thiserror::Error)]
pub enum RulesError {
    #[error("cannot read rules file {path}: {source}")]
    Read { path: String, source: std::io::Error },
    #[error("rules file {path} has {} error(s):\n{}", .errors.len(), .errors.iter().map(|e| format!("  - {e}")).collect::<Vec<_>>().join("\n"))]
    Invalid { path: String, errors: Vec<String> },
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    /// How many words before a match a negation cue still negates it.
    #[serde(default = "default_negation_window")]
    pub negation_window: usize,
    /// Evidence is cut to about this many characters around the match.
    #[serde(default = "default_evidence_chars")]
    pub evidence_chars: usize,
    /// A sentence with at least this many letters, this share of them capitals, is shouting.
    #[serde(default = "default_shout_letters")]
    pub shouting_min_letters: usize,
    #[serde(default = "default_shout_ratio")]
    pub shouting_ratio: f64,
}

fn default_negation_window() -> usize {
    5
}
fn default_evidence_chars() -> usize {
    200
}
fn default_shout_letters() -> usize {
    25
}
fn default_shout_ratio() -> f64 {
    0.8
}

/// The learned second reader (`model.rs`): where its weights are and how far to trust it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModelSettings {
    /// The weights table, relative to the rules file (`escalated train` writes it).
    pub file: String,
    /// The model adds a trigger the phrases missed when it is at least this sure.
    pub propose_at: f64,
    /// … and its strongest sentence alone gives it at least this.
    #[serde(default)]
    pub sentence_at_least: f64,
    /// A trigger the phrases found is dropped when the model gives it less than this …
    pub veto_below: f64,
    /// … and the words themselves speak against it: their weights add up to at most this
    /// (a short mail the model knows few words of is not vetoed on the prior alone).
    pub veto_words_at_most: f64,
    /// … unless a sentence a phrase found it in, read alone, gives the trigger at least this (0: no
    /// such exception): words elsewhere in the mail do not outvote the sentence that says it.
    #[serde(default)]
    pub veto_unless_sentence_at: f64,
    /// A proposal below this is dropped when its sentence holds an excluded phrase of the
    /// trigger, or is a question about policy the trigger does not fire in (0: never dropped).
    #[serde(default)]
    pub ruled_out_below: f64,
    /// A trigger that needs a reported problem ("please cancel" alone is a request) keeps
    /// it without one the issue patterns name when the model reads the whole mail as that
    /// trigger at least this sure (0: never).
    #[serde(default)]
    pub issue_waived_at: f64,
    /// Triggers the model neither proposes nor vetoes (decided by amounts or context).
    #[serde(default)]
    pub not_for: Vec<String>,
    /// Words too common to explain anything: not shown as the model's evidence, alone or
    /// paired with each other (they still count).
    #[serde(default)]
    pub quiet_words: Vec<String>,
}

/// Context cues, each a pattern in the rules language.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cues {
    pub negation: Vec<String>,
    /// Words that end a negation's scope ("but", "however", "aber", "mais", "pero").
    pub scope_terminators: Vec<String>,
    /// Words that open an if-clause.
    pub conditional: Vec<String>,
    /// First-person subject pronouns; one that starts a new clause ends an if-clause.
    pub first_person: Vec<String>,
    /// "my", "our" …: a match opening with one starts a clause of its own.
    #[serde(default)]
    pub possessive: Vec<String>,
    /// Object and reflexive pronouns among `first_person` ("me", "nos"): right after a negation
    /// they belong to its clause ("no me voy a dar de baja"), they do not open a new one.
    #[serde(default)]
    pub object_pronouns: Vec<String>,
    /// Openings of questions about policy or hypotheticals ("how do I", "can I", "what happens").
    pub question_openers: Vec<String>,
    /// Verbs that report somebody else's words ("joked", "said", "meinte").
    pub reported_speech: Vec<String>,
    /// The customer says the matter is settled ("thanks, it works again"): a reply's subject
    /// is then history, not news.
    #[serde(default)]
    pub settled: Vec<String>,
    /// Phrases that open with a negation word but negate nothing ("sans contact", "not
    /// only", "no matter"): NegEx's pseudo-negations.
    #[serde(default)]
    pub pseudo_negation: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TriggerRule {
    /// Human name for mails and reports, e.g. "Legal threat".
    pub label: String,
    #[serde(default)]
    pub patterns: Vec<String>,
    /// A match overlapping one of these phrases does not count ("account manager").
    #[serde(default)]
    pub exclude: Vec<String>,
    /// Patterns that count only in a sentence naming an amount of money ("you billed us
    /// £318 for an add-on we never ordered"): the amount is what makes them specific.
    #[serde(default)]
    pub with_amount: Vec<String>,
    /// Negation cues before a match cancel it (default true).
    #[serde(default = "yes")]
    pub negatable: bool,
    /// Still fires inside a policy/hypothetical question (requests often are questions).
    #[serde(default)]
    pub in_questions: bool,
    /// Still fires inside an if-clause.
    #[serde(default)]
    pub in_conditionals: bool,
    /// Amount triggers: fires when an amount above this appears…
    pub amount_above: Option<f64>,
    /// …in a sentence with one of these words (order, invoice, contract) …
    #[serde(default)]
    pub amount_context: Vec<String>,
    /// …and the mail reports a problem: one of these patterns, or another trigger of `issue_triggers`.
    #[serde(default)]
    pub issue_patterns: Vec<String>,
    #[serde(default)]
    pub issue_triggers: Vec<String>,
    /// Shouting (a sentence in capitals) counts as this trigger.
    #[serde(default)]
    pub shouting: bool,
    /// Still fires in reported speech (a broken promise is what somebody else said).
    #[serde(default)]
    pub reported_ok: bool,
    /// A match in a sentence that says the matter is settled (`cues.settled`: "the refund for
    /// the duplicate charge has arrived") does not count.
    #[serde(default)]
    pub settles: bool,
    /// Also found whenever one of these triggers is (an outage is a technical issue too).
    #[serde(default)]
    pub implied_by: Vec<String>,
    /// Dropped when one of these triggers is found (a hijacked account's "I can't log in" is
    /// the security incident, not an outage).
    #[serde(default)]
    pub suppressed_by: Vec<String>,
    /// A proposal of the learned model is dropped when its sentence is the evidence a phrase
    /// found one of these triggers in ("I want to speak to the CEO" is an executive contact,
    /// not a manager request).
    #[serde(default)]
    pub model_yields_to: Vec<String>,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RulesFile {
    pub settings: Settings,
    pub cues: Cues,
    pub separate: SeparateRules,
    #[serde(default)]
    pub thread: crate::thread::ThreadRules,
    pub automated: GuardRules,
    /// Amounts near these words are refund amounts (seed 001 authority limits).
    #[serde(default)]
    pub refund_context: Vec<String>,
    /// Labels of the triggers that come from context (vip, multi_customer, …).
    #[serde(default)]
    pub context_labels: BTreeMap<String, String>,
    pub triggers: BTreeMap<String, TriggerRule>,
    /// Without it the phrases decide alone.
    #[serde(default)]
    pub model: Option<ModelSettings>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tag {
    Positive(usize),
    /// A positive pattern that needs an amount of money in its sentence.
    WithAmount(usize),
    Exclude(usize),
    AmountContext(usize),
    Issue(usize),
    Refund,
}

/// The model's column for each trigger, unless the trigger is `not_for` the model.
fn model_columns(triggers: &[(String, TriggerRule)], settings: &ModelSettings, m: &model::Model) -> Vec<Option<usize>> {
    triggers
        .iter()
        .map(|(id, _)| {
            (!settings.not_for.contains(id))
                .then(|| m.triggers.iter().position(|t| t == id))
                .flatten()
        })
        .collect()
}

/// Compiled rules, ready to classify.
#[derive(Debug)]
pub struct Rules {
    pub settings: Settings,
    pub separate: SeparateRules,
    pub guard: GuardRules,
    pub thread: crate::thread::ThreadRules,
    triggers: Vec<(String, TriggerRule)>,
    context_labels: BTreeMap<String, String>,
    phrases: PatternSet<Tag>,
    negation: PatternSet<()>,
    /// Single-word negation cues, to tell patterns that spell out a negation ("not renew")
    /// from ones whose gap happens to swallow one ("will .. cancel" in "will not be cancelling").
    negation_words: Vec<String>,
    terminators: PatternSet<()>,
    conditional: PatternSet<()>,
    first_person: PatternSet<()>,
    possessive: PatternSet<()>,
    object_pronouns: PatternSet<()>,
    question_openers: PatternSet<()>,
    reported: PatternSet<()>,
    settled: PatternSet<()>,
    pseudo_negation: PatternSet<()>,
    learned: Option<Learned>,
}

#[derive(Debug)]
struct Learned {
    model: model::Model,
    settings: ModelSettings,
    /// The model's column for each of `Rules::triggers`, unless the trigger is `not_for` it.
    column: Vec<Option<usize>>,
    quiet: std::collections::HashSet<String>,
}

impl Learned {
    /// Up to four of `words` worth showing a person, quoted.
    fn shown(&self, words: &[String]) -> String {
        let telling = |w: &&String| !w.split(' ').all(|p| self.quiet.contains(p.trim_start_matches('~')));
        let shown: Vec<String> = words
            .iter()
            .filter(telling)
            .take(4)
            .map(|w| format!("\"{w}\""))
            .collect();
        if shown.is_empty() {
            "common words only".into()
        } else {
            shown.join(", ")
        }
    }
}

impl Rules {
    /// The rules shipped in the binary (`rules/default.toml`).
    pub fn builtin() -> &'static Rules {
        Self::builtin_shared()
    }

    pub fn builtin_arc() -> std::sync::Arc<Rules> {
        Self::builtin_shared().clone()
    }

    /// One parse of the built-in rules and model for the whole process.
    fn builtin_shared() -> &'static std::sync::Arc<Rules> {
        static ARC: std::sync::OnceLock<std::sync::Arc<Rules>> = std::sync::OnceLock::new();
        ARC.get_or_init(|| std::sync::Arc::new(Self::parse_builtin()))
    }

    fn parse_builtin() -> Rules {
        let model = |file: &str| match file {
            "model.tsv" => Ok(Cow::Borrowed(BUILTIN_MODEL)),
            other => Err(format!("only model.tsv is built in, not {other:?}")),
        };
        match Rules::parse_with(BUILTIN_RULES, "rules/default.toml (built in)", &model) {
            Ok(r) => r,
            // The shipped file is checked by a unit test; this cannot happen in a release.
            Err(e) => panic!("built-in rules are invalid: {e}"),
        }
    }

    pub fn load(path: &Path) -> Result<Rules, RulesError> {
        let text = std::fs::read_to_string(path).map_err(|source| RulesError::Read {
            path: path.display().to_string(),
            source,
        })?;
        let dir = path.parent().unwrap_or(Path::new("."));
        let model = |file: &str| {
            let p = dir.join(file);
            std::fs::read_to_string(&p)
                .map(Cow::Owned)
                .map_err(|e| format!("cannot read {}: {e}", p.display()))
        };
        Rules::parse_with(&text, &path.display().to_string(), &model)
    }

    /// Rules without a file system: a `[model]` section is an error here.
    pub fn parse(text: &str, name: &str) -> Result<Rules, RulesError> {
        Rules::parse_with(text, name, &|file| {
            Err(format!("no model file {file:?} next to inline rules"))
        })
    }

    /// `model` reads the weights file a `[model]` section names.
    pub fn parse_with(
        text: &str,
        name: &str,
        model: &dyn Fn(&str) -> Result<Cow<'static, str>, String>,
    ) -> Result<Rules, RulesError> {
        let invalid = |errors| RulesError::Invalid {
            path: name.to_string(),
            errors,
        };
        let file: RulesFile = toml::from_str(text).map_err(|e| invalid(vec![e.to_string()]))?;
        let mut errors = Vec::new();
        let mut compile_set = |list: &[String], what: &str| {
            let mut set = PatternSet::new();
            for p in list {
                match Pattern::compile(p) {
                    Ok(c) => set.add(c, ()),
                    Err(e) => errors.push(format!("{what}: {e}")),
                }
            }
            set
        };
        let negation = compile_set(&file.cues.negation, "cues.negation");
        let negation_words: Vec<String> = file
            .cues
            .negation
            .iter()
            .filter(|c| !c.contains(' '))
            .flat_map(|c| c.split('|'))
            .map(crate::text::fold)
            .collect();
        let terminators = compile_set(&file.cues.scope_terminators, "cues.scope_terminators");
        let conditional = compile_set(&file.cues.conditional, "cues.conditional");
        let first_person = compile_set(&file.cues.first_person, "cues.first_person");
        let possessive = compile_set(&file.cues.possessive, "cues.possessive");
        let object_pronouns = compile_set(&file.cues.object_pronouns, "cues.object_pronouns");
        let question_openers = compile_set(&file.cues.question_openers, "cues.question_openers");
        let reported = compile_set(&file.cues.reported_speech, "cues.reported_speech");
        let settled = compile_set(&file.cues.settled, "cues.settled");
        let pseudo_negation = compile_set(&file.cues.pseudo_negation, "cues.pseudo_negation");

        let mut phrases = PatternSet::new();
        let mut triggers = Vec::new();
        let mut add = |list: &[String], tag: Tag, what: String, errors: &mut Vec<String>| {
            for p in list {
                match Pattern::compile(p) {
                    Ok(c) => phrases.add(c, tag),
                    Err(e) => errors.push(format!("{what}: {e}")),
                }
            }
        };
        add(&file.refund_context, Tag::Refund, "refund_context".into(), &mut errors);
        for id in file.context_labels.keys() {
            if !CONTEXT_TRIGGERS.contains(&id.as_str()) {
                errors.push(format!(
                    "context_labels.{id}: not a context trigger (known: {})",
                    CONTEXT_TRIGGERS.join(", ")
                ));
            }
        }
        for (idx, (id, rule)) in file.triggers.into_iter().enumerate() {
            if !TEXT_TRIGGERS.contains(&id.as_str()) {
                errors.push(format!(
                    "triggers.{id}: unknown trigger id (known: {})",
                    TEXT_TRIGGERS.join(", ")
                ));
            }
            if rule.patterns.is_empty() && rule.with_amount.is_empty() && rule.amount_above.is_none() && !rule.shouting
            {
                errors.push(format!("triggers.{id}: has no patterns"));
            }
            for t in rule
                .issue_triggers
                .iter()
                .chain(&rule.implied_by)
                .chain(&rule.suppressed_by)
                .chain(&rule.model_yields_to)
            {
                if !TEXT_TRIGGERS.contains(&t.as_str()) {
                    errors.push(format!(
                        "triggers.{id}: unknown trigger {t:?} in issue_triggers, implied_by, suppressed_by or model_yields_to"
                    ));
                }
            }
            add(
                &rule.patterns,
                Tag::Positive(idx),
                format!("triggers.{id}.patterns"),
                &mut errors,
            );
            add(
                &rule.with_amount,
                Tag::WithAmount(idx),
                format!("triggers.{id}.with_amount"),
                &mut errors,
            );
            add(
                &rule.exclude,
                Tag::Exclude(idx),
                format!("triggers.{id}.exclude"),
                &mut errors,
            );
            add(
                &rule.amount_context,
                Tag::AmountContext(idx),
                format!("triggers.{id}.amount_context"),
                &mut errors,
            );
            add(
                &rule.issue_patterns,
                Tag::Issue(idx),
                format!("triggers.{id}.issue_patterns"),
                &mut errors,
            );
            triggers.push((id, rule));
        }
        let learned = file.model.and_then(|settings| {
            let text = model(&settings.file)
                .map_err(|e| errors.push(format!("model.file: {e}")))
                .ok()?;
            let m = model::Model::parse(&text, &settings.file)
                .map_err(|e| errors.push(format!("model.file: {e}")))
                .ok()?;
            for (key, v) in [
                ("propose_at", settings.propose_at),
                ("sentence_at_least", settings.sentence_at_least),
                ("veto_below", settings.veto_below),
                ("veto_unless_sentence_at", settings.veto_unless_sentence_at),
                ("ruled_out_below", settings.ruled_out_below),
                ("issue_waived_at", settings.issue_waived_at),
            ] {
                if !(0.0..=1.0).contains(&v) {
                    errors.push(format!("model.{key}: {v} is not a probability between 0 and 1"));
                }
            }
            for t in &settings.not_for {
                if !TEXT_TRIGGERS.contains(&t.as_str()) {
                    errors.push(format!("model.not_for: unknown trigger {t:?}"));
                }
            }
            let column = model_columns(&triggers, &settings, &m);
            let quiet = settings.quiet_words.iter().map(|w| text::fold(w)).collect();
            Some(Learned {
                model: m,
                settings,
                column,
                quiet,
            })
        });
        if !errors.is_empty() {
            return Err(invalid(errors));
        }
        let mut separate = file.separate;
        separate.normalise();
        let mut guard = file.automated;
        guard.normalise();
        let mut thread = file.thread;
        thread.normalise();
        Ok(Rules {
            settings: file.settings,
            separate,
            guard,
            thread,
            triggers,
            context_labels: file.context_labels,
            phrases,
            negation,
            negation_words,
            terminators,
            conditional,
            first_person,
            possessive,
            object_pronouns,
            question_openers,
            reported,
            settled,
            pseudo_negation,
            learned,
        })
    }

    /// Reads this model instead of the one the rules file names (`score --model`), with the
    /// rules' `[model]` settings.
    pub fn set_model(&mut self, text: &str, name: &str) -> Result<(), RulesError> {
        let invalid = |e: String| RulesError::Invalid {
            path: name.to_string(),
            errors: vec![e],
        };
        let m = model::Model::parse(text, name).map_err(|e| invalid(e.to_string()))?;
        let Some(l) = self.learned.as_mut() else {
            return Err(invalid(
                "the rules have no [model] section to say how to use a model".into(),
            ));
        };
        l.column = model_columns(&self.triggers, &l.settings, &m);
        l.model = m;
        Ok(())
    }

    /// A fresh copy of the built-in rules, to modify.
    pub fn builtin_owned() -> Rules {
        Self::parse_builtin()
    }

    pub fn label(&self, id: &str) -> String {
        self.triggers
            .iter()
            .find(|(t, _)| t == id)
            .map(|(_, r)| r.label.clone())
            .or_else(|| self.context_labels.get(id).cloned())
            .unwrap_or_else(|| id.replace('_', " "))
    }

    pub fn pattern_count(&self) -> usize {
        self.phrases.len()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    pub id: String,
    /// The customer's sentence that fired it.
    pub evidence: String,
    /// The rule that matched, for `--explain`.
    pub rule: String,
    #[serde(skip)]
    pub source: Source,
}

/// What found a trigger.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Source {
    /// A phrase of the rules file (or its shouting and amount rules).
    #[default]
    Phrase,
    /// The learned model.
    Model,
    /// Implied by another trigger (an outage is a technical issue).
    Implied,
    /// Not the text: a deadline passed or a team member raised the case.
    Case,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Suppressed {
    pub id: String,
    pub evidence: String,
    pub reason: String,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Classification {
    pub own_text: String,
    pub separation: Vec<String>,
    /// One finding per trigger (the first evidence), in vocabulary order.
    pub triggers: Vec<Finding>,
    pub suppressed: Vec<Suppressed>,
    pub amounts: Vec<money::Amount>,
    /// The largest amount named near a refund word, if any.
    pub refund_amount: Option<f64>,
}

impl Classification {
    pub fn has(&self, id: &str) -> bool {
        self.triggers.iter().any(|f| f.id == id)
    }

    pub fn ids(&self) -> Vec<&str> {
        self.triggers.iter().map(|f| f.id.as_str()).collect()
    }
}

/// Whose words a subject is. A reply's subject ("Re: …") is the customer's own, written when
/// the conversation began; a forwarded one repeats somebody else's (docs/triggers.md).
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum SubjectKind {
    Fresh,
    Reply,
    Forward,
}

pub(crate) fn subject_kind(subject: &str) -> SubjectKind {
    const REPLY: [&str; 7] = ["re:", "re :", "aw:", "antw:", "r:", "sv:", "ref:"];
    const FORWARD: [&str; 7] = ["fw:", "fwd:", "wg:", "tr:", "rv:", "enc:", "i:"];
    let folded = text::fold(subject);
    let mut s = folded.trim_start();
    let mut kind = SubjectKind::Fresh;
    loop {
        if FORWARD.iter().any(|p| s.starts_with(p)) {
            return SubjectKind::Forward;
        }
        match REPLY.iter().find(|p| s.starts_with(*p)) {
            Some(p) => {
                s = s[p.len()..].trim_start();
                kind = SubjectKind::Reply;
            }
            None => return kind,
        }
    }
}

/// Byte ranges of e-mail addresses, web addresses and dotted identifiers ("payment.failed",
/// "example.com", "report.pdf") in `text`: names, not speech.
fn address_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    for chunk in text.split_whitespace() {
        // Every address has a dot; most words have none, so they cost one scan.
        if !chunk.contains('.') {
            continue;
        }
        let bare = chunk.trim_matches(|c: char| !c.is_alphanumeric());
        let b = bare.as_bytes();
        let email = chunk.find('@').is_some_and(|i| chunk[i..].contains('.'));
        let dotted = (1..b.len().saturating_sub(1))
            .any(|i| b[i] == b'.' && b[i - 1].is_ascii_alphabetic() && b[i + 1].is_ascii_alphabetic());
        let web = ["http://", "https://", "www."]
            .iter()
            .any(|p| bare.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p)));
        if email || dotted || web {
            // `chunk` is a slice of `text`: its offset is the distance between the two.
            let at = chunk.as_ptr() as usize - text.as_ptr() as usize;
            spans.push((at, at + chunk.len()));
        }
    }
    spans
}

struct Sentence<'a> {
    text: &'a str,
    tokens: Vec<Token>,
    /// `breaks[i]`: punctuation (, ; : dash, bracket) between token i-1 and token i.
    breaks: Vec<bool>,
    is_question: bool,
}

impl<'a> Sentence<'a> {
    fn new(text: &'a str) -> Sentence<'a> {
        // Words inside addresses are names, not speech ("l.simon@roche-avocats.test").
        let addresses = address_spans(text);
        let mut tokens = text::tokenize(text);
        if !addresses.is_empty() {
            tokens.retain(|t| !addresses.iter().any(|&(a, b)| a <= t.start && t.end <= b));
        }
        let mut breaks = Vec::with_capacity(tokens.len());
        let mut prev_end = 0;
        for t in &tokens {
            let between = text.get(prev_end..t.start).unwrap_or("");
            breaks.push(between.contains([',', ';', ':', '(', ')', '–', '—']) || between.contains(" - "));
            prev_end = t.end;
        }
        Sentence {
            text,
            tokens,
            breaks,
            is_question: text.trim_end().ends_with('?'),
        }
    }

    fn evidence(&self, start: usize, end: usize, max: usize) -> String {
        let collapsed = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        if self.text.len() <= max {
            return collapsed(self.text);
        }
        let (a, b) = (self.tokens[start].start, self.tokens[end - 1].end);
        let room = max.saturating_sub(b - a) / 2;
        let mut from = a.saturating_sub(room);
        let mut to = (b + room).min(self.text.len());
        while !self.text.is_char_boundary(from) {
            from -= 1;
        }
        while !self.text.is_char_boundary(to) {
            to += 1;
        }
        // A match (or a whole sentence, for the model) longer than the room is cut after it.
        if to - from > max {
            to = from + max;
            while !self.text.is_char_boundary(to) {
                to -= 1;
            }
        }
        let mut s = collapsed(&self.text[from..to]);
        if from > 0 {
            s.insert_str(0, "… ");
        }
        if to < self.text.len() {
            s.push_str(" …");
        }
        s
    }
}

impl Rules {
    pub fn classify(&self, subject: &str, body: &str) -> Classification {
        self.read(subject, body, None).0
    }

    /// The learned model's features of a message, as `escalated train` sees them, with their
    /// readable names added to `names`.
    pub fn features(&self, subject: &str, body: &str, names: &mut HashMap<u64, String>) -> Vec<u64> {
        self.read(subject, body, Some(names)).1.concat()
    }

    /// Classifies; also returns the model features of each sentence when there is a model to
    /// read them or `names` asks for them.
    fn read(
        &self,
        subject: &str,
        body: &str,
        mut names: Option<&mut HashMap<u64, String>>,
    ) -> (Classification, Vec<Vec<u64>>) {
        let mut separated: Separated = separate::separate(body, &self.separate);
        let mut texts: Vec<&str> = Vec::new();
        let subject = subject.trim();
        if !subject.is_empty() {
            match subject_kind(subject) {
                SubjectKind::Forward => {}
                SubjectKind::Reply if self.says_settled(&separated.own) => separated
                    .notes
                    .push("the reply's subject: the customer says the matter is settled".into()),
                SubjectKind::Reply | SubjectKind::Fresh => texts.push(subject),
            }
        }
        texts.push(&separated.own);

        let mut found: BTreeMap<usize, Finding> = BTreeMap::new();
        // Every sentence (index into `features`) in which a phrase found each trigger.
        let mut found_in: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        let mut suppressed = Vec::new();
        let mut amount_sentences: Vec<(usize, Vec<money::Amount>, String)> = Vec::new();
        let mut issue_seen: Vec<bool> = vec![false; self.triggers.len()];
        let mut refund_amount: Option<f64> = None;
        let mut all_amounts = Vec::new();
        let max_ev = self.settings.evidence_chars;
        // Matches of `a && b` patterns wait until every sentence has been seen.
        let mut deferred: Vec<(usize, Finding, &Pattern)> = Vec::new();
        let mut all_tokens: Vec<Vec<Token>> = Vec::new();
        let want_features = names.is_some() || self.learned.is_some();
        let mut features: Vec<Vec<u64>> = Vec::new();
        // Where each sentence with features is: (text, start, end), for the model's evidence.
        let mut sentence_at: Vec<(usize, usize, usize)> = Vec::new();
        // Per sentence with features, the triggers the phrases rule out there (an excluded
        // phrase, or a question about policy): the model may not propose them from it.
        let mut ruled_out: Vec<Vec<usize>> = Vec::new();

        for (ti, t) in texts.iter().enumerate() {
            for span in text::sentences(t) {
                let s = Sentence::new(&t[span.start..span.end]);
                if s.tokens.is_empty() {
                    continue;
                }
                if want_features {
                    let words: Vec<&str> = s.tokens.iter().map(|t| t.text.as_str()).collect();
                    // Only words shortly after a negation cue can be in its scope.
                    let cues: Vec<usize> = (0..s.tokens.len()).filter(|&i| self.negation_at(&s, i)).collect();
                    let window = self.settings.negation_window;
                    let negated: Vec<bool> = (0..s.tokens.len())
                        .map(|i| cues.iter().any(|&c| c < i && i <= c + window) && self.negated(&s, i))
                        .collect();
                    let mut f = Vec::with_capacity(2 * words.len());
                    model::sentence_features(&words, &negated, &mut f, names.as_deref_mut());
                    features.push(f);
                    sentence_at.push((ti, span.start, span.end));
                }
                let matches = self.phrases.find_all(&s.tokens);
                all_tokens.push(s.tokens.clone());
                let amounts = money::find(s.text);
                all_amounts.extend(amounts.iter().cloned());
                let question = s.is_question && self.opens_question(&s);
                // Read at most once per sentence, and only for a trigger that `settles`.
                let settled = std::cell::OnceCell::new();
                let is_settled = || *settled.get_or_init(|| self.sentence_settled(&s));
                if want_features {
                    let out = self
                        .triggers
                        .iter()
                        .enumerate()
                        .filter(|(idx, (_, rule))| {
                            (question && !rule.in_questions)
                                || (rule.settles && is_settled())
                                || matches.iter().any(|m| m.tag == Tag::Exclude(*idx))
                        })
                        .map(|(idx, _)| idx)
                        .collect();
                    ruled_out.push(out);
                }
                for m in &matches {
                    match m.tag {
                        Tag::WithAmount(_) if amounts.is_empty() => {}
                        Tag::Positive(idx) | Tag::WithAmount(idx) => {
                            let (id, rule) = &self.triggers[idx];
                            // Every part of an `a & b` match is checked against the exclusions.
                            let parts: Vec<(usize, usize)> = std::iter::once((m.start, m.end))
                                .chain(m.others.iter().copied())
                                .collect();
                            let excluded = matches.iter().any(|x| {
                                x.tag == Tag::Exclude(idx) && parts.iter().any(|&(a, b)| x.start < b && a < x.end)
                            });
                            let reason = if excluded {
                                Some("part of an excluded phrase".to_string())
                            } else if rule.negatable
                                && (m.starts().any(|at| self.negated(&s, at)) || self.negation_inside(&s, m))
                            {
                                Some("negated".to_string())
                            } else if !rule.in_conditionals && m.starts().any(|at| self.in_conditional(&s, at)) {
                                Some("inside an if-clause".to_string())
                            } else if !rule.in_questions && question {
                                Some("a question about policy or a hypothetical".to_string())
                            } else if !rule.reported_ok && m.starts().any(|at| self.reported(&s, at)) {
                                Some("reported speech of somebody else".to_string())
                            } else if rule.settles && is_settled() {
                                Some("the sentence says it is settled".to_string())
                            } else {
                                None
                            };
                            let evidence = s.evidence(m.start, m.end, max_ev);
                            match reason {
                                Some(reason) => suppressed.push(Suppressed {
                                    id: id.clone(),
                                    evidence,
                                    reason,
                                }),
                                None if m.pattern.has_message_parts() => {
                                    deferred.push((
                                        idx,
                                        Finding {
                                            id: id.clone(),
                                            evidence,
                                            rule: m.pattern.source.clone(),
                                            source: Source::Phrase,
                                        },
                                        m.pattern,
                                    ));
                                }
                                None => {
                                    if want_features {
                                        let at = found_in.entry(idx).or_default();
                                        if at.last() != Some(&(features.len() - 1)) {
                                            at.push(features.len() - 1);
                                        }
                                    }
                                    if let std::collections::btree_map::Entry::Vacant(e) = found.entry(idx) {
                                        e.insert(Finding {
                                            id: id.clone(),
                                            evidence,
                                            rule: m.pattern.source.clone(),
                                            source: Source::Phrase,
                                        });
                                    }
                                }
                            }
                        }
                        Tag::Issue(idx) => {
                            if !self.negated(&s, m.start) {
                                issue_seen[idx] = true;
                            }
                        }
                        Tag::Refund => {
                            let near = amounts
                                .iter()
                                .map(|a| a.value)
                                .fold(None, |acc: Option<f64>, v| Some(acc.map_or(v, |a| a.max(v))));
                            if let Some(v) = near {
                                refund_amount = Some(refund_amount.map_or(v, |r| r.max(v)));
                            }
                        }
                        Tag::Exclude(_) | Tag::AmountContext(_) => {}
                    }
                }
                for (idx, (_, rule)) in self.triggers.iter().enumerate() {
                    if rule.amount_above.is_some()
                        && !amounts.is_empty()
                        && matches.iter().any(|m| m.tag == Tag::AmountContext(idx))
                    {
                        amount_sentences.push((idx, amounts.clone(), s.evidence(0, s.tokens.len(), max_ev)));
                    }
                    if rule.shouting && !found.contains_key(&idx) && self.shouting(s.text) {
                        found.insert(
                            idx,
                            Finding {
                                id: self.triggers[idx].0.clone(),
                                evidence: s.evidence(0, s.tokens.len(), max_ev),
                                rule: "shouting (a sentence in capitals)".into(),
                                source: Source::Phrase,
                            },
                        );
                    }
                }
            }
        }

        for (idx, finding, pattern) in deferred {
            if !found.contains_key(&idx) && pattern.message_parts_match(&all_tokens) {
                found.insert(idx, finding);
            }
        }

        // The learned reader proposes what the phrases missed and vetoes what reads unlike it.
        // Its reading of the whole mail per trigger, for the problem check below.
        let mut mail_reading: Vec<Option<f64>> = vec![None; self.triggers.len()];
        if let Some(l) = &self.learned {
            let readings = l.model.read(&features);
            for (idx, col) in l.column.iter().enumerate() {
                let Some(c) = *col else {
                    continue;
                };
                let r = &readings[c];
                mail_reading[idx] = Some(r.probability);
                match found.entry(idx) {
                    std::collections::btree_map::Entry::Occupied(e) => {
                        // Read the phrases' own sentences only when the veto would apply.
                        let sentence_says_it = || {
                            l.settings.veto_unless_sentence_at > 0.0
                                && found_in.get(&idx).is_some_and(|at| {
                                    at.iter().any(|&si| {
                                        l.model.read(std::slice::from_ref(&features[si]))[c].probability
                                            >= l.settings.veto_unless_sentence_at
                                    })
                                })
                        };
                        if r.probability < l.settings.veto_below
                            && r.words_logit <= l.settings.veto_words_at_most
                            && !sentence_says_it()
                        {
                            let f = e.remove();
                            let why = l.model.why(&features, c);
                            suppressed.push(Suppressed {
                                id: f.id,
                                evidence: f.evidence,
                                reason: format!(
                                    "the learned model reads it as unlikely (p = {:.3}, below {}; its words: {})",
                                    r.probability,
                                    l.settings.veto_below,
                                    l.shown(&why.against)
                                ),
                            });
                        }
                    }
                    std::collections::btree_map::Entry::Vacant(e) if r.probability >= l.settings.propose_at => {
                        let why = l.model.why(&features, c);
                        // One sentence must carry it, as a phrase would: not words scattered
                        // over a mail that happen to go with the trigger elsewhere.
                        if why.sentence_probability < l.settings.sentence_at_least {
                            continue;
                        }
                        let Some(&(ti, a, b)) = why.sentence.and_then(|i| sentence_at.get(i)) else {
                            continue;
                        };
                        let s = Sentence::new(&texts[ti][a..b]);
                        if r.probability < l.settings.ruled_out_below
                            && why.sentence.is_some_and(|i| ruled_out[i].contains(&idx))
                        {
                            suppressed.push(Suppressed {
                                id: self.triggers[idx].0.clone(),
                                evidence: s.evidence(0, s.tokens.len(), max_ev),
                                reason: format!(
                                    "the learned model proposes it (p = {:.2}) in a sentence the phrases rule it out of (an excluded phrase or a question), below {}",
                                    r.probability, l.settings.ruled_out_below
                                ),
                            });
                            continue;
                        }
                        e.insert(Finding {
                            id: self.triggers[idx].0.clone(),
                            evidence: s.evidence(0, s.tokens.len(), max_ev),
                            rule: format!("learned model, p = {:.2}: {}", r.probability, l.shown(&why.words)),
                            source: Source::Model,
                        });
                    }
                    std::collections::btree_map::Entry::Vacant(_) => {}
                }
            }
        }

        // Triggers that need a reported problem ("please cancel my subscription" alone is not
        // a threat): drop them when the mail reports none. Amount triggers are handled below.
        let needs_issue: Vec<usize> = found
            .keys()
            .copied()
            .filter(|idx| {
                let rule = &self.triggers[*idx].1;
                rule.amount_above.is_none() && (!rule.issue_patterns.is_empty() || !rule.issue_triggers.is_empty())
            })
            .collect();
        for idx in needs_issue {
            let rule = &self.triggers[idx].1;
            let problem = issue_seen[idx] || rule.issue_triggers.iter().any(|t| found.values().any(|f| &f.id == t));
            // The model reads the whole mail as this trigger: the problem is there in words
            // no issue pattern names ("after six years with you I'm switching supplier").
            let waive = self.learned.as_ref().map_or(0.0, |l| l.settings.issue_waived_at);
            let model_says = waive > 0.0 && mail_reading[idx].is_some_and(|p| p >= waive);
            if !problem && !model_says {
                if let Some(f) = found.remove(&idx) {
                    suppressed.push(Suppressed {
                        id: f.id,
                        evidence: f.evidence,
                        reason: "no problem reported with it (a request, not a threat)".into(),
                    });
                }
            }
        }

        // Amount triggers need the amount and a problem.
        for (idx, amounts, evidence) in amount_sentences {
            let (id, rule) = &self.triggers[idx];
            let Some(limit) = rule.amount_above else {
                continue;
            };
            let Some(max) = amounts.iter().map(|a| a.value).reduce(f64::max) else {
                continue;
            };
            if max <= limit || found.contains_key(&idx) {
                continue;
            }
            let problem = issue_seen[idx] || rule.issue_triggers.iter().any(|t| found.values().any(|f| &f.id == t));
            if problem {
                found.insert(
                    idx,
                    Finding {
                        id: id.clone(),
                        evidence,
                        rule: format!("amount {max} above {limit} with an unresolved problem"),
                        source: Source::Phrase,
                    },
                );
            } else {
                suppressed.push(Suppressed {
                    id: id.clone(),
                    evidence,
                    reason: "large amount but no problem reported".into(),
                });
            }
        }

        // Triggers another one makes moot.
        let moot: Vec<usize> = found
            .iter()
            .filter(|(idx, f)| {
                let rule = &self.triggers[**idx].1;
                rule.suppressed_by.iter().any(|b| found.values().any(|g| &g.id == b))
                    || f.source == Source::Model
                        && rule.model_yields_to.iter().any(|b| {
                            found
                                .values()
                                .any(|g| &g.id == b && g.source == Source::Phrase && g.evidence == f.evidence)
                        })
            })
            .map(|(idx, _)| *idx)
            .collect();
        for idx in moot {
            if let Some(f) = found.remove(&idx) {
                suppressed.push(Suppressed {
                    id: f.id,
                    evidence: f.evidence,
                    reason: "explained by another trigger".into(),
                });
            }
        }

        // Implied triggers take the evidence of the trigger that implies them.
        for (idx, (id, rule)) in self.triggers.iter().enumerate() {
            if found.contains_key(&idx) {
                continue;
            }
            if let Some(by) = found.values().find(|f| rule.implied_by.contains(&f.id)).cloned() {
                found.insert(
                    idx,
                    Finding {
                        id: id.clone(),
                        evidence: by.evidence,
                        rule: format!("implied by {}", by.id),
                        // As good as what implied it.
                        source: if by.source == Source::Model {
                            Source::Model
                        } else {
                            Source::Implied
                        },
                    },
                );
            }
        }

        // Vocabulary order, so output is stable and reads like design.md.
        let mut triggers: Vec<Finding> = found.into_values().collect();
        triggers.sort_by_key(|f| TEXT_TRIGGERS.iter().position(|t| *t == f.id).unwrap_or(usize::MAX));
        suppressed.retain(|s| !triggers.iter().any(|f| f.id == s.id));
        let classification = Classification {
            own_text: separated.own,
            separation: separated.notes,
            triggers,
            suppressed,
            amounts: all_amounts,
            refund_amount,
        };
        (classification, features)
    }

    /// A negation cue within the window before `at`, not separated from it by a scope
    /// terminator, clause punctuation or a new first-person subject.
    fn negated(&self, s: &Sentence, at: usize) -> bool {
        // A match that opens with its own subject ("… by Friday, my lawyer will …") starts
        // a clause of its own, unless a negation stands right before it.
        if at > 0 && self.opens_clause(s, at) && !self.negation_at(s, at - 1) {
            return false;
        }
        let from = at.saturating_sub(self.settings.negation_window);
        for i in (from..at).rev() {
            if s.breaks[i + 1] || self.cue_at(&self.terminators, s, i) {
                return false;
            }
            if self.negation_at(s, i) {
                return true;
            }
            // "it does not work I will cancel": a new subject starts a new clause. A pronoun
            // right after the negation is inside it ("no me voy a …", "nicht mich").
            if self.cue_at(&self.first_person, s, i) {
                return i > 0 && !s.breaks[i] && self.cue_at(&self.object_pronouns, s, i) && self.negation_at(s, i - 1);
            }
        }
        false
    }

    /// A negation cue inside the span of a pattern that does not name a negation itself.
    fn negation_inside(&self, s: &Sentence, m: &pattern::Match<'_, Tag>) -> bool {
        let named = m.pattern.words().iter().any(|w| self.negation_words.contains(w));
        !named && (m.start + 1..m.end).any(|i| self.negation_at(s, i))
    }

    /// A negation cue at `i` that is not part of a pseudo-negation ("not only", "ne manquerai
    /// pas": the cue may sit inside it).
    fn negation_at(&self, s: &Sentence, i: usize) -> bool {
        self.cue_at(&self.negation, s, i) && !self.pseudo_negation.matches_over(&s.tokens, i, 3)
    }

    fn opens_clause(&self, s: &Sentence, at: usize) -> bool {
        self.cue_at(&self.first_person, s, at) || self.cue_at(&self.possessive, s, at)
    }

    /// Inside an if-clause that has not ended (comma, "then", or a main-clause subject).
    fn in_conditional(&self, s: &Sentence, at: usize) -> bool {
        // The cue may have more than one word ("si jamais je …", "if ever we …").
        let right_after_cue = |i: usize| self.conditional.matches_over(&s.tokens, i - 1, 2);
        if at > 0 && self.opens_clause(s, at) && !right_after_cue(at) {
            return false;
        }
        for i in (0..at).rev() {
            if s.breaks[i + 1] {
                return false;
            }
            if self.cue_at(&self.conditional, s, i) {
                return true;
            }
            // A subject pronoun not right after the cue starts the main clause: "if this is not
            // fixed we will cancel".
            if self.cue_at(&self.first_person, s, i) && i > 0 && !right_after_cue(i) {
                return false;
            }
        }
        false
    }

    fn opens_question(&self, s: &Sentence) -> bool {
        // The opener may follow a greeting or a short lead-in: "Hi, how do I …", "Quick question: can I …".
        let mut clause_start = 0;
        for i in 0..s.tokens.len().min(12) {
            if s.breaks[i] {
                clause_start = i;
            }
            if i <= clause_start + 1 && self.cue_at(&self.question_openers, s, i) {
                return true;
            }
        }
        false
    }

    fn reported(&self, s: &Sentence, at: usize) -> bool {
        for i in (0..at).rev() {
            // "I said …" is the customer speaking; an earlier cue still counts ("a customer
            // told me he was going to report us").
            if self.cue_at(&self.reported, s, i) && !(i > 0 && self.cue_at(&self.first_person, s, i - 1)) {
                return true;
            }
        }
        false
    }

    fn cue_at(&self, set: &PatternSet<()>, s: &Sentence, i: usize) -> bool {
        set.matches_at(&s.tokens, i)
    }

    /// Any sentence of `own` with a settled cue that is not negated ("not working again yet").
    fn says_settled(&self, own: &str) -> bool {
        text::sentences(own).into_iter().any(|span| {
            let s = Sentence::new(&own[span.start..span.end]);
            (0..s.tokens.len()).any(|i| self.cue_at(&self.settled, &s, i) && !self.negated(&s, i))
        })
    }

    /// A sentence that says its own problem is settled ("the refund for the double charge has
    /// arrived"). Any negation in it ("the refund has not arrived and …") leaves the problem
    /// open: the cue's words and the problem's share the sentence.
    fn sentence_settled(&self, s: &Sentence) -> bool {
        (0..s.tokens.len()).any(|i| self.cue_at(&self.settled, s, i))
            && !(0..s.tokens.len()).any(|i| self.negation_at(s, i))
    }

    fn shouting(&self, sentence: &str) -> bool {
        let letters = sentence.chars().filter(|c| c.is_alphabetic()).count();
        if letters < self.settings.shouting_min_letters {
            return false;
        }
        let upper = sentence.chars().filter(|c| c.is_uppercase()).count();
        upper as f64 / letters as f64 >= self.settings.shouting_ratio
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(subject: &str, body: &str) -> Vec<String> {
        ids_with(Rules::builtin(), subject, body)
    }

    fn ids_with(rules: &Rules, subject: &str, body: &str) -> Vec<String> {
        rules
            .classify(subject, body)
            .triggers
            .into_iter()
            .map(|f| f.id)
            .collect()
    }

    /// The shipped phrases without the learned reader, for tests of the phrase mechanisms.
    fn phrases_only() -> &'static Rules {
        static RULES: std::sync::OnceLock<Rules> = std::sync::OnceLock::new();
        RULES.get_or_init(|| {
            let mut r = Rules::builtin_owned();
            r.learned = None;
            r
        })
    }

    #[test]
    fn the_learned_reader_adds_what_the_phrases_miss_and_says_why() {
        let (subject, body) = (
            "Website",
            "Nobody in our company can reach your platform since this morning, the whole thing is dark.",
        );
        assert!(ids_with(phrases_only(), subject, body).is_empty());
        let c = Rules::builtin().classify(subject, body);
        assert_eq!(c.ids(), ["outage", "technical_issue"]);
        let outage = &c.triggers[0];
        assert!(outage.rule.starts_with("learned model, p = 0."), "{}", outage.rule);
        // The words that carried it are the mail's own ("platform" or its stem "platf*", …).
        assert!(
            ["\"platf", "\"reach", "\"dark", "\"whole", "\"nobody", "\"since"]
                .iter()
                .any(|w| outage.rule.contains(w)),
            "{}",
            outage.rule
        );
        assert_eq!(outage.evidence, body);
    }

    #[test]
    fn the_learned_reader_vetoes_a_phrase_match_that_reads_unlike_its_trigger() {
        // "never … support" matched a security phrase; the words speak of an invoice.
        let body = "I never ordered the \"Premium support\" add-on and it appeared on my invoice this month (89.00).";
        assert_eq!(ids_with(phrases_only(), "Premium", body), ["security_incident"]);
        let c = Rules::builtin().classify("Premium", body);
        assert!(!c.has("security_incident"), "{:?}", c.triggers);
        let s = c
            .suppressed
            .iter()
            .find(|s| s.id == "security_incident")
            .expect("kept as suppressed");
        assert!(
            s.reason.starts_with("the learned model reads it as unlikely (p = 0.0"),
            "{}",
            s.reason
        );
        assert!(s.reason.contains("\"invoice\""), "{}", s.reason);
    }

    #[test]
    fn a_model_section_is_checked_with_the_rest_of_the_file() {
        let text = BUILTIN_RULES
            .replace("propose_at = 0.4", "propose_at = 2")
            .replace("not_for = [\"high_value_order\"]", "not_for = [\"vip_customer\"]");
        let builtin = |_: &str| Ok(Cow::Borrowed(BUILTIN_MODEL));
        let e = Rules::parse_with(&text, "r.toml", &builtin).unwrap_err().to_string();
        assert!(e.contains("model.propose_at: 2 is not a probability"), "{e}");
        assert!(e.contains("model.not_for: unknown trigger \"vip_customer\""), "{e}");
        // Inline rules have no directory to find the weights in.
        let e = Rules::parse(BUILTIN_RULES, "inline").unwrap_err().to_string();
        assert!(e.contains("model.file: no model file"), "{e}");
        let missing = |f: &str| Err(format!("cannot read {f}"));
        let e = Rules::parse_with(BUILTIN_RULES, "r.toml", &missing)
            .unwrap_err()
            .to_string();
        assert!(e.contains("model.file: cannot read model.tsv"), "{e}");
    }

    #[test]
    fn words_elsewhere_do_not_veto_the_sentence_that_says_it() {
        // A hand-made model: "hacked" speaks for a security incident, "invoice" strongly
        // against. The mail as a whole reads p = 0.018 (a veto), its first sentence alone 0.98.
        let tiny = "feature\tsecurity_incident\n(bias)\t-1\nhacked\t5\ninvoice\t-8\n";
        let mut rules = Rules::builtin_owned();
        rules.set_model(tiny, "tiny").expect("reads");
        let body = "Someone hacked my account last night. The invoice is attached.";
        assert!(rules.classify("Help", body).has("security_incident"));
        rules.learned.as_mut().expect("model").settings.veto_unless_sentence_at = 0.0;
        let c = rules.classify("Help", body);
        assert!(!c.has("security_incident"), "{:?}", c.triggers);
    }

    #[test]
    fn the_model_does_not_propose_a_trigger_from_a_sentence_the_phrases_rule_it_out_of() {
        // A hand-made model: "second" speaks for a repeat contact, p = 0.62 on its own.
        let tiny = "feature\trepeat_contact\tcancellation_threat\n(bias)\t-1\t-1\nsecond\t1.5\t0\nbaja\t0\t2\n";
        let mut rules = Rules::builtin_owned();
        rules.set_model(tiny, "tiny").expect("reads");
        // No excluded phrase: the model's proposal stands.
        assert!(rules
            .classify("Hours", "Second thing: the shop closes early on Monday.")
            .has("repeat_contact"));
        // "my second email" is excluded for repeat_contact (two contacts are not three).
        let c = rules.classify("Hours", "This is my second email: the shop closes early on Monday.");
        assert!(!c.has("repeat_contact"), "{:?}", c.triggers);
        let s = c
            .suppressed
            .iter()
            .find(|s| s.id == "repeat_contact")
            .expect("kept as suppressed");
        assert!(s.reason.contains("rule it out of"), "{}", s.reason);
        // A question about policy: cancellation_threat does not fire in one, from phrases or model.
        let c = rules.classify("Forfait", "La app no funciona. ¿Podría darme de baja más adelante?");
        assert!(
            c.has("technical_issue") && !c.has("cancellation_threat"),
            "{:?}",
            c.triggers
        );
        assert!(
            c.suppressed
                .iter()
                .any(|s| s.id == "cancellation_threat" && s.reason.contains("rule it out of")),
            "{:?}",
            c.suppressed
        );
        // A sure proposal stands: excluded phrases are often job titles the model reads past.
        let sure = tiny.replace("second\t1.5", "second\t6");
        rules.set_model(&sure, "sure").expect("reads");
        assert!(rules
            .classify("Hours", "This is my second email: the shop closes early on Monday.")
            .has("repeat_contact"));
    }

    #[test]
    fn a_settled_reply_a_policy_question_and_a_signature_are_not_escalations() {
        // The refund arrived: the reply's old subject is history (es, en).
        let none: Vec<String> = Vec::new();
        assert_eq!(
            ids_with(
                phrases_only(),
                "RE: COBRO INDEBIDO",
                "Gracias por la devolución, ya lo he recibido."
            ),
            none
        );
        assert_eq!(
            ids_with(
                phrases_only(),
                "RE: Invoice 2291 - disputed",
                "Thank you, the corrected invoice for £340 has been received and paid today."
            ),
            none
        );
        // A problem in a sentence that itself says it is settled is history too (fr, en, es),
        // and the same problem still open is not.
        for body in [
            "Juste pour vous dire que le remboursement du double pr\u{e9}l\u{e8}vement est bien arriv\u{e9} sur mon compte.",
            "Just confirming the \u{a3}62 you refunded for the duplicate charge has shown up on my card today.",
            "Solo para confirmar que ya me ha llegado la devoluci\u{f3}n del cargo duplicado, todo solucionado.",
        ] {
            assert_eq!(ids_with(phrases_only(), "Merci", body), none, "{body}");
        }
        assert_eq!(
            ids_with(
                phrases_only(),
                "Card",
                "The refund has not arrived and the duplicate charge of \u{a3}62 is still on my card."
            ),
            ["billing_dispute"]
        );
        // A question about the cancellation terms, in the subject and the body.
        assert_eq!(
            ids_with(
                phrases_only(),
                "Frage zur Kündigung",
                "Könnte ich den Vertrag später kündigen, falls wir umziehen? Die Anlage ist übrigens kaputt."
            ),
            ["technical_issue"]
        );
        // A lawyer's signature with a confidentiality notice is no legal threat.
        let body = "Bonjour, je voudrais un rendez-vous samedi.\n\nSandrine Brun\nAvocate\nCe message est confidentiel. Toute utilisation non autorisée peut donner lieu à des poursuites.";
        assert_eq!(ids_with(phrases_only(), "Rendez-vous", body), none);
        // Two contacts are not three.
        assert_eq!(
            ids_with(
                phrases_only(),
                "Hours",
                "This is my second email about this: are you open on Monday?"
            ),
            none
        );
    }

    #[test]
    fn a_pseudo_negation_a_request_for_the_store_manager_and_an_executive_email() {
        // "I will not fail to report you" is a threat, not a negated one.
        let body = "Je ne manquerai pas de saisir la DGCCRF si ces frais ne me sont pas remboursés.";
        assert_eq!(ids_with(phrases_only(), "Frais", body), ["regulatory"]);
        // The business's own manager asked to call is a manager request; "I'm the store
        // manager" is not.
        assert_eq!(
            ids_with(
                phrases_only(),
                "Engraving mistake - would like the store manager to call",
                ""
            ),
            ["manager_request"]
        );
        assert!(ids_with(phrases_only(), "Hello", "I'm the store manager at our Leeds branch.").is_empty());
        // Asking for an executive's address in order to write to them: both triggers.
        let body =
            "I would like the name and the email address of your Chief Executive, please, as I intend to write to him.";
        assert_eq!(
            ids_with(phrases_only(), "Our cruise", body),
            ["corporate_contact_request", "executive_contact"]
        );
    }

    #[test]
    fn the_model_can_see_the_problem_behind_a_departure_that_names_none() {
        let body = "After six years with you I'm switching supplier at the end of this month.";
        // The phrases find the departure but no problem: a request, not a threat.
        assert!(ids_with(phrases_only(), "Supply", body).is_empty());
        // A model that reads the mail as a cancellation threat (p = 0.73) keeps it …
        let mut rules = Rules::builtin_owned();
        rules
            .set_model("feature\tcancellation_threat\n(bias)\t-1\nswitching\t2\n", "tiny")
            .expect("reads");
        assert_eq!(ids_with(&rules, "Supply", body), ["cancellation_threat"]);
        // … one that is not sure enough (p = 0.38) does not.
        rules
            .set_model("feature\tcancellation_threat\n(bias)\t-2.5\nswitching\t2\n", "tiny")
            .expect("reads");
        assert!(ids_with(&rules, "Supply", body).is_empty());
    }

    #[test]
    fn counts_of_incidents_are_not_contacts_and_pausing_is_not_leaving() {
        let none: Vec<String> = Vec::new();
        // "for the umpteenth time the box …" counts deliveries; "zum dritten Mal schreibe ich" a contact.
        assert_eq!(
            ids_with(
                phrases_only(),
                "Kiste",
                "Zum wiederholten Mal sind Käse und Wurst drin."
            ),
            none
        );
        assert_eq!(
            ids_with(phrases_only(), "Kiste", "Ich schreibe Ihnen zum dritten Mal."),
            ["repeat_contact"]
        );
        assert_eq!(
            ids_with(
                phrases_only(),
                "Refund",
                "I've rung that six times about the same refund and got nowhere."
            ),
            ["repeat_contact"]
        );
        assert_eq!(
            ids_with(phrases_only(), "Pairing", "I've tried about ten times now."),
            none
        );
        // Pausing instead of cancelling is no threat.
        assert_eq!(
            ids_with(
                phrases_only(),
                "Abo pausieren statt kündigen",
                "Geht das über den Sommer?"
            ),
            none
        );
        // Our own data protection officer asking for a document is no complaint to a regulator.
        let body = "Unsere Datenschutzbeauftragte bittet um Ihren Vertrag zur Auftragsverarbeitung nach Art. 28 DSGVO.";
        assert_eq!(ids_with(phrases_only(), "AVV", body), none);
        // A departure that only implies leaving.
        assert_eq!(
            ids_with(phrases_only(), "Box", "The veg was slimy again and we can't keep paying for compost. This is the last season you'll get from us."),
            ["cancellation_threat"]
        );
    }

    #[test]
    fn a_conditional_cue_of_two_words_keeps_its_subject_inside() {
        // "si jamais je …": the pronoun belongs to the if-clause, not to a main clause.
        let body = "Si jamais je voulais résilier mon abonnement après trois mois, est-ce possible ?";
        assert!(ids_with(phrases_only(), "Engagement", body).is_empty());
        // Without a cue the same words are an announcement (with a problem, a threat).
        let body = "L'appli plante sans arrêt. Je vais résilier mon abonnement.";
        assert!(ids_with(phrases_only(), "Appli", body).contains(&"cancellation_threat".to_string()));
    }

    #[test]
    fn a_short_mail_is_not_vetoed_on_the_model_prior_alone() {
        // Few words the model knows: its probability is near the prior, which is below
        // `veto_below`; only words that speak against a trigger may veto it.
        assert_eq!(ids("Server down", "Call me."), ["outage", "technical_issue"]);
        assert_eq!(ids("Hacked", "zzz"), ["security_incident"]);
    }

    #[test]
    fn builtin_rules_compile_and_cover_every_text_trigger() {
        let r = Rules::builtin();
        for id in TEXT_TRIGGERS {
            assert!(r.triggers.iter().any(|(t, _)| t == id), "no rule for {id}");
        }
        assert!(r.pattern_count() > 100);
    }

    #[test]
    fn legal_threat_and_manager_request() {
        let mail = "If you do not refund me by Friday I will take legal action.";
        assert_eq!(ids_with(phrases_only(), "Refund", mail), ["legal_threat"]);
        // The learned reader (session 7's model) also proposes cancellation_threat here at
        // p = 0.41 from "if", "take", "not": a false trigger that stays recorded here. The
        // level and severity come from the legal threat either way.
        assert!(ids("Refund", mail).contains(&"legal_threat".to_string()));
        assert_eq!(
            ids("", "I want to speak to your manager right now."),
            ["manager_request"]
        );
        assert_eq!(ids("", "Can I talk to a supervisor please?"), ["manager_request"]);
    }

    #[test]
    fn a_threat_after_an_if_clause_without_a_comma_still_counts() {
        // The "not" and the "if" belong to the condition; "my lawyer" opens the main clause.
        assert_eq!(
            ids(
                "Re: Refund",
                "If the money is not back by Friday my lawyer will sue you."
            ),
            ["legal_threat"]
        );
        assert!(ids("", "If my lawyer says so we will sue.").contains(&"legal_threat".to_string()));
        // Reported speech is still reported, possessive or not.
        assert!(ids(
            "",
            "My wife says I should just ask for a manager, but how do I connect the scale?"
        )
        .is_empty());
    }

    #[test]
    fn a_reply_subject_counts_a_forwarded_one_does_not() {
        assert_eq!(
            ids("Re: Charged twice for June", "Any news on this?"),
            ["billing_dispute"]
        );
        assert_eq!(ids("AW: RE: Charged twice for June", "Any news?"), ["billing_dispute"]);
        assert!(ids("Fwd: Charged twice for June", "FYI, see below.").is_empty());
        assert!(ids("Re: WG: Charged twice for June", "Danke.").is_empty());
        // A reply that says it is settled makes the subject history.
        assert!(ids("Re: Terminals offline", "Thanks, all working again!").is_empty());
        assert!(ids("AW: Kasse ausgefallen", "Danke, jetzt funktioniert alles wieder.").is_empty());
        // The phrases count the subject here; the learned reader vetoes it ("thanks" …), so
        // this checks the phrase mechanism alone.
        assert_eq!(
            ids_with(
                phrases_only(),
                "Re: Terminals offline",
                "Thanks, but it is not working again yet."
            ),
            ["outage", "technical_issue"]
        );
    }

    #[test]
    fn with_amount_patterns_need_an_amount_in_their_sentence() {
        // The amount makes "more than it should be" about money, not about a waiting time.
        assert_eq!(ids("", "That is £42 more than it should be."), ["billing_dispute"]);
        assert!(ids("", "That is more than it should be.").is_empty());
    }

    #[test]
    fn words_inside_addresses_are_not_speech() {
        assert!(ids("", "Please add our assistant (l.simon@roche-avocats.test) as a user.").is_empty());
        assert!(ids(
            "",
            "Our site is https://sue-the-lawyers.example/lawsuit-help, can you link it?"
        )
        .is_empty());
        assert_eq!(
            ids("", "Our avocat (l.simon@roche.test) will sue you."),
            ["legal_threat"]
        );
    }

    #[test]
    fn a_pronoun_right_after_a_negation_stays_in_its_scope() {
        let p = phrases_only();
        let problem = " La app no funciona.";
        // Spanish puts the object pronoun between the negation and the verb.
        assert!(
            !ids_with(p, "", &format!("Hola, no me voy a dar de baja, tranquilos.{problem}"))
                .contains(&"cancellation_threat".to_string())
        );
        // A new clause with its own subject still ends the negation's scope.
        assert!(
            ids_with(p, "", "La app no funciona, me voy a dar de baja.").contains(&"cancellation_threat".to_string())
        );
        assert!(ids_with(p, "", "It does not work I will cancel my subscription.")
            .contains(&"cancellation_threat".to_string()));
    }

    #[test]
    fn paraphrases_from_unseen_mail() {
        let p = phrases_only();
        for (text, want) in [
            (
                "Your offer of 80 pounds is insulting. I'll let a judge decide.",
                "legal_threat",
            ),
            (
                "I've put your chief executive, Mr Harrington, in copy so he can see this.",
                "executive_contact",
            ),
            (
                "El cuidador le grita a mi abuela y la llama vieja in\u{fa}til.",
                "discrimination_harassment",
            ),
            (
                "Ich habe mich an die Antidiskriminierungsstelle des Bundes gewandt.",
                "regulatory",
            ),
            ("Please have the manager on duty contact me today.", "manager_request"),
        ] {
            assert!(ids_with(p, "", text).contains(&want.to_string()), "{want}: {text}");
        }
        // A chargeback mentioned as a card benefit is not a dispute.
        assert!(ids_with(
            p,
            "",
            "My bank said card payments give me chargeback protection, so I'd prefer that."
        )
        .is_empty());
    }

    #[test]
    fn traps_do_not_fire() {
        assert!(ids("", "I'm the office manager here and need two more licences.").is_empty());
        assert!(ids("", "I'm not going to sue anyone, I just want it fixed")
            .iter()
            .all(|t| t != "legal_threat"));
        assert!(ids("", "What is your refund policy?").is_empty());
        assert!(ids(
            "",
            "Thanks, all sorted.\n\nOn Mon, 3 Mar 2025 at 10:00, Bob <bob@x.test> wrote:\n> we will sue you\n"
        )
        .is_empty());
        assert!(ids("", "How do I cancel an order?").is_empty());
        assert!(ids(
            "",
            "My colleague joked that we should sue you, haha. Anyway, how do I export?"
        )
        .is_empty());
    }

    /// docs/triggers.md: asking to speak to "the CEO" alone is an executive contact. The shipped
    /// model reads "I want to speak to …" as a manager request (p 0.8 here); its proposal yields
    /// to the phrase that found the executive in the same sentence.
    #[test]
    fn speaking_to_the_ceo_is_no_manager_request() {
        assert_eq!(
            ids("Complaint", "I want to speak to the CEO about this."),
            ["executive_contact"]
        );
        // A manager asked for in words of its own still counts.
        let both = ids(
            "Complaint",
            "I want to speak to a manager. I have also written to your CEO.",
        );
        assert!(both.contains(&"manager_request".to_string()), "{both:?}");
    }

    #[test]
    fn evidence_of_a_whole_long_sentence_is_cut() {
        let long = format!(
            "The printer {} does not print.",
            "and the scanner and the fax ".repeat(60)
        );
        let s = Sentence::new(&long);
        let e = s.evidence(0, s.tokens.len(), 200);
        assert!(e.len() <= 200 + " …".len(), "{} bytes", e.len());
        assert!(e.starts_with("The printer and") && e.ends_with(" …"), "{e}");
    }

    #[test]
    fn evidence_is_the_customers_sentence() {
        let c = Rules::builtin().classify("", "Hello.\nMy lawyer will be in touch about this.\nRegards");
        assert_eq!(c.triggers[0].id, "legal_threat");
        assert_eq!(c.triggers[0].evidence, "My lawyer will be in touch about this.");
    }

    #[test]
    fn suppressed_matches_are_explained() {
        let c = Rules::builtin().classify("", "We are not going to sue anyone over this.");
        assert!(c.triggers.is_empty(), "{:?}", c.triggers);
        assert_eq!(c.suppressed[0].id, "legal_threat");
        assert_eq!(c.suppressed[0].reason, "negated");
        let c = Rules::builtin().classify("", "What happens if I cancel my subscription before the renewal?");
        assert!(c.triggers.is_empty(), "{:?}", c.triggers);
        assert!(c.suppressed.iter().any(|s| s.id == "cancellation_threat"));
    }
}
