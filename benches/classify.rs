//! Classification throughput on one core: parse → guard → separate → classify, over the
//! labelled development corpus (377 messages of every shape: plain, HTML, QP, base64,
//! bounces, auto-replies, four languages). `scripts/bench` runs it; BENCHMARKS.md has the
//! numbers.

use std::path::Path;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use escalated::classify::Rules;
use escalated::guard::Identity;
use escalated::pipeline::prepare_with;

fn corpus() -> Vec<Vec<u8>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/labelled");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("corpus")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "eml"))
        .collect();
    files.sort();
    files.iter().map(|p| std::fs::read(p).expect("read")).collect()
}

fn bench(c: &mut Criterion) {
    let mails = corpus();
    let rules = Rules::builtin();
    let identity = Identity {
        own_addresses: vec!["support@example.test".into()],
        message_id_domain: "escalated.example.test".into(),
    };

    let mut g = c.benchmark_group("pipeline");
    g.throughput(Throughput::Elements(mails.len() as u64));
    g.bench_function("parse+guard+classify, corpus of 377", |b| {
        b.iter(|| {
            for raw in &mails {
                std::hint::black_box(prepare_with(raw, rules, &identity));
            }
        })
    });
    let parsed: Vec<_> = mails.iter().filter_map(|r| escalated::parse::parse(r).ok()).collect();
    g.throughput(Throughput::Elements(parsed.len() as u64));
    g.bench_function("parse only", |b| {
        b.iter(|| {
            for raw in &mails {
                let _ = std::hint::black_box(escalated::parse::parse(raw));
            }
        })
    });
    g.bench_function("separate+classify only (already parsed)", |b| {
        b.iter_batched(
            || (),
            |_| {
                for m in &parsed {
                    std::hint::black_box(rules.classify(&m.subject, &m.text));
                }
            },
            BatchSize::SmallInput,
        )
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
