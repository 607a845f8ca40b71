### Case report.

report-consent = Your report will be kept and passed on to the counsellor handling the case. Only authorised staff can see the data, and you can delete it by typing "delete my data". { $retention_days ->
        [none] {""}
       *[other] Otherwise it is deleted automatically { $retention_days } days after your matter is closed.{" "}
    }Continue with the report?
report-consent-yes = Yes, continue
report-consent-no = No
report-declined = OK, no report has been made. If it is urgent, write "help me" at any time.
report-relation = Who is making this report?
relation-self = I am the worker
relation-spouse = The worker's husband or wife
relation-parent = The worker's parent
relation-child = The worker's child
relation-sibling = The worker's brother or sister
relation-friend = The worker's friend
relation-officer = Village officer or support worker
report-worker-self = What is your full name (as in your passport)?
report-worker-other = What is the worker's full name (as in the passport)?
report-district-other = Which district or city is the worker from? (for example Cirebon, Jember, Central Lombok)
report-country = Which country is the worker in?
country-malaysia = Malaysia
country-saudi = Saudi Arabia
country-taiwan = Taiwan
country-hongkong = Hong Kong
country-singapore = Singapore
country-uae = United Arab Emirates
country-korea = South Korea
country-japan = Japan
country-other = Another country
report-country-other = Write the name of the country.
report-employer = What is the name of the employer, or of the agency or company (PT) that sent the worker? If you don't know, write "don't know".
report-category = What is the main problem?
category-unpaid = Wages not paid or cut
category-go-home = Wants to go home or is kept from going home
category-lost-contact = Lost contact
category-sick = Illness or work accident
category-violence = Physical violence
category-sexual = Sexual violence or harassment
category-detained = Held, jailed, or immigration problems
category-passport = Passport or documents kept by someone else
category-contract = Work is not as in the contract
category-fees = Too many fees or debt
category-fraud = Fake job offer or illegal recruiter
category-other = Something else
report-since = When did this problem start? Write the date, for example 15/03/2025.
report-urgency = How urgent is it?
urgency-now = Very urgent, there is danger now
urgency-soon = Urgent, help needed this week
urgency-later = Not urgent
report-urgent-contacts =
    We have marked this report as very urgent. If there is danger now, also contact:
    { $emergency_contacts }
report-reach = How can we contact you?
report-reach-chat = Through this chat
report-reach-phone = Call another number
report-phone = Write a phone number that is safe to call (example: 0812 3456 7890).
report-done = Your report has been recorded. Report code: { $case_code }. Keep this code and give it when you ask about your report. A counsellor will contact you. Type "menu" to go back to the main menu.
