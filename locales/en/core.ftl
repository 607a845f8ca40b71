### Terms and labels shared by several messages. Phone numbers are configuration, not text.

-brand = Pelita

## Emergency contact labels (the numbers come from the configuration).
contact-kp2mi = KP2MI, the migrant worker ministry (Halo TKI, free, 24 hours, from Indonesia)
contact-kp2mi-abroad = KP2MI from abroad
contact-sapa = SAPA 129 (violence against women and children)
contact-police = Police (in Indonesia)
contact-line = • { $label }: { $number }
