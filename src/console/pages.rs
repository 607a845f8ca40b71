//! The console's HTML: small server-rendered pages that work on a phone, every word from Fluent,
//! every value escaped.
use chrono::{DateTime, FixedOffset, Utc};

use super::{OUTCOMES, Session};
use crate::handoff::Zone;
use crate::i18n::Args;
use crate::server::App;
use crate::store::{AuditRow, HistoryItem, Ticket};

pub struct Page<'a> {
    app: &'a App,
    lang: &'a str,
    session: Option<&'a Session>,
}

pub fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&#39;")
}

const STYLE: &str = "body{font-family:system-ui,sans-serif;margin:0;background:#f6f6f4;color:#222}
header{background:#5b3a00;color:#fff;padding:.6em 1em;display:flex;flex-wrap:wrap;gap:.6em;align-items:center}
header h1{font-size:1.1em;margin:0;flex:1}header a{color:#fff}main{padding:1em;max-width:60em;margin:auto}
table{border-collapse:collapse;width:100%;background:#fff}td,th{padding:.45em;border-bottom:1px solid #ddd;text-align:left}
.p0{border-left:6px solid #b00020}.p1{border-left:6px solid #e08000}.p2{border-left:6px solid #999}
.overdue{color:#b00020;font-weight:bold}.notice{background:#fff3cd;padding:.7em;border:1px solid #e0c060;margin:.5em 0}
.msg{background:#fff;padding:.5em .7em;margin:.3em 0;border-radius:6px;max-width:85%;white-space:pre-wrap}
.in{border:1px solid #ccc}.out{margin-left:auto;background:#e8f0fe}.meta{font-size:.8em;color:#666}
form.inline{display:inline}textarea{width:100%;min-height:5em;box-sizing:border-box}
button,select,input{font-size:1em;padding:.35em .7em}.card{background:#fff;padding:.7em;margin:.7em 0}
@media(max-width:40em){td:nth-child(3),th:nth-child(3){display:none}}";

/// Refetches the element marked `data-refresh` when the server says something changed.
const SCRIPT: &str = "(function(){var el=document.querySelector('[data-refresh]');if(!el||!window.EventSource)return;
var es=new EventSource('/console/events'),t=null;es.addEventListener('changed',function(){if(t)return;
t=setTimeout(function(){t=null;fetch(el.getAttribute('data-refresh'),{credentials:'same-origin'})
.then(function(r){return r.ok?r.text():null}).then(function(h){if(h!==null)el.innerHTML=h})},200)})})();";

impl<'a> Page<'a> {
    pub fn new(app: &'a App, lang: &'a str, session: Option<&'a Session>) -> Page<'a> {
        Page { app, lang, session }
    }

    /// A message, escaped for HTML.
    pub fn t(&self, id: &str) -> String {
        escape(&self.app.bot.i18n.format(self.lang, id, &Args::new()))
    }

    pub fn t_with(&self, id: &str, args: &[(&str, &str)]) -> String {
        let args: Args = args.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect();
        escape(&self.app.bot.i18n.format(self.lang, id, &args))
    }

    fn csrf(&self) -> String {
        self.session.map(|s| format!("<input type=hidden name=csrf value=\"{}\">", escape(&s.csrf))).unwrap_or_default()
    }

    fn zone(&self, org: &str) -> FixedOffset {
        self.app.bot.settings.handoff.organisation(org).map_or(Zone::WIB, |o| o.zone).offset()
    }

    fn time(&self, at: DateTime<Utc>, org: &str) -> String {
        at.with_timezone(&self.zone(org)).format("%d/%m %H:%M").to_string()
    }

    fn layout(&self, title: &str, body: &str) -> String {
        let mut head = String::new();
        if let Some(s) = self.session {
            let langs: String = self
                .app
                .bot
                .i18n
                .languages()
                .iter()
                .map(|(code, name)| {
                    let sel = if code == self.lang { " selected" } else { "" };
                    format!("<option value=\"{}\"{sel}>{}</option>", escape(code), escape(name))
                })
                .collect();
            let mut audit = if s.who.role == crate::store::Role::Counsellor {
                String::new()
            } else {
                format!("<a href=\"/console/audit\">{}</a>", self.t("console-audit"))
            };
            if s.who.role == crate::store::Role::Admin {
                audit.push_str(&format!("<a href=\"/console/accounts\">{}</a>", self.t("console-accounts")));
            }
            head = format!(
                "<a href=\"/console\">{queue}</a>{audit}<span>{name} · {org}</span>
                 <form class=inline method=post action=\"/console/lang\">{csrf}<select name=lang aria-label=\"{langl}\" onchange=\"this.form.submit()\">{langs}</select><noscript><button>OK</button></noscript></form>
                 <form class=inline method=post action=\"/console/logout\">{csrf}<button>{logout}</button></form>",
                queue = self.t("console-queue"),
                name = escape(&s.who.name),
                org = escape(&s.who.org),
                langl = self.t("console-language"),
                csrf = self.csrf(),
                logout = self.t("console-logout"),
            );
        }
        format!(
            "<!doctype html><html lang=\"{lang}\"><head><meta charset=utf-8><meta name=viewport content=\"width=device-width,initial-scale=1\">
             <title>{title} · {app}</title><style>{STYLE}</style></head><body><header><h1>{app}</h1>{head}</header><main>{body}</main>
             <script>{SCRIPT}</script></body></html>",
            lang = escape(self.lang),
            app = self.t("console-title"),
        )
    }

    pub fn message(&self, id: &str) -> String {
        self.layout(
            &self.t(id),
            &format!("<p class=notice>{}</p><p><a href=\"/console\">{}</a></p>", self.t(id), self.t("console-back")),
        )
    }

    pub fn login(&self, csrf: &str, error: Option<&str>) -> String {
        let error = error.map(|e| format!("<p class=notice role=alert>{}</p>", self.t(e))).unwrap_or_default();
        self.layout(
            &self.t("console-login"),
            &format!(
                "<h2>{login}</h2>{error}<form method=post action=\"/console/login\" class=card>
                 <input type=hidden name=csrf value=\"{csrf}\">
                 <p><label>{name}<br><input name=login autocomplete=username required></label></p>
                 <p><label>{password}<br><input name=password type=password autocomplete=current-password required></label></p>
                 <p><button>{login}</button></p></form>",
                login = self.t("console-login"),
                csrf = escape(csrf),
                name = self.t("console-login-name"),
                password = self.t("console-password"),
            ),
        )
    }

    pub fn password(&self, error: Option<&str>) -> String {
        let error = error.map(|e| format!("<p class=notice role=alert>{}</p>", self.t(e))).unwrap_or_default();
        self.layout(
            &self.t("console-password-change"),
            &format!(
                "<h2>{title}</h2>{error}<form method=post action=\"/console/password\" class=card>{csrf}
                 <p><label>{label}<br><input name=password type=password autocomplete=new-password minlength=10 required></label></p>
                 <p><button>{title}</button></p></form>",
                title = self.t("console-password-change"),
                csrf = self.csrf(),
                label = self.t("console-password-new"),
            ),
        )
    }

    pub fn queue(&self, tickets: &[Ticket], now: DateTime<Utc>) -> String {
        self.layout(
            &self.t("console-queue"),
            &format!(
                "<h2>{}</h2><div data-refresh=\"/console/queue\">{}</div>",
                self.t("console-queue"),
                self.queue_table(tickets, now)
            ),
        )
    }

    /// For supervisors: how many open tickets each counsellor holds.
    fn load(&self, tickets: &[Ticket]) -> String {
        if self.session.is_none_or(|s| s.who.role == crate::store::Role::Counsellor) {
            return String::new();
        }
        let mut held: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
        for t in tickets.iter().filter(|t| t.status == "claimed") {
            *held.entry(t.counsellor_name.as_deref().unwrap_or("")).or_default() += 1;
        }
        if held.is_empty() {
            return String::new();
        }
        let rows: String = held.iter().map(|(name, n)| format!("<li>{}: {n}</li>", escape(name))).collect();
        format!("<div class=card id=load><h3>{}</h3><ul>{rows}</ul></div>", self.t("console-load"))
    }

    /// Overdue: waiting longer than the response target of its priority.
    fn overdue(&self, t: &Ticket, now: DateTime<Utc>) -> bool {
        let targets = self.app.bot.settings.handoff.response_minutes;
        let target = targets[t.priority.clamp(0, 2) as usize];
        t.status == "waiting" && (now - t.opened_at).num_minutes() >= target
    }

    pub fn queue_table(&self, tickets: &[Ticket], now: DateTime<Utc>) -> String {
        if tickets.is_empty() {
            return format!("<p id=queue-empty>{}</p>", self.t("console-empty"));
        }
        let load = self.load(tickets);
        let rows: String = tickets
            .iter()
            .map(|t| {
                let waited = (now - t.opened_at).num_minutes().max(0).to_string();
                let status = match t.status.as_str() {
                    "claimed" => self.t_with("console-status-claimed", &[("name", t.counsellor_name.as_deref().unwrap_or(""))]),
                    _ => self.t("console-status-waiting"),
                };
                let overdue =
                    if self.overdue(t, now) { format!(" <span class=overdue>{}</span>", self.t("console-overdue")) } else { String::new() };
                let lang = t.lang.as_deref().map(|l| self.app.bot.i18n.language_name(l)).unwrap_or_default();
                format!(
                    "<tr class=p{p} data-ticket={id}><td><a href=\"/console/tickets/{id}\">#{id}</a> {prio}</td><td>{topic}</td><td>{lang}</td>
                     <td>{waited}{overdue}</td><td>{status}</td></tr>",
                    p = t.priority.clamp(0, 2),
                    id = t.id,
                    prio = self.t(&format!("console-priority-{}", t.priority.clamp(0, 2))),
                    topic = self.t(&format!("console-topic-{}", t.topic)),
                    lang = escape(&lang),
                    waited = self.t_with("console-minutes", &[("n", &waited)]),
                )
            })
            .collect();
        format!(
            "<table id=queue><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>{rows}</tbody></table>{load}",
            self.t("console-col-priority"),
            self.t("console-col-topic"),
            self.t("console-col-language"),
            self.t("console-col-waiting"),
            self.t("console-col-status"),
        )
    }

    pub fn history(&self, t: &Ticket, items: &[HistoryItem]) -> String {
        items
            .iter()
            .map(|m| {
                let (class, who) = if m.direction == "in" {
                    ("in", self.t("console-from-user"))
                } else {
                    ("out", m.counsellor.as_deref().map(escape).unwrap_or_else(|| self.t("console-from-bot")))
                };
                let media = m
                    .media
                    .as_deref()
                    .and_then(|j| serde_json::from_str::<serde_json::Value>(j).ok())
                    .map(|v| {
                        let kind = v["kind"].as_str().unwrap_or("");
                        let r = v["ref"].as_str().unwrap_or("");
                        format!(
                            "<div class=media>{}</div>",
                            self.t_with("console-media", &[("kind", kind), ("ref", r)])
                        )
                    })
                    .unwrap_or_default();
                let status = if m.direction == "out" {
                    format!(" · {}", self.t(&format!("console-msg-{}", m.status)))
                } else {
                    String::new()
                };
                format!(
                    "<div class=\"msg {class}\">{body}{media}<div class=meta>{who} · {time}{status}</div></div>",
                    body = escape(&m.body),
                    time = self.time(m.created_at, &t.org),
                )
            })
            .collect()
    }

    pub fn ticket(
        &self,
        t: &Ticket,
        history: &[HistoryItem],
        notes: &[(String, String, DateTime<Utc>)],
        colleagues: &[(i64, String)],
        notice: Option<&str>,
        draft: &str,
    ) -> String {
        let Some(s) = self.session else { return String::new() };
        let notice = notice.map(|n| format!("<p class=notice role=alert>{n}</p>")).unwrap_or_default();
        let mut facts = vec![
            format!(
                "{}: {}",
                self.t("console-col-priority"),
                self.t(&format!("console-priority-{}", t.priority.clamp(0, 2)))
            ),
            format!("{}: {}", self.t("console-col-topic"), self.t(&format!("console-topic-{}", t.topic))),
            format!("{}: {}", self.t("console-opened"), self.time(t.opened_at, &t.org)),
        ];
        if let Some(l) = &t.lang {
            facts.push(format!("{}: {}", self.t("console-col-language"), escape(&self.app.bot.i18n.language_name(l))));
        }
        if let Some(d) = &t.district {
            facts.push(format!("{}: {}", self.t("console-district"), escape(d)));
        }
        if let Some(g) = &t.gender {
            facts.push(format!("{}: {}", self.t("console-gender-wanted"), self.t(&format!("console-gender-{g}"))));
        }
        let mine = t.status == "claimed" && t.counsellor_id == Some(s.who.id);
        // The case's fields; the holder (or a supervisor) may correct them.
        let editable = t.status != "closed" && (mine || s.who.role != crate::store::Role::Counsellor);
        let case = match (&t.case_code, &t.case_fields) {
            (Some(code), Some(fields)) => {
                let rows: String = fields
                    .iter()
                    .map(|(k, v)| {
                        let value = if editable {
                            format!("<input name=\"field.{}\" value=\"{}\">", escape(k), escape(v))
                        } else {
                            escape(v)
                        };
                        format!("<tr><th>{}</th><td>{value}</td></tr>", escape(k))
                    })
                    .collect();
                let (open, close) = if editable {
                    (
                        format!("<form method=post action=\"/console/tickets/{}/case\">{}", t.id, self.csrf()),
                        format!("<button id=save-case>{}</button></form>", self.t("console-save-case")),
                    )
                } else {
                    (String::new(), String::new())
                };
                format!(
                    "<div class=card><h3>{}</h3>{open}<table id=case>{rows}</table>{close}</div>",
                    self.t_with("console-case", &[("code", code)])
                )
            }
            _ => String::new(),
        };
        let actions = match t.status.as_str() {
            "waiting" => format!(
                "<form method=post action=\"/console/tickets/{id}/claim\">{csrf}<button id=claim>{claim}</button></form>",
                id = t.id,
                csrf = self.csrf(),
                claim = self.t("console-claim"),
            ),
            "claimed" if mine => {
                let outcomes: String = OUTCOMES
                    .iter()
                    .map(|o| format!("<option value=\"{o}\">{}</option>", self.t(&format!("console-outcome-{o}"))))
                    .collect();
                // Canned replies, shown in the console's language, sent in the user's.
                let canned: String = self
                    .app
                    .bot
                    .i18n
                    .ids_with_prefix(super::CANNED)
                    .iter()
                    .map(|c| {
                        let text = self.app.bot.i18n.format(self.lang, c, &Args::new());
                        let short: String = text.chars().take(70).collect();
                        let more = if short.len() < text.len() { "…" } else { "" };
                        format!("<option value=\"{}\">{}{more}</option>", escape(c), escape(&short))
                    })
                    .collect();
                format!(
                    "<form method=post action=\"/console/tickets/{id}/reply\" class=card>{csrf}
                     <label>{reply}<br><textarea name=text id=reply required>{draft}</textarea></label><br><button id=send>{send}</button></form>
                     <form method=post action=\"/console/tickets/{id}/reply\" class=card>{csrf}
                     <label>{canned_label}<br><select name=canned id=canned>{canned}</select></label> <button id=send-canned>{send}</button></form>
                     <form method=post action=\"/console/tickets/{id}/close\" class=card>{csrf}
                     <label>{outcome} <select name=outcome id=outcome>{outcomes}</select></label> <button id=close>{close}</button></form>",
                    id = t.id,
                    csrf = self.csrf(),
                    reply = self.t("console-reply"),
                    draft = escape(draft),
                    send = self.t("console-send"),
                    canned_label = self.t("console-canned"),
                    outcome = self.t("console-outcome"),
                    close = self.t("console-close"),
                )
            }
            "claimed" => format!(
                "<p>{}</p>",
                self.t_with("console-status-claimed", &[("name", t.counsellor_name.as_deref().unwrap_or(""))])
            ),
            _ => format!("<p>{}</p>", self.t("console-ticket-closed")),
        };
        // The holder hands the ticket on; a supervisor or admin reassigns any open ticket.
        let may_transfer = t.status != "closed" && (mine || s.who.role != crate::store::Role::Counsellor);
        let transfer = if may_transfer {
            let people: String = colleagues
                .iter()
                .filter(|(id, _)| t.counsellor_id != Some(*id))
                .map(|(id, name)| format!("<option value=\"c:{id}\">{}</option>", escape(name)))
                .collect();
            let orgs: String = self
                .app
                .bot
                .settings
                .handoff
                .organisations
                .iter()
                .filter(|o| o.id != t.org)
                .map(|o| {
                    format!(
                        "<option value=\"o:{}\">{}</option>",
                        escape(&o.id),
                        self.t_with("console-transfer-queue", &[("org", &o.name)])
                    )
                })
                .collect();
            format!(
                "<form method=post action=\"/console/tickets/{id}/transfer\" class=card>{csrf}
                 <label>{label} <select name=to id=transfer-to>{people}{orgs}</select></label> <button id=transfer>{button}</button></form>",
                id = t.id,
                csrf = self.csrf(),
                label = self.t("console-transfer-to"),
                button = self.t("console-transfer"),
            )
        } else {
            String::new()
        };
        // A refused reply is kept on the page, to copy or send once the ticket is theirs.
        let kept = if !draft.is_empty() && !mine {
            format!(
                "<div class=card><label>{}<br><textarea readonly id=draft>{}</textarea></label></div>",
                self.t("console-reply"),
                escape(draft)
            )
        } else {
            String::new()
        };
        let notes_html: String = notes
            .iter()
            .map(|(who, body, at)| {
                format!(
                    "<div class=\"msg in\">{}<div class=meta>{} · {}</div></div>",
                    escape(body),
                    escape(who),
                    self.time(*at, &t.org)
                )
            })
            .collect();
        let body = format!(
            "<p><a href=\"/console\">{back}</a></p><h2>#{id} · {topic}</h2>{notice}<p>{facts}</p>{case}
             <h3>{hist}</h3><div id=history data-refresh=\"/console/tickets/{id}/history\">{history}</div>
             {actions}{kept}{transfer}
             <div class=card><h3>{notes_t}</h3>{notes_html}<form method=post action=\"/console/tickets/{id}/note\">{csrf}
             <textarea name=text required></textarea><br><button>{add_note}</button></form></div>",
            back = self.t("console-back"),
            id = t.id,
            topic = self.t(&format!("console-topic-{}", t.topic)),
            facts = facts.join(" · "),
            hist = self.t("console-history"),
            history = self.history(t, history),
            notes_t = self.t("console-notes"),
            csrf = self.csrf(),
            add_note = self.t("console-add-note"),
        );
        self.layout(&format!("#{}", t.id), &body)
    }

    pub fn accounts(&self, list: &[(crate::store::Counsellor, bool)], notice: Option<&str>) -> String {
        let notice = notice.map(|n| format!("<p class=notice role=alert id=notice>{n}</p>")).unwrap_or_default();
        let rows: String = list
            .iter()
            .map(|(c, disabled)| {
                let (action, label) = if *disabled { ("enable", "console-enable") } else { ("disable", "console-disable") };
                let state = if *disabled { format!(" ({})", self.t("console-disabled")) } else { String::new() };
                let button = if self.session.is_some_and(|s| s.who.id == c.id) {
                    String::new()
                } else {
                    format!(
                        "<form class=inline method=post action=\"/console/accounts/{}/{action}\">{}<button>{}</button></form>",
                        c.id,
                        self.csrf(),
                        self.t(label)
                    )
                };
                format!(
                    "<tr><td>{}{state}</td><td>{}</td><td>{}</td><td>{}</td><td>{button}</td></tr>",
                    escape(&c.name),
                    escape(&c.login),
                    escape(&c.org),
                    self.t(&format!("console-role-{}", c.role.as_str())),
                )
            })
            .collect();
        let orgs: String = self
            .app
            .bot
            .settings
            .handoff
            .organisations
            .iter()
            .map(|o| format!("<option value=\"{}\">{}</option>", escape(&o.id), escape(&o.name)))
            .collect();
        let roles: String = ["counsellor", "supervisor", "admin"]
            .iter()
            .map(|r| format!("<option value=\"{r}\">{}</option>", self.t(&format!("console-role-{r}"))))
            .collect();
        let body = format!(
            "<h2>{title}</h2>{notice}<table id=accounts><tbody>{rows}</tbody></table>
             <form method=post action=\"/console/accounts\" class=card>{csrf}<h3>{add}</h3>
             <p><label>{name}<br><input name=name required></label></p>
             <p><label>{login}<br><input name=login required autocomplete=off></label></p>
             <p><label>{org}<br><select name=org>{orgs}</select></label></p>
             <p><label>{role}<br><select name=role>{roles}</select></label></p>
             <p><label>{langs}<br><input name=languages value=id></label></p>
             <p><label>{gender}<br><select name=gender><option value=\"\">{none}</option><option value=f>{f}</option><option value=m>{m}</option></select></label></p>
             <p><button id=add-account>{add}</button></p></form>",
            title = self.t("console-accounts"),
            csrf = self.csrf(),
            add = self.t("console-add-account"),
            name = self.t("console-name"),
            login = self.t("console-login-name"),
            org = self.t("console-org"),
            role = self.t("console-role"),
            langs = self.t("console-languages"),
            gender = self.t("console-gender"),
            none = self.t("console-gender-none"),
            f = self.t("console-gender-f"),
            m = self.t("console-gender-m"),
        );
        self.layout(&self.t("console-accounts"), &body)
    }

    pub fn audit(&self, rows: &[AuditRow]) -> String {
        let org = self.session.map(|s| s.who.org.as_str()).unwrap_or_default();
        let rows: String = rows
            .iter()
            .map(|(at, who, action, ticket)| {
                format!(
                    "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                    self.time(*at, org),
                    escape(who.as_deref().unwrap_or("")),
                    self.t(&format!("console-action-{action}")),
                    ticket.map(|t| format!("<a href=\"/console/tickets/{t}\">#{t}</a>")).unwrap_or_default(),
                )
            })
            .collect();
        self.layout(
            &self.t("console-audit"),
            &format!(
                "<h2>{}</h2><table><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>{rows}</tbody></table>",
                self.t("console-audit"),
                self.t("console-audit-time"),
                self.t("console-audit-who"),
                self.t("console-audit-action"),
                self.t("console-audit-ticket"),
            ),
        )
    }
}
