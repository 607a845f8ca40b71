### Counselling request.

counsel-consent = To request counselling, we will ask a few questions and keep your answers so that a counsellor can contact you. Only counsellors see your data, and you can delete it at any time by typing "delete my data". { $retention_days ->
        [none] {""}
       *[other] Otherwise it is deleted automatically { $retention_days } days after your matter is closed.{" "}
    }Do you agree?
counsel-consent-yes = Yes, I agree
counsel-consent-no = No
counsel-declined = OK, we have not kept anything. You can still read the information in the main menu (type "menu").
counsel-name = What is your name? A nickname or a made-up name is fine.
counsel-district = Which district or city are you from? (for example Cirebon, Jember, Central Lombok)
counsel-contact = How should the counsellor contact you?
counsel-contact-chat = Through this chat
counsel-contact-phone = Call another number
counsel-phone = Write a phone number that is safe to call (example: 0812 3456 7890).
counsel-topic = What would you like counselling about?
topic-departure = Plans to go and work abroad
topic-documents = Documents or contract
topic-fees = Fees or debt
topic-family = Family or children
topic-stress = Stress or heavy feelings
topic-violence = Violence or harassment
topic-return = Going home to Indonesia
topic-legal = Legal problems
topic-other = Something else
counsel-gender = Would you feel more comfortable with a female or a male counsellor?
counsel-gender-female = Female
counsel-gender-male = Male
counsel-gender-any = No preference
counsel-time = When is a safe time to contact you?
time-morning = Morning
time-afternoon = Afternoon
time-evening = Evening
time-any = Any time
counsel-done = Thank you. Your counselling request has been recorded with code { $case_code }. A counsellor will contact you. Type "menu" to go back to the main menu.
