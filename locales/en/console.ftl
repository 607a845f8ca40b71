### The counsellor console (/console). Counsellors read these, not users.

console-title = Pelita Counsellor Console
console-login = Log in
console-login-name = Username
console-password = Password
console-login-failed = Wrong username or password, or the account is locked for a while. Try again later.
console-form-expired = The form has expired. Please try again.
console-logout = Log out
console-language = Language
console-password-change = Change password
console-password-new = New password (at least 10 characters)
console-password-short = The password is too short: at least 10 characters.
console-queue = Queue
console-empty = No open tickets.
console-col-priority = Priority
console-col-topic = Topic
console-col-language = Language
console-col-waiting = Waiting
console-col-status = Status
console-priority-0 = Emergency
console-priority-1 = Urgent
console-priority-2 = Normal
console-topic-emergency = Emergency
console-topic-case_report = Case report
console-topic-counselling_request = Counselling request
console-topic-counsellor = Asked to talk to a counsellor
console-topic-not_understood = The bot did not understand the user
# $n: minutes
console-minutes = { $n } min
console-overdue = Overdue
console-status-waiting = Waiting
# $name: the counsellor holding the ticket
console-status-claimed = With { $name }
console-opened = Opened
console-district = District of origin
console-gender-wanted = Counsellor asked for
console-gender-f = Woman
console-gender-m = Man
# $code: the case's reference code
console-case = Case { $code }
console-history = Conversation
console-from-user = User
console-from-bot = Bot
# $kind: voice, photo, document, video, sticker; $ref: the platform's file reference
console-media = Attachment ({ $kind }): { $ref }
console-msg-pending = waiting to be sent
console-msg-held = held (outside WhatsApp's 24-hour window; goes out when the user writes again)
console-msg-sent = sent
console-msg-delivered = delivered
console-msg-read = read
console-msg-failed = could not be sent
console-claim = Claim ticket
# $name: who claimed it first
console-claimed-by-other = { $name } has already claimed this ticket.
console-ticket-closed = This ticket is closed.
# $name: who holds the ticket now
console-not-holder = { $name } holds this ticket now. Your reply was not sent; its text is still below.
console-not-claimed = This ticket went back to the queue. Claim it before replying; your text is still below.
console-reply = Reply to the user
console-send = Send
console-notes = Private notes (never sent to the user)
console-add-note = Save note
console-outcome = Outcome
console-outcome-resolved = Resolved
console-outcome-referred = Referred to another organisation
console-outcome-information = Information given
console-outcome-no_response = The user did not answer
console-outcome-other = Other
console-close = Close ticket
console-back = Back to the queue
console-not-found = Ticket not found.
console-forbidden = This page is for supervisors and admins.
console-audit = Audit log
console-audit-time = Time
console-audit-who = Who
console-audit-action = Action
console-audit-ticket = Ticket
console-action-view = opened the ticket
console-action-claim = claimed the ticket
console-action-reply = replied
console-action-note = wrote a note
console-action-close = closed the ticket
console-action-login = logged in
console-action-login_failed = failed to log in
console-action-claim_expired = ticket returned to the queue (no activity)
console-action-erased_retention = user data erased (no activity for the retention period)
console-action-transfer = transferred the ticket
console-transfer = Transfer
console-transfer-to = Transfer to
# $org: the organisation's name
console-transfer-queue = { $org } queue
# $gender: a console-gender-* word
console-wants-gender = The user asked for a counsellor ({ $gender }), and one is on duty: leave this ticket to them.
console-load = Tickets each counsellor holds
console-canned = Ready-made reply (sent in the user's language)
console-save-case = Save case changes
console-action-edit_case = edited the case
console-accounts = Counsellor accounts
console-add-account = Add account
console-name = Name users see
console-org = Organisation
console-role = Role
console-role-counsellor = Counsellor
console-role-supervisor = Supervisor
console-role-admin = Admin
console-languages = Languages (codes, comma-separated, e.g. id,jv)
console-gender = Gender
console-gender-none = Not given
# $login: the new account's username; $password: its one-time password
console-one-time = Account { $login } created. One-time password: { $password } — give it to the person directly; it must be changed at first login and will not be shown again.
console-disable = Disable
console-enable = Enable
console-disabled = disabled
console-login-taken = That username is taken, or the form is incomplete.
console-action-add_account = added an account
console-action-disable_account = disabled an account
console-action-enable_account = enabled an account
