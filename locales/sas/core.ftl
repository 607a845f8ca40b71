### Terms and labels shared by several messages. Phone numbers are configuration, not text.

-brand = Pelita

## Emergency contact labels (the numbers come from the configuration).
contact-kp2mi = KP2MI (Halo TKI, gratis, 24 jam, lekan Indonesia)
contact-kp2mi-abroad = KP2MI lekan luar negeri
contact-sapa = SAPA 129 (kekerasan leq dengan nine dait kanak)
contact-police = Polisi (leq Indonesia)
contact-line = • { $label }: { $number }
