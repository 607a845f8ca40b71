### Main menu, help, counsellor and data deletion.

main-menu = Main menu. What do you need?
main-info = Information on working abroad safely
main-counselling = Ask for counselling
    .keywords = counselling, counseling, konseling
main-report = Report a problem
    .keywords = report, complaint, lapor, laporan, pengaduan
main-language = Change language
main-counsellor = Talk to a counsellor

help-text =
    You can type these words at any time:
    • menu: go back to the main menu
    • language: change the language
    • counsellor: talk to a counsellor
    • delete my data: delete all your data
    If you are in danger, write "help me" or tell us what is happening.

counsellor-requested = We have noted your request. A counsellor will reply in this chat as soon as possible. If you are in danger, write "help me".

delete-confirm = Delete all your data? Your name, answers, messages, counselling requests and reports will be deleted. Counsellors will no longer be able to follow up on your report.
delete-yes = Yes, delete everything
delete-no = No, keep it
delete-done = All your data has been deleted. If you write again, we will start from the beginning.
delete-kept = OK, your data has not been deleted.
