//! A learned second reader: one logistic regression per trigger over the words and word pairs
//! of the customer's own text.
//!
//! Phrase rules are precise but only know the wording they were written for; mail that says the
//! same thing another way slips past them. The model has read every labelled corpus and weighs
//! each word, so it can *propose* a trigger the rules missed and *veto* one the rules found in
//! text that reads nothing like it. Either way the decision names the sentence and the words
//! that carried it, so a team lead can still see why.
//!
//! Features are built from the same sentences and folded tokens the rules see: each word, each
//! pair of neighbouring words, and a word inside a negation's scope is marked `~` ("~cancel"),
//! so "not going to cancel" reads differently from "going to cancel".
//!
//! The weights live in a plain table (`rules/model.tsv`): a header naming the triggers, a
//! `(bias)` row, then one row per feature. `escalated train` writes it from labelled
//! directories. Pure: data in, data out.

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt::Write as _;

use super::pattern::{fnv, FastMap, FNV_OFFSET};

/// How many of the strongest words a reading keeps, for the explanation to choose from.
const SHOWN: usize = 16;

/// The name of the row holding each trigger's intercept.
const BIAS: &str = "(bias)";

#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    #[error("model file {path}, line {line}: {message}")]
    Invalid { path: String, line: usize, message: String },
}

/// The hash of a feature as written in the model file ("charged twice", "~cancel", "cance*").
/// Features are hashed from their parts (`fnv` over "a", " ", "b") without building the name.
pub fn hash_name(name: &str) -> u64 {
    fnv(FNV_OFFSET, name.as_bytes())
}

fn logistic(z: f64) -> f64 {
    1.0 / (1.0 + (-z).exp())
}

/// Words longer than this many characters plus one also count by their first `STEM`
/// characters, marked `*`.
const STEM: usize = 5;

fn stem(word: &str) -> Option<&str> {
    let chars: Vec<(usize, char)> = word.char_indices().take(STEM + 2).collect();
    (chars.len() > STEM + 1).then(|| &word[..chars[STEM].0])
}

/// Feature hashes of one sentence: words, neighbouring pairs and stems, negated words marked
/// `~`. `names`, when given, receives the readable name of every hash (training needs them).
pub fn sentence_features(
    words: &[&str],
    negated: &[bool],
    out: &mut Vec<u64>,
    mut names: Option<&mut HashMap<u64, String>>,
) {
    let marked: Vec<Cow<str>> = words
        .iter()
        .zip(negated)
        .map(|(w, n)| {
            if *n {
                Cow::Owned(format!("~{w}"))
            } else {
                Cow::Borrowed(*w)
            }
        })
        .collect();
    for i in 0..words.len() {
        let w = &*marked[i];
        let h = hash_name(w);
        out.push(h);
        if let Some(n) = names.as_deref_mut() {
            n.entry(h).or_insert_with(|| w.to_string());
        }
        // A long word also counts by its stem-like beginning ("cancel*" for "cancelling",
        // "cancellation"): inflections the corpora did not show still weigh.
        if let Some(stem) = stem(words[i]) {
            let mark = if negated[i] { "~" } else { "" };
            let h = fnv(fnv(fnv(FNV_OFFSET, mark.as_bytes()), stem.as_bytes()), b"*");
            out.push(h);
            if let Some(n) = names.as_deref_mut() {
                n.entry(h).or_insert_with(|| format!("{mark}{stem}*"));
            }
        }
        if i + 1 < words.len() {
            let v = &*marked[i + 1];
            let h = fnv(fnv(hash_name(w), b" "), v.as_bytes());
            out.push(h);
            if let Some(n) = names.as_deref_mut() {
                n.entry(h).or_insert_with(|| format!("{w} {v}"));
            }
        }
    }
}

/// Weights per trigger, read from a model file.
#[derive(Debug, Clone)]
pub struct Model {
    /// Trigger ids, in the file's column order.
    pub triggers: Vec<String>,
    bias: Vec<f32>,
    /// Keys are FNV hashes already: FNV again is cheaper than SipHash on the hot path.
    index: FastMap<u64, usize>,
    /// Row-major: `weights[row * triggers.len() + t]`.
    weights: Vec<f32>,
    names: Vec<String>,
    /// The file's comment lines (what it was trained on).
    pub about: Vec<String>,
}

/// What the model says about one trigger of one message.
#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    pub probability: f64,
    /// What the message's words add to the trigger's log-odds (negative: they speak against it;
    /// near zero: the model has little to go on and `probability` is just the prior).
    pub words_logit: f64,
}

/// The evidence behind a reading, for the explanation.
#[derive(Debug, Clone, PartialEq)]
pub struct Why {
    /// The sentence (index into the message's sentences) whose words weigh most for it.
    pub sentence: Option<usize>,
    /// What the model would say from that sentence's words alone.
    pub sentence_probability: f64,
    /// The strongest words for it, strongest first.
    pub words: Vec<String>,
    /// The strongest words against it, strongest first.
    pub against: Vec<String>,
}

impl Model {
    pub fn parse(text: &str, path: &str) -> Result<Model, ModelError> {
        let bad = |line: usize, message: String| ModelError::Invalid {
            path: path.to_string(),
            line,
            message,
        };
        let mut about = Vec::new();
        let mut triggers: Option<Vec<String>> = None;
        let mut bias = None;
        let mut index = FastMap::default();
        let mut weights = Vec::new();
        let mut names = Vec::new();
        for (i, line) in text.lines().enumerate() {
            let n = i + 1;
            if let Some(c) = line.strip_prefix('#') {
                about.push(c.trim().to_string());
                continue;
            }
            if line.trim().is_empty() {
                continue;
            }
            let mut cols = line.split('\t');
            let name = cols.next().unwrap_or_default();
            let Some(trig) = &triggers else {
                if name != "feature" {
                    return Err(bad(
                        n,
                        "the first row must be the header: feature, then trigger ids".into(),
                    ));
                }
                let ids: Vec<String> = cols.map(String::from).collect();
                for id in &ids {
                    if !super::TEXT_TRIGGERS.contains(&id.as_str()) {
                        return Err(bad(n, format!("unknown trigger {id:?} in the header")));
                    }
                }
                triggers = Some(ids);
                continue;
            };
            let mut row = Vec::with_capacity(trig.len());
            for c in cols {
                let w: f32 = c.trim().parse().map_err(|_| bad(n, format!("{c:?} is not a number")))?;
                if !w.is_finite() {
                    return Err(bad(n, format!("{c:?} is not a finite number")));
                }
                row.push(w);
            }
            if row.len() != trig.len() {
                return Err(bad(n, format!("{} weights for {} triggers", row.len(), trig.len())));
            }
            if name == BIAS {
                bias = Some(row);
                continue;
            }
            if index.insert(hash_name(name), names.len()).is_some() {
                return Err(bad(n, format!("feature {name:?} appears twice")));
            }
            names.push(name.to_string());
            weights.extend(row);
        }
        let Some(triggers) = triggers else {
            return Err(bad(0, "no header row".into()));
        };
        let Some(bias) = bias else {
            return Err(bad(0, format!("no {BIAS} row")));
        };
        Ok(Model {
            triggers,
            bias,
            index,
            weights,
            names,
            about,
        })
    }

    pub fn feature_count(&self) -> usize {
        self.names.len()
    }

    /// The model's rows present in a message, each once, with the first sentence it is in.
    fn present(&self, sentences: &[Vec<u64>]) -> Vec<(usize, usize)> {
        let mut rows: Vec<(usize, usize)> = sentences
            .iter()
            .enumerate()
            .flat_map(|(s, hashes)| hashes.iter().filter_map(move |h| self.index.get(h).map(|&r| (r, s))))
            .collect();
        rows.sort_unstable();
        rows.dedup_by_key(|(r, _)| *r);
        rows
    }

    /// Reads a message given the feature hashes of each of its sentences: one reading per
    /// trigger, in column order. A feature counts once per message (the model was trained on
    /// presence, not counts).
    pub fn read(&self, sentences: &[Vec<u64>]) -> Vec<Reading> {
        let n = self.triggers.len();
        let mut z = vec![0f64; n];
        for (row, _) in self.present(sentences) {
            for (zt, w) in z.iter_mut().zip(&self.weights[row * n..(row + 1) * n]) {
                *zt += *w as f64;
            }
        }
        z.iter()
            .zip(&self.bias)
            .map(|(words, b)| {
                let logit = words + *b as f64;
                Reading {
                    probability: logistic(logit),
                    words_logit: *words,
                }
            })
            .collect()
    }

    /// Why the model reads column `t` as it does: the sentence whose words weigh most for it
    /// and the strongest words for and against it. Only asked for triggers it acts on.
    pub fn why(&self, sentences: &[Vec<u64>], t: usize) -> Why {
        let n = self.triggers.len();
        let mut per_sentence = vec![0f64; sentences.len()];
        let mut weighed: Vec<(f32, usize)> = Vec::new();
        for (row, s) in self.present(sentences) {
            let w = self.weights[row * n + t];
            per_sentence[s] += w as f64;
            weighed.push((w, row));
        }
        weighed.sort_by(|a, b| b.0.total_cmp(&a.0));
        let name = |&(_, r): &(f32, usize)| self.names[r].clone();
        let best = per_sentence
            .iter()
            .enumerate()
            .filter(|(_, v)| **v > 0.0)
            .max_by(|a, b| a.1.total_cmp(b.1));
        Why {
            sentence: best.map(|(i, _)| i),
            sentence_probability: best.map_or(0.0, |(_, v)| logistic(v + self.bias[t] as f64)),
            words: weighed.iter().take_while(|x| x.0 > 0.0).take(SHOWN).map(name).collect(),
            against: weighed
                .iter()
                .rev()
                .take_while(|x| x.0 < 0.0)
                .take(SHOWN)
                .map(name)
                .collect(),
        }
    }
}

/// One labelled message for training: its features (hashes, any order, repeats allowed) and
/// which triggers it carries, in the order of `train`'s `triggers`.
pub struct Example {
    pub features: Vec<u64>,
    pub labels: Vec<bool>,
}

#[derive(Debug, Clone)]
pub struct TrainSettings {
    /// Inverse regularisation strength (as scikit-learn's `C`): smaller is smoother.
    pub c: f64,
    /// A feature must occur in at least this many messages.
    pub min_messages: usize,
    pub iterations: usize,
}

impl Default for TrainSettings {
    fn default() -> Self {
        TrainSettings {
            c: 1.0,
            min_messages: 2,
            iterations: 300,
        }
    }
}

/// Fits one L2-regularised logistic regression per trigger, classes weighted to balance (a
/// trigger in 2 % of the mail counts as much as the rest), by full-batch Adam. Deterministic.
pub fn train(
    examples: &[Example],
    triggers: &[String],
    names: &HashMap<u64, String>,
    settings: &TrainSettings,
) -> Model {
    let n = triggers.len();
    // Vocabulary: features in enough messages, in a stable (name) order.
    let mut df: HashMap<u64, usize> = HashMap::new();
    let docs: Vec<Vec<u64>> = examples
        .iter()
        .map(|e| {
            let mut f = e.features.clone();
            f.sort_unstable();
            f.dedup();
            for h in &f {
                *df.entry(*h).or_default() += 1;
            }
            f
        })
        .collect();
    let mut vocab: Vec<(&str, u64)> = df
        .iter()
        .filter(|(_, c)| **c >= settings.min_messages)
        .filter_map(|(h, _)| names.get(h).map(|name| (name.as_str(), *h)))
        .collect();
    vocab.sort_unstable();
    let index: FastMap<u64, usize> = vocab.iter().enumerate().map(|(i, (_, h))| (*h, i)).collect();
    let rows: Vec<Vec<usize>> = docs
        .iter()
        .map(|d| d.iter().filter_map(|h| index.get(h).copied()).collect())
        .collect();

    let m = examples.len().max(1) as f64;
    // Balanced class weights per trigger: m / (2 · class size).
    let weight: Vec<(f64, f64)> = (0..n)
        .map(|t| {
            let pos = examples.iter().filter(|e| e.labels[t]).count() as f64;
            let neg = m - pos;
            (
                if pos > 0.0 { m / (2.0 * pos) } else { 0.0 },
                if neg > 0.0 { m / (2.0 * neg) } else { 0.0 },
            )
        })
        .collect();

    let f = vocab.len();
    let mut w = vec![0f64; f * n];
    let mut b = vec![0f64; n];
    let (mut mw, mut vw) = (vec![0f64; f * n], vec![0f64; f * n]);
    let (mut mb, mut vb) = (vec![0f64; n], vec![0f64; n]);
    let (lr, beta1, beta2, eps) = (0.05, 0.9, 0.999, 1e-8);
    let mut gw = vec![0f64; f * n];
    let mut gb = vec![0f64; n];
    let mut z = vec![0f64; n];
    for step in 1..=settings.iterations {
        // Gradient of C · Σ weighted log-loss + ½‖w‖², scaled by 1/C·m to keep steps even.
        for (g, wi) in gw.iter_mut().zip(&w) {
            *g = wi / settings.c;
        }
        gb.iter_mut().for_each(|g| *g = 0.0);
        for (row, e) in rows.iter().zip(examples) {
            z.copy_from_slice(&b);
            for &r in row {
                for (zt, wt) in z.iter_mut().zip(&w[r * n..(r + 1) * n]) {
                    *zt += wt;
                }
            }
            for t in 0..n {
                let p = logistic(z[t]);
                let (wp, wn) = weight[t];
                z[t] = if e.labels[t] { wp * (p - 1.0) } else { wn * p };
                gb[t] += z[t];
            }
            for &r in row {
                for (g, d) in gw[r * n..(r + 1) * n].iter_mut().zip(&z) {
                    *g += d;
                }
            }
        }
        let (c1, c2) = (1.0 - f64::powi(beta1, step as i32), 1.0 - f64::powi(beta2, step as i32));
        let adam = |p: &mut [f64], g: &[f64], m1: &mut [f64], v1: &mut [f64]| {
            for i in 0..p.len() {
                let gi = g[i] / m;
                m1[i] = beta1 * m1[i] + (1.0 - beta1) * gi;
                v1[i] = beta2 * v1[i] + (1.0 - beta2) * gi * gi;
                p[i] -= lr * (m1[i] / c1) / ((v1[i] / c2).sqrt() + eps);
            }
        };
        adam(&mut w, &gw, &mut mw, &mut vw);
        adam(&mut b, &gb, &mut mb, &mut vb);
    }
    Model {
        triggers: triggers.to_vec(),
        bias: b.iter().map(|v| *v as f32).collect(),
        index,
        weights: w.iter().map(|v| *v as f32).collect(),
        names: vocab.iter().map(|(name, _)| name.to_string()).collect(),
        about: Vec::new(),
    }
}

impl Model {
    /// The model file: comments, header, bias row, one row per feature (two decimals; a
    /// feature whose weights all round to zero is left out).
    pub fn to_tsv(&self, comments: &[String]) -> String {
        let mut s = String::new();
        for c in comments {
            let _ = writeln!(s, "# {c}");
        }
        let _ = writeln!(s, "feature\t{}", self.triggers.join("\t"));
        let row = |s: &mut String, name: &str, ws: &[f32]| {
            s.push_str(name);
            for w in ws {
                let r = (w * 100.0).round() / 100.0;
                if r == 0.0 {
                    s.push_str("\t0");
                } else {
                    let _ = write!(s, "\t{r:.2}");
                }
            }
            s.push('\n');
        };
        row(&mut s, BIAS, &self.bias);
        let n = self.triggers.len();
        for (i, name) in self.names.iter().enumerate() {
            let ws = &self.weights[i * n..(i + 1) * n];
            if ws.iter().any(|w| (w * 100.0).round() != 0.0) {
                row(&mut s, name, ws);
            }
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn feats(text: &str, names: &mut HashMap<u64, String>) -> Vec<u64> {
        let words: Vec<&str> = text.split(' ').collect();
        let neg: Vec<bool> = words.iter().map(|w| w.starts_with('!')).collect();
        let words: Vec<&str> = words.iter().map(|w| w.trim_start_matches('!')).collect();
        let mut out = Vec::new();
        sentence_features(&words, &neg, &mut out, Some(names));
        out
    }

    #[test]
    fn features_are_words_pairs_and_marked_negations() {
        let mut names = HashMap::new();
        let f = feats("will !cancel now", &mut names);
        let mut got: Vec<&str> = f.iter().map(|h| names[h].as_str()).collect();
        got.sort();
        assert_eq!(got, ["now", "will", "will ~cancel", "~cancel", "~cancel now"]);
        assert_eq!(hash_name("will ~cancel"), f[1]);
        let f = feats("cancelling", &mut names);
        let got: Vec<&str> = f.iter().map(|h| names[h].as_str()).collect();
        assert_eq!(got, ["cancelling", "cance*"]);
        assert_eq!(hash_name("cance*"), f[1]);
    }

    #[test]
    fn learns_a_separable_trigger_and_round_trips_through_its_file() {
        let mut names = HashMap::new();
        let texts = [
            ("i want a refund for the double charge", true),
            ("you charged me twice this month", true),
            ("the double charge is still on my card", true),
            ("how do i export my contacts", false),
            ("thanks for the quick help", false),
            ("how do i change my password", false),
            ("the export button is grey", false),
        ];
        let examples: Vec<Example> = texts
            .iter()
            .map(|(t, y)| Example {
                features: feats(t, &mut names),
                labels: vec![*y],
            })
            .collect();
        let triggers = vec!["billing_dispute".to_string()];
        let model = train(&examples, &triggers, &names, &TrainSettings::default());
        let read = |m: &Model, t: &str| m.read(&[feats(t, &mut names.clone())])[0].clone();
        let yes = read(&model, "double charge again");
        let no = read(&model, "how do i export");
        assert!(yes.probability > 0.7, "{yes:?}");
        assert!(no.probability < 0.3, "{no:?}");
        let why = model.why(
            &[
                feats("how do i export", &mut names.clone()),
                feats("double charge", &mut names.clone()),
            ],
            0,
        );
        assert_eq!(why.sentence, Some(1));
        assert!(why.words.iter().any(|w| w.contains("charge")), "{why:?}");
        assert!(why.against.iter().any(|w| w == "export"), "{why:?}");

        let file = model.to_tsv(&["test".into()]);
        let back = Model::parse(&file, "test").expect("own output parses");
        assert_eq!(back.about, ["test"]);
        let again = read(&back, "double charge again");
        assert!((again.probability - yes.probability).abs() < 0.05);
    }

    #[test]
    fn a_bad_file_says_where() {
        let e = Model::parse("feature\tlegal_threat\n(bias)\t-1\nsue\tx\n", "m.tsv").unwrap_err();
        assert!(e.to_string().contains("line 3"), "{e}");
        let e = Model::parse("feature\tnot_a_trigger\n", "m.tsv").unwrap_err();
        assert!(e.to_string().contains("unknown trigger"), "{e}");
        let e = Model::parse("feature\tlegal_threat\nsue\t1\n", "m.tsv").unwrap_err();
        assert!(e.to_string().contains("(bias)"), "{e}");
    }
}
