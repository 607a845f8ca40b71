### Emergency: shown when an emergency word is written, from any step.

emergency-contacts =
    We hear you. If you are in danger, contact one of these right away:
    { $emergency_contacts }
emergency-danger = Are you in danger right now?
emergency-danger-yes = Yes, I am in danger
    .keywords = yes, y, danger, ya, iya, bahaya
emergency-danger-no = No, I am safe now
    .keywords = no, n, safe, tidak, tdk, aman
emergency-alerted = Our counsellors have been told and will reply here as soon as they can. If you can, call a number above now. If it is safe, tell us where you are.
emergency-safe = We are glad. This conversation has been marked as important. Let's continue where we left off.
