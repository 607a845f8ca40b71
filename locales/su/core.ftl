### Terms and labels shared by several messages. Phone numbers are configuration, not text.

-brand = Pelita

## Emergency contact labels (the numbers come from the configuration).
contact-kp2mi = KP2MI (Halo TKI, gratis, 24 jam, ti Indonesia)
contact-kp2mi-abroad = KP2MI ti luar nagri
contact-sapa = SAPA 129 (kekerasan ka awéwé sareng murangkalih)
contact-police = Pulisi (di Indonesia)
contact-line = • { $label }: { $number }
