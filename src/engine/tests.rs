//! Engine tests on a small deployment of their own, so they state exactly what they rely on.
use super::*;
use crate::assets::{Assets, Source};
use crate::bot::{EmergencyContact, Settings};
use crate::engine::messages as m;

fn src(path: &str, text: &str) -> Source {
    Source { path: path.into(), text: text.into() }
}

const ENGINE_FTL: &str = r#"
language-name = Bahasa Indonesia
language-prompt = Pilih bahasa
language-chosen = Bahasa dipilih
contact-line = { $label }: { $number }
contact-police = Polisi
chat-hint = Ketik sesuatu
welcome-back = Selamat datang kembali
error-generic = Ada gangguan
input-empty = Pesan kosong
input-unreadable = Tidak terbaca
input-media = Bukan teks: { $kind }
menu-not-understood = Balas 1 sampai { $count }
offer-topics = Mungkin salah satu ini?
offer-counsellor = Konselor
offer-menu = Menu utama
button-stale = Tombol lama
flow-changed = Alur berubah
invalid-text-short = Terlalu pendek { $min }
invalid-text-long = Terlalu panjang { $max }
invalid-text-letters = Perlu huruf
invalid-number = Angka saja
invalid-number-range = Dari { $min } sampai { $max }
invalid-phone = Nomor salah
invalid-date = Tanggal salah
invalid-one-of = Pilih { $options }
invalid-pattern = Format salah
input-edited = Pesan diubah
invalid-location = Kirim lokasi
menu-list-button = Pilih
web-title = Pelita
web-intro = Halo
web-placeholder = Tulis
web-send = Kirim
web-offline = Putus
handoff-queued = Antrean ke-{ $position }
handoff-closed = Buka { $day } { $time } { $zone }
handoff-joined = { $name } bergabung
case-status-waiting = { $code } menunggu
case-status-claimed = { $code } ditangani
case-status-closed = { $code } selesai
case-status-open = { $code } tercatat
case-status-unknown = { $code } tidak ada
weekday-mon = Senin
weekday-tue = Selasa
weekday-wed = Rabu
weekday-thu = Kamis
weekday-fri = Jumat
weekday-sat = Sabtu
weekday-sun = Minggu
"#;

const FLOWS_FTL: &str = r#"
main-menu = Menu utama
main-form = Isi formulir
main-other = Lainnya
    .keywords = lain, yang lain
form-name = Nama?
form-phone = Telepon?
form-done = Kode { $case_code }
emergency-contacts = Hubungi:
    { $emergency_contacts }
emergency-danger = Bahaya sekarang?
yes = Ya
no = Tidak
emergency-back = Kembali
help-text = Bantuan
counsellor-requested = Konselor dipanggil
rating-ask = Nilai?
rating-good = Baik
rating-bad = Buruk
rating-thanks = Terima kasih
delete-confirm = Hapus?
delete-done = Terhapus
info-menu = Topik?
info-costs = Biaya
info-rights = Hak
info-costs-answer = Tidak boleh ada biaya
info-rights-answer = Paspor dipegang sendiri
info-end = Selesai
"#;

const MATCHER: &str = r#"
stopwords = ["yang"]
[topics]
costs = ["biaya"]
rights = ["paspor"]
"#;

const KEYWORDS: &str = r#"
emergency = ["disiksa", "kabur dari majikan"]
emergency_alone = ["tolong"]
months = [["januari"], ["februari"], ["maret"], ["april"], ["mei"], ["juni"], ["juli"], ["agustus"], ["september"], ["oktober"], ["november"], ["desember"]]
[commands]
menu = ["menu"]
language = ["bahasa"]
help = ["bantuan"]
counsellor = ["konselor"]
delete = ["hapus data"]
status = ["cek"]
"#;

fn flows() -> Vec<Source> {
    vec![
        src(
            "flows/language.toml",
            "[[step]]\nid='choose'\nkind='language'\ntext='language-prompt'\nnext='flow:main'\n",
        ),
        src(
            "flows/main.toml",
            r#"
[[step]]
id = "menu"
kind = "menu"
text = "main-menu"
save = "picked"
choices = [
  { label = "main-form", next = "flow:form", value = "form" },
  { label = "main-other", next = "menu" },
]
"#,
        ),
        src(
            "flows/form.toml",
            r#"
[[step]]
id = "name"
kind = "question"
text = "form-name"
save = "name"
max = 20
next = "phone"

[[step]]
id = "phone"
kind = "question"
text = "form-phone"
save = "phone"
input = "phone"
next = "record"

[[step]]
id = "record"
kind = "action"
action = "case_report"
fields = ["name", "phone"]
next = "done"

[[step]]
id = "done"
kind = "end"
text = "form-done"
"#,
        ),
        src(
            "flows/emergency.toml",
            r#"
[[step]]
id = "contacts"
kind = "message"
text = "emergency-contacts"
next = "danger"

[[step]]
id = "danger"
kind = "menu"
text = "emergency-danger"
choices = [{ label = "yes", next = "alert" }, { label = "no", next = "back" }]

[[step]]
id = "alert"
kind = "action"
action = "handoff"
next = "back"

[[step]]
id = "back"
kind = "end"
text = "emergency-back"
"#,
        ),
        src("flows/help.toml", "[[step]]\nid='h'\nkind='end'\ntext='help-text'\n"),
        src(
            "flows/info.toml",
            "[[step]]\nid='topics'\nkind='menu'\ntext='info-menu'\nchoices=[{label='info-costs',next='costs'},{label='info-rights',next='rights'}]\n[[step]]\nid='costs'\nkind='message'\ntext='info-costs-answer'\nnext='end'\n[[step]]\nid='rights'\nkind='message'\ntext='info-rights-answer'\nnext='end'\n[[step]]\nid='end'\nkind='end'\ntext='info-end'\n",
        ),
        src(
            "flows/rating.toml",
            "[[step]]\nid='ask'\nkind='menu'\ntext='rating-ask'\nsave='rating'\nchoices=[{label='rating-good',next='rec',value='5'},{label='rating-bad',next='rec',value='1'}]\n[[step]]\nid='rec'\nkind='action'\naction='rate'\nnext='done'\n[[step]]\nid='done'\nkind='end'\ntext='rating-thanks'\n",
        ),
        src(
            "flows/counsellor.toml",
            "[[step]]\nid='c'\nkind='action'\naction='handoff'\nnext='d'\n[[step]]\nid='d'\nkind='end'\ntext='counsellor-requested'\n",
        ),
        src(
            "flows/delete_data.toml",
            "[[step]]\nid='confirm'\nkind='menu'\ntext='delete-confirm'\nchoices=[{label='yes',next='del'},{label='no',next='flow:main'}]\n[[step]]\nid='del'\nkind='action'\naction='delete_data'\nnext='done'\n[[step]]\nid='done'\nkind='end'\ntext='delete-done'\n",
        ),
    ]
}

fn assets() -> Assets {
    Assets {
        flows: flows(),
        locales: vec![(
            "id".into(),
            vec![
                src("locales/id/engine.ftl", ENGINE_FTL),
                src("locales/id/flows.ftl", FLOWS_FTL),
                src("locales/id/meta.toml", "order = 1\n"),
                src("locales/id/keywords.toml", KEYWORDS),
                src("locales/id/matcher.toml", MATCHER),
            ],
        )],
    }
}

fn bot_from(assets: &Assets) -> Bot {
    let settings = Settings {
        emergency_contacts: vec![EmergencyContact { label: "contact-police".into(), number: "110".into() }],
        directory: Default::default(),
        handoff: Default::default(),
        retention_days: 0,
    };
    match Bot::load(assets, settings) {
        Ok((bot, _)) => bot,
        Err(diags) => panic!("fixture does not load: {diags:#?}"),
    }
}

fn bot() -> Bot {
    bot_from(&assets())
}

fn env() -> Env {
    Env { now: DateTime::from_timestamp(1_750_000_000, 0).unwrap(), entropy: [7; 16] }
}

/// Sends each input in turn; returns the final state and the replies to the last input.
fn chat(bot: &Bot, state: State, inputs: &[&str]) -> (State, Outcome) {
    let mut state = state;
    let mut last = None;
    for i in inputs {
        let out = step(bot, &state, &Input::from_text(i), &env());
        state = out.state.clone();
        last = Some(out);
    }
    (state, last.expect("at least one input"))
}

fn texts(o: &Outcome) -> Vec<&str> {
    o.replies.iter().map(|r| r.text.as_str()).collect()
}

fn at(state: &State) -> Option<(&str, &str)> {
    state.at.as_ref().map(|p| (p.flow.as_str(), p.step.as_str()))
}

#[test]
fn a_new_user_gets_the_language_menu_then_the_main_menu() {
    let bot = bot();
    let (state, out) = chat(&bot, State::default(), &["/start"]);
    assert_eq!(texts(&out), ["Pilih bahasa"]);
    assert_eq!(out.replies[0].choices.len(), 1);
    assert_eq!(out.replies[0].choices[0].label, "Bahasa Indonesia");
    let (state, out) = chat(&bot, state, &["1"]);
    assert_eq!(state.lang.as_deref(), Some("id"));
    assert_eq!(texts(&out), ["Menu utama"]);
    assert_eq!(at(&state), Some(("main", "menu")));
}

#[test]
fn any_first_message_also_opens_the_language_menu() {
    let (_, out) = chat(&bot(), State::default(), &["halo"]);
    assert_eq!(texts(&out), ["Pilih bahasa"]);
}

#[test]
fn a_language_can_be_chosen_by_name() {
    let (state, _) = chat(&bot(), State::default(), &["/start", "bahasa indonesia"]);
    assert_eq!(state.lang.as_deref(), Some("id"));
}

fn started() -> State {
    chat(&bot(), State::default(), &["/start", "1"]).0
}

#[test]
fn menus_accept_numbers_text_prefixes_keywords_and_buttons() {
    let bot = bot();
    for answer in ["1", "1.", "Isi formulir", "isi form", "ISI FORMULIR!!"] {
        let (state, out) = chat(&bot, started(), &[answer]);
        assert_eq!(texts(&out), ["Nama?"], "answer {answer:?}");
        assert_eq!(state.fields.get("picked").map(String::as_str), Some("form"));
    }
    let (state, _) = chat(&bot, started(), &["yang lain"]);
    assert_eq!(state.fields.get("picked").map(String::as_str), Some("2"));
    let out = step(&bot, &started(), &Input::Choice("main/menu/1".into()), &env());
    assert_eq!(texts(&out), ["Nama?"]);
}

#[test]
fn a_question_the_matcher_is_sure_of_is_answered_at_the_main_menu() {
    let (_, out) = chat(&bot(), started(), &["berapa biayanya?"]);
    assert_eq!(texts(&out), ["Tidak boleh ada biaya", "Selesai"]);
}

#[test]
fn an_unsure_question_offers_the_closest_topics_a_counsellor_and_the_menu() {
    let bot = bot();
    // "biaya" and "paspor" weigh the same: a guess, so the bot asks instead of answering.
    let (state, out) = chat(&bot, started(), &["biaya paspor"]);
    assert_eq!(texts(&out), ["Mungkin salah satu ini?"]);
    let labels: Vec<&str> = out.replies[0].choices.iter().map(|c| c.label.as_str()).collect();
    assert_eq!(labels, ["Biaya", "Hak", "Konselor", "Menu utama"]);
    assert_eq!(state.offered, ["costs", "rights"]);
    assert_eq!(state.misses, 1);
    // A number picks from the offer, not from the main menu still waiting behind it.
    let (state, out) = chat(&bot, state.clone(), &["2"]);
    assert_eq!(texts(&out), ["Paspor dipegang sendiri", "Selesai"]);
    assert!(state.offered.is_empty());
    assert_eq!(state.misses, 0);
    // So do its buttons and its labels; the counsellor choice hands off.
    let (offered, _) = chat(&bot, started(), &["biaya paspor"]);
    let out = step(&bot, &offered, &Input::Choice("offer/1".into()), &env());
    assert_eq!(texts(&out), ["Tidak boleh ada biaya", "Selesai"]);
    let (_, out) = chat(&bot, offered.clone(), &["konselor"]);
    assert!(out.effects.iter().any(|e| matches!(e, Effect::Handoff { .. })), "{:?}", out.effects);
    let (state, out) = chat(&bot, offered.clone(), &["4"]);
    assert_eq!(texts(&out), ["Menu utama"]);
    assert_eq!(at(&state), Some(("main", "menu")));
    // Anything else drops the offer: the next number is the main menu's again.
    let (state, out) = chat(&bot, offered, &["menu"]);
    assert!(state.offered.is_empty());
    assert_eq!(texts(&out), ["Menu utama"]);
    let (_, out) = chat(&bot, state, &["1"]);
    assert_eq!(texts(&out), ["Nama?"]);
}

#[test]
fn free_text_inside_a_form_is_an_answer_not_a_question() {
    let (state, out) = chat(&bot(), started(), &["1", "biaya paspor"]);
    assert!(state.offered.is_empty());
    assert_eq!(texts(&out), ["Telepon?"]);
}

#[test]
fn a_wrong_menu_answer_is_explained_and_the_menu_shown_again() {
    let (state, out) = chat(&bot(), started(), &["7"]);
    assert_eq!(texts(&out), ["Balas 1 sampai 2", "Menu utama"]);
    assert_eq!(state.misses, 1);
    assert_eq!(at(&state), Some(("main", "menu")));
    let (state, _) = chat(&bot(), state, &["xyz"]);
    assert_eq!(state.misses, 2);
}

#[test]
fn a_button_from_an_old_message_is_refused() {
    let out = step(&bot(), &started(), &Input::Choice("emergency/danger/1".into()), &env());
    assert_eq!(texts(&out), ["Tombol lama", "Menu utama"]);
}

#[test]
fn questions_validate_and_save_answers() {
    let bot = bot();
    let (state, out) = chat(&bot, started(), &["1", "Siti", "12345"]);
    assert_eq!(texts(&out), ["Nomor salah", "Telepon?"]);
    assert_eq!(state.fields.get("name").map(String::as_str), Some("Siti"));
    let (state, out) = chat(&bot, state, &["0812 3456 7890"]);
    assert!(state.at.is_none());
    let [Effect::OpenCase { kind, code, fields, urgent }, Effect::Handoff { .. }] = out.effects.as_slice() else {
        panic!("{:?}", out.effects)
    };
    assert_eq!(*kind, CaseKind::CaseReport);
    assert!(!urgent);
    assert_eq!(fields.get("phone").map(String::as_str), Some("+6281234567890"));
    assert_eq!(texts(&out), [format!("Kode {code}").as_str()]);
    // The record keeps the personal fields; the conversation no longer does.
    assert!(!state.fields.contains_key("name") && !state.fields.contains_key("phone"));
    assert_eq!(state.fields.get("case_code"), Some(code));
}

#[test]
fn too_long_and_letterless_answers_are_refused_clearly() {
    let bot = bot();
    let long = "a".repeat(10_000);
    let (state, out) = chat(&bot, started(), &["1", &long]);
    assert_eq!(texts(&out), ["Terlalu panjang 20", "Nama?"]);
    let (_, out) = chat(&bot, state, &["😀😀😀"]);
    assert_eq!(texts(&out), ["Perlu huruf", "Nama?"]);
}

#[test]
fn empty_control_and_unreadable_input_get_a_clear_reply() {
    let bot = bot();
    for input in ["", "   ", "\u{7}\u{1b}", "\u{202e}"] {
        let (state, out) = chat(&bot, started(), &[input]);
        assert_eq!(texts(&out), ["Pesan kosong", "Menu utama"], "input {input:?}");
        assert_eq!(at(&state), Some(("main", "menu")));
    }
    let out = step(&bot, &started(), &Input::Unreadable, &env());
    assert_eq!(texts(&out), ["Tidak terbaca", "Menu utama"]);
    let out = step(&bot, &started(), &Input::Media("voice".into()), &env());
    assert_eq!(texts(&out), ["Bukan teks: voice", "Menu utama"]);
}

#[test]
fn locations_answer_location_questions_only() {
    let mut assets = assets();
    let f = assets.flows.iter_mut().find(|f| f.path == "flows/form.toml").unwrap();
    f.text = f.text.replace("input = \"phone\"", "input = \"location\"");
    let bot = bot_from(&assets);
    let (state, _) = chat(&bot, started(), &["1", "Siti"]);
    let out = step(&bot, &state, &Input::from_text("Kuala Lumpur"), &env());
    assert_eq!(texts(&out), ["Kirim lokasi", "Telepon?"]);
    let out = step(&bot, &state, &Input::Location { lat: 3.139, lon: 101.6869 }, &env());
    let [Effect::OpenCase { fields, .. }, Effect::Handoff { .. }] = out.effects.as_slice() else {
        panic!("{:?}", out.effects)
    };
    assert_eq!(fields.get("phone").map(String::as_str), Some("3.139000,101.686900"));
    // At a menu a location is politely refused.
    let out = step(&bot, &started(), &Input::Location { lat: 1.0, lon: 2.0 }, &env());
    assert_eq!(texts(&out), ["Bukan teks: location", "Menu utama"]);
}

#[test]
fn an_edited_message_is_noted_but_not_read() {
    let out = step(&bot(), &started(), &Input::Edited, &env());
    assert_eq!(texts(&out), ["Pesan diubah"]);
    assert_eq!(out.state, started());
}

#[test]
fn an_emergency_word_interrupts_a_form_and_returns_to_it() {
    let bot = bot();
    let (state, _) = chat(&bot, started(), &["1", "Siti"]);
    assert_eq!(at(&state), Some(("form", "phone")));
    let (state, out) = chat(&bot, state, &["saya DISIKSA majikan"]);
    assert_eq!(texts(&out), ["Hubungi:\nPolisi: 110", "Bahaya sekarang?"]);
    assert!(state.urgent);
    assert_eq!(out.effects, [Effect::MarkUrgent]);
    // Not in danger right now: back to the phone question, with the name kept.
    let (state, out) = chat(&bot, state, &["2"]);
    assert_eq!(texts(&out), ["Kembali", "Telepon?"]);
    assert_eq!(at(&state), Some(("form", "phone")));
    assert_eq!(state.fields.get("name").map(String::as_str), Some("Siti"));
    // The case it ends in is urgent.
    let (_, out) = chat(&bot, state, &["081234567890"]);
    assert!(matches!(
        out.effects.as_slice(),
        [Effect::OpenCase { urgent: true, .. }, Effect::Handoff { topic: Topic::CaseReport, urgent: true }]
    ));
}

#[test]
fn in_danger_hands_off_to_a_counsellor() {
    let (_, out) = chat(&bot(), started(), &["kabur dari majikan", "1"]);
    assert_eq!(out.effects, [Effect::Handoff { topic: Topic::Emergency, urgent: true }]);
}

#[test]
fn a_lone_cry_for_help_is_an_emergency_but_a_polite_please_is_not() {
    let (state, _) = chat(&bot(), started(), &["Tolooong!!"]);
    assert!(state.urgent);
    // "Please explain the costs" is a question, answered as one.
    let (state, out) = chat(&bot(), started(), &["tolong jelaskan biaya"]);
    assert!(!state.urgent);
    assert_eq!(texts(&out)[0], "Tidak boleh ada biaya");
}

#[test]
fn an_emergency_before_any_language_is_answered_in_indonesian() {
    let (state, out) = chat(&bot(), State::default(), &["tolong"]);
    assert_eq!(texts(&out)[0], "Hubungi:\nPolisi: 110");
    assert!(state.urgent);
}

#[test]
fn global_commands_work_from_any_step() {
    let bot = bot();
    let (state, _) = chat(&bot, started(), &["1"]);
    assert_eq!(at(&state), Some(("form", "name")));
    let (s, out) = chat(&bot, state.clone(), &["MENU"]);
    assert_eq!(texts(&out), ["Menu utama"]);
    assert!(s.stack.is_empty());
    let (s, out) = chat(&bot, state.clone(), &["bantuan"]);
    assert_eq!(texts(&out), ["Bantuan", "Nama?"], "help returns to the question");
    assert_eq!(at(&s), Some(("form", "name")));
    let (_, out) = chat(&bot, state.clone(), &["bahasa"]);
    assert_eq!(texts(&out), ["Pilih bahasa"]);
    let (_, out) = chat(&bot, state.clone(), &["konselor"]);
    assert_eq!(out.effects, [Effect::Handoff { topic: Topic::Counsellor, urgent: false }]);
    let (_, out) = chat(&bot, state, &["hapus data"]);
    assert_eq!(texts(&out), ["Hapus?"]);
}

#[test]
fn deleting_data_resets_the_conversation() {
    let (state, out) = chat(&bot(), started(), &["hapus data", "1"]);
    assert_eq!(out.effects, [Effect::DeleteData]);
    assert_eq!(texts(&out), ["Terhapus"]);
    assert_eq!(state, State::default());
}

#[test]
fn a_user_on_a_removed_step_restarts_that_flow_with_a_notice() {
    let mut state = started();
    state.at = Some(Pos { flow: "form".into(), step: "gone".into() });
    let (state, out) = chat(&bot(), state, &["halo"]);
    assert_eq!(texts(&out), ["Alur berubah", "Nama?"]);
    assert_eq!(at(&state), Some(("form", "name")));
    let mut state = started();
    state.at = Some(Pos { flow: "gone".into(), step: "x".into() });
    let (_, out) = chat(&bot(), state, &["halo"]);
    assert_eq!(texts(&out), ["Alur berubah", "Menu utama"]);
}

#[test]
fn resume_repeats_where_the_user_is() {
    let (state, _) = chat(&bot(), started(), &["1"]);
    let out = step(&bot(), &state, &Input::Resume, &env());
    assert_eq!(texts(&out), ["Selamat datang kembali", "Nama?"]);
    assert_eq!(out.state, state);
}

#[test]
fn the_engine_is_deterministic() {
    let bot = bot();
    let state = chat(&bot, started(), &["1", "Siti"]).0;
    let a = step(&bot, &state, &Input::from_text("0812 3456 7890"), &env());
    let b = step(&bot, &state, &Input::from_text("0812 3456 7890"), &env());
    assert_eq!(a, b);
}

#[test]
fn replies_carry_no_invisible_isolation_marks() {
    let (_, out) = chat(&bot(), started(), &["1", "Siti", "081234567890"]);
    for r in &out.replies {
        assert!(!r.text.contains(['\u{2068}', '\u{2069}']), "{:?}", r.text);
    }
}

#[test]
fn a_loop_of_steps_that_never_waits_is_stopped() {
    let mut assets = assets();
    assets.flows.push(src(
        "flows/spin.toml",
        "[[step]]\nid='a'\nkind='message'\ntext='main-menu'\nnext='b'\n[[step]]\nid='b'\nkind='message'\ntext='main-menu'\nnext='a'\n",
    ));
    // The checker refuses such flows; the engine must survive them all the same.
    let (flows, _) = crate::flow::parse_flows(&assets.flows);
    let mut bot = bot();
    bot.flows = flows;
    let mut state = started();
    state.at = None;
    state.stack.push(Pos { flow: "spin".into(), step: "a".into() });
    // Help ends by returning to the top of the stack: into the loop.
    let (state, out) = chat(&bot, state, &["bantuan"]);
    assert!(out.replies.len() <= MAX_STEPS_PER_INPUT + 2, "{}", out.replies.len());
    assert_eq!(out.replies.last().map(|r| r.text.as_str()), Some("Ada gangguan"));
    assert!(state.at.is_none());
    // And the user can carry on.
    let (_, out) = chat(&bot, state, &["menu"]);
    assert_eq!(texts(&out), ["Menu utama"]);
}

#[test]
fn reference_codes_use_an_unambiguous_alphabet() {
    for seed in 0..=255u8 {
        let code = reference_code(&[seed; 16], 0);
        assert_eq!(code.len(), 9);
        assert_eq!(&code[4..5], "-");
        assert!(!code.contains(['0', 'O', '1', 'I']), "{code}");
    }
    assert_ne!(reference_code(&[3; 16], 0), reference_code(&[3; 16], 1));
    assert_ne!(reference_code(&[1; 16], 0), reference_code(&[2; 16], 0));
}

#[test]
fn every_required_message_is_in_the_fixture() {
    // Guards the fixture itself: a missing engine message would fail loading above.
    let b = bot();
    for id in m::REQUIRED {
        assert!(b.i18n.try_format("id", id, &Args::new()).is_some(), "{id}");
    }
}

#[test]
fn two_misunderstandings_in_a_row_ask_for_a_human_once() {
    let bot = bot();
    let (_, out) = chat(&bot, started(), &["zzz"]);
    assert!(out.effects.is_empty());
    let (s, out) = chat(&bot, started(), &["zzz", "qqq"]);
    assert_eq!(out.effects, [Effect::Handoff { topic: Topic::NotUnderstood, urgent: false }]);
    let (_, out) = chat(&bot, s, &["www"]);
    assert!(out.effects.is_empty(), "a third does not ask again");
    // Understanding in between starts the count again.
    let (_, out) = chat(&bot, started(), &["zzz", "1", "bahasa"]);
    assert!(out.effects.is_empty());
}

#[test]
fn with_a_counsellor_the_users_words_go_to_them_but_commands_and_emergencies_still_work() {
    let bot = bot();
    let mut state = started();
    state.human = true;
    let (s, out) = chat(&bot, state.clone(), &["halo, gaji suami saya belum dibayar"]);
    assert!(out.replies.is_empty() && out.effects.is_empty(), "{out:?}");
    assert_eq!(s.at, state.at);
    let (_, out) = chat(&bot, state.clone(), &["MENU"]);
    assert_eq!(texts(&out), ["Menu utama"]);
    let (s, out) = chat(&bot, state, &["kabur dari majikan"]);
    assert!(s.urgent);
    assert!(!out.replies.is_empty());
}

#[test]
fn a_closed_conversation_asks_for_a_rating_and_keeps_only_the_number() {
    let bot = bot();
    let env = Env { now: chrono::DateTime::from_timestamp(1_760_000_000, 0).unwrap(), entropy: [7; 16] };
    let out = enter(&bot, &started(), reserved::RATING, &env);
    assert_eq!(texts(&out), ["Nilai?"]);
    assert_eq!(out.replies[0].choices.len(), 2);
    let (state, out) = chat(&bot, out.state, &["1"]);
    assert_eq!(out.effects, [Effect::Rate(5)]);
    assert_eq!(texts(&out), ["Terima kasih"]);
    assert!(!state.fields.contains_key("rating"), "the rating lives on the ticket, not the conversation");
}

#[test]
fn a_reference_code_asks_for_its_case_status_from_any_step() {
    let bot = bot();
    let (state, _) = chat(&bot, started(), &["1"]);
    let (s, out) = chat(&bot, state.clone(), &["ABCD-EF23"]);
    assert_eq!(out.effects, [Effect::CaseStatus { code: "ABCD-EF23".into() }]);
    assert!(out.replies.is_empty(), "the answer comes from the store");
    assert_eq!(s.at, state.at, "the form waits where it was");
    // Without the dash a code needs a digit; a name of eight letters is a name.
    let (_, out) = chat(&bot, state.clone(), &["abcdef23"]);
    assert_eq!(out.effects, [Effect::CaseStatus { code: "ABCD-EF23".into() }]);
    // A code of letters only (one in ten is) needs its dash or a status word.
    let (_, out) = chat(&bot, state.clone(), &["cek hpcblltb"]);
    assert_eq!(out.effects, [Effect::CaseStatus { code: "HPCB-LLTB".into() }]);
    let (_, out) = chat(&bot, state.clone(), &["HPCB-LLTB"]);
    assert_eq!(out.effects, [Effect::CaseStatus { code: "HPCB-LLTB".into() }]);
    let (s, out) = chat(&bot, state, &["Kartini"]);
    assert!(out.effects.is_empty());
    assert_eq!(s.fields.get("name").map(String::as_str), Some("Kartini"));
}
