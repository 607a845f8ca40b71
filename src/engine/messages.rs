//! Message ids the engine itself uses (the checker makes sure the default locale has them all).
//! Ids, not sentences: the words live in `locales/<lang>/*.ftl`.

/// Something went wrong on our side; the conversation goes on.
pub const GENERIC_ERROR: &str = "error-generic";
/// The user sent nothing but spaces or invisible characters.
pub const INPUT_EMPTY: &str = "input-empty";
/// An edited message: only new messages are read.
pub const INPUT_EDITED: &str = "input-edited";
/// The message could not be read (invalid text encoding).
pub const INPUT_UNREADABLE: &str = "input-unreadable";
/// A voice note, photo, file or location where text was expected (`$kind`).
pub const INPUT_MEDIA: &str = "input-media";
/// An answer that is none of the menu's choices (`$count` choices).
pub const MENU_NOT_UNDERSTOOD: &str = "menu-not-understood";
/// A button from an earlier message.
pub const BUTTON_STALE: &str = "button-stale";
/// The step the user was on no longer exists after a flow update.
pub const FLOW_CHANGED: &str = "flow-changed";
/// Shown when a returning user opens the chat again, before the step they were on.
pub const WELCOME_BACK: &str = "welcome-back";
/// Each language's own name, shown in the language menu in that language.
pub const LANGUAGE_NAME: &str = "language-name";
/// One line of the emergency contacts list (`$label`, `$number`).
pub const CONTACT_LINE: &str = "contact-line";
/// The terminal chat's first line for a new user.
pub const CHAT_HINT: &str = "chat-hint";

/// A question the matcher was not sure of: "did you mean one of these?", then the closest
/// topics' labels, a counsellor and the main menu as choices.
pub const OFFER_TOPICS: &str = "offer-topics";
pub const OFFER_COUNSELLOR: &str = "offer-counsellor";
pub const OFFER_MENU: &str = "offer-menu";

/// After a ticket opens: the user's place in the queue (`$position`).
pub const HANDOFF_QUEUED: &str = "handoff-queued";
/// With the above when the organisation is closed: when it opens (`$day`, `$time`, `$zone`) and
/// the emergency contacts.
pub const HANDOFF_CLOSED: &str = "handoff-closed";
/// A counsellor (`$name`) claimed the ticket.
pub const HANDOFF_JOINED: &str = "handoff-joined";
/// Day names for HANDOFF_CLOSED, Monday first.
pub const WEEKDAYS: [&str; 7] =
    ["weekday-mon", "weekday-tue", "weekday-wed", "weekday-thu", "weekday-fri", "weekday-sat", "weekday-sun"];

/// Answers to "status CODE" (`$code`): waiting for a counsellor, a counsellor handles it,
/// closed, recorded (no ticket), or no such case from this chat.
pub const CASE_STATUS_WAITING: &str = "case-status-waiting";
pub const CASE_STATUS_CLAIMED: &str = "case-status-claimed";
pub const CASE_STATUS_CLOSED: &str = "case-status-closed";
pub const CASE_STATUS_OPEN: &str = "case-status-open";
pub const CASE_STATUS_UNKNOWN: &str = "case-status-unknown";

pub const INVALID_TEXT_SHORT: &str = "invalid-text-short";
pub const INVALID_TEXT_LONG: &str = "invalid-text-long";
pub const INVALID_TEXT_LETTERS: &str = "invalid-text-letters";
pub const INVALID_NUMBER: &str = "invalid-number";
pub const INVALID_NUMBER_RANGE: &str = "invalid-number-range";
pub const INVALID_PHONE: &str = "invalid-phone";
pub const INVALID_DATE: &str = "invalid-date";
pub const INVALID_ONE_OF: &str = "invalid-one-of";
pub const INVALID_PATTERN: &str = "invalid-pattern";
pub const INVALID_LOCATION: &str = "invalid-location";

/// Every id above: the default locale must define them.
pub const REQUIRED: &[&str] = &[
    GENERIC_ERROR,
    INPUT_EMPTY,
    INPUT_UNREADABLE,
    INPUT_EDITED,
    INPUT_MEDIA,
    MENU_NOT_UNDERSTOOD,
    OFFER_TOPICS,
    OFFER_COUNSELLOR,
    OFFER_MENU,
    BUTTON_STALE,
    FLOW_CHANGED,
    WELCOME_BACK,
    LANGUAGE_NAME,
    CONTACT_LINE,
    CHAT_HINT,
    INVALID_TEXT_SHORT,
    INVALID_TEXT_LONG,
    INVALID_TEXT_LETTERS,
    INVALID_NUMBER,
    INVALID_NUMBER_RANGE,
    INVALID_PHONE,
    INVALID_DATE,
    INVALID_ONE_OF,
    INVALID_PATTERN,
    INVALID_LOCATION,
    MENU_LIST_BUTTON,
    HANDOFF_QUEUED,
    HANDOFF_CLOSED,
    HANDOFF_JOINED,
    CASE_STATUS_WAITING,
    CASE_STATUS_CLAIMED,
    CASE_STATUS_CLOSED,
    CASE_STATUS_OPEN,
    CASE_STATUS_UNKNOWN,
    WEEKDAYS[0],
    WEEKDAYS[1],
    WEEKDAYS[2],
    WEEKDAYS[3],
    WEEKDAYS[4],
    WEEKDAYS[5],
    WEEKDAYS[6],
];

/// The web chat page: its title, one line under it, the input's placeholder, the send button,
/// and the notice shown when the server cannot be reached.
pub const WEB_PAGE: [&str; 5] = ["web-title", "web-intro", "web-placeholder", "web-send", "web-offline"];

/// The caption of the button that opens a list of choices (WhatsApp lists; at most 20 characters).
pub const MENU_LIST_BUTTON: &str = "menu-list-button";

/// Variables the engine provides to every message, besides the conversation's fields.
/// `retention_days` is `[retention] days`, or `none` when data is kept until the user deletes it
/// (a message selects on it: `{ $retention_days -> [none] … *[other] … }`).
pub const BUILTIN_VARS: &[&str] = &["emergency_contacts", "retention_days"];
