//! The console in a real headless browser (Debian's chromium, driven through chromedriver's
//! WebDriver HTTP API): log in, see a new ticket appear without reloading, claim it, reply,
//! close. `.ci/run` installs chromium and chromium-driver; elsewhere, without them, the test
//! says loudly that it did not run (and under CI=true it fails instead).
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use axum::http::StatusCode;
use pelita::store::{NewCounsellor, Role};
use serde_json::{Value, json};

use super::Scratch;
use super::harness::*;

const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

fn find(bin: &str) -> Option<String> {
    std::env::var_os("PATH")?
        .to_str()?
        .split(':')
        .map(|d| format!("{d}/{bin}"))
        .find(|p| std::path::Path::new(p).is_file())
}

struct Driver {
    child: Child,
    http: reqwest::Client,
    url: String,
    session: String,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Driver {
    async fn start(chromedriver: &str, chromium: &str) -> Driver {
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let child = Command::new(chromedriver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts");
        let http = reqwest::Client::new();
        let url = format!("http://127.0.0.1:{port}");
        let deadline = Instant::now() + Duration::from_secs(20);
        while http.get(format!("{url}/status")).send().await.is_err() {
            assert!(Instant::now() < deadline, "chromedriver did not start");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let mut d = Driver { child, http, url, session: String::new() };
        let caps = json!({ "capabilities": { "alwaysMatch": { "browserName": "chrome", "goog:chromeOptions": {
            "binary": chromium,
            // A phone-sized window: the console must work there.
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=412,915"],
        } } } });
        let v = d.call("POST", "/session", caps).await;
        d.session = v["sessionId"].as_str().expect("a browser session").to_owned();
        d
    }

    async fn call(&self, method: &str, path: &str, body: Value) -> Value {
        let url = if path == "/session" {
            format!("{}{path}", self.url)
        } else {
            format!("{}/session/{}{path}", self.url, self.session)
        };
        let req = match method {
            "GET" => self.http.get(url),
            "DELETE" => self.http.delete(url),
            _ => self.http.post(url).json(&body),
        };
        let v: Value = req.send().await.unwrap().json().await.unwrap();
        v["value"].clone()
    }

    async fn go(&self, url: &str) {
        self.call("POST", "/url", json!({ "url": url })).await;
    }

    async fn element(&self, css: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let v = self.call("POST", "/element", json!({ "using": "css selector", "value": css })).await;
            if let Some(id) = v[ELEMENT].as_str() {
                return id.to_owned();
            }
            assert!(Instant::now() < deadline, "no element {css}: {v}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    async fn type_into(&self, css: &str, text: &str) {
        let e = self.element(css).await;
        self.call("POST", &format!("/element/{e}/value"), json!({ "text": text })).await;
    }

    async fn click(&self, css: &str) {
        let e = self.element(css).await;
        self.call("POST", &format!("/element/{e}/click"), json!({})).await;
    }

    async fn source(&self) -> String {
        self.call("GET", "/source", Value::Null).await.as_str().unwrap_or_default().to_owned()
    }

    async fn path(&self) -> String {
        let url = self.call("GET", "/url", Value::Null).await.as_str().unwrap_or_default().to_owned();
        url.splitn(4, '/').nth(3).map(|p| format!("/{p}")).unwrap_or_default()
    }

    /// Waits (at most 10 s) until the page shows `needle`, without reloading it.
    async fn wait_for(&self, needle: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let html = self.source().await;
            if html.contains(needle) {
                return html;
            }
            assert!(Instant::now() < deadline, "the page never showed {needle:?}:\n{html}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_counsellor_works_a_ticket_in_a_real_browser() {
    let (Some(chromedriver), Some(chromium)) = (find("chromedriver"), find("chromium")) else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must run the browser test: .ci/run installs chromium and chromium-driver"
        );
        eprintln!(
            "\n*** SKIPPED the browser test: chromium and chromedriver are not installed (apt-get install chromium chromium-driver) ***\n"
        );
        return;
    };
    let dir = Scratch::fresh();
    let tg = fake_telegram().await;
    let app = TestApp::start(&dir.db(), &Options { telegram: Some(tg.clone()), ..Options::default() }).await;
    let store = app.store().await;
    let hash = pelita::console::auth::hash_password("putri-password-1").unwrap();
    let langs = vec!["id".to_owned()];
    let new = NewCounsellor {
        login: "putri",
        name: "Putri",
        org: "national",
        role: Role::Counsellor,
        languages: &langs,
        gender: Some("f"),
        password_hash: &hash,
    };
    let id = store.add_counsellor(&new, pelita::bot::clock()).await.unwrap();
    store.set_password(id, &hash).await.unwrap();

    let browser = Driver::start(&chromedriver, &chromium).await;
    browser.go(&format!("{}/console", app.base)).await;
    assert_eq!(browser.path().await, "/console/login");
    browser.type_into("input[name=login]", "putri").await;
    browser.type_into("input[name=password]", "putri-password-1").await;
    browser.click("form button").await;
    browser.wait_for("id=\"queue-empty\"").await;

    // A user asks for a counsellor; the open page shows the ticket without a reload.
    let chat = 7_200_001;
    for (i, text) in ["/start", "1", "konselor"].iter().enumerate() {
        assert_eq!(app.post_telegram(&tg_text(1000 + i as i64, chat, text), Some(TG_SECRET)).await, StatusCode::OK);
    }
    let ticket = store.queue(None).await.unwrap()[0].id;
    browser.wait_for(&format!("data-ticket=\"{ticket}\"")).await;

    browser.click(&format!("a[href=\"/console/tickets/{ticket}\"]")).await;
    browser.click("#claim").await;
    browser.wait_for("id=\"reply\"").await;
    tg.wait_for("sendMessage", 1).await;
    browser.type_into("#reply", "Halo, saya Putri. Apa yang bisa saya bantu?").await;
    browser.click("#send").await;
    let deadline = Instant::now() + Duration::from_secs(15);
    while !tg.calls("sendMessage").iter().any(|c| c.body["text"] == "Halo, saya Putri. Apa yang bisa saya bantu?") {
        assert!(Instant::now() < deadline, "the reply never reached the Bot API");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    // The user answers; the open ticket page shows it without a reload.
    assert_eq!(app.post_telegram(&tg_text(1010, chat, "Paspor saya ditahan"), Some(TG_SECRET)).await, StatusCode::OK);
    browser.wait_for("Paspor saya ditahan").await;

    browser.click("#close").await;
    browser.wait_for("id=\"queue-empty\"").await;
    assert_eq!(store.ticket(ticket, None).await.unwrap().unwrap().status, "closed");
    browser.call("DELETE", "", Value::Null).await;
    app.stop().await;
}
