//! The one integration-test binary: the real `escalated` against real PostgreSQL, Postfix and
//! Dovecot on loopback. Run through `scripts/test`, which brings the stack up.

mod helpers;

mod check;
mod conversations;
mod corpus;
mod desk_policy;
mod end_to_end;
mod properties;
mod quarantine;
mod restart;
mod service;
