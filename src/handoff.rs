//! Handoff: which organisation's queue a ticket goes to, with which priority, and when that
//! organisation is open. Pure: configuration and time in, decisions out (the store keeps the
//! tickets, the console shows them).
use chrono::{DateTime, Datelike, Duration, FixedOffset, NaiveTime, TimeZone, Utc, Weekday};
use serde::Deserialize;

/// Why a ticket was opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Topic {
    Emergency,
    CaseReport,
    CounsellingRequest,
    /// The "talk to a counsellor" command.
    Counsellor,
    /// The bot failed to understand the user twice in a row.
    NotUnderstood,
}

impl Topic {
    pub fn as_str(self) -> &'static str {
        match self {
            Topic::Emergency => "emergency",
            Topic::CaseReport => "case_report",
            Topic::CounsellingRequest => "counselling_request",
            Topic::Counsellor => "counsellor",
            Topic::NotUnderstood => "not_understood",
        }
    }

    pub fn parse(s: &str) -> Option<Topic> {
        [Topic::Emergency, Topic::CaseReport, Topic::CounsellingRequest, Topic::Counsellor, Topic::NotUnderstood]
            .into_iter()
            .find(|t| t.as_str() == s)
    }
}

/// Emergency first, then urgent case reports, then the rest (lower is sooner).
pub fn priority(topic: Topic, urgent: bool) -> i64 {
    match topic {
        Topic::Emergency => 0,
        _ if urgent => 1,
        _ => 2,
    }
}

/// Indonesia's three time zones.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum Zone {
    /// UTC+7 (Java, Sumatra, West and Central Kalimantan).
    WIB,
    /// UTC+8 (Bali, Nusa Tenggara, Sulawesi, South and East Kalimantan).
    WITA,
    /// UTC+9 (Maluku, Papua).
    WIT,
}

impl Zone {
    pub fn offset(self) -> FixedOffset {
        let hours = match self {
            Zone::WIB => 7,
            Zone::WITA => 8,
            Zone::WIT => 9,
        };
        FixedOffset::east_opt(hours * 3600).unwrap_or_else(|| FixedOffset::east_opt(0).expect("zero offset"))
    }
}

/// An organisation whose counsellors take tickets, as declared in configuration.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    /// A short slug, e.g. `ltsa-cirebon`.
    pub id: String,
    pub name: String,
    /// Districts (kabupaten/kota) of origin it serves, lower case; empty for none.
    #[serde(default)]
    pub districts: Vec<String>,
    /// Language codes its counsellors work in; empty for any.
    #[serde(default)]
    pub languages: Vec<String>,
    /// Topics it takes (`Topic::as_str`); empty for all.
    #[serde(default)]
    pub topics: Vec<String>,
    /// Working days, e.g. `["mon", "tue", "wed", "thu", "fri"]`; empty for every day.
    #[serde(default)]
    pub days: Vec<String>,
    /// Opening hours in its own time zone, e.g. `"08:00-16:00"`; absent for round the clock.
    pub hours: Option<String>,
    pub zone: Zone,
    /// The national desk that takes whatever no other organisation covers.
    #[serde(default)]
    pub fallback: bool,
}

impl Organisation {
    fn covers(&self, district: Option<&str>, lang: Option<&str>, topic: Topic) -> bool {
        let district_ok = district.is_some_and(|d| self.districts.iter().any(|x| same_district(x, d)));
        let lang_ok = self.languages.is_empty() || lang.is_some_and(|l| self.languages.iter().any(|x| x == l));
        let topic_ok = self.topics.is_empty() || self.topics.iter().any(|t| t == topic.as_str());
        district_ok && lang_ok && topic_ok
    }

    fn hours(&self) -> Option<(NaiveTime, NaiveTime)> {
        let (open, close) = self.hours.as_deref()?.split_once('-')?;
        Some((
            NaiveTime::parse_from_str(open.trim(), "%H:%M").ok()?,
            NaiveTime::parse_from_str(close.trim(), "%H:%M").ok()?,
        ))
    }

    fn works_on(&self, day: Weekday) -> bool {
        self.days.is_empty() || self.days.iter().any(|d| d.parse::<Weekday>().is_ok_and(|w| w == day))
    }

    /// `None` when the organisation is open at `now`; otherwise when it opens next.
    pub fn opens_at(&self, now: DateTime<Utc>) -> Option<DateTime<FixedOffset>> {
        let local = now.with_timezone(&self.zone.offset());
        let Some((open, close)) = self.hours() else {
            return if self.works_on(local.weekday()) { None } else { self.next_opening(local, NaiveTime::MIN) };
        };
        let t = local.time();
        if self.works_on(local.weekday()) && t >= open && t < close {
            return None;
        }
        self.next_opening(local, open)
    }

    fn next_opening(&self, local: DateTime<FixedOffset>, open: NaiveTime) -> Option<DateTime<FixedOffset>> {
        (0..=7).find_map(|d| {
            let day = local.date_naive() + Duration::days(d);
            let at = self.zone.offset().from_local_datetime(&day.and_time(open)).single()?;
            (at > local && self.works_on(day.weekday())).then_some(at)
        })
    }

    /// Checks what configuration cannot express by types: hours, days, a slug.
    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        if self.id.is_empty() || !self.id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') {
            out.push(format!("organisation id {:?}: use lower-case letters, digits and '-'", self.id));
        }
        if self.hours.is_some() && self.hours().is_none_or(|(o, c)| o >= c) {
            out.push(format!("organisation {}: hours must look like \"08:00-16:00\"", self.id));
        }
        for d in &self.days {
            if d.parse::<Weekday>().is_err() {
                out.push(format!("organisation {}: unknown day {d:?} (mon, tue, wed, thu, fri, sat, sun)", self.id));
            }
        }
        for t in &self.topics {
            if Topic::parse(t).is_none() {
                out.push(format!("organisation {}: unknown topic {t:?}", self.id));
            }
        }
        out
    }
}

/// "Kab. Cirebon", "kabupaten cirebon" and "Cirebon" are the same district for routing.
fn same_district(configured: &str, given: &str) -> bool {
    fn core(s: &str) -> String {
        let s = crate::text::normalize(s);
        let s = s.trim();
        ["kabupaten ", "kab ", "kota ", "kab. "].iter().find_map(|p| s.strip_prefix(p)).unwrap_or(s).trim().to_owned()
    }
    core(configured) == core(given)
}

/// The handoff settings: organisations, response-time targets, claim expiry.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HandoffSettings {
    #[serde(default, rename = "organisation")]
    pub organisations: Vec<Organisation>,
    /// Minutes within which a ticket of each priority should be answered (emergency, urgent,
    /// other); older waiting tickets are flagged overdue in the console.
    #[serde(default = "default_targets")]
    pub response_minutes: [i64; 3],
    /// A claimed ticket without counsellor activity for this long returns to the queue.
    #[serde(default = "default_claim_minutes")]
    pub claim_timeout_minutes: i64,
}

fn default_targets() -> [i64; 3] {
    [15, 60, 24 * 60]
}

fn default_claim_minutes() -> i64 {
    30
}

impl Default for HandoffSettings {
    fn default() -> Self {
        HandoffSettings {
            organisations: Vec::new(),
            response_minutes: default_targets(),
            claim_timeout_minutes: default_claim_minutes(),
        }
    }
}

impl HandoffSettings {
    /// The organisation whose queue takes a ticket: the first that covers the user's district,
    /// language and topic; else the fallback desk.
    pub fn route(&self, district: Option<&str>, lang: Option<&str>, topic: Topic) -> Option<&Organisation> {
        self.organisations.iter().find(|o| !o.fallback && o.covers(district, lang, topic)).or_else(|| self.fallback())
    }

    pub fn fallback(&self) -> Option<&Organisation> {
        self.organisations.iter().find(|o| o.fallback)
    }

    pub fn organisation(&self, id: &str) -> Option<&Organisation> {
        self.organisations.iter().find(|o| o.id == id)
    }

    /// Configuration errors, each a sentence for the operator.
    pub fn problems(&self) -> Vec<String> {
        let mut out: Vec<String> = self.organisations.iter().flat_map(Organisation::problems).collect();
        match self.organisations.iter().filter(|o| o.fallback).count() {
            1 => {}
            0 => out.push("no organisation has `fallback = true`: tickets nobody covers would have no queue".into()),
            _ => out.push("more than one organisation has `fallback = true`".into()),
        }
        for (i, o) in self.organisations.iter().enumerate() {
            if self.organisations[..i].iter().any(|p| p.id == o.id) {
                out.push(format!("organisation id {:?} is declared twice", o.id));
            }
        }
        if self.response_minutes.iter().any(|m| *m <= 0) || self.claim_timeout_minutes <= 0 {
            out.push("response_minutes and claim_timeout_minutes must be positive".into());
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings() -> HandoffSettings {
        toml::from_str(
            r#"
            [[organisation]]
            id = "ltsa-cirebon"
            name = "LTSA-MRC Cirebon"
            districts = ["Kabupaten Cirebon", "Kota Cirebon", "Indramayu"]
            languages = ["id", "jv", "su"]
            days = ["mon", "tue", "wed", "thu", "fri"]
            hours = "08:00-16:00"
            zone = "WIB"

            [[organisation]]
            id = "mc-jember"
            name = "Migrant CARE Jember"
            districts = ["Jember"]
            languages = ["id", "jv", "mad"]
            topics = ["case_report", "counselling_request", "counsellor"]
            hours = "09:00-17:00"
            zone = "WIB"

            [[organisation]]
            id = "national"
            name = "Desk nasional"
            fallback = true
            zone = "WIB"
            "#,
        )
        .unwrap()
    }

    #[test]
    fn a_ticket_goes_to_the_organisation_covering_district_and_language_else_the_fallback() {
        let s = settings();
        assert!(s.problems().is_empty(), "{:?}", s.problems());
        let route = |d: Option<&str>, l: &str, t| s.route(d, Some(l), t).unwrap().id.as_str();
        assert_eq!(route(Some("kab. cirebon"), "jv", Topic::CaseReport), "ltsa-cirebon");
        assert_eq!(route(Some("Cirebon"), "su", Topic::Counsellor), "ltsa-cirebon");
        // Madurese is not spoken at the Cirebon centre.
        assert_eq!(route(Some("Cirebon"), "mad", Topic::CaseReport), "national");
        assert_eq!(route(Some("Jember"), "mad", Topic::CaseReport), "mc-jember");
        // Jember does not take emergencies: the national desk does.
        assert_eq!(route(Some("Jember"), "mad", Topic::Emergency), "national");
        assert_eq!(route(None, "id", Topic::CaseReport), "national");
        assert_eq!(route(Some("Lombok Timur"), "sas", Topic::CaseReport), "national");
    }

    #[test]
    fn emergencies_come_first_then_urgent_reports() {
        assert!(priority(Topic::Emergency, false) < priority(Topic::CaseReport, true));
        assert!(priority(Topic::CaseReport, true) < priority(Topic::CaseReport, false));
        assert_eq!(priority(Topic::Counsellor, false), priority(Topic::NotUnderstood, false));
    }

    #[test]
    fn opening_hours_are_in_the_organisations_time_zone() {
        let s = settings();
        let cirebon = s.organisation("ltsa-cirebon").unwrap();
        // Monday 2026-11-23 02:00 UTC is 09:00 WIB: open.
        let at = |s: &str| DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc);
        assert_eq!(cirebon.opens_at(at("2026-11-23T02:00:00Z")), None);
        // 17:00 WIB on Monday: opens Tuesday 08:00 WIB.
        let next = cirebon.opens_at(at("2026-11-23T10:00:00Z")).unwrap();
        assert_eq!(next.to_rfc3339(), "2026-11-24T08:00:00+07:00");
        // Friday 20:00 WIB: opens Monday 08:00.
        let next = cirebon.opens_at(at("2026-11-27T13:00:00Z")).unwrap();
        assert_eq!(next.to_rfc3339(), "2026-11-30T08:00:00+07:00");
        // Early Monday 06:00 WIB: opens the same day.
        let next = cirebon.opens_at(at("2026-11-22T23:00:00Z")).unwrap();
        assert_eq!(next.to_rfc3339(), "2026-11-23T08:00:00+07:00");
        // No hours: always open.
        assert_eq!(s.organisation("national").unwrap().opens_at(at("2026-11-22T23:00:00Z")), None);
    }

    #[test]
    fn configuration_mistakes_are_reported() {
        let mut s = settings();
        s.organisations[0].hours = Some("16:00-08:00".into());
        s.organisations[1].days = vec!["senin".into(), "fri".into()];
        s.organisations[2].fallback = false;
        let p = s.problems().join("\n");
        assert!(p.contains("ltsa-cirebon: hours"), "{p}");
        assert!(p.contains("unknown day \"senin\""), "{p}");
        assert!(p.contains("fallback"), "{p}");
    }
}
