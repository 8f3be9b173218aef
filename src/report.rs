//! The figures of seeds 001 and 002 (escalation rate, escalations by level and trigger, time
//! at each level, breaches, open cases oldest first) for `escalated report` and the daily
//! digest mail. The queries are here; the arithmetic is pure and tested on its own.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::Serialize;
use sqlx::types::Json;
use sqlx::{PgPool, Row};

use crate::store::StoreError;

#[derive(Debug, Clone, Serialize)]
pub struct Period {
    pub since: String,
    pub until: String,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Count {
    pub name: String,
    pub count: i64,
}

#[derive(Debug, Clone, Serialize)]
pub struct LevelTime {
    pub name: String,
    pub median: String,
    pub cases: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct OpenCase {
    pub ticket: i64,
    pub state: String,
    pub level: String,
    pub severity: String,
    pub age: String,
    pub subject: String,
    pub customer: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Csat {
    pub count: i64,
    pub mean: String,
    pub low: i64,
}

#[derive(Debug, Clone, Serialize)]
pub struct Lateness {
    pub fired: usize,
    pub p50: String,
    pub p99: String,
    pub max: String,
    /// Milliseconds, for machines.
    pub p50_ms: i64,
    pub p99_ms: i64,
}

#[derive(Debug, Clone, Serialize)]
pub struct Figures {
    pub period: Period,
    pub human_messages: i64,
    pub cases: i64,
    pub escalated: i64,
    pub escalation_rate: String,
    pub breaches: i64,
    pub by_level: Vec<Count>,
    pub by_trigger: Vec<Count>,
    pub by_severity: Vec<Count>,
    pub time_at_level: Vec<LevelTime>,
    pub open_cases: Vec<OpenCase>,
    pub open_count: usize,
    pub csat: Csat,
    pub deadlines: Lateness,
}

/// The value at quantile `q` (0–1) of sorted values, nearest rank.
pub fn quantile(sorted: &[i64], q: f64) -> Option<i64> {
    if sorted.is_empty() {
        return None;
    }
    let rank = ((q * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len());
    Some(sorted[rank - 1])
}

/// 450 → "450 ms", 61_000 → "1 min 1 s", 7_200_000 → "2 h 0 min".
pub fn human_ms(ms: i64) -> String {
    let ms = ms.max(0);
    match ms {
        0..=9_999 => format!("{ms} ms"),
        10_000..=59_999 => format!("{} s", ms / 1000),
        60_000..=3_599_999 => format!("{} min {} s", ms / 60_000, (ms / 1000) % 60),
        3_600_000..=172_799_999 => format!("{} h {} min", ms / 3_600_000, (ms / 60_000) % 60),
        _ => format!("{} days", ms / 86_400_000),
    }
}

/// How long each level held a case: from each level event to the next level or state event
/// of the same case. `events` are (ticket, time, level or None for a state change), in time
/// order.
pub fn time_at_levels(events: &[(i64, DateTime<Utc>, Option<u32>)]) -> BTreeMap<u32, Vec<i64>> {
    let mut open: BTreeMap<i64, (u32, DateTime<Utc>)> = BTreeMap::new();
    let mut out: BTreeMap<u32, Vec<i64>> = BTreeMap::new();
    for (ticket, at, level) in events {
        if let Some((l, since)) = open.remove(ticket) {
            out.entry(l).or_default().push((*at - since).num_milliseconds());
        }
        if let Some(l) = level {
            open.insert(*ticket, (*l, *at));
        }
    }
    out
}

fn counts(rows: Vec<(String, i64)>) -> Vec<Count> {
    rows.into_iter().map(|(name, count)| Count { name, count }).collect()
}

pub async fn figures(
    pool: &PgPool,
    policy: &crate::policy::Policy,
    since: DateTime<Utc>,
    until: DateTime<Utc>,
) -> Result<Figures, StoreError> {
    let fmt = |t: DateTime<Utc>| t.format("%Y-%m-%d %H:%M UTC").to_string();
    let scalar = |sql: &'static str| {
        sqlx::query_scalar::<_, i64>(sql)
            .bind(since)
            .bind(until)
            .fetch_one(pool)
    };
    let human_messages = scalar("SELECT count(*) FROM messages WHERE received_at >= $1 AND received_at < $2 AND status IN ('escalated', 'followup', 'not_escalated')").await?;
    let cases = scalar("SELECT count(*) FROM tickets WHERE created_at >= $1 AND created_at < $2").await?;
    let escalated = scalar("SELECT count(*) FROM tickets WHERE escalated_at >= $1 AND escalated_at < $2").await?;
    let breaches =
        scalar("SELECT count(*) FROM events WHERE kind = 'breach' AND created_at >= $1 AND created_at < $2").await?;
    let pairs = |sql: &'static str| {
        sqlx::query_as::<_, (String, i64)>(sql)
            .bind(since)
            .bind(until)
            .fetch_all(pool)
    };
    let by_level = pairs(
        "SELECT 'level ' || level, count(*) FROM tickets WHERE escalated_at >= $1 AND escalated_at < $2 AND level IS NOT NULL
         GROUP BY level ORDER BY level",
    )
    .await?;
    let by_level = by_level
        .into_iter()
        .map(|(name, count)| {
            let n: u32 = name.trim_start_matches("level ").parse().unwrap_or(0);
            let label = policy.level(n).map(|l| format!("{n} {}", l.name)).unwrap_or(name);
            Count { name: label, count }
        })
        .collect();
    let by_trigger = pairs(
        "SELECT t, count(*) FROM tickets, unnest(triggers) AS t WHERE escalated_at >= $1 AND escalated_at < $2
         GROUP BY t ORDER BY count(*) DESC, t",
    )
    .await?;
    let by_severity = pairs(
        "SELECT severity, count(*) FROM tickets WHERE escalated_at >= $1 AND escalated_at < $2 AND severity IS NOT NULL
         GROUP BY severity ORDER BY severity",
    )
    .await?;

    // Time at each level, from the level and state events.
    let rows = sqlx::query(
        "SELECT ticket_id, created_at, kind, detail FROM events
         WHERE ticket_id IS NOT NULL AND kind IN ('level', 'state') AND created_at < $2
           AND ticket_id IN (SELECT id FROM tickets WHERE updated_at >= $1)
         ORDER BY created_at, id",
    )
    .bind(since)
    .bind(until)
    .fetch_all(pool)
    .await?;
    let mut events = Vec::new();
    for r in rows {
        let kind: String = r.try_get(2)?;
        let Json(detail): Json<serde_json::Value> = r.try_get(3)?;
        let level = if kind == "level" {
            detail["level"].as_u64().map(|l| l as u32)
        } else if matches!(detail["state"].as_str(), Some("escalated" | "acknowledged")) {
            // Acknowledging does not end the time at a level.
            continue;
        } else {
            None
        };
        events.push((r.try_get::<i64, _>(0)?, r.try_get::<DateTime<Utc>, _>(1)?, level));
    }
    let time_at_level = time_at_levels(&events)
        .into_iter()
        .map(|(l, mut v)| {
            v.sort_unstable();
            LevelTime {
                name: policy
                    .level(l)
                    .map(|x| format!("{l} {}", x.name))
                    .unwrap_or_else(|| format!("level {l}")),
                median: quantile(&v, 0.5).map(human_ms).unwrap_or_default(),
                cases: v.len(),
            }
        })
        .collect();

    let open_rows = sqlx::query(
        "SELECT id, status, level, severity, created_at, subject, customer_email FROM tickets
         WHERE status IN ('escalated', 'acknowledged') ORDER BY created_at LIMIT 100",
    )
    .fetch_all(pool)
    .await?;
    let mut open_cases = Vec::new();
    for r in open_rows {
        let created: DateTime<Utc> = r.try_get(4)?;
        open_cases.push(OpenCase {
            ticket: r.try_get(0)?,
            state: r.try_get(1)?,
            level: r
                .try_get::<Option<i32>, _>(2)?
                .map(|l| l.to_string())
                .unwrap_or_default(),
            severity: r.try_get::<Option<String>, _>(3)?.unwrap_or_default(),
            age: human_ms((until - created).num_milliseconds()),
            subject: r.try_get(5)?,
            customer: r.try_get(6)?,
        });
    }
    let (csat_count, csat_mean, csat_low): (i64, Option<f64>, i64) = sqlx::query_as(
        "SELECT count(csat), avg(csat)::float8, count(*) FILTER (WHERE csat < $3) FROM tickets
         WHERE csat IS NOT NULL AND updated_at >= $1 AND updated_at < $2",
    )
    .bind(since)
    .bind(until)
    .bind(policy.conversation.csat_below as i32)
    .fetch_one(pool)
    .await?;
    let mut late: Vec<i64> = sqlx::query_scalar(
        "SELECT (extract(epoch FROM fired_at - due_at) * 1000)::bigint FROM deadlines
         WHERE fired_at >= $1 AND fired_at < $2",
    )
    .bind(since)
    .bind(until)
    .fetch_all(pool)
    .await?;
    late.sort_unstable();
    let p50 = quantile(&late, 0.5).unwrap_or(0);
    let p99 = quantile(&late, 0.99).unwrap_or(0);
    let open_count = open_cases.len();
    Ok(Figures {
        period: Period {
            since: fmt(since),
            until: fmt(until),
        },
        human_messages,
        cases,
        escalated,
        escalation_rate: if cases > 0 {
            format!("{:.1} %", 100.0 * escalated as f64 / cases as f64)
        } else {
            "–".into()
        },
        breaches,
        by_level,
        by_trigger: counts(by_trigger),
        by_severity: counts(by_severity),
        time_at_level,
        open_cases,
        open_count,
        csat: Csat {
            count: csat_count,
            mean: csat_mean.map(|m| format!("{m:.1}")).unwrap_or_default(),
            low: csat_low,
        },
        deadlines: Lateness {
            fired: late.len(),
            p50: human_ms(p50),
            p99: human_ms(p99),
            max: human_ms(late.last().copied().unwrap_or(0)),
            p50_ms: p50,
            p99_ms: p99,
        },
    })
}

impl Figures {
    /// Sample values for the start-up template check.
    pub fn sample() -> Figures {
        Figures {
            period: Period {
                since: "2026-11-23 08:00 UTC".into(),
                until: "2026-11-24 08:00 UTC".into(),
            },
            human_messages: 120,
            cases: 90,
            escalated: 11,
            escalation_rate: "12.2 %".into(),
            breaches: 1,
            by_level: vec![Count {
                name: "1 Senior Support Specialist".into(),
                count: 7,
            }],
            by_trigger: vec![Count {
                name: "manager_request".into(),
                count: 4,
            }],
            by_severity: vec![Count {
                name: "P3".into(),
                count: 8,
            }],
            time_at_level: vec![LevelTime {
                name: "1 Senior Support Specialist".into(),
                median: "42 min 0 s".into(),
                cases: 6,
            }],
            open_cases: vec![OpenCase {
                ticket: 42,
                state: "acknowledged".into(),
                level: "2".into(),
                severity: "P1".into(),
                age: "3 h 5 min".into(),
                subject: "Dashboard down".into(),
                customer: "jane@customer.test".into(),
            }],
            open_count: 1,
            csat: Csat {
                count: 5,
                mean: "4.2".into(),
                low: 1,
            },
            deadlines: Lateness {
                fired: 30,
                p50: "12 ms".into(),
                p99: "80 ms".into(),
                max: "95 ms".into(),
                p50_ms: 12,
                p99_ms: 80,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantiles_use_the_nearest_rank() {
        let v: Vec<i64> = (1..=100).collect();
        assert_eq!(quantile(&v, 0.5), Some(50));
        assert_eq!(quantile(&v, 0.99), Some(99));
        assert_eq!(quantile(&[7], 0.99), Some(7));
        assert_eq!(quantile(&[], 0.5), None);
    }

    #[test]
    fn time_at_a_level_ends_at_the_next_level_or_state() {
        let t = |m: i64| DateTime::<Utc>::UNIX_EPOCH + chrono::Duration::minutes(m);
        let events = vec![
            (1, t(0), Some(1)),
            (2, t(5), Some(1)),
            (1, t(60), Some(2)),
            (2, t(20), None),
            (1, t(300), None),
        ];
        let got = time_at_levels(&events);
        assert_eq!(got[&1], vec![3_600_000, 900_000]);
        assert_eq!(got[&2], vec![14_400_000]);
    }

    #[test]
    fn durations_read_naturally() {
        assert_eq!(human_ms(450), "450 ms");
        assert_eq!(human_ms(61_000), "1 min 1 s");
        assert_eq!(human_ms(7_260_000), "2 h 1 min");
    }
}
