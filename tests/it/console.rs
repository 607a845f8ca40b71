//! Handoff end to end: a user's request over the Telegram webhook becomes a ticket in the right
//! organisation's queue; counsellors log in to the console over real HTTP, claim (one wins),
//! reply (the fake Bot API receives it), close (the user is asked for a rating); other
//! organisations see nothing.
use std::time::{Duration, Instant};

use axum::http::StatusCode;
use pelita::handoff::HandoffSettings;
use pelita::store::{NewCounsellor, Role, Store, Ticket};

use super::Scratch;
use super::harness::*;

fn organisations() -> HandoffSettings {
    toml::from_str(
        r#"
        [[organisation]]
        id = "ltsa-cirebon"
        name = "LTSA-MRC Cirebon"
        districts = ["Cirebon", "Indramayu"]
        languages = ["id", "jv", "su"]
        zone = "WIB"

        [[organisation]]
        id = "mc-jember"
        name = "Migrant CARE Jember"
        districts = ["Jember"]
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

async fn add(store: &Store, login: &str, name: &str, org: &str, role: Role, password: &str) {
    add_with_gender(store, login, name, org, role, password, None).await;
}

async fn add_with_gender(
    store: &Store,
    login: &str,
    name: &str,
    org: &str,
    role: Role,
    password: &str,
    gender: Option<&str>,
) {
    let hash = pelita::console::auth::hash_password(password).unwrap();
    let languages = vec!["id".to_owned()];
    let new = NewCounsellor { login, name, org, role, languages: &languages, gender, password_hash: &hash };
    let id = store.add_counsellor(&new, pelita::bot::clock()).await.unwrap();
    // Accounts made here skip the first-login password change.
    store.set_password(id, &hash).await.unwrap();
}

/// A browser without JavaScript: keeps the console's cookies, reads the CSRF token of the last
/// page, does not follow redirects (so that it sees them).
struct Console {
    base: String,
    http: reqwest::Client,
    cookies: Vec<(String, String)>,
    csrf: String,
}

impl Console {
    fn new(base: &str) -> Console {
        let http = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
        Console { base: base.to_owned(), http, cookies: Vec::new(), csrf: String::new() }
    }

    fn cookie_header(&self) -> String {
        self.cookies.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("; ")
    }

    fn remember(&mut self, res: &reqwest::Response) {
        for v in res.headers().get_all("set-cookie") {
            let v = v.to_str().unwrap();
            let (kv, _) = v.split_once(';').unwrap_or((v, ""));
            let (k, val) = kv.split_once('=').unwrap();
            self.cookies.retain(|(n, _)| n != k);
            if !val.is_empty() {
                self.cookies.push((k.to_owned(), val.to_owned()));
            }
        }
    }

    fn read_csrf(&mut self, html: &str) {
        if let Some(i) = html.find("name=csrf value=\"") {
            let rest = &html[i + 17..];
            self.csrf = rest[..rest.find('"').unwrap()].to_owned();
        }
    }

    async fn get(&mut self, path: &str) -> (StatusCode, String) {
        let res =
            self.http.get(format!("{}{path}", self.base)).header("cookie", self.cookie_header()).send().await.unwrap();
        self.remember(&res);
        let status = StatusCode::from_u16(res.status().as_u16()).unwrap();
        let location = res.headers().get("location").map(|l| l.to_str().unwrap().to_owned());
        let body = res.text().await.unwrap();
        self.read_csrf(&body);
        // A redirect answers with where it leads.
        (status, location.unwrap_or(body))
    }

    /// Posts a form with this session's CSRF token (unless the form brings its own).
    async fn post(&mut self, path: &str, form: &[(&str, &str)]) -> (StatusCode, String) {
        let mut fields: Vec<(&str, &str)> = form.to_vec();
        let csrf = self.csrf.clone();
        if !fields.iter().any(|(k, _)| *k == "csrf") {
            fields.push(("csrf", &csrf));
        }
        let res = self
            .http
            .post(format!("{}{path}", self.base))
            .header("cookie", self.cookie_header())
            .form(&fields)
            .send()
            .await
            .unwrap();
        self.remember(&res);
        let status = StatusCode::from_u16(res.status().as_u16()).unwrap();
        let location = res.headers().get("location").map(|l| l.to_str().unwrap().to_owned());
        let body = res.text().await.unwrap();
        self.read_csrf(&body);
        (status, location.unwrap_or(body))
    }

    async fn login(base: &str, login: &str, password: &str) -> Console {
        let mut c = Console::new(base);
        let (status, _) = c.get("/console/login").await;
        assert_eq!(status, StatusCode::OK);
        let (status, to) = c.post("/console/login", &[("login", login), ("password", password)]).await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{to}");
        assert_eq!(to, "/console");
        let (status, _) = c.get("/console").await;
        assert_eq!(status, StatusCode::OK);
        c
    }
}

async fn wait_for_ticket(store: &Store, org: &str, n: usize) -> Vec<Ticket> {
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let q = store.queue(Some(org)).await.unwrap();
        if q.len() >= n {
            return q;
        }
        assert!(Instant::now() < deadline, "no ticket in {org}'s queue");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// Texts the fake Bot API received for `chat`.
fn texts_to(tg: &Fake, chat: i64) -> Vec<String> {
    tg.calls("sendMessage")
        .iter()
        .filter(|c| c.body["chat_id"].as_i64() == Some(chat))
        .map(|c| c.body["text"].as_str().unwrap_or_default().to_owned())
        .collect()
}

async fn wait_for_text(tg: &Fake, chat: i64, needle: &str) -> Vec<String> {
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let texts = texts_to(tg, chat);
        if texts.iter().any(|t| t.contains(needle)) {
            return texts;
        }
        assert!(Instant::now() < deadline, "no message with {needle:?} reached chat {chat}: {texts:#?}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

async fn say(app: &TestApp, id: &mut i64, chat: i64, texts: &[&str]) {
    for t in texts {
        *id += 1;
        assert_eq!(app.post_telegram(&tg_text(*id, chat, t), Some(TG_SECRET)).await, StatusCode::OK);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_request_reaches_the_right_queue_one_claim_wins_and_the_counsellor_talks_with_the_user() {
    let dir = Scratch::fresh();
    let tg = fake_telegram().await;
    let opts = Options { telegram: Some(tg.clone()), handoff: Some(organisations()), ..Options::default() };
    let app = TestApp::start(&dir.db(), &opts).await;
    let store = app.store().await;
    add(&store, "siti", "Siti", "ltsa-cirebon", Role::Counsellor, "siti-password-1").await;
    add(&store, "dewi", "Dewi", "ltsa-cirebon", Role::Supervisor, "dewi-password-1").await;
    add(&store, "rudi", "Rudi", "mc-jember", Role::Counsellor, "rudi-password-1").await;

    // A counselling request from Cirebon goes to the Cirebon centre.
    let chat = 7_000_001;
    let mut id = 500;
    say(&app, &mut id, chat, &["/start", "1", "2", "1", "Ani", "Cirebon", "1", "3", "perempuan", "4"]).await;
    let queue = wait_for_ticket(&store, "ltsa-cirebon", 1).await;
    let t = &queue[0];
    assert_eq!((t.topic.as_str(), t.priority, t.status.as_str()), ("counselling_request", 2, "waiting"));
    assert_eq!(t.district.as_deref(), Some("Cirebon"));
    assert_eq!(t.gender.as_deref(), Some("f"));
    assert!(t.case_code.is_some());
    let ticket = t.id;
    // The user is told their place in the queue.
    wait_for_text(&tg, chat, "antrean konselor").await;

    // An urgent case report from a district nobody covers goes to the national desk.
    let other = 7_000_002;
    say(
        &app,
        &mut id,
        other,
        &[
            "/start",
            "1",
            "3",
            "1",
            "saya sendiri",
            "Sri",
            "Lombok Timur",
            "1",
            "PT Contoh",
            "1",
            "15/07/2025",
            "1",
            "1",
        ],
    )
    .await;
    let national = wait_for_ticket(&store, "national", 1).await;
    assert_eq!((national[0].topic.as_str(), national[0].priority), ("case_report", 1));
    assert_eq!(national[0].district.as_deref(), Some("Lombok Timur"));
    // A case report filed by a wife for her husband from Indramayu reaches the Cirebon centre,
    // ahead of the normal counselling request: urgent comes first.
    let wife = 7_000_003;
    say(
        &app,
        &mut id,
        wife,
        &["/start", "1", "3", "1", "2", "Budi", "Indramayu", "1", "PT Contoh", "1", "15/07/2025", "1", "1"],
    )
    .await;
    let cirebon = wait_for_ticket(&store, "ltsa-cirebon", 2).await;
    assert_eq!((cirebon[0].topic.as_str(), cirebon[0].priority), ("case_report", 1), "urgent first");
    assert_eq!(cirebon[1].id, ticket);

    // The console: Siti and Dewi of Cirebon see the ticket; Rudi of Jember does not.
    let mut siti = Console::login(&app.base, "siti", "siti-password-1").await;
    let (_, page) = siti.get("/console").await;
    assert!(page.contains(&format!("data-ticket={ticket}")), "{page}");
    assert!(!page.contains(&format!("data-ticket={}", national[0].id)));
    let mut dewi = Console::login(&app.base, "dewi", "dewi-password-1").await;
    let mut rudi = Console::login(&app.base, "rudi", "rudi-password-1").await;
    let (_, page) = rudi.get("/console").await;
    assert!(!page.contains(&format!("data-ticket={ticket}")));
    // Guessing ids in URLs finds nothing outside one's organisation.
    for guess in [ticket, national[0].id, ticket + 1, 0, -1] {
        assert_eq!(rudi.get(&format!("/console/tickets/{guess}")).await.0, StatusCode::NOT_FOUND, "ticket {guess}");
    }
    rudi.get("/console").await;
    assert_eq!(rudi.post(&format!("/console/tickets/{ticket}/claim"), &[]).await.0, StatusCode::NOT_FOUND);
    assert_eq!(rudi.post(&format!("/console/tickets/{ticket}/reply"), &[("text", "x")]).await.0, StatusCode::NOT_FOUND);

    // A form without this session's token is refused.
    assert_eq!(
        siti.post(&format!("/console/tickets/{ticket}/claim"), &[("csrf", "forged")]).await.0,
        StatusCode::FORBIDDEN
    );
    assert_eq!(store.ticket(ticket, None).await.unwrap().unwrap().status, "waiting");

    // Both click "claim" at once: one wins, the other is told who.
    siti.get(&format!("/console/tickets/{ticket}")).await;
    dewi.get(&format!("/console/tickets/{ticket}")).await;
    let path = format!("/console/tickets/{ticket}/claim");
    let (a, b) = tokio::join!(siti.post(&path, &[]), dewi.post(&path, &[]));
    let mut outcomes = [a.0, b.0];
    outcomes.sort();
    assert_eq!(outcomes, [StatusCode::SEE_OTHER, StatusCode::CONFLICT], "{a:?} {b:?}");
    let winner_name = if a.0 == StatusCode::SEE_OTHER { "Siti" } else { "Dewi" };
    // The user is told a counsellor joined, by name; the supervisor sees who holds it.
    wait_for_text(&tg, chat, &format!("Konselor {winner_name} sudah bergabung")).await;
    let (_, page) = dewi.get("/console").await;
    assert!(page.contains(&format!("<li>{winner_name}: 1</li>")), "{page}");
    let (winner, loser, loser_page) =
        if a.0 == StatusCode::SEE_OTHER { (&mut siti, &mut dewi, b.1) } else { (&mut dewi, &mut siti, a.1) };
    assert!(loser_page.contains(&format!("sudah diambil {winner_name}")), "{loser_page}");

    // Now the user's words go to the counsellor, not the bot.
    let before = texts_to(&tg, chat).len();
    say(&app, &mut id, chat, &["Suami saya belum digaji 4 bulan"]).await;
    let (_, page) = winner.get(&format!("/console/tickets/{ticket}")).await;
    assert!(page.contains("Suami saya belum digaji 4 bulan"), "the message is in the history");

    // The counsellor's reply reaches the user through Telegram.
    let (status, _) = winner
        .post(&format!("/console/tickets/{ticket}/reply"), &[("text", "Halo Ani, ceritakan lebih lanjut.")])
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let texts = wait_for_text(&tg, chat, "Halo Ani, ceritakan lebih lanjut.").await;
    assert_eq!(texts.len(), before + 1, "the bot said nothing itself: {:#?}", &texts[before..]);
    let (_, page) = winner.get(&format!("/console/tickets/{ticket}")).await;
    assert!(page.contains("value=\"canned-greeting\""), "canned replies are offered");
    assert!(store.ticket(ticket, None).await.unwrap().unwrap().first_reply_at.is_some());

    // A canned reply goes out in the user's language.
    winner.get(&format!("/console/tickets/{ticket}")).await;
    let (status, _) = winner.post(&format!("/console/tickets/{ticket}/reply"), &[("canned", "canned-safe")]).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    wait_for_text(&tg, chat, "Apakah Anda aman sekarang?").await;
    let (status, _) = winner.post(&format!("/console/tickets/{ticket}/reply"), &[("canned", "console-title")]).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "only canned-* messages can be sent this way");

    // The other counsellor's reply is refused and not lost: the page keeps the text.
    loser.get(&format!("/console/tickets/{ticket}")).await;
    let (status, page) =
        loser.post(&format!("/console/tickets/{ticket}/reply"), &[("text", "Saya juga di sini")]).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(page.contains("Saya juga di sini"), "the draft stays in the form");
    assert!(!texts_to(&tg, chat).iter().any(|t| t.contains("Saya juga di sini")));

    // The holder corrects a case field; unknown fields are ignored.
    winner.get(&format!("/console/tickets/{ticket}")).await;
    let (status, _) = winner
        .post(
            &format!("/console/tickets/{ticket}/case"),
            &[("field.district", "Kab. Cirebon"), ("field.invented", "x")],
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let fields = store.ticket(ticket, None).await.unwrap().unwrap().case_fields.unwrap();
    assert_eq!(fields.get("district").map(String::as_str), Some("Kab. Cirebon"));
    assert!(!fields.contains_key("invented"));
    loser.get(&format!("/console/tickets/{ticket}")).await;
    let (status, _) = loser.post(&format!("/console/tickets/{ticket}/case"), &[("field.name", "X")]).await;
    // The other counsellor may not; a supervisor may.
    let expected = if winner_name == "Dewi" { StatusCode::CONFLICT } else { StatusCode::SEE_OTHER };
    assert_eq!(status, expected);

    // A private note stays in the console.
    winner.get(&format!("/console/tickets/{ticket}")).await;
    winner.post(&format!("/console/tickets/{ticket}/note"), &[("text", "Rujuk ke P4MI")]).await;
    let (_, page) = winner.get(&format!("/console/tickets/{ticket}")).await;
    assert!(page.contains("Rujuk ke P4MI"));
    assert!(!texts_to(&tg, chat).iter().any(|t| t.contains("P4MI")));

    // Closing returns the user to the bot, which asks for a rating; the answer is kept.
    let (status, _) = winner.post(&format!("/console/tickets/{ticket}/close"), &[("outcome", "referred")]).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    wait_for_text(&tg, chat, "Bagaimana bantuan yang Anda terima").await;
    say(&app, &mut id, chat, &["1"]).await;
    wait_for_text(&tg, chat, "Terima kasih atas penilaian").await;
    let closed = store.ticket(ticket, None).await.unwrap().unwrap();
    assert_eq!(
        (closed.status.as_str(), closed.outcome.as_deref(), closed.rating),
        ("closed", Some("referred"), Some(5))
    );
    // A reply to the closed ticket gets a clear answer.
    winner.get(&format!("/console/tickets/{ticket}")).await;
    let (status, page) = winner.post(&format!("/console/tickets/{ticket}/reply"), &[("text", "Satu lagi")]).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(page.contains("sudah ditutup") && page.contains("Satu lagi"));

    // English is a choice away (the form carries the session's token too).
    assert_eq!(rudi.post("/console/lang", &[("lang", "en"), ("csrf", "forged")]).await.0, StatusCode::FORBIDDEN);
    rudi.get("/console").await;
    assert_eq!(rudi.post("/console/lang", &[("lang", "en")]).await.0, StatusCode::SEE_OTHER);
    let (_, page) = rudi.get("/console").await;
    assert!(page.contains("No open tickets.") && page.contains("lang=\"en\""), "{page}");

    // Supervisors read the audit log and see who holds how many tickets; counsellors do not.
    let (_, page) = dewi.get("/console").await;
    assert!(!page.contains("id=load"), "nothing is held now: {page}");
    let (status, log) = dewi.get("/console/audit").await;
    assert_eq!(status, StatusCode::OK);
    for action in ["mengambil tiket", "membalas", "menutup tiket", "membuka tiket"] {
        assert!(log.contains(action), "{action} missing from the audit log");
    }
    assert_eq!(rudi.get("/console/audit").await.0, StatusCode::FORBIDDEN);
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn logins_lock_after_repeated_failures_and_answer_alike_for_unknown_accounts() {
    let dir = Scratch::fresh();
    let app = TestApp::start(&dir.db(), &Options::default()).await;
    let store = app.store().await;
    add(&store, "ayu", "Ayu", "national", Role::Counsellor, "ayu-password-1").await;
    let attempt = |login: &'static str, password: &'static str| {
        let base = app.base.clone();
        async move {
            let mut c = Console::new(&base);
            c.get("/console/login").await;
            c.post("/console/login", &[("login", login), ("password", password)]).await
        }
    };
    let (status, unknown) = attempt("nobody", "whatever").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, wrong) = attempt("ayu", "wrong").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let strip = |p: &str| p.split("name=csrf value=").next().unwrap().to_owned();
    assert_eq!(strip(&unknown), strip(&wrong), "an unknown login looks like a wrong password");
    for _ in 0..4 {
        attempt("ayu", "wrong").await;
    }
    let (status, _) = attempt("ayu", "ayu-password-1").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "locked after five failures");
    // Without the login form's cookie (a cross-site post), nothing is checked at all.
    let c = Console::new(&app.base);
    let res =
        c.http.post(format!("{}/console/login", app.base)).form(&[("login", "ayu"), ("password", "x"), ("csrf", "x")]);
    assert_eq!(res.send().await.unwrap().status().as_u16(), 401);
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_account_prints_a_one_time_password_that_must_be_changed() {
    let dir = Scratch::fresh();
    let db = dir.db();
    let out = super::pelita(
        &[
            "counsellor",
            "add",
            "--name",
            "Wati",
            "--login",
            "wati",
            "--org",
            "national",
            "--role",
            "supervisor",
            "--db",
            &db,
        ],
        b"",
        &dir.path(""),
    );
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let password = stdout.split("one-time password ").nth(1).unwrap().split_whitespace().next().unwrap().to_owned();
    assert_eq!(password.len(), 16);
    let bad = super::pelita(
        &["counsellor", "add", "--name", "X", "--login", "x", "--org", "nowhere", "--db", &db],
        b"",
        &dir.path(""),
    );
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("unknown organisation"));

    let app = TestApp::start(&db, &Options::default()).await;
    let mut c = Console::new(&app.base);
    c.get("/console/login").await;
    let (status, to) = c.post("/console/login", &[("login", "wati"), ("password", &password)]).await;
    assert_eq!((status, to.as_str()), (StatusCode::SEE_OTHER, "/console/password"));
    // Until then every page leads to the password form.
    let (status, to) = c.get("/console").await;
    assert_eq!((status, to.as_str()), (StatusCode::SEE_OTHER, "/console/password"));
    c.get("/console/password").await;
    let (status, _) = c.post("/console/password", &[("password", "short")]).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (status, _) = c.post("/console/password", &[("password", "a-long-new-password")]).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    // The one-time password no longer works; the new one does.
    let mut again = Console::new(&app.base);
    again.get("/console/login").await;
    assert_eq!(
        again.post("/console/login", &[("login", "wati"), ("password", &password)]).await.0,
        StatusCode::UNAUTHORIZED
    );
    Console::login(&app.base, "wati", "a-long-new-password").await;
    let store = Store::open(&db).await.unwrap();
    let hash = store.credentials("wati").await.unwrap().unwrap().password_hash;
    assert!(hash.starts_with("$argon2id$"));
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_user_the_bot_does_not_understand_twice_gets_a_ticket() {
    let dir = Scratch::fresh();
    let tg = fake_telegram().await;
    let app = TestApp::start(&dir.db(), &Options { telegram: Some(tg.clone()), ..Options::default() }).await;
    let store = app.store().await;
    let mut id = 900;
    say(&app, &mut id, 7_100_001, &["/start", "1", "asdf qwer", "zzz"]).await;
    let q = wait_for_ticket(&store, "national", 1).await;
    assert_eq!(q[0].topic, "not_understood");
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reporter_asks_for_the_status_of_their_case_and_only_they_get_it() {
    let dir = Scratch::fresh();
    let tg = fake_telegram().await;
    let app = TestApp::start(&dir.db(), &Options { telegram: Some(tg.clone()), ..Options::default() }).await;
    let store = app.store().await;
    let (chat, stranger) = (7_300_001, 7_300_002);
    let mut id = 3000;
    say(&app, &mut id, chat, &["/start", "1", "2", "1", "Ani", "Cirebon", "1", "3", "perempuan", "4"]).await;
    let texts = wait_for_text(&tg, chat, "kode").await;
    let code = texts
        .iter()
        .find_map(|t| {
            regex::Regex::new(r"[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}").unwrap().find(t).map(|m| m.as_str().to_owned())
        })
        .unwrap();
    wait_for_ticket(&store, "national", 1).await;

    say(&app, &mut id, chat, &[&format!("status {code}")]).await;
    wait_for_text(&tg, chat, &format!("Laporan {code} sudah tercatat dan menunggu konselor")).await;
    // Lower case, without the dash, with another status word: still understood.
    let plain = code.replace('-', "").to_lowercase();
    let before = texts_to(&tg, chat).iter().filter(|t| t.contains("menunggu konselor")).count();
    say(&app, &mut id, chat, &[&format!("cek {plain}")]).await;
    let deadline = Instant::now() + Duration::from_secs(15);
    while texts_to(&tg, chat).iter().filter(|t| t.contains("menunggu konselor")).count() == before {
        assert!(Instant::now() < deadline, "`cek {plain}` was not answered");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    // Someone else with the same code learns nothing about it.
    say(&app, &mut id, stranger, &["/start", "1", &format!("status {code}")]).await;
    let texts = wait_for_text(&tg, stranger, "tidak menemukan laporan").await;
    assert!(!texts.iter().any(|t| t.contains("menunggu konselor")));
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_ticket_is_handed_to_a_colleague_or_another_organisation_and_only_the_holder_may_do_it() {
    let dir = Scratch::fresh();
    let tg = fake_telegram().await;
    let opts = Options { telegram: Some(tg.clone()), handoff: Some(organisations()), ..Options::default() };
    let app = TestApp::start(&dir.db(), &opts).await;
    let store = app.store().await;
    add(&store, "siti", "Siti", "ltsa-cirebon", Role::Counsellor, "siti-password-1").await;
    add(&store, "eka", "Eka", "ltsa-cirebon", Role::Counsellor, "eka-password-11").await;
    add(&store, "rudi", "Rudi", "mc-jember", Role::Counsellor, "rudi-password-1").await;
    let chat = 7_400_001;
    let mut id = 4000;
    say(&app, &mut id, chat, &["/start", "1", "2", "1", "Ani", "Indramayu", "1", "3", "perempuan", "4"]).await;
    let ticket = wait_for_ticket(&store, "ltsa-cirebon", 1).await[0].id;
    let eka_id = store.credentials("eka").await.unwrap().unwrap().counsellor.id;

    let mut siti = Console::login(&app.base, "siti", "siti-password-1").await;
    let mut eka = Console::login(&app.base, "eka", "eka-password-11").await;
    siti.get(&format!("/console/tickets/{ticket}")).await;
    siti.post(&format!("/console/tickets/{ticket}/claim"), &[]).await;
    // Eka does not hold it: she may not hand it on.
    eka.get(&format!("/console/tickets/{ticket}")).await;
    let (status, _) = eka.post(&format!("/console/tickets/{ticket}/transfer"), &[("to", "o:national")]).await;
    assert_eq!(status, StatusCode::CONFLICT);
    // Siti hands it to Eka: Eka holds it, the user hears who joined.
    siti.get(&format!("/console/tickets/{ticket}")).await;
    let (status, _) =
        siti.post(&format!("/console/tickets/{ticket}/transfer"), &[("to", &format!("c:{eka_id}"))]).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    wait_for_text(&tg, chat, "Konselor Eka sudah bergabung").await;
    let t = store.ticket(ticket, None).await.unwrap().unwrap();
    assert_eq!((t.status.as_str(), t.counsellor_name.as_deref()), ("claimed", Some("Eka")));
    // Siti's late reply is refused, kept, and not sent.
    let (status, page) = siti.post(&format!("/console/tickets/{ticket}/reply"), &[("text", "Masih di sini?")]).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(page.contains("Masih di sini?") && page.contains("dipegang Eka"));
    // Eka sends it to the Jember queue: it leaves Cirebon's console and appears in Jember's.
    eka.get(&format!("/console/tickets/{ticket}")).await;
    let (status, _) = eka.post(&format!("/console/tickets/{ticket}/transfer"), &[("to", "o:mc-jember")]).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(eka.get(&format!("/console/tickets/{ticket}")).await.0, StatusCode::NOT_FOUND);
    let mut rudi = Console::login(&app.base, "rudi", "rudi-password-1").await;
    let (_, page) = rudi.get("/console").await;
    assert!(page.contains(&format!("data-ticket={ticket}")));
    let t = store.ticket(ticket, None).await.unwrap().unwrap();
    assert_eq!((t.org.as_str(), t.status.as_str()), ("mc-jember", "waiting"));
    // Waiting again, the user is back with the bot and may browse the menus.
    say(&app, &mut id, chat, &["menu"]).await;
    wait_for_text(&tg, chat, "Menu utama").await;
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_requested_gender_is_honoured_while_such_a_counsellor_is_on_duty() {
    let dir = Scratch::fresh();
    let tg = fake_telegram().await;
    let app = TestApp::start(&dir.db(), &Options { telegram: Some(tg.clone()), ..Options::default() }).await;
    let store = app.store().await;
    for (login, name, gender) in [("budi", "Budi", "m"), ("wulan", "Wulan", "f")] {
        add_with_gender(&store, login, name, "national", Role::Counsellor, "a-good-password", Some(gender)).await;
    }
    let mut id = 5000;
    // She asks for a woman counsellor ("perempuan").
    say(&app, &mut id, 7_500_001, &["/start", "1", "2", "1", "Ani", "Cirebon", "1", "3", "perempuan", "4"]).await;
    let ticket = wait_for_ticket(&store, "national", 1).await[0].id;
    let mut budi = Console::login(&app.base, "budi", "a-good-password").await;
    // Wulan is on duty (logged in): Budi is asked to leave it to her.
    let mut wulan = Console::login(&app.base, "wulan", "a-good-password").await;
    budi.get(&format!("/console/tickets/{ticket}")).await;
    let (status, page) = budi.post(&format!("/console/tickets/{ticket}/claim"), &[]).await;
    assert_eq!(status, StatusCode::CONFLICT, "Wulan is on duty");
    assert!(page.contains("konselor (Perempuan)"), "{page}");
    wulan.get(&format!("/console/tickets/{ticket}")).await;
    assert_eq!(wulan.post(&format!("/console/tickets/{ticket}/claim"), &[]).await.0, StatusCode::SEE_OTHER);

    // When no woman is on duty, a man may claim.
    say(&app, &mut id, 7_500_002, &["/start", "1", "2", "1", "Rina", "Jember", "1", "3", "perempuan", "4"]).await;
    let second = wait_for_ticket(&store, "national", 2).await.into_iter().find(|t| t.status == "waiting").unwrap().id;
    wulan.get("/console").await;
    wulan.post("/console/logout", &[]).await;
    budi.get(&format!("/console/tickets/{second}")).await;
    assert_eq!(budi.post(&format!("/console/tickets/{second}/claim"), &[]).await.0, StatusCode::SEE_OTHER);
    app.stop().await;
}

#[tokio::test]
async fn a_claim_without_activity_returns_to_the_queue_and_the_audit_log_says_so() {
    use pelita::engine::{Effect, Input, Outcome, TicketRequest, Topic};
    use pelita::store::{Arrival, Claim, ContactKey};
    let dir = Scratch::fresh();
    let store = Store::open(&dir.db()).await.unwrap();
    let t0 = chrono::DateTime::from_timestamp(1_760_000_000, 0).unwrap();
    let arrival = Arrival {
        contact: ContactKey { channel: "web".into(), key: "k".into() },
        external_id: Some("1".into()),
        input: Input::from_text("konselor"),
        media: None,
        at: t0,
        reply_status: "delivered",
        stored_id: None,
    };
    store
        .ingest(&[arrival], |_, s, _| Outcome {
            state: s.unwrap_or_default(),
            replies: vec![],
            effects: vec![Effect::Ticket(TicketRequest {
                topic: Topic::Counsellor,
                priority: 2,
                org: "national".into(),
                lang: None,
                district: None,
                gender: None,
            })],
        })
        .await
        .unwrap();
    add(&store, "ida", "Ida", "national", Role::Supervisor, "ida-password-1").await;
    let ida = store.credentials("ida").await.unwrap().unwrap().counsellor;
    let ticket = store.queue(None).await.unwrap()[0].id;
    assert_eq!(store.claim(ticket, &ida, "joined", "delivered", t0).await.unwrap(), Claim::Claimed);
    // Activity after the cut-off keeps the claim.
    assert!(store.expire_claims(t0 - chrono::Duration::seconds(1), t0).await.unwrap().is_empty());
    let later = t0 + chrono::Duration::minutes(31);
    assert_eq!(store.expire_claims(later - chrono::Duration::minutes(30), later).await.unwrap(), [ticket]);
    let t = store.ticket(ticket, None).await.unwrap().unwrap();
    assert_eq!((t.status.as_str(), t.counsellor_id), ("waiting", None));
    let log = store.audit_log(Some("national"), 10).await.unwrap();
    assert!(
        log.iter().any(|(_, who, action, id)| action == "claim_expired"
            && *id == Some(ticket)
            && who.as_deref() == Some("Ida"))
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_admin_adds_and_disables_accounts_in_the_console() {
    let dir = Scratch::fresh();
    let app = TestApp::start(&dir.db(), &Options { handoff: Some(organisations()), ..Options::default() }).await;
    let store = app.store().await;
    add(&store, "root", "Admin", "national", Role::Admin, "admin-password-1").await;
    add(&store, "dewi", "Dewi", "ltsa-cirebon", Role::Supervisor, "dewi-password-1").await;
    let mut dewi = Console::login(&app.base, "dewi", "dewi-password-1").await;
    assert_eq!(dewi.get("/console/accounts").await.0, StatusCode::FORBIDDEN, "supervisors do not manage accounts");

    let mut admin = Console::login(&app.base, "root", "admin-password-1").await;
    admin.get("/console/accounts").await;
    let form = [
        ("name", "Nur"),
        ("login", "nur"),
        ("org", "mc-jember"),
        ("role", "counsellor"),
        ("languages", "id,mad,xx"),
        ("gender", "f"),
    ];
    let (status, page) = admin.post("/console/accounts", &form).await;
    assert_eq!(status, StatusCode::OK);
    let password =
        page.split("Kata sandi sekali pakai: ").nth(1).unwrap().split_whitespace().next().unwrap().to_owned();
    let nur = store.credentials("nur").await.unwrap().unwrap().counsellor;
    assert_eq!(
        (nur.org.as_str(), nur.languages.clone(), nur.gender.as_deref()),
        ("mc-jember", vec!["id".into(), "mad".into()], Some("f"))
    );
    // The same login again, or an unknown organisation: refused.
    assert_eq!(admin.post("/console/accounts", &form).await.0, StatusCode::BAD_REQUEST);
    let bad = [("name", "X"), ("login", "x"), ("org", "nowhere"), ("role", "counsellor")];
    assert_eq!(admin.post("/console/accounts", &bad).await.0, StatusCode::BAD_REQUEST);

    // Nur logs in with the one-time password; disabled, her session ends and she cannot log in.
    let mut c = Console::new(&app.base);
    c.get("/console/login").await;
    let (status, to) = c.post("/console/login", &[("login", "nur"), ("password", &password)]).await;
    assert_eq!((status, to.as_str()), (StatusCode::SEE_OTHER, "/console/password"));
    admin.get("/console/accounts").await;
    assert_eq!(admin.post(&format!("/console/accounts/{}/disable", nur.id), &[]).await.0, StatusCode::SEE_OTHER);
    assert_eq!(c.get("/console/password").await.0, StatusCode::SEE_OTHER, "her session ended");
    let mut again = Console::new(&app.base);
    again.get("/console/login").await;
    assert_eq!(
        again.post("/console/login", &[("login", "nur"), ("password", &password)]).await.0,
        StatusCode::UNAUTHORIZED
    );
    let (_, log) = admin.get("/console/audit").await;
    assert!(log.contains("menambah akun") && log.contains("menonaktifkan akun"));
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_open_console_does_not_hold_up_shutdown() {
    let dir = Scratch::fresh();
    let app = TestApp::start(&dir.db(), &Options::default()).await;
    let store = app.store().await;
    add(&store, "ayu", "Ayu", "national", Role::Counsellor, "ayu-password-1").await;
    let c = Console::login(&app.base, "ayu", "ayu-password-1").await;
    // A console tab keeps its event stream open.
    let mut events =
        c.http.get(format!("{}/console/events", app.base)).header("cookie", c.cookie_header()).send().await.unwrap();
    assert_eq!(events.status().as_u16(), 200);
    assert!(String::from_utf8_lossy(&events.chunk().await.unwrap().unwrap()).contains("event: changed"));
    tokio::time::timeout(Duration::from_secs(10), app.stop())
        .await
        .expect("the server stops although a console is open");
}

/// Two instances on one PostgreSQL database: a ticket opened through instance A appears live in
/// a console open on instance B (LISTEN/NOTIFY), and counsellors on A and B who claim it at once
/// get one win and one "taken".
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn counsellors_on_two_instances_see_one_queue_and_one_claim_wins() {
    let test = "counsellors_on_two_instances_see_one_queue_and_one_claim_wins";
    let Some(server) = super::pg::required(test) else { return };
    let db = super::pg::Database::new(&server);
    let db = &db.0;
    let tg = fake_telegram().await;
    let opts = Options { telegram: Some(tg.clone()), handoff: Some(organisations()), ..Options::default() };
    let a = TestApp::start(db, &opts).await;
    let b = TestApp::start(db, &opts).await;
    let store = a.store().await;
    add(&store, "siti", "Siti", "ltsa-cirebon", Role::Counsellor, "siti-password-1").await;
    add(&store, "dewi", "Dewi", "ltsa-cirebon", Role::Counsellor, "dewi-password-1").await;
    let mut siti = Console::login(&a.base, "siti", "siti-password-1").await;
    let mut dewi = Console::login(&b.base, "dewi", "dewi-password-1").await;

    // Dewi's console on B listens for changes before the ticket exists.
    let mut events = dewi
        .http
        .get(format!("{}/console/events", b.base))
        .header("cookie", dewi.cookie_header())
        .send()
        .await
        .unwrap();
    assert_eq!(events.status().as_u16(), 200);
    let first = tokio::time::timeout(Duration::from_secs(5), events.chunk()).await.expect("first event");
    assert!(String::from_utf8_lossy(&first.unwrap().unwrap()).contains("event: changed"));

    // A counselling request from Cirebon arrives at instance A.
    let chat = 7_100_001;
    let mut id = 900;
    say(&a, &mut id, chat, &["/start", "1", "2", "1", "Ani", "Cirebon", "1", "3", "perempuan", "4"]).await;
    let ticket = wait_for_ticket(&store, "ltsa-cirebon", 1).await[0].id;
    // B's event stream wakes for it, and B's queue page shows it.
    let woke = tokio::time::timeout(Duration::from_secs(5), events.chunk()).await;
    assert!(
        matches!(&woke, Ok(Ok(Some(c))) if String::from_utf8_lossy(c).contains("event: changed")),
        "no live update on instance B: {woke:?}"
    );
    let (_, page) = dewi.get("/console").await;
    assert!(page.contains(&format!("/console/tickets/{ticket}")), "{page}");

    // Both claim at once, each on their own instance: one wins.
    siti.get(&format!("/console/tickets/{ticket}")).await;
    dewi.get(&format!("/console/tickets/{ticket}")).await;
    let path = format!("/console/tickets/{ticket}/claim");
    let (x, y) = tokio::join!(siti.post(&path, &[]), dewi.post(&path, &[]));
    let mut outcomes = [x.0, y.0];
    outcomes.sort();
    assert_eq!(outcomes, [StatusCode::SEE_OTHER, StatusCode::CONFLICT], "{x:?} {y:?}");
    let winner = if x.0 == StatusCode::SEE_OTHER { "Siti" } else { "Dewi" };
    // The user hears of it once, whichever instance's sender sends it.
    wait_for_text(&tg, chat, &format!("Konselor {winner} sudah bergabung")).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let joined = texts_to(&tg, chat).iter().filter(|t| t.contains("sudah bergabung")).count();
    assert_eq!(joined, 1);
    drop(events);
    store.close().await;
    a.stop().await;
    b.stop().await;
}
