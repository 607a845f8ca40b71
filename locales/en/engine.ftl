### Messages the engine itself shows.

language-name = English
    .keywords = english, inggris, bahasa inggris, eng
language-prompt =
    Welcome to { -brand }. Choose your language (reply with a number):
    Pilih bahasa / Pilih basa:
language-chosen = OK, we will continue in English. Type "language" at any time to change it.
chat-hint = Type a message and press Enter. Start with /start. Ctrl-D to quit.
welcome-back = Welcome back. Let's continue from here:
error-generic = Sorry, something went wrong on our side. Type "menu" to go back to the main menu.
input-empty = Your message is empty. Please type your answer.
input-unreadable = Sorry, we could not read that message. Please type it again using ordinary letters.
input-media =
    { $kind ->
        [voice] Sorry, we cannot listen to voice messages yet.
        [audio] Sorry, we cannot listen to audio recordings yet.
        [image] Sorry, we cannot read photos here yet.
        [location] Thank you, but we cannot use locations here yet.
       *[other] Sorry, we cannot read that file here yet.
    } Please reply in writing. We keep what you sent, and a counsellor can listen to it or look at it later.
menu-not-understood = Sorry, we did not understand. Reply with a number from 1 to { $count }.
offer-topics = Sorry, we are not sure what you are asking. Is it one of these topics? You can also talk to a counsellor.
offer-counsellor = Talk to a counsellor
offer-menu = Main menu
button-stale = That button is from an earlier message. Please choose from the latest message.
flow-changed = This conversation was just updated, so we will start this part again from the beginning.
invalid-text-short = That answer is too short. Write at least { $min } characters.
invalid-text-long = That answer is too long. Write at most { $max } characters.
invalid-text-letters = Your answer needs to contain letters or numbers.
invalid-number = Reply with a number only, for example 3.
invalid-number-range = Reply with a number from { $min } to { $max }.
invalid-phone = That phone number does not look right. Example: 0812 3456 7890 or +60 12 345 6789.
invalid-date = We could not read that date. Write it like 25/12/2024 or 25 December 2024. If you are not sure, write your best guess.
invalid-one-of = Choose one of: { $options }.
invalid-pattern = That answer is not in the form we asked for. Please try again.
input-edited = We only read new messages, not edited ones. Please send it again as a new message.
invalid-location = For this question, please send your location with the attachment button (📎), then "Location".
menu-list-button = Choose
