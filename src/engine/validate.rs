//! Validators for question answers. Each returns the value to save, or why the answer was refused.
use chrono::NaiveDate;

use super::messages as m;
use crate::flow::Rule;
use crate::i18n::Args;
use crate::text;

/// Why an answer was refused: a message id and its arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invalid {
    pub message: &'static str,
    pub args: Args,
}

impl Invalid {
    fn new(message: &'static str) -> Self {
        Invalid { message, args: Args::new() }
    }

    fn with(mut self, name: &str, value: impl ToString) -> Self {
        self.args.insert(name.to_owned(), value.to_string());
        self
    }
}

/// Validates a cleaned answer. `month` maps a folded month name of any language to its number.
pub fn validate(rule: &Rule, answer: &str, month: &dyn Fn(&str) -> Option<u32>) -> Result<String, Invalid> {
    match rule {
        Rule::Text { min, max } => {
            let n = answer.chars().count();
            if n > *max {
                Err(Invalid::new(m::INVALID_TEXT_LONG).with("max", max))
            } else if n < *min {
                Err(Invalid::new(m::INVALID_TEXT_SHORT).with("min", min))
            } else if !answer.chars().any(char::is_alphanumeric) {
                Err(Invalid::new(m::INVALID_TEXT_LETTERS))
            } else {
                Ok(answer.to_owned())
            }
        }
        Rule::Number { min, max } => {
            let n = text::number(answer).ok_or_else(|| Invalid::new(m::INVALID_NUMBER))?;
            if min.is_some_and(|lo| n < lo) || max.is_some_and(|hi| n > hi) {
                let lo = min.map(|v| v.to_string()).unwrap_or_default();
                let hi = max.map(|v| v.to_string()).unwrap_or_default();
                return Err(Invalid::new(m::INVALID_NUMBER_RANGE).with("min", lo).with("max", hi));
            }
            Ok(n.to_string())
        }
        Rule::Phone => phone(answer).ok_or_else(|| Invalid::new(m::INVALID_PHONE)),
        Rule::Date => date(answer, month).ok_or_else(|| Invalid::new(m::INVALID_DATE)),
        Rule::OneOf(options) => {
            let folded = text::normalize(answer);
            options
                .iter()
                .find(|o| text::normalize(o) == folded)
                .cloned()
                .ok_or_else(|| Invalid::new(m::INVALID_ONE_OF).with("options", options.join(", ")))
        }
        // Answered by a shared location, never by text.
        Rule::Location => Err(Invalid::new(m::INVALID_LOCATION)),
        Rule::Pattern(re) => {
            if re.is_match(answer) {
                Ok(answer.to_owned())
            } else {
                Err(Invalid::new(m::INVALID_PATTERN))
            }
        }
    }
}

/// An Indonesian or international phone number in +E.164 form.
///
/// Accepts `0812-3456-7890`, `+62 812 3456 7890`, `62812…`, `812…` (Indonesian mobile without the
/// leading zero) and international numbers written with `+` or `00`.
pub fn phone(answer: &str) -> Option<String> {
    let compact: String = answer.chars().filter(|c| !matches!(c, ' ' | '-' | '.' | '(' | ')')).collect();
    let (plus, digits) = match compact.strip_prefix('+') {
        Some(rest) => (true, rest.to_owned()),
        None => match compact.strip_prefix("00") {
            Some(rest) => (true, rest.to_owned()),
            None => (false, compact),
        },
    };
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let e164 = if plus {
        digits
    } else if let Some(rest) = digits.strip_prefix('0') {
        format!("62{rest}")
    } else if digits.starts_with("62") {
        digits
    } else if digits.starts_with('8') {
        format!("62{digits}")
    } else {
        return None;
    };
    // Indonesian numbers: 62 + 8 to 12 digits; elsewhere E.164 allows 8 to 15 digits in all.
    let ok = if let Some(national) = e164.strip_prefix("62") {
        (8..=12).contains(&national.len())
    } else {
        (8..=15).contains(&e164.len()) && !e164.starts_with('0')
    };
    ok.then(|| format!("+{e164}"))
}

/// A calendar date as YYYY-MM-DD.
pub fn date(answer: &str, month: &dyn Fn(&str) -> Option<u32>) -> Option<String> {
    let parts: Vec<&str> = answer
        .split(|c: char| c == '/' || c == '-' || c == '.' || c == ',' || c.is_whitespace())
        .filter(|p| !p.is_empty())
        .collect();
    if parts.len() != 3 {
        return None;
    }
    let num = |s: &str| -> Option<u32> { if s.len() <= 4 { s.parse().ok() } else { None } };
    let (year, m, d) = if parts[0].len() == 4 {
        (parts[0], num(parts[1])?, num(parts[2])?)
    } else {
        let m = num(parts[1]).or_else(|| month(&text::normalize(parts[1])))?;
        (parts[2], m, num(parts[0])?)
    };
    // Two-digit years: 24 means 2024, 95 means 1995.
    let y = match (year.len(), num(year)?) {
        (4, y) => y,
        (2, y @ 0..=69) => 2000 + y,
        (2, y) => 1900 + y,
        _ => return None,
    };
    let date = NaiveDate::from_ymd_opt(y as i32, m, d)?;
    Some(date.format("%Y-%m-%d").to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn months(s: &str) -> Option<u32> {
        ["januari", "februari", "maret"].iter().position(|m| *m == s).map(|i| i as u32 + 1)
    }

    #[test]
    fn phone_numbers_become_e164() {
        assert_eq!(phone("0812-3456-7890").as_deref(), Some("+6281234567890"));
        assert_eq!(phone("+62 812 3456 7890").as_deref(), Some("+6281234567890"));
        assert_eq!(phone("6281234567890").as_deref(), Some("+6281234567890"));
        assert_eq!(phone("81234567890").as_deref(), Some("+6281234567890"));
        assert_eq!(phone("+60 12-345 6789").as_deref(), Some("+60123456789"));
        assert_eq!(phone("00852 9123 4567").as_deref(), Some("+85291234567"));
        assert_eq!(phone("12345"), None);
        assert_eq!(phone("0812abc"), None);
        assert_eq!(phone("08123"), None);
        assert_eq!(phone(""), None);
    }

    #[test]
    fn dates_in_common_forms() {
        assert_eq!(date("25/12/2024", &months).as_deref(), Some("2024-12-25"));
        assert_eq!(date("2024-03-01", &months).as_deref(), Some("2024-03-01"));
        assert_eq!(date("1 Maret 2024", &months).as_deref(), Some("2024-03-01"));
        assert_eq!(date("5-2-24", &months).as_deref(), Some("2024-02-05"));
        assert_eq!(date("31/02/2024", &months), None);
        assert_eq!(date("3 bulan lalu", &months), None);
        assert_eq!(date("kemarin", &months), None);
    }

    #[test]
    fn text_rules() {
        let rule = Rule::Text { min: 2, max: 5 };
        assert_eq!(validate(&rule, "Siti", &months), Ok("Siti".into()));
        assert_eq!(validate(&rule, "Sitinurhaliza", &months).unwrap_err().message, m::INVALID_TEXT_LONG);
        assert_eq!(validate(&rule, "S", &months).unwrap_err().message, m::INVALID_TEXT_SHORT);
        assert_eq!(validate(&rule, "😀😀", &months).unwrap_err().message, m::INVALID_TEXT_LETTERS);
    }

    #[test]
    fn number_and_list_rules() {
        let rule = Rule::Number { min: Some(1), max: Some(12) };
        assert_eq!(validate(&rule, "4", &months), Ok("4".into()));
        assert_eq!(validate(&rule, "13", &months).unwrap_err().message, m::INVALID_NUMBER_RANGE);
        assert_eq!(validate(&rule, "empat", &months).unwrap_err().message, m::INVALID_NUMBER);
        let rule = Rule::OneOf(vec!["Malaysia".into(), "Taiwan".into()]);
        assert_eq!(validate(&rule, " malaysia!", &months), Ok("Malaysia".into()));
        assert!(validate(&rule, "Mars", &months).is_err());
    }
}
