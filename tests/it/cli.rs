//! The `pelita` binary as a newcomer and a content author use it.
use std::path::Path;

use super::{Scratch, pelita, root, stderr, stdout};

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            std::fs::copy(&path, &target).unwrap();
        }
    }
}

fn chat(dir: &Scratch, user: &str, input: &str) -> String {
    let out = pelita(&["chat", "--db", &dir.db(), "--user", user], input.as_bytes(), dir.path("").as_path());
    assert!(out.status.success(), "chat failed: {}", stderr(&out));
    stdout(&out)
}

/// The text after the last echoed input line `> {input}`.
fn after<'a>(output: &'a str, input: &str) -> &'a str {
    let marker = format!("> {input}\n");
    let i = output.rfind(&marker).unwrap_or_else(|| panic!("no `{input}` in:\n{output}"));
    &output[i + marker.len()..]
}

#[test]
fn a_scripted_chat_shows_the_languages_then_the_main_menu() {
    let dir = Scratch::fresh();
    let out = chat(&dir, "siti", "/start\n1\n");
    let languages = after(&out, "/start");
    assert!(languages.contains("Pilih bahasa Anda"), "{out}");
    for name in ["1. Bahasa Indonesia", "Basa Jawa", "Basa Sunda", "Madhur", "Sasak", "English"] {
        assert!(languages.contains(name), "missing {name} in:\n{languages}");
    }
    let menu = after(&out, "1");
    assert!(menu.contains("Menu utama. Apa yang Anda perlukan?"), "{out}");
    assert!(menu.contains("3. Laporkan masalah"), "{out}");
}

#[test]
fn a_scripted_chat_in_javanese() {
    let dir = Scratch::fresh();
    let out = chat(&dir, "sri", "/start\n2\n");
    let menu = after(&out, "2");
    let jv = std::fs::read_to_string(root().join("locales/jv/main.ftl")).unwrap();
    let main_menu = jv.lines().find_map(|l| l.strip_prefix("main-menu = ")).expect("jv main-menu");
    assert!(menu.contains(main_menu), "expected the Javanese main menu `{main_menu}` in:\n{menu}");
    assert!(!menu.contains("Menu utama. Apa yang Anda perlukan?"), "{menu}");
}

#[test]
fn a_second_run_with_the_same_user_continues_where_the_first_stopped() {
    let dir = Scratch::fresh();
    let first = chat(&dir, "ahmad", "/start\n1\n3\n1\n");
    assert!(after(&first, "1").contains("Siapa yang membuat laporan ini?"), "{first}");
    let second = chat(&dir, "ahmad", "2\n");
    assert!(second.starts_with("Selamat datang kembali"), "{second}");
    assert!(second.contains("Siapa yang membuat laporan ini?"), "{second}");
    assert!(after(&second, "2").contains("Siapa nama lengkap pekerja"), "{second}");
    // Another user starts from the beginning.
    let other = chat(&dir, "someone-else", "halo\n");
    assert!(other.contains("Pilih bahasa Anda"), "{other}");
}

#[test]
fn an_emergency_word_mid_form_interrupts_it_with_the_contacts() {
    let dir = Scratch::fresh();
    let out = chat(&dir, "rina", "/start\n1\n2\n1\nRina\nsaya disekap majikan\n2\n");
    let emergency = after(&out, "saya disekap majikan");
    assert!(emergency.contains("0-800-1000"), "{emergency}");
    assert!(emergency.contains("110"), "{emergency}");
    assert!(emergency.contains("Apakah Anda dalam bahaya sekarang?"), "{emergency}");
    let back = after(&out, "2");
    assert!(back.contains("Anda berasal dari kabupaten/kota mana?"), "{back}");
}

#[tokio::test]
async fn a_case_report_ends_with_a_reference_code_stored_in_the_database() {
    let dir = Scratch::fresh();
    let out = chat(&dir, "family", "/start\n1\n3\n1\n2\nAhmad Fauzi\nIndramayu\n1\nPT Contoh\n1\n15/07/2025\n2\n1\n");
    let done = after(&out, "1");
    let code = regex::Regex::new(r"\b([2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4})\b").unwrap();
    let code = code.captures(done).unwrap_or_else(|| panic!("no code in:\n{done}"))[1].to_owned();
    let store = pelita::store::Store::open(&dir.db()).await.unwrap();
    let case = store.case_by_code(&code).await.unwrap().expect("the case is stored");
    assert_eq!(case.kind, "case_report");
    assert_eq!(case.contact.key, "family");
    assert_eq!(case.fields.get("worker_name").map(String::as_str), Some("Ahmad Fauzi"));
    assert_eq!(case.fields.get("district").map(String::as_str), Some("Indramayu"));
    assert_eq!(case.fields.get("country").map(String::as_str), Some("Malaysia"));
    assert_eq!(case.fields.get("since").map(String::as_str), Some("2025-07-15"));
}

#[test]
fn check_names_file_and_line_of_a_dangling_target_and_a_missing_message() {
    let dir = Scratch::fresh();
    let flows = dir.path("flows");
    copy_dir(&root().join("flows"), &flows);
    let main = flows.join("main.toml");
    let text = std::fs::read_to_string(&main).unwrap();
    let line = text.lines().position(|l| l.contains("flow:counsellor")).unwrap() + 1;
    std::fs::write(
        &main,
        text.replace("flow:counsellor", "counsellor-typo").replace("\"main-menu\"", "\"main-menu-typo\""),
    )
    .unwrap();
    let flows_arg = flows.display().to_string();
    let out = pelita(&["check", "--flows", &flows_arg], b"", &root());
    assert!(!out.status.success());
    let report = stdout(&out);
    let file = main.display().to_string();
    assert!(
        report.contains(&format!("{file}:{line}:")) && report.contains("unknown step `counsellor-typo`"),
        "{report}"
    );
    assert!(report.contains("message `main-menu-typo` is missing from the default locale"), "{report}");
    assert!(report.contains("2 errors"), "{report}");
}

#[test]
fn check_passes_on_the_shipped_files_and_reports_coverage() {
    let out = pelita(&["check"], b"", &root());
    let report = stdout(&out);
    assert!(out.status.success(), "{report}");
    assert!(report.contains("0 errors"), "{report}");
    for code in ["id", "jv", "su", "mad", "sas", "en"] {
        let line = report
            .lines()
            .find(|l| l.trim_start().starts_with(&format!("{code} ")))
            .unwrap_or_else(|| panic!("no {code} in {report}"));
        assert!(line.contains("100.0%") && line.contains("machine-drafted"), "{line}");
    }
}

#[test]
fn a_broken_flow_file_stops_the_program_at_start() {
    let dir = Scratch::fresh();
    let flows = dir.path("flows");
    copy_dir(&root().join("flows"), &flows);
    std::fs::write(
        flows.join("help.toml"),
        "[[step]]\nid = \"x\"\nkind = \"message\"\ntext = \"help-text\"\nnext = \"gone\"\n",
    )
    .unwrap();
    let flows_arg = flows.display().to_string();
    let db = dir.db();
    let out = pelita(&["--flows", &flows_arg, "chat", "--db", &db], b"/start\n1\n", dir.path("").as_path());
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("help.toml:5:") && err.contains("unknown step `gone`"), "{err}");
    assert!(err.contains("refusing to start"), "{err}");
    assert!(stdout(&out).is_empty(), "nothing may be answered by a half-loaded bot");
    assert!(!Path::new(&db).exists(), "no database is touched");
}

#[test]
fn odd_input_on_stdin_gets_clear_replies_and_never_a_panic() {
    let dir = Scratch::fresh();
    let mut input = b"/start\n1\n\n".to_vec();
    input.extend(std::iter::repeat_n(b'x', 10_000));
    input.extend("\n😀😀\n\u{7}\u{1b}[31m\n\u{202e}\u{5d0}\u{5d1}\n".as_bytes());
    input.extend(b"\xff\xfe\xfd\n2\n1\n");
    input.extend(std::iter::repeat_n(b'y', 10_000));
    input.push(b'\n');
    let out = pelita(&["chat", "--db", &dir.db(), "--user", "odd"], &input, dir.path("").as_path());
    let text = stdout(&out);
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert!(text.contains("Pesan Anda kosong."), "{text}");
    assert!(text.matches("Balas dengan angka 1 sampai 5.").count() >= 3, "{text}");
    assert!(text.contains("pesan itu tidak bisa kami baca"), "{text}");
    assert!(text.contains("Jawaban terlalu panjang. Tulis paling banyak 60 huruf."), "{text}");
}

#[test]
fn the_database_location_comes_from_the_environment_or_the_flag() {
    use std::process::{Command, Stdio};
    let dir = Scratch::fresh();
    let env_db = dir.path("from-env.db");
    let out = Command::new(env!("CARGO_BIN_EXE_pelita"))
        .args(["chat", "--user", "e"])
        .current_dir(dir.path(""))
        .env("PELITA_DATABASE_URL", format!("sqlite://{}", env_db.display()))
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(env_db.exists());
    assert!(!dir.path("pelita.db").exists());
    // With nothing configured: ./pelita.db in the working directory.
    let out = pelita(&["chat"], b"/start\n", dir.path("").as_path());
    assert!(out.status.success());
    assert!(dir.path("pelita.db").exists());
}

#[test]
fn pelita_test_runs_the_shipped_transcripts() {
    let out = pelita(&["test", "tests/transcripts"], b"", &root());
    let text = stdout(&out);
    assert!(out.status.success(), "{text}{}", stderr(&out));
    assert!(text.contains(" passed, 0 failed"), "{text}");
}

#[test]
fn lang_presets_the_language_once_and_the_user_can_still_change_it() {
    let dir = Scratch::fresh();
    let out = pelita(
        &["chat", "--db", &dir.db(), "--user", "u", "--lang", "jv"],
        b"/start\nbasa\n3\n1\n",
        dir.path("").as_path(),
    );
    let text = stdout(&out);
    let jv = std::fs::read_to_string(root().join("locales/jv/main.ftl")).unwrap();
    let su = std::fs::read_to_string(root().join("locales/su/info.ftl")).unwrap();
    let jv_menu = jv.lines().find_map(|l| l.strip_prefix("main-menu = ")).unwrap();
    let su_info = su.lines().find_map(|l| l.strip_prefix("info-menu = ")).unwrap();
    assert!(after(&text, "/start").contains(jv_menu), "{text}");
    assert!(after(&text, "1").contains(su_info), "Sundanese was chosen and must stay:\n{text}");
    let out = pelita(&["chat", "--lang", "xx"], b"", dir.path("").as_path());
    assert!(!out.status.success());
    assert!(stderr(&out).contains("unknown language `xx`"), "{}", stderr(&out));
}

#[test]
fn match_prints_the_topic_of_a_question_or_none() {
    let dir = Scratch::fresh();
    let run = |lang: &str, q: &str| {
        let out = super::pelita(&["match", "--lang", lang, q], b"", &dir.path(""));
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8_lossy(&out.stdout).trim().to_owned()
    };
    assert!(run("id", "brp biaya ke taiwan?").starts_with("costs "));
    assert!(run("jv", "piye carane golek PT resmi").starts_with("check_agency "));
    assert_eq!(run("id", "selamat pagi"), "none 0.0");
}

#[test]
fn a_second_server_on_the_same_sqlite_file_refuses_to_start_and_says_why() {
    if super::pg::server().is_some() {
        // Several instances on one PostgreSQL database are the supported case (instances.rs).
        return;
    }
    let dir = Scratch::fresh();
    let db = dir.db();
    let serve = |port: u16| {
        std::process::Command::new(env!("CARGO_BIN_EXE_pelita"))
            .args(["serve", "--db", &db, "--listen", &format!("127.0.0.1:{port}")])
            .env("PELITA_CONFIG", "/dev/null")
            .env("PELITA_LOG", "warn")
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap()
    };
    // Starts a server and waits until it listens (failing if it exits or takes over 20 s).
    let started = |what: &str| {
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let mut child = serve(port);
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(child.try_wait().unwrap().is_none(), "{what} exited instead of serving");
            assert!(std::time::Instant::now() < deadline, "{what} did not start within 20 s");
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        child
    };
    let mut first = started("the first server");
    let second = serve(0).wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&second.stderr);
    assert!(!second.status.success(), "the second server must not run");
    assert!(err.contains("another `pelita serve` is running") && err.contains("PostgreSQL"), "{err}");
    // The first goes on serving; once it is gone (even killed), a server starts again.
    assert!(first.try_wait().unwrap().is_none(), "the first server is unaffected");
    first.kill().unwrap();
    first.wait().unwrap();
    let mut third = started("a server after the first was killed");
    third.kill().unwrap();
    third.wait().unwrap();
}

#[test]
fn consent_says_how_long_data_is_kept_as_the_deployment_configured() {
    let dir = Scratch::fresh();
    let out = chat(&dir, "a", "/start\n1\n2\n");
    let consent = after(&out, "2");
    assert!(
        consent
            .contains("\"hapus data\". Tanpa itu, data dihapus otomatis 365 hari setelah urusan Anda selesai. Setuju?"),
        "{consent}"
    );

    // In Javanese, a case report, with the deployment's own period.
    let dir = Scratch::fresh();
    std::fs::write(dir.path("pelita.toml"), "[retention]\ndays = 90\n").unwrap();
    let out = chat(&dir, "b", "/start\n2\n3\n");
    let consent = after(&out, "3");
    assert!(
        consent
            .contains("dipun busak piyambak 90 dinten sasampunipun urusan panjenengan rampung. Lajeng damel laporan?"),
        "{consent}"
    );

    // Kept until the user deletes it: no period promised.
    let dir = Scratch::fresh();
    std::fs::write(dir.path("pelita.toml"), "[retention]\ndays = 0\n").unwrap();
    let out = chat(&dir, "c", "/start\n1\n2\n");
    let consent = after(&out, "2");
    assert!(consent.contains("\"hapus data\". Setuju?") && !consent.contains("otomatis"), "{consent}");
}
