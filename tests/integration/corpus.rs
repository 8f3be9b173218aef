//! The classifier against labelled and real-world mail. No servers: these are the pure stages
//! on files, in the integration binary because they read whole corpora.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use escalated::classify::Rules;
use escalated::guard::Identity;
use escalated::pipeline::{prepare_with, Prepared, INTERNAL_ERROR};
use escalated::policy::Policy;

fn corpus(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus").join(name)
}

fn desk_identity() -> Identity {
    Identity {
        own_addresses: vec!["support@example.test".into(), "escalated@example.test".into()],
        message_id_domain: "escalated.example.test".into(),
    }
}

/// A labelled corpus's floors: a little under what the shipped rules reach (BENCHMARKS.md),
/// so a rule change that breaks recognition fails.
struct Floor {
    corpus: &'static str,
    least_messages: u32,
    macro_f1: f64,
    false_escalations: f64,
    missed_escalations: f64,
    /// Every automated message must be recognised (not only no human one flagged).
    all_automated: bool,
}

/// Scores `floor.corpus` with the shipped rules and lists every floor it falls under.
fn shortfalls(floor: &Floor) -> Vec<String> {
    shortfalls_with(floor, Rules::builtin())
}

fn shortfalls_with(floor: &Floor, rules: &Rules) -> Vec<String> {
    let name = floor.corpus;
    let s =
        escalated::score::score(&corpus(name), rules, Policy::builtin(), &desk_identity()).expect("corpus readable");
    eprintln!("== {name}\n{}", s.render(false));
    let rate = |(n, of): (u32, u32)| n as f64 / of.max(1) as f64;
    let mut failures = Vec::new();
    if s.messages < floor.least_messages {
        failures.push(format!("{name}: corpus went missing: {} messages", s.messages));
    }
    if s.macro_f1_all < floor.macro_f1 {
        failures.push(format!("{name}: macro F1 {:.3} < {}", s.macro_f1_all, floor.macro_f1));
    }
    if rate(s.false_escalations) > floor.false_escalations {
        failures.push(format!("{name}: false escalations {:?}", s.false_escalations));
    }
    if rate(s.missed_escalations) > floor.missed_escalations {
        failures.push(format!("{name}: missed escalations {:?}", s.missed_escalations));
    }
    if floor.all_automated && s.automated_recognised.0 != s.automated_recognised.1 {
        failures.push(format!(
            "{name}: automated mail not recognised {:?}",
            s.automated_recognised
        ));
    }
    if s.human_flagged_automated.0 != 0 {
        failures.push(format!("{name}: human mail taken for automated"));
    }
    failures
}

fn floor(
    corpus: &'static str,
    least_messages: u32,
    macro_f1: f64,
    false_escalations: f64,
    missed_escalations: f64,
) -> Floor {
    Floor {
        corpus,
        least_messages,
        macro_f1,
        false_escalations,
        missed_escalations,
        all_automated: false,
    }
}

/// The first development corpus is the classifier's regression gate.
#[test]
fn development_corpus_scores_stay_above_their_floors() {
    let failures = shortfalls(&Floor {
        all_automated: true,
        ..floor("labelled", 350, 0.97, 0.02, 0.02)
    });
    assert!(failures.is_empty(), "{failures:#?}");
}

/// The second, harder development corpus (short, indirect, multilingual mail written after
/// the first rules were settled).
#[test]
fn second_development_corpus_scores_stay_above_their_floors() {
    let failures = shortfalls(&floor("dev2", 400, 0.97, 0.02, 0.02));
    assert!(failures.is_empty(), "{failures:#?}");
}

/// Corpora that began as unseen checks and became development sets once scored and read
/// (BENCHMARKS.md gives their first, unseen scores). The shipped model has read them all, so
/// these floors are high and catch breakage, not overfitting: the next test does that.
#[test]
fn later_development_corpora_stay_above_their_floors() {
    let failures: Vec<String> = [
        floor("dev3", 340, 0.97, 0.02, 0.02),
        floor("heldout", 290, 0.97, 0.02, 0.02),
        floor("heldout2", 290, 0.97, 0.02, 0.02),
        floor("heldout3", 310, 0.97, 0.02, 0.02),
        floor("heldout4", 315, 0.97, 0.02, 0.02),
        floor("heldout5", 310, 0.97, 0.02, 0.02),
        floor("heldout6", 300, 0.97, 0.02, 0.02),
        // Session 7's model no longer vetoes three benign mentions here (a fire-alarm test, a
        // sign-in the customer made, an innocuous review): 3/125 false.
        floor("heldout7", 360, 0.97, 0.025, 0.02),
        floor("dev4", 360, 0.96, 0.04, 0.03),
        floor("dev5", 355, 0.96, 0.02, 0.03),
        floor("heldout8", 365, 0.96, 0.03, 0.03),
        floor("dev6", 355, 0.95, 0.04, 0.04),
        floor("dev7", 340, 0.95, 0.04, 0.05),
        floor("heldout9", 355, 0.96, 0.02, 0.02),
        floor("heldout10", 325, 0.96, 0.02, 0.02),
        floor("heldout11", 330, 0.96, 0.02, 0.02),
        floor("heldout12", 330, 0.96, 0.02, 0.02),
        floor("heldout13", 325, 0.96, 0.02, 0.02),
        floor("heldout14", 320, 0.96, 0.02, 0.02),
        floor("heldout15", 295, 0.96, 0.02, 0.02),
        floor("heldout16", 277, 0.96, 0.02, 0.02),
        floor("heldout17", 316, 0.96, 0.02, 0.02),
        floor("heldout18", 316, 0.96, 0.02, 0.02),
        floor("heldout19", 315, 0.96, 0.02, 0.02),
        floor("heldout20", 325, 0.96, 0.02, 0.02),
        floor("heldout21", 310, 0.96, 0.02, 0.02),
        floor("heldout22", 314, 0.96, 0.02, 0.02),
        floor("heldout23", 309, 0.96, 0.02, 0.02),
        floor("heldout25", 326, 0.96, 0.02, 0.02),
        floor("heldout26", 339, 0.96, 0.02, 0.02),
    ]
    .iter()
    .flat_map(shortfalls)
    .collect();
    assert!(failures.is_empty(), "{failures:#?}");
}

/// How the learned reader does on mail it has not read: it is trained again without
/// `heldout24/`, and that corpus is scored by the shipped
/// phrases with the new model. Its first, unseen score (session 9, commit c5fac74) was macro
/// F1 0.946 (0.946 over the 17 text triggers), 1.9 % false, 2.0 % missed (BENCHMARKS.md). The
/// phrases have since read its errors, so the floors are the targets (macro F1 ≥ 0.90,
/// false ≤ 5 %, missed ≤ 3 %): a change that makes the reader generalise worse fails here even
/// though every corpus it was trained on still scores well.
#[test]
fn the_learned_reader_generalises_to_a_corpus_it_has_not_read() {
    let read: Vec<PathBuf> = [
        "labelled",
        "dev2",
        "dev3",
        "dev4",
        "dev5",
        "dev6",
        "dev7",
        "heldout",
        "heldout2",
        "heldout3",
        "heldout4",
        "heldout5",
        "heldout6",
        "heldout7",
        "heldout8",
        "heldout9",
        "heldout10",
        "heldout11",
        "heldout12",
        "heldout13",
        "heldout14",
        "heldout15",
        "heldout16",
        "heldout17",
        "heldout18",
        "heldout19",
        "heldout20",
        "heldout21",
        "heldout22",
        "heldout23",
        "heldout25",
        "heldout26",
    ]
    .into_iter()
    .map(corpus)
    .collect();
    let settings = escalated::classify::model::TrainSettings::default();
    let (model, comments) =
        escalated::train::train(&read, Rules::builtin(), &desk_identity(), &settings).expect("trains");
    let mut rules = Rules::builtin_owned();
    rules
        .set_model(&model.to_tsv(&comments), "trained without heldout24")
        .expect("its own output reads back");
    let failures = shortfalls_with(&floor("heldout24", 302, 0.90, 0.05, 0.03), &rules);
    assert!(failures.is_empty(), "{failures:#?}");
}

struct Row {
    path: String,
    label: String,
}

fn manifest() -> Vec<Row> {
    let text = std::fs::read_to_string(corpus("realmail/MANIFEST.tsv")).expect("manifest");
    text.lines()
        .skip(1)
        .filter_map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            Some(Row {
                path: cols.first()?.to_string(),
                label: cols.get(5)?.to_string(),
            })
        })
        .collect()
}

/// 1,080 real messages — bounces from dozens of MTAs, auto-replies, broken MIME, a 2.9 MB
/// endlessly nested message, files of 0–3 bytes: nothing panics or hangs, output stays
/// bounded, bounces and auto-replies are recognised, ordinary mail is not taken for a machine.
#[test]
fn real_world_mail_is_handled_and_recognised() {
    let rows = manifest();
    assert!(rows.len() >= 1000, "manifest has {} rows", rows.len());
    let root = corpus("");
    let (mut automated_ok, mut automated_total) = (0, 0);
    let (mut human_flagged, mut human_total) = (0, 0);
    let mut unreadable = 0;
    let mut missed: Vec<String> = Vec::new();
    let mut flagged: Vec<String> = Vec::new();
    for row in &rows {
        let raw = std::fs::read(root.join(&row.path)).expect("file in manifest exists");
        // A watchdog per message: a hang is a failure, not a stuck test run.
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let p = prepare_with(&raw, Rules::builtin(), &desk_identity());
            let summary = match &p {
                Prepared::Quarantine { reason, .. } => (None, Some(reason.clone()), 0usize, 0usize),
                Prepared::Automated { automated, mail } => (Some(automated.kind.as_str()), None, mail.text.len(), 0),
                Prepared::Human {
                    classification, mail, ..
                } => (
                    None,
                    None,
                    mail.text.len(),
                    classification
                        .triggers
                        .iter()
                        .map(|f| f.evidence.len())
                        .max()
                        .unwrap_or(0),
                ),
            };
            let _ = tx.send(summary);
        });
        let (automated, quarantined, text_len, evidence_len) = match rx.recv_timeout(Duration::from_secs(20)) {
            Ok(r) => r,
            Err(mpsc::RecvTimeoutError::Timeout) => panic!("{} hangs (no result after 20 s)", row.path),
            Err(mpsc::RecvTimeoutError::Disconnected) => panic!("{} panicked outside the pipeline's guard", row.path),
        };
        assert_ne!(
            quarantined.as_deref(),
            Some(INTERNAL_ERROR),
            "{} made a stage panic",
            row.path
        );
        assert!(
            text_len <= escalated::parse::MAX_TEXT,
            "{}: text of {text_len} bytes",
            row.path
        );
        assert!(evidence_len <= 600, "{}: evidence of {evidence_len} bytes", row.path);
        if quarantined.is_some() {
            unreadable += 1;
        }
        match row.label.as_str() {
            "bounce" | "auto-reply" => {
                automated_total += 1;
                if automated.is_some() {
                    automated_ok += 1;
                } else {
                    missed.push(row.path.clone());
                }
            }
            "normal" | "followup" => {
                human_total += 1;
                if let Some(kind) = automated {
                    human_flagged += 1;
                    flagged.push(format!("{} ({kind})", row.path));
                }
            }
            _ => {}
        }
    }
    let rate = automated_ok as f64 / automated_total as f64;
    eprintln!(
        "realmail: {} messages; bounces and auto-replies recognised {automated_ok}/{automated_total} = {:.1} %; \
         normal mail flagged automated {human_flagged}/{human_total}; unreadable (quarantined) {unreadable}",
        rows.len(),
        100.0 * rate
    );
    eprintln!("not recognised: {missed:?}\nflagged: {flagged:?}");
    assert!(
        rate >= 0.98,
        "only {:.1} % of bounces and auto-replies recognised",
        100.0 * rate
    );
    assert!(
        human_flagged as f64 <= 0.05 * human_total as f64,
        "normal mail flagged automated: {flagged:?}"
    );
}
