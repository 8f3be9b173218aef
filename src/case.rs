//! A case's life after the first decision: its states, its deadlines, the commands a team
//! member gives by replying to an ESCALATION mail, what a missed deadline does, and the
//! customer's satisfaction score. Pure: plain data in, the effect to apply out; `sla` and
//! `intake` do the I/O.
//!
//! States: open (not escalated) → escalated (at a level) → acknowledged → resolved → closed;
//! a resolved or closed case can be reopened, which escalates it again.

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::policy::{Policy, Severity};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum State {
    Open,
    Escalated,
    Acknowledged,
    Resolved,
    Closed,
}

impl State {
    pub fn parse(s: &str) -> Option<State> {
        Some(match s {
            "open" => State::Open,
            "escalated" => State::Escalated,
            "acknowledged" => State::Acknowledged,
            "resolved" => State::Resolved,
            "closed" => State::Closed,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            State::Open => "open",
            State::Escalated => "escalated",
            State::Acknowledged => "acknowledged",
            State::Resolved => "resolved",
            State::Closed => "closed",
        }
    }

    /// Still somebody's work.
    pub fn is_active(self) -> bool {
        matches!(self, State::Escalated | State::Acknowledged)
    }
}

/// What a deadline is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DeadlineKind {
    /// The team acknowledges the case (severity's `acknowledge_within`).
    Acknowledge,
    /// The level's promised response (`respond_within`).
    Respond,
    /// The level's resolution time (`resolve_within`).
    Resolve,
    /// Time to update the customer again (severity's `update_every`).
    Update,
    /// A resolved case closes when the customer has not answered by then.
    Close,
    /// The daily digest to the managers.
    Digest,
}

impl DeadlineKind {
    pub const ALL: [DeadlineKind; 6] = [
        DeadlineKind::Acknowledge,
        DeadlineKind::Respond,
        DeadlineKind::Resolve,
        DeadlineKind::Update,
        DeadlineKind::Close,
        DeadlineKind::Digest,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            DeadlineKind::Acknowledge => "acknowledge",
            DeadlineKind::Respond => "respond",
            DeadlineKind::Resolve => "resolve",
            DeadlineKind::Update => "update",
            DeadlineKind::Close => "close",
            DeadlineKind::Digest => "digest",
        }
    }

    pub fn parse(s: &str) -> Option<DeadlineKind> {
        DeadlineKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// Missing it is a breach of the promise to the customer.
    pub fn is_sla(self) -> bool {
        matches!(
            self,
            DeadlineKind::Acknowledge | DeadlineKind::Respond | DeadlineKind::Resolve
        )
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deadline {
    pub kind: DeadlineKind,
    pub due: DateTime<Utc>,
}

/// The clock of a case escalated to `level` with `severity` at `now`: acknowledgement,
/// response (`respond_by` when the route shortened it, e.g. for a VIP), resolution, and the
/// first customer update.
pub fn deadlines(
    policy: &Policy,
    level: u32,
    severity: Severity,
    respond_by: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> Vec<Deadline> {
    let mut out = Vec::new();
    let sev = policy.severity_def(severity);
    out.push(Deadline {
        kind: DeadlineKind::Acknowledge,
        due: policy.calendar(&sev.calendar).add(now, sev.acknowledge_within),
    });
    if let Some(l) = policy.level(level) {
        let cal = policy.calendar(&l.calendar);
        out.push(Deadline {
            kind: DeadlineKind::Respond,
            due: respond_by.unwrap_or_else(|| cal.add(now, l.respond_within)),
        });
        if let Some(r) = l.resolve_within {
            out.push(Deadline {
                kind: DeadlineKind::Resolve,
                due: cal.add(now, r),
            });
        }
    }
    if let Some(every) = sev.update_every {
        out.push(Deadline {
            kind: DeadlineKind::Update,
            due: policy.calendar(&sev.calendar).add(now, every),
        });
    }
    out
}

// ---------------------------------------------------------------------------------------
// Team commands.
// ---------------------------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "command", rename_all = "snake_case")]
pub enum Command {
    Ack,
    Resolve {
        note: Option<String>,
    },
    Close,
    Reopen,
    /// To this level, or the next one.
    Raise {
        level: Option<u32>,
    },
    Assign {
        to: String,
    },
    Note {
        text: String,
    },
}

impl Command {
    pub fn name(&self) -> &'static str {
        match self {
            Command::Ack => "ack",
            Command::Resolve { .. } => "resolve",
            Command::Close => "close",
            Command::Reopen => "reopen",
            Command::Raise { .. } => "raise",
            Command::Assign { .. } => "assign",
            Command::Note { .. } => "note",
        }
    }
}

/// The commands at the top of a team member's reply: one per line, until the first line that
/// is not one (their message, then the quoted ESCALATION mail). Case and a leading `#` or `/`
/// do not matter. Lines that look like a command but are malformed are returned as errors.
pub fn parse_commands(own_text: &str) -> (Vec<Command>, Vec<String>) {
    let mut commands = Vec::new();
    let mut errors = Vec::new();
    for line in own_text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let line = line.trim_start_matches(['#', '/']).trim();
        let (word, rest) = match line.split_once(char::is_whitespace) {
            Some((w, r)) => (w, r.trim()),
            None => (line, ""),
        };
        let word = word.trim_end_matches([':', '.', '!']).to_ascii_lowercase();
        let rest = rest.trim_start_matches(':').trim();
        let text = (!rest.is_empty()).then(|| rest.to_string());
        let cmd = match word.as_str() {
            "ack" | "acknowledge" | "acknowledged" | "taking" | "mine" if rest.len() < 40 => Command::Ack,
            "resolve" | "resolved" | "solved" | "fixed" | "done" => Command::Resolve { note: text },
            "close" | "closed" => Command::Close,
            "reopen" => Command::Reopen,
            "raise" | "escalate" => {
                let n = rest.trim_start_matches("to").trim().trim_start_matches("level").trim();
                if n.is_empty() {
                    Command::Raise { level: None }
                } else if let Ok(level) = n.parse() {
                    Command::Raise { level: Some(level) }
                } else {
                    errors.push(format!("{line:?}: raise takes a level number, e.g. \"raise 3\""));
                    continue;
                }
            }
            "assign" => {
                let to = rest.trim_start_matches("to ").trim();
                if to.is_empty() {
                    errors.push(format!("{line:?}: assign to whom?"));
                    continue;
                }
                Command::Assign { to: to.to_string() }
            }
            "note" => match text {
                Some(text) => Command::Note { text },
                None => {
                    errors.push(format!("{line:?}: a note needs text"));
                    continue;
                }
            },
            _ => break,
        };
        commands.push(cmd);
    }
    (commands, errors)
}

/// The case as a command sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct CaseView {
    pub state: State,
    pub level: Option<u32>,
}

/// What a command does to a case.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Effect {
    pub state: Option<State>,
    /// Escalate to this level: new team, new deadlines, ESCALATION mail (the previous team
    /// copied).
    pub raise_to: Option<u32>,
    /// Stop these clocks.
    pub cancel: Vec<DeadlineKind>,
    /// Start the clock of the (current or new) level again.
    pub restart_clock: bool,
    /// Send the customer the resolution mail with the satisfaction question.
    pub tell_customer_resolved: bool,
    pub assignee: Option<String>,
    /// One line for the confirmation mail and the case history.
    pub summary: String,
}

const ALL_CLOCKS: [DeadlineKind; 4] = [
    DeadlineKind::Acknowledge,
    DeadlineKind::Respond,
    DeadlineKind::Resolve,
    DeadlineKind::Update,
];

/// Applies one command; `Err` says why it cannot apply (nothing changes then).
pub fn apply(case: &CaseView, cmd: &Command, levels: u32) -> Result<Effect, String> {
    use State::*;
    let level = case.level.unwrap_or(0);
    match cmd {
        Command::Ack => match case.state {
            Escalated => Ok(Effect {
                state: Some(Acknowledged),
                cancel: vec![DeadlineKind::Acknowledge, DeadlineKind::Respond],
                summary: "acknowledged: the acknowledgement and response clocks are stopped".into(),
                ..Effect::default()
            }),
            Acknowledged => Ok(Effect {
                summary: "already acknowledged".into(),
                ..Effect::default()
            }),
            Open => Err("the case is not escalated; nothing to acknowledge".into()),
            Resolved | Closed => Err(format!("the case is {}; reopen it first", case.state.as_str())),
        },
        Command::Resolve { note } => match case.state {
            Resolved | Closed => Err(format!("the case is already {}", case.state.as_str())),
            _ => Ok(Effect {
                state: Some(Resolved),
                cancel: ALL_CLOCKS.to_vec(),
                tell_customer_resolved: true,
                summary: match note {
                    Some(n) => format!("resolved: {n}"),
                    None => "resolved".into(),
                },
                ..Effect::default()
            }),
        },
        Command::Close => match case.state {
            Closed => Err("the case is already closed".into()),
            _ => Ok(Effect {
                state: Some(Closed),
                cancel: ALL_CLOCKS.into_iter().chain([DeadlineKind::Close]).collect(),
                summary: "closed".into(),
                ..Effect::default()
            }),
        },
        Command::Reopen => match case.state {
            Resolved | Closed => Ok(Effect {
                state: Some(Escalated),
                raise_to: (level == 0).then_some(1),
                cancel: vec![DeadlineKind::Close],
                restart_clock: true,
                summary: format!("reopened at level {}", level.max(1)),
                ..Effect::default()
            }),
            _ => Err(format!("the case is {}, not resolved or closed", case.state.as_str())),
        },
        Command::Raise { level: to } => {
            if matches!(case.state, Resolved | Closed) {
                return Err(format!("the case is {}; reopen it first", case.state.as_str()));
            }
            let to = to.unwrap_or(level + 1);
            if to > levels {
                return Err(if level >= levels {
                    format!("the case is already at the top level ({levels})")
                } else {
                    format!("there is no level {to} (1–{levels})")
                });
            }
            if to <= level {
                return Err(format!("the case is already at level {level}"));
            }
            Ok(Effect {
                state: Some(Escalated),
                raise_to: Some(to),
                cancel: ALL_CLOCKS.to_vec(),
                restart_clock: true,
                summary: format!("raised from level {level} to level {to}"),
                ..Effect::default()
            })
        }
        Command::Assign { to } => Ok(Effect {
            assignee: Some(to.clone()),
            summary: format!("assigned to {to}"),
            ..Effect::default()
        }),
        Command::Note { text } => Ok(Effect {
            summary: format!("note: {text}"),
            ..Effect::default()
        }),
    }
}

// ---------------------------------------------------------------------------------------
// Missed deadlines.
// ---------------------------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq)]
pub enum Due {
    /// The deadline no longer matters (the case moved on).
    Nothing,
    /// A missed promise: raise to the next level, or, at the top, tell the team again.
    Breach {
        raise_to: Option<u32>,
        reason: String,
    },
    /// Remind the owning team to update the customer; the next reminder after `every`.
    Remind,
    /// Close a resolved case nobody answered.
    Close,
    Digest,
}

/// What a deadline that fell due does to a case in this state.
pub fn on_due(case: &CaseView, kind: DeadlineKind, levels: u32, raise_on_breach: bool) -> Due {
    use DeadlineKind::*;
    let level = case.level.unwrap_or(0);
    let next = (raise_on_breach && level < levels).then_some(level + 1);
    let what = match kind {
        Acknowledge => "acknowledged",
        Respond => "answered",
        Resolve => "resolved",
        _ => "",
    };
    match (kind, case.state) {
        (Digest, _) => Due::Digest,
        (Close, State::Resolved) => Due::Close,
        (Update, s) if s.is_active() => Due::Remind,
        (Acknowledge | Respond, State::Escalated) | (Resolve, State::Escalated | State::Acknowledged) => Due::Breach {
            raise_to: next,
            reason: format!("not {what} by the deadline at level {level}"),
        },
        _ => Due::Nothing,
    }
}

// ---------------------------------------------------------------------------------------
// Satisfaction.
// ---------------------------------------------------------------------------------------

/// A satisfaction score 1–5 from the first words of a customer's answer: "4", "4/5",
/// "3 out of 5", "score: 2", "★★★★". `None` when the answer is not a score.
pub fn parse_score(own_text: &str) -> Option<u8> {
    let first = own_text.lines().map(str::trim).find(|l| !l.is_empty())?;
    let stars = first.chars().filter(|c| *c == '★' || *c == '⭐').count();
    if stars > 0
        && stars <= 5
        && first
            .chars()
            .all(|c| c == '★' || c == '⭐' || c == '☆' || c.is_whitespace())
    {
        return Some(stars as u8);
    }
    let lower = first.to_ascii_lowercase();
    let rest = ["score", "rating", "note", "bewertung", "puntuacion", "puntuación"]
        .iter()
        .find_map(|p| lower.strip_prefix(p))
        .unwrap_or(&lower)
        .trim_start_matches([':', ' ', '=']);
    let digits: String = rest.chars().take_while(|c| c.is_ascii_digit()).collect();
    let after = rest[digits.len()..].trim();
    let n: u8 = digits.parse().ok()?;
    // A lone number, "n/5", "n out of 5", "n von 5", "n sur 5", "n de 5", maybe with a word
    // or two of comment after it — not "3 invoices are still wrong".
    let scale_ok = after.is_empty()
        || [
            "/5", "/ 5", "out of 5", "von 5", "sur 5", "de 5", "stars", "star", "-", ".", "!", ",",
        ]
        .iter()
        .any(|p| after.starts_with(p));
    ((1..=5).contains(&n) && scale_ok).then_some(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(t: &str) -> DateTime<Utc> {
        t.parse().expect("time")
    }

    fn case(state: State, level: u32) -> CaseView {
        CaseView {
            state,
            level: Some(level),
        }
    }

    #[test]
    fn commands_are_read_from_the_top_until_the_message_starts() {
        let (c, e) = parse_commands(
            "ACK\n#assign jane@example.test\nnote: called the customer\n\nThanks, on it.\nresolve\n> quoted",
        );
        assert_eq!(
            c,
            vec![
                Command::Ack,
                Command::Assign {
                    to: "jane@example.test".into()
                },
                Command::Note {
                    text: "called the customer".into()
                },
            ]
        );
        assert!(e.is_empty());
        assert_eq!(
            parse_commands("raise to level 3").0,
            vec![Command::Raise { level: Some(3) }]
        );
        assert_eq!(parse_commands("escalate").0, vec![Command::Raise { level: None }]);
        assert_eq!(
            parse_commands("Resolved: refund issued").0,
            vec![Command::Resolve {
                note: Some("refund issued".into())
            }]
        );
        // Prose is not a command.
        assert!(parse_commands("Hi all, I will look at this today.").0.is_empty());
        let (c, e) = parse_commands("raise to the moon");
        assert!(c.is_empty());
        assert_eq!(e.len(), 1, "{e:?}");
    }

    #[test]
    fn the_lifecycle_follows_the_seeds() {
        let e = apply(&case(State::Escalated, 1), &Command::Ack, 3).expect("ack");
        assert_eq!(e.state, Some(State::Acknowledged));
        assert_eq!(e.cancel, vec![DeadlineKind::Acknowledge, DeadlineKind::Respond]);
        let e = apply(&case(State::Acknowledged, 1), &Command::Resolve { note: None }, 3).expect("resolve");
        assert_eq!(e.state, Some(State::Resolved));
        assert!(e.tell_customer_resolved);
        let e = apply(&case(State::Resolved, 1), &Command::Reopen, 3).expect("reopen");
        assert_eq!((e.state, e.restart_clock), (Some(State::Escalated), true));
        assert!(apply(&case(State::Resolved, 1), &Command::Ack, 3).is_err());
        assert!(apply(&case(State::Open, 0), &Command::Ack, 3).is_err());
    }

    #[test]
    fn raising_goes_up_only_and_not_past_the_top() {
        let e = apply(&case(State::Acknowledged, 1), &Command::Raise { level: None }, 3).expect("raise");
        assert_eq!((e.raise_to, e.state), (Some(2), Some(State::Escalated)));
        assert_eq!(
            apply(&case(State::Escalated, 1), &Command::Raise { level: Some(3) }, 3)
                .expect("raise")
                .raise_to,
            Some(3)
        );
        assert!(apply(&case(State::Escalated, 3), &Command::Raise { level: None }, 3).is_err());
        assert!(apply(&case(State::Escalated, 2), &Command::Raise { level: Some(1) }, 3).is_err());
        assert!(apply(&case(State::Escalated, 1), &Command::Raise { level: Some(9) }, 3).is_err());
    }

    #[test]
    fn a_missed_deadline_raises_unless_the_case_moved_on() {
        let due = on_due(&case(State::Escalated, 1), DeadlineKind::Acknowledge, 3, true);
        assert!(matches!(due, Due::Breach { raise_to: Some(2), .. }), "{due:?}");
        // At the top: a breach, told again, no raise.
        let due = on_due(&case(State::Escalated, 3), DeadlineKind::Respond, 3, true);
        assert!(matches!(due, Due::Breach { raise_to: None, .. }), "{due:?}");
        assert_eq!(
            on_due(&case(State::Acknowledged, 1), DeadlineKind::Acknowledge, 3, true),
            Due::Nothing
        );
        assert!(matches!(
            on_due(&case(State::Acknowledged, 1), DeadlineKind::Resolve, 3, true),
            Due::Breach { .. }
        ));
        assert_eq!(
            on_due(&case(State::Resolved, 1), DeadlineKind::Update, 3, true),
            Due::Nothing
        );
        assert_eq!(
            on_due(&case(State::Acknowledged, 2), DeadlineKind::Update, 3, true),
            Due::Remind
        );
        assert_eq!(
            on_due(&case(State::Resolved, 2), DeadlineKind::Close, 3, true),
            Due::Close
        );
        assert!(matches!(
            on_due(&case(State::Escalated, 1), DeadlineKind::Acknowledge, 3, false),
            Due::Breach { raise_to: None, .. }
        ));
    }

    #[test]
    fn deadlines_come_from_level_and_severity() {
        let p = Policy::load(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/policies/003-severity-matrix.toml"),
        )
        .expect("policy");
        let now = at("2026-11-24T15:00:00Z");
        let d = deadlines(&p, 2, Severity::P1, None, now);
        let find = |k| d.iter().find(|x| x.kind == k).map(|x| x.due);
        assert_eq!(find(DeadlineKind::Acknowledge), Some(at("2026-11-24T15:15:00Z")));
        assert_eq!(find(DeadlineKind::Respond), Some(at("2026-11-24T16:00:00Z")));
        assert_eq!(find(DeadlineKind::Update), Some(at("2026-11-24T16:00:00Z")));
        assert_eq!(find(DeadlineKind::Resolve), None);
        // A shortened response (VIP, immediate) is kept.
        let d = deadlines(&p, 2, Severity::P1, Some(at("2026-11-24T15:30:00Z")), now);
        assert_eq!(d[1].due, at("2026-11-24T15:30:00Z"));
    }

    #[test]
    fn scores_are_numbers_on_a_five_point_scale() {
        for (text, want) in [
            ("4", Some(4)),
            ("  2/5\nthe second agent was rude", Some(2)),
            ("3 out of 5", Some(3)),
            ("Score: 1", Some(1)),
            ("5 - great help", Some(5)),
            ("★★★★", Some(4)),
            ("0", None),
            ("9", None),
            ("3 invoices are still wrong", None),
            ("Thanks!", None),
            ("", None),
        ] {
            assert_eq!(parse_score(text), want, "{text:?}");
        }
    }
}
