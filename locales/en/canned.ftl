### Canned replies: counsellors send these from the console, in the user's language.
### The console lists every message whose id starts with "canned-".

canned-greeting = Hello, I am a Pelita counsellor. Thank you for contacting us. Can you tell me what happened?
canned-safe = Are you safe now? If you are in danger, reply "emergency" or call the local police.
canned-documents = Please send photos of the documents you have (passport, work contract, placement agreement), if it is safe to send them.
canned-wait = Thank you. We are looking into it and will answer here as soon as we can.
canned-referral = We will connect you with an organisation that can help further. Do you agree that we pass your details on to them?
canned-closing = Thank you for telling us. If you need help again, write "counsellor" at any time.
