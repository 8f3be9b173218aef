//! `escalated train`: fits the learned second reader (`classify::model`) on labelled
//! directories (the `tests/corpus/` format) and writes its weights table.
//!
//! Each message goes through the same stages as in the daemon (parse, guard, separate,
//! sentences, negation scopes), so the model learns from exactly the words it will later read.
//! Automated mail, mail the guard takes for automated and unreadable mail are left out: the
//! model never sees them in service.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::classify::model::{self, Example, Model, TrainSettings};
use crate::classify::{Rules, TEXT_TRIGGERS};
use crate::guard::Identity;
use crate::pipeline::Prepared;
use crate::score::{read_labels, ScoreError};

#[derive(Debug, thiserror::Error)]
pub enum TrainError {
    #[error(transparent)]
    Labels(#[from] ScoreError),
    #[error("cannot read {path}: {source}")]
    Read { path: String, source: std::io::Error },
    #[error("no customer mail to learn from in {0}")]
    Empty(String),
}

/// What a training run used, for the model file's header.
#[derive(Debug, Default)]
pub struct Summary {
    pub per_dir: Vec<(PathBuf, usize)>,
    pub skipped: usize,
}

/// Training data: the examples, the readable name of every feature hash, what was used.
pub type Examples = (Vec<Example>, HashMap<u64, String>, Summary);

pub fn examples(dirs: &[PathBuf], rules: &Rules, identity: &Identity) -> Result<Examples, TrainError> {
    let mut examples = Vec::new();
    let mut names = HashMap::new();
    let mut summary = Summary::default();
    for dir in dirs {
        let mut used = 0;
        for label in read_labels(dir)? {
            if label.automated.is_some() {
                continue;
            }
            let path = dir.join(&label.file);
            let raw = std::fs::read(&path).map_err(|source| TrainError::Read {
                path: path.display().to_string(),
                source,
            })?;
            let Prepared::Human { mail, .. } = crate::pipeline::prepare_with(&raw, rules, identity) else {
                summary.skipped += 1;
                continue;
            };
            examples.push(Example {
                features: rules.features(&mail.subject, &mail.text, &mut names),
                labels: TEXT_TRIGGERS.iter().map(|t| label.triggers.contains(*t)).collect(),
            });
            used += 1;
        }
        summary.per_dir.push((dir.clone(), used));
    }
    if examples.is_empty() {
        let all: Vec<String> = dirs.iter().map(|d| d.display().to_string()).collect();
        return Err(TrainError::Empty(all.join(", ")));
    }
    Ok((examples, names, summary))
}

/// Trains on `dirs` and returns the model with the header comments its file should carry.
pub fn train(
    dirs: &[PathBuf],
    rules: &Rules,
    identity: &Identity,
    settings: &TrainSettings,
) -> Result<(Model, Vec<String>), TrainError> {
    let (examples, names, summary) = examples(dirs, rules, identity)?;
    let triggers: Vec<String> = TEXT_TRIGGERS.iter().map(|t| t.to_string()).collect();
    let model = model::train(&examples, &triggers, &names, settings);
    let dir_name = |p: &Path| {
        p.file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| p.display().to_string())
    };
    let used: Vec<String> = summary
        .per_dir
        .iter()
        .map(|(d, n)| format!("{}/ ({n})", dir_name(d)))
        .collect();
    let comments = vec![
        "escalated: the learned second reader's weights (see src/classify/model.rs).".to_string(),
        "Written by `escalated train`; retrain instead of editing by hand.".to_string(),
        format!(
            "Customer mail learned from: {}{}.",
            used.join(", "),
            match summary.skipped {
                0 => String::new(),
                n => format!("; {n} labelled as customer mail but taken for automated or unreadable, left out"),
            }
        ),
        format!(
            "{} features seen in at least {} messages; C = {}, {} iterations.",
            model.feature_count(),
            settings.min_messages,
            settings.c,
            settings.iterations
        ),
        "Columns: trigger ids; rows: a word, a word pair, ~ = inside a negation's scope.".to_string(),
    ];
    Ok((model, comments))
}
