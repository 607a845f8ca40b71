### Terms and labels shared by several messages. Phone numbers are configuration, not text.

-brand = Pelita

## Emergency contact labels (the numbers come from the configuration).
contact-kp2mi = KP2MI (Halo TKI, gratis, 24 jam, dari Indonesia)
contact-kp2mi-abroad = KP2MI dari luar negeri
contact-sapa = SAPA 129 (kekerasan terhadap perempuan dan anak)
contact-police = Polisi (di Indonesia)
contact-line = • { $label }: { $number }
