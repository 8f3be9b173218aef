//! escalated — turns a plain support mailbox into an escalation desk.
//!
//! The modules follow the pipeline of design.md:
//! `imap` → `store` → `parse` → `guard` → `thread` → `classify` → `route` → `notify` →
//! `outbox`, with `intake` running it per mailbox and `daemon` owning the process.
//! Stages that decide (`parse`, `guard`, `classify`, `route`, `notify`, `pipeline`) are pure.

pub mod calendar;
pub mod case;
pub mod check;
pub mod classify;
pub mod cli;
pub mod config;
pub mod daemon;
pub mod directory;
pub mod guard;
pub mod imap;
pub mod intake;
pub mod lifecycle;
pub mod metrics;
pub mod notify;
pub mod outbox;
pub mod parse;
pub mod pipeline;
pub mod policy;
pub mod report;
pub mod route;
pub mod score;
pub mod sla;
pub mod store;
pub mod systemd;
pub mod text;
pub mod thread;
pub mod tls;
pub mod train;
