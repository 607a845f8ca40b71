//! Free-text questions to information topics: "brp biaya ke taiwan?" → `costs`.
//!
//! Everything a language knows lives in `locales/<lang>/matcher.toml` beside its translations:
//! words that carry no meaning (`yang`, `ke`), SMS and slang spellings (`gmn` → `bagaimana`), and
//! per topic the keywords and phrases that point to it. A question is folded (`text::normalize`),
//! its slang expanded, its filler words dropped and every word reduced to a stem (Indonesian
//! affixes; Javanese, Sundanese, Madurese and Sasak affixes give extra forms), then compared with
//! the stemmed keywords of the user's language and of Indonesian, allowing one typo in longer
//! words. A phrase counts when all its words occur, and weighs one per word; a phrase written
//! `~phrase` is weak (a bare country name, a word many topics share) and weighs half a keyword, so
//! "brp biaya ke taiwan?" is `costs` while "aturan kerja di taiwan" is `taiwan`. The data may also
//! name a topic `none`: words that mark a question as out of scope ("resep", "cuaca"); when `none`
//! scores best the answer is `None`. A tie or a score under the threshold is `None` too: a wrong
//! answer is worse than "I don't know".
//!
//! The engine asks it when free text at the main menu or an information menu is none of the
//! choices; a match goes straight to that topic's step of the `info` flow. `evaluate` measures the
//! matcher on labelled questions (`tests/data/questions.tsv`) for `pelita match --eval`, the
//! benchmark and the accuracy test.
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;
use std::time::Instant;

use serde::Deserialize;

use crate::assets::Assets;
use crate::diag::Diagnostic;
use crate::i18n::DEFAULT_LANG;
use crate::text;

/// The flow whose steps are the topics a match leads to.
pub const INFO_FLOW: &str = "info";

/// The least score a topic needs to be chosen: one weak keyword (a full keyword weighs 1).
pub const THRESHOLD: f64 = WEAK;

/// What a weak (`~`) phrase weighs, whatever its length.
const WEAK: f64 = 0.5;

/// The pseudo-topic whose keywords mark a question as out of scope.
const NONE_TOPIC: &str = "none";

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

/// One language's file, folded but not yet combined with Indonesian.
#[derive(Debug, Default)]
struct Data {
    /// The data file, for messages.
    path: String,
    /// Folded word → the folded words it stands for.
    slang: HashMap<String, Vec<String>>,
    stopwords: HashSet<String>,
    /// Topic → its phrases as folded words, and whether each is weak.
    topics: BTreeMap<String, Vec<(Vec<String>, bool)>>,
}

/// What a question in one language is compared with: its data and Indonesian's, stemmed, with
/// every keyword word numbered once.
#[derive(Debug, Default)]
struct Index {
    slang: HashMap<String, Vec<String>>,
    stopwords: HashSet<String>,
    /// Stemmed keyword word → its number.
    vocab: HashMap<String, u32>,
    /// Keyword words of five letters or more by their length in letters, for the one-typo check.
    by_len: Vec<Vec<(u32, Vec<char>)>>,
    /// Topic ids; `Phrase::topic` indexes this.
    topics: Vec<String>,
    phrases: Vec<Phrase>,
}

#[derive(Debug)]
struct Phrase {
    topic: usize,
    words: Vec<u32>,
    /// Pairs of words the first of which must occur before the second (a negation and its word).
    order: Vec<(u32, u32)>,
    weight: f64,
    /// The topic's phrases that hold all of this one's words and more: when one of them occurs,
    /// this one adds nothing ("gaji belum dibayar" holds "belum dibayar" and "gaji").
    within: Vec<u32>,
}

/// A question's best topic (if any clears the threshold) and its score.
#[derive(Debug, Clone, PartialEq)]
pub struct Match {
    pub topic: Option<String>,
    pub score: f64,
}

#[derive(Debug, Default)]
pub struct Matcher {
    files: Vec<Data>,
    /// Language code → its index (its own data and Indonesian's).
    indexes: HashMap<String, Index>,
}

impl Matcher {
    /// Reads `matcher.toml` of every locale that has one; errors name file, line and column.
    pub fn load(assets: &Assets) -> Result<Matcher, Vec<Diagnostic>> {
        let mut data: BTreeMap<String, Data> = BTreeMap::new();
        let mut diags = Vec::new();
        for (code, files) in &assets.locales {
            for src in files.iter().filter(|f| f.path.ends_with("matcher.toml")) {
                if let Some(file) = crate::i18n::toml_or_diag::<MatcherFile>(src, &mut diags) {
                    data.insert(code.clone(), Data::from_file(file, &src.path));
                }
            }
        }
        if !diags.is_empty() {
            return Err(diags);
        }
        let indexes = data
            .iter()
            .map(|(code, own)| {
                let fallback = data.get(DEFAULT_LANG).filter(|_| code != DEFAULT_LANG);
                (code.clone(), Index::build(own, fallback))
            })
            .collect();
        Ok(Matcher { files: data.into_values().collect(), indexes })
    }

    /// Every (data file, topic id) the data names, for the checker (not the `none` pseudo-topic).
    pub fn topics(&self) -> Vec<(&str, &str)> {
        let mut out: Vec<(&str, &str)> = self
            .files
            .iter()
            .flat_map(|d| d.topics.keys().filter(|t| *t != NONE_TOPIC).map(move |t| (d.path.as_str(), t.as_str())))
            .collect();
        out.sort_unstable();
        out
    }

    /// The topic a question in `lang` asks about, using that language's data and Indonesian's.
    pub fn find(&self, lang: &str, question: &str) -> Match {
        let Some(index) = self.index(lang) else { return Match { topic: None, score: 0.0 } };
        let scores = index.scores(question);
        // The best score wins; between equal scores, the topic with the longer phrase (the more
        // specific match: "lapor calo" over "calo").
        let mut best: Option<(usize, (f64, usize))> = None;
        let mut tied = false;
        for (t, &s) in scores.iter().enumerate().filter(|(_, s)| s.0 > 0.0) {
            match best {
                Some((_, b)) if s.0 < b.0 || (s.0 == b.0 && s.1 < b.1) => {}
                Some((_, b)) if s == b => tied = true,
                _ => {
                    best = Some((t, s));
                    tied = false;
                }
            }
        }
        match best {
            // A tie between two topics is a guess: say so rather than pick one.
            Some((t, (s, _))) if !tied && s >= THRESHOLD && index.topics[t] != NONE_TOPIC => {
                Match { topic: Some(index.topics[t].clone()), score: s }
            }
            Some((_, (s, _))) => Match { topic: None, score: s },
            None => Match { topic: None, score: 0.0 },
        }
    }

    /// Every topic the question names (score above zero), best first as `find` ranks them, then by
    /// topic id.
    /// For offering the closest topics when `find` answers `None`.
    pub fn ranked(&self, lang: &str, question: &str) -> Vec<(String, f64)> {
        let Some(index) = self.index(lang) else { return Vec::new() };
        let mut out: Vec<(String, (f64, usize))> = index
            .scores(question)
            .into_iter()
            .enumerate()
            .filter(|&(t, s)| s.0 > 0.0 && index.topics[t] != NONE_TOPIC)
            .map(|(t, s)| (index.topics[t].clone(), s))
            .collect();
        out.sort_by(|a, b| b.1.0.total_cmp(&a.1.0).then(b.1.1.cmp(&a.1.1)).then_with(|| a.0.cmp(&b.0)));
        out.into_iter().map(|(t, (s, _))| (t, s)).collect()
    }

    /// The language's index, else Indonesian's.
    fn index(&self, lang: &str) -> Option<&Index> {
        self.indexes.get(lang).or_else(|| self.indexes.get(DEFAULT_LANG))
    }
}

impl Data {
    fn from_file(f: MatcherFile, path: &str) -> Data {
        let slang = f.slang.into_iter().map(|(k, v)| (text::normalize(&k), text::words(&v))).collect();
        let stopwords = f.stopwords.iter().map(|w| text::normalize(w)).collect();
        let topics = f
            .topics
            .into_iter()
            .map(|(topic, phrases)| {
                let phrases = phrases
                    .iter()
                    .map(|p| match p.trim_start().strip_prefix('~') {
                        Some(weak) => (text::words(weak), true),
                        None => (text::words(p), false),
                    })
                    .collect();
                (topic, phrases)
            })
            .collect();
        Data { path: path.to_owned(), slang, stopwords, topics }
    }
}

impl Index {
    /// The index for a language: its own data first (its slang wins), then Indonesian's.
    fn build(own: &Data, fallback: Option<&Data>) -> Index {
        let all: Vec<&Data> = std::iter::once(own).chain(fallback).collect();
        let mut ix = Index::default();
        for d in all.iter().rev() {
            ix.slang.extend(d.slang.iter().map(|(k, v)| (k.clone(), v.clone())));
            ix.stopwords.extend(d.stopwords.iter().cloned());
        }
        // The same phrase in both files counts once, at its larger weight.
        let mut seen: HashMap<(usize, Vec<u32>), usize> = HashMap::new();
        for (i, d) in all.iter().enumerate() {
            // A file's keywords are read with its own slang (the user's language with Indonesian's
            // behind it; Indonesian's alone), so a Javanese word never changes an Indonesian one.
            let slang = if i == 0 { ix.slang.clone() } else { d.slang.clone() };
            for (topic, phrases) in &d.topics {
                let t = match ix.topics.iter().position(|x| x == topic) {
                    Some(t) => t,
                    None => {
                        ix.topics.push(topic.clone());
                        ix.topics.len() - 1
                    }
                };
                for (words, weak) in phrases {
                    // Keywords are read like questions: slang expanded, filler dropped, stemmed.
                    let expanded: Vec<String> =
                        words.iter().flat_map(|w| slang.get(w).cloned().unwrap_or_else(|| vec![w.clone()])).collect();
                    let kept: Vec<&String> = expanded.iter().filter(|w| !ix.stopwords.contains(*w)).collect();
                    let mut ids: Vec<u32> = Vec::new();
                    let mut order = Vec::new();
                    for (n, w) in kept.iter().enumerate() {
                        let id = ix.word_id(stem(w));
                        if !ids.contains(&id) {
                            ids.push(id);
                        }
                        // "tidak dibayar" is not "dibayar tidak" ("sudah dibayar, tidak?").
                        if NEGATIONS.contains(&w.as_str())
                            && let Some(next) = kept.get(n + 1)
                        {
                            order.push((id, ix.word_id(stem(next))));
                        }
                    }
                    if ids.is_empty() {
                        continue;
                    }
                    // A phrase that filler words left with one word ("pulang selamat" → "pulang")
                    // is weak: the one word is seldom what the phrase meant.
                    let weak = *weak || (ids.len() == 1 && expanded.len() > 1);
                    let weight = if weak { WEAK } else { ids.len() as f64 };
                    let mut key = ids.clone();
                    key.sort_unstable();
                    match seen.get(&(t, key.clone())) {
                        Some(&i) if ix.phrases[i].weight >= weight => {}
                        Some(&i) => ix.phrases[i] = Phrase { topic: t, words: ids, order, weight, within: Vec::new() },
                        None => {
                            seen.insert((t, key), ix.phrases.len());
                            ix.phrases.push(Phrase { topic: t, words: ids, order, weight, within: Vec::new() });
                        }
                    }
                }
            }
        }
        for i in 0..ix.phrases.len() {
            let p = &ix.phrases[i];
            let within: Vec<u32> = (0..ix.phrases.len())
                .filter(|&j| {
                    let q = &ix.phrases[j];
                    j != i
                        && q.topic == p.topic
                        && q.words.len() > p.words.len()
                        && p.words.iter().all(|w| q.words.contains(w))
                })
                .map(|j| j as u32)
                .collect();
            ix.phrases[i].within = within;
        }
        ix
    }

    fn word_id(&mut self, w: String) -> u32 {
        if let Some(&id) = self.vocab.get(&w) {
            return id;
        }
        let id = self.vocab.len() as u32;
        let chars: Vec<char> = w.chars().collect();
        if chars.len() >= 5 {
            if self.by_len.len() <= chars.len() {
                self.by_len.resize_with(chars.len() + 1, Vec::new);
            }
            self.by_len[chars.len()].push((id, chars));
        }
        self.vocab.insert(w, id);
        id
    }

    /// Every topic's score (indexed like `topics`): its full phrases' weights, plus half a keyword
    /// if any of its weak phrases occurs (weak phrases do not add up); and the words in its longest
    /// full phrase that occurs.
    fn scores(&self, question: &str) -> Vec<(f64, usize)> {
        let seen = self.question_words(question);
        let mut strong = vec![0.0; self.topics.len()];
        let mut weak = vec![0.0_f64; self.topics.len()];
        let mut longest = vec![0_usize; self.topics.len()];
        let mut occurs = vec![false; self.phrases.len()];
        for (i, p) in self.phrases.iter().enumerate() {
            let present = p.words.iter().all(|&w| seen[w as usize].is_some()) && {
                // A phrase's words stand close together: "kontrak kerja" is not "kerja ... tanpa
                // kontrak" four words later.
                let firsts = p.words.iter().filter_map(|&w| seen[w as usize].map(|(first, _)| first));
                let (lo, hi) = firsts.fold((u16::MAX, 0), |(lo, hi), f| (lo.min(f), hi.max(f)));
                usize::from(hi - lo) <= p.words.len() + 2
            };
            let ordered = p.order.iter().all(|&(a, b)| match (seen[a as usize], seen[b as usize]) {
                (Some((first, _)), Some((_, last))) => first < last,
                _ => false,
            });
            occurs[i] = present && ordered;
        }
        for (i, p) in self.phrases.iter().enumerate() {
            if occurs[i] && !p.within.iter().any(|&j| occurs[j as usize]) {
                if p.weight == WEAK {
                    weak[p.topic] = WEAK;
                } else {
                    strong[p.topic] += p.weight;
                    longest[p.topic] = longest[p.topic].max(p.words.len());
                }
            }
        }
        strong.iter().zip(&weak).zip(&longest).map(|((s, w), l)| (s + w, *l)).collect()
    }

    /// Where the question holds each keyword word (first and last position, if at all): its words
    /// with slang expanded and filler dropped, by stem, by the stems of their regional forms, or
    /// (six letters or more, and not a word the data knows) with one typo.
    fn question_words(&self, question: &str) -> Vec<Option<(u16, u16)>> {
        let mut seen: Vec<Option<(u16, u16)>> = vec![None; self.vocab.len()];
        let mark = |id: u32, pos: u16, seen: &mut Vec<Option<(u16, u16)>>| {
            let slot = &mut seen[id as usize];
            *slot = Some(match *slot {
                Some((first, _)) => (first, pos),
                None => (pos, pos),
            });
        };
        let mut pos: u16 = 0;
        for word in text::words(question) {
            // "anak2" is "anak-anak".
            let word = match word.strip_suffix('2') {
                Some(w) if w.chars().count() >= 2 && !w.ends_with(|c: char| c.is_ascii_digit()) => w.to_owned(),
                _ => word,
            };
            let (expanded, from_slang) = match self.slang.get(&word) {
                Some(e) => (e.clone(), true),
                None => (vec![word], false),
            };
            // A position per word the user wrote that is not filler ("pmi" and the two words slang
            // makes of it share one).
            let mut counted = false;
            for w in expanded {
                if self.stopwords.contains(&w) {
                    continue;
                }
                if !counted {
                    pos = pos.saturating_add(1);
                    counted = true;
                }
                let primary = stem(&w);
                let mut known = false;
                let mut forms = vec![primary.clone()];
                for form in regional_forms(&w) {
                    match self.slang.get(&form) {
                        Some(expanded) => forms.extend(expanded.iter().map(|e| stem(e))),
                        None => forms.push(stem(&form)),
                    }
                }
                for f in &forms {
                    if let Some(&id) = self.vocab.get(f) {
                        mark(id, pos, &mut seen);
                        known = true;
                    }
                }
                // A word the data knows, or one slang gave, is not a typo ("tidak" is not "tindak").
                let chars: Vec<char> = primary.chars().collect();
                if !known && !from_slang && chars.len() >= 6 {
                    for len in chars.len() - 1..=chars.len() + 1 {
                        for (id, kw) in self.by_len.get(len).into_iter().flatten() {
                            if one_edit(&chars, kw) {
                                mark(*id, pos, &mut seen);
                            }
                        }
                    }
                }
            }
        }
        seen
    }
}

/// Words that must come before the next word of a phrase to count ("tidak boleh libur").
const NEGATIONS: [&str; 7] = ["tidak", "belum", "bukan", "tanpa", "not", "no", "never"];

/// Forms a word may have under Javanese, Sundanese, Madurese or Sasak affixes: "ndaftar",
/// "ngadaftar", "adaftar", "bedaftar" → "daftar"; "biayane", "biayana", "biayanipun" → "biaya";
/// "etahan", "tetahan" → "tahan"; "dibayarke" → "dibayar". Only forms of four letters or more.
fn regional_forms(w: &str) -> Vec<String> {
    const VOWELS: [char; 5] = ['a', 'e', 'i', 'o', 'u'];
    let consonant_start = |s: &str| s.starts_with(|c: char| c.is_ascii_lowercase() && !VOWELS.contains(&c));
    let mut bases: Vec<String> = vec![w.to_owned()];
    let add = |v: String, out: &mut Vec<String>| {
        if v.chars().count() >= 4 && !out.contains(&v) {
            out.push(v);
        }
    };
    // Nasal and regional verb prefixes.
    if let Some(r) = w.strip_prefix("nga").filter(|r| consonant_start(r)) {
        add(r.to_owned(), &mut bases);
    }
    if let Some(r) = w.strip_prefix("ng") {
        add(r.to_owned(), &mut bases);
        if r.starts_with(VOWELS) {
            add(format!("k{r}"), &mut bases);
        }
    }
    if let Some(r) = w.strip_prefix("ny").filter(|r| r.starts_with(VOWELS)) {
        add(format!("c{r}"), &mut bases);
        add(format!("s{r}"), &mut bases);
    }
    for (prefix, keep) in [("mb", "b"), ("nd", "d"), ("nj", "j")] {
        if let Some(r) = w.strip_prefix(prefix) {
            add(format!("{keep}{r}"), &mut bases);
        }
    }
    if let Some(r) = w.strip_prefix('n').filter(|r| r.starts_with(VOWELS)) {
        add(format!("t{r}"), &mut bases);
    }
    for prefix in ["dipun", "e", "a", "te", "be", "ke", "ka", "pa"] {
        if let Some(r) = w.strip_prefix(prefix).filter(|r| consonant_start(r)) {
            add(r.to_owned(), &mut bases);
        }
    }
    // Possessive and verb suffixes.
    let mut out = Vec::new();
    for b in &bases {
        add(b.clone(), &mut out);
        for suffix in ["nipun", "ipun", "epon", "keun", "eun", "aken", "ake", "ke", "ne", "na", "ang", "in", "e"] {
            if let Some(r) = b.strip_suffix(suffix) {
                if suffix == "e" && !r.ends_with(|c: char| !VOWELS.contains(&c)) {
                    continue;
                }
                add(r.to_owned(), &mut out);
            }
        }
    }
    out.retain(|f| f != w);
    out
}

/// Damerau–Levenshtein distance at most 1: one letter wrong, missing, extra or two swapped.
#[cfg(test)]
fn within_one_edit(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    one_edit(&a, &b)
}

fn one_edit(a: &[char], b: &[char]) -> bool {
    if a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (ra, rb) = (&a[prefix..], &b[prefix..]);
    match (ra.len(), rb.len()) {
        (0, 0) => true,
        (x, y) if x == y => ra[1..] == rb[1..] || (x >= 2 && ra[0] == rb[1] && ra[1] == rb[0] && ra[2..] == rb[2..]),
        (x, y) if x > y => ra[1..] == *rb,
        _ => *ra == rb[1..],
    }
}

/// Words the stemmer leaves as they are.
const KEEP: [&str; 6] = ["perusahaan", "pertama", "majikan", "meninggal", "peninggalan", "setelah"];

/// An Indonesian stem, good enough for matching (the same rules apply to keywords and questions,
/// so a rule that over-strips does so on both sides): particles and possessives, the common
/// prefixes with their sound changes (me-nulis → tulis; a second one after ke-, di-, me-, pe-:
/// ke-ber-angkat), then derivational suffixes.
pub fn stem(word: &str) -> String {
    if KEEP.contains(&word) {
        return word.to_owned();
    }
    let mut w = word.to_owned();
    let len = |w: &str| w.chars().count();
    // Particles and possessives are outermost: "biayanya" → "biaya".
    for suffix in ["lah", "kah", "pun", "nya", "ku", "mu"] {
        if w.ends_with(suffix) && len(&w) >= suffix.len() + 4 {
            w.truncate(w.len() - suffix.len());
            break;
        }
    }
    // Words whose affixes are not affixes ("perusahaan" is not "usaha", business; "meninggal",
    // died, is not "tinggal", left behind).
    if KEEP.contains(&w.as_str()) {
        return w;
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
    let mut second = false;
    for (prefix, restore) in PREFIXES {
        let Some(rest) = w.strip_prefix(prefix) else { continue };
        let starts_vowel = rest.starts_with(['a', 'e', 'i', 'o', 'u']);
        let candidate = if !restore.is_empty() && starts_vowel { format!("{restore}{rest}") } else { rest.to_owned() };
        if len(&candidate) >= 4 {
            second = matches!(prefix, "ke" | "di" | "me" | "pe" | "mem" | "pem");
            w = candidate;
            break;
        }
    }
    // A second prefix: "keberangkatan", "diperlukan", "memperpanjang".
    if second {
        for prefix in ["ber", "per", "ter"] {
            if let Some(rest) = w.strip_prefix(prefix).filter(|r| len(r) >= 4) {
                w = rest.to_owned();
                break;
            }
        }
    }
    // Derivational suffixes, only where five letters remain ("tahan" stays "tahan"; "-i" is left
    // alone: without a dictionary it cuts "pakai" and "gaji").
    // "-kan" where four letters remain ("siapkan"), "-an" where five do ("tahan" stays); a word
    // that ends in "kan" but is too short for it keeps its "-an" too.
    if let Some(suffix) = ["kan", "an"].into_iter().find(|s| w.ends_with(s))
        && len(&w) >= suffix.len() + if suffix == "kan" { 4 } else { 5 }
    {
        w.truncate(w.len() - suffix.len());
    }
    w
}

/// One labelled question: a line `lang<TAB>label<TAB>question[<TAB>set]` of
/// `tests/data/questions.tsv`; the label `none` means out of scope (no topic is right).
#[derive(Debug, Clone, PartialEq)]
pub struct Labelled {
    pub lang: String,
    pub label: Option<String>,
    pub question: String,
    /// Which part of the data the line belongs to (`dev`, `holdout`), empty if not given.
    pub set: String,
}

/// Reads labelled questions; lines that are empty or start with `#` are skipped.
pub fn parse_labelled(tsv: &str) -> Result<Vec<Labelled>, String> {
    let mut out = Vec::new();
    for (n, line) in tsv.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        let [lang, label, question, rest @ ..] = fields.as_slice() else {
            return Err(format!("line {}: expected lang<TAB>label<TAB>question[<TAB>set]", n + 1));
        };
        if rest.len() > 1 || question.trim().is_empty() {
            return Err(format!("line {}: expected lang<TAB>label<TAB>question[<TAB>set]", n + 1));
        }
        let label = label.trim();
        out.push(Labelled {
            lang: lang.trim().to_owned(),
            label: (label != NONE_TOPIC).then(|| label.to_owned()),
            question: (*question).to_owned(),
            set: rest.first().map(|s| s.trim().to_owned()).unwrap_or_default(),
        });
    }
    Ok(out)
}

/// Counts over some labelled questions.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
pub struct Tally {
    /// In-scope questions, how many got their topic, how many got `None`.
    pub in_scope: usize,
    pub correct: usize,
    pub abstained: usize,
    /// Out-of-scope questions, and how many of them got a topic anyway.
    pub out_of_scope: usize,
    pub wrong_on_none: usize,
}

impl Tally {
    /// Top-1 accuracy on in-scope questions, in percent.
    pub fn accuracy(&self) -> f64 {
        percent(self.correct, self.in_scope)
    }

    /// Share of in-scope questions answered `None`, in percent.
    pub fn abstain_rate(&self) -> f64 {
        percent(self.abstained, self.in_scope)
    }

    /// Share of out-of-scope questions answered with a topic, in percent.
    pub fn wrong_rate_on_none(&self) -> f64 {
        percent(self.wrong_on_none, self.out_of_scope)
    }

    fn add(&mut self, expected: Option<&str>, got: Option<&str>) {
        match expected {
            Some(want) => {
                self.in_scope += 1;
                self.correct += usize::from(got == Some(want));
                self.abstained += usize::from(got.is_none());
            }
            None => {
                self.out_of_scope += 1;
                self.wrong_on_none += usize::from(got.is_some());
            }
        }
    }
}

fn percent(part: usize, whole: usize) -> f64 {
    if whole == 0 { 0.0 } else { 100.0 * part as f64 / whole as f64 }
}

/// A question the matcher got wrong.
#[derive(Debug, Clone, PartialEq)]
pub struct Miss {
    pub lang: String,
    pub set: String,
    pub expected: String,
    pub got: String,
    pub score: f64,
    pub question: String,
}

/// How the matcher does on labelled questions: overall, per language and per set, the misses, and
/// the time per match.
#[derive(Debug, Default, Clone)]
pub struct Evaluation {
    pub total: Tally,
    pub by_lang: BTreeMap<String, Tally>,
    pub by_set: BTreeMap<String, Tally>,
    pub misses: Vec<Miss>,
    /// Matches timed, and the median and 95th percentile time per match in µs.
    pub timed: usize,
    pub median_us: f64,
    pub p95_us: f64,
}

impl Matcher {
    /// Runs every question once for the figures, then `repetitions` more times for the timing.
    pub fn evaluate(&self, questions: &[Labelled], repetitions: usize) -> Evaluation {
        let mut e = Evaluation::default();
        for q in questions {
            let m = self.find(&q.lang, &q.question);
            let (want, got) = (q.label.as_deref(), m.topic.as_deref());
            e.total.add(want, got);
            e.by_lang.entry(q.lang.clone()).or_default().add(want, got);
            e.by_set.entry(q.set.clone()).or_default().add(want, got);
            if want != got {
                e.misses.push(Miss {
                    lang: q.lang.clone(),
                    set: q.set.clone(),
                    expected: want.unwrap_or(NONE_TOPIC).to_owned(),
                    got: got.unwrap_or(NONE_TOPIC).to_owned(),
                    score: m.score,
                    question: q.question.clone(),
                });
            }
        }
        let mut times: Vec<f64> = Vec::with_capacity(questions.len() * repetitions);
        for _ in 0..repetitions {
            for q in questions {
                let started = Instant::now();
                std::hint::black_box(self.find(&q.lang, std::hint::black_box(&q.question)));
                times.push(started.elapsed().as_secs_f64() * 1e6);
            }
        }
        times.sort_by(f64::total_cmp);
        if !times.is_empty() {
            e.timed = times.len();
            e.median_us = times[times.len() / 2];
            e.p95_us = times[(times.len() * 95 / 100).min(times.len() - 1)];
        }
        e
    }
}

impl fmt::Display for Evaluation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let line = |f: &mut fmt::Formatter<'_>, name: &str, t: &Tally| {
            writeln!(
                f,
                "{name:<10} in scope top-1 {:5.1}% ({}/{}), abstained {:4.1}%; out of scope answered {:4.1}% ({}/{})",
                t.accuracy(),
                t.correct,
                t.in_scope,
                t.abstain_rate(),
                t.wrong_rate_on_none(),
                t.wrong_on_none,
                t.out_of_scope
            )
        };
        line(f, "all", &self.total)?;
        for (lang, t) in &self.by_lang {
            line(f, &format!("  {lang}"), t)?;
        }
        for (set, t) in self.by_set.iter().filter(|(s, _)| !s.is_empty()) {
            line(f, &format!("  [{set}]"), t)?;
        }
        if self.timed > 0 {
            writeln!(
                f,
                "time per match: median {:.1} µs, p95 {:.1} µs ({} matches timed)",
                self.median_us, self.p95_us, self.timed
            )?;
        }
        writeln!(f, "misses ({}): lang, set, expected, got (score), question", self.misses.len())?;
        for m in &self.misses {
            writeln!(
                f,
                "  {:<3} {:<7} {:<17} {:<17} ({:.1}) {}",
                m.lang, m.set, m.expected, m.got, m.score, m.question
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assets::Source;

    fn matcher() -> Matcher {
        Matcher::load(&Assets::embedded()).unwrap()
    }

    fn inline(text: &str) -> Matcher {
        let assets = Assets {
            flows: Vec::new(),
            locales: vec![("id".into(), vec![Source { path: "locales/id/matcher.toml".into(), text: text.into() }])],
        };
        Matcher::load(&assets).unwrap()
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
            ("kesehatan", "sehat"),
            ("sehat", "sehat"),
            ("majikan", "majikan"),
            ("dipulangkan", "pulang"),
        ] {
            assert_eq!(stem(word), want, "{word}");
        }
        // Both forms of a word reach the same stem, whatever it is.
        assert_eq!(stem("keberangkatan"), stem("berangkat"));
        assert_eq!(stem("pemberangkatan"), stem("berangkat"));
    }

    #[test]
    fn regional_affixes_give_the_indonesian_form() {
        for (word, want) in [
            ("ndaftar", "daftar"),
            ("ngadaftar", "daftar"),
            ("adaftar", "daftar"),
            ("bedaftar", "daftar"),
            ("biayane", "biaya"),
            ("biayana", "biaya"),
            ("syarate", "syarat"),
            ("etahan", "tahan"),
            ("tetahan", "tahan"),
            ("nyari", "cari"),
            ("ngurus", "urus"),
            ("mbayar", "bayar"),
        ] {
            assert!(regional_forms(word).iter().any(|f| stem(f) == want), "{word}: {:?}", regional_forms(word));
        }
        assert!(regional_forms("gaji").is_empty());
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
    fn weak_keywords_rank_below_full_ones_and_ties_are_none() {
        let m = inline(
            "stopwords = [\"di\", \"ke\"]\n[topics]\ncosts = [\"biaya\"]\ntaiwan = [\"~taiwan\"]\nrights = [\"hak\"]\n\
             none = [\"cuaca\"]\n",
        );
        assert_eq!(m.find("id", "biaya ke taiwan").topic.as_deref(), Some("costs"));
        assert_eq!(m.find("id", "kerja di taiwan").topic.as_deref(), Some("taiwan"));
        assert_eq!(m.find("id", "kerja di taiwan").score, 0.5);
        assert_eq!(m.find("id", "biaya dan hak").topic, None, "a tie");
        assert_eq!(m.find("id", "cuaca di taiwan").topic, None, "out of scope wins");
        assert_eq!(m.find("jv", "biayane pinten").topic.as_deref(), Some("costs"), "unknown data: Indonesian's");
        assert_eq!(
            m.ranked("id", "biaya dan hak di taiwan cuaca"),
            vec![("costs".to_owned(), 1.0), ("rights".to_owned(), 1.0), ("taiwan".to_owned(), 0.5)]
        );
        assert!(m.topics().iter().all(|(_, t)| *t != "none"));
    }

    #[test]
    fn informal_questions_find_their_topic_and_small_talk_finds_none() {
        let m = matcher();
        for (lang, q, topic) in [
            ("id", "brp biaya ke taiwan?", "costs"),
            ("id", "aturan kerja di taiwan", "taiwan"),
            ("id", "gmn cara daftar jd tkw", "procedure"),
            ("jv", "piye carane golek PT resmi", "check_agency"),
            ("id", "paspor sy ditahan majikan", "rights"),
            ("id", "apa aja syarat dokumennya", "requirements"),
            ("id", "Biayaa brangkat k hongkong brp sih", "costs"),
            ("en", "my employer took my passport", "rights"),
            ("en", "how much does it cost to go to taiwan", "costs"),
            ("en", "how to check if an agency is legal", "check_agency"),
        ] {
            assert_eq!(m.find(lang, q).topic.as_deref(), Some(topic), "{lang}: {q}");
        }
        for q in ["halo", "selamat pagi kak", "terima kasih banyak", "wkwkwk", "", "harga hp samsung", "resep rendang"]
        {
            assert_eq!(m.find("id", q).topic, None, "{q}");
        }
    }

    #[test]
    fn ranked_lists_every_named_topic_best_first() {
        let m = matcher();
        let r = m.ranked("id", "brp biaya ke taiwan?");
        assert_eq!(r.first().map(|(t, _)| t.as_str()), Some("costs"));
        assert!(r.iter().any(|(t, _)| t == "taiwan"), "{r:?}");
        assert!(r.windows(2).all(|w| w[0].1 >= w[1].1));
        assert!(m.ranked("id", "wkwkwk").is_empty());
    }

    #[test]
    fn evaluation_counts_hits_abstentions_and_wrong_answers() {
        let m = inline("[topics]\ncosts = [\"biaya\"]\nrights = [\"hak\"]\n");
        let qs = parse_labelled(
            "# lang\tlabel\tquestion\tset\nid\tcosts\tbiaya brp\tdev\nid\trights\tbiaya lagi\tdev\n\
             id\trights\tsaya bingung\tholdout\nid\tnone\thak apa\tholdout\nid\tnone\thalo\tholdout\n",
        )
        .unwrap();
        let e = m.evaluate(&qs, 2);
        assert_eq!(e.total, Tally { in_scope: 3, correct: 1, abstained: 1, out_of_scope: 2, wrong_on_none: 1 });
        assert_eq!(e.by_set["holdout"].in_scope, 1);
        assert_eq!(e.misses.len(), 3);
        assert_eq!(e.timed, 10);
        assert!(e.to_string().contains("misses (3)"));
        assert!(parse_labelled("id\tcosts").is_err());
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
