### The web chat page (its title, intro line, input placeholder, send button, offline notice).

web-title = Pelita: a companion for safe work abroad
web-intro = Ask about working abroad safely, request counselling, or report a problem. Confidential and free.
web-placeholder = Write a message…
web-send = Send
web-offline = Connection lost. Your message will be sent again; please try again in a moment.
