//! Free-text questions to information topics: "brp biaya ke taiwan?" → `costs`.
//!
//! Everything a language knows lives in `locales/<lang>/matcher.toml` beside its translations:
//! SMS and slang spellings (`gmn` → `bagaimana`), words that carry no meaning (`yang`, `ke`), and
//! per topic the keywords and phrases that point to it. A question is folded (`text::normalize`),
//! its slang expanded, its filler words dropped and every word reduced to a stem (Indonesian
//! affixes), then compared with the stemmed keywords of the user's language and of Indonesian,
//! allowing one typo in longer words. Below the threshold the answer is `None`: a wrong answer is
//! worse than "I don't know".
//!
//! The engine asks it when free text at the main menu or an information menu is none of the
//! choices; a match goes straight to that topic's step of the `info` flow.
use std::collections::{BTreeMap, HashMap, HashSet};

use serde::Deserialize;

use crate::assets::Assets;
use crate::diag::Diagnostic;
use crate::i18n::DEFAULT_LANG;
use crate::text;

/// The flow whose steps are the topics a match leads to.
pub const INFO_FLOW: &str = "info";

/// The least score a topic needs to be chosen (one full keyword).
pub const THRESHOLD: f64 = 1.0;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct MatcherFile {
    #[serde(default)]
    slang: BTreeMap<String, String>,
    #[serde(default)]
    stopwords: Vec<String>,
    #[serde(default)]
    topics: BTreeMap<String, Vec<String>>,
}

#[derive(Debug, Default)]
struct Language {
    /// The data file, for messages.
    path: String,
    /// Folded word → the folded words it stands for.
    slang: HashMap<String, Vec<String>>,
    stopwords: HashSet<String>,
    /// Topic → its keywords and phrases, each as stemmed words.
    topics: BTreeMap<String, Vec<Vec<String>>>,
}

/// A question's best topic (if any clears the threshold) and its score.
#[derive(Debug, Clone, PartialEq)]
pub struct Match {
    pub topic: Option<String>,
    pub score: f64,
}

#[derive(Debug, Default)]
pub struct Matcher {
    languages: HashMap<String, Language>,
}

impl Matcher {
    /// Reads `matcher.toml` of every locale that has one; errors name file, line and column.
    pub fn load(assets: &Assets) -> Result<Matcher, Vec<Diagnostic>> {
        let mut m = Matcher::default();
        let mut diags = Vec::new();
        for (code, files) in &assets.locales {
            for src in files.iter().filter(|f| f.path.ends_with("matcher.toml")) {
                if let Some(file) = crate::i18n::toml_or_diag::<MatcherFile>(src, &mut diags) {
                    m.languages.insert(code.clone(), Language::from_file(file, &src.path));
                }
            }
        }
        if diags.is_empty() { Ok(m) } else { Err(diags) }
    }

    /// Every (data file, topic id) the data names, for the checker.
    pub fn topics(&self) -> Vec<(&str, &str)> {
        let mut out: Vec<(&str, &str)> =
            self.languages.values().flat_map(|l| l.topics.keys().map(move |t| (l.path.as_str(), t.as_str()))).collect();
        out.sort_unstable();
        out
    }

    /// The topic a question in `lang` asks about, using that language's data and Indonesian's.
    pub fn find(&self, lang: &str, question: &str) -> Match {
        let mut langs: Vec<&Language> = self.languages.get(lang).into_iter().collect();
        if lang != DEFAULT_LANG {
            langs.extend(self.languages.get(DEFAULT_LANG));
        }
        let words = prepare(question, &langs);
        let mut scores: BTreeMap<&str, f64> = BTreeMap::new();
        for l in &langs {
            for (topic, phrases) in &l.topics {
                let s: f64 = phrases.iter().filter(|p| contains(&words, p)).map(|p| p.len() as f64).sum();
                let best = scores.entry(topic.as_str()).or_insert(0.0);
                *best = best.max(s);
            }
        }
        let mut ranked: Vec<(&str, f64)> = scores.into_iter().filter(|(_, s)| *s > 0.0).collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1));
        match ranked.as_slice() {
            // A tie between two topics is a guess: say so rather than pick one.
            [(_, a), (_, b), ..] if a == b => Match { topic: None, score: *a },
            [(topic, s), ..] if *s >= THRESHOLD => Match { topic: Some((*topic).to_owned()), score: *s },
            [(_, s), ..] => Match { topic: None, score: *s },
            [] => Match { topic: None, score: 0.0 },
        }
    }
}

impl Language {
    fn from_file(f: MatcherFile, path: &str) -> Language {
        let slang = f.slang.into_iter().map(|(k, v)| (text::normalize(&k), text::words(&v))).collect();
        let stopwords: HashSet<String> = f.stopwords.iter().map(|w| text::normalize(w)).collect();
        let topics = f
            .topics
            .into_iter()
            .map(|(topic, phrases)| {
                let phrases = phrases
                    .iter()
                    .map(|p| text::words(p).iter().filter(|w| !stopwords.contains(*w)).map(|w| stem(w)).collect())
                    .filter(|p: &Vec<String>| !p.is_empty())
                    .collect();
                (topic, phrases)
            })
            .collect();
        Language { path: path.to_owned(), slang, stopwords, topics }
    }
}

/// The question's words: slang expanded, filler dropped, stemmed.
fn prepare(question: &str, langs: &[&Language]) -> Vec<String> {
    let mut out = Vec::new();
    for w in text::words(question) {
        let expanded = langs.iter().find_map(|l| l.slang.get(&w)).cloned().unwrap_or_else(|| vec![w]);
        for w in expanded {
            if !langs.iter().any(|l| l.stopwords.contains(&w)) {
                out.push(stem(&w));
            }
        }
    }
    out
}

/// Whether every word of the phrase occurs in the question (one typo allowed in longer words).
fn contains(words: &[String], phrase: &[String]) -> bool {
    phrase.iter().all(|p| words.iter().any(|w| w == p || (p.chars().count() >= 5 && within_one_edit(w, p))))
}

/// Damerau–Levenshtein distance at most 1: one letter wrong, missing, extra or two swapped.
fn within_one_edit(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let (ra, rb) = (&a[prefix..], &b[prefix..]);
    match (ra.len(), rb.len()) {
        (0, 0) => true,
        (x, y) if x == y => ra[1..] == rb[1..] || (x >= 2 && ra[0] == rb[1] && ra[1] == rb[0] && ra[2..] == rb[2..]),
        (x, y) if x > y => ra[1..] == *rb,
        _ => *ra == rb[1..],
    }
}

/// An Indonesian stem, good enough for matching (the same rules apply to keywords and questions,
/// so a rule that over-strips does so on both sides): particles and possessives, the common
/// prefixes with their sound changes (me-nulis → tulis), then derivational suffixes.
pub fn stem(word: &str) -> String {
    let mut w = word.to_owned();
    let long = |w: &str, cut: usize| w.chars().count() >= cut + 4;
    // Particles and possessives are outermost: "biayanya" → "biaya".
    for suffix in ["lah", "kah", "pun", "nya", "ku", "mu"] {
        if w.ends_with(suffix) && long(&w, suffix.len()) {
            w.truncate(w.len() - suffix.len());
            break;
        }
    }
    // Prefixes: the longest that applies; "me"/"pe" forms restore the first letter they replaced.
    const PREFIXES: [(&str, &str); 16] = [
        ("meny", "s"),
        ("peny", "s"),
        ("meng", ""),
        ("peng", ""),
        ("mem", "p"),
        ("pem", "p"),
        ("men", "t"),
        ("pen", "t"),
        ("ber", ""),
        ("ter", ""),
        ("per", ""),
        ("me", ""),
        ("pe", ""),
        ("di", ""),
        ("ke", ""),
        ("se", ""),
    ];
    for (prefix, restore) in PREFIXES {
        let Some(rest) = w.strip_prefix(prefix) else { continue };
        let starts_vowel = rest.starts_with(['a', 'e', 'i', 'o', 'u']);
        let candidate = if !restore.is_empty() && starts_vowel { format!("{restore}{rest}") } else { rest.to_owned() };
        if candidate.chars().count() >= 4 {
            w = candidate;
            break;
        }
    }
    // Derivational suffixes, only where a real stem would remain ("tahan" stays "tahan"; "-i" is
    // left alone: without a dictionary it cuts "pakai" and "gaji").
    for suffix in ["kan", "an"] {
        if w.ends_with(suffix) && long(&w, suffix.len() + 2) {
            w.truncate(w.len() - suffix.len());
            break;
        }
    }
    w
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assets::Source;

    fn matcher() -> Matcher {
        Matcher::load(&Assets::embedded()).unwrap()
    }

    #[test]
    fn stems_strip_indonesian_affixes_with_their_sound_changes() {
        for (word, want) in [
            ("menulis", "tulis"),
            ("memakai", "pakai"),
            ("menyewa", "sewa"),
            ("ditahan", "tahan"),
            ("pendaftaran", "daftar"),
            ("biayanya", "biaya"),
            ("persyaratan", "syarat"),
        ] {
            assert_eq!(stem(word), want, "{word}");
        }
    }

    #[test]
    fn one_typo_is_forgiven_two_are_not() {
        assert!(within_one_edit("paspor", "pasport"));
        assert!(within_one_edit("pasopr", "paspor"));
        assert!(within_one_edit("majikan", "majkan"));
        assert!(!within_one_edit("paspor", "paspotr1"));
        assert!(!within_one_edit("gaji", "biaya"));
    }

    #[test]
    fn informal_questions_find_their_topic_and_small_talk_finds_none() {
        let m = matcher();
        for (lang, q, topic) in [
            ("id", "brp biaya ke taiwan?", "costs"),
            ("id", "gmn cara daftar jd tkw", "procedure"),
            ("jv", "piye carane golek PT resmi", "recruiters"),
            ("id", "paspor sy ditahan majikan", "rights"),
            ("id", "apa aja syarat dokumennya", "requirements"),
            ("id", "Biayaa brangkat k hongkong brp sih", "costs"),
            ("en", "my employer took my passport", "rights"),
            ("en", "how much does it cost to go to taiwan", "costs"),
            ("en", "how to check if an agency is legal", "recruiters"),
        ] {
            assert_eq!(m.find(lang, q).topic.as_deref(), Some(topic), "{lang}: {q}");
        }
        for q in ["halo", "selamat pagi kak", "terima kasih banyak", "wkwkwk", ""] {
            assert_eq!(m.find("id", q).topic, None, "{q}");
        }
    }

    #[test]
    fn a_broken_data_file_is_named() {
        let assets = Assets {
            flows: Vec::new(),
            locales: vec![(
                "id".into(),
                vec![Source { path: "locales/id/matcher.toml".into(), text: "[topics]\ncosts = 3\n".into() }],
            )],
        };
        let err = Matcher::load(&assets).unwrap_err();
        let shown = err[0].to_string();
        assert!(shown.starts_with("locales/id/matcher.toml:2:"), "{shown}");
    }
}
