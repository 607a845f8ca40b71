### Terms and labels shared by several messages. Phone numbers are configuration, not text.

-brand = Pelita

## Emergency contact labels (the numbers come from the configuration).
contact-kp2mi = KP2MI (Halo TKI, gratis, 24 jam, saking Indonesia)
contact-kp2mi-abroad = KP2MI saking luar negeri
contact-sapa = SAPA 129 (kekerasan dhateng wanita lan lare)
contact-police = Polisi (ing Indonesia)
contact-line = • { $label }: { $number }
