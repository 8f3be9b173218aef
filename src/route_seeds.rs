//! Each seed procedure's examples, decided by the policy shipped for it in
//! `examples/policies/`. They read like the seeds: who gets the case, how fast, and who else
//! hears of it.

use chrono::{DateTime, NaiveDate, Utc};

use super::{decide, Facts, Route};
use crate::directory::Customer;
use crate::policy::{Policy, Severity};

fn policy(file: &str) -> Policy {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples/policies")
        .join(file);
    Policy::load(&path).unwrap_or_else(|e| panic!("{e}"))
}

fn at(t: &str) -> DateTime<Utc> {
    t.parse().expect("RFC 3339 time")
}

fn go(p: &Policy, f: Facts) -> Route {
    decide(p, &f).unwrap_or_else(|| panic!("{:?} should escalate", f.triggers))
}

fn facts<'a>(triggers: &[&'a str], now: &str) -> Facts<'a> {
    Facts {
        triggers: triggers.to_vec(),
        now: at(now),
        ..Facts::default()
    }
}

/// A customer's words, classified by the built-in rules and routed with these facts: the
/// whole pure path, as the daemon runs it.
fn read(p: &Policy, subject: &str, body: &str, history: crate::pipeline::History, now: &str) -> Option<Route> {
    let c = crate::classify::Rules::builtin().classify(subject, body);
    crate::pipeline::plan(&c, None, p, &history, at(now)).route
}

fn has_reason(r: &Route, needle: &str) -> bool {
    r.reasons.iter().any(|x| x.contains(needle))
}

// A Tuesday morning in November: inside every office's hours except Sydney's.
const TUESDAY: &str = "2026-11-24T15:00:00Z";

mod seed_000 {
    use super::*;

    #[test]
    fn escalation_requested_goes_to_senior_support_within_an_office_hour() {
        let p = policy("000-three-levels.toml");
        let r = go(&p, facts(&["manager_request"], "2026-11-24T10:00:00Z"));
        assert_eq!((r.level, r.severity), (1, Severity::P3));
        assert_eq!(r.team, ["senior-support@example.test"]);
        assert_eq!(r.respond_by, at("2026-11-24T11:00:00Z"));
        assert_eq!(r.ack_template, "ack-level1");
    }

    #[test]
    fn an_hour_before_christmas_closing_runs_on_after_the_holidays() {
        let p = policy("000-three-levels.toml");
        // Thursday 24 Dec 17:00 London: 30 minutes left that day; 25 and 28 Dec are bank
        // holidays and 26–27 a weekend, so the other 30 minutes are on Tuesday 29th.
        let r = go(&p, facts(&["billing_dispute"], "2026-12-24T17:00:00Z"));
        assert_eq!(r.level, 1);
        assert_eq!(r.respond_by, at("2026-12-29T09:30:00Z"));
    }

    #[test]
    fn a_blocked_workflow_is_engineering_and_p1_at_night_too() {
        let p = policy("000-three-levels.toml");
        let r = go(&p, facts(&["outage", "technical_issue"], "2026-11-24T23:00:00Z"));
        assert_eq!((r.level, r.severity), (2, Severity::P1));
        assert_eq!(r.team, ["engineering@example.test"]);
        // P1 acknowledgements count around the clock; the team's reply waits for morning.
        assert_eq!(r.acknowledge_by, at("2026-11-24T23:15:00Z"));
        assert_eq!(r.respond_by, at("2026-11-25T13:00:00Z"));
    }

    #[test]
    fn a_threat_to_cancel_goes_to_management() {
        let p = policy("000-three-levels.toml");
        let r = go(&p, facts(&["cancellation_threat", "severe_dissatisfaction"], TUESDAY));
        assert_eq!((r.level, r.severity), (3, Severity::P2));
        assert_eq!(r.ack_template, "ack-level3");
    }

    #[test]
    fn a_report_is_not_an_escalation_until_it_is_a_bug() {
        let p = policy("000-three-levels.toml");
        assert_eq!(decide(&p, &facts(&["technical_issue"], TUESDAY)), None);
        assert_eq!(decide(&p, &facts(&["feature_request"], TUESDAY)), None);
    }
}

mod seed_001 {
    use super::*;

    const P: &str = "001-four-levels-authority.toml";

    #[test]
    fn a_chargeback_goes_to_the_lowest_level_whose_authority_covers_the_refund() {
        // "Customer disputes charges, threatens chargeback": level 1 may refund 500, level 2
        // 2,000, level 3 5,000, level 4 anything.
        let p = policy(P);
        for (amount, level) in [(1200.0, 2), (2000.0, 2), (3400.0, 3), (12000.0, 4)] {
            let r = go(
                &p,
                Facts {
                    refund_amount: Some(amount),
                    ..facts(&["billing_dispute"], TUESDAY)
                },
            );
            assert_eq!(r.level, level, "refund of {amount}");
        }
        let r = go(
            &p,
            Facts {
                refund_amount: Some(12000.0),
                ..facts(&["billing_dispute"], TUESDAY)
            },
        );
        assert!(
            has_reason(&r, "a refund of 12,000 needs level 4's authority"),
            "{:?}",
            r.reasons
        );
        assert_eq!(r.team, ["executive.escalations@example.test"]);
    }

    #[test]
    fn a_small_refund_stays_with_the_specialist_who_handles_billing() {
        let p = policy(P);
        let r = go(
            &p,
            Facts {
                refund_amount: Some(80.0),
                ..facts(&["billing_dispute"], TUESDAY)
            },
        );
        assert_eq!(r.level, 2);
        assert!(!has_reason(&r, "authority"));
    }

    #[test]
    fn a_vip_goes_straight_to_the_manager_with_a_four_hour_response() {
        let p = policy(P);
        let acme = Customer {
            organisation: Some("Acme".into()),
            annual_spend: Some(24000.0),
            ..Customer::default()
        };
        let r = go(
            &p,
            Facts {
                customer: Some(&acme),
                ..facts(&["technical_issue"], TUESDAY)
            },
        );
        assert_eq!((r.level, r.severity), (3, Severity::P2));
        assert_eq!(r.team, ["cs-managers@example.test"]);
        assert_eq!(r.respond_by, at("2026-11-24T19:00:00Z"));
        assert_eq!(r.context[0].id, "vip");
        assert_eq!(r.context[0].evidence, "annual spend 24,000 > 10,000");
        // Nothing wrong in the text, but a VIP writing to support is still escalated.
        let r = go(
            &p,
            Facts {
                customer: Some(&acme),
                ..facts(&[], TUESDAY)
            },
        );
        assert_eq!(r.level, 3);
    }

    #[test]
    fn every_vip_indicator_counts_and_ordinary_customers_do_not() {
        let p = policy(P);
        let since = NaiveDate::from_ymd_opt(2019, 6, 1).expect("date");
        let cases = [
            (
                Customer {
                    plan: Some("Enterprise".into()),
                    ..Customer::default()
                },
                "Enterprise plan",
            ),
            (
                Customer {
                    customer_since: Some(since),
                    ..Customer::default()
                },
                "customer for 7 years",
            ),
            (
                Customer {
                    audience: Some(250_000),
                    ..Customer::default()
                },
                "audience of 250000",
            ),
        ];
        for (c, why) in &cases {
            let r = go(
                &p,
                Facts {
                    customer: Some(c),
                    ..facts(&[], TUESDAY)
                },
            );
            assert_eq!(r.context[0].evidence, *why);
        }
        let ordinary = Customer {
            plan: Some("basic".into()),
            annual_spend: Some(900.0),
            customer_since: Some(NaiveDate::from_ymd_opt(2024, 1, 1).expect("date")),
            audience: Some(300),
            ..Customer::default()
        };
        let f = Facts {
            customer: Some(&ordinary),
            ..facts(&[], TUESDAY)
        };
        assert_eq!(decide(&p, &f), None);
    }

    #[test]
    fn a_third_contact_or_a_broken_promise_on_the_second_is_a_repeat_contact() {
        let p = policy(P);
        let r = go(
            &p,
            Facts {
                prior_contacts: 2,
                ..facts(&[], TUESDAY)
            },
        );
        assert_eq!(r.level, 2);
        assert_eq!(r.context[0].evidence, "contact number 3 about this in 30 days");
        let second = Facts {
            prior_contacts: 1,
            ..facts(&[], TUESDAY)
        };
        assert_eq!(decide(&p, &second), None);
        let r = go(
            &p,
            Facts {
                prior_contacts: 1,
                ..facts(&["broken_promise"], TUESDAY)
            },
        );
        assert!(r.context.iter().any(|c| c.id == "repeat_contact"), "{:?}", r.context);
    }

    #[test]
    fn screens_failing_for_several_customers_are_a_crisis() {
        // "Multiple customers report MacBook Pro screen issues."
        let p = policy(P);
        let r = go(
            &p,
            Facts {
                incident: Some(("technical_issue".into(), 3)),
                ..facts(&["technical_issue"], TUESDAY)
            },
        );
        assert_eq!((r.level, r.severity), (4, Severity::P1));
        assert_eq!(r.team, ["executive.escalations@example.test", "crisis@example.test"]);
        assert!(r.incident);
        assert_eq!(r.ack_template, "ack-incident");
        // "Immediate acknowledgment (within 1 hour)": P1 is 15 minutes.
        assert_eq!(r.acknowledge_by, at("2026-11-24T15:15:00Z"));
        // Two customers are not yet an incident.
        let r = go(
            &p,
            Facts {
                incident: Some(("technical_issue".into(), 2)),
                ..facts(&["technical_issue"], TUESDAY)
            },
        );
        assert_eq!((r.level, r.incident), (2, false));
    }

    #[test]
    fn scenario_repeated_delivery_failures() {
        // "Customer complains about repeated delivery failures": past the CSR who would just
        // arrange another redelivery, to the specialist who can authorise expedited shipping.
        let r = read(
            &policy(P),
            "Order 5521 still not delivered",
            "This is the third time your courier has failed to deliver my order 5521. I stayed \
             home all day each time and nobody came. Please sort this out.",
            Default::default(),
            TUESDAY,
        )
        .expect("escalates");
        assert_eq!(r.level, 2);
        assert!(has_reason(&r, "repeat_contact needs level 2"), "{:?}", r.reasons);
    }

    #[test]
    fn scenario_disputed_charges_and_a_chargeback_threat() {
        // "Customer disputes charges, threatens chargeback": the refund asked for (1,450) is
        // within the senior specialist's authority.
        let r = read(
            &policy(P),
            "Charged twice",
            "You charged my card twice for order 7781 ($1,450 each time). I want a refund of \
             $1,450 this week or I will file a chargeback with my bank.",
            Default::default(),
            TUESDAY,
        )
        .expect("escalates");
        assert_eq!((r.level, r.severity), (2, Severity::P3));
        assert!(has_reason(&r, "billing_dispute needs level 2"), "{:?}", r.reasons);
        // The same dispute over a larger sum needs the manager's authority.
        let r = read(
            &policy(P),
            "Charged twice",
            "You charged our account twice for the fleet order ($4,200 each time). We want a \
             refund of $4,200 this week or we will file a chargeback with our bank.",
            Default::default(),
            TUESDAY,
        )
        .expect("escalates");
        assert_eq!(r.level, 3);
        assert!(
            has_reason(&r, "a refund of 4,200 needs level 3's authority"),
            "{:?}",
            r.reasons
        );
    }

    #[test]
    fn scenario_business_laptop_failing_repeatedly() {
        // "Customer reports laptop purchased for business use failing repeatedly": a business
        // account is a VIP, so the manager who may authorise a replacement device has it.
        let business = Customer {
            domain: Some("office.test".into()),
            plan: Some("business".into()),
            ..Customer::default()
        };
        let history = crate::pipeline::History {
            customer: Some(business),
            ..Default::default()
        };
        let r = read(
            &policy(P),
            "Laptop failing again",
            "The laptop we bought for our office keeps failing: the screen goes black and it \
             restarts, several times a day. We use it for our business and cannot work like this.",
            history,
            TUESDAY,
        )
        .expect("escalates");
        assert_eq!((r.level, r.severity), (3, Severity::P2));
        assert_eq!(r.context[0].evidence, "business plan");
    }

    #[test]
    fn scenario_several_customers_report_the_same_screen_defect() {
        // "Multiple customers report MacBook Pro screen issues": the third report is a crisis.
        let report = "The screen of my new MacBook Pro flickers and then goes dark after a few \
                      minutes. It happens every day.";
        let p = policy(P);
        let first = read(&p, "MacBook Pro screen", report, Default::default(), TUESDAY).expect("escalates");
        assert_eq!((first.level, first.incident), (2, false));
        let history = crate::pipeline::History {
            incident: Some(("technical_issue".into(), 3)),
            ..Default::default()
        };
        let third = read(&p, "MacBook Pro screen", report, history, TUESDAY).expect("escalates");
        assert_eq!((third.level, third.severity, third.incident), (4, Severity::P1, true));
        assert!(third.team.contains(&"crisis@example.test".to_string()));
    }

    #[test]
    fn executive_complaints_go_to_the_regional_director() {
        let p = policy(P);
        let r = go(&p, facts(&["executive_contact", "manager_request"], TUESDAY));
        assert_eq!(r.level, 4);
        assert_eq!(r.level_name, "Regional Director Customer Experience");
    }

    #[test]
    fn a_legal_threat_on_a_saturday_pages_the_manager_on_duty() {
        let p = policy(P);
        let r = go(&p, facts(&["legal_threat"], "2026-11-28T15:00:00Z"));
        assert_eq!((r.level, r.severity), (3, Severity::P2));
        assert_eq!(r.notify, ["manager-on-duty@example.test"]);
        let r = go(&p, facts(&["legal_threat"], TUESDAY));
        assert!(r.notify.is_empty(), "{:?}", r.notify);
    }

    #[test]
    fn an_outage_tells_everyone_above_the_level_handling_it() {
        let p = policy(P);
        let r = go(&p, facts(&["outage"], TUESDAY));
        assert_eq!((r.level, r.severity), (2, Severity::P1));
        assert_eq!(
            r.notify,
            ["cs-managers@example.test", "executive.escalations@example.test"]
        );
    }
}

mod seed_002 {
    use super::*;

    const P: &str = "002-tiers-and-departments.toml";

    #[test]
    fn each_kind_of_case_reaches_its_department() {
        let p = policy(P);
        for (triggers, team) in [
            (&["manager_request"][..], "tier2@example.test"),
            (&["technical_issue"][..], "tier2@example.test"),
            (&["billing_dispute"][..], "support-leads@example.test"),
            (&["legal_threat", "technical_issue"][..], "support-leads@example.test"),
            (&["data_loss"][..], "dev-escalations@example.test"),
            (&["outage", "billing_dispute"][..], "ops@example.test"),
        ] {
            let r = go(&p, facts(triggers, TUESDAY));
            assert_eq!(r.team, [team], "{triggers:?}");
        }
    }

    #[test]
    fn an_outage_is_answered_in_half_an_hour_around_the_clock() {
        let p = policy(P);
        let r = go(&p, facts(&["outage"], "2026-11-29T03:00:00Z"));
        assert_eq!(r.severity, Severity::P1);
        assert_eq!(r.respond_by, at("2026-11-29T03:30:00Z"));
    }

    #[test]
    fn a_development_deadline_is_the_next_business_day() {
        let p = policy(P);
        // Tuesday 16:00 Berlin → Wednesday 16:00 Berlin.
        let r = go(&p, facts(&["data_loss"], TUESDAY));
        assert_eq!(r.respond_by, at("2026-11-25T15:00:00Z"));
    }
}

mod seed_003 {
    use super::*;

    const P: &str = "003-severity-matrix.toml";

    #[test]
    fn a_p1_outage_notifies_the_whole_chain_at_once() {
        let p = policy(P);
        let r = go(&p, facts(&["outage"], TUESDAY));
        assert_eq!((r.level, r.severity), (2, Severity::P1));
        assert_eq!(r.team, ["cs-leads@example.test"]);
        assert_eq!(
            r.notify,
            ["vp-cs@example.test", "cco@example.test", "ceo-office@example.test"]
        );
        assert_eq!(r.acknowledge_by, at("2026-11-24T15:15:00Z"));
        assert_eq!(
            p.severity_def(r.severity).update_every.map(|s| s.human()),
            Some("1 hour".into())
        );
    }

    #[test]
    fn scenario_complete_platform_outage() {
        // Seed 003's first P1 example: "Complete platform outage (cannot login, 500 errors)".
        let r = read(
            &policy(P),
            "Cannot log in - 500 errors",
            "Since 9:00 none of our users can log in; the platform returns a 500 error on every page.",
            Default::default(),
            TUESDAY,
        )
        .expect("escalates");
        assert_eq!(r.severity, Severity::P1);
        assert_eq!(r.acknowledge_by, at("2026-11-24T15:15:00Z"));
        assert_eq!(
            r.notify.len(),
            3,
            "team lead owns it, VP, CCO and CEO told: {:?}",
            r.notify
        );
    }

    #[test]
    fn an_executive_escalation_with_a_threat_to_cancel_is_p1() {
        // Seed 003's last P1 example; each trigger alone is P2.
        let p = policy(P);
        let r = read(
            &p,
            "Renewal",
            "I have copied your CEO on this. Unless the sync is fixed by Friday we will not renew and will move all 40 seats to another provider.",
            Default::default(),
            TUESDAY,
        )
        .expect("escalates");
        assert_eq!(r.severity, Severity::P1, "{:?}", r.reasons);
        assert!(
            has_reason(&r, "cancellation_threat + executive_contact together"),
            "{:?}",
            r.reasons
        );
        for alone in ["cancellation_threat", "executive_contact"] {
            assert_eq!(go(&p, facts(&[alone], TUESDAY)).severity, Severity::P2, "{alone}");
        }
    }

    #[test]
    fn acknowledgement_times_follow_the_checklist() {
        let p = policy(P);
        // Tuesday 07:00 Los Angeles.
        let now = "2026-11-24T15:00:00Z";
        let p2 = go(&p, facts(&["cancellation_threat"], now));
        assert_eq!(p2.severity, Severity::P2);
        assert_eq!(p2.acknowledge_by, at("2026-11-24T16:00:00Z"));
        assert_eq!(p2.notify.len(), 3, "P2 notifies the levels above: {:?}", p2.notify);
        // P3 counts office hours, 09:00–17:00 in Los Angeles: 17:00–21:00 UTC.
        let p3 = go(&p, facts(&["technical_issue"], now));
        assert_eq!(p3.severity, Severity::P3);
        assert_eq!(p3.acknowledge_by, at("2026-11-24T21:00:00Z"));
        assert!(p3.notify.is_empty(), "P3 notifies nobody else: {:?}", p3.notify);
    }

    #[test]
    fn two_customers_with_the_same_outage_are_already_an_incident() {
        let p = policy(P);
        let r = go(
            &p,
            Facts {
                incident: Some(("outage".into(), 2)),
                ..facts(&["outage"], TUESDAY)
            },
        );
        assert!(r.incident);
        assert_eq!(r.context[0].id, "multi_customer");
        assert_eq!(r.context[0].evidence, "2 customers reported outage within 1 hour");
    }

    #[test]
    fn an_executive_complaint_goes_to_the_cco() {
        let p = policy(P);
        let r = go(&p, facts(&["executive_contact", "cancellation_threat"], TUESDAY));
        assert_eq!((r.level, r.severity), (4, Severity::P1));
        assert_eq!(r.notify, ["ceo-office@example.test"]);
    }
}

mod seed_004 {
    use super::*;

    const P: &str = "004-immediate.toml";

    #[test]
    fn immediate_triggers_are_answered_within_the_hour_and_at_least_p1() {
        let p = policy(P);
        for (t, level) in [
            ("security_incident", 3),
            ("data_loss", 3),
            ("outage", 3),
            ("legal_threat", 4),
            ("severe_dissatisfaction", 2),
            ("media_threat", 4),
        ] {
            let r = go(&p, facts(&[t], TUESDAY));
            assert_eq!((r.level, r.severity), (level, Severity::P1), "{t}");
            assert!(
                has_reason(&r, "immediate escalation: respond within 1 hour"),
                "{t}: {:?}",
                r.reasons
            );
        }
    }

    #[test]
    fn standard_triggers_take_their_level_time() {
        let p = policy(P);
        // Wednesday 09:00 Sydney = Tuesday 22:00 UTC.
        let r = go(&p, facts(&["technical_issue"], "2026-11-24T22:00:00Z"));
        assert_eq!((r.level, r.severity), (1, Severity::P3));
        assert_eq!(r.respond_by, at("2026-11-25T02:00:00Z"));
        let r = go(&p, facts(&["manager_request"], "2026-11-24T22:00:00Z"));
        assert_eq!(r.level, 2);
        assert_eq!(r.team, ["team-leads@example.test"]);
    }

    #[test]
    fn the_technical_team_has_two_business_days_for_a_bug_several_customers_hit() {
        let p = policy(P);
        // Thursday 10:00 Sydney → Monday 10:00 Sydney.
        let r = go(
            &p,
            Facts {
                incident: Some(("technical_issue".into(), 3)),
                ..facts(&["technical_issue"], "2026-11-25T23:00:00Z")
            },
        );
        assert_eq!((r.level, r.severity), (3, Severity::P1));
        assert_eq!(r.respond_by, at("2026-11-29T23:00:00Z"));
    }

    #[test]
    fn major_accounts_go_to_the_executive_team() {
        let p = policy(P);
        let c = Customer {
            tags: vec!["major-account".into()],
            ..Customer::default()
        };
        let r = go(
            &p,
            Facts {
                customer: Some(&c),
                ..facts(&["billing_dispute"], TUESDAY)
            },
        );
        assert_eq!(r.level, 4);
        assert_eq!(r.context[0].evidence, "tagged major-account");
    }
}
