//! The information answers: each topic names its sources, and no answer carries a phone number
//! of its own (numbers are the configuration's directory).
use pelita::assets::Assets;
use pelita::bot::Bot;
use pelita::config::Config;
use pelita::flow::StepKind;
use regex::Regex;

fn bot() -> Bot {
    let config = Config::load(Some(std::path::Path::new("/dev/null"))).expect("config");
    Bot::load(&Assets::embedded(), config.settings).unwrap_or_else(|d| panic!("{d:#?}")).0
}

#[test]
fn every_information_answer_names_its_sources_by_topic_id() {
    let bot = bot();
    let info = bot.flows.get("info").expect("the info flow");
    let sources = std::fs::read_to_string(super::root().join("locales/SOURCES.md")).expect("locales/SOURCES.md");
    let mut answers = 0;
    let mut missing = Vec::new();
    for step in &info.steps {
        let StepKind::Message { text, .. } = &step.kind else { continue };
        answers += 1;
        let heading = format!("## {}\n", step.id);
        let Some(at) = sources.find(&heading) else {
            missing.push(format!("{} (no `## {}` section)", step.id, step.id));
            continue;
        };
        let section = sources[at + heading.len()..].split("\n## ").next().unwrap_or_default();
        if !section.contains(&format!("`{}`", text.id)) || !section.contains("\n- [S") {
            missing.push(format!("{} (section must name `{}` and list at least one [S#] source)", step.id, text.id));
        }
    }
    assert!(answers >= 25, "the information tree has only {answers} answers");
    assert!(missing.is_empty(), "topics without sources in locales/SOURCES.md: {missing:#?}");
}

#[test]
fn no_answer_carries_a_phone_number_of_its_own() {
    // Seven digits or more, with the separators people write between them.
    let phone = Regex::new(r"\+?\d[\d \-().]{5,}\d").unwrap();
    let mut found = Vec::new();
    for entry in std::fs::read_dir(super::root().join("locales")).unwrap() {
        let path = entry.unwrap().path().join("info.ftl");
        let Ok(text) = std::fs::read_to_string(&path) else { continue };
        for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.trim_start().starts_with('#')) {
            for m in phone.find_iter(line) {
                if m.as_str().chars().filter(char::is_ascii_digit).count() >= 7 {
                    found.push(format!("{}:{}: {}", path.display(), n + 1, m.as_str()));
                }
            }
        }
    }
    assert!(found.is_empty(), "put numbers in the [directory] configuration, not in answers: {found:#?}");
}

#[test]
fn the_directory_fills_every_number_an_answer_shows_in_every_locale() {
    let bot = bot();
    let info = bot.flows.get("info").expect("the info flow");
    for locale in bot.i18n.locales() {
        for step in &info.steps {
            let StepKind::Message { text, .. } = &step.kind else { continue };
            let mut args = pelita::i18n::Args::new();
            for (k, v) in &bot.settings.directory {
                args.insert(k.clone(), v.clone());
            }
            let shown = bot.i18n.format(&locale.code, &text.id, &args);
            assert!(!shown.contains('{'), "{} {}: {shown}", locale.code, text.id);
            assert!(shown.chars().count() <= 700, "{} {} is longer than one phone screen", locale.code, text.id);
        }
    }
}
