//! Channels: the edges where users reach Pelita. Each turns what its platform sends into an
//! [`crate::engine::Input`] and renders [`crate::engine::Reply`]s the way its platform shows them.
//! Invariant: only a channel module knows its platform's formats; channels never call each other.
pub mod terminal;
