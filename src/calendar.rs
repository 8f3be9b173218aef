//! Business hours and holidays: when does a deadline fall, given when it started and how
//! much working time it allows? Pure and clock-free: the caller passes "now".
//!
//! A calendar is a time zone, working days, one opening interval per day and a list of
//! holidays. Deadlines count only open time, so "4 hours" from Friday 16:00 on a 9–17
//! Monday-to-Friday calendar is Monday 12:00. DST is handled by chrono-tz: opening hours are
//! wall-clock times in the calendar's zone.

use std::collections::BTreeSet;
use std::time::Duration;

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc, Weekday};
use chrono_tz::Tz;
use serde::Deserialize;

/// How long something may take: clock time, or whole business days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Span {
    Time(Duration),
    /// "2bd": the same wall-clock time on the second open day after (or, outside hours, at the
    /// end of the second open day).
    BusinessDays(u32),
}

impl Span {
    pub fn parse(s: &str) -> Result<Span, String> {
        let t = s.trim();
        if let Some(n) = t.strip_suffix("bd") {
            return n
                .trim()
                .parse()
                .map(Span::BusinessDays)
                .map_err(|_| format!("{s:?} is not a number of business days like 2bd"));
        }
        crate::config::human_duration::parse(t).map(Span::Time)
    }

    pub fn human(&self) -> String {
        match self {
            Span::Time(d) => crate::notify::human_duration(*d),
            Span::BusinessDays(1) => "1 business day".into(),
            Span::BusinessDays(n) => format!("{n} business days"),
        }
    }
}

impl<'de> Deserialize<'de> for Span {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Span::parse(&s).map_err(serde::de::Error::custom)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Calendar {
    pub name: String,
    pub tz: Tz,
    /// Index by `Weekday::num_days_from_monday()`.
    pub days: [bool; 7],
    pub open: NaiveTime,
    pub close: NaiveTime,
    pub holidays: BTreeSet<NaiveDate>,
    /// Open around the clock, every day (no holidays either).
    pub always: bool,
}

/// The calendar section of a policy file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CalendarSpec {
    pub timezone: String,
    /// "mon", "tue", … Default: Monday to Friday.
    #[serde(default = "weekdays")]
    pub days: Vec<String>,
    /// "09:00-17:00"
    pub hours: String,
    #[serde(default)]
    pub holidays: Vec<String>,
}

fn weekdays() -> Vec<String> {
    ["mon", "tue", "wed", "thu", "fri"]
        .iter()
        .map(|s| s.to_string())
        .collect()
}

impl Calendar {
    pub fn always(name: &str) -> Calendar {
        Calendar {
            name: name.to_string(),
            tz: chrono_tz::UTC,
            days: [true; 7],
            open: NaiveTime::MIN,
            close: NaiveTime::MIN,
            holidays: BTreeSet::new(),
            always: true,
        }
    }

    /// Builds a calendar, naming every problem in `errors` (prefixed with `at`).
    pub fn from_spec(name: &str, spec: &CalendarSpec, at: &str, errors: &mut Vec<String>) -> Option<Calendar> {
        let before = errors.len();
        let tz: Option<Tz> = spec.timezone.parse().ok();
        if tz.is_none() {
            errors.push(format!(
                "{at}.timezone: {:?} is not an IANA time zone like Europe/Berlin",
                spec.timezone
            ));
        }
        let mut days = [false; 7];
        for d in &spec.days {
            match parse_weekday(d) {
                Some(w) => days[w.num_days_from_monday() as usize] = true,
                None => errors.push(format!("{at}.days: {d:?} is not a weekday (mon … sun)")),
            }
        }
        let hours: Option<(NaiveTime, NaiveTime)> = spec.hours.split_once('-').and_then(|(a, b)| {
            let a = NaiveTime::parse_from_str(a.trim(), "%H:%M").ok()?;
            let b = NaiveTime::parse_from_str(b.trim(), "%H:%M").ok()?;
            (a < b).then_some((a, b))
        });
        if hours.is_none() {
            errors.push(format!(
                "{at}.hours: {:?} is not an interval like 09:00-17:00 within one day",
                spec.hours
            ));
        }
        let mut holidays = BTreeSet::new();
        for h in &spec.holidays {
            match NaiveDate::parse_from_str(h, "%Y-%m-%d") {
                Ok(d) => {
                    holidays.insert(d);
                }
                Err(_) => errors.push(format!("{at}.holidays: {h:?} is not a date like 2026-12-25")),
            }
        }
        if !days.iter().any(|d| *d) {
            errors.push(format!("{at}.days: at least one working day"));
        }
        if errors.len() > before {
            return None;
        }
        let (open, close) = hours?;
        Some(Calendar {
            name: name.to_string(),
            tz: tz?,
            days,
            open,
            close,
            holidays,
            always: false,
        })
    }

    fn open_day(&self, d: NaiveDate) -> bool {
        self.days[d.weekday().num_days_from_monday() as usize] && !self.holidays.contains(&d)
    }

    fn utc(&self, local: NaiveDateTime) -> DateTime<Utc> {
        // A wall-clock time skipped by a DST change is taken as the first valid instant after.
        match self.tz.from_local_datetime(&local).earliest() {
            Some(t) => t.with_timezone(&Utc),
            None => self.utc(local + chrono::Duration::hours(1)),
        }
    }

    fn local(&self, t: DateTime<Utc>) -> NaiveDateTime {
        t.with_timezone(&self.tz).naive_local()
    }

    pub fn is_open(&self, t: DateTime<Utc>) -> bool {
        if self.always {
            return true;
        }
        let l = self.local(t);
        self.open_day(l.date()) && l.time() >= self.open && l.time() < self.close
    }

    /// The first open instant at or after `t`.
    pub fn next_open(&self, t: DateTime<Utc>) -> DateTime<Utc> {
        if self.is_open(t) {
            return t;
        }
        let l = self.local(t);
        let mut day = l.date();
        if l.time() >= self.open {
            day = day.succ_opt().unwrap_or(day);
        }
        for _ in 0..800 {
            if self.open_day(day) {
                return self.utc(day.and_time(self.open));
            }
            day = day.succ_opt().unwrap_or(day);
        }
        // A calendar with (nearly) no open day: fall back to clock time.
        t
    }

    /// When `span` of open time, counted from `start`, has passed.
    pub fn add(&self, start: DateTime<Utc>, span: Span) -> DateTime<Utc> {
        match span {
            Span::Time(d) if self.always => {
                start + chrono::Duration::from_std(d).unwrap_or_else(|_| chrono::Duration::days(3650))
            }
            Span::BusinessDays(n) if self.always => start + chrono::Duration::days(n as i64),
            Span::Time(d) => self.add_time(start, d),
            Span::BusinessDays(n) => self.add_days(start, n),
        }
    }

    fn add_time(&self, start: DateTime<Utc>, d: Duration) -> DateTime<Utc> {
        let mut remaining = chrono::Duration::from_std(d).unwrap_or_else(|_| chrono::Duration::days(3650));
        let mut cursor = self.next_open(start);
        for _ in 0..5000 {
            let l = self.local(cursor);
            let closing = self.utc(l.date().and_time(self.close));
            let available = closing - cursor;
            if remaining <= available {
                return cursor + remaining;
            }
            remaining -= available;
            cursor = self.next_open(closing);
        }
        cursor
    }

    fn add_days(&self, start: DateTime<Utc>, n: u32) -> DateTime<Utc> {
        let begin = self.next_open(start);
        let l = self.local(begin);
        let mut day = l.date();
        let mut left = n;
        for _ in 0..5000 {
            if left == 0 {
                break;
            }
            day = day.succ_opt().unwrap_or(day);
            if self.open_day(day) {
                left -= 1;
            }
        }
        // Started at opening (outside hours): due at the end of the n-th day, not its start.
        let time = if begin != start && n > 0 { self.close } else { l.time() };
        self.utc(day.and_time(time))
    }
}

fn parse_weekday(s: &str) -> Option<Weekday> {
    Some(match s.to_ascii_lowercase().get(..3)? {
        "mon" => Weekday::Mon,
        "tue" => Weekday::Tue,
        "wed" => Weekday::Wed,
        "thu" => Weekday::Thu,
        "fri" => Weekday::Fri,
        "sat" => Weekday::Sat,
        "sun" => Weekday::Sun,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn berlin() -> Calendar {
        let spec = CalendarSpec {
            timezone: "Europe/Berlin".into(),
            days: weekdays(),
            hours: "09:00-17:00".into(),
            holidays: vec!["2026-12-25".into(), "2026-12-28".into()],
        };
        let mut errors = Vec::new();
        Calendar::from_spec("business", &spec, "calendar.business", &mut errors).expect("valid")
    }

    fn at(s: &str) -> DateTime<Utc> {
        // Berlin wall-clock time.
        let naive = NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").expect("date");
        chrono_tz::Europe::Berlin
            .from_local_datetime(&naive)
            .single()
            .expect("an unambiguous Berlin time")
            .with_timezone(&Utc)
    }

    const H: fn(u64) -> Span = |h| Span::Time(Duration::from_secs(h * 3600));

    #[test]
    fn within_a_day() {
        assert_eq!(berlin().add(at("2026-11-23 10:00"), H(4)), at("2026-11-23 14:00"));
    }

    #[test]
    fn over_a_weekend() {
        // Friday 16:00 + 4 working hours = Monday 12:00.
        assert_eq!(berlin().add(at("2026-11-27 16:00"), H(4)), at("2026-11-30 12:00"));
    }

    #[test]
    fn arriving_at_night_starts_at_opening() {
        assert_eq!(berlin().add(at("2026-11-23 22:30"), H(1)), at("2026-11-24 10:00"));
        assert_eq!(
            berlin().add(at("2026-11-24 06:00"), Span::Time(Duration::from_secs(15 * 60))),
            at("2026-11-24 09:15")
        );
    }

    #[test]
    fn holidays_are_skipped() {
        // Thu 24 Dec 16:00 + 2h: Fri 25 is a holiday, Sat/Sun closed, Mon 28 a holiday → Tue 29 10:00.
        assert_eq!(berlin().add(at("2026-12-24 16:00"), H(2)), at("2026-12-29 10:00"));
    }

    #[test]
    fn across_daylight_saving() {
        // Sat 28 March 2026 → DST starts Sun 29 March; Fri 16:00 + 2h = Mon 10:00 local.
        assert_eq!(berlin().add(at("2026-03-27 16:00"), H(2)), at("2026-03-30 10:00"));
    }

    #[test]
    fn business_days() {
        let c = berlin();
        assert_eq!(
            c.add(at("2026-11-26 11:00"), Span::BusinessDays(1)),
            at("2026-11-27 11:00")
        );
        assert_eq!(
            c.add(at("2026-11-27 11:00"), Span::BusinessDays(1)),
            at("2026-11-30 11:00")
        );
        // Outside hours: by the end of the next business day.
        assert_eq!(
            c.add(at("2026-11-27 20:00"), Span::BusinessDays(1)),
            at("2026-12-01 17:00")
        );
    }

    #[test]
    fn always_open_is_clock_time() {
        let c = Calendar::always("24/7");
        assert_eq!(c.add(at("2026-11-27 16:00"), H(4)), at("2026-11-27 20:00"));
        assert!(c.is_open(at("2026-12-25 03:00")));
    }

    #[test]
    fn bad_specs_name_every_error() {
        let spec = CalendarSpec {
            timezone: "Mars/Olympus".into(),
            days: vec!["funday".into()],
            hours: "17:00-09:00".into(),
            holidays: vec!["25.12.2026".into()],
        };
        let mut errors = Vec::new();
        assert!(Calendar::from_spec("x", &spec, "calendar.x", &mut errors).is_none());
        assert_eq!(errors.len(), 5, "{errors:?}");
    }

    #[test]
    fn spans() {
        assert_eq!(Span::parse("2bd"), Ok(Span::BusinessDays(2)));
        assert_eq!(Span::parse("90m"), Ok(Span::Time(Duration::from_secs(5400))));
        assert!(Span::parse("soon").is_err());
    }
}
