### Handoff: the queue, a counsellor joining, the rating after closing.

# Sent after a ticket opens. $position: the user's place in the queue (1 = next).
handoff-queued = { $position ->
        [1] Your request is in the counsellors' queue. You are next.
       *[other] Your request is in the counsellors' queue. Your place: { $position }.
    } While you wait, you can still read the information: type "menu".
# Sent with handoff-queued when the organisation is closed. $day (a weekday-* message), $time
# (e.g. 08:00) and $zone (WIB, WITA or WIT): when it opens.
handoff-closed = Our counsellors are off duty and will be back on { $day } at { $time } { $zone }. If you are in danger now, call:
    { $emergency_contacts }
# $name: the counsellor's display name.
handoff-joined = Counsellor { $name } has joined. Write your message here; the counsellor will answer.

rating-ask = The conversation with the counsellor has ended. How was the help you received?
rating-5 = Very helpful
rating-4 = Helpful
rating-3 = So-so
rating-2 = Not very helpful
rating-1 = Not helpful
rating-thanks = Thank you for your rating. Type "menu" at any time to return to the main menu.

weekday-mon = Monday
weekday-tue = Tuesday
weekday-wed = Wednesday
weekday-thu = Thursday
weekday-fri = Friday
weekday-sat = Saturday
weekday-sun = Sunday

# Answers to "status CODE". $code: the reference code asked about.
case-status-waiting = Report { $code } is recorded and waiting for a counsellor. You will be contacted here.
case-status-claimed = A counsellor is handling report { $code }. You can write your message here.
case-status-closed = Report { $code } has been dealt with and closed. If you still need help, type "counsellor".
case-status-open = Report { $code } is recorded. A counsellor will contact you.
case-status-unknown = We found no report { $code } from this chat. Check the code, or type "counsellor".
