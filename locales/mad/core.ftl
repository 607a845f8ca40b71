### Terms and labels shared by several messages. Phone numbers are configuration, not text.

-brand = Pelita

## Emergency contact labels (the numbers come from the configuration).
contact-kp2mi = KP2MI (Halo TKI, gratis, 24 jam, dâri Indonesia)
contact-kp2mi-abroad = KP2MI dâri lowar nagârâ
contact-sapa = SAPA 129 (kekerasan ka babinè' ban na'-kana')
contact-police = Polisi (è Indonesia)
contact-line = • { $label }: { $number }
